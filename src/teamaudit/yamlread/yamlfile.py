"""Read a file within its size limit, and a whole YAML document with the line and column of every piece.

Used by the rubric and config loaders, which validate the whole document and then point an error at the
piece it concerns. The team file is read a person at a time by `roster` through the same `YamlStream`, so
all three kinds of file refuse the same hostile input with the same `file:line:col: problem` errors.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from teamaudit.errors import TeamAuditError, file_error, no_such_file
from teamaudit.gitfolder import refuse_git_folder_read
from teamaudit.problems import SLIPS, Problems
from teamaudit.yamlread.yamlstream import Located, YamlStream, utf8_error

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class YamlDocument:
    """The data of one YAML document, and where each of its pieces starts."""

    path: Path
    located: Located
    text: str = ""  # the document's text, read again only to quote a value as the file writes it

    @property
    def data(self) -> Any:
        return self.located.value

    def written(self, where: Sequence[Any], value: object) -> str | None:
        """How the file writes `value`, the value at `where`, when that is not how a message would write it
        (`yes`, `~`, `2026-01-01T10:00:00`, `0x1F`); None for text, or when the file's text cannot say."""
        path = tuple(where)
        if path in self.located.spelled:
            return self.located.spelled[path]
        start = self.located.starts.get(path)
        return self._plain_at(start, value) if start is not None else None

    def written_key(self, where: Sequence[Any], key: object) -> str | None:
        """How the file writes `key`, a key of the mapping at `where` that is not text (`yes`, `2026-01-01`)."""
        start = self.located.keys.get((*where, key))
        return self._plain_at(start, key) if start is not None else None

    def _plain_at(self, start: tuple[int, int], value: object) -> str | None:
        """The plain scalar that starts at `start`, if it reads as `value` (not an alias, a merged key or text)."""
        if isinstance(value, str | list | dict) or not self.text:
            return None
        line, column = start
        if line > len(self._line_starts):
            return None
        begin = self._line_starts[line - 1] + column - 1
        end = _LINE_BREAK.search(self.text, begin, begin + _LONGEST_PLAIN)
        written = _PLAIN_END.split(self.text[begin : end.start() if end else begin + _LONGEST_PLAIN], 1)[0]
        written = _ANCHOR.sub("", written).rstrip()  # `&d 2026-01-01`: the value is what follows its anchor
        return written if _reads_as(written, value) else None

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(match.end() for match in _EDITOR_BREAK.finditer(self.text))]  # positions are an editor's

    def locate(self, where: Sequence[str | int]) -> tuple[int, int]:
        """Line and column (1-based) of the piece at `where`; of its nearest existing ancestor when absent."""
        return self.located.locate(where)

    def key_location(self, where: Sequence[str | int], key: str) -> tuple[int, int]:
        """Line and column of the key `key` inside the mapping at `where` (for unknown-key errors)."""
        return self.located.key_location(where, key)

    def error(self, message: str, where: Sequence[str | int] = (), hint: str | None = None) -> TeamAuditError:
        line, column = self.locate(where)
        return TeamAuditError(message, file=self.path, line=line, column=column, hint=hint)


_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a line break
_EDITOR_BREAK = re.compile("\r\n|[\r\n]")
_PLAIN_END = re.compile(r":(?:\s|$)|\s#|[,\[\]{}]")  # what ends a plain number, date, true/false or null
_ANCHOR = re.compile(r"^&\S+\s+")
_LONGEST_PLAIN = 5000  # characters: a whole number may have 4,000 digits (yamlnodes.MAX_DIGITS)


def _reads_as(written: str, value: object) -> bool:
    import yaml

    from teamaudit.yamlread.yamlstream import Loader

    try:
        read = yaml.load(written, Loader=Loader)
    except (yaml.YAMLError, ValueError):
        return False
    nan = isinstance(value, float) and value != value
    return type(read) is type(value) and (read == value or (nan and read != read))


def check_file(path: Path, max_bytes: int, size_hint: str | None = "raise it with --max-bytes") -> int:
    """The file's size, or a TeamAuditError for a missing file, a directory, anything else that is not a
    regular file (a FIFO or a device such as /dev/zero would never end) or a file over the size limit; a file in a
    Git folder is refused unopened (gitfolder.py)."""
    refuse_git_folder_read(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise no_such_file(path) from None
    except OSError as exc:
        raise file_error(exc, path) from None
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
        raise file_error(exc, path) from None
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
    problems = Problems()
    stream.on_refused = problems.add  # a tag or a key teamaudit does not read: the rest is read, for its problems
    stream.on_duplicate_key = problems.add
    try:
        with stream.errors():
            if not stream.begin():
                raise TeamAuditError(f"{what} is empty", file=path, line=1, column=1)
            located = stream.build_located()
            stream.finish()
    except TeamAuditError as fatal:
        if not problems or not fatal.message.startswith(SLIPS):
            raise  # a refusal (a limit, an alias bomb) stands alone
        problems.add(fatal)
        raise problems.error() from None
    problems.raise_if_any()
    stream.to_editor(located)  # messages are made after reading, from these positions
    return YamlDocument(path=path, located=located, text=text)
