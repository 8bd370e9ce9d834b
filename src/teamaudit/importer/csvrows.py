"""A CSV export's text -> its records, each with the line it starts on, in memory that follows the text's size.

csv.reader read the text through io.StringIO, which holds a second copy of it at four bytes a character, and the
delimiter was sniffed from the first 20 lines joined, however long: a 199 MB export with one 199 MB value took
1.45 GB and 27 s to be refused. So the lines are cut from the text one at a time, the delimiter is sniffed from its
first SNIFF_CHARS characters, and a value longer than csv's own limit is an error naming its row and column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from teamaudit.errors import TeamAuditError, clipped
from teamaudit.importer.blank import has_value
from teamaudit.importer.limits import MAX_CELLS

SNIFF_CHARS = 64 * 1024
DELIMITERS = ",;\t|"
FEWER = "export only the columns and rows import needs"
_TOO_LONG = "field larger than field limit"  # csv.Error's words for a value over csv.field_size_limit()
# Excel's first line naming the delimiter, which it writes and honours: read as a report's title, not as what it says.
# A bare `sep=` names none, and one a program padded to the table's width (`sep=;;;`) names its first.
_SEPARATOR_LINE = re.compile(r"sep=(?:([^\r\n\"])\1*)?(?:\r\n|\r|\n)", re.IGNORECASE)


class _Lines:
    """The text's lines as io.StringIO(newline="") cuts them, each ending in the \r\n, \r or \n it ends with (what
    csv.reader expects), one at a time; counting them, and where the last one read ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.count = 0
        self.end = 0

    def __iter__(self) -> Iterator[str]:
        text, size = self.text, len(self.text)
        newline, ret = text.find("\n"), text.find("\r")
        while self.end < size:
            start = self.end
            # Each is looked for again only once passed, and not at all once the text has no more: one pass in all.
            if 0 <= newline < start:
                newline = text.find("\n", start)
            if 0 <= ret < start:
                ret = text.find("\r", start)
            ends = [at for at in (newline, ret) if at >= 0]
            end = min(ends) + 1 if ends else size
            if text.startswith("\r\n", end - 1):
                end += 1
            self.count += 1
            self.end = end
            yield text[start:end]


def csv_records(path: Path, text: str) -> tuple[list[tuple[int, list[str]]], str]:
    """The text's records, each as (the line it starts on, its cells), and the delimiter they were read with."""
    declared = _SEPARATOR_LINE.match(text)
    delimiter = (declared and declared.group(1)) or _delimiter(text, declared.end() if declared else 0)
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter)
    if declared:
        next(reader)  # its line is counted, so each row keeps the line an editor shows
    records: list[tuple[int, list[str]]] = []
    cells = records_start = 0
    while True:
        start, first_line = lines.end, lines.count + 1
        try:
            row = next(reader)
        except StopIteration:
            if records and _quote_left_open(text[records_start:], delimiter):
                raise TeamAuditError(
                    "a quote opened in this row is never closed: every line after it was read as one value",
                    file=path,
                    line=records[-1][0],
                    hint='close the quote; a quote inside a value is written twice: ""',
                ) from None
            return records, delimiter
        except csv.Error as exc:
            if str(exc).startswith(_TOO_LONG):
                raise _too_long(path, text, start, first_line, delimiter, records) from None
            raise TeamAuditError(f"not readable as CSV: {exc}", file=path, line=reader.line_num) from None
        records.append((first_line, row))  # where an editor finds the row: a quoted value may run on for lines
        records_start = start
        cells += len(row)
        if cells > MAX_CELLS:
            raise TeamAuditError(
                f"more than the {MAX_CELLS:,} cells import reads", file=path, line=first_line, hint=FEWER
            )


def _quote_left_open(last_record: str, delimiter: str) -> bool:
    """Whether the text's last record ends inside a quoted value, which csv.reader takes to the end of the text."""
    try:
        for _ in csv.reader(_Lines(last_record), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _delimiter(text: str, start: int) -> str:
    """The delimiter the first 20 lines from `start`, or as many as its first SNIFF_CHARS characters hold, most look
    written with."""
    head = text[start : start + SNIFF_CHARS]
    lines = head.splitlines()
    if len(head) == SNIFF_CHARS and len(lines) > 1:
        lines.pop()  # cut short
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=DELIMITERS).delimiter
    except csv.Error:
        return max(DELIMITERS, key=lines[0].count) if lines else ","


def _too_long(
    path: Path, text: str, start: int, line: int, delimiter: str, records: list[tuple[int, list[str]]]
) -> TeamAuditError:
    """The record at `start` (its first line `line`) holds a value over csv's limit: name its line and column, the
    header's name for it when a header was read."""
    limit = csv.field_size_limit()
    found = _long_field(text, start, delimiter, limit)
    where = ""
    if found is not None:
        at, index = found
        line += text.count("\n", start, at) or text.count("\r", start, at)
        header = next((row for _, row in records if any(map(has_value, row))), [])
        named = f" '{clipped(header[index].strip())}'" if index < len(header) and has_value(header[index]) else ""
        where = f" in column {index + 1:,}{named}"
    return TeamAuditError(
        f"a value{where} is longer than the {limit:,} characters any export holds",
        file=path,
        line=line,
        hint="a pasted document, or a quote left open? fix the export's row",
    )


def _long_field(text: str, start: int, delimiter: str, limit: int) -> tuple[int, int] | None:
    """(where it starts, its column index) of the first value from `start` on longer than `limit`, split as csv
    splits a record: a value opening with a quote runs to its closing one (doubled quotes inside), and on to the
    delimiter; None when the record's values end first. No value is read past `limit`, however long it is."""
    value = re.compile(rf'(?:"(?:[^"]++|"")*+"?)?[^{re.escape(delimiter)}\r\n]*+')
    at, index = start, 0
    while True:
        found = value.match(text, at, at + limit + 1)
        assert found is not None  # every piece of the pattern may match nothing
        end = found.end()
        if end - at > limit:
            return at, index
        if end >= len(text) or text[end] != delimiter:
            return None
        at, index = end + 1, index + 1
