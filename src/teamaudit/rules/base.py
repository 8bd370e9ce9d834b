"""What every rule sees: one view of the classified roster and the rubric."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from teamaudit.classify import ClassifiedPerson
from teamaudit.report import Composition, Finding, Scope, Severity
from teamaudit.roster import Layer
from teamaudit.rubric import Rubric


class SuppressionLike(Protocol):
    """What a rule may know of a configured suppression (teamaudit.config.Suppression)."""

    @property
    def rule(self) -> str: ...

    @property
    def where(self) -> str: ...

    def problem(self, today: dt.date) -> str | None: ...


@dataclass(frozen=True)
class AuditView:
    view: Scope
    people: tuple[ClassifiedPerson, ...]
    composition: Composition
    rubric: Rubric
    suppressions: tuple[SuppressionLike, ...] = ()
    today: dt.date = dt.date.min
    _by_layer: dict[Layer, tuple[ClassifiedPerson, ...]] = field(default_factory=dict, repr=False, compare=False)

    def in_layer(self, layer: Layer) -> tuple[ClassifiedPerson, ...]:
        if not self._by_layer:
            for each in Layer:
                self._by_layer[each] = tuple(p for p in self.people if p.layer is each)
        return self._by_layer[layer]

    def people_named(self, names: set[str]) -> dict[str, ClassifiedPerson]:
        """The people with these names, by name (one pass; no index of the whole roster)."""
        return {p.person.name: p for p in self.people if p.person.name in names}

    def layer_name(self, layer: Layer) -> str:
        return self.rubric.layers[layer].name


class Rule(Protocol):
    ID: str
    NAME: str
    SEVERITY: Severity

    def check(self, view: AuditView) -> Iterator[Finding]: ...


def by_name(people: tuple[ClassifiedPerson, ...]) -> tuple[ClassifiedPerson, ...]:
    """People in name order: messages must not depend on the order of the file."""
    return tuple(sorted(people, key=lambda p: p.person.name))


def who(people: tuple[ClassifiedPerson, ...], limit: int = 5) -> str:
    people = by_name(people)
    names = [f"{p.person.name} (line {p.person.line})" for p in people[:limit]]
    if len(people) > limit:
        names.append(f"and {len(people) - limit} more")
    return ", ".join(names)


def fmt(amount: float) -> str:
    return f"{amount:.1f}" if abs(amount - round(amount)) < 1e-9 else f"{amount:.2f}".rstrip("0")
