"""What `teamaudit import` makes of an export's values row by row: the FTE column read on one scale, rows skipped
for a missing name or title named with their line, termination dates, and every bad cell reported in one run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from conftest import run_cli


def export(tmp_path: Path, text: str, name: str = "d.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def errors(stderr: str) -> list[str]:
    return [line.removeprefix("teamaudit: error: ") for line in stderr.splitlines()]


def test_an_fte_above_1_is_never_read_as_a_percentage(tmp_path):
    """1.2 (a nurse on overtime) became 0.01 FTE, 1.5 0.01 and 2 0.02, beside 80 read as 0.8, without a word: the
    nurse was gone from the clinical layer."""
    path = export(tmp_path, "Name,Title,FTE\nAnn,RN,1.00\nBo,RN,1.2\nDi,Nurse,1.5\nGi,RN,2\nCy,Data Scientist,80\n")
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    overtime = "is more than 1 FTE (a team file counts a person at most once: write 1 for full time, overtime included"
    assert errors(result.stderr) == [
        f"{path}:3: FTE '1.2' {overtime}, or 1.2%)",
        f"{path}:4: FTE '1.5' {overtime}, or 1.5%)",
        f"{path}:5: FTE '2' {overtime}, or 2%)",
        f"{path}:6: FTE '80' is a percentage, but 4 other rows of the column are FTEs, where 1 is full time "
        "(write 0.8, or 80%)",
    ]


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("FTE", ["0.5", "1", "0.8"], [0.5, None, 0.8]),
        ("FTE", ["50", "100", "80"], [0.5, None, 0.8]),
        ("FTE", ["50%", "0.5", "1"], [0.5, 0.5, None]),
        ("FTE", ["60", "80%", "100"], [0.6, 0.8, None]),
        ("FTE %", ["100", "50", "5"], [None, 0.5, 0.05]),
        ("FTE", ["1,5%", "0,5"], [0.01, 0.5]),
    ],
    ids=[
        "fractions",
        "percentages",
        "a % sign beside fractions",
        "a % sign beside percentages",
        "header says %",
        "decimal commas",
    ],
)
def test_a_column_is_read_on_the_scale_its_values_or_header_give(tmp_path, header, values, expected):
    rows = "".join(f'P{n},RN,"{value}"\n' for n, value in enumerate(values))
    result = run_cli("import", export(tmp_path, f'Name,Title,"{header}"\n{rows}'))
    assert result.code == 0, result.stderr
    assert [p.get("fte") for p in yaml.safe_load(result.stdout)["people"]] == expected


@pytest.mark.parametrize(
    ("header", "values", "problems"),
    [
        (
            "FTE %",
            ["100", "1", "2"],
            [
                ":3: FTE '1' in the percentage column 'FTE %' would be 1%: is it 1 FTE? (write 100 for 1 FTE, or 1%)",
                ":4: FTE '2' in the percentage column 'FTE %' would be 2%, under two hours a week (write 100 for full "
                "time, overtime included, or 2%)",
            ],
        ),
        (
            "FTE",
            ["100", "80", "50", "0.5"],
            [
                ":5: FTE '0.5' in a column of percentages (3 other rows) would be 0.5%: is it 0.5 FTE? (write 50 for "
                "0.5 FTE, or 0.5%)"
            ],
        ),
        (
            "FTE",
            ["120"],
            [":2: FTE '120' is more than 100 (a team file counts a person at most once: write 1, or 100%)"],
        ),
        ("FTE", ["120%"], [":2: FTE '120%' is more than 100% (a team file counts a person at most once: write 100%)"]),
        ("FTE", ["0.001"], [":2: FTE '0.001' is less than 0.01 FTE (write 0.5 or 50% for half time)"]),
        ("FTE", ["nan"], [":2: FTE 'nan' is not a number (write 0.5 or 50% for half time)"]),
    ],
    ids=["header says %", "fractions among percentages", "over 100", "over 100%", "rounds to 0", "nan"],
)
def test_a_value_off_the_columns_scale_is_a_problem_naming_its_row(tmp_path, header, values, problems):
    rows = "".join(f'P{n},RN,"{value}"\n' for n, value in enumerate(values))
    path = export(tmp_path, f'Name,Title,"{header}"\n{rows}')
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    assert errors(result.stderr) == [f"{path}{problem}" for problem in problems]


def test_every_bad_fte_is_reported_in_one_run(tmp_path):
    """Only the first was: '0' at line 3, once 1.5 was read as 1.5 %."""
    path = export(tmp_path, "Name,Title,FTE\nAnn,RN,1.5\nBo,RN,0\nCy,RN,abc\n")
    result = run_cli("import", path)
    assert result.code == 2
    assert errors(result.stderr) == [
        f"{path}:2: FTE '1.5' is more than 1 FTE (a team file counts a person at most once: write 1 for full time, "
        "overtime included, or 1.5%)",
        f"{path}:3: FTE '0' is not more than 0 (write 0.5 or 50% for half time, or leave it empty for 1)",
        f"{path}:4: FTE 'abc' is not a number (write 0.5 or 50% for half time)",
    ]


def test_bad_cells_past_twenty_are_counted_as_check_counts_them(tmp_path):
    rows = "".join(f"P{n},RN,x{n}\n" for n in range(25)) + f"Long,{'T' * 400},0.5\n"
    path = export(tmp_path, f"Name,Title,FTE\n{rows}")
    result = run_cli("import", path)
    assert result.code == 2
    lines = errors(result.stderr)
    assert len(lines) == 21 and lines[0] == f"{path}:2: FTE 'x0' is not a number (write 0.5 or 50% for half time)"
    assert lines[-1] == f"{path}: 6 more problems not shown (fix these and run again)"


def test_each_row_skipped_for_no_name_or_no_title_is_named_with_its_line(tmp_path):
    """stderr said 'skipped 2 rows (2 no name or no title)', and left the user to find which."""
    path = export(tmp_path, "Name,Title\nAnn Lee,RN\nAnn Lee,MD\n,ML Engineer\nBob,\n\n,,\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    lines = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines()]
    at = lines.index(
        f"{path}: 2 people (2 current, 0 planned, 0 open); skipped 2 rows (2 no name or no title); ignored 2 blank rows"
    )
    assert lines[at + 1 : at + 3] == [
        f"{path}:4: no name (title 'ML Engineer'): skipped",
        f"{path}:5: 'Bob' has no title: skipped",
    ]


def test_rows_skipped_past_twenty_are_counted(tmp_path):
    rows = "".join(f"Person {n},\n" for n in range(25))
    path = export(tmp_path, f"Name,Title\nAnn,RN\n{rows}")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    lines = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines()]
    named = [line for line in lines if line.endswith("has no title: skipped")]
    assert named[0] == f"{path}:3: 'Person 0' has no title: skipped" and len(named) == 20
    assert f"{path}: 5 more rows skipped for no name or no title, not shown" in lines


def test_a_requisition_with_no_title_is_named_and_every_bad_openings_cell_reported(tmp_path):
    people = export(tmp_path, "Name,Title\nAnn,RN\n", "people.csv")
    reqs = export(
        tmp_path, "Job,Job ID,Job Status,Openings\n,R-1,Open,1\nNurse,R-2,Open,x\nMD,R-3,Open,2000\n", "reqs.csv"
    )
    result = run_cli("import", people, "--reqs", reqs)
    assert result.code == 2
    assert errors(result.stderr) == [
        f"{reqs}:3: openings 'x' (column 'Openings') is not a number",
        f"{reqs}:4: 2,000 openings on one requisition, more than the 1,000 import writes out",
    ]
    fixed = export(tmp_path, "Job,Job ID,Job Status,Openings\n,R-1,Open,1\nNurse,R-2,Open,1\n", "reqs.csv")
    result = run_cli("import", people, "--reqs", fixed)
    assert result.code == 0, result.stderr
    assert f"teamaudit: {fixed}:2: requisition 'R-1' has no title: skipped" in result.stderr.splitlines()


def test_a_termination_date_that_has_come_skips_the_row_as_terminated(tmp_path):
    """A 'Termination Date' column was not read: Mo Ali, who left in September, was imported as current staff."""
    today = dt.date.today()  # here, not at collection: a suite that runs past midnight saw two different days
    passed, later = today - dt.timedelta(days=63), today + dt.timedelta(days=60)
    path = export(
        tmp_path,
        "Employee Name,Job Title,Department,Employment Type,Weekly Hours,Termination Date,Hire Date\n"
        f"Mo Ali,Data Scientist,ML,Full-time,40,{passed},2020-01-01\n"
        f"Zed Ray,RN,Clinical,Full-time,40,{later},2020-01-01\n"
        "Bo Ek,RN,Clinical,Full-time,40,,2020-01-01\n"
        f"Cy Dee,RN,Clinical,Full-time,40,{today:%m/%d/%Y},2020-01-01\n"
        "Re Hire,RN,Clinical,Full-time,40,2023-01-31,2024-03-01\n",  # left, then hired again
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == ["Zed Ray", "Bo Ek", "Re Hire"]
    lines = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines()]
    assert "end <- 'Termination Date' (on or before today: terminated, skipped)" in lines[0]
    assert lines[1:4] == [
        f"{path}: 3 people (3 current, 0 planned, 0 open); skipped 2 rows (2 terminated or inactive)",
        f"{path}: 2 rows skipped for a termination date on or before today, {today}: Mo Ali (line 2, {passed}), "
        f"Cy Dee (line 5, {today})",
        f"{path}: 1 person kept on staff with a termination date still to come: Zed Ray (line 3, {later})",
    ]


@pytest.mark.parametrize("header", ["Term Date", "End Date", "Last Day", "Separation Date", "last_day_worked"])
def test_a_termination_date_is_read_under_each_name_exports_give_it(tmp_path, header):
    path = export(tmp_path, f"Name,Title,{header}\nMo Ali,Data Scientist,2026-01-31\nBo Ek,RN,\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == ["Bo Ek"]


def test_a_termination_date_under_another_name_is_read_with_map(tmp_path):
    path = export(tmp_path, "Name,Title,Gone On\nMo Ali,Data Scientist,2026-01-31\nBo Ek,RN,\n")
    assert "not read: 'Gone On'" in run_cli("import", path).stderr
    result = run_cli("import", path, "--map", 'end="Gone On"')
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == ["Bo Ek"]


def test_a_merge_keeps_and_names_someone_whose_termination_date_has_come(tmp_path):
    team = tmp_path / "team.yaml"
    first = export(tmp_path, "Name,Title,Last Day\nMo Ali,Data Scientist,\nBo Ek,RN,\n")
    assert run_cli("import", first, "-o", team).code == 0
    left = export(tmp_path, "Name,Title,Last Day\nMo Ali,Data Scientist,2026-01-31\nBo Ek,RN,\n", "later.csv")
    result = run_cli("import", left, "-o", team)
    assert result.code == 0, result.stderr
    line = team.read_text().splitlines().index("- name: Mo Ali") + 1
    kept = f'{team}:{line}: kept "Mo Ali": the people export lists them as left ({left} line 2, left 2026-01-31)'
    assert f"{kept}; --remove-missing removes them" in result.stderr


def test_every_termination_date_that_is_no_date_is_a_problem_naming_its_row(tmp_path):
    """Read as no date, someone who left would stay on staff without a word."""
    path = export(
        tmp_path, "Name,Title,Status,Termination Date\nMo,RN,Active,soon\nBo,RN,Terminated,?\nCy,RN,,31.13.2026\n"
    )
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    hint = "(write it as 2026-09-30 or 09/30/2026, or leave it empty for someone still on staff)"
    assert errors(result.stderr) == [
        f"{path}:2: termination date 'soon' (column 'Termination Date') is not a date {hint}",
        f"{path}:4: termination date '31.13.2026' (column 'Termination Date') is not a date {hint}",
    ]


PAY_HINT = "(write the pay in plain digits, e.g. 85000, 41.50/hour or 7000 monthly, or leave the cell empty)"
TOO_MUCH = "is more than the 1,000,000,000,000 a year a team file holds as one person's cost"


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("9" * 300, f"'{'9' * 80}... [300 characters]' (column 'Annual Salary') {TOO_MUCH}"),  # was a traceback
        ("1e400", f"'1e400' (column 'Annual Salary') {TOO_MUCH}"),  # was 2,080: the 1 read, hourly
        ("1e30", f"'1e30' (column 'Annual Salary') {TOO_MUCH}"),
        ("1,000,000,000,001", f"'1,000,000,000,001' (column 'Annual Salary') {TOO_MUCH}"),
        ("600000000/hour", f"'600000000/hour' (column 'Annual Salary') {TOO_MUCH}"),
        ("inf", "'inf' (column 'Annual Salary') is not a number"),  # was no cost, without a word
        ("-Infinity", "'-Infinity' (column 'Annual Salary') is not a number"),
        ("nan", "'nan' (column 'Annual Salary') is not a number"),
        ("-5", "'-5' (column 'Annual Salary') is less than 0"),  # was 10,400: the 5 read, hourly
        ("$-100,000", "'$-100,000' (column 'Annual Salary') is less than 0"),
        ("(85,000)", "'(85,000)' (column 'Annual Salary') is less than 0"),
    ],
)
def test_a_pay_cell_that_is_no_pay_is_a_problem_naming_its_cell(tmp_path, cell, problem):
    path = export(tmp_path, f'Name,Job Title,Annual Salary\nAnn Lee,RN,90000\nBo Ek,RN,"{cell}"\n')
    result = run_cli("import", path, "--cost")
    assert result.code == 2 and result.stdout == "", result.stderr
    assert errors(result.stderr) == [f"{path}:3: pay {problem} {PAY_HINT}"]


@pytest.mark.parametrize(
    ("cell", "cost"),
    [
        ("$165,000.00 Annual", 165000),
        ("1.5E+05", 150000),
        ("41.50/hour", 86320),
        ("7,500 monthly", 90000),
        ("1,000,000,000,000", 1_000_000_000_000),
        ("N/A", None),
        ("0", None),
    ],
)
def test_pay_is_read_as_the_cell_says(tmp_path, cell, cost):
    path = export(tmp_path, f'Name,Job Title,Annual Salary\nAnn Lee,RN,"{cell}"\n')
    result = run_cli("import", path, "--cost")
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"][0].get("cost") == cost


HOURS_HINT = "(write the hours worked a week, e.g. 40 or 37.5)"


@pytest.mark.parametrize(
    ("cell", "why"),
    [
        ("nan", "is not a number of hours"),  # was 0.05 FTE
        ("inf", "is not a number of hours"),  # was 1.0
        ("-inf", "is not a number of hours"),  # was 0.05
        ("1e999", "is not a number of hours"),  # was 1.0
        ("abc", "is not a number of hours"),  # was nothing: counted in full, without a word
        ("-5", "is less than 0"),  # was 0.05
        ("400", "is more than the 168 hours a week has (annual or monthly hours?)"),  # was 1.0
    ],
)
def test_weekly_hours_that_are_no_weeks_are_a_problem_naming_the_cell(tmp_path, cell, why):
    path = export(tmp_path, f"Name,Title,Weekly Hours\nAnn,RN,40\nBo,RN,{cell}\n")
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert errors(result.stderr) == [f"{path}:3: weekly hours '{cell}' (column 'Weekly Hours') {why} {HOURS_HINT}"]


def test_weekly_hours_are_read_with_a_decimal_comma_or_a_unit(tmp_path):
    path = export(tmp_path, 'Name,Title,Weekly Hours\nAnn,RN,"37,5"\nBo,RN,20 hrs\nCy,RN,24 hours/week\nDi,RN,0\n')
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert [p.get("fte", 1.0) for p in yaml.safe_load(result.stdout)["people"]] == [0.94, 0.5, 0.6, 0.05]


def test_openings_that_are_no_count_are_a_problem_and_none_is_skipped_and_counted(tmp_path):
    """'-3' and '0' each made one opening, '2.5' two."""
    people = export(tmp_path, "Name,Title\nAnn,RN\n", "people.csv")
    rows = "".join(f"Nurse,R-{n},Open,{cell}\n" for n, cell in enumerate(["nan", "-inf", "-3", "2.5", "0"], 2))
    reqs = export(tmp_path, f"Job,Job ID,Job Status,Openings\n{rows}", "reqs.csv")
    result = run_cli("import", people, "--reqs", reqs)
    assert result.code == 2 and result.stdout == ""
    assert errors(result.stderr) == [
        f"{reqs}:2: openings 'nan' (column 'Openings') is not a number",
        f"{reqs}:3: openings '-inf' (column 'Openings') is not a number",
        f"{reqs}:4: openings '-3' (column 'Openings') is not a whole number of 0 or more",
        f"{reqs}:5: openings '2.5' (column 'Openings') is not a whole number of 0 or more",
    ]
    none = export(tmp_path, "Job,Job ID,Job Status,Openings\nNurse,R-1,Open,0\nMD,R-2,Open,2\n", "reqs.csv")
    result = run_cli("import", people, "--reqs", none)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"] if p.get("status") == "open"] == [
        "Open req R-2 #1 - MD",
        "Open req R-2 #2 - MD",
    ]
    counted = f"teamaudit: {none}: 2 people (0 current, 0 planned, 2 open); skipped 1 row (1 open requisition with 0 "
    assert counted + "openings)" in result.stderr.splitlines()


def test_openings_are_read_as_written_and_a_dot_that_could_group_thousands_is_refused(tmp_path):
    """'1.000' made 1 opening, where a European export means 1,000; '2,5' made 25, and '1 000' was no number."""
    people = export(tmp_path, "Name,Title\nAnn,RN\n", "people.csv")
    cells = ["1.000", "2,5", "1.23.4", "2.000"]
    rows = "".join(f"Nurse;R-{n};Open;{cell}\n" for n, cell in enumerate(cells, 2))
    reqs = export(tmp_path, f"Job;Job ID;Job Status;Openings\n{rows}", "reqs.csv")
    result = run_cli("import", people, "--reqs", reqs)
    assert result.code == 2 and result.stdout == ""
    dot = "a dot may mark decimals or group thousands"
    assert errors(result.stderr) == [
        f"{reqs}:2: openings '1.000' (column 'Openings') could be 1 or 1,000 openings: {dot} (write 1 or 1000)",
        f"{reqs}:3: openings '2,5' (column 'Openings') is not a whole number of 0 or more",
        f"{reqs}:4: openings '1.23.4' (column 'Openings') groups its digits in no way import reads (write the "
        "number of openings in plain digits, e.g. 2)",
        f"{reqs}:5: openings '2.000' (column 'Openings') could be 2 or 2,000 openings: {dot} (write 2 or 2000)",
    ]
    fine = export(tmp_path, "Job;Job ID;Job Status;Openings\nNurse;R-1;Open;2,00\nMD;R-2;Open;1 000\n", "reqs.csv")
    result = run_cli("import", people, "--reqs", fine)
    assert result.code == 0, result.stderr
    opened = [p["name"] for p in yaml.safe_load(result.stdout)["people"] if p.get("status") == "open"]
    assert opened[:2] == ["Open req R-1 #1 - Nurse", "Open req R-1 #2 - Nurse"] and len(opened) == 1002


def test_an_hours_cell_that_could_be_two_numbers_is_refused_naming_its_row_and_column(tmp_path):
    """'1.000' was 1 hour a week, where a German or French export means 1,000 (or 1.0), as openings '1.000' is."""
    cells = ["1.000", '"37,5"', "40.0", '"1,000"', "0.500", '"2,080"', "20 hrs"]
    rows = "".join(f"Person {n},RN,{cell}\n" for n, cell in enumerate(cells, 2))
    path = export(tmp_path, f"Name,Title,Weekly Hours\n{rows}", "people.csv")
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    decimals = "may mark decimals or group thousands (write the hours worked a week, e.g. 40 or 37.5)"
    assert errors(result.stderr) == [
        f"{path}:2: weekly hours '1.000' (column 'Weekly Hours') could be 1 or 1,000 hours: a dot {decimals}",
        f"{path}:5: weekly hours '1,000' (column 'Weekly Hours') could be 1 or 1,000 hours: a comma {decimals}",
        f"{path}:7: weekly hours '2,080' (column 'Weekly Hours') could be 2.08 or 2,080 hours: a comma {decimals}",
    ]  # 2,080 is a year's 40 hours a week: the file refuses annual hours, but not if read as 2.08
    fine = export(tmp_path, 'Name,Title,Weekly Hours\nAnn,RN,"37,5"\nBo,RN,40.0\nCy,RN,0.500\nDi,RN,20 hrs\n')
    result = run_cli("import", fine)
    assert result.code == 0, result.stderr
    ftes = [p.get("fte", 1.0) for p in yaml.safe_load(result.stdout)["people"]]
    assert ftes == [0.94, 1.0, 0.05, 0.5]  # 37.5 hours, a decimal comma; 40.0; half an hour, at least 0.05


def test_hours_whose_thousands_reading_no_one_works_in_a_year_are_the_week_s(tmp_path):
    """'40.000' and '37,500' were refused as 'could be 40 or 40,000 hours', though no one works 40,000 hours even
    in a year: the decimal reading is the only one."""
    cells = ["40.000", '"40,000"', "37.500", '"37,500"', "9.000"]
    rows = "".join(f"Person {n},RN,{cell}\n" for n, cell in enumerate(cells, 2))
    result = run_cli("import", export(tmp_path, f"Name,Title,Weekly Hours\n{rows}", "people.csv"))
    assert result.code == 0, result.stderr
    ftes = [p.get("fte", 1.0) for p in yaml.safe_load(result.stdout)["people"]]
    assert ftes == [1.0, 1.0, 0.94, 0.94, 0.23]


def test_an_xlsx_number_cell_of_hours_is_the_number_it_holds(tmp_path):
    """A sheet's number 1.125 is one number, whatever a text cell '1.125' could be."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Job Title", "Weekly Hours"])
    sheet.append(["Ann Lee", "Registered Nurse", 2.125])
    sheet.append(["Bo Park", "Registered Nurse", "2.125"])
    path = tmp_path / "hours.xlsx"
    book.save(path)
    result = run_cli("import", path)
    assert result.code == 2, result.stderr
    assert errors(result.stderr) == [
        f"{path}:3: weekly hours '2.125' (column 'Weekly Hours') could be 2.125 or 2,125 hours: a dot may mark "
        "decimals or group thousands (write the hours worked a week, e.g. 40 or 37.5)"
    ]


# Bo's row runs from line 4 to line 6: its title is quoted over three lines.
MULTILINE = (
    'Name,Job Title,Hours Per Week\nAnn Lee,"Nurse\nInformaticist",40\nBo Park,"MD\nCardiology\nLocum",{hours}\n'
)


def test_a_problem_in_a_row_over_several_lines_names_the_line_it_starts_on(tmp_path):
    """An editor and a user look for a row where it starts; the messages named the line a quoted value ended it on."""
    path = export(tmp_path, MULTILINE.format(hours="lots"))
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert errors(result.stderr) == [
        f"{path}:4: weekly hours 'lots' (column 'Hours Per Week') is not a number of hours "
        "(write the hours worked a week, e.g. 40 or 37.5)"
    ]
    wide = export(tmp_path, MULTILINE.format(hours="40,extra"), "wide.csv")
    assert errors(run_cli("import", wide).stderr) == [
        f"{wide}:4: row has 4 cells but the header has 3 columns (a delimiter inside an unquoted value?)"
    ]
    untitled = export(tmp_path, 'Name,Job Title\n"Ann\nLee",\nBo Park,MD\n', "untitled.csv")
    result = run_cli("import", untitled)
    assert result.code == 0 and "untitled.csv:2: 'Ann Lee' has no title: skipped" in result.stderr, result.stderr


def test_a_hostile_value_over_several_lines_is_named_at_its_row_and_steers_no_line(tmp_path):
    path = export(tmp_path, MULTILINE.format(hours='"4\n::error::x\x1b[31m"'))
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    (problem,) = errors(result.stderr)
    # the line break a space, the colour code removed (importer/unseen.py)
    assert problem.startswith(f"{path}:4: weekly hours '4 ::error::x'"), problem
    assert "\x1b" not in result.stderr and not any(line.startswith("::") for line in result.stderr.splitlines())
    long = export(tmp_path, MULTILINE.format(hours='"4\n' + "9" * 1_000_000 + '"'), "long.csv")
    result = run_cli("import", long)  # the value's own line, in its row
    assert result.code == 2 and f"{long}:6: a value in column 3 'Hours Per Week' is longer than" in result.stderr


def test_a_value_too_long_for_csv_names_the_line_it_starts_on_within_its_row(tmp_path):
    path = export(tmp_path, 'Name,Job Title\nAnn,"RN\n' + "x" * 200_000 + '"\n')
    result = run_cli("import", path)
    assert result.code == 2 and f"{path}:2: a value in column 2 'Job Title' is longer than" in result.stderr


def test_a_quote_never_closed_is_an_error_at_its_row_not_one_person_holding_the_rest(tmp_path):
    """csv reads an unclosed quote to the end of the text: Ann's title held Bo's and Cy's rows, and both were lost."""
    path = export(tmp_path, 'Name,Title,FTE\nAnn Lee,"Nurse Informaticist,1.0\nBo Park,ML Engineer,1.0\nCy Dee,QA,1\n')
    result = run_cli("import", path, "-o", str(tmp_path / "team.yaml"))
    assert result.code == 2 and not (tmp_path / "team.yaml").exists(), result.stderr
    assert errors(result.stderr) == [
        f"{path}:2: a quote opened in this row is never closed: every line after it was read as one value "
        '(close the quote; a quote inside a value is written twice: "")'
    ]
    closed = export(tmp_path, 'Name,Title,FTE\nAnn Lee,"Nurse, ""RN""",1.0\nBo Park,"ML\nEngineer",1.0\n', "ok.csv")
    assert run_cli("import", closed).code == 0
