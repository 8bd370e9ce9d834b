"""Every problem in a file, collected as it is read, so one run reports them all (the first MAX_SHOWN, and a
count of the rest)."""

from __future__ import annotations

from collections.abc import Callable

from teamaudit.errors import TeamAuditError, TeamAuditErrors

MAX_SHOWN = 20


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
