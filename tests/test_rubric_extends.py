"""`extends` (issue 13 point 5): a child rubric and its parents merge as plain data and are validated once."""

from __future__ import annotations

from pathlib import Path

import pytest

import teamaudit.rubric
from conftest import run_cli
from teamaudit.model import Layer
from teamaudit.rubric import read_rubric

# Not a rubric on its own: its clinical layer cites a source that only the child defines.
FRAGMENT = """extends: healthcare-ai
name: base
version: "1"
layers:
  clinical: {name: Clinical, source: payer-study}
"""
CHILD_OF_FRAGMENT = """extends: base.yaml
name: full
version: "1"
sources:
  payer-study: {title: Payer staffing study, year: 2026}
"""


def test_a_parent_rubric_may_be_a_fragment_the_child_completes(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text(FRAGMENT)
    child = tmp_path / "child.yaml"
    child.write_text(CHILD_OF_FRAGMENT)
    rubric = read_rubric(child)
    assert rubric.name == "full" and rubric.source_text(rubric.layers[Layer.CLINICAL].source).startswith('"Payer')


def test_extends_validates_the_merged_rubric_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "middle.yaml").write_text('extends: healthcare-ai\nversion: "2"\nthresholds: {ml_ratio: 1.5}\n')
    child = tmp_path / "child.yaml"
    child.write_text('extends: middle.yaml\nversion: "3"\n')
    validated: list[object] = []
    real = teamaudit.rubric.validator

    def counting(cls: type, **kwargs: object) -> object:
        validate = real(cls, **kwargs)  # type: ignore[arg-type]

        def run(data: object) -> object:
            validated.append(cls)
            return validate(data)

        return run

    monkeypatch.setattr(teamaudit.rubric, "validator", counting)
    rubric = read_rubric(child)
    assert rubric.thresholds.ml_ratio == 1.5 and rubric.version == "3"
    assert len(validated) == 1


def test_an_error_in_a_parent_rubric_still_names_the_parent_file(tmp_path: Path, team) -> None:
    (tmp_path / "parent.yaml").write_text('extends: healthcare-ai\nversion: "2"\nthresholds: {ml_ratio: -1}\n')
    child = tmp_path / "child.yaml"
    child.write_text('extends: parent.yaml\nversion: "3"\n')
    result = run_cli("check", team("people: [{name: A, title: RN}]\n"), "--rubric", str(child))
    assert result.code == 2
    assert "parent.yaml:3:" in result.stderr and "thresholds.ml_ratio" in result.stderr, result.stderr


def test_an_extends_chain_is_at_most_twenty_rubrics(tmp_path, cli):
    """A chain of 1,001 rubrics, each extending the next, ended in a RecursionError traceback with exit 1."""
    for i in range(25):
        (tmp_path / f"r{i}.yaml").write_text(f"extends: ./r{i + 1}.yaml\nname: r{i}\nversion: '1'\n")
    (tmp_path / "r25.yaml").write_text("extends: healthcare-ai\nname: r25\nversion: '1'\n")
    assert cli("rubric", "validate", tmp_path / "r7.yaml").code == 0  # 19 files and the packaged rubric
    result = cli("rubric", "validate", tmp_path / "r0.yaml")
    assert result.code == 2 and "more than 20 rubrics extend one another here" in result.stderr
    assert "Traceback" not in result.stderr
