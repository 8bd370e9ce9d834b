"""An RE2 pattern that matches wherever a Python-only pattern might: its lookarounds and anchors left out.

The packaged rubric's few lookaround patterns run on Python's `re`, which costs far more than RE2 on some texts (a
300-character title of `1 1 1 ...` about 6 ms). Leaving an assertion out of a pattern only lets it match more, so
where the relaxed pattern does not match, neither does the pattern, and Python's `re` need not be asked.

The relaxed pattern is written from Python's own parse of the pattern, so it reads the same characters, widened
where RE2 reads them otherwise: Python's `\\d`, `\\w` and `\\s` are Unicode's (RE2's are ASCII), so each is its
ASCII characters and every other character; Python's case-insensitive letters match a few characters RE2's do not
(`i` matches the dotless `ı`), so each character is written with every one Python's re matches to it; a range
outside ASCII is itself if it has no case (Arabic) and any character otherwise; a negated class is any character.
Applied to a title only once Python's re has cost as much as building the set (patternset.py).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
import warnings
from collections.abc import Iterable
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_LOOP = 2**32 - 1  # sre's "no upper bound" (MAXREPEAT)
_ANY_CHARACTER = r"(?s:.)"
# Python's \d, \w and \s as RE2 class members: their ASCII characters, and every other character (RE2's own are
# ASCII only; Unicode's classes, `\p{L}`, cost RE2 hundreds of instructions each and would be no faster).
_NOT_ASCII = r"\x{80}-\x{10ffff}"
_MEMBERS = {
    sre.CATEGORY_DIGIT: f"0-9{_NOT_ASCII}",
    sre.CATEGORY_WORD: f"0-9a-z_{_NOT_ASCII}",
    sre.CATEGORY_SPACE: f"\\t-\\r\\x{{1c}}-\\x{{20}}{_NOT_ASCII}",
}


# The characters outside ASCII that Python's re, ignoring case, matches to an ASCII letter and RE2 does not (a test
# scans Unicode to prove the list complete): "Practıtioner" matches `practitioner` in Python's re.
_FOLDED_INTO_ASCII = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


# Python's re, ignoring case, matches `x` to `c` when x's lowercase (its own, one character) is c's or one of the
# few Python adds (re/_casefix.py: `ı` for `i`). The characters whose lowercase is `lower` are `lower`, its
# uppercase, and these, each after the lowercase it has (a test scans Unicode to prove the list complete).
_IRREGULAR_UPPER = dict(
    zip(
        *[iter("iİǆǅǉǈǌǋǳǲθϴßẞᾀᾈᾁᾉᾂᾊᾃᾋᾄᾌᾅᾍᾆᾎᾇᾏᾐᾘᾑᾙᾒᾚᾓᾛᾔᾜᾕᾝᾖᾞᾗᾟᾠᾨᾡᾩᾢᾪᾣᾫᾤᾬᾥᾭᾦᾮᾧᾯᾳᾼῃῌῳῼω\u2126k\u212aå\u212b")] * 2,
        strict=True,
    )
)


class _Inexpressible(Exception):
    """A part of the pattern RE2 cannot be given even loosely (a backreference)."""


def relaxed(pattern: str) -> str | None:
    """An RE2 pattern (case-insensitive, like the pattern) that matches every text `pattern` finds a match in, or
    None when there is none to be had."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = sre_parse.parse(pattern, re.IGNORECASE)
        return _sequence(list(parsed))
    except (re.error, _Inexpressible, RecursionError):
        return None


def _sequence(items: Iterable[tuple[Any, Any]]) -> str:
    return "".join(_item(op, arg) for op, arg in items)


def _item(op: Any, arg: Any) -> str:
    if op is sre.LITERAL:
        return _char(arg)
    if op is sre.NOT_LITERAL:
        return _ANY_CHARACTER  # RE2 and Python may fold a few letters' cases differently: any character is safe
    if op is sre.ANY:
        return _ANY_CHARACTER  # whatever the flags say of line breaks
    if op is sre.IN:
        return _class(arg)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return ""  # left out: the pattern then matches more
    if op is sre.SUBPATTERN:
        return f"(?:{_sequence(arg[-1])})"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch) for branch in arg[1]) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = arg
        upper = "" if high == _LOOP else str(high)
        return f"(?:{_sequence(body)}){{{low},{upper}}}"
    raise _Inexpressible(op)


def _char(code: int) -> str:
    if code < 0x80:
        return f"[{_members(code, code)}]"
    return "[" + "".join(_code(x) for x in sorted(_alike(code))) + "]"


def _alike(code: int) -> set[int]:
    """Every character Python's re, ignoring case, matches to the character `code`."""
    lower = _sre.unicode_tolower(code)
    alike = {code}
    for each in (lower, *_casefix._EXTRA_CASES.get(lower, ())):
        upper = chr(each).upper()
        alike |= {each, *(ord(c) for c in upper if len(upper) == 1), *map(ord, _IRREGULAR_UPPER.get(chr(each), ""))}
    return alike


def _members(low: int, high: int) -> str:
    """The ASCII range `low`-`high` as RE2 class members, with what Python folds into its letters."""
    folded = "".join(sorted({x for c in range(low, high + 1) for x in _FOLDED_INTO_ASCII.get(chr(c).lower(), "")}))
    return f"{_code(low)}-{_code(high)}" + "".join(_code(ord(x)) for x in folded)


def _uncased(low: int, high: int) -> bool:
    """Whether every character from `low` to `high` is one Python's re matches only to itself, whatever the case
    (Chinese, Arabic...); a long range is taken to hold a cased one."""
    return high - low < 0x1000 and all(
        c.lower() == c == c.upper() == c.casefold() for c in map(chr, range(low, high + 1))
    )


def _code(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _class(members: list[tuple[Any, Any]]) -> str:
    negated = bool(members) and members[0][0] is sre.NEGATE
    written = []
    for op, arg in members[1:] if negated else members:
        low, high = (arg, arg) if op is sre.LITERAL else arg if op is sre.RANGE else (0, 0)
        if op in (sre.LITERAL, sre.RANGE) and high < 0x80:
            written.append(_members(low, high))
        elif op is sre.LITERAL:
            written.extend(_code(x) for x in sorted(_alike(arg)))
        elif op is sre.RANGE and low >= 0x80 and _uncased(low, high):
            written.append(f"{_code(low)}-{_code(high)}")
        elif op is sre.CATEGORY and arg in _MEMBERS:
            written.append(_MEMBERS[arg])
        else:  # \W, \S, \D, or letters Python and RE2 may fold differently: any character is safe
            return _ANY_CHARACTER
    # A negated class is any character: its members, widened as above, would leave out too much.
    return _ANY_CHARACTER if negated else f"[{''.join(written)}]"


class Prefilter:
    """Which of `patterns` (Python-only, case-insensitive) might match a text, by one RE2 set of their relaxed
    forms; a pattern that has none is always among them."""

    def __init__(self, patterns: list[str], options: Any, every_text: str) -> None:
        import re2  # type: ignore[import-untyped]

        self._always: list[int] = []
        self._by_entry: list[int] = []  # the pattern of each entry of the set
        built = re2.Set.SearchSet(options)
        for index, pattern in enumerate(patterns):
            loose = relaxed(pattern)
            try:
                if loose is None:
                    raise re2.error("no relaxed form")
                built.Add(loose)
            except re2.error:
                self._always.append(index)
            else:
                self._by_entry.append(index)
        self._every_text = built.Add(every_text)  # as in patternset.py: an answer without it is no answer
        try:
            built.Compile()
        except re2.error:
            built = None
        self._set: Any = built

    def candidates(self, text: str) -> list[int]:
        """The patterns that might match `text`, as indices in their order."""
        hits = self._set.Match(text) if self._set is not None else None
        if hits is None:
            return sorted(self._always + self._by_entry)
        return sorted(self._always + [self._by_entry[h] for h in hits if h != self._every_text])
