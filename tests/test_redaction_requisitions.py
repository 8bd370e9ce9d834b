"""An open requisition names a role, not a person: --redact keeps the titles its label shares words with."""

from __future__ import annotations

import json
import re

from conftest import redacted_report, redacted_titles, run_cli

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
    titles = redacted_titles(team)
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


# Requisitions and planned hires named as ATS exports name them, beside the titles their words are in.
ATS = """\
people:
  - {name: Cy Moreau, title: ML Engineer III}
  - {name: Di Ruiz, title: Research Scientist (Open Source)}
  - {name: Ed Holm, title: Staff ML Engineer - Foundation Models}
  - {name: "Req 4471 - Senior Research Scientist, Generative Models", title: Research Scientist II, status: open}
  - {name: "Senior Research Scientist, Generative Models (REQ-4471)", title: Staff Scientist, status: planned}
  - {name: "TBH - ML Engineer", title: Data Scientist, status: planned}
  - {name: "TBH - RN Educator", title: Nurse Educator, status: planned}
  - {name: "Offer - Ann Lee - Clinical Informaticist", title: Clinical Informaticist, status: planned}
  - {name: "Backfill for J. Ortiz", title: Integration Engineer, status: open}
  - {name: Fay Tran, title: "Assistant to Ann Lee; covers Lee, Ortiz and Ann"}
"""


def test_a_requisition_or_planned_hire_named_as_a_job_hides_no_job_words_elsewhere(tmp_path):
    """A consultant's trial of 80 people: 44 titles read `Research Person 71 (Open [name] #Person 71)`, `ML Person 72
    III`, the words of `Req 4471 - Senior Research Scientist, Generative Models` and `TBH - ML Engineer` hidden as a
    name's; the candidate and the one a backfill replaces are still found (`Ann Lee`, `Ortiz`)."""
    team = tmp_path / "team.yaml"
    team.write_text(ATS, encoding="utf-8")
    titles = redacted_titles(team)
    assert titles == [
        "ML Engineer III",
        "Research Scientist (Open Source)",
        "Staff ML Engineer - Foundation Models",
        "Research Scientist II",
        "Staff Scientist",
        "Data Scientist",
        "Nurse Educator",
        "Clinical Informaticist",
        "Integration Engineer",
        "Assistant to Person 08; covers Person 08, Person 09 and Person 08",
    ]


def test_the_trial_file_with_ats_names_keeps_its_titles():
    """tests/data/ats-reqs-80.yaml: 45 of 80 titles changed before, 1 after (`Assistant to Dr. Person 03`, a name)."""
    from pathlib import Path

    team = Path(__file__).parent / "data" / "ats-reqs-80.yaml"
    people = json.loads(run_cli("check", team, "-f", "json", "--redact").stdout)["people"]
    changed = [p["title"] for p in people if "Person" in p["title"] or "[name]" in p["title"]]
    assert changed == ["Executive Assistant to Dr. Person 03"]


# A candidate an ATS writes into the requisition's name, beside its job; named alone in others' texts.
CANDIDATES = """\
organization: Maria and Doe Health
people:
  - {name: "Offer - Maria Sales - Staff Nurse", title: Staff Nurse, status: planned}
  - {name: "Req 12 - Jane Doe - Nurse", title: Registered Nurse, status: open}
  - {name: Bo Chen, title: "Assistant to Maria; backup Doe"}
  - {name: Di Ray, title: "Jane's deputy"}
  - {name: Cy Lin, title: Sales Engineer}
  - {name: "Req 13 - Oncology - Staff Nurse", title: Staff Nurse, status: open}
"""


def test_a_candidate_named_in_a_requisition_is_hidden_alone_everywhere(tmp_path):
    """`Maria`, `Doe` and `Jane` were shown in others' titles, in the organization and in every finding quoting
    them: `Sales` (a word of job titles) made `Maria Sales` a job, and a piece after `Req 12` was no candidate's.
    The job words stay (`Staff Nurse`, `Sales Engineer`), and so does a department after a number (`Oncology`)."""
    team = tmp_path / "team.yaml"
    team.write_text(CANDIDATES, encoding="utf-8")
    config = tmp_path / "c.yaml"
    config.write_text('ignore:\n  - {rule: TA005, reason: "Doe and Maria agreed"}\n', encoding="utf-8")
    for fmt in ("json", "markdown", "sarif", "html"):
        result = run_cli("check", team, "-f", fmt, "--redact", "--config", config)
        assert result.code == 1 and "Person 02 and Person 01 agreed" in result.stdout, fmt
        assert re.findall(r"\b(?:Maria|Doe|Jane)\b", result.stdout) == [], fmt
    doc = redacted_report(team)
    titles = [person["title"] for person in doc["people"]]
    assert titles == [
        "Staff Nurse",
        "Registered Nurse",
        "Assistant to Person 01; backup Person 02",
        "Person 02's deputy",
        "Sales Engineer",
        "Staff Nurse",
    ]
    assert doc["organization"] == "Person 01 and Person 02 Health"


# Requisitions named in the language a clinic posts in, beside colleagues who hold those jobs; the titles are the
# ATS's job profiles, in English. Only `Maria Sales` names someone.
LOCAL_POSTINGS = """\
people:
  - {name: Lucia Fernandez, title: Enfermera Jefe de Planta}
  - {name: Sofia Ruiz, title: Médico Adjunto de Urgencias}
  - {name: Camille Laurent, title: Pharmacienne Hospitalière}
  - {name: Paola Bianchi, title: Infermiera Coordinatrice}
  - {name: Tom Becker, title: Executive Assistant to Maria Sales}
  - {name: Ada Obi, title: "Maria Sales's deputy"}
  - {name: Raj Kumar, title: Doe Lab Coordinator}
  - {name: "Req 12 - Enfermera Jefe - Nurse", title: Charge Nurse, status: open}
  - {name: "Offer - Médico Adjunto - Staff Physician", title: Staff Physician, status: planned}
  - {name: "Offer - Pharmacienne Hospitalière", title: Clinical Pharmacist, status: planned}
  - {name: "Req 15 - Infermiera Coordinatrice - Nurse", title: Nurse Coordinator, status: open}
  - {name: "Offer - Maria Sales - Staff Nurse", title: Staff Nurse, status: planned}
  - {name: "Req 16 - Jane Doe - Nurse", title: Registered Nurse, status: open}
"""


def test_a_requisition_named_after_a_colleagues_job_hides_none_of_its_words(tmp_path):
    """`Offer - Pharmacienne Hospitalière` (its profile `Clinical Pharmacist`) read as naming a candidate, and its
    words went everywhere: Camille Laurent's title was `Person 10`, `Médico Adjunto de Urgencias` `Person 09 de
    Urgencias`. A word the file's titles hold, but for a name in them (after `to`, before a possessive or
    `Lab`), is a job's."""
    team = tmp_path / "team.yaml"
    team.write_text(LOCAL_POSTINGS, encoding="utf-8")
    doc = json.loads(run_cli("check", team, "-f", "json", "--redact", "--fail-on", "never").stdout)
    titles = [person["title"] for person in sorted(doc["people"], key=lambda p: p["name"])]
    assert titles[:7] == [
        "Enfermera Jefe de Planta",
        "Médico Adjunto de Urgencias",
        "Pharmacienne Hospitalière",
        "Infermiera Coordinatrice",
        "Executive Assistant to Person 12",
        "Person 12's deputy",
        "Person 13 Lab Coordinator",
    ]
