"""Where TA001 is pinned in a pull request: GitHub annotations and SARIF results showed it on no line (GitHub) or
on line 1 (SARIF), far from the ML researchers that cause it, so a reviewer saw it beside nothing the PR changed."""

from __future__ import annotations

import json

from conftest import run_cli

# Line numbers: Dana 2, Olga 4, Jin 6, the two open ML requisitions 8 and 11.
TEAM = """people:
  - name: Dana Cole
    title: Regulatory Affairs Specialist
  - name: Olga Ivanova
    title: Research Scientist
  - name: Jin Park
    title: Machine Learning Engineer
  - name: Open req - Applied Scientist
    title: Applied Scientist
    status: open
  - name: Open req - ML Engineer
    title: Machine Learning Engineer
    status: open
"""


def _github_ta001(path) -> dict[str, str]:
    out = run_cli("check", path, "--format", "github").stdout
    return {
        "plan": next(line for line in out.splitlines() if "TA001" in line and "current view" not in line),
        "current": next(line for line in out.splitlines() if "TA001" in line and "current view" in line),
    }


def test_ta001_annotations_sit_on_the_open_ml_requisitions_or_the_first_ml_researcher(team):
    """The plan's advice is to convert the open ML requisitions: the annotation is on the first of them. Today's
    staff has none, so it is on the first ML researcher."""
    found = _github_ta001(team(TEAM))
    assert found["plan"].startswith("::error file=") and ",line=8," in found["plan"]
    assert ",line=4," in found["current"]


def test_ta001_sarif_results_point_at_the_same_lines(team):
    doc = json.loads(run_cli("check", team(TEAM), "--format", "sarif").stdout)
    lines = {
        result["properties"]["view"]: result["locations"][0]["physicalLocation"]["region"]["startLine"]
        for result in doc["runs"][0]["results"]
        if result["ruleId"] == "TA001"
    }
    assert lines == {"plan": 8, "current": 4}


def test_without_open_ml_requisitions_ta001_is_on_the_first_ml_researcher(team):
    path = team(
        "people:\n  - {name: Dana Cole, title: Compliance Analyst}\n  - {name: Olga, title: ML Engineer}\n"
        "  - {name: Jin, title: Research Scientist}\n"
    )
    out = run_cli("check", path, "--format", "github").stdout
    assert out.startswith(f"::error file={path},line=3,title=TA001 ml-over-index::")


# Line numbers: Dana 2, Olga 4, Jin 6, the planned ML hires 8 and 11.
PLANNED_ML = TEAM.replace("Open req - ", "").replace("status: open", "status: planned")


def test_without_open_ml_requisitions_the_plans_ta001_is_on_its_first_planned_ml_hire(team):
    """The plan's TA001 sat on the first ML researcher on staff (line 4), a line the plan's author never touched,
    when the planned ML hires (lines 8 and 11) are what tip it; today's staff, which has no planned hire, keeps the
    first ML researcher. SARIF and GitHub agree."""
    path = team(PLANNED_ML)
    found = _github_ta001(path)
    assert ",line=8," in found["plan"] and ",line=4," in found["current"]
    doc = json.loads(run_cli("check", path, "--format", "sarif").stdout)
    lines = {
        result["properties"]["view"]: result["locations"][0]["physicalLocation"]["region"]["startLine"]
        for result in doc["runs"][0]["results"]
        if result["ruleId"] == "TA001"
    }
    assert lines == {"plan": 8, "current": 4}
