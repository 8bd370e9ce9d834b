"""Accepted offers for people the people export already lists. An ATS keeps an offer `Accepted` after the person
starts (Greenhouse's offer export does, month after month) while the HRIS lists them as staff: read as a planned
hire too, one person was counted twice and the plan gained an FTE that does not exist. The people export wins;
the offer is skipped, counted and named."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from teamaudit.importer.convert import Outcome
from teamaudit.model import name_key

ON_STAFF = "accepted offers already on staff"  # the reason such rows are counted under


@dataclass(frozen=True)
class OnStaff:
    name: str  # as the people export gives it
    line: int  # of their row in the people export


def skip_offers_on_staff(staff: Outcome, offers: Outcome) -> list[OnStaff]:
    """Take out of `offers` each accepted offer (planned) whose candidate `staff` has, by name as name_key compares
    them; each one taken out, with the people export's line of that person. Two different people of one name in a
    single export are the renaming's business (importer._unique), not this."""
    listed: dict[str, OnStaff] = {}
    for person, line in zip(staff.people, staff.lines, strict=True):
        listed.setdefault(name_key(person["name"]), OnStaff(person["name"], line))
    kept: list[tuple[dict[str, Any], int]] = []
    skipped: list[OnStaff] = []
    for person, line in zip(offers.people, offers.lines, strict=True):
        found = listed.get(name_key(person["name"]))
        if person.get("status") == "planned" and found is not None:
            skipped.append(found)
        else:
            kept.append((person, line))
    offers.people[:] = [person for person, _ in kept]
    offers.lines[:] = [line for _, line in kept]
    if skipped:
        offers.skipped[ON_STAFF] += len(skipped)
    return skipped
