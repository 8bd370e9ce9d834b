"""A board reads the HTML report without the team file open: findings and recommendations name people without
'(line N)', and the people table keeps each person's line. Formats for CI keep the line in the message."""

from __future__ import annotations

import json
import re

from conftest import run_cli

TEAM = """\
people:
  - {name: M1, title: Research Scientist}
  - {name: M2, title: Research Scientist}
  - {name: Wes Xu, title: Regulatory Affairs Manager}
  - {name: Nurse, title: Clinical Informatics Lead, background: "RN; 8 years ICU nurse"}
  - {name: Gus Hale, title: People & Ops Lead}
"""


def test_the_board_report_names_people_without_line_numbers(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    page = tmp_path / "report.html"
    run_cli("report", team, "-o", page)
    html = page.read_text(encoding="utf-8")
    assert "Wes Xu" in html
    assert not re.search(r"\(line \d+\)", html)
    people = html[html.index('id="people"') :]
    assert '<td class="free" title="team file line 4">Wes Xu</td>' in people


def test_ci_formats_keep_the_line_in_the_message(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    doc = json.loads(run_cli("check", team, "-f", "json").stdout)
    assert any("Wes Xu (line 4)" in f["message"] for f in doc["findings"])
    for fmt in ("text", "sarif", "junit", "github"):
        assert "Wes Xu (line 4)" in run_cli("check", team, "-f", fmt).stdout, fmt
