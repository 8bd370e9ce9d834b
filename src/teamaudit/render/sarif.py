"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One rule descriptor per rule id; each result points at the team file, and at the person's line where the
finding is about a person or a layer's first member; a finding about the config file (TA006) points at its line
there, the second artifact. Every finding of every audited view is a result; its
level is `error` exactly when it fails the run (Report.is_failing), `note` otherwise (below --fail-on, or in
the view beside the scope), with the rule's severity in its properties. Suppressed findings carry a SARIF
suppression. A run holds at most the 25,000 results code scanning accepts (_kept).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from teamaudit.model import STDIN_SOURCE, Finding, Report
from teamaudit.render import RenderOptions, escape
from teamaudit.render.common import SARIF_LEVEL, firmness_sentences, near_threshold_notes, rule_summary
from teamaudit.render.json_format import dumps, list_chunks
from teamaudit.render.workspace import workspace_path
from teamaudit.rules import RULES, doc

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/teamaudit/teamaudit"


# Stands in for the results in the document's text until they are written there, one at a time. No path,
# name or YAML value can hold a NUL, so no other value in the log can print as this.
_RESULTS = "\x00results\x00"


def artifact_location(source: str) -> dict[str, str | dict[str, str]]:
    """Where the results point: the file's URI, relative to the workspace when the file is inside it, or, for a
    team file read from standard input, a description (a URI would name a file that does not exist)."""
    if source == STDIN_SOURCE:
        return {"description": {"text": "the team file, read from standard input"}}
    return {"uri": artifact_uri(workspace_path(source))}


def artifact_uri(source: str) -> str:
    """A path `workspace_path` gave (no dot segments, which SARIF does not want in a relative reference) as SARIF
    wants it, an RFC 3986 URI reference: relative paths stay relative (code scanning resolves them against the
    repository), absolute ones become file URIs, and a space, '#', '%' or any non-ASCII letter is
    percent-encoded, so 'teams/q1 plan#2.yaml' is not read as a path and a fragment. Paths follow the rules of
    the system teamaudit runs on: on Linux 'C:/team.yaml' is a folder named 'C:', and '//tmp/team.yaml' is
    '/tmp/team.yaml', not a host. A name that is not UTF-8 is percent-encoded byte by byte."""
    windows = os.name == "nt"
    path: PurePath = PureWindowsPath(source) if windows else PurePosixPath(source)
    if path.is_absolute():
        if not windows:
            path = PurePosixPath("/" + path.as_posix().lstrip("/"))
        return path.as_uri()
    return quote(os.fsencode(path.as_posix()), safe="/")


# Code scanning rejects a run of more results than this (and shows the 5,000 most severe).
RESULTS_MAX = 25_000


def _kept(report: Report) -> tuple[list[Finding], int]:
    """The findings a run can hold, in their order: every one when they fit, else the failing ones and then the
    most severe notes; and how many were left out."""
    placed = report.placed_findings
    if len(placed) <= RESULTS_MAX:
        return list(placed), 0
    by_weight = sorted(range(len(placed)), key=lambda i: (not report.is_failing(placed[i]), -placed[i].severity.rank))
    return [placed[i] for i in sorted(by_weight[:RESULTS_MAX])], len(placed) - RESULTS_MAX


def _left_out(left: int, total: int) -> dict[str, Any]:
    """The invocation that says what a full run left out, for code scanning's tool status page."""
    text = (
        f"{left:,} of {total:,} results left out: code scanning accepts at most {RESULTS_MAX:,} in a run; failing "
        "results and the most severe notes are kept, and --format json lists every finding"
    )
    notification = {"level": "warning", "message": {"text": text}}
    return {"executionSuccessful": True, "toolExecutionNotifications": [notification]}


def _document(report: Report, left: int) -> dict[str, Any]:
    """The SARIF log with a placeholder where the results go."""
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
                **({"invocations": [_left_out(left, left + RESULTS_MAX)]} if left else {}),
                "artifacts": [{"location": artifact_location(source)} for source in _artifacts(report)],
                "results": _RESULTS,
                "columnKind": "unicodeCodePoints",
                "properties": {
                    "rubric": f"{report.rubric.name} {report.rubric.version}",
                    "scope": report.scope.value,
                    "basis": report.basis.value,
                    "verdict": report.verdict,
                    "redacted": report.redacted,
                    "firmness": firmness_sentences(report),
                    "near_threshold": near_threshold_notes(report),
                    **({"results_left_out": left} if left else {}),
                },
            }
        ],
    }


def _artifacts(report: Report) -> list[str]:
    """The files results point at: the team file, then any other file a finding is in (the config file)."""
    others = sorted({f.file for f in report.all_findings if f.file and f.file != report.source})
    return [report.source, *others]


def _result(f: Finding, report: Report, index: dict[str, int], where: dict[str, Any]) -> dict[str, Any]:
    failing = report.is_failing(f)
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": "error" if failing else "note",
        # Both views can report the same finding on the same line: say which one a result is, as GitHub's does.
        "message": {
            "text": escape.sarif_message(escape.text(f.message))
            + ("" if f.view is report.scope else f" ({f.view.value} view; not failing)")
        },
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": where,
                    # Code scanning needs a region; findings about the whole team point at line 1.
                    "region": {"startLine": f.line or 1},
                }
            }
        ],
        "partialFingerprints": {"teamaudit/v1": "/".join((f.rule, f.view.value, *f.key[1:]))},
        "properties": {
            "view": f.view.value,
            "severity": f.severity.value,
            "failing": failing,
            "layer": f.layer.value if f.layer else None,
            "person": f.person,
        },
    }
    if f.suppressed:
        result["suppressions"] = [{"kind": "external", "justification": escape.text(f.suppressed)}]
    return result


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    """The log as `json.dumps(indent=2)` writes it, with the results written one at a time."""
    placed, left = _kept(report)
    head, tail = dumps(_document(report, left), indent=2).split(json.dumps(_RESULTS))
    yield head
    index = {rule.ID: i for i, rule in enumerate(RULES)}
    where = {source: {**artifact_location(source), "index": i} for i, source in enumerate(_artifacts(report))}
    results = (_result(f, report, index, where[f.file or report.source]) for f in placed)
    yield from list_chunks(results, len(placed), level=3)  # $schema/runs/[0]/results
    yield tail + "\n"


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))
