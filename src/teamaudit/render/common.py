"""Small helpers shared by several output formats."""

from __future__ import annotations

from teamaudit.report import Recommendation, Report, Severity
from teamaudit.rules import BY_ID, doc
from teamaudit.rules.base import fmt

SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_summary(rule_id: str) -> str:
    """The first line of a rule's docstring, after 'TA00N name: '."""
    first = doc(BY_ID[rule_id]).splitlines()[0]
    return first.split(": ", 1)[1] if ": " in first else first


NO_FINDINGS = "No findings: all three layers are staffed, proven, and ML research does not outnumber them."


def headline(report: Report) -> str:
    c = report.composition(report.scope)
    unit = report.basis.unit
    return (
        f"ML research {fmt(c.ml)} {unit} vs clinical + integration + compliance {fmt(c.layers)} {unit} "
        f"({report.scope.value} view)"
    )


def recommendation_details(r: Recommendation, unit: str) -> list[str]:
    """Role, FTE and pay range of a recommendation, as plain text; each format adds its own markup."""
    details = []
    if r.role and r.kind != "declare":
        details.append(f"role: {r.role}")
    if r.fte is not None:
        details.append(f"{fmt(r.fte)} {unit}")
    if r.comp_low is not None and r.comp_high is not None:
        details.append(f"${r.comp_low:,}-${r.comp_high:,} per FTE ({r.comp_label})")
    return details
