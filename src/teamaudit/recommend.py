"""Findings -> concrete next steps: which role, for which layer, how many FTE, at what cost, and why.

Each rule advises on its own findings (its `advise`); the wording lives in the rubric's `recommendations:`
templates, else the rule's own, and roles and compensation ranges in each layer's `hire:` block. A rule's advice
about several layers starts where the layer is thinnest, as TA001's hires do: a compliance layer resting on a
0.2-FTE consultant comes before an integration layer one full-time engineer holds, whatever their order in the file.
"""

from __future__ import annotations

from teamaudit.model import Finding, Layer, Recommendation
from teamaudit.rules import BY_ID
from teamaudit.rules.base import AuditView


def recommend(findings: tuple[Finding, ...], view: AuditView) -> tuple[Recommendation, ...]:
    named = view.people_named({f.person for f in findings if f.person})
    return tuple(
        rec for finding in thinnest_first(findings, view) for rec in BY_ID[finding.rule].advise(finding, view, named)
    )


def thinnest_first(findings: tuple[Finding, ...], view: AuditView) -> list[Finding]:
    """The findings in their order, but each rule's findings about layers take the places that rule's findings hold
    with the layer that holds least first (a stable sort: layers that hold as much keep their order)."""
    ordered = list(findings)
    places: dict[str, list[int]] = {}
    for i, finding in enumerate(findings):
        if finding.layer is not None:
            places.setdefault(finding.rule, []).append(i)
    for run in places.values():
        thinnest = sorted(run, key=lambda i: view.composition.amount(findings[i].layer or Layer.OTHER))
        for place, i in zip(run, thinnest, strict=True):
            ordered[place] = findings[i]
    return ordered
