"""The Report: everything an output format needs, computed once; renderers only format it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from teamaudit.choices import Basis as Basis  # re-exported: the report's views and units
from teamaudit.choices import FailOn as FailOn
from teamaudit.choices import Scope as Scope
from teamaudit.classify import ClassifiedPerson
from teamaudit.roster import THREE_LAYERS, Layer


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class LayerCount:
    layer: Layer
    headcount: int
    fte: float


@dataclass(frozen=True, slots=True)
class Composition:
    """Headcount and FTE per layer for one view of the roster (current staff, or the whole plan)."""

    view: Scope
    basis: Basis
    counts: tuple[LayerCount, ...]

    def count(self, layer: Layer) -> LayerCount:
        return next(c for c in self.counts if c.layer is layer)

    def amount(self, layer: Layer) -> float:
        c = self.count(layer)
        return c.fte if self.basis is Basis.FTE else float(c.headcount)

    @property
    def ml(self) -> float:
        return self.amount(Layer.ML_RESEARCH)

    @property
    def layers(self) -> float:
        return round(sum(self.amount(layer) for layer in THREE_LAYERS), 6)

    @property
    def total(self) -> float:
        return round(sum(self.amount(c.layer) for c in self.counts), 6)

    @property
    def ratio(self) -> float | None:
        """ML research per unit of the three layers combined; None when the layers are empty."""
        return round(self.ml / self.layers, 4) if self.layers > 0 else None

    def share(self, layer: Layer) -> float:
        return self.amount(layer) / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    name: str
    severity: Severity
    message: str
    view: Scope
    layer: Layer | None = None
    person: str | None = None
    line: int | None = None
    suppressed: str | None = None  # the reason, when a suppression in the config accepts this finding

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies a finding across two versions of a team file (for `diff`)."""
        return (self.rule, self.layer.value if self.layer else "", self.person or "")


@dataclass(frozen=True, slots=True)
class Recommendation:
    rule: str
    text: str
    layer: Layer | None = None
    role: str | None = None
    fte: float | None = None
    comp_low: int | None = None
    comp_high: int | None = None
    comp_label: str | None = None
    source: str | None = None
    kind: str = "hire"  # hire, convert (open ML requisitions) or declare (settle a classification)


@dataclass(frozen=True, slots=True)
class Firmness:
    """Whether the people teamaudit is unsure about could flip a view's over-indexing verdict (firmness.py)."""

    view: Scope
    unsure: int  # people below the confidence threshold
    over: bool  # the verdict as classified: ML research outnumbers the layers
    worst_ml: float  # every unsure person counted as ML research
    worst_layers: float
    best_ml: float  # every unsure person counted in a layer
    best_layers: float
    to_flip: int  # the fewest unsure people who, settled the other way, flip the verdict; 0 when it holds

    @property
    def holds(self) -> bool:
        return self.to_flip == 0


@dataclass(frozen=True, slots=True)
class RubricInfo:
    name: str
    version: str
    ml_ratio: float
    confidence: float


@dataclass(frozen=True, slots=True)
class Report:
    tool_version: str
    source: str
    organization: str | None
    as_of: dt.date | None
    rubric: RubricInfo
    scope: Scope
    basis: Basis
    fail_on: FailOn
    has_future: bool
    people: tuple[ClassifiedPerson, ...]
    compositions: tuple[Composition, ...]
    all_findings: tuple[Finding, ...]  # every audited view: the scope, and the other view when there is a plan
    recommendations: tuple[Recommendation, ...]
    cost_totals: tuple[tuple[Scope, float | None], ...] = ()  # annual cost per view, from the file's `cost:`
    firmness: tuple[Firmness, ...] = ()  # per audited view

    def firmness_of(self, view: Scope) -> Firmness | None:
        return next((f for f in self.firmness if f.view is view), None)

    def cost_total(self, view: Scope) -> float | None:
        return dict(self.cost_totals).get(view)

    def composition(self, view: Scope) -> Composition:
        return next(c for c in self.compositions if c.view is view)

    @property
    def views(self) -> tuple[Scope, ...]:
        """The views audited: the scope first, then the other one when the file has a plan."""
        other = Scope.CURRENT if self.scope is Scope.PLAN else Scope.PLAN
        return (self.scope, other) if self.has_future else (self.scope,)

    @property
    def other_view(self) -> Scope | None:
        """The view audited beside the scope (it never fails the run), or None when there is no plan."""
        return self.views[1] if len(self.views) > 1 else None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The findings of the scoped view: what the report shows and the exit code follows."""
        return self.findings_in(self.scope)

    def findings_in(self, view: Scope) -> tuple[Finding, ...]:
        return tuple(f for f in self.all_findings if f.view is view)

    def is_failing(self, finding: Finding) -> bool:
        """The one rule every format follows: a finding fails the run (exit 1) when it is in the scoped view,
        at or above --fail-on and not suppressed. Everything else is shown, never as a failure."""
        return finding.view is self.scope and self.would_fail(finding)

    def would_fail(self, finding: Finding) -> bool:
        """Whether the finding would fail the run if its view were the scope."""
        return not finding.suppressed and fails(finding.severity, self.fail_on)

    @property
    def failing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if self.is_failing(f))

    @property
    def verdict(self) -> str:
        return "fail" if self.failing else "pass"

    def view_verdict(self, view: Scope) -> str:
        """The verdict the run would have with `view` as its scope, at the same --fail-on."""
        if view is self.scope:
            return self.verdict
        return "fail" if any(self.would_fail(f) for f in self.findings_in(view)) else "pass"


def fails(severity: Severity, fail_on: FailOn) -> bool:
    if fail_on is FailOn.NEVER:
        return False
    return severity.rank >= Severity(fail_on.value).rank


def exit_code(report: Report) -> int:
    """0: nothing at or above --fail-on; 1: at least one such finding."""
    return 1 if report.failing else 0
