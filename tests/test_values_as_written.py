"""Values read as the file writes them, in team files, configs and rubrics: positions an editor shows after a line
break only YAML 1.1 sees, text written as numbers, numbers YAML 1.1 reads in another base, and tags that are no
text. Every case through the CLI, as a user meets it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

ODD_BREAKS = ["\u2028", "\u2029", "\x85"]


def _repository(tmp_path: Path) -> Path:
    """A checkout holding the backwards example, so a config beside it may name a rubric beside it."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "team.yaml").write_text((EXAMPLES / "backwards.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path / "team.yaml"


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --- positions after a quoted U+2028, U+2029 or U+0085 ---------------------------------------------------------


@pytest.mark.parametrize("char", ODD_BREAKS)
def test_a_config_problem_below_a_quoted_line_break_is_on_the_line_an_editor_shows(tmp_path: Path, char: str) -> None:
    team_file = _repository(tmp_path)
    config = f'ignore:\n  - rule: TA003\n    reason: "one{char}two{char}three"\nthresholds:\n  ml-ratio: 0\n'
    _write(tmp_path / ".teamaudit.yaml", config)
    result = run_cli("check", team_file)
    assert result.code == 2
    assert ".teamaudit.yaml:5:13: thresholds.ml-ratio: Input should be greater than 0" in result.stderr


@pytest.mark.parametrize("char", ODD_BREAKS)
def test_a_rubric_problem_below_a_quoted_line_break_is_on_the_line_an_editor_shows(tmp_path: Path, char: str) -> None:
    text = f'version: "1{char}2{char}3"\nextends: healthcare-ai\nscoring:\n  min_score: -1\n'
    rubric = _write(tmp_path / "mine.yaml", text)
    result = run_cli("rubric", "validate", rubric)
    assert result.code == 2
    assert "mine.yaml:4:14: scoring.min_score: Input should be greater than or equal to 0" in result.stderr


def test_a_suppression_below_a_quoted_line_break_is_named_by_its_editors_line(tmp_path: Path) -> None:
    team_file = _repository(tmp_path)
    config = 'ignore:\n  - {rule: TA001, reason: "x\u2028y"}\n  - rule: TA003\n'
    _write(tmp_path / ".teamaudit.yaml", config)
    result = run_cli("check", team_file, "--format", "github")
    assert ".teamaudit.yaml,line=3,title=TA006 invalid-suppression::" in result.stdout, result.stdout


def test_a_persons_line_below_a_quoted_line_break_is_the_editors_line(team: Callable[..., Path]) -> None:
    text = (
        'organization: "Acme\u2028Clinical\u2029AI\x85Co"\npeople:\n  - name: Ann\n    title: Registered Nurse\n'
        "  - name: Bob\n    title: Data Scientist\n  - name: bob\n    title: Data Scientist\n"
    )
    path = team(text)
    result = run_cli("check", path)
    assert result.code == 2
    assert "team.yaml:7:11: duplicate name 'bob' (first used on line 5, as 'Bob')" in result.stderr
    path.write_bytes(text.replace("name: bob", "name: Cy").encode())
    report = json.loads(run_cli("check", path, "--details", "--format", "json").stdout)
    assert [p["line"] for p in report["people"]] == [3, 5, 7]
    annotations = run_cli("check", path, "--format", "github").stdout
    assert "the clinical layer is held by 1 person: Ann (line 3)" in annotations
