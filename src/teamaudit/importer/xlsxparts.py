"""What the zipped parts of an .xlsx may hold, checked before openpyxl reads any of them.

A zip expands a few KB into gigabytes, and openpyxl holds some parts in memory whole: the shared-strings table
(about 100 bytes a text even when each is empty), the styles (about 1.5 KB an element), the workbook and the
relationships. Their unzipped size and their elements are counted here from the bytes, with a DTD refused
outright (its entities expand inside the XML parser, past any count of the bytes). Those counts hold only for
bytes in an encoding where `<` is the byte `<`, so a part in any other (UTF-16, EBCDIC), which no spreadsheet
writes, is refused too; and the parsers run under defusedxml, which refuses entities whatever the bytes. The
sheet and its shared strings are read an element at a time (importer/xlsx.py, importer/sharedtexts.py), each
bounding itself.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.importer.limits import MAX_BYTES
from teamaudit.importer.zipdirectory import directory_size

MAX_PART_ELEMENTS = 200_000  # a part openpyxl reads whole: styles bloated to Excel's 64,000 formats fit
FEWER = "export only the columns and rows import needs, or save the sheet as CSV"
WHOLE = ("[content_types].xml", "xl/workbook.xml", "xl/styles.xml")  # and every .rels: read whole, by name
MAX_DIRECTORY = 1024 * 1024  # the zip's table of contents: 10,000 parts with names of 50 characters
UNREADABLE = "save the sheet again from Excel, or export it as CSV"
# How a part in UTF-16 or UTF-32 (with or without a byte-order mark) or EBCDIC begins.
_NOT_ASCII = {b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16", b"\0\0\xfe\xff": "UTF-32", b"<\0": "UTF-16"}
_NOT_ASCII |= {b"\0<": "UTF-16", b"\0\0\0<": "UTF-32", b"\x4c\x6f\xa7\x94": "EBCDIC"}
_DECLARED = re.compile(rb"<\?xml[^>]{0,200}?\sencoding\s*=\s*[\"']([^\"']{0,40})[\"']")
_ASCII_BASED = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}  # expat's own, and UTF-8
_CHUNK = 1 << 20
_MB = 1024 * 1024


@dataclass(frozen=True)
class Part:
    elements: int  # start tags (an overcount: comments and processing instructions are counted too)


def check_directory(path: Path, raw: bytes) -> None:
    """The zip `raw` declares a table of contents of at most MAX_DIRECTORY bytes."""
    size = directory_size(raw)
    if size is not None and size > MAX_DIRECTORY:
        raise TeamAuditError(
            f"its zip table of contents is {size / _MB:,.1f} MB, more than the {MAX_DIRECTORY // _MB} MB of a "
            "workbook of 10,000 parts",
            file=path,
            hint=UNREADABLE,
        )


def scan(path: Path, archive: zipfile.ZipFile) -> dict[str, Part]:
    """Every part's counts, once the whole archive is known to unzip to at most MAX_BYTES and to hold no DTD;
    the parts read whole by name checked against MAX_PART_ELEMENTS."""
    parts = archive.infolist()
    unzipped = sum(part.file_size for part in parts)
    if unzipped > MAX_BYTES:
        raise TeamAuditError(
            f"unzipped, this .xlsx is {unzipped / _MB:,.0f} MB, more than the {MAX_BYTES // _MB} MB import reads",
            file=path,
            hint=FEWER,
        )
    counts = {part.filename: _count(path, archive, part) for part in parts}
    check_whole(path, counts, [name for name in counts if name.lower().endswith(".rels") or name.lower() in WHOLE])
    return counts


def check_whole(path: Path, counts: dict[str, Part], names: list[str]) -> None:
    """The parts `names`, which openpyxl reads whole, hold at most MAX_PART_ELEMENTS elements each."""
    for name in names:
        if name in counts and counts[name].elements > MAX_PART_ELEMENTS:
            raise TeamAuditError(
                f"its part {name!r} has {counts[name].elements:,} XML elements, more than the "
                f"{MAX_PART_ELEMENTS:,} import reads there",
                file=path,
                hint=UNREADABLE,
            )


def _count(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Part:
    elements = 0
    tail = b""
    with archive.open(part) as stream:  # zipfile stops at the size the archive declares
        while chunk := stream.read(_CHUNK):
            if not tail:
                _check_encoding(path, part.filename, chunk)
            data = tail + chunk
            if b"<!DOCTYPE" in data:
                raise TeamAuditError(
                    "not an .xlsx file teamaudit reads: a part of it declares a DTD, which no spreadsheet writes",
                    file=path,
                    hint=UNREADABLE,
                )
            elements += chunk.count(b"<") - chunk.count(b"</")
            tail = data[-16:]
    return Part(elements)


def _check_encoding(path: Path, name: str, start: bytes) -> None:
    """The part `name`, which begins with `start`, is in UTF-8 or another encoding where `<` is the byte `<`."""
    start = start.removeprefix(b"\xef\xbb\xbf")
    encoding = next((value for prefix, value in _NOT_ASCII.items() if start.startswith(prefix)), None)
    if encoding is None and (declared := _DECLARED.match(start)):
        named = declared.group(1).decode("ascii", "replace")
        encoding = None if named.lower() in _ASCII_BASED else named
    if encoding is not None:
        raise TeamAuditError(
            f"not an .xlsx file teamaudit reads: its part {name!r} is written in {encoding!r}, where "
            "spreadsheets write UTF-8",
            file=path,
            hint=UNREADABLE,
        )
