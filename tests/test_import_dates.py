"""The dates `teamaudit import` reads (a hire, start or termination date) as exports write them: Excel's day numbers in
a CSV, a European export's day-first 03/04/2026, and cells that are no date at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from conftest import run_cli


def export(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def people(stdout: str) -> list[dict[str, object]]:
    return list(yaml.safe_load(stdout)["people"])


def test_a_hire_date_written_as_an_excel_day_number_is_read_as_that_date(tmp_path):
    """A CSV saved from a sheet whose date column lost its format writes 46500 for 2027-04-23: read as no date, the
    planned hire starting then was counted as current staff, without a word."""
    path = export(tmp_path, "Name,Job Title,Hire Date\nAnn Lee,RN,46500\nBo Chan,RN,45292\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert people(result.stdout) == [
        {"name": "Ann Lee", "title": "RN", "status": "planned", "start": dt.date(2027, 4, 23)},
        {"name": "Bo Chan", "title": "RN"},
    ]
    note = f"{path}: date column 'Hire Date' holds Excel day numbers, read as dates: line 2 '46500' is 2027-04-23"
    assert note in result.stderr.replace("teamaudit: ", "")


def test_a_day_first_column_reads_its_dates_day_first(tmp_path):
    """A European Excel's export wrote 25/04/2026 and 03/04/2027: the first was read as no date and the second as
    4 March, a month before the hire starts."""
    path = export(
        tmp_path, "Display name;Job title;Start date\nÉlodie Dubois;RN;25/04/2026\nJürgen Müller;RN;03/04/2027\n"
    )
    result = run_cli("import", path, "-o", tmp_path / "team.yaml")
    assert result.code == 0, result.stderr
    written = people((tmp_path / "team.yaml").read_text(encoding="utf-8"))
    assert written[1]["start"] == dt.date(2027, 4, 3)
    assert (
        f"{path}: date column 'Start date': 1 date that could be day first or month first, such as line 3 "
        "'03/04/2027', read day first, as the export writes dates, as line 2 '25/04/2026' shows"
    ) in result.stderr.replace("teamaudit: ", "")


def test_a_column_with_no_date_that_settles_the_order_is_read_month_first_and_says_so(tmp_path):
    path = export(tmp_path, "Name,Job Title,Hire Date\nBo Chan,RN,03/04/2027\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert people(result.stdout)[0]["start"] == dt.date(2027, 3, 4)
    assert "read month first (US), as no date of the export settles which comes first" in result.stderr


def test_every_start_date_that_is_no_date_or_could_be_two_is_an_error_naming_its_row(tmp_path):
    """'next week' and a day-first date in a month-first column were read as no date: the people were imported as
    current staff with no start, and a planned hire was counted on staff."""
    path = export(
        tmp_path,
        "Name,Job Title,Hire Date\nAnn Lee,RN,next week\nBo Chan,RN,25/04/2026\nCy Dee,RN,04/25/2026\n"
        'Di Eng,RN,03/04/2027\nEd Fox,RN,TBD\nFay Gu,RN,"x\n::error::x\x1b[31m"\n',
    )
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"teamaudit: error: {path}:2: start date 'next week' (column 'Hire Date') is not a date "
        "(write it as 2026-09-30, or leave it empty)",
        f"teamaudit: error: {path}:5: start date '03/04/2027' (column 'Hire Date') could be 3 April 2027 or 4 March "
        "2027: the export writes the day first in some dates, the month first in others (write 2027-04-03 or "
        "2027-03-04)",
    ]
    assert lines[2].startswith(f"teamaudit: error: {path}:7: start date 'x")
    assert len(lines) == 3 and not any(line.startswith("::") for line in lines) and "\x1b" not in result.stderr


def test_a_requisition_s_start_date_that_is_no_date_is_an_error_and_tbd_none(tmp_path):
    people_csv = export(tmp_path, "Name,Job Title\nAnn Lee,RN\n")
    jobs = export(
        tmp_path,
        "Job,Requisition ID,Opening Status,Target Start Date\nNurse,R-1,Open,TBD\nBiostatistician,R-2,Open,soon\n",
        "jobs.csv",
    )
    result = run_cli("import", people_csv, "--reqs", jobs)
    assert result.code == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {jobs}:3: start date 'soon' (column 'Target Start Date') is not a date "
        "(write it as 2026-09-30, or leave it empty)"
    ]


@pytest.mark.parametrize("cell", ["3/4/2027 0:00", "2027-03-04 00:00:00", "2027-03-04T09:30:00Z", "4 March 2027"])
def test_a_date_written_with_a_time_or_its_month_s_name_is_read_as_that_date(tmp_path, cell):
    """Excel's CSV writes a date-and-time cell '3/4/2027 0:00': read as no date, a hire starting then was current."""
    path = export(tmp_path, f"Name,Job Title,Start Date\nAnn Lee,RN,{cell}\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert people(result.stdout)[0]["start"] == dt.date(2027, 3, 4)


def test_the_hire_dates_settle_how_the_termination_dates_are_read(tmp_path):
    """Each column was read alone: a European export's hire dates wrote the day first (25/04/2019), and its
    termination date 03/04/2027 was read month first, as 4 March, a month early."""
    path = export(
        tmp_path,
        "Name;Job title;Hire Date;Termination Date\nAnn Lee;RN;25/04/2019;03/04/2027\nBo Chan;RN;01/01/2020;\n",
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    kept = f"{path}: 1 person kept on staff with a termination date still to come: Ann Lee (line 2, 2027-04-03)"
    assert kept in result.stderr.replace("teamaudit: ", "")


def test_an_offers_export_whose_dates_settle_nothing_reads_them_as_the_people_export_does(tmp_path):
    """A European founder's people export writes 25/04/2021; the offers export beside it only dates that read either
    way, 01/11/2027 and 02/01/2027, which were read month first: starts on 11 January and 1 February, where the ATS
    meant 1 November and 2 January. Its note then said to write them as 2026-04-03, a date of no row."""
    people_csv = export(tmp_path, "Employee #,First Name,Last Name,Job Title,Hire Date\nE1,Ann,Lee,RN,25/04/2021\n")
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "Candidate Name,Job,Requisition ID,Offer Status,Start Date\n"
        "Priya Shah,Nurse Reviewer,REQ-1,Accepted,01/11/2027\nLeo Brandt,RN,REQ-2,Accepted,02/01/2027\n",
        encoding="utf-8",
    )
    result = run_cli("import", people_csv, "--reqs", offers)
    assert result.code == 0, result.stderr
    starts = {p["name"]: p.get("start") for p in people(result.stdout)}
    assert starts["Priya Shah"] == dt.date(2027, 11, 1) and starts["Leo Brandt"] == dt.date(2027, 1, 2)
    assert (
        f"{offers}: date column 'Start Date': 2 dates that could be day first or month first, such as line 2 "
        f"'01/11/2027', read day first, as {people_csv.name} writes dates, as its line 2 '25/04/2021' shows"
    ) in result.stderr
    alone = run_cli("import", offers)  # nothing settles it: month first, and the note names the cell's other reading
    assert "if they are day first ('01/11/2027' being 2027-11-01), write them year first, as 2027-11-01" in (
        alone.stderr
    )
