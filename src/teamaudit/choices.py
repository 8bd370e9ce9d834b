"""The settings a user picks from a fixed list: which view fails the run, what is counted, at what severity.

Kept apart from `report` and free of imports so the command line can declare its options without loading
the pipeline (`teamaudit --help` stays light)."""

from __future__ import annotations

from enum import StrEnum


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


class Scope(StrEnum):
    PLAN = "plan"
    CURRENT = "current"


class Basis(StrEnum):
    FTE = "fte"
    HEADCOUNT = "headcount"

    @property
    def unit(self) -> str:
        return "FTE" if self is Basis.FTE else "people"
