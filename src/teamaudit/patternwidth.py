"""How wide a rubric pattern is: at most how many of its places a match can be open at once, in any text.

RE2's set matching is a DFA built as it reads: each character that leads somewhere new costs a state holding every
place a match is open at, so a text's cost is its length times that number at worst. For `\\bnurse\\b` it is one
or two (an "r" leaves only "nur" open), but `[ab]*a[ab]{900}c` has 902 places that a text of a's and b's keeps open
together, each character a new state: 90 such patterns cost 4.6 s of CPU for every 2,000-character line.

The width counted here is the number of places (a literal character or a class, with counted repeats written out
and loops counted once) that the last two characters of some text could both lead into: a place is open only
when the character before is one that can precede it and the last is one it matches. It costs a few microseconds
a place to count. The patterns of one field are counted together (`OpenTogether`), as one pattern of them all:
one text has one pair of last characters, so a Greek word's places and a Thai word's are never open at once,
where adding each pattern's width counted both (the packaged rubric's titles: 2,494 places added, 1,843 together,
2,009 with the first bytes below).
A class (`.`, `[ab]`, `\\w`) matches every character, so a place of one counts under every pair, as before.
A place counts once for each next place whose character's first byte is the same, when that is more than one
(`_fanned_out`): RE2 reads bytes, and between a character's first byte and its last they are all open.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_ANY = ""  # a place any character may be at (a class), or any character before a place where a match may begin
_LOOP = 2**32 - 1  # sre's "no upper bound" (MAXREPEAT)

# RE2 syntax Python's parser does not read, each replaced by `\w`, a class inside brackets or out (`.` in brackets is
# a dot: `[\pL]` and `[[:alpha:]]` were read as a literal dot, their places open only after dots): at least as
# wide. `\z` is an assertion.
_RE2_ONLY = re.compile(r"\\[pP](?:\{[^}]*\}|.)|\\x\{[0-9a-fA-F]+\}|\\C|\[:\^?[a-z]+:\]|\\z")


class _Places:
    """The places of a pattern: what each matches, and the places that may come just before it."""

    def __init__(self, most: int) -> None:
        self.most = most
        self.what: list[str] = []
        self.before: list[set[int | None]] = []  # None: the match may begin here

    def add(self, what: str) -> int:
        if len(self.what) == self.most:
            raise _TooMany
        self.what.append(what)
        self.before.append(set())
        return len(self.what) - 1


class _TooMany(Exception):
    """More places than the caller needs counted: what RE2 compiles the pattern to is the smaller bound."""


Ends = tuple[bool, set[int], set[int]]  # matches empty text, its first places, its last places


def _sequence(places: _Places, items: Sequence[tuple[Any, Any]]) -> Ends:
    ends: Ends = (True, set(), set())
    for op, arg in items:
        ends = _followed(places, ends, _item(places, op, arg))
    return ends


def _followed(places: _Places, ends: Ends, then: Ends) -> Ends:
    """What comes before, then `then`: its first places may follow the last places before it."""
    empty, first, last = ends
    then_empty, then_first, then_last = then
    for place in then_first:
        places.before[place].update(last)
    return (
        empty and then_empty,
        first | then_first if empty else first,
        last | then_last if then_empty else set(then_last),
    )


def _item(places: _Places, op: Any, arg: Any) -> Ends:
    if op is sre.LITERAL:
        place = places.add(_folded(chr(arg)))
        return False, {place}, {place}
    if op in (sre.NOT_LITERAL, sre.IN, sre.ANY, sre.CATEGORY):
        place = places.add(_ANY)
        return False, {place}, {place}
    if op is sre.AT:
        return True, set(), set()
    if op is sre.SUBPATTERN:
        return _sequence(places, arg[-1])
    if op is sre.BRANCH:
        empty, first, last = False, set[int](), set[int]()
        for branch in arg[1]:
            branch_empty, branch_first, branch_last = _sequence(places, branch)
            empty, first, last = empty or branch_empty, first | branch_first, last | branch_last
        return empty, first, last
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _repeat(places, *arg)
    raise ValueError(f"no width for {op}")  # a lookaround or a backreference: RE2 refuses it anyway


def _repeat(places: _Places, low: int, high: int, body: Any) -> Ends:
    """`body{low,high}` as `low` copies and `high - low` optional ones; with no upper bound, the last copy loops."""
    loops = high == _LOOP
    copies = max(low, 1) if loops else high
    ends: Ends = (True, set(), set())
    for copy in range(copies):
        copy_empty, copy_first, copy_last = _sequence(places, body)
        if loops and copy == copies - 1:
            for place in copy_first:
                places.before[place].update(copy_last)
        ends = _followed(places, ends, (copy_empty or copy >= low, copy_first, copy_last))
    return ends


def _folded(char: str) -> str:
    """One spelling for the characters RE2 reads alike case-insensitively ("K", "k" and the Kelvin sign)."""
    folded = char.casefold()
    return folded if len(folded) == 1 else char.lower()


def _places(pattern: str, most: int) -> _Places:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # FutureWarning for `[[`: the parse is only counted
        parsed = sre_parse.parse(_RE2_ONLY.sub(lambda m: "" if m.group() == "\\z" else "\\w", pattern), re.IGNORECASE)
    places = _Places(most)
    _, first, _ = _sequence(places, list(parsed))
    for place in first:
        places.before[place].add(None)
    return places


@dataclass(frozen=True, slots=True)
class Openings:
    """Where the places of some patterns may be open, by the last two characters of a text (never changed once made).

    `anywhere[c]`: the places matching `c` (or `_ANY`: any character) that may follow any character or begin a
    match, open whatever came before; `after[c][b]`: those matching `c` (or `_ANY`) that may follow `b` only."""

    anywhere: Mapping[str, int]
    after: Mapping[str, Mapping[str, int]]

    @classmethod
    def everywhere(cls, places: int) -> Openings:
        """`places` open after every text: what a pattern counted by its program size is taken to be."""
        return cls({_ANY: places} if places else {}, {})

    @property
    def width(self) -> int:
        together = OpenTogether()
        together.add(self)
        return together.width


@functools.lru_cache(maxsize=4096)
def pattern_openings(pattern: str, most: int) -> Openings | None:
    """Where one pattern's places may be open (see the module's docstring), or None when Python's parser cannot read
    it (RE2 syntax it lacks, such as `\\Q...\\E` or `(?U)`) or it has more than `most` places (RE2 shares what
    `(?:xa|xb)` begins with; Python's parse does not): the caller then counts what RE2 compiles it to, which is at
    least as much."""
    try:
        places = _places(pattern, most)
    except (re.error, ValueError, RecursionError, OverflowError, _TooMany):
        return None
    weights, starts = _fanned_out(places)
    anywhere: Counter[str] = Counter({_ANY: starts} if starts else {})
    after: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for what, before, weight in zip(places.what, places.before, weights, strict=True):
        preceding = {_ANY if place is None else places.what[place] for place in before}
        if _ANY in preceding:
            anywhere[what] += weight
        else:
            for character in preceding:
                after[what][character] += weight
    return Openings(dict(anywhere), {last: dict(row) for last, row in after.items()})


def _fanned_out(places: _Places) -> tuple[list[int], int]:
    """What a place weighs, and the places a match may begin at that one byte opens: RE2 reads bytes, so between the
    first byte of a character written in two or more and its last, a place is open once for each of its next places
    whose character begins with that byte (`α(?:βz|γz|...|οz)`: fifteen after α's first byte, one after it; fifteen
    such branches repeated 180 times, 182 places wide by characters, cost `check` over 16 times what
    `[ab]*a[ab]{900}c` at the width limit did), and every place a match may begin at whose character begins with it
    is open too."""
    after_lead: list[Counter[bytes]] = [Counter() for _ in places.what]
    starts: Counter[bytes] = Counter()
    for what, before in zip(places.what, places.before, strict=True):
        for lead in _leads(what):
            for previous in before:
                if previous is None:
                    starts[lead] += 1
                else:
                    after_lead[previous][lead] += 1
    return [max(1, *counts.values()) if counts else 1 for counts in after_lead], max(starts.values(), default=0)


@functools.lru_cache(maxsize=8192)
def _leads(what: str) -> frozenset[bytes]:
    """The first bytes of the UTF-8 spellings a place matches, when they are more than one byte long (a class: none,
    as RE2 compiles it to ranges it shares)."""
    if what == _ANY:
        return frozenset()
    spellings = {what, what.upper(), what.lower(), what.title(), what.casefold()}
    return frozenset(s.encode()[:1] for s in spellings if len(s) == 1 and len(s.encode()) > 1)


class OpenTogether:
    """The width of patterns matched together: the most places in all of them the last two characters of one text
    leave open. Patterns are only added, so every count only grows, and the width is kept up as they come.

    After a last character `c`, the places open are those open whatever came before (`anywhere[_ANY]`,
    `anywhere[c]`) and those after the character before: at most the most of a class's places after one character
    (`after[_ANY]`), or, for a character `b` that places matching `c` follow, those and `after[c][b]` together."""

    def __init__(self) -> None:
        self._anywhere: Counter[str] = Counter()
        self._after: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self._following: defaultdict[str, set[str]] = defaultdict(set)  # b -> the last characters c after[c] has b
        self._pair: dict[str, int] = {}  # c -> the most of after[_ANY][b] + after[c][b], over the b after[c] has
        self._class_after_one = 0  # the most of after[_ANY][b]
        self._named = 0  # the most of anywhere[c], c a character
        self._named_and_pair = 0  # the most of anywhere[c] + _pair[c]
        self.width = 0

    def add(self, openings: Openings) -> None:
        for last, count in openings.anywhere.items():
            self._anywhere[last] += count
        for last, row in openings.after.items():
            self._after[last].update(row)
        classes = self._after[_ANY]
        for before in openings.after.get(_ANY, {}):
            self._class_after_one = max(self._class_after_one, classes[before])
            for last in self._following[before]:
                self._raise(last, classes[before] + self._after[last][before])
        for last, row in openings.after.items():
            for before in row if last != _ANY else ():
                self._following[before].add(last)
                self._raise(last, classes[before] + self._after[last][before])
        for last in openings.anywhere.keys() - {_ANY}:
            self._named = max(self._named, self._anywhere[last])
            self._raise(last, 0)
        self.width = self._anywhere[_ANY] + max(self._class_after_one + self._named, self._named_and_pair)

    def _raise(self, last: str, pair: int) -> None:
        self._pair[last] = max(self._pair.get(last, 0), pair)
        self._named_and_pair = max(self._named_and_pair, self._anywhere[last] + self._pair[last])
