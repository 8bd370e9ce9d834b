"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One rule descriptor per rule id; each result points at the team file, and at the person's line where the
finding is about a person or a layer's first member. Suppressed findings carry a SARIF suppression.
"""

from __future__ import annotations

import json
from typing import Any

from teamaudit.render import RenderOptions
from teamaudit.render.common import SARIF_LEVEL, rule_summary
from teamaudit.report import Report
from teamaudit.rules import RULES, doc

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/teamaudit/teamaudit"


def document(report: Report) -> dict[str, Any]:
    index = {rule.ID: i for i, rule in enumerate(RULES)}
    rules = [
        {
            "id": rule.ID,
            "name": rule.NAME,
            "shortDescription": {"text": rule_summary(rule.ID)},
            "fullDescription": {"text": " ".join(doc(rule).split())},
            "defaultConfiguration": {"level": SARIF_LEVEL[rule.SEVERITY]},
            "help": {"text": " ".join(doc(rule).split())},
            "properties": {"tags": ["team-composition", "healthcare-ai"]},
        }
        for rule in RULES
    ]
    results = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": report.source, "index": 0},
                        # Code scanning needs a region; findings about the whole team point at line 1.
                        "region": {"startLine": f.line or 1},
                    }
                }
            ],
            "partialFingerprints": {"teamaudit/v1": "/".join((f.rule, f.view.value, *f.key[1:]))},
            "properties": {"view": f.view.value, "layer": f.layer.value if f.layer else None, "person": f.person},
        }
        if f.suppressed:
            result["suppressions"] = [{"kind": "external", "justification": f.suppressed}]
        results.append(result)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "teamaudit",
                        "version": report.tool_version,
                        "semanticVersion": report.tool_version,
                        "informationUri": INFO_URI,
                        "rules": rules,
                    }
                },
                "artifacts": [{"location": {"uri": report.source}}],
                "results": results,
                "columnKind": "unicodeCodePoints",
                "properties": {
                    "rubric": f"{report.rubric.name} {report.rubric.version}",
                    "scope": report.scope.value,
                    "basis": report.basis.value,
                    "verdict": report.verdict,
                },
            }
        ],
    }


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(document(report), indent=2, ensure_ascii=False) + "\n"
