"""A team that passes the over-indexing test with no room for one more ML hire gets a note beside the verdict in
every format, never a failure: exactly at ML : layers = 1.00 used to pass with "Firm: ... not over-indexed" alone."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_cli

FORMATS = ["text", "json", "markdown", "html", "sarif", "junit", "github"]
LAYERS = (
    "  - {name: N1, title: Registered Nurse, background: ICU nurse}\n"
    "  - {name: N2, title: Registered Nurse, background: ED nurse}\n"
    "  - {name: H1, title: Interface Analyst, skills: [HL7]}\n"
    "  - {name: H2, title: Interface Analyst, skills: [HL7]}\n"
    "  - {name: C1, title: Regulatory Affairs Specialist, background: filed a 510(k)}\n"
    "  - {name: C2, title: Regulatory Affairs Specialist, background: filed a De Novo}\n"
)
AT = (
    "Near the threshold: the current view is at the threshold, ML research 6.0 vs layers 6.0 FTE (ratio 1.00, max "
    "1.00): one more ML hire (1.0 FTE) would make it over-indexed, so grow the three layers first."
)


def _team(tmp_path: Path, ml: str) -> Path:
    team = tmp_path / "team.yaml"
    team.write_text("people:\n" + LAYERS + ml, encoding="utf-8")
    return team


def _ml(count: int, fte: str = "") -> str:
    return "".join(f"  - {{name: M{i}, title: Research Scientist{fte}}}\n" for i in range(count))


def _note_in(fmt: str, out: str) -> list[str]:
    """The near-threshold notes a format carries, read the way its consumer reads them."""
    if fmt == "json":
        # A file with no plan gives its one view under both keys (json_format._keyed_views): one note, said twice.
        return list(dict.fromkeys(v["text"] for v in json.loads(out)["near_threshold"].values()))
    if fmt == "sarif":
        return list(json.loads(out)["runs"][0]["properties"]["near_threshold"])
    if fmt == "junit":
        root = ET.fromstring(out.split("\n", 2)[2])
        return [p.get("value", "") for p in root.iter("property") if p.get("name") == "near threshold"]
    if fmt == "github":
        return [line.split("::", 2)[2] for line in out.splitlines() if "title=teamaudit near threshold::" in line]
    return [line.lstrip("> ⚠️") for line in html.unescape(out).replace("</p>", "\n").splitlines() if "Near the" in line]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_team_at_the_threshold_passes_with_a_note(tmp_path, fmt):
    result = run_cli("check", _team(tmp_path, _ml(6)), "--format", fmt)
    assert result.code == 0, result.stderr
    notes = _note_in(fmt, result.stdout)
    assert len(notes) == 1 and notes[0].endswith(AT), notes
    if fmt == "json":
        assert json.loads(result.stdout)["near_threshold"]["plan"]["room"] == 0
    if fmt == "sarif":
        assert all(r["level"] != "error" for r in json.loads(result.stdout)["runs"][0]["results"])
    if fmt == "junit":
        assert 'failures="0"' in result.stdout.splitlines()[2]
    if fmt == "github":
        assert "::error" not in result.stdout and "::notice file=" in result.stdout
    if fmt == "text":
        lines = result.stdout.splitlines()
        assert lines[1].startswith("PASS") and AT in lines[2:5]  # in the verdict area, before the table


def test_half_an_fte_under_says_how_much_room_is_left(tmp_path):
    out = run_cli("check", _team(tmp_path, _ml(5) + "  - {name: P, title: Research Scientist, fte: 0.5}\n")).stdout
    assert (
        "Near the threshold: the current view is 0.5 FTE under the threshold, ML research 5.5 vs layers 6.0 FTE (ratio "
        "0.92, max 1.00): one more ML hire (1.0 FTE) would make it over-indexed" in out
    )


def test_headcount_counts_one_more_person(tmp_path):
    team = _team(tmp_path, _ml(5) + "  - {name: P, title: Research Scientist, fte: 0.5}\n")
    out = run_cli("check", team, "--basis", "headcount").stdout
    assert (
        "Near the threshold: the current view is at the threshold, ML research 6 vs layers 6 people (ratio 1.00, max "
        "1.00): one more ML hire (1 person) would make it over-indexed, so grow the three layers first."
    ) in out


@pytest.mark.parametrize("ml", [_ml(5), _ml(7)], ids=["room for one hire", "over-indexed"])
def test_no_note_with_room_for_a_hire_or_when_already_over(tmp_path, ml):
    for fmt in FORMATS:
        out = run_cli("check", _team(tmp_path, ml), "--format", fmt).stdout
        assert "Near the threshold" not in out, fmt
    assert json.loads(run_cli("check", _team(tmp_path, ml), "--format", "json").stdout)["near_threshold"] == {}


def test_each_view_gets_its_own_note(tmp_path):
    """Current staff one hire under, the plan at the threshold: both are said, the scoped view first."""
    team = _team(tmp_path, _ml(5) + "  - {name: R, title: Research Scientist, status: open}\n")
    out = run_cli("check", team).stdout
    assert "Near the threshold: the plan view is at the threshold" in out
    assert "Near the threshold: the current view" not in out  # 5 vs 6: room for one more hire
    nurse = "  - {name: N3, title: Registered Nurse, background: ICU nurse, status: planned}\n"
    team = _team(tmp_path, _ml(6) + nurse + "  - {name: R, title: Research Scientist, status: open, fte: 0.5}\n")
    out = run_cli("check", team, "--scope", "current").stdout
    current, plan = out.index("Near the threshold: the current view is at"), out.index("the plan view is 0.5 FTE")
    assert current < plan
