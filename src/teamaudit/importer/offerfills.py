"""Accepted offers for an opening a jobs export still lists. An ATS keeps a requisition open, its opening counted,
until its hire starts, while its offer export lists the accepted offer with the requisition's id: read as both, the
plan counted the role twice (`Open req REQ-12 - Senior ML Engineer` beside the planned hire `Alex Moreno`), and the
two records' one id was kept on whichever the order of the --reqs exports read first. An accepted offer fills an
opening of its requisition: one record, the planned hire, keeping the requisition's id, whatever the order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from teamaudit.importer.convert import Outcome
from teamaudit.importer.onstaff import StaffOffer


@dataclass(frozen=True)
class Fill:
    name: str  # the hire's
    req: str  # the requisition's id
    offer: tuple[Path, int]  # the offer's export and line
    opening: tuple[Path, int]  # the jobs export's and the requisition's line there


@dataclass(frozen=True)
class StaffFill:
    """An opening a jobs export still lists for the accepted offer of someone on staff: closed, or kept and why."""

    offer: StaffOffer
    path: Path  # the offer's export
    opening: tuple[Path, int]  # the jobs export's and the requisition's line there
    took: dt.date | None  # when the person took the role: the later of their hire date and the offer's start
    closed: bool


def fill_openings(exports: Sequence[tuple[Path, Outcome]]) -> list[Fill]:
    """Take out of the requisition exports one open person of a requisition for each accepted offer (planned) with
    its id, the last of its openings ('REQ-12-2' of two, so 'REQ-12-1' stays what it was), whose id the hire takes,
    and count one opening fewer, as a later merge compares the file's openings with it. An offer beyond the openings
    fills none."""
    where = _where(exports)
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
        opening = _take(jobs, place)
        if opening is None:  # every opening of it filled by the offers before
            continue
        if "team" not in person and "team" in opening:  # an offer export seldom gives the department
            _with_team(person, opening["team"])
        person["id"] = opening["id"]  # the opening's: unique where offers share a requisition's
        fills.append(Fill(person["name"], req.id, offer, (jobs_path, req.line)))
    return fills


def close_staff_openings(
    exports: Sequence[tuple[Path, Outcome]], offers: Sequence[tuple[Path, StaffOffer]], today: dt.date
) -> list[StaffFill]:
    """Close the opening a jobs export still lists for each skipped accepted offer of someone on staff: the plan
    counted the person and the role they move into (a transfer) or come back to (a rehire). An ATS keeps an opening
    open until its hire starts (module docstring), so the opening is theirs while they have not taken the role:
    the later of their hire date and the offer's start is still to come. Once that day is past, an opening still
    open is another hire's (the requisition re-used, as evergreen ones are), and it is kept; so is one where neither
    date is given, as nothing says whose it is."""
    where = _where(exports)
    fills: list[StaffFill] = []
    for path, offer in offers:
        found = where.get(offer.req)
        if found is None:
            continue
        jobs_path, jobs = exports[found[0]]
        line = jobs.openings[found[1]].line
        took = max((day for day in (offer.hired, offer.start) if day is not None), default=None)
        closed = took is not None and took > today and _take(jobs, found[1]) is not None
        fills.append(StaffFill(offer, path, (jobs_path, line), took, closed))
    return fills


def _where(exports: Sequence[tuple[Path, Outcome]]) -> dict[str, tuple[int, int]]:
    """Requisition id -> its export, and its place in that export's openings: the first export listing it."""
    where: dict[str, tuple[int, int]] = {}
    for number, (_, outcome) in enumerate(exports):
        for place, req in enumerate(outcome.openings):
            where.setdefault(req.id, (number, place))
    return where


def _take(jobs: Outcome, place: int) -> dict[str, Any] | None:
    """Take the last open person of the requisition at `place` of `jobs`'s openings out of it, counting one opening
    fewer; None when every opening of it is taken already."""
    req = jobs.openings[place]
    of_req = (i for i, line in enumerate(jobs.lines) if line == req.line and _open(jobs.people[i]))
    opening = max(of_req, default=None)  # its row's openings, one open person each
    if opening is None:
        return None
    person = jobs.people.pop(opening)
    del jobs.lines[opening]
    jobs.openings[place] = replace(req, count=req.count - 1)
    return person


def _open(person: dict[str, Any]) -> bool:
    return person.get("status") == "open" and bool(person.get("id"))


def _with_team(person: dict[str, Any], team: str) -> None:
    """`person` given a team after its title, where a team file writes it."""
    head: dict[str, Any] = {key: person[key] for key in ("name", "id", "title") if key in person}
    ordered: dict[str, Any] = {**head, "team": team, **person}
    person.clear()
    person.update(ordered)
