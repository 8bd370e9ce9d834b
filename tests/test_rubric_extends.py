"""`extends` (issue 13 point 5): a child rubric and its parents merge as plain data and are validated once."""

from __future__ import annotations

from pathlib import Path

import pytest

import teamaudit.rubric
from conftest import run_cli
from teamaudit.model import Layer
from teamaudit.rubric import load_rubric, read_rubric

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


def _child(tmp_path: Path, signals: list[dict[str, object]], layer: str = "clinical") -> Path:
    import yaml

    child = tmp_path / "child.yaml"
    doc = {"extends": "healthcare-ai", "name": "child", "version": "1", "layers": {layer: {"signals": signals}}}
    child.write_text(yaml.safe_dump(doc, sort_keys=False, width=10_000))
    return child


def test_a_removal_that_matches_nothing_is_an_error_at_its_line(tmp_path, cli):
    """A child that removed a signal by a mistyped id removed nothing and said nothing."""
    child = _child(tmp_path, [{"id": "clinical-trainnig", "remove": True}])
    result = cli("rubric", "validate", child)
    assert result.code == 2, result.stdout
    assert f"{child}:7:" in result.stderr
    assert "layers.clinical.signals.0: removes 'clinical-trainnig', which is not a signal of this list" in result.stderr


def test_a_removal_by_pattern_of_a_signal_with_an_id_says_to_remove_it_by_id(tmp_path, cli):
    """Signals that gained an id are no longer matched by pattern: a child removing one by pattern kept it."""
    from teamaudit.rubric import rubric_data

    parent = rubric_data(load_rubric("healthcare-ai"))
    negative = next(s for s in parent["layers"]["clinical"]["negative"] if s.get("id") == "working-with-clinicians")
    import yaml

    child = tmp_path / "child.yaml"
    doc = {
        "extends": "healthcare-ai",
        "name": "child",
        "version": "1",
        "layers": {"clinical": {"negative": [{"pattern": negative["pattern"], "remove": True}]}},
    }
    child.write_text(yaml.safe_dump(doc, sort_keys=False, width=10_000))
    result = cli("rubric", "validate", child)
    assert result.code == 2
    assert "the signal with this pattern has the id 'working-with-clinicians'; remove it by id" in result.stderr
    by_id = _child(tmp_path, [])
    by_id.write_text(
        'extends: healthcare-ai\nname: child\nversion: "1"\n'
        "layers: {clinical: {negative: [{id: working-with-clinicians, remove: true}]}}\n"
    )
    assert cli("rubric", "validate", by_id).code == 0
    assert "working-with-clinicians" not in {s.id for s in read_rubric(by_id).layers[Layer.CLINICAL].negative}


def test_a_child_list_naming_one_signal_twice_is_an_error(tmp_path, cli):
    """Two child signals with one id collapsed in the merge, the first lost, before validation could see them."""
    child = tmp_path / "child.yaml"
    child.write_text(
        'extends: healthcare-ai\nname: child\nversion: "1"\nlayers:\n  integration:\n    signals:\n'
        "      - {id: a, pattern: foo, weight: 3, label: foo, field: skills}\n"
        "      - {id: b, pattern: bar, weight: 3, label: bar, field: skills}\n"
        "      - {id: a, pattern: baz, weight: 3, label: baz, field: skills}\n"
    )
    result = cli("rubric", "validate", child)
    assert result.code == 2
    assert f"{child}:9:" in result.stderr
    assert "layers.integration.signals.2: names 'a' twice in one list (first at line 7)" in result.stderr


def test_a_removal_without_an_id_or_pattern_says_what_it_needs(tmp_path, cli):
    """It was reported as removing a number, the removal entry's address in memory (a second read)."""
    child = _child(tmp_path, [{"remove": True}])
    result = cli("rubric", "validate", child)
    assert result.code == 2
    assert "a removal names the signal it removes: its `id`, or its `pattern` if it has none" in result.stderr
