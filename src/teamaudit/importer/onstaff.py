"""Accepted offers for people the people export already lists. An ATS keeps an offer `Accepted` after the person
starts (Greenhouse's offer export does, month after month) while the HRIS lists them as staff: read as a planned
hire too, one person was counted twice and the plan gained an FTE that does not exist. The people export wins;
the offer is skipped, counted and named.

So for someone who started and has since left, whom the people export lists as terminated: their old offer made
them a planned hire again, back in the plan after they left. It is skipped too, unless it starts after they left
(after their termination date, or after today when the export gives none), which no offer they started on can: a
rehire, kept as a planned hire and named.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from teamaudit.importer.convert import LEFT, ON_STAFF, PLANNED_THERE, Leaver, Outcome
from teamaudit.model import name_key


@dataclass(frozen=True)
class OnStaff:
    name: str  # as the people export gives it
    line: int  # of their row in the people export


@dataclass(frozen=True)
class StaffOffer:
    """A skipped accepted offer of someone on staff (or planned there) that names a requisition, which a jobs export
    may still list open: the plan counted the opening and the person (offerfills.close_staff_openings)."""

    row: OnStaff  # the people export's row of the person
    hired: dt.date | None  # their hire date there
    req: str  # the offer's requisition id
    start: dt.date | None  # the offer's
    line: int  # the offer's, in its export


@dataclass(frozen=True)
class Rehire:
    leaver: Leaver
    start: dt.date  # the offer's, after they left


@dataclass
class Listed:
    """The accepted offers of people the people export lists, each with the people export's row of that person."""

    on_staff: list[OnStaff] = field(default_factory=list)  # skipped
    planned: list[OnStaff] = field(default_factory=list)  # skipped: the people export's accepted offers (Rippling's)
    left: list[Leaver] = field(default_factory=list)  # skipped
    rehired: list[Rehire] = field(default_factory=list)  # kept: they start again after they left
    with_req: list[StaffOffer] = field(default_factory=list)  # those on staff or planned there naming a requisition


def skip_listed_offers(staff: Outcome, offers: Outcome) -> Listed:
    """Take out of `offers` each accepted offer (planned) whose candidate `staff` has on staff, or has as left unless
    the offer starts after they left; names compared as name_key compares them. Two different people of one name in
    a single export are the renaming's business (importer._unique), not this."""
    listed: dict[str, tuple[OnStaff, bool, dt.date | None]] = {}  # name -> the people export's row, whether it is
    for person, line in zip(staff.people, staff.lines, strict=True):  # planned, and its hire date
        planned = person.get("status") == "planned"
        listed.setdefault(name_key(person["name"]), (OnStaff(person["name"], line), planned, person.get("start")))
    left: dict[str, Leaver] = {}
    for leaver in (leaver for leaver in staff.leavers if leaver.name):  # of one name left twice, the later leaving
        known = left.get(name_key(leaver.name))
        if known is None or _left_on(leaver) > _left_on(known):
            left[name_key(leaver.name)] = leaver
    kept: list[tuple[dict[str, Any], int]] = []
    found = Listed()
    for person, line in zip(offers.people, offers.lines, strict=True):
        key = name_key(person["name"])
        if person.get("status") != "planned":
            kept.append((person, line))
        elif key in listed:
            row, planned, hired = listed[key]
            (found.planned if planned else found.on_staff).append(row)
            if person.get("id"):
                found.with_req.append(StaffOffer(row, hired, person["id"], person.get("start"), line))
        elif key in left and not _starts_after(person.get("start"), left[key]):
            found.left.append(left[key])
        else:
            if key in left:
                found.rehired.append(Rehire(left[key], person["start"]))
            kept.append((person, line))
    offers.people[:] = [person for person, _ in kept]
    offers.lines[:] = [line for _, line in kept]
    for reason, skipped in ((ON_STAFF, found.on_staff), (PLANNED_THERE, found.planned), (LEFT, found.left)):
        if skipped:
            offers.skipped[reason] += len(skipped)
    return found


def _starts_after(start: dt.date | None, leaver: Leaver) -> bool:
    return start is not None and start > _left_on(leaver)


def _left_on(leaver: Leaver) -> dt.date:
    """When they left: their termination date, else today at the latest."""
    return leaver.end or dt.date.today()
