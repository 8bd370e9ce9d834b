"""An intern in a people export: an employee (the team file has no intern kind) whose FTE is never silently 1.0."""

from __future__ import annotations

import yaml

from conftest import run_cli

PEOPLE = (
    "Employee #,Name,Job Title,Employment Type\n"
    "1,Ann Lee,Nurse Informaticist,Full-Time\n"
    "2,Sam Ito,Research Intern,Intern\n"
    "3,Bo Park,Data Analyst,Part-Time\n"
)


def test_an_intern_with_no_fte_is_named_with_their_line_as_part_timers_are(tmp_path):
    """Counted as a 1.0 FTE employee without a word, while a part-timer was named with the line to fix."""
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    sam = next(p for p in yaml.safe_load(result.stdout)["people"] if p["name"] == "Sam Ito")
    assert sam.get("employment") == "employee" and "fte" not in sam
    assert (
        "1 intern row without an FTE or hours column: 1.0 FTE each (--assume-fte intern=0.5 counts them otherwise); "
        f"in {path}: Sam Ito (line 3)"
    ) in result.stderr


def test_assume_fte_gives_interns_their_share(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    result = run_cli("import", path, "--assume-fte", "intern=0.5")
    assert result.code == 0, result.stderr
    ftes = {p["name"]: p.get("fte", 1.0) for p in yaml.safe_load(result.stdout)["people"]}
    assert ftes == {"Ann Lee": 1.0, "Sam Ito": 0.5, "Bo Park": 1.0}
    assert "1 intern row without an FTE or hours column: 0.5 FTE each, as --assume-fte says" in result.stderr
