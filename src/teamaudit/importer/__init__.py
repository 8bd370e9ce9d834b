"""`teamaudit import`: HRIS and ATS exports -> a team file. Read, map columns, convert, then write a new
file or merge into the existing one."""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.importer.columns import Mapping, detect
from teamaudit.importer.convert import (
    EMPLOYMENT_RULE,
    FTE_RULE,
    Outcome,
    people_rows,
    requisition_rows,
)
from teamaudit.importer.headernames import check_names
from teamaudit.importer.headings import under_headings
from teamaudit.importer.offerfills import close_staff_openings, fill_openings
from teamaudit.importer.offermark import MARKED
from teamaudit.importer.onstaff import Listed, skip_listed_offers
from teamaudit.importer.summary import (
    Columns,
    ending_lines,
    examples_lines,
    filled_lines,
    fte_lines,
    listed_lines,
    marked_lines,
    merge_lines,
    missing_lines,
    not_open_lines,
    outstanding_lines,
    refused_lines,
    renamed_line,
    repeated_ids_lines,
    skipped_comments,
    source_line,
    staff_fill_lines,
    status_lines,
    unlisted,
)
from teamaudit.importer.table import Table, on_first_sheet, read_table
from teamaudit.importer.unseen import readable
from teamaudit.importer.vaguehours import vague_hours, vague_hours_line
from teamaudit.importer.writer import render
from teamaudit.model import name_key
from teamaudit.render.escape import shell_word
from teamaudit.render.escape import text as shown
from teamaudit.starter import STARTER_REPLACED, examples_left, unedited_starter
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES, read_bytes


@dataclass(frozen=True)
class Imported:
    text: str
    notes: tuple[str, ...]  # what was read, for stderr
    original: bytes | None = None  # the existing team file merged into, as it was read
    changed: bool = True
    # What the written file holds (added, updated, kept, the counts), for stderr once it is written: `added 3,000`
    # was said before a write that then failed.
    outcome: tuple[str, ...] = ()
    # The notes and outcome of a --dry-run, each person named at their line in the file as it stays (a merge's name
    # them at their lines in the file written); None where they are the same (a new file's)
    unwritten: tuple[tuple[str, ...], tuple[str, ...]] | None = None

    def told(self, dry_run: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The notes and the outcome stderr says, of a run that writes the file or of a --dry-run."""
        return self.unwritten if dry_run and self.unwritten else (self.notes, self.outcome)


# a --reqs export: its path, table, columns, rows, and (the line saying what it lists, the offers staff has)
_ReadRequisitions = tuple[Path, Table, Mapping, Outcome, tuple[str, Listed]]


@dataclass
class _Read:
    outcome: Outcome
    notes: list[str]
    comments: list[str]
    # the lines on who has no FTE, by the team file merged into and the fte it gives the rows giving none
    sizing: Callable[[Path | None, dict[int, tuple[int, float]]], list[str]]
    sizing_at: int  # where in `notes` they go
    columns: Columns  # each export's column names, from the first of its rows in `outcome.people`

    def notes_into(self, into: Path | None, file_fte: dict[int, tuple[int, float]] | None = None) -> list[str]:
        """The notes on reading the exports, said of a new file or of a merge into `into`, which gives the rows of
        `file_fte` an fte below 1 (MergeSummary.file_fte)."""
        return [*self.notes[: self.sizing_at], *self.sizing(into, file_fte or {}), *self.notes[self.sizing_at :]]


def parse_map(items: Iterable[str]) -> dict[str, str]:
    """`--map title="Job Title"` options as {field: column}; a later option for the same field wins."""
    overrides: dict[str, str] = {}
    for item in items:
        field, sep, column = item.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise TeamAuditError(f'--map {item!r}: write it as field="Column name"')
        overrides[field.strip()] = column.strip().strip('"')
    return overrides


def import_files(
    people: Path,
    *,
    reqs: list[Path] | None = None,
    overrides: dict[str, str] | None = None,
    with_cost: bool = False,
    into: Path | None = None,
    organization: str | None = None,
    remove_missing: bool = False,
    assume_fte: dict[str, float] | None = None,
) -> Imported:
    reqs = reqs or []
    if into is not None:
        _not_an_export(into, [people, *reqs])
    read = _read_sources(people, reqs, overrides or {}, with_cost, assume_fte or {})
    rows = read.outcome.people
    original = _existing(into) if into is not None else None
    starter = original is not None and unedited_starter(original.decode("utf-8-sig"))
    if original is None or not original.strip() or starter:
        outcome = status_lines((p.get("status", "current"), p.get("fte", 1.0)) for p in rows)
        if starter:
            outcome.append(f"{into}: {STARTER_REPLACED}")
        if not organization:  # exports do not say whose they are; a report would be titled for 'your team'
            outcome.append("no organization written: pass --organization NAME, which reports name on their cover")
        text = render(rows, organization=organization, comments=read.comments, currency=read.outcome.currency)
        return Imported(text, tuple(read.notes_into(None)), original, outcome=tuple(outcome))
    from teamaudit.importer.merge import merge_into

    assert into is not None
    covered = frozenset({"current"} | ({"planned", "open"} if reqs else set()))
    merged = merge_into(
        into,
        original.decode("utf-8-sig"),
        rows,
        covered=covered,
        remove_missing=remove_missing,
        organization=organization,
        leavers=read.outcome.leavers,
        guessed=read.outcome.guessed,
        legal_names=read.outcome.legal_names,
        earlier_names=read.outcome.earlier_names,
        not_open=(*read.outcome.not_open_ids, *read.outcome.openings),
        ids=read.outcome.ids,
        employments=read.outcome.employments,
    )
    _same_currency(people, into, read.outcome.currency, merged.roster.currency)
    counts = [
        *status_lines(
            ((p.status.value, p.fte) for p in merged.roster.people),
            unlisted(merged.summary, ((p.name, p.status.value) for p in merged.roster.people)),
        ),
        *examples_lines(into, examples_left(merged.roster.people)),
    ]
    written, unwritten = (
        (*merge_lines(into, merged.summary, people, read.columns, written=done), *counts) for done in (True, False)
    )
    bom = "\ufeff" if original.startswith(codecs.BOM_UTF8) else ""  # decoding took it off; the file keeps it
    moved, file_fte = merged.summary.moved, merged.summary.file_fte
    notes = tuple(read.notes_into(into, {row: (moved.get(line, line), fte) for row, (line, fte) in file_fte.items()}))
    dry = (tuple(read.notes_into(into, file_fte)), unwritten)
    return Imported(bom + merged.text, notes, original, merged.summary.changed, written, dry)


def _same_currency(people: Path, into: Path, cells: str | None, file: str | None) -> None:
    """Pay merged into a team file in another currency (none is the rubric's, USD) would be reported in that one."""
    if cells is not None and cells != (file or "USD"):
        said = f"its cost is in {file}" if file else "it names no currency: its cost is read as the rubric's USD"
        raise TeamAuditError(
            f"the pay in {people} is in {cells}, and {said}",
            file=into,
            hint=f"write currency: {cells} at the top of {into.name} if its costs are in it, or import without --cost",
        )


def _read_sources(
    people: Path, reqs: list[Path], overrides: dict[str, str], with_cost: bool, assume: dict[str, float]
) -> _Read:
    table = under_headings(read_table(people))
    mapping = _detected(table, overrides, "people")
    unread_hours = vague_hours(mapping.unused())
    unused = _unused(people, mapping, unread_hours)  # pay left out without --cost is a choice, not a column missed
    if not with_cost and "cost" in mapping.columns:
        mapping = replace(mapping, columns={k: v for k, v in mapping.columns.items() if k != "cost"})
    table = readable(table, mapping)
    read_notes = _table_notes(table, mapping)
    layout = f" ({mapping.layout} layout)" if mapping.layout else ""
    outcome = people_rows(table, mapping, with_cost=with_cost, assume=assume)
    staff = outcome
    notes = [*read_notes, f"{people}: columns{layout}: {mapping.describe()}", *unused]
    notes.append(source_line(people, outcome, table.blank_rows))
    notes += missing_lines(people, outcome) + marked_lines(people, outcome) + refused_lines(people, outcome)
    notes += ending_lines(people, outcome)
    notes += [f"{people}: {note}" for note in outcome.notes]
    has_column = bool({"fte", "hours"} & mapping.columns.keys())
    sizing = partial(fte_lines, people, outcome, assume, has_column=has_column, unread_hours=unread_hours)
    sizing_at = len(notes)
    comments = [f"From {people.name}{layout}: {mapping.describe()}."]
    empty = [] if table.rows else [table]
    columns: list[tuple[int, dict[str, str]]] = [(0, outcome.columns)]
    read_reqs = [_read_requisitions(path, staff) for path in reqs]
    # Every export read before an offer fills its opening, which may be in an export named after it
    exports = [(path, req_outcome) for path, _, _, req_outcome, _ in read_reqs]
    fills = fill_openings(exports)
    of_staff = [(path, offer) for path, _, _, _, (_, listed) in read_reqs for offer in listed.with_req]
    staff_fills = close_staff_openings(exports, of_staff, dt.date.today())
    for path, req_table, req_mapping, req_outcome, (read, listed) in read_reqs:
        notes += _table_notes(req_table, req_mapping)
        req_layout = f" ({req_mapping.layout} layout)" if req_mapping.layout else ""
        notes += [
            f"{path}: columns{req_layout}: {req_mapping.describe()}",
            *([f"{path}: {req_mapping.read_as}"] if req_mapping.read_as else []),
            read,
            *missing_lines(path, req_outcome),
            *refused_lines(path, req_outcome),
            *outstanding_lines(path, req_outcome),
            *not_open_lines(path, req_outcome),
            *[f"{path}: {note}" for note in req_outcome.notes],
            *listed_lines(path, people, listed),
        ]
        comments.append(f"Requisitions from {path.name}{req_layout}: {req_mapping.describe()}.")
        empty += [] if req_table.rows else [req_table]
        columns.append((len(outcome.people), req_outcome.columns))
        outcome = replace(
            outcome,
            people=outcome.people + req_outcome.people,
            lines=outcome.lines + req_outcome.lines,
            skipped=outcome.skipped + req_outcome.skipped,
            not_open_ids=outcome.not_open_ids + req_outcome.not_open_ids,
            openings=outcome.openings + req_outcome.openings,
        )
    notes += filled_lines(fills) + staff_fill_lines(people, staff_fills)
    if not outcome.people:
        raise _nobody(table, empty, 1 + len(reqs))
    renamed_people, unnumbered = _unique(outcome)
    renamed = renamed_line(renamed_people)
    notes += [renamed] if renamed else []
    notes += repeated_ids_lines(unnumbered)
    comments += [FTE_RULE + ".", EMPLOYMENT_RULE + "."]
    if not with_cost:
        comments.append("Pay left out (personal data); import with --cost to include it.")
    comments += skipped_comments(outcome)
    comments += [renamed + "."] if renamed else []
    return _Read(
        outcome,
        notes,
        comments,
        lambda into, kept: sizing(merged_into=into, file_fte=kept),
        sizing_at,
        Columns(columns, outcome.fte_cells),
    )


def _read_requisitions(path: Path, staff: Outcome) -> _ReadRequisitions:
    """One --reqs export read, with the line saying what it lists (before an offer fills an opening) and the
    offers it lists for people the staff export already has."""
    table = under_headings(read_table(path))
    mapping = _detected(table, {}, "reqs")
    table = readable(table, mapping)
    outcome = requisition_rows(table, mapping, staff.date_order)
    listed = skip_listed_offers(staff, outcome)
    return path, table, mapping, outcome, (source_line(path, outcome, table.blank_rows), listed)


def _table_notes(table: Table, mapping: Mapping) -> list[str]:
    """What reading the export assumed or left out (its encoding, columns with no name or a repeated one), each
    on a line naming the file; an error for a repeated name import reads."""
    return [f"{table.path}: {note}" for note in (*table.notes, *check_names(table, mapping))]


def _detected(table: Table, overrides: dict[str, str], kind: str) -> Mapping:
    """Which column holds which field, or why none is the job title, saying so of a workbook's first sheet."""
    try:
        return detect(table, overrides, kind=kind)
    except TeamAuditError as exc:
        raise on_first_sheet(table.sheets, exc) from None


def _nobody(people: Table, empty: list[Table], sources: int) -> TeamAuditError:
    """Why there is no one to import: the exports hold no rows, or every row was skipped."""
    if len(empty) == sources:
        what = "the file has a header and no rows" if sources == 1 else "every export has a header and no rows"
        return TeamAuditError(f"no people to import: {what}", file=people.path, line=people.header_line)
    return TeamAuditError("no people to import: every row was skipped", file=people.path)


def _unused(path: Path, mapping: Mapping, unread_hours: list[str]) -> list[str]:
    """The export's columns nothing was read from: a department or hours column under a name teamaudit does not
    know would otherwise vanish without a word. Columns of hours get their own line, saying why."""
    unused = [name for name in mapping.unused() if name not in unread_hours]
    lines = [vague_hours_line(path, unread_hours)] if unread_hours else []
    if not unused:
        return lines
    names = ", ".join(f"'{shown(name)}'" for name in unused)
    # An argument the shell reads back as the first column's name, however it is written or shown (vaguehours.py):
    # `--map FIELD="Column"` left the user to type a name holding an escape, which no one can.
    example = shown(shell_word(f"FIELD={unused[0]}"))
    return [f"{path}: not read: {names} (--map {example} reads the first as FIELD: team, fte, hours...)", *lines]


def _not_an_export(into: Path, exports: list[Path]) -> None:
    for export in exports:
        if into.exists() and export.exists() and into.samefile(export):
            raise TeamAuditError("-o names one of the exports being imported; give the team file", file=into)


def _existing(into: Path) -> bytes | None:
    """The team file to merge into, as bytes; None when there is none yet."""
    if not into.exists() and not into.is_symlink():
        return None
    if not into.is_file():
        raise TeamAuditError("not a regular file; import writes a team file", file=into)
    raw = read_bytes(into, DEFAULT_MAX_BYTES)
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        from teamaudit.yamlread.yamlstream import utf8_error

        raise utf8_error(into, raw, exc) from None
    return raw


def write(result: Imported, output: Path) -> str:
    """Write the imported team file to `output`; a note on what was written, for stderr."""
    from teamaudit.atomic import write_atomic
    from teamaudit.importer.save import replace_with_backup

    if result.original is None:
        write_atomic(output, result.text)
        return f"{output}: written"
    if not result.changed:
        return f"{output}: nothing to change; not written"
    backup = replace_with_backup(output, result.text, result.original)
    return f"{output}: written; the previous version is in {backup}"


def _unique(outcome: Outcome) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Names and ids must be unique in a team file; disambiguate repeats the way a person would. Each renaming,
    as (name, new name), and each person written without the id an earlier row has, as (name, id): dropped unsaid,
    it hid two employees sharing an id, and left an accepted offer of a requisition's id looking typed by hand."""
    renamed = []
    unnumbered = []
    seen: dict[str, int] = {}
    taken = {name_key(person["name"]) for person in outcome.people}
    ids: set[str] = set()
    for person in outcome.people:
        name, key = person["name"], name_key(person["name"])  # 'Ann Lee' and 'ann  lee' are one name to check
        if key in seen:
            seen[key] += 1
            # The id first; when three openings share a requisition id, the second and third took the same name.
            by_id = [f"{name} ({person['id']})"] if person.get("id") else []
            numbered = (f"{name} ({n})" for n in itertools.count(seen[key]))
            person["name"] = next(c for c in itertools.chain(by_id, numbered) if name_key(c) not in taken)
            taken.add(name_key(person["name"]))
            renamed.append((name, person["name"]))
        else:
            seen[key] = 1
        if "id" in person:
            if person["id"] in ids:
                unnumbered.append((person["name"], person.pop("id")))
                if person.get("status") == "planned":  # what told it from a planned hire typed by hand
                    person[MARKED] = True
            else:
                ids.add(person["id"])
    return renamed, unnumbered
