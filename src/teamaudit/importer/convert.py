"""Export rows -> team-file people, with every rule stated so a user can check it.

FTE comes from an FTE column (0.5, 50 or 50% all mean half time; a column is read as fractions or as percentages, as
its header or most of its values say: importer/fte.py), else weekly hours / 40 (importer/hours.py), else it is 1.0,
the team file's default; the employment type never changes it unless `--assume-fte part-time=0.5` (or `intern=`,
`contractor=`, `advisor=`) says so. Employment: contract, contingent, consultant, freelance, agency and 1099 rows are
`contractor`, advisors and board members `advisor`, full-time, part-time, permanent, regular, salaried, hourly, intern
and temporary rows `employee`; nothing is written when the export does not say.
Status: terminated, inactive, former, resigned or "No" (Workday's Active Status) rows, and rows whose
termination date is on or before today (unless they were hired again after it), are skipped, counted and named;
someone on leave is staff. A pay type (Salary, Hourly) says how someone is employed, never whether they left.
Requisitions that are open or approved become `status: open` (one per opening; one with 0 openings is skipped and
counted); accepted offers become `status: planned`; offers declined, rejected, withdrawn or rescinded are skipped,
counted and named; closed, filled or cancelled requisitions, drafts and those on hold are skipped, counted and named.
Pay is read only with --cost, as importer/paycell.py says (a column's 85.000: importer/paycolumn.py): hourly rates are
annualised at 2,080 hours.
Every person carries `status` and, when the export says, `fte` and `start`, even at their defaults or for
current staff: a merge into an existing file needs to know them; a new file leaves the defaults, and current
staff's hire dates, out.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from teamaudit.counts import counted, first_few
from teamaudit.errors import MAX_SHOWN, TeamAuditError, clipped
from teamaudit.importer.calledname import CalledName, called_name, name_in_order, preferred_notes, unread_preferred
from teamaudit.importer.cellsize import CellLimits
from teamaudit.importer.columns import Mapping, called
from teamaudit.importer.dates import HINT as DATE_HINT
from teamaudit.importer.dates import DateColumn, NoDate, is_serial, read_column, undecided
from teamaudit.importer.evidencecells import NoEvidence, evidence
from teamaudit.importer.fte import read_fte
from teamaudit.importer.grouping import POINT, Ungrouped, find_number, unspaced
from teamaudit.importer.hours import BadHours, hours_fte
from teamaudit.importer.licences import LeftOut
from teamaudit.importer.offermark import MARKED
from teamaudit.importer.paycolumn import read_pay
from teamaudit.importer.paycurrency import column_currency
from teamaudit.importer.table import Table
from teamaudit.model import MAX_NAME
from teamaudit.problems import Problems

# A requisition's openings, at most: 'Openings: 1e9' made a billion people, and 'inf' a traceback.
MAX_OPENINGS = 1000

FTE_RULE = (
    "FTE: the FTE column if present (0.5, 50 and 50% are half time; the column is fractions or percentages, as its "
    "header or most of its values say), else weekly hours / 40, else 1.0; "
    "a contractor, part-time or intern row without either is not guessed (--assume-fte part-time=0.5 to do so)"
)
EMPLOYMENT_RULE = (
    "employment: contractor for contract, contingent, consultant, freelance, agency, external and 1099 workers, "
    "advisor for advisors and board members, employee for full-time, part-time, permanent, regular, salaried, "
    "hourly, intern, temporary, EOR and PEO rows; left out when the export does not say"
)
KINDS = ("part-time", "intern", "contractor", "advisor")  # what --assume-fte can give an FTE to
_INACTIVE = re.compile(
    r"\b(?:terminated|inactive|inaktiv|former|resigned|deceased|separated|offboarded|no|false|archived)\b"
)
_CLOSED = re.compile(r"\b(?:closed|filled|cancel+ed|rejected|declined|withdrawn|archived|hired)\b")
# An offer the candidate turned down or the company took back: no hire, whatever else the row says ('Accepted,
# then rescinded'). Read as a closed requisition, a declined offer was reported as one, and a rescinded one as a
# requisition with an unknown status.
_REFUSED = re.compile(
    r"\b(?:rejected|declined|withdrawn|rescinded|revoked|retracted|reneged|turned down|not accepted|unaccepted)\b"
)
_ACCEPTED = re.compile(r"\b(?:offer accepted|accepted|offer signed|pre-?boarding|onboarding|starting)\b")
# In an offer's status (an 'Offer Status' column): the candidate said yes. 'Signed' was skipped as a requisition
# with an unknown status, and 'Hired' as a filled one: accepted offers left out of the plan. 'Not signed' is no yes.
_SIGNED = re.compile(r"(?<!\bnot )(?<!\bnot yet )\b(?:signed|hired)\b")
# Lever's `internal` posting is live, shown only to employees.
_OPEN = re.compile(r"\b(?:open|opened|approved|pending|published|internal|live|sourcing|interviewing)\b")
# A requisition not yet opened, or paused: no opening the plan may count ('Draft' was imported as an open req).
_NOT_YET = re.compile(r"\b(?:draft|on[ -]?hold|paused|frozen)\b")
_PART = re.compile(r"\bpart\b|\bpt\b|\bhalf\b")
_FULL = re.compile(r"\bfull\b|\bft\b")
# An intern is an employee (the team file's kinds are employee, contractor, advisor) who seldom works a full week.
_INTERN = re.compile(r"\bintern(?:s|ship)?\b")
_CONTRACT = re.compile(
    r"\bcontract\w*|\bcontingent\b|\bconsult\w*|\bfreelanc\w*|\bagency\b|\b1099\b|\bvendor\b|\bexternal\b"
)
_ADVISOR = re.compile(r"\badvis[oe]\w*|\bboard\b")
_EMPLOYEE = re.compile(
    r"\bfull\b|\bpart\b|\bft\b|\bpt\b|\bemployee\b|\bpermanent\b|\bregular\b|\bsalar\w*|\bhourly\b"
    r"|\bintern\w*|\btemp\w*|\bfixed[- ]term\b|\bw-?2\b|\bexempt\b"
    r"|\beor\b|\bpeo\b"  # Deel's worker types: employed through an employer of record, or co-employed
    r"|\bdirect_employee\b|\bglobal_payroll\b"  # and its API's hiring types, whose '_' no \b divides
)


TERMINATED = "terminated or inactive"  # the reason rows marked as left are counted under
REFUSED = "offers declined, rejected, withdrawn or rescinded"
CLOSED = "closed, filled or cancelled requisitions"
NOT_YET = "draft or on-hold requisitions"
NO_OPENINGS = "open requisitions with 0 openings"
# An ATS's accepted offers of people the people export lists (importer/onstaff.py).
ON_STAFF = "accepted offers already on staff"
PLANNED_THERE = "accepted offers the people export lists as planned hires"
OUTSTANDING = "offers not accepted (yet)"
LEFT = "accepted offers of people who left"
# Each reason above said of one row: '1 offers declined, ...' read as a slip.
_ONE_OF = {
    REFUSED: "offer declined, rejected, withdrawn or rescinded",
    ON_STAFF: "accepted offer already on staff",
    PLANNED_THERE: "accepted offer the people export lists as a planned hire",
    LEFT: "accepted offer of someone who left",
    OUTSTANDING: "offer not accepted (yet)",
    CLOSED: "closed, filled or cancelled requisition",
    NOT_YET: "draft or on-hold requisition",
    NO_OPENINGS: "open requisition with 0 openings",
}


def skip_reason(reason: str, count: int) -> str:
    """'2 terminated or inactive', '1 offer declined, ...', '1 requisition with status 'x'': a reason's count."""
    if count != 1:
        return f"{count:,} {reason}"
    return f"1 {_ONE_OF.get(reason, reason.replace('requisitions ', 'requisition ', 1))}"


@dataclass(frozen=True)
class Ending:
    """A row's termination date ("Termination Date", "Last Day", "End Date"...)."""

    name: str
    line: int
    date: dt.date


@dataclass(frozen=True)
class Marked:
    """A row its status marks as left: 'Inactive' in its 'Employment Status' column."""

    name: str
    line: int
    column: str
    status: str


@dataclass(frozen=True, slots=True)
class Leaver:
    """A people export's row marked as left, by its status or by a termination date that has come."""

    name: str
    line: int
    end: dt.date | None  # the termination date the row gives, if any
    id: str = ""
    legal: str = ""  # the legal name, where `name` is a preferred one: a merge finds the file's person by either
    earlier: str = ""  # the name an import before wrote of a preferred cell of titles ('Dr. Li'): and by that


@dataclass(frozen=True, slots=True)
class NotOpen:
    """A requisition export's row with an id whose status leaves it out of the plan: 'Filled', 'Closed', 'On Hold'."""

    id: str
    path: Path
    line: int
    column: str
    status: str  # as the export writes it


@dataclass(frozen=True, slots=True)
class Openings:
    """An open requisition of a requisition export and how many openings it has."""

    id: str
    path: Path
    line: int
    count: int


@dataclass
class Outcome:
    people: list[dict[str, Any]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the export's line of each person, in `people`'s order
    skipped: Counter[str] = field(default_factory=Counter)
    assumed: Counter[str] = field(default_factory=Counter)  # kind -> rows whose FTE came from --assume-fte
    guessed: dict[int, str] = field(default_factory=dict)  # index in `people` -> kind, of those rows
    legal_names: dict[int, str] = field(default_factory=dict)  # index in `people` -> legal name, beside a preferred
    earlier_names: dict[int, str] = field(default_factory=dict)  # index in `people` -> CalledName.earlier
    unsized: Counter[str] = field(default_factory=Counter)  # kind -> part-time/contractor rows left at 1.0 FTE
    unsized_at: dict[int, str] = field(default_factory=dict)  # index in `people` -> kind, of those rows
    full_time: set[int] = field(default_factory=set)  # index in `people` of rows giving no FTE but saying full time
    leavers: list[Leaver] = field(default_factory=list)  # the rows marked as left that have a name or an id
    missing: list[tuple[int, str]] = field(default_factory=list)  # (line, why) of the first rows with no name or title
    missing_rows: int = 0  # every row skipped for no name or no title
    ended: list[Ending] = field(default_factory=list)  # rows skipped for a termination date on or before today
    marked: list[Marked] = field(default_factory=list)  # the first rows skipped for a status saying they left
    refused: list[Marked] = field(default_factory=list)  # the first rows skipped for an offer not taken up
    outstanding: list[Marked] = field(default_factory=list)  # the first offers skipped as sent, pending or lapsed
    not_open: list[Marked] = field(default_factory=list)  # the first requisitions skipped for a status not open
    not_open_rows: int = 0  # every requisition skipped for its status
    not_open_ids: list[NotOpen] = field(default_factory=list)  # every one of them with an id, for a merge
    openings: list[Openings] = field(default_factory=list)  # every open requisition with an id, for a merge
    leaving: list[Ending] = field(default_factory=list)  # people read whose termination date is still to come
    notes: list[str] = field(default_factory=list)  # how reading the export settled what its cells left open
    currency: str | None = None  # the ISO code the pay cells name (importer/paycurrency.py), for `currency:`
    ids: bool = False  # a people export that gives every row it reads an id
    # The employments a people export gives its rows, when it gives every row one: it speaks for those kinds only.
    employments: frozenset[str] | None = None
    columns: dict[str, str] = field(default_factory=dict)  # field -> the export's name of the column it is read from
    date_order: DateColumn | None = None  # the order of day and month its dates settle, for the exports beside it
    fte_cells: dict[int, tuple[str, str]] = field(
        default_factory=dict
    )  # index in `people` -> (column, cell) of its fte

    def add(self, person: dict[str, Any], line: int) -> None:
        self.people.append(person)
        self.lines.append(line)

    def skip_missing(self, reason: str, line: int, why: str) -> None:
        """A row skipped for what it lacks: counted under `reason`, and said (the first MAX_SHOWN) with its line."""
        self.skipped[reason] += 1
        self.missing_rows += 1
        if len(self.missing) < MAX_SHOWN:
            self.missing.append((line, why))


@dataclass(frozen=True)
class _Row:
    """A people export's row that is read: not marked as left, with a name and a title."""

    cells: tuple[str, ...]
    line: int
    state: str  # its status-like cells, lower case
    kind: str  # those and its pay-basis cells ('Hourly'), lower case: how the person is employed
    name: str
    title: str
    legal: str  # the legal name, where `name` is a preferred one (importer/calledname.py)
    earlier: str = ""  # the name an import before wrote of a preferred cell of titles or credentials


def _in_german(rows: list[_Row], mapping: Mapping, out: Outcome) -> list[_Row]:
    """Personio's German export writes its employment type `Intern` or `Extern`: internal (an employee) or
    external (a contractor), not an intern. It is read so where the export is Personio's, or its column pairs
    `Extern` with `Intern`; elsewhere `Intern` is an intern (Rippling, BambooHR), which stderr says may be read
    otherwise."""
    whole = {row.kind.strip() for row in rows}
    if "intern" not in whole and "extern" not in whole:
        return rows
    if mapping.layout != "Personio" and "extern" not in whole:
        out.notes.append(INTERN_IN_GERMAN)
        return rows
    meant = {"intern": "internal", "extern": "external"}
    return [replace(row, kind=meant.get(row.kind.strip(), row.kind)) for row in rows]


INTERN_IN_GERMAN = (
    "'Intern' read as an intern; in Personio's German export it is an internal employee, read so when the export"
    " has Personio's columns or an 'Extern' row"
)


def _get(row: tuple[str, ...], mapping: Mapping, name: str) -> str:
    index = mapping.columns.get(name)
    return row[index].strip() if index is not None else ""


def _state(row: tuple[str, ...], columns: tuple[int, ...]) -> str:
    """The row's cells of `columns` (its status-like ones, or those saying how it is employed), lower case:
    'full-time active', 'contingent worker yes'."""
    return " ".join(row[i] for i in columns).lower()


def _fte(row: _Row, mapping: Mapping, ftes: dict[int, float], key: int, problems: _Cells) -> float | None:
    """The row's FTE as its FTE column says (read for the whole column: `ftes`), else its weekly hours / 40
    (importer/hours.py): hours that are no week's are a problem naming the cell."""
    if _get(row.cells, mapping, "fte"):
        return ftes.get(key)
    index = mapping.columns.get("hours")
    hours = unspaced(row.cells[index]) if index is not None else ""  # an .xlsx number cell is a number as it is
    if not hours:
        return None
    try:
        return hours_fte(hours)
    except BadHours as bad:
        problems.add("hours", row.line, hours, str(bad), "write the hours worked a week, e.g. 40 or 37.5")
        return None


def _fte_cell(row: tuple[str, ...], mapping: Mapping) -> tuple[str, str]:
    """The column a row's fte was read from, as the export names it, and its cell: ('Standard Hours Per Week', '40')."""
    index = mapping.columns["fte" if _get(row, mapping, "fte") else "hours"]
    return mapping.header[index], row[index].strip()


class _Cells:
    """The problems of one export's cells, each naming its row, its column and its value."""

    def __init__(self, table: Table, mapping: Mapping, problems: Problems) -> None:
        self.table = table
        self.mapping = mapping
        self.problems = problems

    def add(self, field: str, line: int, raw: str, why: str, hint: str | None = None) -> None:
        column = clipped(self.mapping.header[self.mapping.columns[field]])
        message = f"{called(field)} '{clipped(raw)}' (column '{column}') {why}"
        self.problems.add(TeamAuditError(message, file=self.table.path, line=line, hint=hint))


class _Dates:
    """The export's start and termination dates, each cell read as the export writes dates (importer/dates.py): its
    hire dates settle whether a termination date of 03/04/2026 is 3 April or 4 March, and the other way round."""

    def __init__(self, table: Table, mapping: Mapping, settled: DateColumn | None = None) -> None:
        self.mapping = mapping
        self.columns: dict[str, DateColumn] = {}
        # field -> how many slashed cells its column's order read, and the line and cell of the first
        self.undecided: dict[str, tuple[int, int, str]] = {}
        self.serials: dict[str, tuple[int, str, dt.date]] = {}  # field -> the first Excel day number read, and its line
        indexes = {name: mapping.columns[name] for name in ("start", "end") if name in mapping.columns}
        cells = [(line, row[i]) for i in indexes.values() for row, line in zip(table.rows, table.lines, strict=True)]
        self.columns = dict.fromkeys(indexes, read_column(cells, settled))

    def settled(self, path: Path) -> DateColumn | None:
        """The order of day and month this export's own dates settle, said to be `path`'s, for another export."""
        column = next(iter(self.columns.values()), None)
        if column is None or column.settled_by is None or column.source:
            return None
        return replace(column, source=path.name)

    def quiet(self, cells: tuple[str, ...], field_name: str) -> dt.date | None:
        """The row's date of `field_name`, None when it gives none or none that reads."""
        try:
            return self.read(cells, field_name)
        except NoDate:
            return None

    def read(self, cells: tuple[str, ...], field_name: str) -> dt.date | None:
        column = self.columns.get(field_name)
        if column is None:
            return None
        return column.read(_get(cells, self.mapping, field_name))

    def checked(self, cells: tuple[str, ...], field: str, line: int, problems: _Cells, hint: str) -> dt.date | None:
        """The row's date of `field`; a cell that is no date, or could be two, is a problem naming it."""
        raw = _get(cells, self.mapping, field)
        try:
            day = self.read(cells, field)
        except NoDate as bad:
            problems.add(field, line, raw, str(bad), bad.hint or hint)
            return None
        if undecided(raw):
            count, first_line, cell = self.undecided.get(field, (0, line, raw.strip()))
            self.undecided[field] = (count + 1, first_line, cell)
        if day is not None and is_serial(raw):
            self.serials.setdefault(field, (line, raw.strip(), day))
        return day

    def notes(self) -> list[str]:
        """How each column's slashed dates that could be read two ways were read."""
        notes = []
        for field_name, column in self.columns.items():
            header = clipped(self.mapping.header[self.mapping.columns[field_name]])
            note = column.note(header, self.undecided.get(field_name, (0, 0, "")))
            notes += [note] if note else []
            if field_name in self.serials:
                line, raw, day = self.serials[field_name]
                said = f"line {line} '{raw}' is {day}"
                notes.append(f"date column '{header}' holds Excel day numbers, read as dates: {said}")
        return notes


def employment(state: str) -> str | None:
    """contractor, advisor or employee from the row's status-like cells; None when they do not say."""
    if _CONTRACT.search(state):
        return "contractor"
    if _ADVISOR.search(state):
        return "advisor"
    return "employee" if _EMPLOYEE.search(state) else None


def parse_assumptions(items: list[str]) -> dict[str, float]:
    """`--assume-fte part-time=0.5` -> {"part-time": 0.5}: the FTE of rows of a kind that give none."""
    assumed: dict[str, float] = {}
    for item in items:
        kind, _, raw = item.partition("=")
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise TeamAuditError(f"--assume-fte {item!r}: the kind must be one of {', '.join(KINDS)}")
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if not 0 < value <= 1:
            raise TeamAuditError(f"--assume-fte {item!r}: write it as {kind}=FTE with 0 < FTE <= 1, e.g. {kind}=0.5")
        assumed[kind] = value
    return assumed


def _size(person: dict[str, Any], state: str, assume: dict[str, float], out: Outcome) -> None:
    """The FTE of a row whose export gives none: --assume-fte for its kind, else left at the default."""
    kind = "part-time" if _PART.search(state) else "intern" if _INTERN.search(state) else person.get("employment")
    if kind not in KINDS:
        if _FULL.search(state):  # a merge keeping a part-timer's fte below 1 says so (summary.py)
            out.full_time.add(len(out.people))  # the person is added next
        return
    if kind in assume:
        person["fte"] = assume[kind]
        out.assumed[kind] += 1
        out.guessed[len(out.people)] = kind  # the person is added next
    else:
        out.unsized[kind] += 1
        out.unsized_at[len(out.people)] = kind  # the person is added next


def _costs(mapping: Mapping, rows: list[_Row], problems: _Cells, out: Outcome) -> dict[int, int]:
    """The annual cost of the rows read, by the row's place in `rows`, from the pay column read as a whole
    (importer/paycolumn.py): a cell that is no pay, or that the column cannot read one way only, is a problem naming
    it. An .xlsx number cell is read as the number it is."""
    index = mapping.columns.get("cost")
    if index is None:
        return {}
    cells = ((key, row.line, unspaced(row.cells[index])) for key, row in enumerate(rows) if row.cells[index].strip())
    given = list(cells)
    column = read_pay(mapping.header[index], given, partial(problems.add, "cost"))
    out.notes.extend(column.notes)
    out.currency, mixed = column_currency((line, raw) for _, line, raw in given)
    for line, raw, why, hint in mixed:
        problems.add("cost", line, raw, why, hint)
    return column.costs


def _name(row: tuple[str, ...], mapping: Mapping) -> str:
    return _called(row, mapping).name


_NAME_PARTS = ("first_name", "last_name", "name", "preferred_name", "preferred_first_name")


def _called(row: tuple[str, ...], mapping: Mapping) -> CalledName:
    """The name the row calls the person by, and their legal name where it is another (importer/calledname.py)."""
    return called_name(*(_get(row, mapping, part) for part in _NAME_PARTS))


def _unread_preferred(rows: list[_Row], mapping: Mapping) -> str | None:
    """A note naming the preferred first names left out beside a full name of more than two words, the first few:
    they were dropped without a word, though the columns line says 'Preferred Name' was read."""
    unread = [row for row in rows if unread_preferred(*(_get(row.cells, mapping, part) for part in _NAME_PARTS))]
    if not unread:
        return None
    beside = [
        f"'{clipped(_get(row.cells, mapping, 'preferred_first_name'))}' beside '{clipped(row.name)}' (line {row.line})"
        for row in unread[:MAX_SHOWN]
    ]
    said = first_few(beside, len(unread))
    which = counted(len(unread), "preferred first name")
    replaces = "it replaces" if len(unread) == 1 else "they replace"
    return (
        f"{which} not read beside a full name of more than two words, as nothing says which of its words {replaces}: "
        f"{said}; each is named by the full name, and a merge adds anyone a file names as they go by: write "
        "that name in the team file"
    )


def _preferred_notes(rows: list[_Row], mapping: Mapping) -> list[str]:
    """What calledname.preferred_notes says of the export's preferred names: of its full names where it has that
    column, which wins over a preferred first name; else of its first names."""
    field = "preferred_name" if "preferred_name" in mapping.columns else "preferred_first_name"
    what = "preferred full name" if field == "preferred_name" else "preferred first name"
    return preferred_notes([(row.line, _get(row.cells, mapping, field)) for row in rows], MAX_SHOWN, what)


def people_rows(table: Table, mapping: Mapping, *, with_cost: bool, assume: dict[str, float] | None = None) -> Outcome:
    out = Outcome(columns={key: mapping.header[index] for key, index in mapping.columns.items()})
    problems = Problems()
    cells = _Cells(table, mapping, problems)
    dates = _Dates(table, mapping)
    numbers = LeftOut()
    unlisted = {field: NoEvidence(field) for field in ("skills", "background")}
    rows = _in_german(_rows_read(table, mapping, out, cells, dates), mapping, out)
    out.ids = "id" in mapping.columns and all(_get(row.cells, mapping, "id") for row in rows)
    if unread := _unread_preferred(rows, mapping):
        out.notes.append(unread)
    out.notes += _preferred_notes(rows, mapping)
    ftes = _ftes(table, mapping, rows, problems)
    costs = _costs(mapping, rows, cells, out) if with_cost else {}
    for key, row in enumerate(rows):
        person: dict[str, Any] = {"name": row.name}
        if _get(row.cells, mapping, "id"):
            person["id"] = _get(row.cells, mapping, "id")
        person["title"] = row.title
        if _get(row.cells, mapping, "team"):
            person["team"] = _get(row.cells, mapping, "team")
        person.update(_evidence(row, mapping, numbers, unlisted))
        _check_name(row.name, table, row.line, problems)
        kind = employment(row.kind)
        if kind:
            person["employment"] = kind
        fte = _fte(row, mapping, ftes, key, cells)
        if fte is not None:
            person["fte"] = fte
            out.fte_cells[len(out.people)] = _fte_cell(row.cells, mapping)
        else:
            _size(person, row.kind, assume or {}, out)
        _when(person, row.state, dates.checked(row.cells, "start", row.line, cells, DATE_HINT))
        if key in costs:
            person["cost"] = costs[key]
        if row.legal:
            out.legal_names[len(out.people)] = row.legal
        if row.earlier:
            out.earlier_names[len(out.people)] = row.earlier
        out.add(person, row.line)
    problems.raise_if_any()
    given = {person.get("employment") for person in out.people}
    out.employments = None if None in given else frozenset(str(kind) for kind in given)
    out.notes.extend(dates.notes())
    out.date_order = dates.settled(table.path)
    if numbers.cells:
        out.notes.append(numbers.note(clipped(mapping.header[mapping.columns["background"]])))
    out.notes.extend(
        cells.note(clipped(mapping.header[mapping.columns[field]])) for field, cells in unlisted.items() if cells.lines
    )
    return out


def _evidence(
    row: _Row, mapping: Mapping, numbers: LeftOut, unlisted: dict[str, NoEvidence]
) -> dict[str, str | list[str]]:
    """The row's skills and background as the team file writes them: a background without licence numbers
    (importer/licences.py), and no skills or background where the cell lists none."""
    written: dict[str, str | list[str]] = {}
    skills = _get(row.cells, mapping, "skills")
    if skills and unlisted["skills"].kept(value := evidence("skills", skills), row.line):
        written["skills"] = value
    background = _get(row.cells, mapping, "background")
    if (
        background
        and unlisted["background"].kept(value := evidence("background", background), row.line)
        and (kept := numbers.background(value, row.line))
    ):
        written["background"] = kept
    return written


def _rows_read(table: Table, mapping: Mapping, out: Outcome, problems: _Cells, dates: _Dates) -> list[_Row]:
    """The rows that become people: those marked as left (by status, or by a termination date that has come), and
    those with no name or no title, are skipped."""
    rows = []
    today = dt.date.today()
    limits = CellLimits(table, mapping, problems.problems)
    for cells, line in zip(table.rows, table.lines, strict=True):
        if not limits.fit(cells, line):
            continue
        state = _state(cells, mapping.state_columns)
        if _REFUSED.search(state):
            _refuse(cells, mapping, line, _name(cells, mapping) or _get(cells, mapping, "title"), out)
            continue
        if _INACTIVE.search(state):
            _left(cells, mapping, line, _ended_on(dates.quiet(cells, "end"), dates.quiet(cells, "start")), out)
            _mark(cells, mapping, line, out)
            continue
        end = _end(cells, line, problems, dates)
        if end is not None and end <= today:
            _left(cells, mapping, line, end, out)
            out.ended.append(Ending(_name(cells, mapping), line, end))
            continue
        called, title = _called(cells, mapping), _get(cells, mapping, "title")
        name = called.name
        if not name and not title:
            out.skip_missing("no name or no title", line, "no name and no title")
        elif not title:
            out.skip_missing("no name or no title", line, f"'{clipped(name)}' has no title")
        elif not name:
            out.skip_missing("no name or no title", line, f"no name (title '{clipped(title)}')")
        else:
            kind = _state(cells, mapping.employment_columns)
            rows.append(_Row(cells, line, state, kind, name, title, called.legal, called.earlier))
            if end is not None:
                out.leaving.append(Ending(name, line, end))
    return rows


def _left(cells: tuple[str, ...], mapping: Mapping, line: int, end: dt.date | None, out: Outcome) -> None:
    """A row of someone who left: counted, their name and id kept for a merge to say why it keeps them, and their
    name, line and termination date for an accepted offer of theirs (importer/onstaff.py)."""
    out.skipped[TERMINATED] += 1
    called, row_id = _called(cells, mapping), _get(cells, mapping, "id")
    if called.name or row_id:
        out.leavers.append(Leaver(called.name, line, end, row_id, called.legal, called.earlier))


def _mark(cells: tuple[str, ...], mapping: Mapping, line: int, out: Outcome) -> None:
    """Keep the first rows skipped for their status, with the status cell that said they left, for stderr to name:
    counted alone, an 'Inactive' row dropped for good was a number nobody could check."""
    if len(out.marked) >= MAX_SHOWN:
        return
    out.marked.append(_marked(cells, mapping.state_columns, _INACTIVE, mapping, _name(cells, mapping), line))


def _marked(
    cells: tuple[str, ...], columns: tuple[int, ...], said: re.Pattern[str], mapping: Mapping, name: str, line: int
) -> Marked:
    """The row named with the first of `columns` whose cell says what `said` looks for."""
    column = next((i for i in columns if said.search(cells[i].lower())), columns[0])
    return Marked(name, line, mapping.header[column], cells[column].strip())


def _refuse(cells: tuple[str, ...], mapping: Mapping, line: int, name: str, out: Outcome) -> None:
    """A row whose offer was declined, rejected, withdrawn or rescinded: counted, and the first ones kept to name."""
    out.skipped[REFUSED] += 1
    if len(out.refused) < MAX_SHOWN:
        columns = mapping.state_columns or (mapping.columns["status"],)
        out.refused.append(_marked(cells, columns, _REFUSED, mapping, name, line))


def _outstanding(cells: tuple[str, ...], mapping: Mapping, line: int, name: str, out: Outcome) -> None:
    """An offer not accepted, nor declined: counted, and the first ones kept to name. 'Pending Approval' and
    'Approved' made an open requisition 'Open req 5 - Nurse', counted beside the jobs export's."""
    out.skipped[OUTSTANDING] += 1
    if len(out.outstanding) < MAX_SHOWN:
        out.outstanding.append(_marked(cells, (mapping.columns["status"],), _OPEN, mapping, name, line))


def _end(cells: tuple[str, ...], line: int, problems: _Cells, dates: _Dates) -> dt.date | None:
    """The row's termination date; None when it has none, or one before its hire date (an earlier employment of
    someone rehired). A value that is no date is a problem naming the row: guessing would keep someone who left,
    or drop someone on staff."""
    end = dates.checked(cells, "end", line, problems, _END_HINT)
    return _ended_on(end, dates.quiet(cells, "start"))


_END_HINT = "write it as 2026-09-30 or 09/30/2026, or leave it empty for someone still on staff"


def _ended_on(end: dt.date | None, start: dt.date | None) -> dt.date | None:
    """A row's termination date; None when it gives no date, or one before its hire date (an earlier employment
    of someone rehired)."""
    return None if end is None or (start is not None and start > end) else end


def _ftes(table: Table, mapping: Mapping, rows: list[_Row], problems: Problems) -> dict[int, float]:
    """The FTE column of the rows read, on one scale, by the row's place in `rows`."""
    index = mapping.columns.get("fte")
    if index is None:
        return {}
    cells = ((key, row.line, unspaced(row.cells[index])) for key, row in enumerate(rows) if row.cells[index].strip())
    return read_fte(table.path, mapping.header[index], cells, problems)


def _when(person: dict[str, Any], status: str, start: dt.date | None) -> None:
    """A start date still to come, or an accepted offer, makes a planned hire; anyone else is current. Current
    staff carry their hire date too, which a new file leaves out (writer.written) and a merge puts in place of a
    start the file holds (merge._start)."""
    planned = (start is not None and start > dt.date.today()) or _ACCEPTED.search(status)
    person["status"] = "planned" if planned else "current"
    if start:
        person["start"] = start


def requisition_rows(table: Table, mapping: Mapping, settled: DateColumn | None = None) -> Outcome:
    """`settled`: the order of day and month the people export's dates settle, read where this one's settle none."""
    out = Outcome(columns={key: mapping.header[index] for key, index in mapping.columns.items()})
    problems = Problems()
    limits = CellLimits(table, mapping, problems)
    cells = _Cells(table, mapping, problems)
    dates = _Dates(table, mapping, settled)
    for row, line in zip(table.rows, table.lines, strict=True):
        if not limits.fit(row, line):
            continue
        status = _get(row, mapping, "status").lower()
        title = _get(row, mapping, "title")
        team = _get(row, mapping, "team")
        req_id = _get(row, mapping, "id")
        if not title:
            why = f"requisition '{clipped(req_id)}' has no title" if req_id else "no title"
            out.skip_missing("no title", line, why)
            continue
        candidate = name_in_order(_get(row, mapping, "name"))  # as the people export's are, to be matched with them
        if _REFUSED.search(status) and _offer(row, mapping, status):
            _refuse(row, mapping, line, candidate or f"{title} {req_id}".strip(), out)
            continue
        offer = bool(status) and _of_candidate(row, mapping, status)
        if _ACCEPTED.search(status) or (offer and _SIGNED.search(status)):
            name = candidate or _clip(f"Offer accepted - {title} {req_id}".strip(), MAX_NAME)
            start = dates.checked(row, "start", line, cells, DATE_HINT)
            entry = _entry(name, req_id, title, team, "planned", start)
            if candidate and not req_id:  # nothing else tells it from a planned hire typed by hand
                entry[MARKED] = True
            out.add(entry, line)
            continue
        if offer:  # sent, pending approval, expired: no hire yet, and no opening, which the jobs export counts
            _outstanding(row, mapping, line, candidate or f"{title} {req_id}".strip(), out)
            continue
        if _CLOSED.search(status) or _NOT_YET.search(status) or (status and not _OPEN.search(status)):
            _not_open(row, mapping, (table.path, line), (title, req_id), out)
            continue
        start = dates.checked(row, "start", line, cells, DATE_HINT)
        openings = mapping.columns.get("openings")
        count = _openings(unspaced(row[openings]) if openings is not None else "", line, cells)
        if count is None:
            continue
        _add_openings(out, Openings(req_id, table.path, line, count), title, team, start)
    problems.raise_if_any()
    out.notes.extend(dates.notes())
    return out


def _add_openings(out: Outcome, req: Openings, title: str, team: str, start: dt.date | None) -> None:
    """A requisition's openings, one open person each ('REQ-7' for its only one, 'REQ-7-1', 'REQ-7-2' for two)."""
    if req.id:
        out.openings.append(req)
    if req.count == 0:
        out.skipped[NO_OPENINGS] += 1
    for n in range(req.count):
        suffix = f" #{n + 1}" if req.count > 1 else ""
        name = _clip(f"Open req {req.id or req.line}{suffix} - {title}", MAX_NAME)
        entry_id = f"{req.id}-{n + 1}" if req.id and req.count > 1 else req.id
        out.add(_entry(name, entry_id, title, team, "open", start), req.line)


def _not_open(
    row: tuple[str, ...], mapping: Mapping, where: tuple[Path, int], req: tuple[str, str], out: Outcome
) -> None:
    """A requisition its status leaves out of the plan (closed, draft, on hold, or a status import does not know):
    counted by why, the first ones kept to name, and every one with an id kept for a merge to name the file's
    requisition it closes."""
    (path, line), (title, req_id) = where, req
    status = _get(row, mapping, "status").lower()
    if _CLOSED.search(status):
        out.skipped[CLOSED] += 1
    elif _NOT_YET.search(status):
        out.skipped[NOT_YET] += 1
    else:
        out.skipped[f"requisitions with status '{status}'"] += 1
    out.not_open_rows += 1
    name = f"{title} {req_id}".strip()
    if len(out.not_open) < MAX_SHOWN:
        out.not_open.append(_marked(row, (mapping.columns["status"],), _CLOSED, mapping, name, line))
    if req_id:
        column = mapping.header[mapping.columns["status"]]
        out.not_open_ids.append(NotOpen(req_id, path, line, column, _get(row, mapping, "status")))


def _offer(row: tuple[str, ...], mapping: Mapping, status: str) -> bool:
    """Whether a requisition export's row is an offer: it names a candidate, or its status says offer, or its status
    column does ('Offer Status'). A requisition whose approval was rejected is a closed requisition, not an offer."""
    return bool(_get(row, mapping, "name")) or "offer" in status.lower() or _offer_column(mapping)


def _of_candidate(row: tuple[str, ...], mapping: Mapping, status: str) -> bool:
    """Whether a requisition export's row is a candidate's offer, to be planned or left out whole: its status column
    is an offer's ('Offer Status'), or it names a candidate and its status closes no requisition ('Pending Approval'
    under a plain 'Status' was an opening). A jobs export's status that speaks of an offer ('Open - Offer Extended',
    in its 'Job Status'), naming no one, is of a requisition still open, and one naming its hire ('Hired Candidate')
    as 'Filled' of a filled one: each was skipped as an offer not accepted yet."""
    return _offer_column(mapping) or (bool(_get(row, mapping, "name")) and not _CLOSED.search(status))


def _offer_column(mapping: Mapping) -> bool:
    return "offer" in mapping.header[mapping.columns["status"]].lower()


def _openings(raw: str, line: int, cells: _Cells) -> int | None:
    """How many openings a requisition row has: 1 when it does not say; None (and a problem) when it says what is no
    count of openings ('nan', 'inf', '-3', '2.5', '2,5'), could be two counts ('1.000': 1 or 1,000?), or is more than
    MAX_OPENINGS. Its dots, commas and spaces are read as importer/grouping.py reads pay: '1,5' was 15 openings."""
    if not raw:
        return 1
    try:
        number = find_number(raw)
    except Ungrouped:
        cells.add("openings", line, raw, "groups its digits in no way import reads", _OPENINGS_HINT)
        return None
    if number is not None and number.undecided == POINT and (number.start, number.end) == (0, len(raw)):
        small, grouped = f"{number.value / 1000:g}", f"{number.value:,.0f}"
        why = f"could be {small} or {grouped} openings: a dot may mark decimals or group thousands"
        cells.add("openings", line, raw, why, f"write {small} or {number.value:.0f}")
        return None
    if number is not None and (number.start, number.end) == (0, len(raw)):
        value = number.value  # 1,000 groups thousands, as a pay cell's does where nothing settles it
    else:
        try:
            value = float(raw)  # '-3', '+2', '.5', 'nan', 'inf': Python's own numbers
        except ValueError:
            value = math.nan
    if not math.isfinite(value):
        cells.add("openings", line, raw, "is not a number")
        return None
    if value < 0 or not value.is_integer():
        cells.add("openings", line, raw, "is not a whole number of 0 or more")
        return None
    if value > MAX_OPENINGS:
        message = f"{value:,.0f} openings on one requisition, more than the {MAX_OPENINGS:,} import writes out"
        cells.problems.add(TeamAuditError(message, file=cells.table.path, line=line))
        return None
    return int(value)


_OPENINGS_HINT = "write the number of openings in plain digits, e.g. 2"


def _check_name(name: str, table: Table, line: int, problems: Problems) -> None:
    """A name a team file accepts (model.Person), as every other value is (importer/cellsize.py): a name made of a
    first and a last name may be longer than either."""
    if len(name) > MAX_NAME:
        problems.add(
            TeamAuditError(
                f"name '{clipped(name)}' is more than the {MAX_NAME:,} characters a team file allows",
                file=table.path,
                line=line,
                hint="a pasted document? fix the export's row",
            )
        )


def _clip(text: str, limit: int) -> str:
    """A name teamaudit makes up, cut to what a team file allows."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _entry(name: str, req_id: str, title: str, team: str, status: str, start: dt.date | None) -> dict[str, Any]:
    """One team-file person from a requisition row, keys in the team file's usual order."""
    person: dict[str, Any] = {"name": name}
    if req_id:
        person["id"] = req_id
    person["title"] = title
    if team:
        person["team"] = team
    person["status"] = status
    if start:
        person["start"] = start
    return person
