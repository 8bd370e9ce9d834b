"""`teamaudit import`: HRIS and ATS exports -> a team file. Read, map columns, convert, write."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.importer.columns import detect
from teamaudit.importer.convert import FTE_RULE, Outcome, people_rows, requisition_rows
from teamaudit.importer.table import read_table
from teamaudit.importer.writer import merge, render


@dataclass(frozen=True)
class Imported:
    text: str
    notes: tuple[str, ...]  # what was done, for stderr


def import_files(
    people: Path,
    *,
    reqs: Path | None = None,
    overrides: dict[str, str] | None = None,
    with_cost: bool = False,
    into: Path | None = None,
    organization: str | None = None,
) -> Imported:
    notes: list[str] = []
    comments: list[str] = []
    table = read_table(people)
    mapping = detect(table, overrides or {}, kind="people")
    if not with_cost and "cost" in mapping.columns:
        mapping = replace(mapping, columns={k: v for k, v in mapping.columns.items() if k != "cost"})
    layout = f" ({mapping.layout} layout)" if mapping.layout else ""
    notes.append(f"{people}: columns{layout}: {mapping.describe()}")
    comments.append(f"From {people.name}{layout}: {mapping.describe()}.")
    outcome = people_rows(table, mapping, with_cost=with_cost)
    if reqs is not None:
        req_table = read_table(reqs)
        req_mapping = detect(req_table, {}, kind="reqs")
        req_layout = f" ({req_mapping.layout} layout)" if req_mapping.layout else ""
        notes.append(f"{reqs}: columns{req_layout}: {req_mapping.describe()}")
        comments.append(f"Requisitions from {reqs.name}{req_layout}: {req_mapping.describe()}.")
        req_outcome = requisition_rows(req_table, req_mapping)
        outcome = Outcome(outcome.people + req_outcome.people, outcome.skipped + req_outcome.skipped)
    if not outcome.people:
        raise TeamAuditError("no people to import: every row was skipped", file=people)
    _unique(outcome)
    comments.append(FTE_RULE + ".")
    if not with_cost:
        comments.append("Pay left out (personal data); import with --cost to include it.")
    for reason, count in sorted(outcome.skipped.items()):
        notes.append(f"skipped {count} row(s): {reason}")
        comments.append(f"Skipped {count} row(s): {reason}.")
    rows = outcome.people
    if into is not None and into.exists():
        rows, kept = merge(into, rows)
        notes.append(f"kept hand-written layer/background/skills for {kept} person(s) from {into}")
    notes.append(f"imported {len(rows)} people ({sum(1 for p in rows if p.get('status') == 'open')} open requisitions)")
    return Imported(render(rows, organization=organization, comments=comments), tuple(notes))


def _unique(outcome: Outcome) -> None:
    """Names and ids must be unique in a team file; disambiguate repeats the way a person would."""
    seen: dict[str, int] = {}
    ids: set[str] = set()
    for person in outcome.people:
        name = person["name"]
        if name in seen:
            seen[name] += 1
            person["name"] = f"{name} ({person.get('id') or seen[name]})"
        else:
            seen[name] = 1
        if "id" in person:
            if person["id"] in ids:
                del person["id"]
            else:
                ids.add(person["id"])
