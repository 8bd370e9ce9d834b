"""How the team file is read when its text is large, odd or written as YAML 1.1 reads it otherwise than a reader
does: every case through `teamaudit check`, as a user meets it."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import run_cli
from teamaudit.problems import MAX_SHOWN

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


def _counting_likeness(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts how often two spellings are compared letter by letter (difflib's ratio), the costly part of a hint."""
    calls = [0]
    ratio = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        calls[0] += 1
        return ratio(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
    return calls


def test_only_the_unknown_keys_shown_are_compared_with_the_known_ones(
    team: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every unknown key was compared with every key and synonym, shown or not: 40,000 took 56 s.
    people = "".join(f"  - {{name: P{i}, title: Nurse, zq{i:05d}xk: 1}}\n" for i in range(2_000))
    calls = _counting_likeness(monkeypatch)
    result = run_cli("check", team("people:\n" + people))
    assert result.code == 2
    assert "unknown key 'zq00000xk'" in result.stderr and "1,980 more problems not shown" in result.stderr
    assert calls[0] < MAX_SHOWN * 20


def test_a_misspelt_key_is_still_reported_once_past_the_problems_shown(team: Callable[..., Path]) -> None:
    people = "".join(f"  - {{name: P{i}, titel: Nurse}}\n" for i in range(30))
    result = run_cli("check", team("people:\n" + people))
    assert result.code == 2
    assert "did you mean title?" in result.stderr and "10 more problems not shown" in result.stderr


def test_a_100_kb_key_is_reported_without_being_compared(
    team: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting_likeness(monkeypatch)
    result = run_cli("check", team(ANN + f"    ? {'titel' * 20_000}\n    : 1\n"))
    assert result.code == 2
    assert "unknown key 'titeltitel" in result.stderr and "(100,000 characters)" in result.stderr
    assert "known keys: name, title" in result.stderr
    assert calls[0] == 0
