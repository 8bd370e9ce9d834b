"""A finding about the config (TA006) is not about who is in the team, so it is in every view: no view's verdict
depends on --scope, and no format says the plan fixes it (a newcomer's trial, issue 1)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

NO_REASON = "fail-on: warning\nignore:\n  - rule: TA003\n    layer: compliance\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "team.yaml").write_text((EXAMPLES / "plan-fixes.yaml").read_text())
    (tmp_path / ".teamaudit.yaml").write_text(NO_REASON)
    return tmp_path


def check(project: Path, fmt: str, scope: str) -> str:
    result = run_cli("check", "team.yaml", "--format", fmt, "--scope", scope, cwd=project)
    assert result.code == 1, result.stderr
    return result.stdout


@pytest.mark.parametrize("scope", ["plan", "current"])
def test_each_views_verdict_is_the_same_whatever_the_scope(project, scope):
    doc = json.loads(check(project, "json", scope))
    assert doc["verdict_by_view"] == {"plan": "fail", "current": "fail"}
    other = "current" if scope == "plan" else "plan"
    assert [f["view"] for f in doc["findings"] if f["rule"] == "TA006"] == [scope]
    assert [f["view"] for f in doc["other_view_findings"] if f["rule"] == "TA006"] == [other]
    assert [f["failing"] for f in doc["findings"] if f["rule"] == "TA006"] == [True]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("scope", ["plan", "current"])
def test_the_plan_is_never_said_to_fix_a_config_finding(project, fmt, scope):
    out = check(project, fmt, scope)
    assert "TA006 invalid-suppression today; the plan fixes it once its hires start" not in out
    assert (
        "Current staff is over-indexed today, ML research 5.0 vs layers 3.0 FTE and fails TA003 thin-layer for "
        "clinical, integration and compliance; the plan fixes that once its hires start. Both views fail TA006 "
        "invalid-suppression."
    ) in out


@pytest.mark.parametrize("scope", ["plan", "current"])
def test_machine_formats_fail_the_config_finding_in_the_scope_and_annotate_it_once(project, scope):
    """TA006 is in both views, word for word at the same config line: the annotating formats place it once, as
    the scoped view's (it fails), not a second time as the other view's 'not failing' copy of the same line."""
    results = json.loads(check(project, "sarif", scope))["runs"][0]["results"]
    levels = [(r["properties"]["view"], r["level"]) for r in results if r["ruleId"] == "TA006"]
    assert levels == [(scope, "error")]

    root = ET.fromstring(check(project, "junit", scope).split("\n", 2)[2])
    failing = {
        suite.get("name"): [c.get("name") for c in suite.findall("testcase") if c.find("failure") is not None]
        for suite in root.findall("testsuite")
    }
    assert "TA006 invalid-suppression" in failing[f"teamaudit {scope} view"]

    github = [line for line in check(project, "github", scope).splitlines() if "TA006" in line]
    assert [line.split(" ", 1)[0] for line in github] == ["::error"]
    assert "not failing" not in github[0]
