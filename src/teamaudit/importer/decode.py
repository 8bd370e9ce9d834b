"""An export's bytes -> text, and which encoding they were read as.

UTF-8 (with or without a byte-order mark) is read as it is, and UTF-16 with a byte-order mark (Excel's
"Unicode Text") or without one where every other byte of its start is NUL (Latin text a Windows tool saved as
"Unicode"). A file in a legacy single-byte encoding throughout is read as Windows-1252 and said to be. A
file that is UTF-8 but for a few bytes (a row pasted from elsewhere) is refused, naming those bytes: read as
Windows-1252 it would turn every accented name into mojibake (`JosÃ©`), and a merge would write them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.problems import Problems
from teamaudit.utf16 import SAMPLE, looks_like_utf16, utf32_kind

# Windows-1252, with the five bytes it leaves undefined read as Latin-1 (C1 control characters).
_CP1252 = "".join(bytes([b]).decode("cp1252", "replace").replace("\ufffd", chr(b)) for b in range(256))
# One well-formed UTF-8 sequence of two to four bytes: a file holding any is UTF-8, whatever else it holds.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_ESCAPED = re.compile("[\udc80-\udcff]+")
_SAMPLE = SAMPLE  # the bytes that decide whether a file is text
REEXPORT = "re-export the file as CSV UTF-8"
CP1252_NOTE = "read as Windows-1252, not UTF-8: check its accented names, or re-export it as CSV UTF-8"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-16-le", "utf-16-be" or "cp1252"
    note: str | None = None  # what stderr should say about the encoding, when it is not plain UTF-8


def decode(path: Path, raw: bytes) -> Decoded:
    # Before UTF-16: FF FE starts both marks, and UTF-32's Latin text without one has a NUL in every other byte too,
    # read as UTF-16 with 'a stray NUL: delete that character' at line 1, column 2.
    if (kind := utf32_kind(raw[:_SAMPLE])) is not None:
        raise TeamAuditError(f"not a text file teamaudit reads ({kind}): export the sheet as CSV UTF-8", file=path)
    # The text after a byte-order mark is read in place: a slice of 200 MB of bytes would be a copy.
    for bom, encoding in _UTF16_BOMS:
        if raw.startswith(bom):
            return _utf16(path, memoryview(raw)[len(bom) :], encoding, marked=True)
    if (nul := raw.find(b"\x00")) >= 0:  # anywhere: one past the sample was read on, and deleted unseen
        if nul < _SAMPLE and looks_like_utf16(raw[:_SAMPLE]):  # Latin text saved as "Unicode" with no mark
            return _utf16(path, memoryview(raw), _unmarked_utf16(raw), marked=False)
        raise _nul_error(path, raw, nul)
    marked = raw.startswith(codecs.BOM_UTF8)
    body = memoryview(raw)[len(codecs.BOM_UTF8) if marked else 0 :]
    try:
        return Decoded(str(body, "utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if marked or _UTF8_MULTIBYTE.search(body):
        raise _mixed_error(path, body)
    text = codecs.charmap_decode(raw, "strict", _CP1252)[0]
    return Decoded(text, "cp1252", CP1252_NOTE)


def _unmarked_utf16(raw: bytes) -> str:
    """The byte order of UTF-16 with no mark: its Latin letters' NULs come second (little-endian) or first."""
    head = raw[:_SAMPLE]
    return "utf-16-le" if head[1::2].count(0) >= head[0::2].count(0) else "utf-16-be"


# What made a file UTF-16, by whether it has the mark: said on stderr, and in an error where it is no valid UTF-16.
_WHY = {True: "its byte-order mark says so", False: "no byte-order mark, but every other byte of its start is NUL"}
_THOUGH = {True: "its byte-order mark says it is", False: "every other byte of its start is NUL, as in UTF-16"}


def _utf16(path: Path, body: memoryview, encoding: str, *, marked: bool) -> Decoded:
    """`body` read as UTF-16 in `encoding`; where it is none, and at a NUL character, the line and column, as of a
    NUL byte in UTF-8: an early NUL was 'not a text file', and one without the mark 'looks like UTF-16', the user
    left to find it in the file or to convert a file import could read."""
    try:
        text = str(body, encoding)
    except UnicodeDecodeError as exc:
        before = str(body[: exc.start - exc.start % 2], encoding, "replace")
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        raise TeamAuditError(
            f"not valid UTF-16, though {_THOUGH[marked]}", file=path, line=line, column=column, hint=REEXPORT
        ) from None
    if (nul := text.find("\x00")) >= 0:
        line, column = text.count("\n", 0, nul) + 1, nul - text.rfind("\n", 0, nul)
        if nul >= _SAMPLE // 2:  # a character for every two bytes
            raise _late_nul(path, line, column, text.count("\x00"))
        raise _early_nul(path, line, column, "NUL characters")
    order = "" if marked else f", {'little' if encoding.endswith('le') else 'big'}-endian"
    return Decoded(text, encoding, f"read as UTF-16{order} ({_WHY[marked]})")


def _nul_error(path: Path, raw: bytes, at: int) -> TeamAuditError:
    """UTF-16 without a byte-order mark has a NUL in every other byte of its Latin text; anything else with NUL
    bytes in its first _SAMPLE is not text, unless one stray NUL is all that is wrong; the first is named at its line
    and column, as is one after text that a CSV reader read on and import then deleted, named only in a column it
    read."""
    line_start = raw.rfind(b"\n", 0, at) + 1
    line = raw.count(b"\n", 0, at) + 1
    column = len(raw[line_start:at].decode("utf-8", "replace")) + 1
    if at >= _SAMPLE:
        return _late_nul(path, line, column, raw.count(b"\x00"))
    return _early_nul(path, line, column, "NUL bytes")


def _early_nul(path: Path, line: int, column: int, what: str) -> TeamAuditError:
    return TeamAuditError(
        f"not a text file ({what}, the first here): export the sheet as CSV",
        file=path,
        line=line,
        column=column,
        hint="a CSV with a stray NUL: delete that character",
    )


def _late_nul(path: Path, line: int, column: int, count: int) -> TeamAuditError:
    return TeamAuditError(
        f"a NUL character, which no text holds ({count:,} in the file, the first here)",
        file=path,
        line=line,
        column=column,
        hint="delete it; a file ending in NULs is a copy cut short: export the sheet again",
    )


def _mixed_error(path: Path, body: memoryview) -> TeamAuditError:
    """Every run of bytes that is not UTF-8, in a file that otherwise is: its line and column."""
    text = str(body, "utf-8", "surrogateescape")  # each bad byte becomes one of U+DC80..U+DCFF
    problems = Problems()
    line, counted = 1, 0
    for bad in _ESCAPED.finditer(text):
        line += text.count("\n", counted, bad.start())
        line_start = text.rfind("\n", 0, bad.start()) + 1
        counted = bad.start()
        problems.add(
            TeamAuditError(
                f"not valid UTF-8 (byte 0x{ord(bad.group()[0]) - 0xDC00:02x}), though the rest of the file is UTF-8",
                file=path,
                line=line,
                column=bad.start() - line_start + 1,
                hint=f"{REEXPORT}; read as Windows-1252, its other accented names would be garbled",
            )
        )
    return problems.error()
