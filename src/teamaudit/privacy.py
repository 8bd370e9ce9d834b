"""`--redact`: stable pseudonyms for names, no ids and no per-person pay, in every format.

Redaction happens on the roster, before classification, so no message, recommendation or format can
see a real name. Pseudonyms follow the order of the file ("Person 01", "Person 02", ...), so the same
file always gives the same pseudonyms. Pay totals are computed before redaction and kept.
"""

from __future__ import annotations

from teamaudit.roster import Roster


def redact(roster: Roster) -> Roster:
    width = max(2, len(str(len(roster.people))))
    people = tuple(
        person.model_copy(update={"name": f"Person {i:0{width}d}", "id": None, "cost": None})
        for i, person in enumerate(roster.people, start=1)
    )
    return roster.model_copy(update={"people": people})
