"""Telling UTF-16 without a byte-order mark from other bytes that are not UTF-8.

Windows tools ("Unicode" in Notepad, PowerShell's `>` before version 6) can save a file as UTF-16 with no
mark. Its Latin text has a NUL in every other byte, which a UTF-8 reader takes for control characters and a
CSV reader for binary data: the reader should say what the file is instead. Kept apart from the YAML and
CSV readers, and free of imports, so both can share it without loading each other.
"""

from __future__ import annotations

SAMPLE = 4096  # bytes from the start of the file that decide it


def looks_like_utf16(head: bytes) -> bool:
    """Whether `head`, the start of a file, reads as UTF-16 without a byte-order mark: NUL in at least nine of
    ten of its even bytes (big-endian Latin text) or of its odd bytes (little-endian)."""
    head = head[:SAMPLE]
    even, odd = head[0::2], head[1::2]
    return len(head) >= 4 and (even.count(0) >= len(even) * 0.9 or odd.count(0) >= len(odd) * 0.9)
