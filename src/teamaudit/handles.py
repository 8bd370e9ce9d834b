"""Where a text names a person by a handle run into other characters, for --redact (mentions.py).

A handle alone (`alee`, `annlee`) may be a word (A. Ward, `award`; Mai Ling, `mailing`), so mentions.py finds it
only after `@` or `/`. Run into a suffix or a prefix by `_`, `.` or digits (`alee_md`, `alee2`, `dr.annlee`), or
written as an initial and a name a dot or `_` apart (`a.lee`, `lee.a`, `a_lee`), it is a handle wherever it stands:
the whole run of letters, digits, `.` and `_` it is in is the person's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Set

_RUN = re.compile(r"[^\W_][\w.]*[^\W_]")  # a run of letters, digits, `.` and `_`, as handles are written
_LETTERS = re.compile(r"[^\W\d_]+")


class Handles:
    """The people's handles (`joined`: `alee`, `annlee`, ...; `initialled`: the pairs an initial and a name are,
    `('a', 'lee')`, `('lee', 'a')`), lower case, each with the pseudonyms of whom it names."""

    def __init__(self, joined: Mapping[str, Set[str]], initialled: Mapping[tuple[str, str], Set[str]]) -> None:
        self._joined = joined
        self._initialled = initialled

    def matches(self, text: str) -> Iterable[tuple[int, int, Set[str]]]:
        """Each run of `text` that holds a handle with more beside it, with whom it names."""
        if not self._joined and not self._initialled:
            return
        for run in _RUN.finditer(text):
            pieces = list(_LETTERS.finditer(run.group().lower()))
            if len(pieces) == 1 and pieces[0].group() == run.group().lower():
                continue  # a handle alone: only after `@` or `/` (mentions.py)
            who = self._named(run.group().lower(), pieces)
            if who:
                yield run.start(), run.end(), who

    def _named(self, run: str, pieces: list[re.Match[str]]) -> set[str]:
        who: set[str] = set()
        for piece in pieces:
            who |= self._joined.get(piece.group(), set())
        for first, second in itertools.pairwise(pieces):
            if run[first.end() : second.start()] in (".", "_"):
                who |= self._initialled.get((first.group(), second.group()), set())
        return who
