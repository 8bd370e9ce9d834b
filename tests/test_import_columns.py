"""Which columns `teamaudit import` reads for what: the names HRIS exports give weekly hours, and a pay-type column
read for how a person is employed, never for whether they left."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import run_cli


def export(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def people(stdout: str) -> dict[str, dict]:
    return {p["name"]: p for p in yaml.safe_load(stdout)["people"]}


@pytest.mark.parametrize(
    "header",
    [
        "Standard Hours Per Week",  # Workday, as a newcomer's trial exported it: part-timers came in full time
        "Standard Weekly Hours",
        "Scheduled Hours Per Week",
        "Weekly Working Hours",  # Personio's weekly_working_hours
        "Contracted Hours Per Week",
        "Contracted Weekly Hours",
        "Std Hrs/Wk",
        "Work Hours Per Week",
        "Normal Hours/Week",
        "standard_hours_per_week",
    ],
)
def test_weekly_hours_are_read_under_the_names_exports_give_them(tmp_path, header):
    path = export(tmp_path, f'Name,Title,"{header}"\nAnn Lee,RN,20\nBo Park,RN,40\n')
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert f"hours <- '{header}'" in result.stderr and "not read" not in result.stderr
    got = people(result.stdout)
    assert got["Ann Lee"]["fte"] == 0.5 and "fte" not in got["Bo Park"]


@pytest.mark.parametrize("header", ["Hours", "Working Hours", "Hours Worked"])
def test_a_column_that_is_no_weekly_count_of_hours_is_not_read_as_one(tmp_path, header):
    """'Working Hours' is often '9-5', 'Hours Worked' a timesheet's: read as weekly hours they would be errors."""
    result = run_cli("import", export(tmp_path, f"Name,Title,{header}\nAnn Lee,RN,9-5\n"))
    assert result.code == 0, result.stderr
    assert f"not read: '{header}'" in result.stderr


def test_a_pay_type_column_is_read_for_employment_not_for_who_left(tmp_path):
    """Gusto's 'Pay Type' says how someone is paid; read as a status column too, it was listed among them, and
    'Salary/No overtime' read as Workday's Active Status 'No' skipped the row as someone who had left."""
    path = export(
        tmp_path,
        "Name,Title,Employment Status,Pay Type\n"
        "Ann Lee,RN,Full-time,Salary/No overtime\n"
        "Bo Park,RN,Part-time,Hourly\n"
        "Cy Dee,RN,Terminated,Salary\n",
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert list(people(result.stdout)) == ["Ann Lee", "Bo Park"]
    note = next(line for line in result.stderr.splitlines() if ": columns:" in line)
    assert note.endswith(
        "status <- 'Employment Status' (terminated or inactive rows skipped, accepted offers planned); "
        "employment <- 'Employment Status', 'Pay Type'"
    )
    assert "skipped 1 row (1 terminated or inactive)" in result.stderr


def test_a_pay_type_alone_still_says_someone_is_an_employee(tmp_path):
    result = run_cli("import", export(tmp_path, "Name,Title,Pay Type\nAnn Lee,RN,Hourly\nBo Park,RN,No overtime\n"))
    assert result.code == 0, result.stderr
    assert "status <-" not in result.stderr and "employment <- 'Pay Type'" in result.stderr
    got = people(result.stdout)
    assert got["Ann Lee"]["employment"] == "employee" and list(got) == ["Ann Lee", "Bo Park"]
