"""The published JSON Schema of the team file (`teamaudit schema`, docs/team.schema.json) and the validator
accept exactly the same files: an editor that shows no squiggle means `check` reads the file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from conftest import ROOT, run_cli
from teamaudit.errors import TeamAuditError
from teamaudit.roster import roster_from_text
from teamaudit.schema import team_file_schema

SCHEMA = team_file_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

# (a line added to one person, or a top-level line, accepted?)
PERSON_FIELDS = [
    ("status: planned", True),
    ("status: Planned", True),
    ("status: ' OPEN '", True),
    ("status: hired", False),
    ("status: plan ned", False),
    ("status: null", False),
    ("layer: ML Research", True),
    ("layer: ml-research", True),
    ("layer: ML_research", True),
    ("layer: ml__research", True),
    ("layer: ML", False),
    ("layer: mlresearch", False),
    ("layer: ml_research_", False),
    ("layer: null", True),
    ("employment: Contractor", True),
    ("employment: advisor", True),
    ("employment: consultant", False),
    ("employment: null", True),
    ("skills: Epic, Cerner", True),
    ("skills: Epic; Cerner", True),
    ("skills: ''", True),
    ("skills: [Epic, Cerner]", True),
    ("skills: [Epic, 5]", True),  # a text written as a number is the text written
    ("skills: [Epic, yes]", False),
    ("skills: 5", True),
    ("skills: null", False),
    ("background: RN, BSN", True),
    ("background: [RN, 8 years ICU]", True),
    ("background: 5", True),
    ("background: [yes]", False),
    ("fte: 0.5", True),
    ("fte: 1", True),
    ("fte: 0", False),
    ("fte: 1.5", False),
    ("fte: '0.5'", False),
    ("fte: true", False),
    ("cost: 185000", True),
    ("cost: -5", False),
    ("cost: '185000'", False),
    ("cost: null", True),
    ("id: 1042", True),
    ("id: E1042", True),
    ("id: 1.5", True),
    ("id: true", False),
    ("team: Clinical", True),
    ("team: 010", True),
    ("team: yes", False),
    ("start: 2027-01-15", True),
    ("start: '2027-01-15'", True),
    ("start: soon", False),
    ("role: Nurse", False),
    # A text written as a number is at most as long as text may be: 200 characters for an id, 300 for a team.
    (f"id: {'9' * 200}", True),
    (f"id: {'9' * 201}", False),
    (f"id: -{'9' * 199}", True),
    (f"id: -{'9' * 200}", False),
    (f"team: {'9' * 300}", True),
    (f"team: {'9' * 301}", False),
    (f"skills: [{'9' * 2000}]", True),
    (f"skills: [{'9' * 2001}]", False),
    (f"skills: {'9' * 2001}", False),
    (f"background: {'9' * 2001}", False),
    (f"background: [{'9' * 2001}]", False),
    (f"background: {'a' * 2001}", False),
    # A text YAML 1.1 reads as a date is the text written, as it is to an editor (YAML 1.2: a date is text).
    ("team: 2026-01-01", True),
    ("team: 2026-1-5", True),
    ("team: 2026-01-01 10:00:00", True),
    ("id: 2026-01-01", True),
    ("skills: 2026-01-01", True),
    ("skills: [Epic, 2026-01-01]", True),
    ("background: 2026-01-01", True),
    ("background: [RN, 2026-01-01]", True),
]
TOP_FIELDS = [
    ("organization: Acme", True),
    ("organization: null", True),
    ("organization: 3", True),
    ("organization: 0x1F", True),
    ("organization: 1.10", True),
    ("organization: [a]", False),
    ("organization: yes", False),
    ("organization: 2026-01-01", True),
    (f"organization: {'9' * 301}", False),
    ("as_of: 2026-11-01", True),
    ("as_of: null", True),
    ("as_of: yesterday", False),
    ("people: []", False),  # a wiped list is no team to audit
    ("people:", False),
    ("peopel: []", False),
]
NAMES = [
    ("name: Ann", True),
    ("name: '  '", False),
    ("name: ''", False),
    ("name: 5", True),
    ("name: on", False),
    (f"name: {'9' * 200}", True),
    (f"name: {'9' * 201}", False),  # the schema took any number; `check`, 200 characters of it
    ("name: 2026-01-01", True),  # `check` refused the date an editor reads as text
]


def _check_accepts(text: str) -> bool:
    try:
        roster_from_text(text, Path("team.yaml"))
    except TeamAuditError:
        return False
    return True


def _schema_accepts(text: str) -> bool:
    data = json.loads(json.dumps(yaml.safe_load(text), default=str))  # dates are strings to an editor
    return VALIDATOR.is_valid(data)


def _person(line: str) -> str:
    name = "" if line.startswith("name:") else "    name: Ann\n"
    return f"people:\n  - title: Registered Nurse\n    {line}\n{name}"


def _top(line: str) -> str:
    return f"{line}\n" + ("" if line.startswith(("people", "peopel")) else "people: [{name: Ann, title: RN}]\n")


CASES = [(line, _person(line), ok) for line, ok in PERSON_FIELDS + NAMES] + [
    (line, _top(line), ok) for line, ok in TOP_FIELDS
]


def _case_id(line: str) -> str:
    return line if len(line) <= 60 else f"{line[:20]}... ({len(line):,} characters)"


@pytest.mark.parametrize(("text", "accepted"), [c[1:] for c in CASES], ids=[_case_id(c[0]) for c in CASES])
def test_schema_and_validator_agree(text: str, accepted: bool) -> None:
    assert _check_accepts(text) is accepted, text
    assert _schema_accepts(text) is accepted, text


def test_the_published_schema_is_the_generated_one() -> None:
    result = run_cli("schema")
    assert result.code == 0
    assert json.loads(result.stdout) == SCHEMA
    assert json.loads((ROOT / "docs" / "team.schema.json").read_text()) == SCHEMA


def test_check_and_the_schema_find_the_same_people_wrong(team: Any) -> None:
    """'The published JSON Schema finds all three at once': so does `check`, on the same people."""
    path = team(
        "people:\n"
        "  - {name: Ann, title: Registered Nurse, fte: 1.5}\n"
        "  - {name: Bob, title: Data Scientist}\n"
        "  - {name: Cy, title: FHIR Engineer, status: hired}\n"
        "  - {name: Di, titel: Regulatory Affairs Specialist}\n"
    )
    result = run_cli("check", path)
    assert result.code == 2
    by_check = {int(m) - 2 for m in re.findall(rf"{re.escape(str(path))}:(\d+):", result.stderr)}
    by_schema = {error.absolute_path[1] for error in VALIDATOR.iter_errors(yaml.safe_load(path.read_text()))}
    assert by_check == by_schema == {0, 2, 3}


def test_the_published_schema_writes_each_number_bound_once_and_still_validates_the_examples() -> None:
    # The 2,000-character limits of skills and background were written out as 2,001-digit bounds at each use: 25.7 KB.
    published = (ROOT / "docs" / "team.schema.json").read_text()
    bounds = re.findall(r"-?\d{100,}", published)
    assert sorted(map(len, bounds)) == [201, 201, 301, 301, 2001, 2001] and len(published) < 13_000
    validator = jsonschema.Draft202012Validator(json.loads(published))
    for example in sorted((ROOT / "examples").glob("*.yaml")):
        assert validator.is_valid(json.loads(json.dumps(yaml.safe_load(example.read_text()), default=str))), example
    too_long = {"people": [{"name": "Ann", "title": "RN", "skills": [int("9" * 2001)]}]}
    assert not validator.is_valid(too_long) and validator.is_valid({"people": [{"name": "Ann", "title": "RN"}]})
