"""Classified roster -> Report: compositions per view, rule findings, recommendations."""

from __future__ import annotations

from collections.abc import Mapping

from teamaudit import __version__
from teamaudit.classify import ClassifiedPerson
from teamaudit.recommend import recommend
from teamaudit.report import (
    Basis,
    Composition,
    FailOn,
    Finding,
    LayerCount,
    Report,
    RubricInfo,
    Scope,
    Severity,
)
from teamaudit.roster import Layer, Roster, Status
from teamaudit.rubric import Rubric
from teamaudit.rules import RULES
from teamaudit.rules.base import AuditView

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def in_view(people: tuple[ClassifiedPerson, ...], view: Scope) -> tuple[ClassifiedPerson, ...]:
    if view is Scope.PLAN:
        return people
    return tuple(p for p in people if p.person.status is Status.CURRENT)


def compose(people: tuple[ClassifiedPerson, ...], view: Scope, basis: Basis) -> Composition:
    headcount = dict.fromkeys(Layer, 0)
    fte = dict.fromkeys(Layer, 0.0)
    for p in people:
        headcount[p.layer] += 1
        fte[p.layer] += p.person.fte
    return Composition(
        view=view,
        basis=basis,
        counts=tuple(LayerCount(layer, headcount[layer], round(fte[layer], 6)) for layer in Layer),
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
) -> Report:
    """Run every rule on the scoped view. `severities` overrides a rule's severity; None disables it."""
    overrides = severities or {}
    compositions = tuple(compose(in_view(people, view), view, basis) for view in (Scope.CURRENT, Scope.PLAN))
    scoped = AuditView(scope, in_view(people, scope), compositions[0 if scope is Scope.CURRENT else 1], rubric)
    findings: list[Finding] = []
    for rule in RULES:
        severity = overrides.get(rule.ID, rule.SEVERITY)
        if severity is None:
            continue
        for finding in rule.check(scoped):
            findings.append(finding if severity is rule.SEVERITY else _with_severity(finding, severity))
    findings.sort(key=lambda f: (_SEVERITY_ORDER[f.severity], f.rule, f.line or 0, f.layer or ""))
    return Report(
        tool_version=__version__,
        source=roster.source,
        organization=roster.organization,
        as_of=roster.as_of,
        rubric=RubricInfo(rubric.name, rubric.version, rubric.thresholds.ml_ratio, rubric.thresholds.confidence),
        scope=scope,
        basis=basis,
        fail_on=fail_on,
        has_future=roster.has_future,
        people=people,
        compositions=compositions,
        findings=tuple(findings),
        recommendations=recommend(tuple(findings), scoped),
    )


def _with_severity(finding: Finding, severity: Severity) -> Finding:
    from dataclasses import replace

    return replace(finding, severity=severity)
