"""`--redact`: stable pseudonyms for names, no ids and no per-person pay, in every format.

Redaction happens on the roster, before classification, so no message, recommendation or format can
see a real name. Pseudonyms follow the order of the file ("Person 01", "Person 02", ...), so the same
file always gives the same pseudonyms. Pay totals are computed before redaction and kept.
"""

from __future__ import annotations

from dataclasses import replace

from teamaudit.roster import Roster


def redact(roster: Roster) -> Roster:
    return redact_together(roster)[0]


def redact_together(*rosters: Roster) -> tuple[Roster, ...]:
    """Redact several versions of one team with one pseudonym per name, so `diff` still matches people."""
    names: dict[str, str] = {}
    for roster in rosters:
        for person in roster.people:
            names.setdefault(person.name, "")
    width = max(2, len(str(len(names))))
    for i, name in enumerate(names, start=1):
        names[name] = f"Person {i:0{width}d}"
    return tuple(
        replace(roster, people=tuple(replace(p, name=names[p.name], id=None, cost=None) for p in roster.people))
        for roster in rosters
    )
