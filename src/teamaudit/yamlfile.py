"""Read a file within its size limit, and a whole YAML document with the line and column of every piece.

Used by the rubric and config loaders, which validate the whole document and then point an error at the
piece it concerns. The team file is read a person at a time by `roster` through the same `YamlStream`, so
all three kinds of file refuse the same hostile input with the same `file:line:col: problem` errors.
"""

from __future__ import annotations

import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teamaudit.errors import TeamAuditError
from teamaudit.yamlstream import Located, YamlStream, utf8_error

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class YamlDocument:
    """The data of one YAML document, and where each of its pieces starts."""

    path: Path
    located: Located

    @property
    def data(self) -> Any:
        return self.located.value

    def locate(self, where: Sequence[str | int]) -> tuple[int, int]:
        """Line and column (1-based) of the piece at `where`; of its nearest existing ancestor when absent."""
        return self.located.locate(where)

    def key_location(self, where: Sequence[str | int], key: str) -> tuple[int, int]:
        """Line and column of the key `key` inside the mapping at `where` (for unknown-key errors)."""
        return self.located.key_location(where, key)

    def error(self, message: str, where: Sequence[str | int] = (), hint: str | None = None) -> TeamAuditError:
        line, column = self.locate(where)
        return TeamAuditError(message, file=self.path, line=line, column=column, hint=hint)


def check_file(path: Path, max_bytes: int, size_hint: str | None = "raise it with --max-bytes") -> int:
    """The file's size, or a TeamAuditError for a missing file, a directory, anything else that is not a
    regular file (a FIFO or a device such as /dev/zero would never end) or a file over the size limit."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise TeamAuditError("no such file", file=path) from None
    except OSError as exc:
        raise TeamAuditError(f"cannot read file: {exc.strerror}", file=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise TeamAuditError("is a directory, not a file", file=path)
    if not stat.S_ISREG(info.st_mode):
        raise TeamAuditError("not a regular file (a FIFO, device or socket)", file=path, hint="give a file")
    if info.st_size > max_bytes:
        raise TeamAuditError(
            f"file is {info.st_size:,} bytes, over the limit of {max_bytes:,}", file=path, hint=size_hint
        )
    return info.st_size


def read_bytes(path: Path, max_bytes: int, size_hint: str | None = "raise it with --max-bytes") -> bytes:
    """The file's bytes, after `check_file`; an OS error is a TeamAuditError too."""
    check_file(path, max_bytes, size_hint)
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # bounded even if the file grows after `check_file`
    except OSError as exc:
        raise TeamAuditError(f"cannot read file: {exc.strerror}", file=path) from None
    if len(raw) > max_bytes:
        raise TeamAuditError(f"file is over the limit of {max_bytes:,} bytes", file=path, hint=size_hint)
    return raw


def read_text(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The file's text as UTF-8, or a TeamAuditError naming the line of the first bad byte."""
    return decoded(read_bytes(path, max_bytes), path)


def decoded(raw: bytes, path: Path) -> str:
    """Bytes read from `path` as UTF-8 text (a BOM dropped), or a TeamAuditError naming the line of the first bad
    byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise utf8_error(path, raw, exc) from None


def load_yaml(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, what: str = "file") -> YamlDocument:
    """Parse one YAML file with the position of every piece; every problem becomes a TeamAuditError."""
    return parse_yaml(read_text(path, max_bytes), path, what=what)


def parse_yaml(text: str, path: Path, *, what: str = "file") -> YamlDocument:
    """Parse YAML text; `path` is the name errors and reports show (a file, or git:REF:PATH)."""
    stream = YamlStream(text, path)
    with stream.errors():
        if not stream.begin():
            raise TeamAuditError(f"{what} is empty", file=path, line=1, column=1)
        located = stream.build_located()
        stream.finish()
    return YamlDocument(path=path, located=located)
