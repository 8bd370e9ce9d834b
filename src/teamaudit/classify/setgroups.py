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
    a set holding that share of all the patterns (its part of the memory), `options(1)` those of all of them."""

    def __init__(self, patterns: list[tuple[int, str]], options: Callable[[int], Any]) -> None:
        sets = min(MOST_SETS, max(1, -(-len(patterns) // GROUP)))
        size = max(1, -(-len(patterns) // sets))
        self.refused: list[int] = []  # the patterns RE2 cannot read (a lookaround)
        # The patterns RE2 could not compile together even with all the memory: those too large alone, if any.
        self.unbuilt: list[int] = []
        self._sets: list[tuple[Any, list[int], int]] = []  # a set, the pattern of each entry, its EVERY_TEXT entry
        crowded: list[tuple[int, str]] = []  # the patterns of the sets their share of the memory was too small for
        for start in range(0, len(patterns), size):
            group = patterns[start : start + size]
            if not self._add(group, options(sets)):
                crowded += [(index, pattern) for index, pattern in group if index not in self.refused]
        # A few large patterns can need more than a share. All the memory compiles any part of what it compiles
        # whole, so a field that one set of all its patterns could hold is never refused: the memory is at most
        # twice one set's.
        if crowded and not self._add(crowded, options(1)):
            alone = [index for index, pattern in crowded if not _compiles([pattern], options(1))]
            self.unbuilt = alone or [index for index, _ in crowded]

    def _add(self, group: list[tuple[int, str]], options: Any) -> bool:
        """Compiles `group` as one set and keeps it; False if RE2 could not compile it. A pattern RE2
        cannot read is left out and noted in `refused`."""
        built = re2.Set.SearchSet(options)
        entries = []
        for index, pattern in group:
            try:
                built.Add(pattern)
            except re2.error:
                self.refused.append(index)
            else:
                entries.append(index)
        if not entries:
            return True
        every_text = built.Add(EVERY_TEXT)
        try:
            built.Compile()
        except re2.error:
            return False
        self._sets.append((built, entries, every_text))
        return True

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


def _compiles(patterns: list[str], options: Any) -> bool:
    built = re2.Set.SearchSet(options)
    for pattern in patterns:
        built.Add(pattern)
    try:
        built.Compile()
    except re2.error:
        return False
    return True
