"""A file name longer than the system allows (255 bytes a name on Linux) is one line and exit 2 wherever it is
given: a config's `rubric:` or a rubric's `extends:` from a pull request, or any name on the command line. Each
was an OSError traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

LONG = "a" * 300
SHOWN = f"'{'a' * 80}... [300 characters]'"
TEAM = "people:\n  - {name: Ann, title: Registered Nurse}\n"


def _one_error(result_code: int, stderr: str) -> str:
    assert "Traceback" not in stderr and result_code == 2
    (line,) = stderr.splitlines()
    return line


def test_a_config_naming_a_rubric_by_a_name_too_long_is_an_error_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(f"rubric: {LONG}\n", encoding="utf-8")
    result = run_cli("check", tmp_path / "team.yaml")
    line = _one_error(result.code, result.stderr)
    assert line.startswith(f"teamaudit: error: {tmp_path}/.teamaudit.yaml:1:9: rubric: unknown rubric {SHOWN}")


def test_a_rubric_extending_a_name_too_long_is_an_error_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(f"extends: {LONG}\nname: mine\nversion: '1'\n", encoding="utf-8")
    result = run_cli("check", tmp_path / "team.yaml", "--rubric", tmp_path / "mine.yaml")
    line = _one_error(result.code, result.stderr)
    assert line.startswith(f"teamaudit: error: {tmp_path}/mine.yaml:1:10: extends: unknown rubric {SHOWN}")


@pytest.mark.parametrize("command", [["rubric", "show", LONG], ["check", "team.yaml", "--rubric", LONG]])
def test_a_rubric_name_too_long_is_unknown(tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    result = run_cli(*command, cwd=tmp_path)
    assert _one_error(result.code, result.stderr).startswith(f"teamaudit: error: unknown rubric {SHOWN}")


@pytest.mark.parametrize(
    ("command", "named"),
    [
        (["check", f"{LONG}.yaml"], f"{LONG}.yaml"),
        (["check", f"{LONG}/team.yaml"], f"{LONG}/team.yaml"),
        (["check", "team.yaml", "-o", f"{LONG}.json"], f"{LONG}.json"),
        (["check", "team.yaml", "-o", f"{LONG}/report.json"], f"{LONG}/report.json"),
        (["check", "team.yaml", "--config", f"{LONG}.yaml"], f"{LONG}.yaml"),
        (["check", "team.yaml", "--rubric", f"{LONG}.yaml"], f"{LONG}.yaml"),
        (["report", f"{LONG}.yaml", "-o", "report.html"], f"{LONG}.yaml"),
        (["report", "team.yaml", "-o", f"{LONG}.html"], f"{LONG}.html"),
        (["explain", f"{LONG}.yaml", "Ann"], f"{LONG}.yaml"),
        (["diff", f"{LONG}.yaml", "team.yaml"], f"{LONG}.yaml"),
        (["diff", "team.yaml", LONG], LONG),
        (["import", f"{LONG}.csv"], f"{LONG}.csv"),
        (["import", "team.yaml", "-o", f"{LONG}.yaml"], f"{LONG}.yaml"),
        (["init", f"{LONG}.yaml"], f"{LONG}.yaml"),
        (["pre-commit", f"{LONG}.yaml"], f"{LONG}.yaml"),
        (["rubric", "validate", f"{LONG}.yaml"], f"{LONG}.yaml"),
        (["config", "--config", f"{LONG}.yaml"], f"{LONG}.yaml"),
    ],
)
def test_a_name_too_long_on_the_command_line_is_one_clipped_line(
    tmp_path: Path, command: list[str], named: str
) -> None:
    """Whichever command meets the name, and whether reading, writing or looking for a config beside it: the
    same line, the name's first 80 characters and its length, never the whole name."""
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    result = run_cli(*command, cwd=tmp_path)
    line = _one_error(result.code, result.stderr)
    clipped = f"{named[:80]}... [{len(named)} characters]"
    assert line == f"teamaudit: error: {clipped}: a file name too long for this system"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.yaml"]
