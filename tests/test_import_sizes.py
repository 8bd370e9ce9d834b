"""Exports holding values far longer than any export's: a 1 MB text an .xlsx repeats in every row for the price of
one, a pasted document in a CSV cell or in the header. Each is refused naming its row and column, measured before
any row is read further, in a time that does not grow with the value's length times the rows."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import yaml

from conftest import run_cli, run_cli_traced
from test_import_xlsx import MAIN, workbook

BIG = 1_000_000


def shared_text_workbook(path: Path, header: tuple[str, ...], rows: int, text: str) -> Path:
    """A sheet whose rows each give every column the one shared text `text`: the file stays a few KB."""
    strings = "".join(f"<si><t>{name}</t></si>" for name in header) + f'<si><t xml:space="preserve">{text}</t></si>'
    first = "".join(f'<c t="s"><v>{i}</v></c>' for i in range(len(header)))
    shared = f'<c t="s"><v>{len(header)}</v></c>' * len(header)
    body = f'<row r="1">{first}</row>' + f"<row>{shared}</row>" * rows
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{body}</sheetData></worksheet>'.encode()
    return workbook(path, sheet, strings=f'<sst xmlns="{MAIN}">{strings}</sst>'.encode())


def errors(stderr: str) -> list[str]:
    return [line.removeprefix("teamaudit: error: ") for line in stderr.splitlines()]


def test_a_long_text_every_row_of_an_xlsx_shares_is_refused_before_any_row_is_read(tmp_path):
    """300 such rows took 35 s and 330 MB, 10,000 over five minutes: every row's status cells were joined,
    lower-cased and searched by a dozen patterns, and only then was the title measured."""
    header = ("Employee Name", "Job Title", "Employment Status")
    path = shared_text_workbook(tmp_path / "people.xlsx", header, 2000, "x" * BIG)
    assert path.stat().st_size < 20_000
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    shown = f"'{'x' * 80}... [1,000,000 characters]'"
    hint = "(a pasted document? fix the export's row)"
    assert errors(result.stderr)[:3] == [
        f"{path}:2: name {shown} (column 'Employee Name') is more than the 200 characters a team file allows {hint}",
        f"{path}:2: title {shown} (column 'Job Title') is more than the 300 characters a team file allows {hint}",
        f"{path}:2: status {shown} (column 'Employment Status') is more than the 300 characters import reads {hint}",
    ]
    assert errors(result.stderr)[20:] == [f"{path}: 5,980 more problems not shown (fix these and run again)"]


TEAM_FILE = "characters a team file allows"


@pytest.mark.parametrize(
    ("header", "cells", "problem"),
    [
        (
            "Name,Job Title",
            f"Ann,{'T' * 301}",
            f"title '{'T' * 80}... [301 characters]' (column 'Job Title') is more than the 300 {TEAM_FILE}",
        ),
        (
            "Name,Title,Dept",
            f"Ann,RN,{'D' * 301}",
            f"team '{'D' * 80}... [301 characters]' (column 'Dept') is more than the 300 {TEAM_FILE}",
        ),
        (
            "Name,Title,Employee #",
            f"Ann,RN,{'7' * 201}",
            f"id '{'7' * 80}... [201 characters]' (column 'Employee #') is more than the 200 {TEAM_FILE}",
        ),
        (
            "First Name,Last Name,Title",
            f"{'A' * 201},Lee,RN",
            f"first name '{'A' * 80}... [201 characters]' (column 'First Name') is more than the 200 {TEAM_FILE}",
        ),
        (
            "Name,Title,Weekly Hours",
            f"Ann,RN,{'4' * 301}",
            f"weekly hours '{'4' * 80}... [301 characters]' (column "
            "'Weekly Hours') is more than the 300 characters import reads",
        ),
    ],
    ids=["title", "team", "id", "first name", "hours"],
)
def test_a_cell_longer_than_its_field_allows_is_named_by_row_and_column(tmp_path, header, cells, problem):
    path = tmp_path / "people.csv"
    path.write_text(f"{header}\n{cells}\n")
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert errors(result.stderr) == [f"{path}:2: {problem} (a pasted document? fix the export's row)"]


def test_a_long_value_in_a_column_import_does_not_read_is_left_alone(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(f"Name,Job Title,Notes\nAnn Lee,RN,{'n' * 5000}\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "Ann Lee", "title": "RN"}]


def test_cells_are_read_without_the_spaces_around_them_and_a_row_of_spaces_is_blank(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name , Job Title ,Notes\n  Ann Lee , RN \t,\n   ,  , \n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "Ann Lee", "title": "RN"}]
    assert "ignored 1 blank row" in result.stderr


def test_a_header_name_longer_than_any_columns_is_refused_before_columns_are_matched(tmp_path):
    """2,000 columns of an .xlsx named by one 1 MB text took five minutes and 2 GB: each name was lower-cased and
    stripped of punctuation three times over, and stderr then listed them in full as columns not read."""
    strings = f'<sst xmlns="{MAIN}"><si><t>Name</t></si><si><t>Title</t></si><si><t>{"h" * BIG}</t></si></sst>'
    named = '<c t="s"><v>0</v></c><c t="s"><v>1</v></c>' + '<c t="s"><v>2</v></c>' * 300
    row = '<row><c t="inlineStr"><is><t>Ann</t></is></c><c t="inlineStr"><is><t>RN</t></is></c></row>'
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">{named}</row>{row}</sheetData></worksheet>'
    path = workbook(tmp_path / "people.xlsx", sheet.encode(), strings=strings.encode())
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    lines = errors(result.stderr)
    assert lines[0] == (
        f"{path}:1: the header's column 3 is named '{'h' * 80}... [1,000,000 characters]', more than the 1,000 "
        "characters import reads of a column's name (a pasted document in the header row? fix the export's header)"
    )
    assert lines[20:] == [f"{path}: 280 more problems not shown (fix these and run again)"]


def test_a_csv_value_longer_than_any_export_holds_is_named_in_memory_a_few_times_the_file(tmp_path, monkeypatch):
    """A 199 MB export whose one value was 199 MB took 1.45 GB and 27 s to be refused, as 'field larger than field
    limit (131072)': io.StringIO held a copy at four bytes a character, and the delimiter was sniffed from a
    sample holding the whole value. This one, 30 MB, took 3.4 s; 0.35 s now."""
    from teamaudit.importer import table

    size = 30 * 1024 * 1024
    path = tmp_path / "people.csv"
    path.write_bytes(b"\xef\xbb\xbfName,Job Title,Department\nAnn Lee,RN,Ward\nBo Ek," + b"x" * size + b",Ward\n")
    peaks = []
    read_table, read_bytes = table.read_table, table.read_bytes

    def measured(*args: object) -> object:
        try:
            return read_table(*args)
        finally:
            peaks.append(tracemalloc.get_traced_memory()[1])

    def read(*args: object, **kwargs: object) -> object:
        """The file's bytes, the first copy of it; reading them asks for a buffer of the most import reads."""
        raw = read_bytes(*args, **kwargs)
        tracemalloc.reset_peak()
        return raw

    monkeypatch.setattr("teamaudit.importer.read_table", measured)
    monkeypatch.setattr(table, "read_bytes", read)
    result = run_cli_traced("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert errors(result.stderr) == [
        f"{path}:3: a value in column 2 'Job Title' is longer than the 131,072 characters any export holds (a pasted "
        "document, or a quote left open? fix the export's row)"
    ]
    assert len(peaks) == 1 and peaks[0] < 3 * size, f"{peaks[0] / size:.1f} times the file"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a quote left open: the rest of the file is one value, from the line it opens on
        ('Name;Title;Team\nAnn;RN;Ward\nBo;"RN;Ward\n' + "Cy;RN;Ward\n" * 20_000, "3: a value in column 2 'Title'"),
        ("Name\tTitle\tTeam\nAnn\tRN\t" + "w" * 140_000 + "\n", "2: a value in column 3 'Team'"),
        ("Name,Title\r" + "n" * 140_000 + ",RN\r", "2: a value in column 1 'Name'"),
    ],
    ids=["quote left open", "tab-separated", "carriage returns"],
)
def test_the_value_over_the_limit_is_named_by_line_and_column(tmp_path, text, where):
    path = tmp_path / "people.csv"
    path.write_text(text, newline="")
    result = run_cli("import", path)
    assert result.code == 2, result.stderr
    assert errors(result.stderr) == [
        f"{path}:{where} is longer than the 131,072 characters any export holds (a pasted document, or a quote left "
        "open? fix the export's row)"
    ]


def test_long_rows_are_sniffed_from_their_first_lines(tmp_path):
    path = tmp_path / "people.csv"
    notes = "a note, with commas, " * 1000
    path.write_text("Name;Title;Notes\n" + "".join(f"P{n};RN;{notes}\n" for n in range(30)))
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert len(yaml.safe_load(result.stdout)["people"]) == 30
