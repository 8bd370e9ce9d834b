"""How the team file is read when its text is large, odd or written as YAML 1.1 reads it otherwise than a reader
does: every case through `teamaudit check`, as a user meets it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import run_cli

ANN = "people:\n  - name: Ann Lee\n    title: Registered Nurse\n"


def _people(team_file: Path) -> list[dict[str, object]]:
    result = run_cli("check", team_file, "--details", "--format", "json")
    assert result.code in (0, 1), result.stderr
    people: list[dict[str, object]] = json.loads(result.stdout)["people"]
    return people


def test_skills_text_is_cut_outside_parentheses_as_before(team: Callable[..., Path]) -> None:
    text = "Epic (ClinDoc, Orders), Cerner; HL7 (v2; FHIR), a), b, (c, d"
    skills = _people(team(ANN + f'    skills: "{text}"\n'))[0]["skills"]
    assert skills == ["Epic (ClinDoc, Orders)", "Cerner", "HL7 (v2; FHIR), a)", "b", "(c", "d"]


def test_a_240_kb_skills_text_is_cut_into_its_skills(team: Callable[..., Path]) -> None:
    # Cut by a regular expression that looked ahead for a `)` after every comma, this took 17 s of CPU.
    text = "Epic (ClinDoc), " + "HL7, " * 48_000
    skills = _people(team(ANN + f'    skills: "{text}"\n'))[0]["skills"]
    assert skills == ["Epic (ClinDoc)"] + ["HL7"] * 48_000
