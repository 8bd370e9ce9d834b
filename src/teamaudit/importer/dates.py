"""An export's dates (a hire, start or termination date), each cell read as the export writes dates.

A cell is a date written in one of the ways exports write them (2026-03-04, 04.03.2026, 4-Mar-2026, Mar 4, 2026...),
or a whole number of days since 1899-12-30, as Excel stores a date (46085 is 2026-03-04) and writes it into a CSV
when the column lost its date format. A date written with slashes, 03/04/2026, is 4 March in a US export and 3 April
in a European one, and the cell cannot say which; the export's dates can, its hire and termination dates together: a
cell whose first number is over 12 (25/04/2026) writes the day first, one whose second is (04/25/2026) the month
first. Where nothing in them settles it, such a cell is read month first, as the US exports import knows write dates,
and stderr says so; where they write both ways, it is a problem naming the cell, as no reading is the export's. A
placeholder (TBD, n/a, -) is no date; anything else that is no date is a problem naming the cell: read as none, a
start still to come made a planned hire current.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from teamaudit.counts import counted

_FORMATS = (
    *("%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d", "%d-%b-%Y", "%d-%b-%y"),
    *("%b %d, %Y", "%d %b %Y", "%B %d, %Y", "%d %B %Y"),
)
# The time a date-and-time cell adds ('3/4/2026 0:00', '2026-03-04 09:30:00 AM'), as Excel and databases write it
_TIME = re.compile(r"(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?$")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_SERIAL = re.compile(r"(\d{5})(?:\.0+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's 1900 date system, as it counts (its 1900-02-29 included)
_SERIALS = range(20_000, 80_000)  # 1954-10-03 to 2119-01-10: days, not some other number
PLACEHOLDERS = frozenset({"tbd", "tba", "n/a", "na", "none", "-", "--", "unknown"})
DAY_FIRST, MONTH_FIRST = "day first", "month first"
HINT = "write it as 2026-09-30, or leave it empty"


class NoDate(ValueError):
    """A cell that is no date, or a slashed one the export leaves open; its message says why."""

    def __init__(self, why: str, hint: str | None = None) -> None:
        super().__init__(why)
        self.hint = hint


@dataclass(frozen=True)
class DateColumn:
    order: str | None  # DAY_FIRST, MONTH_FIRST, or None: nothing settles it, or the export writes both ways
    settled_by: tuple[int, str] | None  # (line, cell) of the first cell that settles `order`
    mixed: bool  # the export writes the day first in some cells and the month first in others
    source: str = ""  # the other export of the run whose dates settled `order`, where this one's settle nothing

    def read(self, raw: str) -> dt.date | None:
        """The date `raw` writes; None when it is empty or a placeholder. NoDate when it is no date."""
        text = raw.strip()
        if not text or text.lower() in PLACEHOLDERS:
            return None
        text = _TIME.sub("", text[:40])
        # The ways most exports write dates first: a failed strptime costs as much as a row's other cells together.
        slashed = _SLASHED.fullmatch(text)
        if slashed is not None:
            return self._slashed(*map(int, slashed.groups()))
        if is_serial(text):
            return _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
        for fmt in _FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise NoDate("is not a date")

    def _slashed(self, first: int, second: int, year: int) -> dt.date:
        year += 2000 if year < 100 else 0
        read_as = ((DAY_FIRST, first, second), (MONTH_FIRST, second, first))
        orders = [order for order, day, month in read_as if _real(year, month, day)]
        if not orders:
            raise NoDate("is not a date")
        if len(orders) == 2 and first != second:
            if self.mixed:
                why = "the export writes the day first in some dates, the month first in others"
                one, other = dt.date(year, second, first), dt.date(year, first, second)
                raise NoDate(f"could be {_said(one)} or {_said(other)}: {why}", f"write {one} or {other}")
            orders = [self.order or MONTH_FIRST]
        day, month = (first, second) if orders[0] == DAY_FIRST else (second, first)
        return dt.date(year, month, day)

    def note(self, header: str, undecided: tuple[int, int, str]) -> str | None:
        """How the column's slashed dates that could be read either way were read: `undecided` is how many there
        were, and the line and cell of the first."""
        count, line, cell = undecided
        if not count:
            return None
        dates = counted(count, "date")
        said = f"{dates} that could be day first or month first, such as line {line} '{cell}'"
        if self.settled_by is None:
            day_first = DateColumn(DAY_FIRST, None, mixed=False).read(cell)
            return (
                f"date column '{header}': {said}, read month first (US), as no date of the export settles which comes "
                f"first; if they are day first ('{cell}' being {day_first}), write them year first, as {day_first}"
            )
        settled_line, settled = self.settled_by
        first = (self.order or MONTH_FIRST).split()[0]
        writes = f"{self.source} writes dates, as its" if self.source else "the export writes dates, as"
        return f"date column '{header}': {said}, read {first} first, as {writes} line {settled_line} '{settled}' shows"


def read_column(cells: Iterable[tuple[int, str]], settled: DateColumn | None = None) -> DateColumn:
    """The column's order of day and month, from its cells (line, raw) that read one way only; else `settled`'s, the
    order another export of the run settled (its `source`): a European people export settled day first, and the
    offers export beside it, whose dates all read either way, was read month first, 1 November a start on 11 January."""
    found: dict[str, tuple[int, str]] = {}
    for line, raw in cells:
        slashed = _SLASHED.fullmatch(_TIME.sub("", raw.strip()[:40]))
        if slashed is None:
            continue
        first, second = int(slashed.group(1)), int(slashed.group(2))
        if first > 12 >= second:
            found.setdefault(DAY_FIRST, (line, raw.strip()))
        elif second > 12 >= first:
            found.setdefault(MONTH_FIRST, (line, raw.strip()))
    if len(found) == 1:
        ((order, settling),) = found.items()
        return DateColumn(order, settling, mixed=False)
    if not found and settled is not None and settled.order is not None:
        return settled
    return DateColumn(None, None, mixed=len(found) == 2)


def undecided(raw: str) -> bool:
    """Whether `raw` is a slashed date whose column's order decides it (03/04/2026, not 04/04/2026 or 25/04/2026)."""
    slashed = _SLASHED.fullmatch(_TIME.sub("", raw.strip()[:40]))
    if slashed is None:
        return False
    first, second = int(slashed.group(1)), int(slashed.group(2))
    return first != second and first <= 12 and second <= 12


def is_serial(raw: str) -> bool:
    """Whether `raw` is a date written as Excel's number of days (46085), which DateColumn.read reads."""
    serial = _SERIAL.fullmatch(raw.strip())
    return serial is not None and int(serial.group(1)) in _SERIALS


def _real(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _said(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
