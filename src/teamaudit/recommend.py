"""Findings -> concrete next steps: which role, for which layer, how many FTE, at what cost, and why.

Each rule advises on its own findings (its `advise`); the wording lives in the rubric's `recommendations:`
templates, else the rule's own, and roles and compensation ranges in each layer's `hire:` block.
"""

from __future__ import annotations

from teamaudit.model import Finding, Recommendation
from teamaudit.rules import BY_ID
from teamaudit.rules.base import AuditView


def recommend(findings: tuple[Finding, ...], view: AuditView) -> tuple[Recommendation, ...]:
    named = view.people_named({f.person for f in findings if f.person})
    return tuple(rec for finding in findings for rec in BY_ID[finding.rule].advise(finding, view, named))
