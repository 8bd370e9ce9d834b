"""Read a TOML file (pyproject.toml) within bounds: its size, UTF-8, and how deeply it nests.

tomllib recurses once per nested array or inline table (a RecursionError past about 1,000 levels) and builds
memory quadratic in the parts of a dotted key (`a.a.a...`: 20 KB of text takes 600 MB), so both are limited
before the text reaches it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from teamaudit.errors import TeamAuditError
from teamaudit.yamlfile import DEFAULT_MAX_BYTES, read_text

MAX_DEPTH = 64  # nested arrays and inline tables
MAX_KEY_PARTS = 64  # dots outside strings on one line: the parts of a dotted key or table header
_AT = re.compile(r"\(at line (\d+), column (\d+)\)$")


def read_toml(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """The file's data, or a TeamAuditError naming the file (and the line when it is known)."""
    import tomllib

    text = read_text(path, max_bytes)
    too_deep = _too_deep(text)
    if too_deep is not None:
        raise TeamAuditError(
            f"TOML nested deeper than {MAX_DEPTH} levels or a key of more than {MAX_KEY_PARTS} parts",
            file=path,
            line=too_deep,
        )
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = _AT.search(message)
        line, column = (int(at.group(1)), int(at.group(2))) if at else (None, None)
        problem = message[: at.start()].strip() if at else message
        raise TeamAuditError(f"invalid TOML: {problem}", file=path, line=line, column=column) from None
    except RecursionError:  # pragma: no cover - _too_deep refuses such text first
        raise TeamAuditError(f"TOML nested deeper than {MAX_DEPTH} levels", file=path) from None


def _too_deep(text: str) -> int | None:
    """The line where brackets outside strings nest deeper than MAX_DEPTH, or a line holds more than
    MAX_KEY_PARTS dots outside strings; None when the text stays within both."""
    depth = dots = 0
    line = 1
    i, end = 0, len(text)
    while i < end:
        char = text[i]
        if char == "\n":
            line, dots = line + 1, 0
        elif char == "#":
            i = _line_end(text, i) - 1
        elif char in "\"'":
            stop = _string_end(text, i)
            line += text.count("\n", i, stop)
            i = stop - 1
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == ".":
            dots += 1
        if depth > MAX_DEPTH or dots > MAX_KEY_PARTS:
            return line
        i += 1
    return None


def _line_end(text: str, i: int) -> int:
    found = text.find("\n", i)
    return len(text) if found < 0 else found


def _string_end(text: str, i: int) -> int:
    """The index just past the string that starts at `i` (basic or literal, single- or multi-line)."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        closing, i = quote * 3, i + 3
    else:
        closing, i = quote, i + 1
    while i < len(text):
        if quote == '"' and text[i] == "\\":
            i += 2
            continue
        if text.startswith(closing, i):
            return i + len(closing)
        if text[i] == "\n" and len(closing) == 1:
            return i  # an unterminated string: tomllib reports it
        i += 1
    return len(text)
