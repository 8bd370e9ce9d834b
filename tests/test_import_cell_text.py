"""What import makes of a cell's text a reader cannot see or it cannot read: control and invisible characters are
removed from the data (not only escaped on output) and named on stderr; a line break stays an item separator in a
Skills cell; an .xlsx formula with no saved value is an error naming its cell, where it was read as empty."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from conftest import run_cli


def _imported(tmp_path: Path, rows: str) -> tuple[dict[str, object], str]:
    export = tmp_path / "people.csv"
    export.write_text("Employee ID,First Name,Last Name,Job Title,Department,Skills\n" + rows, encoding="utf-8")
    out = tmp_path / "team.yaml"
    result = run_cli("import", export, "-o", out)
    assert result.code == 0, result.stderr
    return yaml.safe_load(out.read_text(encoding="utf-8")), result.stderr


def test_a_terminal_colour_code_in_a_title_is_removed_whole_and_named(tmp_path: Path) -> None:
    team, stderr = _imported(tmp_path, "E1,Ann,Lee,RN\x1b[31m,Clinical,\n")
    assert team["people"][0]["title"] == "RN"  # was 'RN\x1b[31m', which check called other at 0.30
    assert "control or invisible characters removed from 1 cell" in stderr
    assert "line 2 'Job Title': '\\x1b[31m'" in stderr
    assert "\x1b" not in stderr
    check = run_cli("explain", tmp_path / "team.yaml", "Ann Lee")
    assert "=> clinical" in check.stdout


def test_bidi_overrides_and_zero_width_characters_are_removed(tmp_path: Path) -> None:
    team, stderr = _imported(tmp_path, "E1,Ann\u200b,Lee,Nurse\u202e,Clinical\u2066,\n")
    person = team["people"][0]
    assert (person["name"], person["title"], person["team"]) == ("Ann Lee", "Nurse", "Clinical")
    assert "removed from 3 cells" in stderr and "\\u202e" in stderr


def test_a_skills_cell_keeps_its_lines_as_items_and_a_tab_is_a_space(tmp_path: Path) -> None:
    team, stderr = _imported(tmp_path, 'E1,Ann,Lee,"Senior\nNurse",Clinical,"HL7\tv2\nMirth\x07"\n')
    person = team["people"][0]
    assert person["skills"] == "HL7 v2; Mirth"
    assert person["title"] == "Senior Nurse"  # one title, on one line
    assert "line 2 'Skills': '\\x07'" in stderr


def test_a_hostile_value_in_a_removed_cell_starts_no_line(tmp_path: Path) -> None:
    _, stderr = _imported(tmp_path, 'E1,Ann,Lee,"Nurse\n::error::x\x1b]0;t\x07",Clinical,\n')
    assert not any(line.startswith("::") for line in stderr.splitlines())
    assert "\x1b" not in stderr


def test_an_unread_column_is_left_as_written(tmp_path: Path) -> None:
    export = tmp_path / "people.csv"
    export.write_text("Name,Job Title,Notes\nAnn Lee,Nurse,x\x1by\n", encoding="utf-8")
    result = run_cli("import", export, "-o", tmp_path / "team.yaml")
    assert result.code == 0 and "removed" not in result.stderr


def test_an_xlsx_formula_with_no_saved_value_is_an_error_naming_its_cell(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Employee ID", "First Name", "Last Name", "Job Title", "Notes"])
    sheet.append([3, "Bo", "Lee", "=1+1", "=2+2"])
    sheet.append([4, "Al", "Ng", "Nurse", "=2+2"])
    export = tmp_path / "people.xlsx"
    book.save(export)
    out = tmp_path / "team.yaml"
    result = run_cli("import", export, "-o", out)
    assert result.code == 2
    # It was read as empty: 'Bo Lee' has no title: skipped, and the file written without him.
    assert "people.xlsx:2:4: title (column 'Job Title') is a formula, '=1+1', with no value saved" in result.stderr
    assert "open the file in Excel or LibreOffice and save it" in result.stderr
    assert "Notes" not in result.stderr.split("error:")[1]  # a column import does not read is no error
    assert not out.exists()


def test_an_xlsx_formula_with_its_saved_value_is_read_as_that_value(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    from test_import_xlsx import cell, sheet_xml, workbook

    formula = '<c r="B2" t="str"><f>"Nur"&amp;"se"</f><v>Nurse</v></c>'
    header = f'<row r="1">{cell("A1", "Employee Name")}{cell("B1", "Job Title")}</row>'
    rows = f'{header}<row r="2">{cell("A2", "Ann")}{formula}</row>'
    export = workbook(tmp_path / "people.xlsx", sheet_xml(rows))
    result = run_cli("import", export, "-o", tmp_path / "team.yaml")
    assert result.code == 0, result.stderr
    assert yaml.safe_load((tmp_path / "team.yaml").read_text())["people"][0]["title"] == "Nurse"


def test_only_the_command_imports_the_printing_module() -> None:
    """Data flows one way: importer/summary.py prints what the steps did, and no step imports it (vaguehours.py did,
    for its escaping, which is render/escape.py's `text`)."""
    package = Path(__file__).parent.parent / "src" / "teamaudit" / "importer"
    importers = sorted(
        module.name
        for module in package.glob("*.py")
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.module == "teamaudit.importer.summary"
    )
    assert importers == ["__init__.py"]
