"""A board report titled 'your team': a team file `import` wrote names no organization unless told."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import run_cli

TEAM = "people:\n  - {name: Ann Lee, title: ML Engineer}\n  - {name: Bo Chan, title: Nurse Informaticist}\n"
NOTE = "no organization, so the report's title is 'Team composition audit: your team'"


def test_report_says_when_its_title_falls_back_to_your_team(tmp_path: Path):
    """`report --client 'Kestrel board'` wrote a cover titled 'Team composition audit: your team' without a word."""
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    result = run_cli("report", "team.yaml", "-o", "r.html", "--client", "Kestrel board", cwd=tmp_path)
    assert result.code == 1 and "<h1>Team composition audit: your team</h1>" in (tmp_path / "r.html").read_text()
    assert f"team.yaml: {NOTE}; write organization: at the top of the team file, or pass --title" in result.stderr

    titled = run_cli("report", "team.yaml", "-o", "r.html", "--title", "Kestrel Health: team audit", cwd=tmp_path)
    assert titled.code == 1 and NOTE not in titled.stderr
    (tmp_path / "team.yaml").write_text("organization: Kestrel Health\n" + TEAM, encoding="utf-8")
    named = run_cli("report", "team.yaml", "-o", "r.html", cwd=tmp_path)
    assert named.code == 1 and NOTE not in named.stderr
    assert "<h1>Team composition audit: Kestrel Health</h1>" in (tmp_path / "r.html").read_text()


def test_import_says_how_to_name_the_organization(tmp_path: Path):
    (tmp_path / "people.csv").write_text("Name,Job Title\nAnn Lee,ML Engineer\n", encoding="utf-8")
    plain = run_cli("import", "people.csv", "-o", "a.yaml", cwd=tmp_path)
    assert plain.code == 0 and "no organization written: pass --organization NAME" in plain.stderr
    named = run_cli("import", "people.csv", "-o", "b.yaml", "--organization", "Kestrel Health", cwd=tmp_path)
    assert named.code == 0 and "no organization" not in named.stderr
    assert yaml.safe_load((tmp_path / "b.yaml").read_text())["organization"] == "Kestrel Health"


def test_a_blank_organization_or_title_is_none_and_said_so(tmp_path: Path):
    """`organization: " "` titled the cover 'Team composition audit: ' and nothing, and `--title ""` 'your team',
    neither with the note; a team file on stdin was named '-' in it."""
    (tmp_path / "team.yaml").write_text('organization: "  "\n' + TEAM, encoding="utf-8")
    blank = run_cli("report", "team.yaml", "-o", "r.html", cwd=tmp_path)
    assert blank.code == 1 and f"team.yaml: {NOTE}" in blank.stderr
    assert "<h1>Team composition audit: your team</h1>" in (tmp_path / "r.html").read_text()
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    untitled = run_cli("report", "team.yaml", "-o", "r.html", "--title", " ", cwd=tmp_path)
    assert untitled.code == 1 and f"team.yaml: {NOTE}" in untitled.stderr
    assert "<h1>Team composition audit: your team</h1>" in (tmp_path / "r.html").read_text()
    piped = subprocess.run(
        [sys.executable, "-m", "teamaudit", "report", "-", "-o", "r.html"],
        input=TEAM.encode(),
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
    )
    assert piped.returncode == 1 and f"<stdin>: {NOTE}" in piped.stderr.decode(), piped.stderr
