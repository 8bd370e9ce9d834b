"""A merge (`teamaudit import -o team.yaml` into a file that exists) and the people it does not match: those the
people export lists as left are named with both lines, `--remove-missing` removes only what an import wrote, and
each list of names reads one way however the names are written."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import run_cli, write_utf8

PEOPLE = (
    "Employee #,First Name,Last Name,Job Title,Employment Status,Hire Date,Termination Date\n"
    "101,Isabel,Lopez,Clinical Lead,Full-Time,2021-03-01,\n"
    "103,Tom,Ward,Research Scientist,Terminated,2019-05-20,\n"
    "104,Amy,Chen,Data Analyst,Full-Time,2019-05-20,2026-01-31\n"
)
TEAM = """\
people:
  - name: Isabel Lopez
    title: Clinical Lead
  - name: Ward, Tom
    title: Research Scientist
  - name: Amelia Chen
    id: '104'
    title: Data Analyst
"""


def _names(team: Path) -> list[str]:
    return [p["name"] for p in yaml.safe_load(team.read_text(encoding="utf-8"))["people"]]


def test_people_the_export_lists_as_left_are_named_with_their_lines_however_the_file_writes_them(tmp_path):
    """'Ward, Tom' (as an earlier import wrote an offer's candidate) and Amy Chen, matched by her id, were said to be
    'not in the export', though it lists both as left: by status, and by a termination date that has come."""
    people = write_utf8(tmp_path / "people.csv", PEOPLE)
    team = write_utf8(tmp_path / "team.yaml", TEAM)
    result = run_cli("import", people, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert (
        f'{team}:4: kept "Ward, Tom": the people export lists them as left ({people} line 3, terminated or '
        "inactive); --remove-missing removes them"
    ) in result.stderr
    assert (
        f'{team}:6: kept "Amelia Chen": the people export lists them as left ({people} line 4, left 2026-01-31); '
        "--remove-missing removes them"
    ) in result.stderr
    assert "not in the export" not in result.stderr
    removed = run_cli("import", people, "-o", team, "--remove-missing")
    assert removed.code == 0, removed.stderr
    assert 'removed 2: "Ward, Tom", "Amelia Chen"' in removed.stderr
    assert _names(team) == ["Isabel Lopez"]


def test_remove_missing_never_removes_a_requisition_typed_by_hand(tmp_path):
    """`--remove-missing --reqs` deleted the open req and the planned hire the user had typed into the file."""
    people = write_utf8(tmp_path / "people.csv", "Name,Title\nAnn Lee,RN\n")
    jobs = write_utf8(tmp_path / "jobs.csv", "Job,Requisition ID,Opening Status\nBiostatistician,R-9,Open\n")
    team = tmp_path / "team.yaml"
    assert run_cli("import", people, "--reqs", jobs, "-o", team).code == 0
    typed = (
        "- name: Open req - Nurse Informaticist\n  title: Nurse Informaticist\n  status: open\n"
        "- name: Dr Kim\n  title: CMO\n  status: planned\n"
    )
    write_utf8(team, team.read_text(encoding="utf-8") + typed)
    later = write_utf8(tmp_path / "jobs2.csv", "Job,Requisition ID,Opening Status\nBiostatistician,R-9,Filled\n")
    result = run_cli("import", people, "--reqs", later, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert 'removed 1: "Open req R-9 - Biostatistician"' in result.stderr
    assert (
        'kept 2: "Open req - Nurse Informaticist", "Dr Kim": planned or open, not in the export, and not written by '
        "an import (no requisition id, no name import makes up, no mark of an imported offer); --remove-missing "
        "keeps them: remove them yourself"
    ) in result.stderr
    assert _names(team) == ["Ann Lee", "Open req - Nurse Informaticist", "Dr Kim"]


def test_a_merge_lists_names_holding_commas_and_quotes_so_they_read_one_way(tmp_path):
    """'kept 2: Lopez, Isabel, Wright, Derek' read as four people, or two, or three."""
    people = write_utf8(tmp_path / "people.csv", 'Name,Title\nAnn Lee,RN\n"Sam ""Doc"" Ray",MD\n')
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - {name: Ann Lee, title: RN}\n  - {name: 'Lopez, Isabel', title: RN}\n"
        "  - {name: 'Wright, Derek', title: RN}\n",
    )
    result = run_cli("import", people, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert 'kept 2: "Lopez, Isabel", "Wright, Derek": not in the export' in result.stderr
    assert 'added 1: "Sam \\"Doc\\" Ray"' in result.stderr


def test_people_listed_as_left_beyond_the_first_ten_are_counted_on_one_line(tmp_path):
    rows = "".join(f"P{n},RN,Terminated\n" for n in range(12))
    people = write_utf8(tmp_path / "people.csv", "Name,Title,Status\nAnn,RN,Active\n" + rows)
    typed = "".join(f"  - {{name: P{n}, title: RN}}\n" for n in range(12))
    team = write_utf8(tmp_path / "team.yaml", "people:\n" + typed)
    result = run_cli("import", people, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    named = [line for line in result.stderr.splitlines() if "the people export lists them as left" in line]
    assert len(named) == 10 and named[-1].startswith(f'teamaudit: {team}:11: kept "P9"')
    assert f"{team}: kept 2 more people the people export lists as left likewise" in result.stderr


def test_the_count_of_current_staff_says_how_many_are_kept_that_the_export_does_not_list(tmp_path):
    """After a merge stderr said 'current: 3 people, 3.0 FTE' where the HRIS has 1 on staff: the count was the file's,
    with the two people the export lists as left, and nothing said so where she reads the count."""
    people = write_utf8(tmp_path / "people.csv", PEOPLE)
    team = write_utf8(tmp_path / "team.yaml", TEAM)
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert (
        "current: 3 people, 3.0 FTE, 2 of them kept above though the exports do not list them as current\n"
    ) in result.stderr
    assert "open: 0 people, 0.0 FTE\n" in result.stderr


def test_remove_missing_removes_a_leaver_the_file_names_by_their_legal_name(tmp_path: Path) -> None:
    """A person with no id, where the people export gives everyone one, is kept as typed by hand; but the export
    listed Robert Smith (preferred name Bob) as terminated, and the file's 'Robert Smith' was kept as 'not in the
    export', --remove-missing keeping the leaver it was run for."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - name: Ann Lee\n    id: E1\n    title: Nurse\n  - name: Robert Smith\n    title: Engineer\n"
        "  - name: Grace Hopper\n    title: Advisor\n"
    )
    export = tmp_path / "people.csv"
    export.write_text(
        "Employee ID,First Name,Last Name,Preferred Name,Job Title,Employment Status\n"
        "E1,Ann,Lee,,Nurse,Active\nE7,Robert,Smith,Bob,Engineer,Terminated\n"
    )
    kept = run_cli("import", export, "-o", team, "--dry-run")
    assert f'{team}:5: kept "Robert Smith": the people export lists them as left ({export} line 3' in kept.stderr
    result = run_cli("import", export, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert f'{team}: removed 1: "Robert Smith"' in result.stderr
    assert [p["name"] for p in yaml.safe_load(team.read_text())["people"]] == ["Ann Lee", "Grace Hopper"]


def test_remove_missing_keeps_a_contractor_or_advisor_an_export_of_employees_lists_none_of(tmp_path):
    """Gusto's people export lists employees only (contractors are another report): `--remove-missing`, run to
    drop the one who left, removed the contractor still working one day a week and the advisor typed by hand, and
    without it stderr said '--remove-missing removes them' of both."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - name: Priya Raman\n    title: CEO\n  - name: Kwame Mensah\n    title: Software Engineer\n"
        "  - name: Sam O'Brien\n    title: Regulatory Consultant\n    employment: contractor\n    fte: 0.2\n"
        "  - name: Dr. Grace Hopper\n    title: Clinical Advisor\n    employment: advisor\n    fte: 0.1\n",
        encoding="utf-8",
    )
    people = tmp_path / "gusto.csv"
    people.write_text("First name,Last name,Job title,Employment status\nPriya,Raman,CEO,Full-time\n", encoding="utf-8")
    kept = (
        '"Sam O\'Brien", "Dr. Grace Hopper": not in the export, which lists only employees (no advisors '
        "or contractors); --remove-missing keeps them: remove them yourself"
    )
    told = run_cli("import", people, "-o", team, "--dry-run")
    assert told.code == 0, told.stderr
    assert f'{team}: kept 1: "Kwame Mensah": not in the export; --remove-missing removes them\n' in told.stderr
    assert f"{team}: kept 2: {kept}\n" in told.stderr
    result = run_cli("import", people, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert f'{team}: removed 1: "Kwame Mensah"\n' in result.stderr and kept in result.stderr
    names = [p["name"] for p in yaml.safe_load(team.read_text())["people"]]
    assert names == ["Priya Raman", "Sam O'Brien", "Dr. Grace Hopper"]
