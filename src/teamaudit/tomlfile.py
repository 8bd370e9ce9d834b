"""Read a TOML file (pyproject.toml) within bounds: its size, UTF-8, and how deeply it nests; and find where each
value of it starts, for messages.

tomllib recurses once per nested array or inline table (a RecursionError past about 1,000 levels) and builds
memory quadratic in the parts of a dotted key (`a.a.a...`: 20 KB of text takes 600 MB), so both are limited
before the text reaches it; and a whole number of more than yamlnodes.MAX_DIGITS digits is refused as YAML's is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teamaudit.errors import TeamAuditError
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES, read_text
from teamaudit.yamlread.yamlnodes import MAX_DIGITS, Located, Position, too_long

MAX_DEPTH = 64  # nested arrays and inline tables
MAX_KEY_PARTS = 64  # dots outside strings on one line: the parts of a dotted key or table header
_AT = re.compile(r"\(at line (\d+), column (\d+)\)$")
_LONG_RUN = re.compile(r"[0-9A-Fa-f_]{1000,}")  # where a number too long to read is, likely


def read_toml(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, Any]:
    """The file's data, or a TeamAuditError naming the file (and the line when it is known)."""
    return parse_toml(read_text(path, max_bytes), path)


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """TOML text's data; `path` is the name errors show."""
    import tomllib

    too_deep = _too_deep(text)
    if too_deep is not None:
        raise TeamAuditError(
            f"TOML nested deeper than {MAX_DEPTH} levels or a key of more than {MAX_KEY_PARTS} parts",
            file=path,
            line=too_deep,
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(exc, path) from None
    except ValueError:  # int() refusing a number of over 4,300 digits
        raise _long_number(text, path) from None
    except RecursionError:  # pragma: no cover - _too_deep refuses such text first
        raise TeamAuditError(f"TOML nested deeper than {MAX_DEPTH} levels", file=path) from None
    if any(too_long(value) for value in _values(data)):  # `0xfff...`, which tomllib reads however long
        raise _long_number(text, path)
    return data


def _values(data: Any) -> Iterator[Any]:
    """Every value of `data`'s tables and arrays, nested ones included."""
    if isinstance(data, dict):
        for value in data.values():
            yield from _values(value)
    elif isinstance(data, list):
        for value in data:
            yield from _values(value)
    else:
        yield data


def _toml_error(exc: ValueError, path: Path) -> TeamAuditError:
    message = str(exc)
    at = _AT.search(message)
    line, column = (int(at.group(1)), int(at.group(2))) if at else (None, None)
    problem = message[: at.start()].strip() if at else message
    return TeamAuditError(f"invalid TOML: {problem}", file=path, line=line, column=column)


def _long_number(text: str, path: Path) -> TeamAuditError:
    """A number of more than MAX_DIGITS digits, at the line of the first long run of digits (tomllib names none)."""
    run = _LONG_RUN.search(text)
    line = text.count("\n", 0, run.start()) + 1 if run else None
    return TeamAuditError(f"invalid TOML: a number of more than {MAX_DIGITS:,} digits", file=path, line=line)


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


@dataclass(slots=True)
class _Open:
    """An array or inline table the scanner is inside, with its path and, for an array, the next index."""

    kind: str  # "[" or "{"
    path: tuple[Any, ...]
    index: int = 0


def locate_toml(text: str, under: tuple[str, ...] = ()) -> Located:
    """Where each key, table and array element of valid TOML text starts (1-based line and column), by the path
    tomllib's data gives it, for the part of the document at `under`: what YAML's loader records as it reads, for
    messages about a value in pyproject.toml. One pass over the text; it assumes tomllib has already read it."""
    scan = _Scan(text)
    scan.run()
    depth = len(under)
    return Located(
        None,
        {(): scan.starts.get(under, (1, 1)), **{p[depth:]: at for p, at in scan.starts.items() if p[:depth] == under}},
        {p[depth:]: at for p, at in scan.keys.items() if p[:depth] == under and len(p) > depth},
        spelled={p[depth:]: text for p, text in scan.spelled.items() if p[:depth] == under},
        quoted={p[depth:] for p in scan.strings if p[:depth] == under},
    )


class _Scan:
    """One pass over valid TOML. `want` is what comes next: a key (or a table header at the top level), a value,
    an array element, or nothing but a separator, a closing bracket or the end of the line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[tuple[Any, ...], Position] = {}
        self.keys: dict[tuple[Any, ...], Position] = {}
        self.strings: set[tuple[Any, ...]] = set()  # every text value: TOML writes all of them in quotes
        self.spelled: dict[tuple[Any, ...], str] = {}  # every other value that is not a table or array, as written
        self.tables: dict[tuple[Any, ...], int] = {}  # array of tables -> how many so far
        self.implicit: set[tuple[Any, ...]] = set()  # tables only a deeper header has opened so far
        self.table: tuple[Any, ...] = ()
        self.stack: list[_Open] = []
        self.want, self.value_path = "key", self.table
        self.i, self.line, self.line_start = 0, 1, 0

    def run(self) -> None:
        text, end = self.text, len(self.text)
        while self.i < end:
            char = text[self.i]
            if char in " \t\r":
                self.i += 1
            elif char == "\n":
                self.i, self.line, self.line_start = self.i + 1, self.line + 1, self.i + 1
                if not self.stack:
                    self.want = "key"
            elif char == "#":
                self.i = _line_end(text, self.i)
            elif self.want == "key":
                self._key(char)
            elif self.want == "element":
                self._element(char)
            elif self.want == "value":
                self._value(char)
            else:
                self._after_value(char)

    def _at(self) -> Position:
        return self.line, self.i - self.line_start + 1

    def _key(self, char: str) -> None:
        at = self._at()
        if char == "[" and not self.stack:
            many = self.text.startswith("[[", self.i)
            parts, self.i = _key_parts(self.text, self.i + (2 if many else 1), "]")
            self.i += 2 if many else 1
            self.table = self._resolved(parts, at)
            if many:
                count = self.tables.get(self.table, 0)
                self.tables[self.table] = count + 1
                self.starts.setdefault(self.table, at)
                self.table = (*self.table, count)
            if self.table in self.implicit:  # opened by a deeper header first: it starts where it is named
                self.implicit.discard(self.table)
                del self.starts[self.table], self.keys[self.table]
            self.starts.setdefault(self.table, at)
            self.keys.setdefault(self.table, at)
            self.want = "none"
        elif char == "}":  # an empty inline table
            self._after_value(char)
        else:
            parts, self.i = _key_parts(self.text, self.i, "=")
            self.i += 1
            base = self.stack[-1].path if self.stack else self.table
            for k in range(1, len(parts) + 1):
                self.keys.setdefault((*base, *parts[:k]), at)
                if k < len(parts):  # a dotted key's tables start at the key; its value where the value does
                    self.starts.setdefault((*base, *parts[:k]), at)
            self.want, self.value_path = "value", (*base, *parts)

    def _resolved(self, parts: list[str], at: Position) -> tuple[Any, ...]:
        """A table header's path as tomllib's data has it: `[a.b]` after `[[a]]` is in a's last element, a[-1].b.
        The tables it passes through start here unless an earlier line opened them."""
        path: tuple[Any, ...] = ()
        for i, part in enumerate(parts):
            if path and path not in self.starts:
                self.starts[path] = self.keys[path] = at
                self.implicit.add(path)
            path = (*path, part)
            if i < len(parts) - 1 and path in self.tables:
                path = (*path, self.tables[path] - 1)
        return path

    def _element(self, char: str) -> None:
        if char == "]":
            self._after_value(char)
        else:
            self.want, self.value_path = "value", (*self.stack[-1].path, self.stack[-1].index)

    def _value(self, char: str) -> None:
        self.starts.setdefault(self.value_path, self._at())
        if char in "[{":
            self.stack.append(_Open(char, self.value_path))
            self.i, self.want = self.i + 1, ("element" if char == "[" else "key")
            return
        if char in "\"'":
            self.strings.add(self.value_path)
            stop = _string_end(self.text, self.i)
        else:  # a number, true or false, or a date: messages say it as written (nan, 2027-01-01T10:00:00Z)
            stop = _scalar_end(self.text, self.i)
            self.spelled[self.value_path] = self.text[self.i : stop].strip()
        breaks = self.text.count("\n", self.i, stop)
        if breaks:
            self.line, self.line_start = self.line + breaks, self.text.rfind("\n", self.i, stop) + 1
        self.i, self.want = stop, "none"

    def _after_value(self, char: str) -> None:
        if char == "," and self.stack:
            opened = self.stack[-1]
            if opened.kind == "[":
                opened.index += 1
            self.want = "element" if opened.kind == "[" else "key"
        elif char in "]}" and self.stack:
            self.stack.pop()
            self.want = "none"
        self.i += 1


_BARE = re.compile(r"[A-Za-z0-9_-]+")


def _key_parts(text: str, i: int, stop: str) -> tuple[list[str], int]:
    """The parts of the (dotted) key at `i`, and the index of the `stop` character after it."""
    parts: list[str] = []
    while i < len(text):
        char = text[i]
        if char in " \t":
            i += 1
        elif char == stop:
            return parts, i
        elif char == ".":
            i += 1
        elif char in "\"'":
            close = _string_end(text, i)
            raw = text[i + 1 : close - 1]
            parts.append(raw if char == "'" else _basic(raw))
            i = close
        else:
            bare = _BARE.match(text, i)
            if bare is None:
                return parts, i
            parts.append(bare.group())
            i = bare.end()
    return parts, i


def _basic(raw: str) -> str:
    """A basic string's escapes read as TOML reads them (`"a\\u00e9"` is "aé")."""
    import tomllib

    try:
        value = tomllib.loads(f'k = "{raw}"')["k"]
    except tomllib.TOMLDecodeError:
        return raw
    return str(value)


def _scalar_end(text: str, i: int) -> int:
    """The index just past a number, boolean or date: the next separator, comment or line break."""
    while i < len(text) and text[i] not in ",]}\n#":
        i += 1
    return i
