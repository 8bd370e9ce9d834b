"""The layers a team lacks, listed as English lists them.

A founder's team of a CEO and a product manager read "no clinical or integration or compliance layer" on the report's
cover, and the text and markdown headlines said "no clinical or compliance or integration layer", in another order
than the cover's. Each test runs teamaudit in-process on a real team file."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from test_report_client import section, visible
from test_report_verdict import _verdict

FOUNDERS = """organization: Lantern Care
as_of: 2026-11-01
people:
  - {name: Julia Santos, title: CEO & Co-founder}
  - {name: Ben Carter, title: Product Manager}
"""
CLINICAL = "  - {name: Ann Lee, title: Nurse Informaticist, background: 'RN; former ICU nurse'}\n"
INTEGRATION = "  - {name: Bo Park, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}\n"

# A team file, and how the layers it lacks read.
TEAMS = {
    "none": (FOUNDERS, "no clinical, integration or compliance layer"),
    "two": (FOUNDERS + CLINICAL, "no integration or compliance layer"),
    "one": (FOUNDERS + CLINICAL + INTEGRATION, "no compliance layer"),
}


def _team(tmp_path: Path, which: str) -> tuple[Path, str]:
    text, lacking = TEAMS[which]
    team = tmp_path / "team.yaml"
    team.write_text(text, encoding="utf-8")
    return team, lacking


def _check(team: Path, form: str) -> str:
    result = run_cli("check", team, "--format", form)
    assert result.code == 1, result.stderr
    return result.stdout


@pytest.mark.parametrize("which", TEAMS)
def test_the_text_headline_lists_the_missing_layers_as_a_sentence_does(tmp_path: Path, which: str) -> None:
    team, lacking = _team(tmp_path, which)
    lines = _check(team, "text").splitlines()
    assert f"The current view has {lacking}." in lines


@pytest.mark.parametrize("which", TEAMS)
def test_the_markdown_headline_lists_the_missing_layers_as_a_sentence_does(tmp_path: Path, which: str) -> None:
    team, lacking = _team(tmp_path, which)
    assert f"**The current view has {lacking}.**" in _check(team, "markdown").splitlines()


@pytest.mark.parametrize("which", TEAMS)
@pytest.mark.parametrize("command", ["check", "report"])
def test_the_html_cover_and_summary_list_the_missing_layers_as_a_sentence_does(
    tmp_path: Path, which: str, command: str
) -> None:
    team, lacking = _team(tmp_path, which)
    out = tmp_path / "report.html"
    result = run_cli(command, team, "-o", out, *(("-f", "html") if command == "check" else ()))
    assert result.code == 1, result.stderr
    page = out.read_text(encoding="utf-8")
    assert _verdict(page) == ("fail", f"Not over-indexed; {lacking}")
    assert f"The current view has {lacking}." in visible(page)
    assert f"; {lacking}." in visible(section(page, "summary"))


def test_the_plan_that_fixes_two_missing_layers_names_them_in_the_layers_order(tmp_path: Path) -> None:
    """Current staff lacks two layers the plan's hires fill: the sentence that says so lists them as the cover
    does, clinical before integration before compliance."""
    team = tmp_path / "team.yaml"
    plan = (
        "  - {name: Open compliance role, title: Regulatory Affairs Manager, status: open,"
        " background: 'filed two FDA 510(k) submissions'}\n"
        "  - {name: Open integration role, title: HL7 Interface Engineer, status: open, skills: [HL7 v2, FHIR]}\n"
    )
    team.write_text(FOUNDERS + CLINICAL + plan, encoding="utf-8")
    result = run_cli("check", team)
    assert "Current staff has no integration or compliance layer today; the plan fixes it once its hires start." in (
        result.stdout.splitlines()
    ), result.stdout


def test_the_summary_lists_the_layers_no_range_prices_as_a_sentence_does(tmp_path: Path) -> None:
    """A rubric with no salary range for any layer: the cost of the gap read 'no published salary range for clinical,
    integration, compliance', a list with no word before its last item."""
    team, _ = _team(tmp_path, "none")
    rubric = tmp_path / "rubric.yaml"
    unpriced = "\n".join(f"  {layer}:\n    hire:\n      comp: null" for layer in ("integration", "compliance"))
    rubric.write_text(f'extends: healthcare-ai\nname: unpriced\nversion: "1"\nlayers:\n{unpriced}\n', encoding="utf-8")
    out = tmp_path / "report.html"
    result = run_cli("report", team, "--rubric", rubric, "-o", out)
    assert result.code == 1, result.stderr
    summary = visible(section(out.read_text(encoding="utf-8"), "summary"))
    assert "no published salary range for clinical, integration or compliance." in summary, summary
