"""An RE2 pattern that matches wherever a Python-only pattern can, so Python's `re` compiles it only when needed.

The packaged rubric has a few dozen patterns with lookarounds, which RE2 cannot read; compiling them with
Python's `re` costs more than the rest of a small check. The stand-in of such a pattern matches at least wherever
the original does, and RE2 reads it. Matched in the field's RE2 set, it tells which texts can match at all: only
those are searched with the original pattern, compiled on first need, so the answer is Python's, as it was.

The stand-in leaves out what only rules a match out (lookarounds, `\\b`) and widens what Python reads otherwise:
Python's `\\w`, `\\d` and `\\s` are Unicode's where RE2's are ASCII's, so each also takes any non-ASCII
character; Python's `$` also matches before a final newline; and Python's case-insensitive `i` also matches `ı`
and `İ`, RE2's not (tests/test_prefilter.py compares the two engines on every character). A pattern whose
stand-in could still miss a match has none (see `stand_in`), and Python's `re` compiles it up front, as before.
"""

from __future__ import annotations

import re

# A pattern's pieces, as Python's `re` reads them: an escape, a character class (a `]` first in it is a member),
# the opening of a lookaround, any other group's opening, a group's end, and runs of anything else.
_PIECES = re.compile(r"\\.?|\[\^?\]?(?:\\.|[^\]\\])*\]?|\(\?<?[=!]|\(|\)|[^\\\[\]()]+", re.DOTALL)
_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")
_QUANTIFIERS = ("*", "+", "?", "{")

# Syntax RE2 reads, but not as Python does: `{,n}` (RE2: the text "{,n}"), `[[:alpha:]]` (a POSIX class), and
# comments and verbose mode, where a parenthesis may be no group.
_READ_OTHERWISE = re.compile(r"\{,|\[:|\(\?#|\(\?[a-zA-Z-]*x")

# Python's `\w`, `\d` and `\s` with every character that is not ASCII, case-sensitive: the sets are the same
# under case, and RE2 would otherwise close the whole non-ASCII range under case for each, which is slow.
_SHORTHANDS = {r"\w": r"\w", r"\d": r"\d", r"\s": r"\s\x0b\x1c-\x1f"}
_DOTTED = "iıİ"


def _wide(members: str) -> str:
    return rf"(?-i:[{members}\x{{80}}-\x{{10FFFF}}])"


_I = str.maketrans({c: f"[{_DOTTED}]" for c in "iIıİ"})
# A class RE2 cannot widen by adding members: negated, holding a negated shorthand or a backspace; or with a range
# and a character that is not ASCII, written or escaped: Python may close such a range under case otherwise.
_UNWIDENABLE = re.compile(r"^\[\^|\\[WDSbB]")
_WIDE_RANGE = re.compile(r"[^\x00-\x7f]|\\[uUxN0-7]")
_CLASS_MEMBERS = re.compile(r"\\.|.", re.DOTALL)


def stand_in(pattern: str) -> str | None:
    """An RE2 pattern matching every text `pattern` matches (as Python's case-insensitive `re` reads it), or None
    where one cannot be written this way: a quantified lookaround, unbalanced groups, syntax RE2 reads
    otherwise, a class RE2 cannot widen, a negated shorthand."""
    if _READ_OTHERWISE.search(pattern):
        return None
    pieces = _PIECES.findall(pattern)
    kept: list[str] = []
    skipped = 0  # the depth of the lookaround being left out
    for i, piece in enumerate(pieces):
        if skipped:
            if piece.startswith("("):
                skipped += 1
            elif piece == ")":
                skipped -= 1
                if not skipped and i + 1 < len(pieces) and pieces[i + 1].startswith(_QUANTIFIERS):
                    return None
        elif piece in _LOOKAROUNDS:
            skipped = 1
        else:
            wider = _wider(piece)
            if wider is None or (not wider and i + 1 < len(pieces) and pieces[i + 1].startswith(_QUANTIFIERS)):
                return None
            kept.append(wider)
    return None if skipped else "".join(kept)


def _wider(piece: str) -> str | None:
    if piece in (r"\b", r"\B"):
        return ""
    if piece in (r"\W", r"\D", r"\S"):
        return None
    if piece in _SHORTHANDS:
        return _wide(_SHORTHANDS[piece])
    if piece.startswith("\\"):
        return piece
    if piece.startswith("["):
        if (
            len(piece) < 3
            or not piece.endswith("]")
            or _UNWIDENABLE.search(piece)
            or ("-" in piece and _WIDE_RANGE.search(piece))
        ):
            return None
        return _wider_class(piece)
    return piece.translate(_I).replace("$", r"(?:\n?$)")


def _wider_class(piece: str) -> str:
    members = _CLASS_MEMBERS.findall(piece[1:-1])
    shorthands = "".join(_SHORTHANDS[m] for m in members if m in _SHORTHANDS)
    rest = [m for m in members if m not in _SHORTHANDS]
    if rest and rest[0] == "]":
        rest[0] = "\\]"
    if "-" in rest or set(_DOTTED + "I") & set(rest):  # a range, or an i
        rest.insert(rest[0] == "-", _DOTTED)  # first, or after a first "-": it makes no new range
    parts = ([_wide(shorthands)] if shorthands else []) + ([f"[{''.join(rest)}]"] if rest else [])
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"
