"""Which column of an export holds which field: the column names of common HRIS and ATS exports.

Names are compared after splitting API-style names into words and lower-casing and dropping punctuation, so
"Job Title", "job_title", "JOB-TITLE", "jobTitle" and "JobTitle" are one name (and "EmployeeID" is "employee id").
`--map field=Column` overrides any field.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from teamaudit.columnnames import COLUMN_NAMES
from teamaudit.errors import TeamAuditError
from teamaudit.importer.hoursnames import weekly_hours_names
from teamaudit.importer.reqkind import read_as
from teamaudit.importer.table import NoTable, Table
from teamaudit.invisible import UNSEEN
from teamaudit.render.escape import shell_word

# field -> known column names, most specific first (columnnames.py), with the weekly hours' made from their parts
ALIASES: dict[str, tuple[str, ...]] = {**COLUMN_NAMES, "hours": (*COLUMN_NAMES["hours"], *weekly_hours_names())}


# Which export a set of columns most resembles; only used to tell the user which layout was recognised. A vendor
# may have several exports: Greenhouse's openings and its jobs, whose 'Job ID', 'Job Status' and 'Openings' are
# Ashby's too, and whose 'Job Name', 'Requisition ID' and 'Office' are not.
LAYOUTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("BambooHR", ("employee #", "employment status", "job title", "pay rate")),
    ("Rippling", ("role state", "employment type", "title", "annual salary")),
    ("Gusto", ("employment status", "job title", "hire date", "pay type")),
    ("Workday", ("worker", "business title", "supervisory organization", "time type")),
    ("HiBob", ("display name", "job title", "employment type", "start date")),
    ("Personio", ("position", "end of employment", "weekly hours", "hire date", "employment type")),
    ("Deel", ("full name", "job title", "hiring type", "hiring status", "start date", "completion date")),
    (
        "Personio",
        ("vorname", "nachname", "position", "stellenbezeichnung", "abteilung", "wochenstunden", "beschäftigungsart"),
    ),
    ("Greenhouse", ("job", "requisition id", "opening id", "opening status")),
    ("Greenhouse", ("job name", "job id", "requisition id", "job status", "office", "offices", "openings")),
    ("Lever", ("posting", "posting id", "posting state", "team")),
    ("Ashby", ("job title", "job id", "job status", "openings")),
)

FIELDS = tuple(ALIASES)
_CALLED = {"fte": "FTE", "hours": "weekly hours", "cost": "pay", "start": "start date", "end": "termination date"}


def called(field: str) -> str:
    """What a message calls a field's value: 'weekly hours', 'first name'."""
    return _CALLED.get(field, field.replace("_", " "))


def canonical(name: str) -> str:
    """A column's name as detection compares it: what a reader cannot see taken out first, as from cells
    (importer/unseen.py): an ESC inside 'Offer Sta\\x1btus' left the status column unread, an offer an opening."""
    words = _CAMEL.sub(" ", UNSEEN.sub("", name))
    return re.sub(r"\s+", " ", re.sub(r"[^\w#%]+", " ", words.lower().replace("_", " "))).strip()


# Where an API-style name starts a word: `hoursPerWeek`, `HoursPerWeek`, `EmployeeID`, `FTEPercent`.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# The fields each kind of export is read for (importer/convert.py); a column found for any other is not read.
READ_BY_KIND: dict[str, frozenset[str]] = {
    "people": frozenset(FIELDS) - {"openings"},
    "reqs": frozenset({"name", "title", "team", "id", "status", "start", "openings"}),
}
_STATE_FIELDS = ("status", "employment_type")
# How a person is paid (Salary, Hourly; Exempt, Non-Exempt): it says they are an employee, never whether they left or
# are yet to start. Read as status too, Gusto's 'Salary/No overtime' was 'no', a row marked as left, and skipped.
PAY_BASIS_NAMES = frozenset({"pay type", "flsa status"})
_HOW_READ = {"end": " (on or before today: terminated, skipped)"}  # what a field's column does beyond its name


@dataclass(frozen=True)
class Mapping:
    columns: dict[str, int]  # field -> column index
    header: tuple[str, ...]
    layout: str | None
    state_columns: tuple[int, ...] = ()  # every status or employment-type column: BambooHR has two
    kind: str = "people"  # or "reqs"
    employment_columns: tuple[int, ...] = ()  # the state columns and the pay-basis ones ('Pay Type')
    read_as: str = ""  # what a requisition export was taken for, where its 'Name' could name a job or a candidate

    def describe(self) -> str:
        """Every column each field was read from: "title <- 'Job Title'; status <- 'Employment Status', 'Status'
        (...)". A people export reads all its status-like columns together, for who left and who is planned
        as for how each person is employed (convert._state); a requisition export reads its status column."""
        read = READ_BY_KIND[self.kind]
        parts = [
            f"{field} <- {self._named((i,))}{_HOW_READ.get(field, '')}"
            for field, i in self.columns.items()
            if field in read and field not in _STATE_FIELDS
        ]

        if self.kind == "people" and self.state_columns:
            parts.append(
                f"status <- {self._named(self.state_columns)} (terminated or inactive rows skipped, "
                "accepted offers planned)"
            )
        if self.kind == "people" and self.employment_columns:
            parts.append(f"employment <- {self._named(self.employment_columns)}")
        elif self.kind == "reqs" and "status" in self.columns:
            parts.append(f"status <- {self._named((self.columns['status'],))}")
        return "; ".join(parts)

    def _named(self, indexes: tuple[int, ...]) -> str:
        return ", ".join(f"'{self.header[i]}'" for i in indexes)

    def read(self) -> dict[int, set[str]]:
        """The columns import reads, by index, and the fields it reads each for."""
        read: dict[int, set[str]] = {}
        for field, index in self.columns.items():
            if field in READ_BY_KIND[self.kind]:
                read.setdefault(index, set()).add(field)
        for index in self.state_columns:
            read.setdefault(index, set()).add("status")
        for index in self.employment_columns:
            read.setdefault(index, set()).add("employment")
        return read

    def unused(self) -> list[str]:
        """Header names of the columns no field reads; blank and repeated names are importer/headernames.py's."""
        read = self.read()
        names = [canonical(name) for name in self.header]
        times = Counter(names)
        return [name for i, name in enumerate(self.header) if i not in read and name.strip() and times[names[i]] == 1]


def detect(table: Table, overrides: dict[str, str], *, kind: str) -> Mapping:
    names = [canonical(h) for h in table.header]
    columns = _mapped(table, names, overrides)
    _recognise(names, columns)
    columns, read_as_note = read_as(table.header, names, columns) if kind == "reqs" else (columns, "")
    _require(table, columns, kind)
    state_names = set(ALIASES["status"]) | set(ALIASES["employment_type"])
    state = {i for i, name in enumerate(names) if name in state_names and name not in PAY_BASIS_NAMES}
    state |= {columns["status"]} if "status" in columns else set()
    if "employment_type" in columns and names[columns["employment_type"]] not in PAY_BASIS_NAMES:
        state.add(columns["employment_type"])
    employment = state | {i for i, name in enumerate(names) if name in PAY_BASIS_NAMES}
    employment |= {columns["employment_type"]} if "employment_type" in columns else set()
    if kind != "people":
        state = employment = set()  # a requisition's status is its status column alone
    employments = tuple(sorted(employment))
    return Mapping(columns, table.header, _layout(names), tuple(sorted(state)), kind, employments, read_as_note)


def _mapped(table: Table, names: list[str], overrides: dict[str, str]) -> dict[str, int]:
    """The columns `--map field=column` names, by index."""
    columns: dict[str, int] = {}
    for written, column in overrides.items():
        field = written.lower()  # in any case, as --assume-fte's kinds and every other choice
        if field not in FIELDS:
            raise TeamAuditError(f"--map {written}=...: unknown field; fields are: {', '.join(FIELDS)}")
        wanted = canonical(column)
        if wanted not in names:
            raise TeamAuditError(
                f"--map {shell_word(f'{written}={column}')}: no such column",
                file=table.path,
                hint=_pick(field, table.header),
            )
        columns[field] = names.index(wanted)
    return columns


# Column names one vendor gives a meaning others do not, read only beside a column of that vendor's: any other export's
# 'Completion Date' is a training's (HIPAA, BLS), which skipped everyone who had done it as terminated.
_ONLY_BESIDE: dict[str, tuple[str, ...]] = {"completion date": ("hiring status", "hiring type")}


def _recognise(names: list[str], columns: dict[str, int]) -> None:
    """Add each field not mapped yet from the first of its known column names not already taken."""
    taken = set(columns.values())
    for field, aliases in ALIASES.items():
        if field in columns:
            continue
        for alias in aliases:
            beside = _ONLY_BESIDE.get(alias)
            if beside is not None and not set(beside) & set(names):
                continue
            if alias in names and names.index(alias) not in taken:
                columns[field] = names.index(alias)
                taken.add(columns[field])
                break


def _require(table: Table, columns: dict[str, int], kind: str) -> None:
    """A job title, and for a people export a name (or first and last name), or an error naming the columns."""
    if "title" not in columns:
        hint = _pick("title", table.header) if kind == "people" else _REQ_TITLE_HINT
        raise NoTable("no job-title column found", file=table.path, line=table.header_line, hint=hint)
    named = "name" in columns or "preferred_name" in columns or {"first_name", "last_name"} <= set(columns)
    if kind == "people" and not named:
        raise NoTable(
            "no name column found (Name, Employee Name, or First Name + Last Name)",
            file=table.path,
            line=table.header_line,
            hint=_pick("name", table.header),
        )


# --map reads the people export alone: the hint it gave a --reqs export named an option that could not help.
_REQ_TITLE_HINT = (
    "name its job-title column 'Job Title', 'Job' or 'Posting' in the export (--map reads the people export)"
)


def _pick(field: str, header: tuple[str, ...]) -> str:
    """'name it with --map title=COLUMN, COLUMN one of: Name, 'Last Name, First Name'': each column as the shell
    reads it back after `title=` (vaguehours.py), where '<column>' in quotes was to be typed, escapes and all."""
    return f"name it with --map {field}=COLUMN, COLUMN one of: {', '.join(_column_word(n) for n in header if n)}"


def _column_word(name: str) -> str:
    """A column's name as the shell reads it back, in quotes when it holds a comma: listed bare, `Surname,Given` read
    as two columns of the list. A name the shell takes bare holds no quote to escape."""
    word = shell_word(name)
    return f"'{word}'" if word == name and "," in name else word


def _layout(names: list[str]) -> str | None:
    """The vendor whose export has the most of these columns, when it has at least 3 of them."""
    score, best = max((sum(1 for c in cols if c in names), -rank) for rank, (_, cols) in enumerate(LAYOUTS))
    return LAYOUTS[-best][0] if score >= 3 else None
