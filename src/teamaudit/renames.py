"""Who in one version of a team file is who in the next: the person with the same `id`, else with the same name.

A name fixed, or changed on marriage, is not a person leaving and another joining; HRIS exports carry an employee
id for exactly this, and `import` already merges by it. Ids decide first, so a new hire who takes a name a renamed
person used to have is a new person, and two people whose ids differ are two people whatever their names.
"""

from __future__ import annotations

from collections.abc import Iterable

from teamaudit.model import Person


def matches(base: Iterable[Person], head: Iterable[Person]) -> dict[str, str]:
    """Head name -> base name, for each head person who is a base person (names are unique within a version)."""
    base = tuple(base)
    by_id = {p.id: p.name for p in base if p.id}
    found: dict[str, str] = {}
    by_name: list[Person] = []
    for p in head:
        if p.id and p.id in by_id:
            found[p.name] = by_id[p.id]
        else:
            by_name.append(p)
    taken = set(found.values())
    left = {p.name: p for p in base if p.name not in taken}
    for p in by_name:
        b = left.get(p.name)
        if b is not None and not (b.id and p.id):  # two different ids are two people
            found[p.name] = left.pop(p.name).name
    return found
