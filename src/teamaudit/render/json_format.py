"""`--format json`: the stable, documented machine-readable report (see docs/json.md)."""

from __future__ import annotations

import json
from typing import Any

from teamaudit.render import RenderOptions
from teamaudit.report import Composition, Report, Scope, Severity
from teamaudit.roster import Layer

SCHEMA_VERSION = 1


def composition(c: Composition) -> dict[str, Any]:
    return {
        "layers": {count.layer.value: {"headcount": count.headcount, "fte": round(count.fte, 4)} for count in c.counts},
        "total": {
            "headcount": sum(count.headcount for count in c.counts),
            "fte": round(sum(count.fte for count in c.counts), 4),
        },
        "ml_research": round(c.ml, 4),
        "three_layers": round(c.layers, 4),
        "ml_to_layers_ratio": c.ratio,
    }


def document(report: Report) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "teamaudit", "version": report.tool_version},
        "source": report.source,
        "organization": report.organization,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "rubric": {"name": report.rubric.name, "version": report.rubric.version},
        "thresholds": {"ml_ratio": report.rubric.ml_ratio, "confidence": report.rubric.confidence},
        "scope": report.scope.value,
        "basis": report.basis.value,
        "fail_on": report.fail_on.value,
        "verdict": report.verdict,
        "summary": {severity.value: sum(1 for f in report.findings if f.severity is severity) for severity in Severity},
        "composition": {c.view.value: composition(c) for c in report.compositions},
        "cost_total": {view.value: report.cost_total(view) for view in (Scope.CURRENT, Scope.PLAN)},
        "people": [
            {
                "name": p.person.name,
                "title": p.person.title,
                "id": p.person.id,
                "team": p.person.team,
                "status": p.person.status.value,
                "fte": p.person.fte,
                "layer": p.layer.value,
                "confidence": p.classification.confidence,
                "evidence": list(p.classification.evidence),
                "hands_on": p.classification.hands_on,
                "source": p.classification.source,
                "line": p.person.line,
            }
            for p in report.people
        ],
        "findings": [
            {
                "rule": f.rule,
                "name": f.name,
                "severity": f.severity.value,
                "message": f.message,
                "view": f.view.value,
                "layer": f.layer.value if isinstance(f.layer, Layer) else None,
                "person": f.person,
                "line": f.line,
                "suppressed": f.suppressed,
            }
            for f in report.findings
        ],
        "recommendations": [
            {
                "rule": r.rule,
                "layer": r.layer.value if r.layer else None,
                "role": r.role,
                "fte": r.fte,
                "text": r.text,
                "compensation": (
                    {
                        "low": r.comp_low,
                        "high": r.comp_high,
                        "currency": "USD",
                        "label": r.comp_label,
                        "source": r.source,
                    }
                    if r.comp_low is not None
                    else None
                ),
                "source": r.source,
            }
            for r in report.recommendations
        ],
    }


def dumps(doc: dict[str, Any]) -> str:
    """Indented JSON, with each person on one line: readable, diffable, and written by the C encoder
    (json only uses it without indent), which keeps a 100,000-person report fast."""
    people = doc["people"]
    skeleton = json.dumps({**doc, "people": "\x00PEOPLE\x00"}, indent=2, ensure_ascii=False)
    rows = ",\n".join("    " + json.dumps(p, ensure_ascii=False) for p in people)
    return skeleton.replace('"\\u0000PEOPLE\\u0000"', f"[\n{rows}\n  ]" if people else "[]") + "\n"


def render(report: Report, options: RenderOptions) -> str:
    return dumps(document(report))
