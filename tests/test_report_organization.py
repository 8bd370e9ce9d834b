"""A board report titled 'your team': a team file `import` wrote names no organization unless told."""

from __future__ import annotations

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
