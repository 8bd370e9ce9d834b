"""Read an HRIS or ATS export (CSV or XLSX) into a header and rows, whatever the export's quirks.

Handled: the encodings importer/decode.py reads, comma, semicolon or tab delimiters (sniffed), blank lines
(counted) and short rows (padded). Refused with a clear message: an empty file, no header, rows longer than the
header, binary files. Blank or repeated header names are judged once the columns import reads are known
(importer/headernames.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.importer.decode import decode
from teamaudit.yamlfile import read_bytes

MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Table:
    path: Path
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[int, ...]  # the file line of each row, for messages
    encoding: str
    delimiter: str
    header_line: int = 1
    blank_rows: int = 0  # rows after the header with no value in any cell, dropped
    notes: tuple[str, ...] = ()  # what reading the file assumed, for stderr


def read_table(path: Path) -> Table:
    raw = read_bytes(path, MAX_BYTES, size_hint=None)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, raw)
    if raw.startswith(b"PK\x03\x04"):
        raise TeamAuditError("this is a zip or XLSX file; name it .xlsx to import it as a spreadsheet", file=path)
    decoded = decode(path, raw)
    text = decoded.text
    if not text.strip():
        raise TeamAuditError("file is empty", file=path, line=1)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str]]] = []
    try:
        for row in reader:
            records.append((reader.line_num, row))
    except csv.Error as exc:
        raise TeamAuditError(f"not readable as CSV: {exc}", file=path, line=reader.line_num) from None
    return _table(path, records, decoded.encoding, delimiter, [decoded.note] if decoded.note else [])


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = text.splitlines()[0]
        return max(",;\t|", key=first.count)


def _table(path: Path, records: list[tuple[int, list[str]]], encoding: str, delimiter: str, notes: list[str]) -> Table:
    """The header (the first row with a value) and the rows after it, blank ones counted and dropped."""
    filled = [i for i, (_, row) in enumerate(records) if any(cell.strip() for cell in row)]
    if not filled:
        raise TeamAuditError("file is empty", file=path, line=1)
    header_line, header = records[filled[0]]
    header = [h.strip() for h in header]
    _check_header(path, header, header_line)
    rows = []
    lines = []
    for line, row in (records[i] for i in filled[1:]):
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
            raise TeamAuditError(
                f"row has {len(row)} cells but the header has {len(header)} columns "
                f"(a delimiter inside an unquoted value?)",
                file=path,
                line=line,
            )
        cells = [c.strip() for c in row[: len(header)]]
        cells += [""] * (len(header) - len(cells))
        rows.append(tuple(cells))
        lines.append(line)
    blank = len(records) - filled[0] - len(filled)
    return Table(path, tuple(header), tuple(rows), tuple(lines), encoding, delimiter, header_line, blank, tuple(notes))


def _check_header(path: Path, header: list[str], line: int) -> None:
    named = [name for name in header if name]
    if len(named) < 2:
        raise TeamAuditError(
            "no header row: the first line must name the columns (e.g. Name,Job Title,Department)", file=path, line=line
        )
    if all(_looks_like_data(name) for name in named):
        raise TeamAuditError(
            "the first row looks like data, not a header: add a header row naming the columns", file=path, line=line
        )


def _looks_like_data(cell: str) -> bool:
    stripped = cell.replace(",", "").replace(".", "").replace("$", "").replace("-", "").replace("/", "").strip()
    return stripped.isdigit() or "@" in cell


def _read_xlsx(path: Path, raw: bytes) -> Table:
    try:
        from openpyxl import load_workbook  # optional: pip install "teamaudit[xlsx]"
    except ImportError:
        raise TeamAuditError(
            "reading .xlsx needs openpyxl", file=path, hint='pip install "teamaudit[xlsx]", or export the sheet as CSV'
        ) from None
    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:
        raise TeamAuditError(f"not a readable .xlsx file ({type(exc).__name__})", file=path) from None
    sheet = workbook.worksheets[0]
    records = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        records.append((number, ["" if v is None else _cell(v) for v in values]))
    workbook.close()
    return _table(path, _without_trailing_blanks(records), "xlsx", "", [])


def _without_trailing_blanks(records: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A sheet's rows up to its last with a value: rows below it that were once formatted are not rows of data."""
    while records and not any(cell.strip() for cell in records[-1][1]):
        records.pop()
    return records


def _cell(value: object) -> str:
    import datetime as dt

    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
