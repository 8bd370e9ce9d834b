"""Hostile and careless files reported in full: every problem of a team file, config or rubric at its own line,
exit 2, nothing written, whichever command reads it."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli


def error_lines(stderr: str) -> list[str]:
    return [line.removeprefix("teamaudit: error: ") for line in stderr.splitlines()]


BROKEN_TEAM = """\
organization: Acme
people:
  - name: Bob
    title: Nurse
    fte: abc
  - name: Carl
    titel: Nurse
  - nme: Dan
    title: Engineer
"""


def test_import_into_a_team_file_with_problems_names_each_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "export.csv").write_text("Name,Job Title\nAnn Lee,Registered Nurse\n")
    team = tmp_path / "team.yaml"
    team.write_text(BROKEN_TEAM)

    result = run_cli("import", "export.csv", "-o", "team.yaml", cwd=tmp_path)

    assert result.code == 2, result.stderr
    lines = error_lines(result.stderr)
    assert [line.split(": ")[0] for line in lines] == ["team.yaml:5:10", "team.yaml:7:5", "team.yaml:8:5"]
    assert "did you mean title?" in lines[1]
    assert all("fix it before importing into it" in line for line in lines)
    assert team.read_text() == BROKEN_TEAM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "team.yaml"]
