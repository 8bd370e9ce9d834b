"""Who in one version of a team file is who in the next.

Two things tie a person across versions: the same `id`, and the same name (case, spacing and invisible characters
aside, as a team file's names must differ; then accents too, as import and explain fold them, namefolding.py).
Mostly they agree, or one of them is missing. A name fixed or changed on marriage keeps its id: a rename. An id
changed under the same name (an HRIS migration re-keys every id) keeps the name: an id
change, when neither id ties either person to anyone else.

When they disagree (two people swap ids or names, a new hire takes a renamed person's old name), each person has at
most one partner by id and one by name on the other side, so the people they tie form a chain, and a chain can be
paired two ways: by its ids or by its names. The records decide: the pairing under which more paired people keep
their title, then more of the rest of their record. When the records cannot tell, the chain is paired by id and
marked unsure; everyone in it has one identity, the chain's, so no finding about them appears or resolves on a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from teamaudit.invisible import without_invisible
from teamaudit.model import Person, name_key
from teamaudit.namefolding import fold_name
from teamaudit.surnamefirst import first_name_first

# What else a record says about whom it describes; each counts when both sides say it and say the same.
_RECORD = ("team", "skills", "background", "layer", "employment", "start", "cost")


@dataclass(frozen=True)
class Matching:
    same: dict[str, str]  # head name -> base name of the same person
    unsure_base: dict[str, int] = field(default_factory=dict)  # base name -> its unsure chain
    unsure_head: dict[str, int] = field(default_factory=dict)

    def base_identity(self, name: str) -> str:
        """Who a base person is, for comparing findings: their name, or their unsure chain."""
        chain = self.unsure_base.get(name)
        return name if chain is None else _chain(chain)

    def head_identity(self, name: str) -> str:
        """Who a head person is in base terms: the base name, their unsure chain, or a name no base person has."""
        chain = self.unsure_head.get(name)
        if chain is not None:
            return _chain(chain)
        return self.same.get(name, "\0new " + name)

    def shown(self, base: Mapping[str, str], head: Mapping[str, str]) -> Matching:
        """The same matching between the names the reports show (`base`, `head`: each side's name -> shown)."""
        return Matching(
            {head[later]: base[earlier] for later, earlier in self.same.items()},
            {base[name]: chain for name, chain in self.unsure_base.items()},
            {head[name]: chain for name, chain in self.unsure_head.items()},
        )


def _chain(number: int) -> str:
    return f"\0unsure {number}"


def matches(base: Iterable[Person], head: Iterable[Person]) -> Matching:
    before, after = tuple(base), tuple(head)
    by_id = {p.id: i for i, p in enumerate(before) if p.id}
    by_name = _Names(before, after)
    by_ids: list[tuple[int, int]] = []  # (base index, head index)
    by_names: list[tuple[int, int]] = []
    for j, p in enumerate(after):
        i = by_id.get(p.id) if p.id else None
        k = i if i is not None and before[i].name == p.name else by_name.get(p.name)
        if i is not None:
            by_ids.append((i, j))
        if k is not None and k != i:
            by_names.append((k, j))
    # A tie whose two people have no tie of the other kind is the whole story; the rest form chains to settle.
    named = {i for i, _ in by_names}, {j for _, j in by_names}
    keyed = {i for i, _ in by_ids}, {j for _, j in by_ids}
    lone = [tie for ties, other in ((by_ids, named), (by_names, keyed)) for tie in ties if not _crosses(tie, other)]
    matching = Matching({after[j].name: before[i].name for i, j in lone})
    crossed = [tie for tie in by_ids if _crosses(tie, named)], [tie for tie in by_names if _crosses(tie, keyed)]
    for number, (ids, names) in enumerate(_chains(*crossed), start=1):
        kept = _kept(before, after, ids, names)
        for i, j in names if kept < (0, 0) else ids:
            matching.same[after[j].name] = before[i].name
        if kept == (0, 0):
            for i, j in (*ids, *names):
                matching.unsure_base[before[i].name] = matching.unsure_head[after[j].name] = number
    return matching


def _crosses(tie: tuple[int, int], other: tuple[set[int], set[int]]) -> bool:
    """Whether either person of a tie has a tie of the other kind (`other`: the base and head people who do)."""
    return tie[0] in other[0] or tie[1] in other[1]


class _Names:
    """The base people by name: as written, else as a team file's names are compared, else without accents (`Jose
    Perez` is the `José Pérez` an export without accents writes) when that names one person on each side, else given
    name first (an import writes 'Lee, Ann, RN' as 'Ann Lee, RN'), when that names one base person only, else with a
    hyphenated surname's part gained or lost (`Ana Lopez-Garcia`), when that ties one person on each side (built only
    when needed)."""

    def __init__(self, people: Sequence[Person], head: Sequence[Person] = ()) -> None:
        self.people = people
        self.head = head
        self.exact: dict[str, int] | None = None
        self.keyed: dict[str, int] | None = None
        self.plain: dict[str, int | None] | None = None
        self.plain_head: dict[str, int] | None = None
        self.reordered: dict[str, int | None] | None = None
        self.hyphened: tuple[dict[str, set[int]], dict[str, set[str]]] | None = None  # a surname form -> base, head

    def get(self, name: str) -> int | None:
        if self.exact is None:
            self.exact = {p.name: i for i, p in enumerate(self.people)}
        found = self.exact.get(name)
        if found is not None:
            return found
        if self.keyed is None:
            self.keyed = {_name(p.name): i for i, p in enumerate(self.people)}
        found = self.keyed.get(_name(name))
        if found is not None:
            return found
        found = self._unaccented(name)
        if found is not None:
            return found
        if self.reordered is None:
            self.reordered = {}
            for i, p in enumerate(self.people):
                key = _name(first_name_first(p.name))
                self.reordered[key] = None if key in self.reordered else i  # two people: neither
        found = self.reordered.get(_name(first_name_first(name)))
        return found if found is not None else self._hyphened(name)

    def _hyphened(self, name: str) -> int | None:
        """The base person whose surname gained or lost a hyphenated part (`Ana Lopez` -> `Ana Lopez-Garcia` on
        marriage, `Ana Lopez-Garcia` -> `Ana Garcia`), when no other name of either side is so tied to either and
        neither name is on the other side."""
        if self.hyphened is None:
            base_keys, head_keys = {_name(p.name) for p in self.people}, {_name(p.name) for p in self.head}
            self.hyphened = {}, {}
            for i, p in enumerate(self.people):
                for form in _surname_forms(p.name) if _name(p.name) not in head_keys else ():
                    self.hyphened[0].setdefault(form, set()).add(i)
            for p in self.head:
                for form in _surname_forms(p.name) if _name(p.name) not in base_keys else ():
                    self.hyphened[1].setdefault(form, set()).add(_name(p.name))
        base, head = self.hyphened
        found = {i for form in _surname_forms(name) for i in base.get(form, ())}
        if len(found) != 1:
            return None
        (i,) = found
        partners = {key for form in _surname_forms(self.people[i].name) for key in head.get(form, ())}
        return i if partners == {_name(name)} else None

    def _unaccented(self, name: str) -> int | None:
        """The base person whose name is `name` but for accents, when each side has one person so named: two would
        tie one person to two (a head that holds `José Pérez` and `Jose Perez` keeps them two people)."""
        if self.plain is None or self.plain_head is None:
            self.plain, self.plain_head = {}, {}
            for i, p in enumerate(self.people):
                key = _unaccented(p.name)
                self.plain[key] = None if key in self.plain else i
            for p in self.head:
                key = _unaccented(p.name)
                self.plain_head[key] = self.plain_head.get(key, 0) + 1
        key = _unaccented(name)
        return self.plain.get(key) if self.plain_head.get(key, 1) == 1 else None


def _name(name: str) -> str:
    return name_key(without_invisible(name))


def _unaccented(name: str) -> str:
    return name_key(fold_name(name))


def _surname_forms(name: str) -> set[str]:
    """A name, and it with each part of a hyphenated last word for that word (`Ana Lopez-Garcia`: `Ana Lopez`, `Ana
    Garcia`), as marriage and divorce change surnames."""
    words = _unaccented(name).split()
    forms = {" ".join(words)}
    if len(words) > 1 and "-" in words[-1]:
        forms |= {" ".join((*words[:-1], part)) for part in words[-1].split("-") if part}
    return forms


Ties = list[tuple[int, int]]  # (base index, head index) of the people each tie joins


def _chains(by_ids: Ties, by_names: Ties) -> list[tuple[Ties, Ties]]:
    """The ties grouped by the people they join: each chain's id ties and name ties. A person has at most one tie
    of each kind, so a chain is walked from base person to base person through the head person between."""
    id_of, name_of = dict(by_ids), dict(by_names)  # base person -> head person
    by_id_to, by_name_to = {j: i for i, j in by_ids}, {j: i for i, j in by_names}  # head person -> base person
    chains: list[tuple[Ties, Ties]] = []
    seen: set[int] = set()
    for first, _ in (*by_ids, *by_names):
        if first in seen:
            continue
        chain: tuple[Ties, Ties] = ([], [])
        seen.add(first)
        todo = [first]
        while todo:
            i = todo.pop()
            for ties, tie_of, other_tie in ((chain[0], id_of, by_name_to), (chain[1], name_of, by_id_to)):
                j = tie_of.get(i)
                if j is None:
                    continue
                ties.append((i, j))
                k = other_tie.get(j)
                if k is not None and k not in seen:
                    seen.add(k)
                    todo.append(k)
        chains.append(chain)
    return chains


def _kept(before: Sequence[Person], after: Sequence[Person], ids: Ties, names: Ties) -> tuple[int, int]:
    """How well each pairing keeps the records, by id and by name (positive: the ids keep more): the people who
    keep their title, then, those being equal, the other facts kept."""
    titles = _titles(before, after, ids) - _titles(before, after, names)
    return (titles, 0) if titles else (0, _facts(before, after, ids) - _facts(before, after, names))


def _titles(before: Sequence[Person], after: Sequence[Person], pairs: Ties) -> int:
    return sum(
        before[i].title == after[j].title or name_key(before[i].title) == name_key(after[j].title) for i, j in pairs
    )


def _facts(before: Sequence[Person], after: Sequence[Person], pairs: Ties) -> int:
    return sum(
        getattr(before[i], key) == getattr(after[j], key) and getattr(before[i], key) not in (None, ())
        for i, j in pairs
        for key in _RECORD
    )
