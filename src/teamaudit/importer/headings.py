"""A row of headings over an export's header: `Employee` over `First Name` and `Last Name`, `Position` over `Job Title`
and `Department`, cells merged across the columns they group, as a report saved as a spreadsheet writes them.

Read as the header, the headings made `Employee` the name column and `Position` the title column, and the real header
a person: 'First Name', titled 'Job Title', beside people named by their first name alone. The row below the header
is the header when it names more of the columns import knows (at least 3) than the header does.
"""

from __future__ import annotations

from dataclasses import replace

from teamaudit.errors import clipped
from teamaudit.importer.columns import ALIASES, canonical
from teamaudit.importer.limits import MAX_HEADER_NAME
from teamaudit.importer.table import Table

_KNOWN = {alias: field for field, aliases in ALIASES.items() for alias in aliases}
_AT_LEAST = 3


def under_headings(table: Table) -> Table:
    """`table` with its first row as the header when that row is the header and the header a row of headings."""
    if not table.rows or any(len(cell) > MAX_HEADER_NAME for cell in table.rows[0]):
        return table
    below = _fields(table.rows[0])
    if len(below) < _AT_LEAST or len(below) <= len(_fields(table.header)):
        return table
    headings = ", ".join(f"'{clipped(name)}'" for name in table.header if name)
    note = f"line {table.header_line} read as headings over the header (line {table.lines[0]}), not as it: {headings}"
    return replace(
        table,
        header=tuple(cell.strip() for cell in table.rows[0]),
        rows=table.rows[1:],
        lines=table.lines[1:],
        header_line=table.lines[0],
        notes=(*table.notes, note),
    )


def _fields(cells: tuple[str, ...]) -> set[str]:
    return {_KNOWN[name] for name in map(canonical, cells) if name in _KNOWN}
