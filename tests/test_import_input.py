"""`teamaudit import` on the exports a newcomer's trial brought: mixed and legacy encodings, UTF-16, blank and
repeated header names, and what stderr says about renamed people, empty FTE cells, blank rows and empty files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
import yaml

from conftest import run_cli


def stderr_lines(text: str) -> list[str]:
    return [line.removeprefix("teamaudit: ") for line in text.splitlines()]


def names_of(text: str) -> list[str]:
    return [p["name"] for p in yaml.safe_load(text)["people"]]


def export(tmp_path: Path, content: bytes, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


UTF8 = "Name,Job Title\nJosé Müller,Registered Nurse\nZoë Łukasz,Data Scientist\n"


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["utf-8", "utf-8 with BOM"])
def test_utf8_is_read_as_it_is_and_says_nothing_of_its_encoding(tmp_path, bom):
    result = run_cli("import", export(tmp_path, bom + UTF8.encode()))
    assert result.code == 0, result.stderr
    assert names_of(result.stdout) == ["José Müller", "Zoë Łukasz"]
    assert "Windows-1252" not in result.stderr and "UTF-16" not in result.stderr


def test_a_legacy_file_is_read_as_windows_1252_and_said_to_be(tmp_path):
    path = export(tmp_path, "Name,Job Title\nJosé Núñez,Registered Nurse\nAnn “Jo” Lee,RN\n".encode("cp1252"))
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert names_of(result.stdout) == ["José Núñez", "Ann “Jo” Lee"]
    assert f"{path}: read as Windows-1252, not UTF-8: check its accented names, or re-export it as CSV UTF-8" in (
        stderr_lines(result.stderr)
    )


def test_a_byte_windows_1252_leaves_undefined_is_read_as_latin_1(tmp_path):
    result = run_cli("import", export(tmp_path, b"Name,Job Title\nAnn\x81 Lee,Registered Nurse\nJos\xe9,RN\n"))
    assert result.code == 0, result.stderr
    # read, then the C1 control removed from the name and named (importer/unseen.py)
    assert names_of(result.stdout) == ["Ann Lee", "José"]
    assert "line 2 'Name': '\\x81'" in result.stderr


MIXED = "Name,Job Title\nJosé Müller,Registered Nurse\n".encode() + b"Ren\xe9 Roe,RN\nAnn,RN\nBo \xe9\xe8 Li,RN\n"


def test_a_utf8_file_with_stray_latin_1_bytes_is_refused_naming_each_line(tmp_path):
    """A row saved as `Ren\\xe9` made the whole file read as Windows-1252: every UTF-8 name became `JosÃ©`."""
    path = export(tmp_path, MIXED)
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"teamaudit: error: {path}:3:4: not valid UTF-8 (byte 0xe9)")
    assert lines[1].startswith(f"teamaudit: error: {path}:5:4: not valid UTF-8 (byte 0xe9)")
    assert all("re-export the file as CSV UTF-8" in line for line in lines)


def test_a_bom_says_utf8_so_a_bad_byte_after_it_is_refused(tmp_path):
    result = run_cli("import", export(tmp_path, codecs.BOM_UTF8 + b"Name,Job Title\nRen\xe9,RN\n"))
    assert result.code == 2 and ":2:4: not valid UTF-8 (byte 0xe9)" in result.stderr, result.stderr


def test_merging_a_mixed_file_leaves_the_team_file_as_it_was(tmp_path):
    team = tmp_path / "team.yaml"
    first = run_cli("import", export(tmp_path, UTF8.encode(), "good.csv"), "-o", team)
    assert first.code == 0, first.stderr
    before = team.read_bytes()
    result = run_cli("import", export(tmp_path, MIXED), "-o", team)
    assert result.code == 2 and "not valid UTF-8 (byte 0xe9)" in result.stderr
    assert team.read_bytes() == before and "JosÃ©" not in before.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "good.csv", "team.yaml"]  # no backup


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-16-le", "\t"), ("utf-16-be", ","), ("utf-16-le", ",")], ids=["le-tab", "be", "le"]
)
def test_utf16_with_a_byte_order_mark_is_read(tmp_path, encoding, delimiter):
    """Excel's "Unicode Text" (UTF-16 with a BOM, tab-delimited) was refused as not a text file."""
    text = f"\ufeffName{delimiter}Job Title\r\nJosé Müller{delimiter}Registered Nurse\r\n"
    path = export(tmp_path, text.encode(encoding), "export.txt")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "José Müller", "title": "Registered Nurse"}]
    assert f"{path}: read as UTF-16 (its byte-order mark says so)" in stderr_lines(result.stderr)


def test_check_points_excel_unicode_text_at_import(tmp_path):
    """`check` on it said the top level must be a mapping: PyYAML reads UTF-16, and the table test read UTF-8."""
    path = export(tmp_path, "\ufeffName\tJob Title\r\nAnn Lee\tRN\r\n".encode("utf-16-le"), "people.txt")
    result = run_cli("check", path)
    assert result.code == 2
    assert f"{path}:1:1: this looks like a tab-separated table, not a YAML team file" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (codecs.BOM_UTF16_LE + "Name,Title\n".encode("utf-16-le") + b"\x00", "not valid UTF-16"),
        (b"\x00\x01\x02PK garbage", "not a text file (NUL bytes"),
        ("\ufeffName,Job Title\nAnn,RN\n".encode("utf-32-le"), "not a text file teamaudit reads (UTF-32)"),
        ("\ufeffName,Job Title\nAnn,RN\n".encode("utf-32-be"), "not a text file teamaudit reads (UTF-32)"),
        # read as UTF-16 with no mark, it was 'a CSV with a stray NUL: delete that character' at line 1, column 2
        ("Name,Job Title\nAnn,RN\n".encode("utf-32-le"), "(UTF-32 without a byte-order mark): export"),
        ("Name,Job Title\nAnn,RN\n".encode("utf-32-be"), "(UTF-32 without a byte-order mark): export"),
    ],
    ids=["odd length", "binary", "utf-32 le", "utf-32 be", "utf-32 le, no mark", "utf-32 be, no mark"],
)
def test_nul_bytes_are_refused_saying_what_the_file_looks_like(tmp_path, content, message):
    result = run_cli("import", export(tmp_path, content))
    assert result.code == 2 and message in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_saying_so(tmp_path, encoding):
    """A table Notepad or PowerShell saved as "Unicode" with no mark was refused as 'looks like UTF-16 without a
    byte-order mark', with no line or column, though its bytes said which UTF-16 it was."""
    path = export(tmp_path, "Name\tJob Title\r\nJosé Müller\tRegistered Nurse\r\n".encode(encoding))
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "José Müller", "title": "Registered Nurse"}]
    order = "little" if encoding.endswith("le") else "big"
    said = f"{path}: read as UTF-16, {order}-endian (no byte-order mark, but every other byte of its start is NUL)"
    assert said in stderr_lines(result.stderr), result.stderr


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            codecs.BOM_UTF16_LE + "Name,Job Title\nAnn Lee,R\x00N\n".encode("utf-16-le"),
            ":2:10: not a text file (NUL characters, the first here)",
        ),
        ("Name,Job Title\nAnn Lee,R\x00N\n".encode("utf-16-be"), ":2:10: not a text file (NUL characters, the first"),
        (
            "Name,Job Title\nAnn Lee,RN\n".encode("utf-16-le") + b"\x00\xd8" + "x,y\n".encode("utf-16-le"),
            ":3:1: not valid UTF-16, though every other byte of its start is NUL, as in UTF-16",
        ),
    ],
    ids=["nul after a mark", "nul without a mark", "lone surrogate without a mark"],
)
def test_what_stops_a_utf16_file_is_named_at_its_line_and_column(tmp_path, content, expected):
    """A NUL character early in a UTF-16 file was 'not a text file (NUL characters)' with no line or column, and a
    file without the mark 'looks like UTF-16' however far in its fault was: a stray NUL is deleted by hand."""
    path = export(tmp_path, content)
    result = run_cli("import", path)
    assert result.code == 2 and f"teamaudit: error: {path}{expected}" in result.stderr, result.stderr
    assert len(result.stderr.splitlines()) == 1


EARLY_NUL = (
    "not a text file (NUL bytes, the first here): export the sheet as CSV (a CSV with a stray NUL: delete that "
    "character)"
)
LONG_HEAD = "Name,Job Title,Notes\n" + "".join(f"Person {i},Engineer,x\n" for i in range(300))  # over 4,096 bytes


def late_nul(count: int) -> str:
    return (
        f"a NUL character, which no text holds ({count:,} in the file, the first here) (delete it; a file ending in "
        "NULs is a copy cut short: export the sheet again)"
    )


@pytest.mark.parametrize(
    ("content", "place", "said"),
    [
        (b"Name,Job Title\nAnn Lee,RN\nBo \x00Park,RN\n", "3:4", EARLY_NUL),
        ("Name,Job Title\nZoë Ünal,RN\x00\n".encode(), "2:12", EARLY_NUL),  # columns in characters, not bytes
        (b"\x00\x01\x02PK garbage", "1:1", EARLY_NUL),
        # Past the first 4,096 bytes a NUL was read on: deleted unseen from a column import does not read, named with
        # no column in one it does ('line 302 'Job Title': '\\x00''), and a file ending in NULs was imported, exit 0.
        ((LONG_HEAD + "Ann Lee,RN,ab\x00cd\n").encode(), "302:14", late_nul(1)),  # a column import does not read
        ((LONG_HEAD + "Zoë Ünal,R\x00N,x\n").encode(), "302:11", late_nul(1)),
        (LONG_HEAD.encode() + b"\x00" * 512, "302:1", late_nul(512)),  # a copy cut short, its end zeroed
        (codecs.BOM_UTF16_LE + (LONG_HEAD + "Ann Lee,R\x00N,x\n").encode("utf-16-le"), "302:10", late_nul(1)),
    ],
    ids=["early", "early accented", "binary", "late unread column", "late read column", "zeroed end", "late utf-16"],
)
def test_a_nul_byte_is_named_at_its_line_and_column(tmp_path, content, place, said):
    """A CSV with one stray NUL was "not a text file (NUL bytes)", with nothing to say where to look."""
    path = export(tmp_path, content)
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert result.stderr == f"teamaudit: error: {path}:{place}: {said}\n"


def test_a_trailing_delimiter_on_every_row_makes_a_column_that_is_ignored_and_said_to_be(tmp_path):
    """'header column 4 has no name', exit 2, for the trailing comma Excel and Sheets leave."""
    path = export(tmp_path, b"Name,Job Title,Department,\nAnn Lee,RN,Clinical,\nBo Park,Data Scientist,ML,\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert names_of(result.stdout) == ["Ann Lee", "Bo Park"]
    assert f"{path}: ignored column 4: no name and no values" in stderr_lines(result.stderr)


def test_a_nameless_column_with_values_is_not_read_and_said_not_to_be(tmp_path):
    """Column numbers are the file's, counting the nameless empty column before it."""
    path = export(tmp_path, b"Name,,Job Title,,Notes,Notes\nAnn Lee,,Registered Nurse,x,a,b\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"] == [{"name": "Ann Lee", "title": "Registered Nurse"}]
    lines = stderr_lines(result.stderr)
    assert f"{path}: ignored column 2: no name and no values" in lines
    assert f"{path}: not read: column 4, with no name in the header (name it there to import it)" in lines
    assert f"{path}: not read: 'Notes' (columns 5 and 6): the header names it more than once" in lines


REPEATED = b"Name,Job Title,Manager,Notes,manager\nAnn Lee,RN,Bo Park,x,Cy Doe\n"


def test_a_repeated_name_import_does_not_read_is_said_and_ignored(tmp_path):
    path = export(tmp_path, REPEATED)
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    lines = stderr_lines(result.stderr)
    assert f"{path}: not read: 'Manager' (columns 3 and 5): the header names it more than once" in lines
    assert f"{path}: not read: 'Notes' (--map FIELD=Notes reads the first as FIELD: team, fte, hours...)" in lines


@pytest.mark.parametrize(
    ("content", "options", "message"),
    [
        (
            REPEATED,
            ["--map", "team=Manager"],
            "header names column 'Manager' twice (columns 3 and 5), and import reads it as team",
        ),
        (
            b"Name,Job Title,name\nAnn,Nurse,A\n",
            [],
            "header names column 'Name' twice (columns 1 and 3), and import reads it as name",
        ),
    ],
    ids=["by --map", "by detection"],
)
def test_a_repeated_name_import_reads_is_an_error(tmp_path, content, options, message):
    path = export(tmp_path, content)
    result = run_cli("import", path, *options)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"teamaudit: error: {path}:1: {message} (rename one of them in the export)"]


def test_every_repeated_name_import_reads_is_reported_at_once(tmp_path):
    path = export(tmp_path, b"Name,Job Title,name,job_title,JOB TITLE\nAnn,RN,A,B,C\n")
    result = run_cli("import", path)
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:1: header names column 'Name' twice (columns 1 and 3), and import reads it as "
        "name (rename one of them in the export)",
        f"teamaudit: error: {path}:1: header names column 'Job Title' 3 times (columns 2, 4 and 5), and import "
        "reads it as title (rename one of them in the export)",
    ]


def test_renamed_people_are_counted_and_listed_on_stderr_and_in_the_file(tmp_path):
    """1,461 of 49,000 people got ' (E00048)' appended and nothing said so."""
    rows = "".join(f"Ann Lee,E{n:03},Registered Nurse\n" for n in range(8))
    team = tmp_path / "team.yaml"
    result = run_cli("import", export(tmp_path, f"Name,Employee ID,Job Title\n{rows}".encode()), "-o", team)
    assert result.code == 0, result.stderr
    said = (
        "7 people renamed because an earlier row has their name: 'Ann Lee' -> 'Ann Lee (E001)', "
        "'Ann Lee' -> 'Ann Lee (E002)', 'Ann Lee' -> 'Ann Lee (E003)', 'Ann Lee' -> 'Ann Lee (E004)', "
        "'Ann Lee' -> 'Ann Lee (E005)' and 2 more"
    )
    assert said in stderr_lines(result.stderr)
    assert f"# {said}.\n" in team.read_text()


def test_an_empty_fte_cell_is_not_called_a_missing_column(tmp_path):
    content = b"Name,Job Title,Employment Type,FTE\nAnn Lee,RN,Contractor,\nBo Park,RN,Full-time,0.5\n"
    result = run_cli("import", export(tmp_path, content))
    assert result.code == 0, result.stderr
    expected = "1 contractor row with an empty FTE/hours cell: 1.0 FTE (--assume-fte contractor=0.5 counts it"
    assert any(line.startswith(expected) for line in stderr_lines(result.stderr)), result.stderr


def test_a_header_only_file_says_it_has_no_rows(tmp_path):
    path = export(tmp_path, b"Name,Job Title\n")
    result = run_cli("import", path)
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:1: no people to import: the file has a header and no rows"
    ]


def test_blank_rows_are_counted_and_numbers_read_one_way(tmp_path):
    rows = "".join(f"Person {n},Registered Nurse\n" for n in range(1200))
    path = export(tmp_path, f"Name,Job Title\n\n{rows}\n,\n".encode())
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    lines = stderr_lines(result.stderr)
    assert f"{path}: 1,200 people (1,200 current, 0 planned, 0 open); ignored 3 blank rows" in lines
    assert "current: 1,200 people, 1,200.0 FTE" in lines


def test_every_row_longer_than_the_header_is_reported_at_once(tmp_path):
    path = export(tmp_path, b"Name,Job Title\nAnn,RN,Clinical\nBo,RN\nCy,MD,ICU,x\n")
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:2: row has 3 cells but the header has 2 columns (a delimiter inside an unquoted "
        "value?)",
        f"teamaudit: error: {path}:4: row has 4 cells but the header has 2 columns (a delimiter inside an unquoted "
        "value?)",
    ]


def test_a_csv_of_more_cells_than_import_reads_is_refused_where_it_passes_the_limit(tmp_path):
    """A 200 MB file of commas is 100 million cells: gigabytes as Python lists, read before any check."""
    path = export(tmp_path, b"Name,Job Title\n" + b"a,b\n" * 2_000_000)
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:2000001: more than the 4,000,000 cells import reads (export only the columns "
        "and rows import needs)"
    ]


def test_excels_separator_line_is_the_delimiter_and_no_title(tmp_path):
    """Excel's `sep=;` first line was read as a report's title (`line 1 above the table (line 2) read as the report's
    title, not people: 'sep='`), and its delimiter was left to sniffing, which a comma in every value can mislead."""
    path = export(tmp_path, b"sep=;\r\nName;Job Title;Team\r\nAnn Lee;Nurse, RN;A, B\r\nBo Park;Engineer, ML;C, D\r\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert "title" not in "".join(line for line in result.stderr.splitlines() if "line 1" in line)
    assert "sep=" not in result.stderr
    people = {p["name"]: p for p in yaml.safe_load(result.stdout)["people"]}
    assert people["Ann Lee"]["title"] == "Nurse, RN" and people["Bo Park"]["team"] == "C, D"
    broken = export(tmp_path, b"sep=;\r\nName;Job Title\r\nAnn Lee;RN\r\nBo;Park;x\r\n")
    refused = run_cli("import", broken)
    assert refused.code == 2 and f"{broken}:4: row has 3 cells" in refused.stderr  # lines as an editor shows them


@pytest.mark.parametrize("line", [b"sep=", b"SEP=", b"sep=;;;"], ids=["bare", "capitals", "padded"])
def test_a_separator_line_naming_no_delimiter_or_padded_is_no_title(tmp_path, line):
    """A bare `sep=` (naming no delimiter) was read as a report's title, and its rows with the delimiter sniffed from
    it: 'no job-title column found (...; columns: 'Ann Lee;Nurse', 'RN;A', 'B')'. One a program padded to the
    table's width (`sep=;;;`, Excel's line re-saved) was a title 'sep=' too."""
    path = export(tmp_path, line + b"\r\nName;Job Title;Team\r\nAnn Lee;Nurse, RN;A, B\r\nBo Park;Engineer, ML;C\r\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert "sep=" not in result.stderr.lower() and "title, not people" not in result.stderr
    people = {p["name"]: p for p in yaml.safe_load(result.stdout)["people"]}
    assert people["Ann Lee"]["title"] == "Nurse, RN" and people["Bo Park"]["team"] == "C"
    broken = export(tmp_path, line + b"\r\nName;Job Title\r\nAnn Lee;RN\r\nBo;Park;x\r\n")
    refused = run_cli("import", broken)
    assert refused.code == 2 and f"{broken}:4: row has 3 cells" in refused.stderr  # its line counted
