"""The length of each cell import reads, measured before anything copies it; and a formula cell with no saved
value, which import cannot read (importer/unsaved.py), refused as such.

Reading a row copies and compares its cells many times over (its status cells joined and lower-cased, then searched
by a dozen patterns; its name split at a comma). One long value in every row made that cost its length times the
rows, before any length was checked: a 3 KB .xlsx whose 300 rows share one 1 MB text as their name, title and status
took 35 s and 330 MB, and with 10,000 rows over five minutes. So a row whose cell is longer than the field allows (a
team file's limit for a name, an id, a title or a team; MAX_TITLE for the rest, a status, a date, a number) is a
problem naming its row and column, measured with len() alone, and is not read further. Cells import does not read
are never measured. A skills cell is a list a team file reads at its commas and semicolons, each skill held to
MAX_LINE: a cell longer than that is measured by its longest skill (200 skills, 3,488 characters, were refused).
"""

from __future__ import annotations

from functools import partial

from teamaudit.errors import TeamAuditError, clipped
from teamaudit.importer.columns import Mapping, called
from teamaudit.importer.table import Table
from teamaudit.importer.unsaved import HINT as UNSAVED
from teamaudit.importer.unsaved import Unsaved
from teamaudit.lenient import text_as_list
from teamaudit.model import MAX_LINE, MAX_NAME, MAX_TITLE
from teamaudit.problems import Problems

# The fields a team file holds, at its limits; any other field import reads is held to MAX_TITLE.
TEAM_FILE_LIMITS = {
    "name": MAX_NAME,
    "first_name": MAX_NAME,
    "last_name": MAX_NAME,
    "preferred_name": MAX_NAME,
    "preferred_first_name": MAX_NAME,
    "id": MAX_NAME,
    "title": MAX_TITLE,
    "team": MAX_TITLE,
    "skills": MAX_LINE,
    "background": MAX_LINE,
}


class CellLimits:
    """The limit of each column `mapping` reads, checked row by row; each cell over it added to `problems`."""

    def __init__(self, table: Table, mapping: Mapping, problems: Problems) -> None:
        self._table = table
        self._header = mapping.header
        self._problems = problems
        self._limits = [(index, cell_limit(fields)) for index, fields in mapping.read().items()]

    def fit(self, cells: tuple[str, ...], line: int) -> bool:
        """Whether every cell read of the row is within its limit; a problem for each that is not."""
        fits = True
        for index, (limit, field) in self._limits:
            if isinstance(cells[index], Unsaved):
                self._problems.add_built(partial(self._unsaved, cells[index], index, field, line))
                fits = False
            elif len(cells[index]) > limit and _longest(cells[index], field) > limit:
                self._problems.add_built(partial(self._error, cells[index], index, field, limit, line))
                fits = False
        return fits

    def _error(self, value: str, index: int, field: str, limit: int, line: int) -> TeamAuditError:
        allows = "a team file allows" if field in TEAM_FILE_LIMITS else "import reads"
        holds = "holds a skill of" if field == "skills" else "is"
        return TeamAuditError(
            f"{called(field)} '{clipped(value)}' (column '{clipped(self._header[index])}') {holds} more than the "
            f"{limit:,} characters {allows}",
            file=self._table.path,
            line=line,
            hint="a pasted document? fix the export's row",
        )

    def _unsaved(self, formula: str, index: int, field: str, line: int) -> TeamAuditError:
        return TeamAuditError(
            f"{called(field)} (column '{clipped(self._header[index])}') is a formula, '{clipped(formula)}', with no "
            "value saved for it: import reads the value a spreadsheet saved",
            file=self._table.path,
            line=line,
            column=index + 1,
            hint=UNSAVED,
        )


def cell_limit(fields: set[str]) -> tuple[int, str]:
    """The limit of a column read as `fields`, the least of theirs, and the field a message calls it: a column of
    status-like cells, read for status and employment type, is the status."""
    field = min(fields, key=lambda f: (TEAM_FILE_LIMITS.get(f, MAX_TITLE), f != "status", f))
    return TEAM_FILE_LIMITS.get(field, MAX_TITLE), field


def _longest(value: str, field: str) -> int:
    """How long a cell is as the team file measures it: a skills text by its longest skill."""
    if field != "skills":
        return len(value)
    skills = text_as_list(value)
    return max((len(skill) for skill in skills), default=0) if isinstance(skills, tuple) else len(value)
