"""Where a text names a person by a handle run into other characters, for --redact (mentions.py).

A handle alone (`alee`, `annlee`) may be a word (A. Ward, `award`; Mai Ling, `mailing`), so mentions.py finds it
only after `@` or `/`. Run into a suffix or a prefix by `_`, `.` or digits (`alee_md`, `alee2`, `dr.annlee`), or
written as an initial and a name a dot or `_` apart (`a.lee`, `lee.a`, `a_lee`), it is a handle wherever it stands:
the whole run of letters, digits, `.` and `_` it is in is the person's. So is a run that holds a part of a name of five
letters or more that is no word (`parts`: `okonkwo`, `alhashimi`, `vdberg` for a van den Berg) with more beside it, run
into it by `_`, `.`, digits or a capital (`alhashimi_md`, `dr_okonkwo`, `okonkwo2`, `AlHashimiRN`, `vdBerg`): a
handle of one name and a credential or a number is as much the person's as one of two names. A part of three letters
or more that is a word or shorter (`gray`, `long`, `chen`: `credentialled`) is the person's only run into a credential
after it or a courtesy title before it (`gray_md`, `GrayRN`, `dr.long`), which says a person is named (`gray_area`,
`long_ms`, `cook2` stay).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Set

from teamaudit.nameparts import COURTESY_TITLES
from teamaudit.surnamefirst import CREDENTIALS

_RUN = re.compile(r"[^\W_][\w.]*[^\W_]")  # a run of letters, digits, `.` and `_`, as handles are written
# the same with hyphens or apostrophes inside, as a web address writes a name (`al-hashimi_md`, `van-den-berg_md`) and
# a name may be written (`O'Connor_RN`, `O'Dea2`): read whole only where a `_`, `.` or a digit against a letter runs
# something into it, as a name hyphened to a word or a number alone is no handle (`Okafor-led`, `amara-okafor-12345`)
# and a possessive is no run (`O'Connor's`)
_HYPHENED_RUN = re.compile(r"[^\W_](?:[\w.]|[-'\u2019](?=[^\W_]))*[^\W_]")
_WRITTEN_COURTESY = re.compile(r"[A-Z][a-z]*\.(?=[A-Z])")
_JOINERS = re.compile("[-'\u2019]")
_RUN_INTO = re.compile(r"[_.]|[^\W\d_][0-9]|[0-9][^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")
_MOST_PIECES = 4  # pieces of a run read together: `van`, `den`, `berg` of `VanDenBerg`
_BEFORE_A_NAME = frozenset(title.rstrip(".") for title in COURTESY_TITLES)  # `dr`, `ms`
_AFTER_A_NAME = frozenset(credential for credential in CREDENTIALS if credential.isalpha())  # `md`, `rn`, `phd`


def _spans(count: int, elided: set[int]) -> Iterable[tuple[int, int]]:
    """Each (start, end) of up to _MOST_PIECES pieces of a run of `count`, read together as one part of a name; none
    begins at a piece of `elided`, the rest of a name such as O'Connor (its `Connor` is no Connor's)."""
    for start in range(count):
        if start not in elided:
            for end in range(start + 1, min(start + _MOST_PIECES, count) + 1):
                yield start, end


def _pieces(run: str) -> tuple[list[str], set[int]]:
    """The pieces of a run (_cased_pieces of each run of its letters), and which of them follow an apostrophe after a
    piece not in lower case: `Connor` of `O'Connor_RN`, part of another name, as `O'Lee` is (mentions.py)."""
    pieces: list[str] = []
    elided: set[int] = set()
    for letters in _LETTERS.finditer(run):
        at = letters.start()
        if pieces and at >= 2 and run[at - 1] in "'\u2019" and run[at - 2].isalpha() and not pieces[-1].islower():
            elided.add(len(pieces))
        pieces += _cased_pieces(letters.group())
    return pieces, elided


class Handles:
    """The people's handles (`joined`: `alee`, `annlee`, ...; `initialled`: the pairs an initial and a name are,
    `('a', 'lee')`, `('lee', 'a')`), lower case, each with the pseudonyms of whom it names."""

    def __init__(
        self,
        joined: Mapping[str, Set[str]],
        initialled: Mapping[tuple[str, str], Set[str]],
        parts: Mapping[str, Set[str]],
        credentialled: Mapping[str, Set[str]],
    ) -> None:
        self._joined = joined
        self._initialled = initialled
        self._parts = parts
        self._credentialled = credentialled

    def matches(self, text: str) -> Iterable[tuple[int, int, Set[str]]]:
        """Each run of `text` that holds a handle with more beside it, with whom it names."""
        if not self._joined and not self._initialled and not self._parts and not self._credentialled:
            return
        for run in self._runs(text):
            pieces = list(_LETTERS.finditer(run.group().lower()))
            cased, elided = _pieces(run.group())
            if len(cased) == 1 and cased[0] == run.group():
                continue  # a handle alone: only after `@` or `/` (mentions.py)
            # `Dr.Doctor` is a courtesy title and a name as running text writes them, the name found as written
            courtesy = not _WRITTEN_COURTESY.match(run.group())
            who = self._named(run.group().lower(), pieces) | self._a_part_in(cased, elided)
            who |= self._credentialled_in(cased, elided, courtesy)
            if who:
                yield run.start(), run.end(), who

    @staticmethod
    def _runs(text: str) -> Iterable[re.Match[str]]:
        for hyphened in _HYPHENED_RUN.finditer(text):
            if _JOINERS.search(hyphened.group()) and _RUN_INTO.search(hyphened.group()):
                yield hyphened
            else:
                yield from _RUN.finditer(text, hyphened.start(), hyphened.end())

    def _a_part_in(self, pieces: list[str], elided: set[int]) -> set[str]:
        """Whom the parts of names a run's pieces spell name, alone or with the pieces after (`al`, `hashimi`)."""
        who: set[str] = set()
        if self._parts:
            for start, end in _spans(len(pieces), elided):
                who |= self._parts.get("".join(pieces[start:end]).lower(), set())
        return who

    def _credentialled_in(self, pieces: list[str], elided: set[int], courtesy: bool) -> set[str]:
        """Whom a part of a name that is a word names where a credential follows it or a courtesy title precedes it,
        alone or with the pieces after (`o`, `dea` of `O'Dea_RN`)."""
        who: set[str] = set()
        lower = [piece.lower() for piece in pieces]
        for start, end in _spans(len(lower), elided):
            credential = end < len(lower) and lower[end] in _AFTER_A_NAME
            titled = courtesy and start > 0 and lower[start - 1] in _BEFORE_A_NAME
            if (credential or titled) and "".join(lower[start:end]) in self._credentialled:
                who |= self._credentialled["".join(lower[start:end])]
        return who

    def _named(self, run: str, pieces: list[re.Match[str]]) -> set[str]:
        who: set[str] = set()
        for piece in pieces:
            who |= self._joined.get(piece.group(), set())
        for first, second in itertools.pairwise(pieces):
            if run[first.end() : second.start()] in (".", "_"):
                who |= self._initialled.get((first.group(), second.group()), set())
        return who


def _cased_pieces(letters: str) -> list[str]:
    """A run of letters cut where a capital begins a word inside it (`AlHashimiRN`: `Al`, `Hashimi`, `RN`; `vdBerg`:
    `vd`, `Berg`); letters without case stay whole."""
    cuts = [0]
    for i in range(1, len(letters)):
        before, here, after = letters[i - 1], letters[i], letters[i + 1 : i + 2]
        if here.isupper() and (before.islower() or (before.isupper() and after.islower())):
            cuts.append(i)
    return [letters[a:b] for a, b in itertools.pairwise([*cuts, len(letters)])]
