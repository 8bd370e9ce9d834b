"""Classified roster -> Report: compositions per view, rule findings, recommendations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace

from teamaudit import __version__
from teamaudit.configschema import Accepting, Suppression
from teamaudit.conversion import converted
from teamaudit.firmness import firmness
from teamaudit.model import (
    Basis,
    ClassifiedPerson,
    Composition,
    CostTotal,
    FailOn,
    Finding,
    Layer,
    LayerCount,
    Recommendation,
    Report,
    Roster,
    RubricInfo,
    Scope,
    Severity,
    Status,
)
from teamaudit.recommend import recommend
from teamaudit.rubric import Rubric
from teamaudit.rules import RULES
from teamaudit.rules.base import AuditView, Rule


def in_view(people: tuple[ClassifiedPerson, ...], view: Scope) -> tuple[ClassifiedPerson, ...]:
    if view is Scope.PLAN:
        return people
    return tuple(p for p in people if p.person.status is Status.CURRENT)


def compose(people: tuple[ClassifiedPerson, ...], view: Scope, basis: Basis) -> Composition:
    headcount = dict.fromkeys(Layer, 0)
    guessed = dict.fromkeys(Layer, 0)
    fte = dict.fromkeys(Layer, 0.0)
    for p in people:
        headcount[p.layer] += 1
        guessed[p.layer] += p.classification.guessed
        fte[p.layer] += p.person.fte
    return Composition(
        view=view,
        basis=basis,
        counts=tuple(LayerCount(layer, headcount[layer], round(fte[layer], 6), guessed[layer]) for layer in Layer),
    )


def audit(
    roster: Roster,
    people: tuple[ClassifiedPerson, ...],
    rubric: Rubric,
    *,
    scope: Scope = Scope.PLAN,
    basis: Basis = Basis.FTE,
    fail_on: FailOn = FailOn.ERROR,
    severities: Mapping[str, Severity | None] | None = None,
    suppressions: Sequence[Suppression] = (),
    today: dt.date | None = None,
    cost_totals: tuple[CostTotal, ...] = (),
) -> Report:
    """Run every rule on each view. `severities` overrides a rule's severity (None disables the rule);
    a finding matched by a valid suppression is kept, marked with the suppression's reason."""
    today = today or dt.date.today()
    compositions = tuple(compose(in_view(people, view), view, basis) for view in (Scope.CURRENT, Scope.PLAN))
    views = _views(roster, people, compositions, rubric, scope, tuple(suppressions), today)
    valid = tuple(s for s in suppressions if s.problem(today) is None)
    findings = _sorted(_findings(views, severities or {}, valid), scope)
    scoped = tuple(f for f in findings if f.view is scope and not f.suppressed)
    recommendations = recommend(scoped, views[0])
    return Report(
        tool_version=__version__,
        source=roster.source,
        organization=roster.organization,
        as_of=roster.as_of,
        rubric=_rubric_info(rubric),
        scope=scope,
        basis=basis,
        fail_on=fail_on,
        has_future=roster.has_future,
        people=people,
        compositions=compositions,
        all_findings=tuple(findings),
        recommendations=recommendations,
        after_conversion=_after_conversion(views[0], recommendations, severities or {}, valid),
        cost_totals=cost_totals,
        firmness=tuple(
            firmness(v.view, v.people, v.composition, rubric.thresholds.ml_ratio, rubric.thresholds.confidence)
            for v in views
        ),
        notes=roster.notes,
    )


def _views(
    roster: Roster,
    people: tuple[ClassifiedPerson, ...],
    compositions: tuple[Composition, ...],
    rubric: Rubric,
    scope: Scope,
    suppressions: tuple[Suppression, ...],
    today: dt.date,
) -> list[AuditView]:
    """What the rules see: the scope's view, then the other one when the file has a plan. Every view sees the
    config: a finding about it (TA006) is in each view, so no view's verdict depends on --scope and the plan is
    never said to fix it."""
    other = Scope.CURRENT if scope is Scope.PLAN else Scope.PLAN
    return [
        AuditView(
            view,
            in_view(people, view),
            compositions[0 if view is Scope.CURRENT else 1],
            rubric,
            suppressions,
            today,
            roster.has_future,
        )
        for view in ((scope, other) if roster.has_future else (scope,))
    ]


def _rubric_info(rubric: Rubric) -> RubricInfo:
    """What a report says of the rubric it was audited with."""
    thresholds = rubric.thresholds
    return RubricInfo(
        rubric.name, rubric.version, thresholds.ml_ratio, thresholds.confidence, rubric.packaged(), rubric.currency()
    )


def _sorted(findings: list[Finding], scope: Scope) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.view is not scope, -f.severity.rank, f.rule, f.line or 0, f.layer or ""))


def _after_conversion(
    view: AuditView,
    recommendations: tuple[Recommendation, ...],
    overrides: Mapping[str, Severity | None],
    valid: Sequence[Suppression],
) -> tuple[Recommendation, ...] | None:
    """What the check would recommend with the open ML requisitions a recommendation converts retitled: the rules
    whose hires close the gap run again on that view (the others' advice is not about FTE, and one of them speaks
    of every unsure person). None when no recommendation converts any."""
    convert = next((r for r in recommendations if r.kind == "convert"), None)
    if convert is None:
        return None
    after = converted(view, convert)
    closing = tuple(rule for rule in RULES if rule.CLOSES_GAP)
    findings = _sorted(_findings([after], overrides, valid, closing), view.view)
    return recommend(tuple(f for f in findings if not f.suppressed), after)


def _findings(
    views: Sequence[AuditView],
    overrides: Mapping[str, Severity | None],
    valid: Sequence[Suppression],
    rules: Sequence[Rule] | None = None,
) -> list[Finding]:
    """Every enabled rule's findings on each view, at their configured severity, marked when suppressed."""
    findings: list[Finding] = []
    accepting = Accepting(valid)
    messages: dict[str, str] = {}  # the two views repeat most per-person messages: keep one copy
    for view in views:
        for rule in RULES if rules is None else rules:
            severity = overrides.get(rule.ID, rule.SEVERITY)
            if severity is None:
                continue
            for finding in rule.check(view):
                message = messages.setdefault(finding.message, finding.message)
                if severity is not rule.SEVERITY or message is not finding.message:
                    finding = replace(finding, severity=severity, message=message)
                by = accepting.of(finding)
                if by is not None and by.reason:
                    finding = replace(finding, suppressed=by.reason, until=by.until)
                findings.append(finding)
    return findings
