"""Many rubric patterns matched against one text in a single pass.

A title is checked against about a hundred title signals. One RE2 search each costs a call and a UTF-8 copy
of the text per pattern; an RE2::Set reads the text once and answers which of its patterns match anywhere in
it, and a few sets of a few patterns each cost less than one of them all (setgroups.py). Patterns that only
Python's `re` can read (the built-in rubric's few lookarounds, see rubricpatterns.rubric_regex) are searched one by one
beside the sets, once they have cost enough only those that sets of their relaxed forms (prefilter.py) say might
match.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any

from teamaudit.accents import fold_pattern
from teamaudit.classify.prefilter import Prefilter
from teamaudit.classify.setgroups import SetGroups
from teamaudit.counts import first_few
from teamaudit.errors import TeamAuditError, quoted_key
from teamaudit.patterncost import re2_options
from teamaudit.rubricpatterns import rubric_regex

# RE2's default budget for a set's DFA is 8 MB; a set of a hundred large alternations can need more. A field's
# sets share this, and the patterns of those their share is too small for get one more set with all of it
# (setgroups.py). Once a set compiles (RE2 then checks its DFA has room for twenty of its largest states), its
# search does not give up: it empties its cache and goes on (re2/dfa.cc, since 2019). Should it ever give up, it
# answers as if nothing matched; so each set holds one more pattern, setgroups.EVERY_TEXT, which matches every
# text: an answer without it is no answer, and each pattern is then searched on its own (a single RE2 search falls
# back to its NFA rather than give up).
_SET_MEMORY = 64 << 20
# The packaged rubric's Python-only patterns cost about 0.4 ms a real title, and 6 ms one of `1 1 1 ...`; the RE2
# sets that rule most of them out (prefilter.py) take about 0.1 s to build. It is built once they have taken as
# long as that, so a small team never pays for it and a large or hostile one soon stops paying Python's re.
_PREFILTER_AFTER = 0.1  # seconds
_NAMED = 5  # signals named in the error when the patterns are too large


class PatternSet:
    """Which of `patterns` (case-insensitive rubric patterns) match a text, as indices in their order."""

    def __init__(self, patterns: Sequence[str], source: str = "", names: Sequence[str] = ()) -> None:
        self._source = source  # the rubric file, for the error when the set cannot be compiled
        self._names = list(names) or list(patterns)  # each pattern's signal, as that error names it
        # The texts are accent-folded (accents.py): so are the patterns, "médic" reads as "medic".
        self._patterns = [fold_pattern(p) for p in patterns]
        self._by_re: list[tuple[int, Any]] = []  # patterns only Python's re reads, compiled
        self._sets: SetGroups | None = None
        self._built = False  # built on first use: a roster without `team:` never compiles the team set
        self._re_seconds = 0.0  # spent in Python's re, until the prefilter is built
        self._prefilter: Prefilter | None = None

    def _build(self) -> None:
        self._built = True
        sets = SetGroups(list(enumerate(self._patterns)), _options)
        # A lookaround: rubric_regex gives Python's re for built-in rubrics, refuses others.
        self._by_re = [(i, rubric_regex(self._patterns[i], re.IGNORECASE)) for i in sets.refused]
        if sets.unbuilt:
            count = len(self._patterns) - len(sets.refused)
            named = first_few([quoted_key(self._names[i]) for i in sets.unbuilt[:_NAMED]], len(sets.unbuilt))
            raise TeamAuditError(
                f"the rubric's {count:,} patterns for one field are too large to match together"
                f" (those that did not fit: {named})",
                file=self._source or None,
                hint="use fewer or shorter patterns",
            )
        self._sets = sets

    def build(self) -> None:
        """Compile now rather than on first use (`rubric validate` asks, so a set too large is found there)."""
        if not self._built:
            self._build()

    def matching(self, text: str) -> list[int]:
        if not self._built:
            self._build()
        found = self._python_matches(text) if self._by_re else []
        if self._sets is not None:
            hits, unanswered = self._sets.matching(text)
            found.extend(hits)
            # A set that gave up (see EVERY_TEXT): ask each of its patterns.
            found.extend(i for i in unanswered if rubric_regex(self._patterns[i], re.IGNORECASE).search(text))
        return sorted(found)

    def _python_matches(self, text: str) -> list[int]:
        """The patterns only Python's re reads that match `text`: those the prefilter allows, once it is built."""
        if self._prefilter is not None:
            return [self._by_re[k][0] for k in self._prefilter.candidates(text) if self._by_re[k][1].search(text)]
        started = time.perf_counter()
        found = [i for i, compiled in self._by_re if compiled.search(text)]
        self._re_seconds += time.perf_counter() - started
        if self._re_seconds > _PREFILTER_AFTER:
            self._prefilter = Prefilter([self._patterns[i] for i, _ in self._by_re], _options)
        return found


def _options(sets: int) -> Any:
    """RE2's options for one of `sets` sets of a field's patterns, which share the memory."""
    return re2_options(max_mem=_SET_MEMORY // sets)
