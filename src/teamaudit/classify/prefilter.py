"""An RE2 pattern that matches wherever a Python-only pattern might: its lookarounds and anchors left out.

A `\\b` before an ASCII word character is kept, as RE2's (see _after): without it every word of the patterns was
looked for inside every word of a title.

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
from collections.abc import Callable, Iterable
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from teamaudit.classify.setgroups import SetGroups

_LOOP = 2**32 - 1  # sre's "no upper bound" (MAXREPEAT)
_ANY_CHARACTER = r"(?s:.)"
# Python's \d, \w and \s as RE2 class members: their ASCII characters, and every other character (RE2's own are
# ASCII only; Unicode's classes, `\p{L}`, cost RE2 hundreds of instructions each and would be no faster).
_NOT_ASCII = r"\x{80}-\x{10ffff}"
_MEMBERS = {  # their ASCII characters; and every other
    sre.CATEGORY_DIGIT: "0-9",
    sre.CATEGORY_WORD: "0-9a-z_",
    sre.CATEGORY_SPACE: "\\t-\\r\\x{1c}-\\x{20}",
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


def _sequence(items: Iterable[tuple[Any, Any]], boundary: bool = False) -> str:
    """The items as RE2 reads them; `boundary`: Python's `\\b` comes just before them."""
    written = []
    for op, arg in items:
        written.append(_item(op, arg, boundary))
        if op is sre.AT and arg is sre.AT_BOUNDARY:
            boundary = True
        elif op not in _ZERO_WIDTH:
            boundary = False
    return "".join(written)


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _item(op: Any, arg: Any, boundary: bool = False) -> str:
    if op is sre.LITERAL:
        return _char(arg, boundary)
    if op is sre.NOT_LITERAL:
        return _ANY_CHARACTER  # RE2 and Python may fold a few letters' cases differently: any character is safe
    if op is sre.ANY:
        return _ANY_CHARACTER  # whatever the flags say of line breaks
    if op is sre.IN:
        return _class(arg, boundary)
    if op in _ZERO_WIDTH:
        return ""  # left out: the pattern then matches more (a `\\b` is written before what follows it)
    if op is sre.SUBPATTERN:
        return f"(?:{_sequence(arg[-1], boundary)})"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(branch, boundary) for branch in arg[1]) + ")"
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = arg
        return _repeat(low, high, body, boundary)
    raise _Inexpressible(op)


def _repeat(low: int, high: int, body: Any, boundary: bool) -> str:
    upper = "" if high == _LOOP else str(high)
    if not boundary or low == 0:  # what may be left out cannot carry the boundary: it is dropped, matching more
        return f"(?:{_sequence(body)}){{{low},{upper}}}"
    rest = "" if high == _LOOP else str(high - 1)
    return f"(?:{_sequence(body, True)})(?:{_sequence(body)}){{{low - 1},{rest}}}"


def _char(code: int, boundary: bool = False) -> str:
    if code < 0x80:
        return _after(boundary and _is_ascii_word(code), _ascii(code, code), _folded(code, code))
    return "[" + "".join(_code(x) for x in sorted(_alike(code))) + "]"


def _after(boundary: bool, ascii_members: str, other_members: str) -> str:
    """A class of `ascii_members` and `other_members`, just after Python's `\\b` when `boundary` (and the ASCII
    members are all word characters).

    Before an ASCII word character, Python's `\\b` asks that the character before be no word character of
    Unicode's, or that there be none; so it is no ASCII word character, or there is none, which RE2's `\\b` asks.
    RE2's is kept there: it stops a word of the pattern being looked for inside every word of a text, which made
    the relaxed patterns cost more than the patterns. Before any other character it is left out."""
    if not boundary or not ascii_members:
        return f"[{ascii_members}{other_members}]"
    if not other_members:
        return f"\\b[{ascii_members}]"
    return f"(?:\\b[{ascii_members}]|[{other_members}])"


def _alike(code: int) -> set[int]:
    """Every character Python's re, ignoring case, matches to the character `code`."""
    lower = _sre.unicode_tolower(code)
    alike = {code}
    for each in (lower, *_casefix._EXTRA_CASES.get(lower, ())):
        upper = chr(each).upper()
        alike |= {each, *(ord(c) for c in upper if len(upper) == 1), *map(ord, _IRREGULAR_UPPER.get(chr(each), ""))}
    return alike


def _ascii(low: int, high: int) -> str:
    return f"{_code(low)}-{_code(high)}"


def _folded(low: int, high: int) -> str:
    """The characters outside ASCII that Python folds into the letters from `low` to `high`."""
    folded = "".join(sorted({x for c in range(low, high + 1) for x in _FOLDED_INTO_ASCII.get(chr(c).lower(), "")}))
    return "".join(_code(ord(x)) for x in folded)


def _uncased(low: int, high: int) -> bool:
    """Whether every character from `low` to `high` is one Python's re matches only to itself, whatever the case
    (Chinese, Arabic...); a long range is taken to hold a cased one."""
    return high - low < 0x1000 and all(
        c.lower() == c == c.upper() == c.casefold() for c in map(chr, range(low, high + 1))
    )


def _code(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _class(members: list[tuple[Any, Any]], boundary: bool = False) -> str:
    if members and members[0][0] is sre.NEGATE:
        return _ANY_CHARACTER  # its members, widened as below, would leave out too much
    ascii_members, other_members, word_only = [], [], True
    for op, arg in members:
        low, high = (arg, arg) if op is sre.LITERAL else arg if op is sre.RANGE else (0, 0)
        if op in (sre.LITERAL, sre.RANGE) and high < 0x80:
            ascii_members.append(_ascii(low, high))
            other_members.append(_folded(low, high))
            word_only = word_only and all(_is_ascii_word(c) for c in range(low, high + 1))
        elif op is sre.LITERAL:
            other_members.extend(_code(x) for x in sorted(_alike(arg)))
        elif op is sre.RANGE and low >= 0x80 and _uncased(low, high):
            other_members.append(f"{_code(low)}-{_code(high)}")
        elif op is sre.CATEGORY and arg in _MEMBERS:
            ascii_members.append(_MEMBERS[arg])
            other_members.append(_NOT_ASCII)
            word_only = word_only and arg is not sre.CATEGORY_SPACE
        else:  # \W, \S, \D, or letters Python and RE2 may fold differently: any character is safe
            return _ANY_CHARACTER
    return _after(boundary and word_only, "".join(ascii_members), "".join(other_members))


def _is_ascii_word(code: int) -> bool:
    return chr(code).isalnum() or code == ord("_")


class Prefilter:
    """Which of `patterns` (Python-only, case-insensitive) might match a text, by RE2 sets of their relaxed forms
    (setgroups.py); a pattern that has none is always among them. `options` as SetGroups takes them."""

    def __init__(self, patterns: list[str], options: Callable[[int], Any]) -> None:
        loose = [(index, relaxed(pattern)) for index, pattern in enumerate(patterns)]
        self._sets = SetGroups([(index, form) for index, form in loose if form is not None], options)
        self._always = [index for index, form in loose if form is None]
        self._always += self._sets.refused + self._sets.unbuilt

    def candidates(self, text: str) -> list[int]:
        """The patterns that might match `text`, as indices in their order."""
        hits, unanswered = self._sets.matching(text)
        return sorted(self._always + hits + unanswered)
