"""Recognise a spreadsheet handed to a command that wants a team file, to point at `teamaudit import`."""

from __future__ import annotations

import codecs
from pathlib import Path

_SUFFIXES = {
    ".csv": "a CSV table",
    ".tsv": "a tab-separated table",
    ".xlsx": "an Excel workbook",
    ".xlsm": "an Excel workbook",
    ".xls": "an Excel workbook",
    ".ods": "a spreadsheet",
    ".numbers": "a spreadsheet",
}
_MAGIC = ((b"PK\x03\x04", "an Excel workbook"), (b"\xd0\xcf\x11\xe0", "an Excel workbook"))
_YAML_STARTS = ("#", "-", "{", "[", "%", "'", '"')


def table_kind(path: Path, head: bytes) -> str | None:
    """What kind of table the file is ("a CSV table"), judged from its name and first bytes; None when it
    does not look like one."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return _SUFFIXES.get(path.suffix.lower(), kind)
    if path.suffix.lower() in _SUFFIXES:
        return _SUFFIXES[path.suffix.lower()]
    lines = [line for line in _text(head).splitlines() if line.strip()][:2]
    if len(lines) < 2 or lines[0].lstrip().startswith(_YAML_STARTS) or ": " in lines[0] or lines[0].endswith(":"):
        return None
    for delimiter, kind in (("\t", "a tab-separated table"), (",", "a CSV table"), (";", "a CSV table")):
        if lines[0].count(delimiter) and lines[1].count(delimiter):
            return kind
    return None


def _text(head: bytes) -> str:
    """The first bytes as text: UTF-16 when a byte-order mark says so (Excel's "Unicode Text"), else UTF-8."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "replace")
    return head.decode("utf-8", "replace")
