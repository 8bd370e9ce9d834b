"""Telling UTF-16 without a byte-order mark, and UTF-32, from other bytes that are not UTF-8.

Windows tools ("Unicode" in Notepad, PowerShell's `>` before version 6) can save a file as UTF-16 with no
mark. Its Latin text has a NUL in every other byte, which a UTF-8 reader takes for control characters and a
CSV reader for binary data: the reader should say what the file is instead. Kept apart from the YAML and
CSV readers, and free of imports, so both can share it without loading each other.
"""

from __future__ import annotations

SAMPLE = 4096  # bytes from the start of the file that decide it


def utf32_kind(head: bytes) -> str | None:
    """'UTF-32' when `head`, the start of a file, begins with UTF-32's byte-order mark (whose little-endian form
    begins with UTF-16's), 'UTF-32 without a byte-order mark' when three of every four bytes are NUL (Latin
    text), else None."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    head = head[:SAMPLE]
    nul = [len(part) and part.count(0) >= len(part) * 0.9 for part in (head[i::4] for i in range(4))]
    if len(head) >= 8 and nul[1] and nul[2] and (nul[0] or nul[3]):
        return "UTF-32 without a byte-order mark"
    return None


def looks_like_utf16(head: bytes) -> bool:
    """Whether `head`, the start of a file, reads as UTF-16 without a byte-order mark: NUL in at least nine of
    ten of its even bytes (big-endian Latin text) or of its odd bytes (little-endian)."""
    head = head[:SAMPLE]
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (even.count(0) >= len(even) * 0.9 or odd.count(0) >= len(odd) * 0.9)
