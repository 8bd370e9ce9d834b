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
