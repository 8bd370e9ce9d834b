"""Read an HRIS or ATS export (CSV or XLSX) into a header and rows, whatever the export's quirks.

Handled: the encodings importer/decode.py reads, comma, semicolon or tab delimiters (sniffed), blank lines
(counted) and short rows (padded). Refused with a clear message: an empty file, no header, rows longer than the
header (every one named), binary files, more than MAX_CELLS cells (an .xlsx: importer/xlsx.py), a column name
longer than MAX_HEADER_NAME. Cells are kept as written: importer/cellsize.py measures those import reads before
anything copies them. Blank or repeated header names are judged once the columns import reads are known
(importer/headernames.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from teamaudit.counts import first_few
from teamaudit.errors import TeamAuditError, clipped, with_hint
from teamaudit.importer.blank import has_value
from teamaudit.importer.csvrows import csv_records
from teamaudit.importer.decode import decode
from teamaudit.importer.limits import MAX_BYTES, MAX_HEADER_NAME
from teamaudit.importer.xlsx import read_sheet
from teamaudit.problems import Problems
from teamaudit.repository import refuse_link_out
from teamaudit.yamlread.yamlfile import read_bytes


@dataclass(frozen=True)
class Table:
    path: Path
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each row's cells as written, spaces around them kept, as wide as the header
    lines: tuple[int, ...]  # the file line of each row, for messages
    encoding: str
    delimiter: str
    header_line: int = 1
    blank_rows: int = 0  # rows after the header with no value in any cell, dropped
    notes: tuple[str, ...] = ()  # what reading the file assumed, for stderr
    sheets: tuple[str, ...] = ()  # an .xlsx's worksheets, the one read first


class NoTable(TeamAuditError):
    """The table read holds no people: it is empty, has no header, or no column of a job title or a name."""


def on_first_sheet(sheets: tuple[str, ...], exc: TeamAuditError) -> TeamAuditError:
    """`exc`, of a workbook's first sheet, saying so where it has others: Workday's and Excel's own reports may open
    with a sheet of the report's parameters, and 'no job-title column found (... one of: Report, 'All Workers')'
    left the user to guess that the people were one sheet over. Only when the sheet holds no table of people
    (NoTable): a --map naming no column, or a column's name too long, was told to move the people's sheet first."""
    if len(sheets) < 2 or not isinstance(exc, NoTable):
        return exc
    listed = first_few([f"'{clipped(name)}'" for name in sheets[1:SHOWN_SHEETS]], len(sheets) - 1)
    first = f"import reads a workbook's first sheet, '{clipped(sheets[0])}', not {listed}"
    return with_hint(exc, f"{first}: move the sheet of people first and save, or save that sheet as CSV")


SHOWN_SHEETS = 4


def read_table(path: Path) -> Table:
    refuse_link_out(path)
    raw = read_bytes(path, MAX_BYTES, size_hint=None)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheet = read_sheet(path, raw)
        try:
            table = _table(path, sheet.records, "xlsx", "", [], blank_rows=sheet.blank_rows)
        except TeamAuditError as exc:
            raise on_first_sheet(sheet.names, exc) from None
        return replace(table, sheets=sheet.names)
    if raw.startswith(b"PK\x03\x04"):
        raise TeamAuditError("this is a zip or XLSX file; name it .xlsx to import it as a spreadsheet", file=path)
    decoded = decode(path, raw)
    del raw  # the text holds the file now: a 199 MB export needs no second copy while it is read
    if not decoded.text or decoded.text.isspace():
        raise NoTable("file is empty", file=path, line=1)
    records, delimiter = csv_records(path, decoded.text)
    return _table(path, records, decoded.encoding, delimiter, [decoded.note] if decoded.note else [])


def _table(
    path: Path,
    records: list[tuple[int, list[str]]],
    encoding: str,
    delimiter: str,
    notes: list[str],
    *,
    blank_rows: int = 0,
) -> Table:
    """The header (the first row with a value) and the rows after it, blank ones counted and dropped (and
    `blank_rows` more, which the reader dropped before); every row longer than the header is a problem."""
    filled = [i for i, (_, row) in enumerate(records) if any(map(has_value, row))]
    if not filled:
        raise NoTable("file is empty", file=path, line=1)
    titles = _title_rows(records, filled)
    if titles:
        notes = [*notes, _titles_note(records, filled, titles)]
        filled = filled[titles:]
    header_line, header = records[filled[0]]
    if titles and encoding == "xlsx":  # the sheet's rows were padded to the first one's width, a title's
        header = header + [""] * (max(len(row) for _, row in records) - len(header))
    _check_name_lengths(path, header, header_line)
    header = [h.strip() for h in header]
    _check_header(path, header, header_line)
    rows = []
    lines = []
    problems = Problems()
    for line, row in (records[i] for i in filled[1:]):
        if len(row) > len(header) and any(map(has_value, row[len(header) :])):
            problems.add(
                TeamAuditError(
                    f"row has {len(row)} cells but the header has {len(header)} columns "
                    f"(a delimiter inside an unquoted value?)",
                    file=path,
                    line=line,
                )
            )
        cells = row[: len(header)]  # as written: whoever reads a cell strips it, once it knows it is not too long
        cells += [""] * (len(header) - len(cells))
        rows.append(tuple(cells))
        lines.append(line)
    problems.raise_if_any()
    blank = len(records) - filled[0] - len(filled) + blank_rows  # rows above the header are not counted
    return Table(path, tuple(header), tuple(rows), tuple(lines), encoding, delimiter, header_line, blank, tuple(notes))


_MAX_TITLE_ROWS = 5  # rows of one value above a header: a report's name, who ran it and when, its filters


def _title_rows(records: list[tuple[int, list[str]]], filled: list[int]) -> int:
    """How many rows above the header are a report's title: a Workday or BambooHR report saved as a spreadsheet opens
    with its name and run date, one value a row, and its header row below them was refused as no header."""
    for count, index in enumerate(filled[: _MAX_TITLE_ROWS + 1]):
        if sum(map(has_value, records[index][1])) >= 2:
            return count
    return 0


def _titles_note(records: list[tuple[int, list[str]]], filled: list[int], titles: int) -> str:
    first, header = records[filled[0]][0], records[filled[titles]][0]
    lines = f"line {first}" if titles == 1 else f"lines {first}-{records[filled[titles - 1]][0]}"
    value = next(cell for cell in records[filled[0]][1] if has_value(cell)).strip()
    # 'the table', not 'the header': the row below the title may be headings over the header (importer/headings.py)
    return f"{lines} above the table (line {header}) read as the report's title, not people: '{clipped(value)}'"


def _check_name_lengths(path: Path, header: list[str], line: int) -> None:
    """Every column name is compared with the names exports use, lower-cased and without punctuation, several
    times over: 2,000 columns of an .xlsx named by one 1 MB text took five minutes and 2 GB."""
    problems = Problems()
    for index, name in enumerate(header):
        if len(name) > MAX_HEADER_NAME:
            problems.add_built(partial(_long_name, path, line, index, name))
    problems.raise_if_any()


def _long_name(path: Path, line: int, index: int, name: str) -> TeamAuditError:
    return TeamAuditError(
        f"the header's column {index + 1:,} is named '{clipped(name)}', more than the {MAX_HEADER_NAME:,} characters "
        "import reads of a column's name",
        file=path,
        line=line,
        hint="a pasted document in the header row? fix the export's header",
    )


def _check_header(path: Path, header: list[str], line: int) -> None:
    named = [name for name in header if name]
    if len(named) < 2:
        raise NoTable(
            "no header row: the first line must name the columns (e.g. Name,Job Title,Department)", file=path, line=line
        )
    if all(_looks_like_data(name) for name in named):
        raise NoTable(
            "the first row looks like data, not a header: add a header row naming the columns", file=path, line=line
        )


def _looks_like_data(cell: str) -> bool:
    stripped = cell.replace(",", "").replace(".", "").replace("$", "").replace("-", "").replace("/", "").strip()
    return stripped.isdigit() or "@" in cell
