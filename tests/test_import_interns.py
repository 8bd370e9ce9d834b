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
        "1 intern row without an FTE or hours column: 1.0 FTE (--assume-fte intern=0.5 counts it otherwise); "
        f"in {path}: Sam Ito (line 3)"
    ) in result.stderr


def test_assume_fte_gives_interns_their_share(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    result = run_cli("import", path, "--assume-fte", "intern=0.5")
    assert result.code == 0, result.stderr
    ftes = {p["name"]: p.get("fte", 1.0) for p in yaml.safe_load(result.stdout)["people"]}
    assert ftes == {"Ann Lee": 1.0, "Sam Ito": 0.5, "Bo Park": 1.0}
    assert "1 intern row without an FTE or hours column: 0.5 FTE, as --assume-fte says" in result.stderr


GERMAN = "Vorname,Nachname,Position,Abteilung,Beschäftigungsart\nAnna,Berg,Pflegefachkraft,Pflege,{}\n"


def _imported(tmp_path, text, *args):
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    result = run_cli("import", path, *args)
    assert result.code == 0, result.stderr
    return result, yaml.safe_load(result.stdout)["people"]


def test_intern_in_personios_german_export_is_an_internal_employee(tmp_path):
    """Personio's German export writes its employment type `Intern` (internal) or `Extern` (external): `Intern`
    was read as an intern, told to stderr as one without an FTE, and --assume-fte intern=0.5 halved the staff."""
    result, people = _imported(tmp_path, GERMAN.format("Intern"), "--assume-fte", "intern=0.5")
    assert people == [{"name": "Anna Berg", "title": "Pflegefachkraft", "team": "Pflege", "employment": "employee"}]
    assert "intern row" not in result.stderr and "'Intern' read as" not in result.stderr, result.stderr
    _, people = _imported(tmp_path, GERMAN.format("Extern"))
    assert people[0]["employment"] == "contractor"


def test_intern_beside_extern_is_read_as_personios_german_else_as_an_intern_said_so(tmp_path):
    header = "Name,Job Title,Employment type\n"
    _, people = _imported(tmp_path, header + "A B,RN,Intern\nC D,Consultant,Extern\n", "--assume-fte", "intern=0.5")
    assert [p.get("fte", 1.0) for p in people] == [1.0, 1.0] and people[1]["employment"] == "contractor"
    result, people = _imported(tmp_path, header + "A B,RN,Intern\n", "--assume-fte", "intern=0.5")
    assert people[0]["fte"] == 0.5  # no sign of Personio: an intern, as Rippling and BambooHR write it
    assert (
        "people.csv: 'Intern' read as an intern; in Personio's German export it is an internal employee, read so"
        " when the export has Personio's columns or an 'Extern' row\n"
    ) in result.stderr
