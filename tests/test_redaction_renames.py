"""A `diff --redact` gives a person one pseudonym in both versions when their surname gains or loses a hyphenated
part (renames.py), as marriage and divorce change names: a file without ids read it as one person leaving and a
stranger joining."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

OTHERS = "  - {name: Raj Patel, title: ML Engineer}\n  - {name: Tom Berg, title: HL7 Interface Engineer}\n"


def _diff(tmp_path: Path, before: str, after: str, *options: str) -> dict[str, object]:
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(f"people:\n  - {{name: {before}, title: Clinical Informaticist}}\n{OTHERS}", encoding="utf-8")
    head.write_text(f"people:\n{after}{OTHERS}", encoding="utf-8")
    result = run_cli("diff", base, head, "--format", "json", *options)
    assert result.code == 0, result.stderr
    return dict(json.loads(result.stdout))


@pytest.mark.parametrize(
    ("before", "after"),
    [("Ana Lopez", "Ana Lopez-Garcia"), ("Ana Lopez-Garcia", "Ana Garcia"), ("Ana García", "Ana Lopez-Garcia")],
)
def test_a_surname_that_gains_or_loses_a_hyphenated_part_is_a_rename(tmp_path, before, after):
    """`Ana Lopez` -> `Ana Lopez-Garcia` was Person 01 removed and Person 04 added, and TA003's thin clinical layer
    resolved about one and appeared about the other."""
    head = f"  - {{name: {after}, title: Clinical Informaticist}}\n"
    plain = _diff(tmp_path, before, head)
    assert [(p["name"], p["was"]) for p in plain["people"]["renamed"]] == [(after, before)]  # type: ignore[index]
    redacted = _diff(tmp_path, before, head, "--redact")
    assert not any(redacted["people"].values())  # type: ignore[attr-defined]  # one pseudonym: none added, removed...
    assert redacted["findings"] == {"appeared": [], "resolved": []}


def test_two_people_a_hyphenated_surname_could_be_are_no_rename(tmp_path):
    """With `Ana Lopez` and `Ana Lopez-Garcia` both in the head, the base's `Ana Lopez` is still there and the
    other joined; `Ana Lopez` -> `Ana Garcia` shares no part, and stays a leaver and a new hire."""
    both = "  - {name: Ana Lopez, title: Clinical Informaticist}\n  - {name: Ana Lopez-Garcia, title: Nurse}\n"
    people = _diff(tmp_path, "Ana Lopez", both)["people"]
    assert [p["name"] for p in people["added"]] == ["Ana Lopez-Garcia"]  # type: ignore[index]
    assert people["renamed"] == []  # type: ignore[index]
    other = _diff(tmp_path, "Ana Lopez", "  - {name: Ana Garcia, title: Clinical Informaticist}\n")["people"]
    assert [p["name"] for p in other["added"]] == ["Ana Garcia"]  # type: ignore[index]
    assert [p["name"] for p in other["removed"]] == ["Ana Lopez"]  # type: ignore[index]
