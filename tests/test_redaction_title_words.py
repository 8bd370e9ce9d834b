"""`--redact` and a surname that is also a word of job titles (`Sales`, `Doctor`, `Lead`, `Deep`): in a title it is
the word unless the title uses it as a name; in a suppression's reason or the organization it is hidden as any name
(docs/redaction.md, benchmarks/name_false_positives.py)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import redacted_titles, run_cli

# No one does integration work: TA002 fires for it and the suppression's reason is shown beside it.
TEAM = """organization: Sales Partners Clinic
people:
  - {name: Maria Sales, title: Sales Engineer}
  - {name: Tom Lead, title: Clinical Informatics Lead}
  - {name: Ann Doctor, title: "Assistant to Dr. Doctor"}
  - {name: Raj Deep, title: "Deep Learning Engineer, reports to Deep"}
  - {name: Eve Master, title: "Backup for Lead; Master's scheduler"}
  - {name: Bo Case, title: "Nurse Case Manager, RN; Case and Deep rotation"}
"""
REASON = "Approved by Sales; Lead signed off; Per Deep: until March; ask master"


def _team(tmp_path: Path) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(TEAM, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(
        f"ignore:\n  - {{rule: TA002, layer: integration, reason: {json.dumps(REASON)}}}\n", encoding="utf-8"
    )
    return path


def test_a_surname_that_is_a_title_word_stays_the_word_in_a_title(tmp_path):
    """With a Maria Sales and a Tom Lead in the file, `Sales Engineer` was shown as `Person 01 Engineer` and
    `Clinical Informatics Lead` as `Clinical Informatics Person 02`; a title that names them still hides them, and
    a reason or the organization hides them wherever they stand."""
    result = run_cli("check", _team(tmp_path), "--redact", "--details")
    assert result.code in (0, 1), result.stderr
    doc = json.loads(run_cli("check", _team(tmp_path), "--redact", "-f", "json").stdout)
    titles = [p["title"] for p in doc["people"]]
    assert titles == [
        "Sales Engineer",
        "Clinical Informatics Lead",
        "Assistant to Dr. Person 03",
        "Deep Learning Engineer, reports to Person 04",
        "Backup for Person 02; Person 05's scheduler",
        "Nurse Case Manager, RN; Person 06 and Person 04 rotation",
    ]
    assert "Sales Engineer" in result.stdout and "Clinical Informatics Lead" in result.stdout
    assert "Person 01 Engineer" not in result.stdout
    # A reason or an organization is no title: `Sales` there is hidden wherever it stands, as before.
    (accepted,) = [f for f in doc["findings"] if f["suppressed"]]
    assert accepted["suppressed"] == (
        "Approved by Person 01; Person 02 signed off; Per Person 04: until March; ask Person 05"
    )
    assert doc["organization"] == "Person 01 Partners Clinic"


_OTHERS = [
    "Kim Ng",
    "Ola Ade",
    "Ivo Kral",
    "Nia Obi",
    "Uma Rao",
    "Eli Roth",
    "Ada Kwan",
    "Lin Hu",
    "Ben Oyelaran",
    "Mia Sorensen",
]


def test_a_title_word_surname_used_as_a_name_in_other_ways_is_hidden(tmp_path):
    """Review of 2026-12-03: each of these titles showed the surname of a Maria Sales, Tom Lead, Ann Doctor, Raj Deep
    or Bo Case, a name used as a name that the rule read as the word of a title (a leak is worse than a word hidden);
    `Sales Engineer` and `Case Management Lead` stay words."""
    written = {
        "Assistant to  Sales": "Assistant to  Person 01",  # two spaces
        "Assistant to M. Sales": "Assistant to M. Person 01",  # an initial
        "Reports to: Lead": "Reports to: Person 02",
        "Backup for Lead until March": "Backup for Person 02 until March",
        "Coordinator, covering for Case while on leave": "Coordinator, covering for Person 05 while on leave",
        "Scribe for Dr.Doctor": "Scribe for Dr.Person 03",
        "EA to Sales & Deep": "EA to Person 01 & Person 04",
        "Scribe for Doctor, Case": "Scribe for Person 03, Person 05",
        "Sales Engineer": "Sales Engineer",
        "Case Management Lead": "Case Management Lead",
    }
    people = "".join(
        f"  - {{name: {name}, title: {json.dumps(title)}}}\n"
        for name, title in zip(
            ["Maria Sales", "Tom Lead", "Ann Doctor", "Raj Deep", "Bo Case", *_OTHERS],
            ["Nurse"] * 5 + list(written),
            strict=False,
        )
    )
    path = tmp_path / "team.yaml"
    path.write_text(f"people:\n{people}", encoding="utf-8")
    assert redacted_titles(path)[5:] == list(written.values())


def test_a_lab_named_after_a_person_hides_the_name_a_title_word_is(tmp_path):
    """With a Maria Sales in the file, `Sales Lab Coordinator` (her lab) was shown whole, hers or another's title;
    labs are named after the one who runs them. A kind of lab (`Clinical Lab`, `Bank Lab`), a rank before one (`Lead
    Laboratory Scientist` of a Tom Lead), `Sales Director` of a Maria Sales and `Nurse` of a Tom Nurse stay."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n"
        "  - {name: Maria Sales, title: Sales Lab Coordinator}\n"
        "  - {name: Ana Bank, title: 'Research Assistant, Sales lab'}\n"
        "  - {name: Tom Nurse, title: Nurse}\n"
        "  - {name: Eve Clinical, title: Clinical Lab Scientist}\n"
        "  - {name: Tom Lead, title: Lead Laboratory Scientist}\n"
        "  - {name: Raj Kumar, title: Blood Bank Lab Technician}\n",
        encoding="utf-8",
    )
    assert redacted_titles(team) == [
        "Person 01 Lab Coordinator",
        "Research Assistant, Person 01 lab",
        "Nurse",
        "Clinical Lab Scientist",
        "Lead Laboratory Scientist",
        "Blood Bank Lab Technician",
    ]
    team.write_text("people:\n  - {name: Maria Sales, title: Sales Director}\n", encoding="utf-8")
    assert json.loads(run_cli("check", team, "--redact", "-f", "json").stdout)["people"][0]["title"] == "Sales Director"


def test_the_evidence_never_says_the_title_word_a_name_hid(tmp_path):
    """With `Sales Lab Coordinator` shown as `Person 01 Lab Coordinator`, `explain --redact` and every format's
    evidence still said `title matches 'sales, marketing, customer'`, and the negatives about selling: the shipped
    rubric is public, so the label said the hidden word. A title signal the title as shown no longer matches is
    withheld; one it matches keeps the rubric's label (`title matches 'nurse'`)."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - {name: Maria Sales, title: Sales Lab Coordinator}\n  - {name: Tom Nurse, title: Nurse}\n",
        encoding="utf-8",
    )
    explained = run_cli("explain", team, "Maria Sales", "--redact")
    assert explained.code == 0, explained.stderr
    assert "Person 01 Lab Coordinator" in explained.stdout
    assert "sales" not in explained.stdout.casefold() and "selling" not in explained.stdout.casefold()
    assert "title matches a word hidden as a name" in explained.stdout
    doc = json.loads(run_cli("check", team, "--redact", "-f", "json").stdout)
    assert doc["people"][0]["evidence"] == ["title matches a word hidden as a name"]
    assert doc["people"][1]["evidence"] == ["title matches 'nurse'"]
    for fmt in ("markdown", "html", "text"):
        shown = run_cli("check", team, "--redact", "--details", "-f", fmt).stdout.casefold()
        assert "sales" not in shown and "selling" not in shown, fmt
