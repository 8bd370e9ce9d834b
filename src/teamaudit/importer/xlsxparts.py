"""What the zipped parts of an .xlsx may hold, checked before openpyxl reads any of them.

A zip expands a few KB into gigabytes, and openpyxl holds some parts in memory whole: the shared-strings table
(about 100 bytes a text even when each is empty), the styles (about 1.5 KB an element), the workbook and the
relationships. Their unzipped size, their elements and their texts are counted here from the bytes, with a
DTD refused outright (its entities expand inside the XML parser, past any count of the bytes). The sheet itself
is read a cell at a time (importer/xlsx.py) and bounds itself.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.importer.limits import MAX_BYTES, MAX_SHARED_TEXTS

MAX_PART_ELEMENTS = 200_000  # a part openpyxl reads whole: styles bloated to Excel's 64,000 formats fit
FEWER = "export only the columns and rows import needs, or save the sheet as CSV"
WHOLE = ("[content_types].xml", "xl/workbook.xml", "xl/styles.xml")  # and every .rels: read whole, by name
_SHARED_TEXT = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,30}:)?si[\s/>]")
_CHUNK = 1 << 20
_MB = 1024 * 1024


@dataclass(frozen=True)
class Part:
    elements: int  # start tags (an overcount: comments and processing instructions are counted too)
    texts: int  # <si> elements: entries of a shared-strings table


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
                hint="save the sheet again from Excel, or export it as CSV",
            )


def check_texts(path: Path, counts: dict[str, Part], name: str) -> None:
    """The shared-strings table `name` holds at most MAX_SHARED_TEXTS texts."""
    texts = counts[name].texts if name in counts else 0
    if texts > MAX_SHARED_TEXTS:
        raise TeamAuditError(
            f"the sheet holds {texts:,} distinct texts, more than the {MAX_SHARED_TEXTS:,} import reads",
            file=path,
            hint=FEWER,
        )


def _count(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> Part:
    elements = texts = 0
    tail = b""
    with archive.open(part) as stream:  # zipfile stops at the size the archive declares
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            if b"<!DOCTYPE" in data:
                raise TeamAuditError(
                    "not an .xlsx file teamaudit reads: a part of it declares a DTD, which no spreadsheet writes",
                    file=path,
                    hint="save the sheet again from Excel, or export it as CSV",
                )
            elements += chunk.count(b"<") - chunk.count(b"</")
            texts += sum(1 for found in _SHARED_TEXT.finditer(data) if found.end() > len(tail))
            tail = data[-64:]
    return Part(elements, texts)
