"""What every rule sees (one view of the classified roster and the rubric) and what every rule declares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from teamaudit.counts import counted as counted  # re-exported: rules and renderers import it from here
from teamaudit.counts import first_few
from teamaudit.model import (
    Basis,
    ClassifiedPerson,
    Composition,
    Finding,
    Layer,
    Recommendation,
    Scope,
    Severity,
    name_order,
    view_said,
)
from teamaudit.rubric import Rubric


class SuppressionLike(Protocol):
    """What a rule may know of a configured suppression (teamaudit.config.Suppression)."""

    @property
    def rule(self) -> str: ...

    @property
    def where(self) -> str: ...

    @property
    def file(self) -> str: ...

    @property
    def line(self) -> int | None: ...

    @property
    def layer(self) -> Layer | None: ...

    @property
    def person(self) -> str | None: ...

    @property
    def view(self) -> Scope | None: ...

    def problem(self, today: dt.date) -> str | None: ...


@dataclass(frozen=True)
class AuditView:
    view: Scope
    people: tuple[ClassifiedPerson, ...]
    composition: Composition
    rubric: Rubric
    suppressions: tuple[SuppressionLike, ...] = ()
    today: dt.date = dt.date.min
    has_plan: bool = True  # the file has planned hires or open requisitions
    _by_layer: dict[Layer, tuple[ClassifiedPerson, ...]] = field(default_factory=dict, repr=False, compare=False)

    def in_layer(self, layer: Layer) -> tuple[ClassifiedPerson, ...]:
        if not self._by_layer:
            for each in Layer:
                self._by_layer[each] = tuple(p for p in self.people if p.layer is each)
        return self._by_layer[layer]

    def holding(self, layer: Layer) -> tuple[ClassifiedPerson, ...]:
        """The layer's people whose place in it is more than the word model's guess: who holds the layer up."""
        return tuple(p for p in self.in_layer(layer) if not p.classification.guessed)

    def guessed_into(self, layer: Layer) -> tuple[ClassifiedPerson, ...]:
        return tuple(p for p in self.in_layer(layer) if p.classification.guessed)

    def people_named(self, names: set[str]) -> dict[str, ClassifiedPerson]:
        """The people with these names, by name (one pass; no index of the whole roster)."""
        return {p.person.name: p for p in self.people if p.person.name in names}

    @property
    def said(self) -> str:
        """The view as messages name it: "current" in a file with no plan (model.view_said)."""
        return view_said(self.view, self.has_plan)

    def layer_name(self, layer: Layer) -> str:
        return self.rubric.layers[layer].name


@dataclass(frozen=True)
class Wording:
    """One recommendation template: the default text, and the placeholders a rubric's own wording of it may
    use (`recommendations:` in the rubric). `numbers` are the placeholders filled with numbers, with a sample
    value, so a template's format spec (`{confidence:.0%}`) is tried when the rubric is loaded."""

    text: str
    fields: frozenset[str]
    numbers: Mapping[str, float] = field(default_factory=dict)
    # The sentence a client's report (HTML) shows instead, where `text` tells the consultant which key of the team
    # file to write: addressed to the client, it names no key. Empty: `text` serves both.
    client: str = ""

    def sample(self) -> dict[str, object]:
        return {name: self.numbers.get(name, "text") for name in self.fields}


# How the sentence under a verdict names a rule's failing findings: the ML and layer figures (over-index), the
# layers it found empty (missing-layer), or the rule's id and name.
SaidAs = Literal["over-index", "missing-layer", "rule"]


class Rule(Protocol):
    """A rule module: its docstring is its documentation, first line `TA00N name: what it finds`."""

    @property
    def ID(self) -> str: ...

    @property
    def NAME(self) -> str: ...

    @property
    def SEVERITY(self) -> Severity: ...

    @property
    def WORDING(self) -> Mapping[str, Wording]:
        """The recommendation templates its advice uses, by the key a rubric words them under."""

    @property
    def PER_PERSON(self) -> bool:
        """Its findings name one person each, so they grow with the roster: people's reports list a few."""

    @property
    def CLOSES_GAP(self) -> bool:
        """Its hire recommendations add people to the layers: they count in the cost of closing the gap."""

    @property
    def SAID_AS(self) -> SaidAs: ...

    @property
    def CLIENT(self) -> str:
        """What it checks, in a client's words: the HTML report's Methodology lists it."""

    def check(self, view: AuditView) -> Iterator[Finding]: ...

    def advise(self, finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
        """Recommendations for one of its findings; `named` holds the people the findings name."""


def about_person(
    view: AuditView, p: ClassifiedPerson, rule: str, name: str, severity: Severity, message: str
) -> Finding:
    """A finding about one person: in their layer, at their line of the team file."""
    return Finding(
        rule=rule,
        name=name,
        severity=severity,
        message=message,
        view=view.view,
        layer=p.layer,
        person=p.person.name,
        line=p.person.line,
    )


def by_name(people: tuple[ClassifiedPerson, ...]) -> tuple[ClassifiedPerson, ...]:
    """People in name order: messages must not depend on the order of the file."""
    return tuple(sorted(people, key=lambda p: name_order(p.person.name)))


def who(people: tuple[ClassifiedPerson, ...], limit: int = 5) -> str:
    people = by_name(people)
    names = [f"{p.person.name} (line {p.person.line})" for p in people[:limit]]
    return first_few(names, len(people), comma_before_and=True)


def fmt(amount: float) -> str:
    """'5.0', '0.25', '0.3': a figure to two decimals; one that two would round to a whole number keeps the
    decimals that say it is not one ('0.999' of three people at 0.333 FTE, where '1.' read as equal to ML's 1.0;
    '0.99999' of three at 0.33333), down to the six a Composition's counts are rounded to (a sum of 25,000 people
    at 0.1 FTE is 2499.9999999988 unrounded, which no figure should show)."""
    if abs(amount - round(amount)) < 1e-9:
        return f"{amount:.1f}"
    for places in range(2, 7):
        shown = f"{amount:.{places}f}".rstrip("0")
        if not shown.endswith("."):
            return shown
    return f"{amount:.1f}"


def fte_figure(fte: float) -> str:
    """A person's fte as the file writes it ('0.232'), where `fmt`'s two decimals said 'fte 0.23 -> 0.24' of the
    0.232 -> 0.236 that failed a change."""
    return _as_written(fte, fmt(fte))


def ratio_figure(c: Composition, threshold: float) -> str:
    """ML research per unit of the layers (c has layers) to two decimals ('1.49'), or to as many as it takes not to
    read as a threshold it differs from: three people at 0.333 FTE beside one ML researcher are 1.001, over-indexed,
    where 'ratio 1.00, threshold 1.00' read as equal, which passes. Weighed unrounded, as TA001 weighs it: at 0.33333
    FTE the four decimals Composition.ratio keeps read 1.0000 of a ratio over the threshold."""
    return ratio_digits(c.ml_per_layer, threshold)


def ratio_value(c: Composition, threshold: float) -> float | None:
    """The ratio as data (JSON's ml_to_layers_ratio, the HTML chart's data-ratio): to four decimals, or to as many
    as it takes not to equal a threshold it differs from (1.00001 over 1.0 was 1.0); None when the layers are empty."""
    return float(ratio_digits(c.ml_per_layer, threshold, least=4)) if c.layers > 0 else None


def threshold_figure(threshold: float) -> str:
    """The ML-to-layers threshold as the rubric or config writes it: '1.00', '1.50', or every decimal it has
    ('1.234', which two decimals showed as 1.23 beside a passing ratio of 1.232)."""
    return _as_written(threshold, f"{threshold:.2f}")


def _as_written(value: float, shown: str) -> str:
    """`shown`, where it is `value` exactly, else every decimal `value` has."""
    return shown if float(shown) == value else repr(value)


def ratio_digits(ratio: float, threshold: float, least: int = 2) -> str:
    """A ratio to `least` decimals, or to as many as it takes not to read as the threshold it differs from (up to
    the 17 a float's digits run to: 1000.0 FTE against 999.999999 is over by 1e-9)."""
    for places in range(least, 18):
        shown = f"{ratio:.{places}f}"
        if shown != f"{threshold:.{places}f}":
            return shown
    return f"{ratio:.{least}f}"  # at the threshold


def number(value: float, basis: Basis) -> str:
    """A figure in the basis: FTE to a tenth or two ('5.0', '0.25'), people as counted ('5'); a share of a person
    (a threshold of 1.5 allows 4.5 people) keeps its decimals."""
    return str(round(value)) if basis is Basis.HEADCOUNT and abs(value - round(value)) < 1e-9 else fmt(value)


def amount(value: float, basis: Basis) -> str:
    """A figure with its unit: '5.0 FTE', '5 people', '1 person'."""
    figure = number(value, basis)
    return "1 person" if basis is Basis.HEADCOUNT and figure == "1" else f"{figure} {basis.unit}"


def hire_count(hires: float) -> str:
    """'1 person', '7 people': whole hires, whatever the basis."""
    return counted(round(hires), "person", "people")


def hires_amount(value: float, basis: Basis) -> str:
    """What hires add up to: '9 people', '1 person' as the advice counts whole hires; a share of one, which no
    built-in rule asks for, in the basis ('0.5 FTE')."""
    return hire_count(value) if abs(value - round(value)) < 1e-9 and value >= 1 else amount(value, basis)


def hires_number(value: float, basis: Basis) -> str:
    """'4' of '9 people'; '0.5' of a share."""
    return str(round(value)) if abs(value - round(value)) < 1e-9 else number(value, basis)


def in_words(items: list[str], conjunction: str = "and") -> str:
    """'clinical', 'clinical and compliance', 'clinical, integration and compliance'; with "or", the layers a
    team lacks: 'no clinical, integration or compliance layer' (it read 'clinical or integration or compliance')."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {conjunction} {items[-1]}"
