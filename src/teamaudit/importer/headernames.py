"""Blank and repeated header names: an error where import reads the column, a note where it does not (a blank
name with no values under it, as a trailing delimiter on every row makes, is only said to be ignored).

Exports carry columns nobody imports (a trailing delimiter makes a nameless one; 'Manager' appears for the
person's and for the manager's manager): refusing the whole file for them left no way round, --map included.
A column import reads must be named once, or which of the two was read would be a guess.
"""

from __future__ import annotations

from collections import defaultdict

from teamaudit.errors import TeamAuditError
from teamaudit.importer.blank import has_value
from teamaudit.importer.columns import Mapping, canonical
from teamaudit.importer.table import Table
from teamaudit.problems import Problems


def repeated(header: tuple[str, ...]) -> dict[str, list[int]]:
    """Each name given to more than one column (compared as column detection compares them) -> their indexes."""
    where: defaultdict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(header):
        if name.strip():
            where[canonical(name)].append(index)
    return {name: indexes for name, indexes in where.items() if len(indexes) > 1}


def check_names(table: Table, mapping: Mapping) -> list[str]:
    """Notes on the blank and repeated names of columns import does not read; an error naming every repeated
    name of a column it reads."""
    read = mapping.read()
    problems = Problems()
    notes = []
    for indexes in repeated(table.header).values():
        numbers = ", ".join(str(i + 1) for i in indexes[:-1]) + f" and {indexes[-1] + 1}"
        times = "twice" if len(indexes) == 2 else f"{len(indexes)} times"
        name = table.header[indexes[0]]
        fields = sorted(set().union(*(read.get(i, set()) for i in indexes)))
        if fields:
            problems.add(
                TeamAuditError(
                    f"header names column '{name}' {times} (columns {numbers}), and import reads it as "
                    f"{', '.join(fields)}",
                    file=table.path,
                    line=table.header_line,
                    hint="rename one of them in the export",
                )
            )
        else:
            notes.append(f"not read: '{name}' (columns {numbers}): the header names it more than once")
    problems.raise_if_any()
    blank = [i for i, name in enumerate(table.header) if not name.strip()]
    filled = [i for i in blank if any(has_value(row[i]) for row in table.rows)]
    if empty := [i for i in blank if i not in filled]:
        notes.append(f"ignored {_columns(empty)}: no name and no values")
    if filled:
        notes.append(f"not read: {_columns(filled)}, with no name in the header (name it there to import it)")
    return notes


def _columns(indexes: list[int]) -> str:
    """'column 4', 'columns 2, 4', 'columns 3 to 16,383': a spreadsheet's far-off value leaves thousands blank."""
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = [
        f"{run[0] + 1:,} to {run[-1] + 1:,}" if len(run) > 2 else ", ".join(f"{i + 1:,}" for i in run) for run in runs
    ]
    return f"column{'s' if len(indexes) > 1 else ''} {', '.join(parts)}"
