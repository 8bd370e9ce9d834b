"""An export's FTE column, read on one scale for the whole column: fractions of 1 (0.5 is half time) or
percentages (50 is half time).

The scale is the header's when it names one ('FTE %', 'FTE percent'), else the values': numbers up to 1 are
fractions, numbers from 5 to 100 percentages, and the column is read as the kind most of its rows hold. No value
is read on a scale of its own: 1.2 was read as 1.2 %, and a nurse on overtime became 0.01 FTE, gone from the
clinical layer. So every value that does not fit is a problem naming its row: a number between 1 and 5 (1.2 FTE
of overtime, or 1.2 %? a team file counts a person at most once either way), and the rows of the kind fewer rows
hold. A value with a % sign is a percentage wherever it is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from teamaudit.counts import counted
from teamaudit.errors import TeamAuditError, clipped
from teamaudit.problems import Problems

PERCENT_FROM = 5  # the smallest number without a % sign read as a percentage: 5 % is two hours a week
_PERCENT_HEADER = re.compile(r"%|percent|\bpct\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Cell:
    key: int  # the caller's name for the row
    line: int
    raw: str
    value: float


@dataclass
class _Column:
    path: Path
    header: str
    declared: bool  # the header names percentages: 'FTE %'
    problems: Problems
    fractions: list[_Cell]
    percents: list[_Cell]
    above_one: list[_Cell]  # more than 1, less than PERCENT_FROM: fractions, most likely, but never 1 FTE or less

    def error(self, cell: _Cell, message: str, hint: str) -> None:
        problem = TeamAuditError(f"FTE '{clipped(cell.raw)}' {message}", file=self.path, line=cell.line, hint=hint)
        self.problems.add(problem)


def read_fte(path: Path, header: str, cells: Iterable[tuple[int, int, str]], problems: Problems) -> dict[int, float]:
    """The FTE of each (key, line, text) cell with a value, by key, on the column's scale; each value that is no
    number, not more than 0 or off the scale is added to `problems` instead."""
    column = _Column(path, header, bool(_PERCENT_HEADER.search(header)), problems, [], [], [])
    fte: dict[int, float] = {}
    for key, line, raw in cells:
        cell = _number(column, key, line, raw)
        if cell is None:
            continue
        if raw.endswith("%"):
            _share(column, cell, cell.value / 100, fte)
        elif cell.value <= 1:
            column.fractions.append(cell)
        elif cell.value < PERCENT_FROM:
            column.above_one.append(cell)
        elif cell.value <= 100:
            column.percents.append(cell)
        else:
            column.error(cell, "is more than 100", "a team file counts a person at most once: write 1, or 100%")
    if column.declared or len(column.percents) > len(column.fractions) + len(column.above_one):
        _read_as_percents(column, fte)
    else:
        _read_as_fractions(column, fte)
    return fte


def _read_as_fractions(column: _Column, fte: dict[int, float]) -> None:
    """A column of FTEs (1 is full time): its numbers above 1 and its percentages are problems."""
    for cell in column.fractions:
        _share(column, cell, cell.value, fte)
    for cell in column.above_one:
        hint = f"a team file counts a person at most once: write 1 for full time, overtime included, or {cell.raw}%"
        column.error(cell, "is more than 1 FTE", hint)
    others = counted(len(column.fractions) + len(column.above_one), "other row")
    for cell in column.percents:
        message = f"is a percentage, but {others} of the column are FTEs, where 1 is full time"
        column.error(cell, message, f"write {cell.value / 100:g}, or {cell.raw}%")


def _read_as_percents(column: _Column, fte: dict[int, float]) -> None:
    """A column of percentages (100 is full time): its numbers up to 5 are problems."""
    for cell in column.percents:
        _share(column, cell, cell.value / 100, fte)
    if column.declared:
        where = f"in the percentage column '{clipped(column.header)}'"
    else:
        where = f"in a column of percentages ({counted(len(column.percents), 'other row')})"
    for cell in sorted(column.fractions + column.above_one, key=lambda c: c.line):
        if cell.value <= 1:
            message = f"{where} would be {cell.raw}%: is it {cell.raw} FTE?"
            hint = f"write {cell.value * 100:g} for {cell.raw} FTE, or {cell.raw}%"
        else:
            message = f"{where} would be {cell.raw}%, under two hours a week"
            hint = f"write 100 for full time, overtime included, or {cell.raw}%"
        column.error(cell, message, hint)


def _number(column: _Column, key: int, line: int, raw: str) -> _Cell | None:
    try:
        value = float(raw.rstrip("%").strip().replace(",", "."))
    except ValueError:
        value = math.nan
    cell = _Cell(key, line, raw, value)
    if not math.isfinite(value):
        column.error(cell, "is not a number", "write 0.5 or 50% for half time")
        return None
    if value <= 0:
        column.error(cell, "is not more than 0", "write 0.5 or 50% for half time, or leave it empty for 1")
        return None
    return cell


def _share(column: _Column, cell: _Cell, value: float, fte: dict[int, float]) -> None:
    """A value read on the column's scale, rounded as a team file writes it."""
    if value > 1:
        column.error(cell, "is more than 100%", "a team file counts a person at most once: write 100%")
    elif round(value, 2) == 0:
        column.error(cell, "is less than 0.01 FTE", "write 0.5 or 50% for half time")
    else:
        fte[cell.key] = round(value, 2)
