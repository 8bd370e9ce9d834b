"""An open requisition names a role, not a person: --redact keeps the titles its label shares words with."""

from __future__ import annotations

import json

from conftest import run_cli

# `import` names each opening of an ATS export so; its words are those of the titles beside it.
TEAM = """\
people:
  - {name: Ann Okafor, title: Software Engineer}
  - {name: Bo Lindqvist, title: Senior Data Scientist}
  - {name: Cy Moreau, title: QA Engineer}
  - {name: "Open req REQ-101 #1 - Senior ML Engineer", id: REQ-101, title: Senior ML Engineer, status: open}
  - {name: Open req REQ-102 - FHIR Integration Engineer, title: FHIR Integration Engineer, status: open}
"""


def test_a_redacted_report_keeps_the_titles_an_open_requisitions_label_shares_words_with(tmp_path):
    """Every `Engineer` and `Senior` became a pseudonym or `[name]`: `Software [name]`, `[name] Data Scientist`,
    `Person 05 Person 05 [name]` for the requisition's own title."""
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    result = run_cli("check", team, "-f", "json", "--redact")
    titles = [person["title"] for person in json.loads(result.stdout)["people"]]
    assert titles == [
        "Software Engineer",
        "Senior Data Scientist",
        "QA Engineer",
        "Senior ML Engineer",
        "FHIR Integration Engineer",
    ]
    report = run_cli("report", team, "-o", tmp_path / "r.html", "--redact")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert report.code == 1 and "[name]" not in html and "Software Engineer" in html
    assert "Okafor" not in html and "Open req" not in html


def test_a_person_in_a_title_is_still_hidden_beside_an_open_requisition(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM + "  - {name: Di Ruiz, title: Assistant to Ann Okafor}\n", encoding="utf-8")
    doc = json.loads(run_cli("check", team, "-f", "json", "--redact").stdout)
    assert doc["people"][-1]["title"] == "Assistant to Person 01"


def test_a_redacted_diff_keeps_them_too(tmp_path):
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(TEAM, encoding="utf-8")
    head.write_text(TEAM + "  - {name: Open req REQ-103 - Staff Engineer, title: Staff Engineer, status: open}\n")
    out = run_cli("diff", base, head, "--redact").stdout
    assert "Staff Engineer, open" in out and "[name]" not in out and "Open req" not in out
