""".xlsx exports made to cost far more to read than their size: a value in column XFD on every row, parts that
unzip to gigabytes, a shared-strings table or styles of millions of elements, a DTD. Each is refused quickly,
naming the file (and the rows at fault), in bounded memory. The files are written here part by part, as any
program could write them; reading them needs openpyxl."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import run_cli, run_cli_traced
from teamaudit.importer import table, xlsx

pytest.importorskip("openpyxl")

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(rows: str, dimension: str = "") -> bytes:
    ref = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<worksheet xmlns="{MAIN}">{ref}<sheetData>{rows}</sheetData></worksheet>'.encode()


HEADER = f'<row r="1">{cell("A1", "Employee Name")}{cell("B1", "Job Title")}</row>'


def workbook(path: Path, sheet: bytes, *, strings: bytes | None = None, styles: bytes | None = None) -> Path:
    """A minimal .xlsx Excel and openpyxl read: one sheet, and a shared-strings table and styles if given."""
    overrides = [("/xl/workbook.xml", f"{TYPE}.sheet.main+xml"), ("/xl/worksheets/sheet1.xml", f"{TYPE}.worksheet+xml")]
    if strings is not None:
        overrides.append(("/xl/sharedStrings.xml", f"{TYPE}.sharedStrings+xml"))
    if styles is not None:
        overrides.append(("/xl/styles.xml", f"{TYPE}.styles+xml"))
    types = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>{types}</Types>',
        "_rels/.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>'
        '<sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" '
        f'Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if strings is not None:
            archive.writestr("xl/sharedStrings.xml", strings)
        if styles is not None:
            archive.writestr("xl/styles.xml", styles)
    return path


def wide_rows(count: int) -> str:
    """Rows 2 to count + 1, each with a name in A and a value in XFD, the last of Excel's 16,384 columns."""
    return "".join(
        f'<row r="{n}">{cell(f"A{n}", f"Person {n}")}{cell(f"XFD{n}", "x")}</row>' for n in range(2, count + 2)
    )


def test_the_workbook_this_file_writes_is_read(tmp_path):
    rows = HEADER + f'<row r="2">{cell("A2", "Ann Lee")}{cell("B2", "Registered Nurse")}</row>'
    result = run_cli("import", workbook(tmp_path / "people.xlsx", sheet_xml(rows)))
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "Ann Lee", "title": "Registered Nurse"}]


def test_a_value_in_column_xfd_on_every_row_is_named_row_by_row_in_bounded_memory(tmp_path, monkeypatch):
    """60,000 such rows (500 KB) took 4 GB and ended in a MemoryError traceback; 20,000 took 16 s and 2.7 GB to
    say 'row has 16384 cells' of the first row only. Every row was padded to the sheet's declared width."""
    rows = 5000
    path = workbook(tmp_path / "wide.xlsx", sheet_xml(HEADER + wide_rows(rows), f"A1:XFD{rows + 1}"))
    peaks = []
    read_sheet = table.read_sheet

    def measured(*args: object) -> object:
        """The sheet's reading alone: reading the file's bytes asks for a buffer of the most import reads."""
        tracemalloc.reset_peak()
        try:
            return read_sheet(*args)
        finally:
            peaks.append(tracemalloc.get_traced_memory()[1])

    monkeypatch.setattr(table, "read_sheet", measured)
    result = run_cli_traced("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == (
        f"teamaudit: error: {path}: 5,001 rows as wide as the widest, which reaches column XFD (16,384), are more "
        "than the 4,000,000 cells import reads (clear the values right of the header in the rows below, or delete "
        "those columns)"
    )
    assert lines[1] == (
        f"teamaudit: error: {path}:2:16384: a value in XFD2, 16,382 columns right of the header's last column (B1)"
    )
    assert lines[19].startswith(f"teamaudit: error: {path}:20:16384: a value in XFD20,")
    assert lines[20:] == [f"teamaudit: error: {path}: 4,981 more problems not shown (fix these and run again)"]
    assert len(peaks) == 1 and peaks[0] < 40 * 1024 * 1024, f"{peaks[0] / 1e6:.0f} MB"


def test_a_few_values_far_right_of_the_header_are_a_column_with_no_name(tmp_path):
    """As Excel's own CSV of the sheet has it: the column is not read, and stderr says so."""
    rows = HEADER + f'<row r="2">{cell("A2", "Ann Lee")}{cell("B2", "RN")}{cell("XFD2", "note")}</row>'
    path = workbook(tmp_path / "note.xlsx", sheet_xml(rows))
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "Ann Lee", "title": "RN"}]
    lines = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines()]
    assert f"{path}: ignored columns 3 to 16,383: no name and no values" in lines
    assert f"{path}: not read: column 16,384, with no name in the header (name it there to import it)" in lines


def _unzips_to_more_than_200_mb(path: Path) -> None:
    workbook(path, sheet_xml(HEADER))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("xl/padding.bin", "w") as part:
        for _ in range(201):
            part.write(b"\0" * (1024 * 1024))


LAUGHS = (  # entities of entities: &f; is a million characters, and each letter more ten times that
    '<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {c} "{f"&{p};" * 10}">' for p, c in zip("abcde", "bcdef", strict=True))
    + "]>"
)

HOSTILE = {
    "unzips to 201 MB": (_unzips_to_more_than_200_mb, "unzipped, this .xlsx is 201 MB, more than the 200 MB import"),
    "a DTD": (
        lambda path: workbook(path, b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]>' + sheet_xml(HEADER)),
        "a part of it declares a DTD, which no spreadsheet writes",
    ),
    "a DTD in UTF-16": (  # the search for `<!DOCTYPE` in the bytes did not see it; its entities took 45 s
        lambda path: workbook(
            path,
            sheet_xml(HEADER),
            styles=f'<?xml version="1.0" encoding="UTF-16"?>{LAUGHS}<styleSheet xmlns="{MAIN}">&f;</styleSheet>'.encode(
                "utf-16"
            ),
        ),
        "its part 'xl/styles.xml' is written in 'UTF-16', where spreadsheets write UTF-8",
    ),
    "a part declared in EBCDIC": (
        lambda path: workbook(
            path,
            sheet_xml(HEADER),
            styles=b'<?xml version="1.0" encoding="cp500"?>' + f"{LAUGHS}<styleSheet/>".encode("cp500"),
        ),
        "its part 'xl/styles.xml' is written in 'cp500', where spreadsheets write UTF-8",
    ),
    "1,000,001 shared texts": (
        lambda path: workbook(
            path, sheet_xml(HEADER), strings=f'<sst xmlns="{MAIN}">'.encode() + b"<si/>" * 1_000_001 + b"</sst>"
        ),
        "the sheet holds more than the 1,000,000 distinct texts import reads",
    ),
    "1,000,001 shared texts under a prefix of another alphabet": (  # were not counted: 91 s, 1.9 GB
        lambda path: workbook(
            path,
            sheet_xml(HEADER),
            strings=f'<é:sst xmlns:é="{MAIN}">{"<é:si/>" * 1_000_001}</é:sst>'.encode(),
        ),
        "the sheet holds more than the 1,000,000 distinct texts import reads",
    ),
    "one shared text of 10,001 runs": (  # counted as one text: three million runs took 29 s and 1.4 GB
        lambda path: workbook(
            path, sheet_xml(HEADER), strings=f'<sst xmlns="{MAIN}"><si>{"<r><t>a</t></r>" * 5001}</si></sst>'.encode()
        ),
        "its shared-strings part 'xl/sharedStrings.xml' holds a text of more than 10,000 XML elements",
    ),
    "200,001 styles": (
        lambda path: workbook(
            path,
            sheet_xml(HEADER),
            styles=f'<styleSheet xmlns="{MAIN}"><cellXfs>'.encode() + b"<xf/>" * 200_001 + b"</cellXfs></styleSheet>",
        ),
        "its part 'xl/styles.xml' has 200,00",
    ),
    "empty cells past the element limit": (  # the test lowers MAX_ELEMENTS to 1,000,000, to build a small file
        lambda path: workbook(path, sheet_xml(HEADER + '<row r="2">' + "<c/>" * 1_000_001 + "</row>")),
        "more than a table of the 4,000,000 cells import reads could need",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_workbook_that_expands_past_what_import_reads_is_refused_before_it_is_read(tmp_path, name, monkeypatch):
    """Each was read: the shared texts and styles held in memory whole (about 100 bytes a text, 1.5 KB a style),
    the empty cells built into one tree to measure the sheet, the DTD's entities expanded."""
    monkeypatch.setattr(xlsx, "MAX_ELEMENTS", 1_000_000)
    make, message = HOSTILE[name]
    path = tmp_path / "hostile.xlsx"
    make(path)
    assert path.stat().st_size < 1024 * 1024
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert result.stderr.startswith(f"teamaudit: error: {path}: ") and message in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_two_million_empty_parts_are_refused_before_the_zip_is_opened(tmp_path):
    """zipfile builds an object per entry of the zip's table of contents when it opens one: two million empty
    entries (170 MB) took 57 s and 1.5 GB to say the sheet had no rows. The table's own size is read first."""
    path = workbook(tmp_path / "parts.xlsx", sheet_xml(HEADER))
    with zipfile.ZipFile(path, "a") as archive:
        for number in range(12_000):
            archive.writestr(f"xl/media/{number:080}", b"")
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert result.stderr == (
        f"teamaudit: error: {path}: its zip table of contents is 1.5 MB, more than the 1 MB of a workbook of 10,000 "
        "parts (save the sheet again from Excel, or export it as CSV)\n"
    )


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            f'<row r="2">{cell("A2", "Ann Lee")}</row><row r="2">{cell("A2", "Bo Chan")}</row>',
            ":2: not an .xlsx file teamaudit reads: its sheet lists row 2 twice, which Excel reports as a damaged file",
        ),
        (
            f'<row r="3">{cell("A3", "Ann Lee")}</row><row r="2">{cell("A2", "Bo Chan")}</row>',
            ":2: not an .xlsx file teamaudit reads: its sheet lists row 2 after row 3,",
        ),
        (
            f'<row r="2">{cell("A2", "Ann Lee")}{cell("B2", "RN")}{cell("A2", "Bo Chan")}</row>',
            ":2: not an .xlsx file teamaudit reads: its sheet lists cell A2 after B2,",
        ),
        (
            f'<row r="2">{cell("A2", "Ann Lee")}{cell("A2", "Bo Chan")}</row>',
            ":2: not an .xlsx file teamaudit reads: its sheet lists cell A2 twice,",
        ),
    ],
    ids=["a row twice", "rows out of order", "cells out of order", "a cell twice"],
)
def test_a_row_or_cell_written_twice_is_refused_not_merged(tmp_path, rows, message):
    """The second `<row r="2">` was read into the first: its cells overwrote the first's, and a person was lost
    without a word."""
    path = workbook(tmp_path / "twice.xlsx", sheet_xml(HEADER + rows))
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert result.stderr.startswith(f"teamaudit: error: {path}{message}"), result.stderr


def test_a_percentage_column_formatted_as_percent_is_read_as_shown(tmp_path):
    """Excel keeps 50% as 0.5 with a format that says "0%": read as the bare 0.5, an "FTE %" column's cells were
    each refused as 0.5 percent, where before the streaming reader they were half time."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Job Title", "FTE %"])
    for row, (name, value, shown) in enumerate([("Ann", 1, "0%"), ("Bo", 0.5, "0%"), ("Cy", 0.8, "0.0%;-0.0%")], 2):
        sheet.append([name, "Registered Nurse", value])
        sheet[f"C{row}"].number_format = shown
    path = tmp_path / "percent.xlsx"
    book.save(path)
    result = run_cli("import", path, "-o", "-")
    assert result.code == 0, result.stderr
    assert [p.get("fte", 1.0) for p in yaml.safe_load(result.stdout)["people"]] == [1.0, 0.5, 0.8]


def test_a_percent_sign_the_format_only_shows_is_not_a_percentage(tmp_path):
    """A format that quotes or escapes its `%` shows 50 as 50%: read as Excel's percent, 50 was 5,000% and
    refused as more than full time. Excel's own `0%` beside them still scales."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Job Title", "FTE"])
    formats = [(50, '0"%"'), (80, "0\\%"), (0.6, '[Blue]0%;"-"0'), (40, "0_%"), (0.3, "0.0%")]
    for row, (value, shown) in enumerate(formats, 2):
        sheet.append([f"Person {row}", "Registered Nurse", value])
        sheet[f"C{row}"].number_format = shown
    path = tmp_path / "shown.xlsx"
    book.save(path)
    result = run_cli("import", path, "-o", "-")
    assert result.code == 0, result.stderr
    assert [p.get("fte", 1.0) for p in yaml.safe_load(result.stdout)["people"]] == [0.5, 0.8, 0.6, 0.4, 0.3]


def _ids_book(tmp_path: Path, shown: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Employee ID", "Name", "Job Title", "Hours Per Week"])
    sheet.append([7, "Ann Lee-Smith", "Nurse Informaticist", 20])
    sheet.append([8, "Bo Park", "Physician", 40])
    for ref in ("A2", "A3", "D2"):
        sheet[ref].number_format = shown
    path = tmp_path / "people.xlsx"
    book.save(path)
    return path


PADDED = {"000": ("007", "008"), '"E"000': ("E007", "E008"), "\\E0000": ("E0007", "E0008")}


@pytest.mark.parametrize("shown", PADDED, ids=PADDED)
def test_an_id_its_format_pads_is_read_as_the_sheet_shows_it(tmp_path, shown):
    """An id column of numbers formatted 000 shows 007, as the team file writes it: read as the 7 the cell holds,
    a merge took Ann for someone new and added Bo again as 'Bo Park (8)'."""
    ann, bo = PADDED[shown]
    team = tmp_path / "team.yaml"
    ann_lines = f"  - name: Ann Lee\n    id: {ann}\n    title: RN\n"
    team.write_text(f"people:\n{ann_lines}  - name: Bo Park\n    id: {bo}\n    title: MD\n")
    result = run_cli("import", _ids_book(tmp_path, shown), "-o", team)
    assert result.code == 0, result.stderr
    assert "added 0" in result.stderr
    assert 'updated 2: "Ann Lee-Smith" (name, title, fte), "Bo Park" (title)' in result.stderr
    merged = yaml.safe_load(team.read_text())["people"]
    assert [p["name"] for p in merged] == ["Ann Lee-Smith", "Bo Park"]
    assert f"    id: {ann}\n" in team.read_text() and f"    id: {bo}\n" in team.read_text()
    assert merged[0]["fte"] == 0.5  # hours formatted 000 show 020: still 20 hours


@pytest.mark.parametrize("shown", ["General", "0", "@", "#,##0"])
def test_an_id_its_format_does_not_pad_is_the_number_it_holds(tmp_path, shown):
    result = run_cli("import", _ids_book(tmp_path, shown), "-o", "-")
    assert result.code == 0, result.stderr
    assert [p["id"] for p in yaml.safe_load(result.stdout)["people"]] == ["7", "8"]


def test_a_new_file_writes_a_padded_id_as_the_sheet_shows_it(tmp_path):
    result = run_cli("import", _ids_book(tmp_path, "000"), "-o", "-")
    assert result.code == 0, result.stderr
    assert "  id: '007'\n" in result.stdout
    people = yaml.safe_load(result.stdout)["people"]
    assert [(p["id"], p.get("fte", 1.0)) for p in people] == [("007", 0.5), ("008", 1.0)]


def test_text_a_padding_format_shows_is_held_to_the_size_of_an_id(tmp_path):
    """A format's quoted text joins the id it pads: 1 MB of it is an id too long, named at its cell."""
    path = _ids_book(tmp_path, '"' + "X" * 1_000_000 + '"000')
    result = run_cli("import", path, "-o", "-")
    assert result.code == 2 and result.stdout == "", result.stderr
    assert f"{path}:2: id 'XXX" in result.stderr and "[1,000,003 characters]' (column 'Employee ID')" in result.stderr
    assert len(result.stderr) < 2_000


def test_a_workbook_whose_people_are_not_on_its_first_sheet_says_which_sheet_was_read(tmp_path):
    """A report saved with a sheet of its parameters first ('Report: All Workers', 'Run by') was refused as 'no
    job-title column found (... one of: Report, 'All Workers')', and one with an empty cover sheet as 'file is
    empty': nothing said that import reads the first sheet, nor that the people were on the next."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Parameters"
    book.active.append(["Report", "All Workers"])
    people = book.create_sheet("Data")
    people.append(["Worker", "Business Title"])
    people.append(["Lee, Ann", "Registered Nurse"])
    path = tmp_path / "workday.xlsx"
    book.save(path)
    hint = (
        "import reads a workbook's first sheet, 'Parameters', not 'Data': move the sheet of people first and save, "
        "or save that sheet as CSV"
    )
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        f"teamaudit: error: {path}:1: no job-title column found (name it with --map title=COLUMN, COLUMN one of: "
        f"Report, 'All Workers'; {hint})\n"
    )
    book.active.delete_rows(1)
    book.save(path)
    empty = run_cli("import", path)
    assert empty.code == 2 and empty.stderr == f"teamaudit: error: {path}:1: file is empty ({hint})\n"
    book.move_sheet("Data", offset=-1)  # as the hint says
    book.save(path)
    moved = run_cli("import", path)
    assert moved.code == 0, moved.stderr
    assert yaml.safe_load(moved.stdout)["people"] == [{"name": "Ann Lee", "title": "Registered Nurse"}]


def test_a_workbook_whose_people_are_on_its_first_sheet_is_not_told_to_move_them_first(tmp_path):
    """Any error of the first sheet of a workbook of two sheets ended 'import reads a workbook's first sheet,
    'People', not 'Notes': move the sheet of people first': said of a --map naming no column, or of a column name
    too long, where the people were first already and the move would change nothing."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "People"
    book.active.append(["Name", "Title", "X" * 2_000])
    book.active.append(["Ann Lee", "Nurse", "a"])
    book.create_sheet("Notes").append(["Note", "Said"])
    path = tmp_path / "people.xlsx"
    book.save(path)
    long_name = run_cli("import", path)
    assert long_name.code == 2 and "the header's column 3 is named" in long_name.stderr
    book.active.delete_cols(3)
    book.save(path)
    mapped = run_cli("import", path, "--map", "title=Role")
    assert mapped.code == 2 and "--map title=Role: no such column" in mapped.stderr
    assert "first sheet" not in long_name.stderr + mapped.stderr


def test_the_sheet_named_as_read_is_the_one_read_where_the_first_sheet_s_part_is_missing(tmp_path):
    """A workbook listing a first sheet its zip does not hold: import read the next, 'Data', and its error said
    'import reads a workbook's first sheet, 'Parameters', not 'Data', ...'."""
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Parameters"
    book.active.append(["Report", "All Workers"])
    book.create_sheet("Data").append(["Worker", "Department"])
    book.create_sheet("Notes").append(["Note", "Said"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    path = tmp_path / "report.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                target.writestr(item, source.read(item))
    result = run_cli("import", path)
    assert result.code == 2 and "one of: Worker, Department" in result.stderr
    assert "import reads a workbook's first sheet, 'Data', not 'Notes'" in result.stderr
