"""Patterns matched as a few small RE2 sets rather than one large one.

One RE2::Set reads a text once for all its patterns, building its DFA's states as it reads: a state is the places
open in every pattern together, so a text of the rubric's own words (`nurse clinical research phd ...`), opening
places in many patterns at once, makes states no other text made, each built afresh. The packaged rubric's 111
title patterns in one set cost 1.4 ms a distinct 300-character title of such words, in sets of about ten 0.3 ms;
its background patterns 12.5 ms a 2,000-character line, in sets 2 to 4 ms. A real title costs no more in small
sets (0.04 ms against 0.06), and a field's patterns are as wide together however they are grouped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import re2  # type: ignore[import-untyped]

MOST_SETS = 16  # a field's patterns are spread over at most this many sets, of GROUP patterns or more each
GROUP = 8
# A pattern that matches every text: an answer without it is no answer (patternset.py).
EVERY_TEXT = r"\z"


class SetGroups:
    """Which of `patterns` match a text, by RE2 sets of a few patterns each; `options(share)` gives the options of
    a set holding that share of all the patterns (its part of the memory)."""

    def __init__(self, patterns: list[tuple[int, str]], options: Callable[[int], Any]) -> None:
        sets = min(MOST_SETS, max(1, -(-len(patterns) // GROUP)))
        size = max(1, -(-len(patterns) // sets))
        self.refused: list[int] = []  # the patterns RE2 cannot read (a lookaround)
        self.unbuilt: list[list[int]] = []  # the patterns of each set RE2 could not compile
        self._sets: list[tuple[Any, list[int], int]] = []  # a set, the pattern of each entry, its EVERY_TEXT entry
        for start in range(0, len(patterns), size):
            built = re2.Set.SearchSet(options(sets))
            entries = []
            for index, pattern in patterns[start : start + size]:
                try:
                    built.Add(pattern)
                except re2.error:
                    self.refused.append(index)
                else:
                    entries.append(index)
            if not entries:
                continue
            every_text = built.Add(EVERY_TEXT)
            try:
                built.Compile()
            except re2.error:
                self.unbuilt.append(entries)
            else:
                self._sets.append((built, entries, every_text))

    def matching(self, text: str) -> tuple[list[int], list[int]]:
        """The patterns that match `text`, and those of the sets whose search gave up (unanswered), unsorted."""
        found: list[int] = []
        unanswered: list[int] = []
        encoded = text.encode("utf-8")  # once, not once a set
        for built, entries, every_text in self._sets:
            hits = built.Match(encoded)
            if hits is None or every_text not in hits:
                unanswered.extend(entries)
            else:
                found.extend(entries[h] for h in hits if h != every_text)
        return found, unanswered
