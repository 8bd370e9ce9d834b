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


_MARKS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def marked_utf16(raw: bytes) -> str | None:
    """The codec of `raw`, a whole file, when it begins with UTF-16's byte-order mark (not UTF-32's), else None."""
    return None if utf32_kind(raw) == "UTF-32" else _MARKS.get(raw[:2])


def utf16_fault(raw: bytes, codec: str) -> tuple[str, str | None, tuple[int, int]] | None:
    """What is wrong in `raw`, a file that `marked_utf16` says is in `codec`, that a YAML reader refused, a hint,
    and its line and column as an editor shows them: a code unit that is no UTF-16 (a lone surrogate), else the
    first control character; None when neither is there."""
    body = raw[2:]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        problem = "not valid UTF-16, though its byte-order mark says it is"
        return problem, "save it as UTF-8", _place(body[: exc.start].decode(codec))
    bad = next((i for i, c in enumerate(text) if _refused(c)), None)
    if bad is None:
        return None
    problem = f"invalid YAML: control characters are not allowed (character U+{ord(text[bad]):04X})"
    return problem, None, _place(text[:bad])


def _refused(character: str) -> bool:
    """What YAML does not allow in a file: C0 controls but tab and line breaks, DEL, C1 controls but NEL, and the
    noncharacters U+FFFE and U+FFFF."""
    code = ord(character)
    if code < 0x20:
        return character not in "\t\n\r"
    return (0x7F <= code <= 0x9F and code != 0x85) or code in (0xFFFE, 0xFFFF)


def _place(before: str) -> tuple[int, int]:
    """The line and column of the character after `before`, lines ending as an editor ends them."""
    lines = before.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return len(lines), len(lines[-1]) + 1
