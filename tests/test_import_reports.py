"""Exports saved from an HRIS report rather than a plain export: the report's title rows above the header (Workday's
and BambooHR's reports saved as a spreadsheet), a merged title cell, a hidden column, a totals row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

openpyxl = pytest.importorskip("openpyxl")


def _workday_report(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Headcount Report - All Active Workers"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "Run by: jdoe  2026-12-01 08:14"
    header = ["Worker", "Employee ID", "Business Title", "Supervisory Organization", "Hire Date"]
    header.append("Scheduled Weekly Hours")
    rows = [
        ["Smith, Robert", "E001", "Chief Medical Officer", "Clinical", dt.date(2023, 1, 15), 40],
        ["Garcia, Luis", "E012", "Epic Bridges Analyst", "Integration", dt.date(2025, 7, 1), 20],
    ]
    for at, values in enumerate([header, *rows], start=4):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=at, column=column, value=value)
    sheet.column_dimensions["F"].hidden = True
    sheet.cell(row=7, column=1, value="Total")
    sheet.cell(row=7, column=6, value=60)
    book.save(path)
    return path


def test_a_report_s_title_rows_above_its_header_are_read_as_its_title(tmp_path):
    """Workday's report saved to Excel opens with its name and who ran it, one value a row: the import was refused,
    'no header row: the first line must name the columns', though the header is on line 4."""
    path = _workday_report(tmp_path / "workday.xlsx")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert (
        f"teamaudit: {path}: lines 1-2 above the table (line 4) read as the report's title, not people: "
        "'Headcount Report - All Active Workers'"
    ) in result.stderr
    assert f"teamaudit: {path}:7: 'Total' has no title: skipped" in result.stderr
    people = yaml.safe_load(result.stdout)["people"]
    assert [(p["name"], p["title"], p.get("fte", 1.0)) for p in people] == [
        ("Robert Smith", "Chief Medical Officer", 1.0),
        ("Luis Garcia", "Epic Bridges Analyst", 0.5),
    ]


def test_one_value_rows_with_no_header_below_them_are_still_no_header(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Headcount report\nAnn Lee\nBo Chan\n", encoding="utf-8")
    result = run_cli("import", path)
    assert result.code == 2 and "no header row" in result.stderr, result.stderr


def test_a_row_of_headings_over_the_header_is_read_as_headings(tmp_path):
    """'Employee' merged over First Name and Last Name, 'Position' over Job Title and Department: the headings were
    read as the header, the header as a person 'First Name' titled 'Job Title', and everyone by first name alone."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["C1"] = "Employee", "Position"
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:D1")
    for at, values in enumerate(
        [["First Name", "Last Name", "Job Title", "Department"], ["Ann", "Lee", "RN", "Clinical"]], start=2
    ):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=at, column=column, value=value)
    path = tmp_path / "people.xlsx"
    book.save(path)
    csv = tmp_path / "people.csv"
    csv.write_text("Employee,,Position,\nFirst Name,Last Name,Job Title,Department\nAnn,Lee,RN,Clinical\n")
    for export in (path, csv):
        result = run_cli("import", export)
        assert result.code == 0, result.stderr
        assert yaml.safe_load(result.stdout)["people"] == [{"name": "Ann Lee", "title": "RN", "team": "Clinical"}]
        heading = "line 1 read as headings over the header (line 2), not as it: 'Employee', 'Position'"
        assert f"teamaudit: {export}: {heading}" in result.stderr


def test_a_title_and_headings_narrower_than_the_table_above_the_header(tmp_path):
    """HiBob's report: its title in A1, headings 'Person' and 'Work' in A3 and C3, the header on line 4 six columns
    wide. The sheet's rows were padded to the title's width, not the header's: every row was 'longer than the
    header', exit 2."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["A3"], sheet["C3"] = "HiBob people report", "Person", "Work"
    rows = [
        ["Display name", "Employee ID", "Job title", "Department", "Start date", "FTE %"],
        ["田中 太郎", "H1", "Clinical Data Manager", "Compliance", dt.date(2024, 5, 1), "100%"],
    ]
    for at, values in enumerate(rows, start=4):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=at, column=column, value=value)
    path = tmp_path / "hibob.xlsx"
    book.save(path)
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [
        {"name": "田中 太郎", "id": "H1", "title": "Clinical Data Manager", "team": "Compliance"}
    ]


def test_title_rows_above_a_row_of_headings_do_not_call_the_headings_the_header(tmp_path):
    """Workday's report with its title, a row of headings and the header: stderr said 'lines 1-2 above the header
    (line 4) read as the report's title', then 'line 4 read as headings over the header (line 5)': two headers."""
    path = tmp_path / "people.csv"
    path.write_text(
        "Headcount Report,,,\nRun by pops,,,\n\nEmployee,,Position,\n"
        "First Name,Last Name,Job Title,Department\nAnn,Lee,RN,Clinical\n",
        encoding="utf-8",
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    said = [line.removeprefix(f"teamaudit: {path}: ") for line in result.stderr.splitlines()]
    assert "lines 1-2 above the table (line 4) read as the report's title, not people: 'Headcount Report'" in said
    assert "line 4 read as headings over the header (line 5), not as it: 'Employee', 'Position'" in said
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "Ann Lee", "title": "RN", "team": "Clinical"}]
