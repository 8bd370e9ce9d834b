"""Which columns `teamaudit import` reads for what: the names HRIS exports give weekly hours, and a pay-type column
read for how a person is employed, never for whether they left."""

from __future__ import annotations

import subprocess
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
    assert f"column '{header}' not read: import reads hours a week only" in result.stderr


def test_a_bare_hours_column_is_said_once_why_it_is_not_read(tmp_path):
    """'Hours' was listed among the columns not read, then 'no hours or FTE column': a user who could see an hours
    column could not tell why. One line says why and what to write; the full-time line points back at it."""
    path = export(tmp_path, "Name,Title,Hours,Badge\nAnn Lee,RN,20,red\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    lines = result.stderr.splitlines()
    why = f"teamaudit: {path}: column 'Hours' not read: import reads hours a week only, and the header does not say "
    assert why + "per week; name it 'Hours per week', or pass --map hours=Hours, if it holds hours a week" in lines
    # the other column, listed as before without Hours
    assert f"{path}: not read: 'Badge' (--map FIELD=Badge" in result.stderr
    assert sum("'Hours'" in line for line in lines) == 2
    assert f"{path}: no hours or FTE column ('Hours' is not read, see above): everyone counted full time" in (
        result.stderr
    )
    renamed = run_cli("import", export(tmp_path, "Name,Title,Hours per week\nAnn Lee,RN,20\n"))
    assert people(renamed.stdout)["Ann Lee"]["fte"] == 0.5  # the hint's name is one import reads


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


def test_an_export_with_no_hours_or_fte_column_says_everyone_is_counted_full_time_once(tmp_path):
    """Nothing was said, and part-timers came in full time without a word."""
    path = export(tmp_path, "Name,Title\nAnn Lee,RN\nBo Park,RN\nCy Dee,MD\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    said = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines()]
    expected = f"{path}: no hours or FTE column: everyone counted full time; add fte: for part-timers"
    assert said.count(expected) == 1 and sum("FTE column" in line for line in said) == 1
    with_hours = run_cli("import", export(tmp_path, "Name,Title,Weekly Hours\nAnn Lee,RN,20\nBo Park,RN,\n", "h.csv"))
    assert with_hours.code == 0 and "no hours or FTE column" not in with_hours.stderr


def test_a_merge_says_the_team_file_keeps_the_fte_it_gives_when_the_export_gives_none(tmp_path):
    """'2 advisor rows without an FTE or hours column: 1.0 FTE each (--assume-fte advisor=0.5 counts them
    otherwise)', said of a merge that kept one advisor's fte: 0.2 from the team file: neither what happened nor
    what to do (--assume-fte keeps that 0.2)."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n- name: Ann Lee\n  title: RN\n  fte: 0.5\n"
        "- name: Old Adv\n  title: Senior Advisor\n  employment: advisor\n  fte: 0.2\n",
        encoding="utf-8",
    )
    path = export(
        tmp_path,
        "Name,Title,Employment Type\nAnn Lee,RN,Full-time\nNew Adv,Advisor,Advisor\nOld Adv,Senior Advisor,Advisor\n",
    )
    result = run_cli("import", path, "-o", team)
    assert result.code == 0, result.stderr
    said = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines()]
    assert (
        f"{path}: no hours or FTE column: {team} keeps the fte it gives each person, and anyone it gives none counts "
        "full time; add fte: for part-timers"
    ) in said
    assert (
        f"2 advisor rows without an FTE or hours column: {team} counts 1.0 FTE for New Adv ({path} line 3): write "
        f"their fte: there; it keeps the fte it gives Old Adv ({team} line 6, fte 0.2)"  # below Ann's new employment
    ) in said
    assert "current: 3 people, 1.7 FTE" in said  # 0.5 + 0.2 kept + 1.0 for the advisor added
    fte = {p["name"]: p.get("fte") for p in yaml.safe_load(team.read_text())["people"]}
    assert fte == {"Ann Lee": 0.5, "Old Adv": 0.2, "New Adv": None}
    assumed = run_cli("import", path, "-o", team, "--assume-fte", "advisor=0.1", "--dry-run")
    assert assumed.code == 0, assumed.stderr
    assert (
        f"2 advisor rows without an FTE or hours column: 0.1 FTE each, as --assume-fte says, where {team} gives them "
        "none (it keeps any fte it gives)"
    ) in assumed.stderr
    assert "kept the fte written for Old Adv, 0.2: the export gives none" in assumed.stderr


API_HEADERS = {
    # header -> (the field it is read as, a cell, what the person gets): API-style names (camelCase, PascalCase,
    # snake_case), as HRIS APIs and report builders write them, were 'not read', and the hours, employment and ids
    # they held were lost
    "HoursPerWeek": ("hours", "20", {"fte": 0.5}),
    "hoursPerWeek": ("hours", "20", {"fte": 0.5}),
    "hours_per_week": ("hours", "20", {"fte": 0.5}),
    "StdHrsWk": ("hours", "20", {"fte": 0.5}),
    "FTE_Percent": ("fte", "50", {"fte": 0.5}),
    "FTEPercent": ("fte", "50", {"fte": 0.5}),
    "ftePercent": ("fte", "50", {"fte": 0.5}),
    "employmentType": ("status", "Part-Time", {"employment": "employee"}),
    "EmployeeID": ("id", "E7", {"id": "E7"}),
    "employeeNumber": ("id", "E7", {"id": "E7"}),
    "departmentName": ("team", "Nursing", {"team": "Nursing"}),
    "hireDate": ("start", "2099-01-02", {"status": "planned"}),
    "jobTitle": ("title", "RN", {"title": "RN"}),
    "JobTitle": ("title", "RN", {"title": "RN"}),
    "displayName": ("name", "Ann Lee", {"name": "Ann Lee"}),
}


@pytest.mark.parametrize(("header", "field", "cell", "got"), [(h, *v) for h, v in API_HEADERS.items()], ids=API_HEADERS)
def test_api_style_headers_are_read_as_their_spaced_names_are(tmp_path, header, field, cell, got):
    columns = {"name": "Name", "title": "Title", field: header}
    cells = {"name": "Ann Lee", "title": "RN", field: cell}
    path = export(tmp_path, f"{','.join(columns.values())}\n{','.join(cells.values())}\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert f"{field} <- '{header}'" in result.stderr and "not read" not in result.stderr
    ann = people(result.stdout)["Ann Lee"]
    assert {key: ann[key] for key in got} == got


def test_an_api_style_name_and_its_spaced_name_in_one_export_are_one_name_given_twice(tmp_path):
    result = run_cli("import", export(tmp_path, "Name,Job Title,jobTitle\nAnn Lee,RN,Nurse\n"))
    assert result.code == 2
    assert "people.csv:1: header names column 'Job Title' twice (columns 2 and 3)" in result.stderr


def test_a_second_import_names_the_part_timers_it_still_counts_full_time(tmp_path):
    """The first import named 'Ingrid Solberg (line 3)' as a part-timer counted 1.0 FTE; the next quarter's import
    into the file it wrote said '1 part-time row ...: team.yaml keeps the fte it gives each, and counts 1.0 FTE for any
    it gives none; write their fte: there', naming no one: whose fte to write, in a file of hundreds? And once her fte
    was written, it did not say it was kept."""
    path = export(
        tmp_path,
        "Employee #,First Name,Last Name,Job Title,Employment Status\n"
        "101,Ann,Lee,RN,Full-Time\n102,Ingrid,Solberg,Data Scientist,Part-Time\n103,Bo,Park,Pharmacist,Part-Time\n",
    )
    team = tmp_path / "team.yaml"
    assert run_cli("import", path, "-o", team).code == 0
    again = run_cli("import", path, "-o", team)
    assert again.code == 0, again.stderr
    assert (
        f"teamaudit: 2 part-time rows without an FTE or hours column: {team} counts 1.0 FTE for Ingrid Solberg "
        f"({path} line 3), Bo Park ({path} line 4): write their fte: there\n"
    ) in again.stderr
    text = team.read_text(encoding="utf-8")
    team.write_text(text.replace("  id: '103'\n", "  id: '103'\n  fte: 0.5  # 20 h a week\n"), encoding="utf-8")
    written = run_cli("import", path, "-o", team)
    assert written.code == 0, written.stderr
    line = next(n for n, text in enumerate(team.read_text().splitlines(), 1) if text == "- name: Bo Park")
    assert (
        f"teamaudit: 2 part-time rows without an FTE or hours column: {team} counts 1.0 FTE for Ingrid Solberg "
        f"({path} line 3): write their fte: there; it keeps the fte it gives Bo Park ({team} line {line}, fte 0.5)\n"
    ) in written.stderr
    assert "fte: 0.5  # 20 h a week" in team.read_text()


@pytest.mark.parametrize(
    "header",
    [
        'Hours $(touch pwned) "x"',
        "Hours `id`; it's",
        "Hours\x1b[31m\nx",  # shown escaped, as every name is
        "##[group]Hours",  # `##[` is shown `##\x5b`, which GitHub's runner does not read as a command
        "Hours \\x5b",  # a backslash the header itself holds
    ],
)
def test_the_hours_hint_is_one_argument_the_shell_reads_back_as_the_header(tmp_path, header):
    """`--map hours="Hours $(touch pwned) "x""` ran the header's command when pasted, and split at its quotes; then
    `--map 'hours=##\\x5bgroup]Hours'`, the header as the line escapes it, named a column of a backslash, an x and
    digits when pasted, which no export has. The hint is one argument the shell reads as `hours=` and the header
    itself (bash's $'...' where the line shows an escape), so pasted it reads the column."""
    quoted = '"' + header.replace('"', '""') + '"'
    path = export(tmp_path, f"Name,Title,{quoted}\nAnn Lee,RN,20\n")
    result = run_cli("import", path, "--dry-run")
    assert result.code == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if "pass --map" in line)
    command = line.split("or pass ", 1)[1].removesuffix(", if it holds hours a week")
    pasted = subprocess.run(
        ["bash", "-c", f"printf '%s\\0' {command}"], capture_output=True, text=True, check=True
    ).stdout.split("\0")[:-1]
    assert pasted == ["--map", f"hours={header}"], command
    assert "\x1b" not in result.stderr and "##[" not in result.stderr
    assert len(result.stderr.splitlines()) == len(result.stderr.split("\n")) - 1
    mapped = run_cli("import", path, *pasted)
    assert mapped.code == 0 and people(mapped.stdout)["Ann Lee"]["fte"] == 0.5, mapped.stderr


def _pasted(command: str) -> list[str]:
    """The arguments bash reads from `command` pasted into it."""
    printed = subprocess.run(["bash", "-c", f"printf '%s\\0' {command}"], capture_output=True, text=True, check=True)
    return printed.stdout.split("\0")[:-1]


# 'Cost\x1b[31m\nCenter' is read as 'Cost Center' now (a header's controls are taken out before it is matched)
@pytest.mark.parametrize("header", ["Budget\x1b[31m\nCode", "##[group]Dept", "Dept $(touch pwned) it's", "Squad Name"])
def test_the_not_read_hint_is_an_argument_the_shell_reads_back_as_the_column(tmp_path, header):
    """`not read: 'Cost\\x1b[31m\\nCenter' (--map FIELD="Column" reads one as team, ...)` left the user to type the
    column's name, which holds an escape no one can type, or a `$(...)` that runs when typed in double quotes.
    The example it gives pasted into bash names the column."""
    quoted = '"' + header.replace('"', '""') + '"'
    path = export(tmp_path, f"Name,Title,{quoted}\nAnn Lee,RN,Platform\n")
    result = run_cli("import", path, "--dry-run")
    assert result.code == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if ": not read: " in line)
    command = line.split(" (", 1)[1].split(" reads the first as FIELD")[0].replace("FIELD=", "team=")
    pasted = _pasted(command)
    assert pasted == ["--map", f"team={header}"], command
    assert "\x1b" not in result.stderr and "##[" not in result.stderr
    mapped = run_cli("import", path, *pasted)
    assert mapped.code == 0 and people(mapped.stdout)["Ann Lee"]["team"] == "Platform", mapped.stderr


def test_a_mapped_column_that_is_not_there_is_echoed_as_bash_reads_it_back(tmp_path):
    """`--map 'team=nope\\x1b'`, the mistyped option echoed escaped in '...', pasted back named another column."""
    path = export(tmp_path, "Name,Title\nAnn Lee,RN\n")
    result = run_cli("import", path, "--map", "team=Dept\x1b")
    assert result.code == 2, result.stderr
    echoed = result.stderr.split("error: ", 1)[1].split(": no such column")[0].split(": ", 1)[1]
    assert _pasted(echoed) == ["--map", "team=Dept\x1b"], echoed


def test_a_mapped_column_that_is_not_there_is_quoted_as_the_shell_would_take_it(tmp_path):
    path = export(tmp_path, "Name,Title\nAnn Lee,RN\n")
    result = run_cli("import", path, "--map", "team=Dept's $(x)")
    assert result.code == 2 and "--map 'team=Dept'\"'\"'s $(x)': no such column" in result.stderr, result.stderr


def test_a_mapped_field_is_read_in_any_case_as_the_kinds_of_assume_fte_are(tmp_path):
    # `--map Title="Job"` was an unknown field while `--assume-fte Part-Time=0.5` was read: one command, two rules.
    path = export(tmp_path, "Name,Job,Kind\nAnn Lee,Registered Nurse,Part-Time\n")
    result = run_cli(
        "import", path, "--map", "Title=Job", "--map", "EMPLOYMENT_TYPE=Kind", "--assume-fte", "Part-Time=0.5"
    )
    assert result.code == 0, result.stderr
    person = yaml.safe_load(result.stdout)["people"][0]
    assert (person["title"], person["employment"], person["fte"]) == ("Registered Nurse", "employee", 0.5)
    refused = run_cli("import", path, "--map", "Titel=Job")
    assert refused.code == 2 and "--map Titel=...: unknown field" in refused.stderr


def test_bamboohrs_last_name_first_name_column_is_the_name_read_first_name_first(tmp_path):
    """A BambooHR report with its 'Last Name, First Name' field was refused: 'no name column found'."""
    path = export(
        tmp_path,
        '"Employee #","Last Name, First Name","Job Title","Department","Employment Status","Hire Date"\n'
        '"3","Reyes, Sofia","Founding Engineer","R&D - Platform","Full-Time","05/15/2023"\n',
    )
    result = run_cli("import", path, "-o", "-")
    assert result.code == 0, result.stderr
    assert list(people(result.stdout)) == ["Sofia Reyes"]
    assert "name <- 'Last Name, First Name'" in result.stderr


def test_the_columns_an_error_lists_are_quoted_as_a_name_may_hold_a_comma(tmp_path):
    """'columns: Employee #, Surname, Given Name, Job Title' read as if Surname and Given Name were two columns."""
    path = export(tmp_path, '"Employee #","Surname, Given Name","Job Title"\n"3","Reyes, Sofia","Founding Engineer"\n')
    result = run_cli("import", path, "-o", "-")
    assert result.code == 2
    assert "COLUMN one of: 'Employee #', 'Surname, Given Name', 'Job Title')" in result.stderr, result.stderr


def test_a_missing_columns_hint_lists_each_column_as_the_shell_reads_it_back_after_the_field(tmp_path):
    """The no-job-title hint said `--map title="<column>"; columns: 'Worker', 'Cost\\x1b[31m Center'`: a name
    holding an escape, pasted between those quotes, named a column no export has, and a title report's header line
    was said to be line 1. Each column is now written as the shell reads it after `title=`, as the other hints do,
    and the hint pasted with one of them reads that column."""
    header = 'Worker,"Business Title, Primary","Cost\x1b[31m Center",Dept\n'
    path = export(tmp_path, "Headcount Report\n" + header + "Ann Lee,Nurse,1,ICU\n")
    result = run_cli("import", path, "-o", "-")
    assert result.code == 2 and result.stdout == ""
    columns = "Worker, 'Business Title, Primary', $'Cost\\x1b[31m Center', Dept"
    pick = f"name it with --map title=COLUMN, COLUMN one of: {columns}"
    assert result.stderr == f"teamaudit: error: {path}:2: no job-title column found ({pick})\n"
    for typed, title in (("'Business Title, Primary'", "Nurse"), ("$'Cost\\x1b[31m Center'", "1")):
        argument = subprocess.run(  # the word as bash reads it back from the line, after `title=`
            ["bash", "-c", f"printf %s title={typed}"], capture_output=True, text=True, check=True
        ).stdout
        mapped = run_cli("import", path, "--map", argument, "-o", "-")
        assert mapped.code == 0, mapped.stderr
        assert yaml.safe_load(mapped.stdout)["people"][0]["title"] == title
    unknown = run_cli("import", path, "--map", "title=Role", "-o", "-")
    assert unknown.code == 2 and pick in unknown.stderr


def test_the_part_timers_and_contractors_left_at_a_full_fte_are_named_with_their_lines(tmp_path):
    """'2 part-time rows without an FTE or hours column: 1.0 FTE each' said how many, never who: a founder with a
    part-time controller and a 0.2 FTE medical director could not tell whose fte to write."""
    path = export(
        tmp_path,
        "Employee Name,Job Title,Employment Status\n"
        '"Feld, Jonathan",Medical Director,Part-Time\n'
        '"Okafor, Daniel",CEO,Full-Time\n'
        '"Hughes, Megan",Controller,Part-Time\n'
        '"Sato, Emi",AI Scribe Quality Reviewer (MD),Contractor\n',
    )
    result = run_cli("import", path, "-o", "-")
    assert result.code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert (
        "teamaudit: 2 part-time rows without an FTE or hours column: 1.0 FTE each (--assume-fte part-time=0.5 counts "
        f"them otherwise); in {path}: Jonathan Feld (line 2), Megan Hughes (line 4)"
    ) in lines, result.stderr
    assert f"(--assume-fte contractor=0.5 counts it otherwise); in {path}: Emi Sato (line 5)" in result.stderr


def test_a_column_name_holding_a_comma_but_no_space_is_quoted_in_the_list_of_columns(tmp_path):
    """`Surname,Given` needs no quotes in a shell, so the hint listed it bare, 'one of: Worker, Surname,Given, Dept':
    read as columns 'Surname' and 'Given'."""
    path = export(tmp_path, 'Worker,"Surname,Given",Dept\nAnn Lee,"Lee,Ann",ICU\n')
    result = run_cli("import", path, "-o", "-")
    assert result.code == 2
    assert "COLUMN one of: Worker, 'Surname,Given', Dept)" in result.stderr, result.stderr


@pytest.mark.parametrize("header", ["Offer Sta\x1btus", "Offer \x1b[31mStatus\x1b[0m"])
def test_a_header_with_a_control_inside_is_read_as_the_column_it_names(tmp_path, header):
    """'Offer Sta<ESC>tus' was not read as the status column: the accepted offer became 'Open req 2 - Nurse', an
    opening in the plan, while the same ESC in a cell was taken out (importer/unseen.py)."""
    staff = export(tmp_path, "Name,Job Title\nAnn Lee,RN\n")
    offers = export(tmp_path, f"Candidate,Job,{header},Start Date\nBo Ray,Nurse,Accepted,2027-03-01\n", "offers.csv")
    result = run_cli("import", staff, "--reqs", offers)
    assert result.code == 0, result.stderr
    assert people(result.stdout)["Bo Ray"]["status"] == "planned"
    assert "status <- 'Offer " in result.stderr and "(0 current, 1 planned, 0 open)" in result.stderr
