"""Accepted offers for an opening a jobs export still lists. An ATS keeps a requisition open, its opening counted,
until its hire starts, while its offer export lists the accepted offer with the requisition's id: read as both, the
plan counted the role twice (`Open req REQ-12 - Senior ML Engineer` beside the planned hire `Alex Moreno`), and the
two records' one id was kept on whichever the order of the --reqs exports read first. An accepted offer fills an
opening of its requisition: one record, the planned hire, keeping the requisition's id, whatever the order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from teamaudit.importer.convert import Outcome


@dataclass(frozen=True)
class Fill:
    name: str  # the hire's
    req: str  # the requisition's id
    offer: tuple[Path, int]  # the offer's export and line
    opening: tuple[Path, int]  # the jobs export's and the requisition's line there


def fill_openings(exports: Sequence[tuple[Path, Outcome]]) -> list[Fill]:
    """Take out of the requisition exports one open person of a requisition for each accepted offer (planned) with
    its id, the last of its openings ('REQ-12-2' of two, so 'REQ-12-1' stays what it was), whose id the hire takes,
    and count one opening fewer, as a later merge compares the file's openings with it. An offer beyond the openings
    fills none."""
    where: dict[str, tuple[int, int]] = {}  # requisition id -> its export, and its place in that export's openings
    for number, (_, outcome) in enumerate(exports):
        for place, req in enumerate(outcome.openings):
            where.setdefault(req.id, (number, place))
    offers = [
        (person, found, (path, line))
        for path, outcome in exports
        for person, line in zip(outcome.people, outcome.lines, strict=True)
        if person.get("status") == "planned" and (found := where.get(person.get("id") or "")) is not None
    ]
    fills: list[Fill] = []
    for person, (number, place), offer in offers:  # each offer's export read whole before any opening goes
        jobs_path, jobs = exports[number]
        req = jobs.openings[place]
        of_req = (i for i, line in enumerate(jobs.lines) if line == req.line and _open(jobs.people[i]))
        opening = max(of_req, default=None)  # its row's openings, one open person each
        if opening is None:  # every opening of it filled by the offers before
            continue
        if "team" not in person and "team" in jobs.people[opening]:  # an offer export seldom gives the department
            _with_team(person, jobs.people[opening]["team"])
        person["id"] = jobs.people[opening]["id"]  # the opening's: unique where offers share a requisition's
        del jobs.people[opening], jobs.lines[opening]
        jobs.openings[place] = replace(req, count=req.count - 1)
        fills.append(Fill(person["name"], req.id, offer, (jobs_path, req.line)))
    return fills


def _open(person: dict[str, Any]) -> bool:
    return person.get("status") == "open" and bool(person.get("id"))


def _with_team(person: dict[str, Any], team: str) -> None:
    """`person` given a team after its title, where a team file writes it."""
    head: dict[str, Any] = {key: person[key] for key in ("name", "id", "title") if key in person}
    ordered: dict[str, Any] = {**head, "team": team, **person}
    person.clear()
    person.update(ordered)
