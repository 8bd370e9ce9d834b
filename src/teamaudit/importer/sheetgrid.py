"""A spreadsheet's rows gathered into a table no bigger than import reads.

A value right of the header's last column is a column with no name, as Excel's own CSV export of the sheet would
have it (importer/headernames.py says it is not read). Every row is padded to the widest row, so one value far
to the right costs a cell in every row: once the rows times that width are more than MAX_CELLS, the rows are
dropped and only counted, and the error names each row reaching right of the header.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.importer.limits import MAX_CELLS
from teamaudit.problems import Problems


@dataclass(frozen=True)
class Sheet:
    records: list[tuple[int, list[str]]]  # each row with a value: its number, its cells (the header's padded)
    blank_rows: int  # rows between the header and the last row with a value that have none
    names: tuple[str, ...] = ()  # the workbook's worksheets, the one read first


class Grid:
    """The rows read so far, each a list up to its last value; the first is the header."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.records: list[tuple[int, list[str]]] = []
        self.count = self.width = self.header_last = self.header_number = self.last_number = 0
        self.too_big = False
        self.beyond_rows, self.beyond_columns = array("q"), array("q")  # rows with a value right of the header

    def add(self, number: int, values: dict[int, str]) -> None:
        """Row `number`, its values by column number (1 is A): at least one."""
        last = max(values)
        self.count += 1
        self.last_number = number
        if self.count == 1:
            self.header_number, self.header_last = number, last
        elif last > self.header_last:
            self.beyond_rows.append(number)
            self.beyond_columns.append(last)
        self.width = max(self.width, last)
        if self.count * self.width > MAX_CELLS:
            self.too_big = True
            self.records.clear()
        if not self.too_big:
            cells = [""] * last
            for column, text in values.items():
                cells[column - 1] = text
            self.records.append((number, cells))

    def sheet(self) -> Sheet:
        if self.too_big:
            raise self._error()
        if self.records:
            self.records[0][1].extend([""] * (self.width - len(self.records[0][1])))
        blank = self.last_number - self.header_number + 1 - self.count
        return Sheet(self.records, max(0, blank))

    def _error(self) -> TeamAuditError:
        problems = Problems()
        hint = "export only the columns import needs"
        if self.beyond_rows:
            hint = "clear the values right of the header in the rows below, or delete those columns"
        problems.add(
            TeamAuditError(
                f"{self.count:,} rows as wide as the widest, which reaches column {letter(self.width)} "
                f"({self.width:,}), are more than the {MAX_CELLS:,} cells import reads",
                file=self.path,
                hint=hint,
            )
        )
        for number, column in zip(self.beyond_rows, self.beyond_columns, strict=True):
            problems.add_built(partial(self._beyond, number, column))
        return problems.error()

    def _beyond(self, number: int, column: int) -> TeamAuditError:
        return TeamAuditError(
            f"a value in {letter(column)}{number}, {column - self.header_last:,} columns right of the header's "
            f"last column ({letter(self.header_last)}{self.header_number})",
            file=self.path,
            line=number,
            column=column,
        )


def letter(column: int) -> str:
    """Excel's name of a column: 1 is A, 27 is AA, 16,384 is XFD."""
    name = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
