"""Who is the same person in two versions of a team file though their name changed: the one with the same `id`.

A name fixed, or changed on marriage, is not a person leaving and another joining; HRIS exports carry an employee
id for exactly this, and `import` already merges by it.
"""

from __future__ import annotations

from collections.abc import Iterable

from teamaudit.model import Person


def renames(base: Iterable[Person], head: Iterable[Person]) -> dict[str, str]:
    """Head name -> base name, for each id that both versions give, to people of different names."""
    before = {p.id: p.name for p in base if p.id}
    return {p.name: before[p.id] for p in head if p.id and p.id in before and before[p.id] != p.name}
