"""The client report's cover states the audit's verdict, not the CI gate's.

`report --fail-on never` exits 0 for a failing team, as a script opening the file wants; the cover read PASS beside
'ML research 10.0 FTE outnumbers the three layers'. Each test runs `teamaudit report` in-process on a real file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli
from test_report_client import section, visible


def _report(tmp_path: Path, team: Path, *options: str | Path) -> tuple[int, str]:
    out = tmp_path / "report.html"
    result = run_cli("report", team, "-o", out, *options)
    assert result.code in (0, 1), result.stderr
    return result.code, out.read_text(encoding="utf-8")


def _verdict(page: str) -> tuple[str, str]:
    """The cover's verdict: its class (the colour it is drawn in) and its words."""
    found = re.search(r'<div class="verdict (\w+)" id="verdict">(.*?)</div>', page)
    assert found, page[:2000]
    return found.group(1), found.group(2)


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_the_cover_states_the_audit_verdict_whatever_fail_on_gates(tmp_path: Path, fail_on: str) -> None:
    code, page = _report(tmp_path, EXAMPLES / "backwards.yaml", "--fail-on", fail_on)
    assert code == (0 if fail_on == "never" else 1)  # the gate is the exit code's
    assert _verdict(page) == ("fail", "Over-indexed on ML research; no integration layer")
    summary = visible(section(page, "summary"))
    assert "Current staff is over-indexed (2 errors)" in summary and "The plan is over-indexed (2 errors)" in summary
    assert "passes" not in summary and "fails" not in summary


@pytest.mark.parametrize("example", ["balanced", "plan-fixes"])
def test_a_team_within_the_threshold_is_said_so_in_green(tmp_path: Path, example: str) -> None:
    _, page = _report(tmp_path, EXAMPLES / f"{example}.yaml")
    assert _verdict(page) == ("pass", "Not over-indexed")
    summary = visible(section(page, "summary"))
    if example == "balanced":
        assert "Current staff is not over-indexed : ML research 3.0 FTE" in summary  # visible() spaces each text
    else:  # the plan decides; current staff is over-indexed until it is carried out
        assert "Current staff is over-indexed (1 error)" in summary and "The plan is not over-indexed" in summary


MISSING_COMPLIANCE = """organization: Lantern Care
people:
  - {name: Ann, title: Nurse Informaticist, background: "RN; former ICU nurse"}
  - {name: Bo, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}
  - {name: Cy, title: Research Scientist}
"""


@pytest.mark.parametrize("fail_on", ["error", "never"])
def test_a_team_within_the_threshold_that_lacks_a_layer_is_not_shown_in_green(tmp_path: Path, fail_on: str) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(MISSING_COMPLIANCE, encoding="utf-8")
    _, page = _report(tmp_path, team, "--fail-on", fail_on)
    assert _verdict(page) == ("fail", "Not over-indexed; no compliance layer")
