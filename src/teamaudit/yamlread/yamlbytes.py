"""The raw bytes behind a YAML error: where a byte offset falls, and the text of a line, for messages."""

from __future__ import annotations

from typing import BinaryIO

Position = tuple[int, int]  # 1-based line and column


def raw_bytes(source: str | BinaryIO) -> bytes:
    """The whole source as UTF-8 bytes, as libyaml read them."""
    if isinstance(source, str):
        return source.encode("utf-8", "surrogatepass")
    source.seek(0)
    return source.read()


def character_position(raw: bytes, offset: int) -> Position:
    """Line and column of byte `offset`, the column counted in characters (libyaml counts bytes)."""
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
    return line, column


def byte_position(raw: bytes, offset: int) -> Position:
    """Line and column of byte `offset`, the column counted in bytes (the text there is not valid UTF-8)."""
    line = raw[:offset].count(b"\n") + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def source_lines(source: str | BinaryIO, first: int, last: int) -> list[str]:
    """Lines `first` to `last` (1-based, both included) of the source; fewer when it ends sooner."""
    first = max(first, 1)
    if isinstance(source, str):
        return source.splitlines()[first - 1 : last]
    source.seek(0)
    found = []
    for i, raw in enumerate(source, start=1):
        if i > last:
            break
        if i >= first:
            found.append(raw.decode("utf-8-sig" if i == 1 else "utf-8", "replace").rstrip("\r\n"))
    return found


_MOST_LINES_NAMED = 5  # of the other lines a hint names, where more bytes UTF-8 cannot read are


def utf8_hint(raw: bytes, offset: int) -> str:
    """How to mend a file that is not UTF-8, its first bad byte at `offset`: when the whole file reads as
    Windows-1252 (what Word, Excel and Notepad save as "ANSI" on a Western Windows), what that byte is there (0x93
    is a curly quote, 0xe9 an é) and on which other lines more such bytes are, so one message names them all."""
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return "save the file as UTF-8"
    shown = raw[offset : offset + 1].decode("cp1252")
    letter = shown if shown.isprintable() else f"U+{ord(shown):04X}"
    if 0x91 <= raw[offset] <= 0x94:
        letter += ", a curly quote"
    read = raw.decode("utf-8", "surrogateescape")  # each byte UTF-8 cannot read is one surrogate; lines are kept
    first = raw[:offset].count(b"\n") + 1
    others = [
        number
        for number, text in enumerate(read.split("\n"), start=1)
        if number != first and any("\udc80" <= c <= "\udcff" for c in text)
    ]
    where = ""
    if len(others) == 1:
        where = f"; line {others[0]} holds one too"
    elif others:
        more = f" and {len(others) - _MOST_LINES_NAMED:,} more" if len(others) > _MOST_LINES_NAMED else ""
        where = f"; lines {', '.join(map(str, others[:_MOST_LINES_NAMED]))}{more} hold such bytes too"
    return f"the file looks saved as Windows-1252, where byte 0x{raw[offset]:02x} is {letter}{where}: save it as UTF-8"
