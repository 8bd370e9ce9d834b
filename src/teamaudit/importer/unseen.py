"""Characters a reader cannot see, taken out of the cells import reads before anything reads them.

A title `RN\\x1b[31m` (a terminal's colour code pasted with it) was written into the team file as is, and `check`
then called the nurse `other` at 0.30; a bidi override (U+202E) or a zero-width space hid in a name or a title the
same way. Output escaping showed them, but the data kept them. So, in each column import reads: a terminal's
escape sequence is removed whole (`\\x1b[31m`, not the ESC alone, which left `RN[31m`), and so is every other C0 or
C1 control character and every invisible format character (invisible.py: bidi controls, zero-width space, word
joiner, U+FEFF; ZWNJ and ZWJ, which Persian, Indic and emoji spelling need, stay). A tab is a space. A line break
stays in a Skills or Background cell, whose lines are its items (importer/evidencecells.py), and is a space in any
other cell. stderr names the cells (the first few, by line and column) and what was removed, escaped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from teamaudit.counts import counted
from teamaudit.importer.cellsize import cell_limit
from teamaudit.importer.columns import Mapping
from teamaudit.importer.table import Table
from teamaudit.invisible import UNSEEN
from teamaudit.render.escape import text as shown

SHOWN_CELLS = 5
_EVIDENCE = frozenset({"skills", "background"})  # a line is an item (importer/evidencecells.py)
_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_SPACES = re.compile(f"[\t{_BREAKS}]")
_TABS = re.compile("\t")
MAX_SKILLS = 131_072  # characters of a skills cell looked at, each skill held to MAX_LINE (importer/cellsize.py)


def readable(table: Table, mapping: Mapping) -> Table:
    """`table` with what a reader cannot see removed from the cells `mapping` reads, and a note naming them."""
    columns = [_column(index, fields) for index, fields in mapping.read().items()]
    found: list[tuple[int, int, str]] = []  # (line, column, what was removed), the first SHOWN_CELLS
    count = 0
    rows = list(table.rows)
    seen: dict[tuple[bool, str], tuple[str, str]] = {}  # an .xlsx's shared text fills many cells: each looked at once
    for at, row in enumerate(table.rows):
        cells = list(row)
        for index, spaces, longest in columns:
            if len(cells[index]) > longest:
                continue  # importer/cellsize.py refuses it, measured before anything copies it
            key = (spaces is _TABS, cells[index])
            cell, removed = seen.get(key) or _seen(cells[index], spaces)
            if len(cells[index]) > 100:
                seen[key] = cell, removed
            if removed:
                count += 1
                if len(found) < SHOWN_CELLS:
                    found.append((table.lines[at], index, removed[:40]))
            cells[index] = cell
        if any(new is not old for new, old in zip(cells, row, strict=True)):
            rows[at] = tuple(cells)
    notes = (*table.notes, _note(table, found, count)) if count else table.notes
    return replace(table, rows=tuple(rows), notes=notes)


def plain(text: str) -> str:
    """`text` as a cell of a column other than skills or background reads once import has taken out what a reader
    cannot see: a team file written before (or by hand) may hold what the export's cell no longer does."""
    return _SPACES.sub(" ", UNSEEN.sub("", text))


def _column(index: int, fields: set[str]) -> tuple[int, re.Pattern[str], int]:
    """A column read: its index, the spaces its cells write as a space, and the longest cell looked at."""
    limit, field = cell_limit(fields)
    evidence = bool(fields & _EVIDENCE)
    return index, _TABS if evidence else _SPACES, MAX_SKILLS if field == "skills" else limit


def _seen(cell: str, spaces: re.Pattern[str]) -> tuple[str, str]:
    """`cell` as a reader sees it, and what was removed ('' for nothing): the cell itself when nothing changes."""
    removed = "".join(UNSEEN.findall(cell))
    if removed:
        return spaces.sub(" ", UNSEEN.sub("", cell)), removed
    return (spaces.sub(" ", cell) if spaces.search(cell) else cell), ""


def _note(table: Table, found: list[tuple[int, int, str]], count: int) -> str:
    named = "; ".join(f"line {line} '{shown(table.header[index])}': '{shown(what)}'" for line, index, what in found)
    more = f"; {counted(count - len(found), 'more cell', 'more cells')} likewise" if count > len(found) else ""
    cells = counted(count, "cell")
    return (
        f"control or invisible characters removed from {cells}, which a reader cannot see and a report "
        f"would print as escapes ({named}{more}); fix the export's cells if more than those was pasted in"
    )
