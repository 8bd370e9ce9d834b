"""Every problem in a file, collected as it is read, so one run reports them all (the first MAX_SHOWN, and a
count of the rest); and the warnings shown of a file, as many, and a count of the rest by kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from teamaudit.errors import MAX_SHOWN, TeamAuditError, TeamAuditErrors

# A fatal error that starts so is a slip in writing the file: reported after the problems found before it.
SLIPS = ("invalid YAML", "not valid UTF-8")


class Problems:
    def __init__(self, limit: int = MAX_SHOWN) -> None:
        self._limit = limit
        self._shown: list[TeamAuditError] = []
        self._more = 0

    def __bool__(self) -> bool:
        return bool(self._shown)

    def add_built(self, build: Callable[[], TeamAuditError]) -> None:
        """Add the problem `build` makes, building it only if it will be shown: past the limit a problem is
        only counted (a million unknown config keys need no million hints)."""
        if len(self._shown) < self._limit:
            self._shown.append(build())
        else:
            self._more += 1

    def add(self, problem: TeamAuditError) -> None:
        if len(self._shown) < self._limit:
            self._shown.append(problem)
        else:
            self._more += 1

    def error(self) -> TeamAuditError:
        """What to raise: the one problem, or all of them in file order."""
        if len(self._shown) == 1 and not self._more:
            return self._shown[0]
        ordered = sorted(self._shown, key=lambda p: (p.line or 0, p.column or 0))
        return TeamAuditErrors(ordered, self._more)

    def raise_if_any(self) -> None:
        if self._shown:
            raise self.error()


def shown_notes(notes: Sequence[TeamAuditError], limit: int = MAX_SHOWN) -> Sequence[TeamAuditError]:
    """The warnings to show of `notes`: the first `limit`, then one saying how many more there are, of what kinds.
    A file of 100,000 advisors without an fte printed 100,000 lines, and as many annotations on a pull request."""
    if len(notes) <= limit:
        return notes
    more = len(notes) - limit
    kinds = Counter(note.kind or "other warnings" for note in notes[limit:])
    counted = ", ".join(f"{count:,} {kind}" for kind, count in kinds.most_common())
    noun = "warning" if more == 1 else "warnings"
    return [*notes[:limit], TeamAuditError(f"{more:,} more {noun} not shown: {counted}", file=notes[limit].file)]
