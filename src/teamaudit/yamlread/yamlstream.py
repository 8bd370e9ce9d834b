"""Read one YAML document from libyaml's event stream, one piece at a time, with the line of every piece.

The team file, which can hold 100,000 people, is read a person at a time (`mapping_keys`, `sequence_items`,
`build_located` per person), so memory follows the validated people, not PyYAML's node and object trees.
Rubrics and configs are read whole with `build_located`, which keeps the start of every piece for errors.

Every file gets the same guarantees, from `yamlnodes`: a duplicate key, nesting deeper than its MAX_DEPTH or
aliases expanding past its limits is an error naming the line, and scalars resolve and construct exactly as
PyYAML's safe loader does. This module is the cursor over the document and turns every problem, bad bytes
included (`yamlbytes`), into a `file:line:col` error. The C parser is used when PyYAML was built with libyaml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import yaml
import yaml.reader

from teamaudit.errors import TeamAuditError, clipped, quoted_key
from teamaudit.yamlread.linebreaks import MAX_ODD_BREAKS, odd_breaks
from teamaudit.yamlread.yamlbytes import byte_position, character_position, raw_bytes, source_lines, utf8_hint
from teamaudit.yamlread.yamlnodes import (
    MAP_TAGS,
    MERGE,
    SEQ_TAGS,
    Located,
    NodeBuilder,
    Position,
    Seen,
    key_spelling,
    position,
)

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Loader = _Loader

__all__ = ["Loader", "Located", "Position", "YamlStream", "utf8_error", "utf16_error"]


class YamlStream:
    """A pull reader over one document. Use `begin`, then `mapping_keys`, `sequence_items`, `build` or
    `build_located` as the document's shape requires (each iterator expects its caller to read the value
    or item it announces), then `finish`. Wrap the whole read in `errors()`."""

    def __init__(self, source: str | BinaryIO, path: Path) -> None:
        """`source` is text, or a file open in binary mode: libyaml then reads it in 16 KB chunks, so the
        file itself is never held in memory. `path` is the name errors show."""
        self.path = path
        self._source = source
        self._breaks = odd_breaks(source)
        if self._breaks is not None and self._breaks.too_many is not None:
            line, column = self._breaks.too_many
            raise TeamAuditError(
                f"more than {MAX_ODD_BREAKS:,} NEXT LINE, LINE SEPARATOR or PARAGRAPH SEPARATOR characters"
                " (U+0085, U+2028, U+2029), over the limit",
                file=path,
                line=line,
                column=column,
                hint="editors show none; write each as \\u2028 inside double quotes, or remove them",
            )
        self._loader: Any = Loader(source)  # typed Any: PyYAML's stubs do not describe events' attributes
        self._nodes = NodeBuilder(self._loader, self.error, quote=clipped, quote_key=quoted_key)
        if self._breaks is not None:
            self._nodes.on_quoted = self._breaks.quoted
            self._nodes.editor_position = self._breaks.editor_position
        # The builder's own methods, so reading a person costs no extra call.
        self.build_located = self._nodes.build_located
        self.build = self._nodes.build

    @property
    def on_refused(self) -> Callable[[TeamAuditError], None] | None:
        """When set, a tag teamaudit does not read and a key that is a list or mapping are reported here and reading
        goes on (yamlnodes.NodeBuilder.on_refused)."""
        return self._nodes.on_refused

    @on_refused.setter
    def on_refused(self, report: Callable[[TeamAuditError], None] | None) -> None:
        self._nodes.on_refused = report

    @property
    def refused(self) -> int:
        """How many problems `on_refused` has been told of, and aliases of a value that holds one."""
        return self._nodes.refused

    @property
    def on_duplicate_key(self) -> Callable[[TeamAuditError], None] | None:
        """When set, a duplicate key is reported here and reading goes on (YAML keeps the last value)."""
        return self._nodes.on_duplicate_key

    @on_duplicate_key.setter
    def on_duplicate_key(self, report: Callable[[TeamAuditError], None] | None) -> None:
        self._nodes.on_duplicate_key = report

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Turn every YAML problem met inside into a TeamAuditError; and refuse a line break only YAML 1.1 sees
        outside quotes (linebreaks.py), which misreads what follows it, before any problem it may have caused."""
        try:
            yield
        except yaml.reader.ReaderError as exc:
            raise self._reader_error(exc) from None
        except yaml.YAMLError as exc:
            from teamaudit.yamlread.yamlmessages import yaml_error

            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            self._refuse_stray_break(mark.index if mark is not None else float("inf"))
            error = yaml_error(exc, self.path, lambda first, last: source_lines(self._source, first, last))
            if self._breaks is not None and error.line is not None and error.column is not None:
                error.line, error.column = self._breaks.editor_position((error.line, error.column))
            raise error from None
        else:
            self._refuse_stray_break()
        finally:
            self._loader.dispose()

    def _refuse_stray_break(self, before: float = float("inf")) -> None:
        stray = self._breaks.stray(before) if self._breaks is not None else None
        if stray is not None:
            problem, hint, (line, column) = stray
            raise TeamAuditError(problem, file=self.path, line=line, column=column, hint=hint)

    def _reader_error(self, exc: yaml.reader.ReaderError) -> TeamAuditError:
        """Bad bytes or a control character: name the line, as for any other error."""
        raw = raw_bytes(self._source)
        from teamaudit.utf16 import looks_like_utf16, marked_utf16, utf16_fault, utf32_kind  # only on the error path

        codec = marked_utf16(raw)
        fault = utf16_fault(raw, codec) if codec is not None else None
        if fault is not None:  # UTF-16 with its mark, which the reader decodes: a lone surrogate, a control character
            problem, hint, (line, column) = fault
            return TeamAuditError(problem, file=self.path, line=line, column=column, hint=hint)
        if utf32_kind(raw) or looks_like_utf16(raw):
            return utf16_error(self.path, raw)
        try:
            raw.decode("utf-8-sig")
        except UnicodeDecodeError as bad:
            return utf8_error(self.path, raw, bad)
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        at = character_position(raw, exc.position)  # libyaml counts bytes of UTF-8
        return self.error(f"invalid YAML: {exc.reason} (character U+{code:04X})", at)

    def error(
        self, message: str, at: Position | None, hint: str | None = None, *, kind: str | None = None
    ) -> TeamAuditError:
        line, column = self.editor_position(at) if at is not None else (None, None)
        return TeamAuditError(message, file=self.path, line=line, column=column, hint=hint, kind=kind)

    def editor_position(self, at: Position) -> Position:
        """Where libyaml's (line, column) `at` is to an editor (they differ after a quoted U+2028, U+2029, U+0085)."""
        return at if self._breaks is None else self._breaks.editor_position(at)

    def to_editor(self, located: Located) -> None:
        """Turn every position `located` holds into an editor's, for messages made after reading ends."""
        if self._breaks is not None:
            convert = self._breaks.editor_position
            located.starts = {path: convert(at) for path, at in located.starts.items()}
            located.keys = {path: convert(at) for path, at in located.keys.items()}

    # --- the document ---------------------------------------------------------------------------------

    def begin(self) -> bool:
        """Enter the document; False when the stream holds none (an empty file)."""
        self._loader.get_event()  # StreamStart
        if self._loader.check_event(yaml.StreamEndEvent):
            return False
        self._loader.get_event()  # DocumentStart
        return True

    def finish(self) -> None:
        self._loader.get_event()  # DocumentEnd
        if not self._loader.check_event(yaml.StreamEndEvent):
            raise self.error("expected a single document, but found another one", self.at())

    def at(self) -> Position:
        """Where the next piece starts."""
        return position(self._loader.peek_event())

    def next_is_mapping(self) -> bool:
        return bool(self._loader.check_event(yaml.MappingStartEvent))

    def next_is_sequence(self) -> bool:
        return bool(self._loader.check_event(yaml.SequenceStartEvent))

    # --- streaming a collection -----------------------------------------------------------------------

    def mapping_keys(self, depth: int = 1) -> Iterator[tuple[Any, Position, str | None]]:
        """Each key of the mapping that comes next, where it is, and how the file wrote it when YAML read it as
        something else than text (`~`, `yes`); the caller reads each value."""
        self._start(yaml.MappingStartEvent, MAP_TAGS, depth)
        seen: dict[Any, Seen] = {}
        while not self._loader.check_event(yaml.MappingEndEvent):
            key_event = self._loader.peek_event()
            at = position(key_event)
            key = self.build(depth + 1)
            if key is MERGE:
                raise self.error("a merge key (<<) is not supported at this level", at)
            spelled = key_spelling(key_event, key)
            if not self._nodes.check_key(key, seen, at, spelled):
                self.build(depth + 1)
                continue
            yield key, at, spelled
        self._loader.get_event()

    def sequence_items(self, depth: int = 1) -> Iterator[tuple[int, Position]]:
        """The index and position of each item of the sequence that comes next; the caller reads each item."""
        self._start(yaml.SequenceStartEvent, SEQ_TAGS, depth)
        index = 0
        while not self._loader.check_event(yaml.SequenceEndEvent):
            yield index, self.at()
            index += 1
        self._loader.get_event()

    def _start(self, kind: type[yaml.Event], tags: tuple[str | None, ...], depth: int) -> None:
        assert self._loader.check_event(kind)
        event: Any = self._loader.get_event()
        self._nodes.enter(event, tags, depth)
        self._nodes.streamed(event)


def utf8_error(path: Path, raw: bytes, exc: UnicodeDecodeError) -> TeamAuditError:
    from teamaudit.utf16 import looks_like_utf16, utf32_kind  # only on the error path

    if utf32_kind(raw) or looks_like_utf16(raw):  # its first letter outside ASCII is no UTF-8: say what the file is
        return utf16_error(path, raw)
    # `utf-8-sig` counts exc.start from after the byte-order mark it takes off: `body` is what it read, as an editor
    # shows the file (from `raw`, a file with a mark was said at the byte three before the bad one: 'byte 0x4a is J')
    body = bytes(exc.object)
    line, column = byte_position(body, exc.start)
    return TeamAuditError(
        f"not valid UTF-8 (byte 0x{body[exc.start]:02x})",
        file=path,
        line=line,
        column=column,
        hint=utf8_hint(body, exc.start),
    )


def utf16_error(path: Path, raw: bytes = b"") -> TeamAuditError:
    """The error for a file in UTF-16, with a byte-order mark or without, or in UTF-32 (`raw` tells which)."""
    from teamaudit.utf16 import marked_utf16, utf32_kind

    marked = "UTF-16 (its byte-order mark says so), not UTF-8" if marked_utf16(raw) else None
    kind = utf32_kind(raw) or marked or "UTF-16 without a byte-order mark"
    return TeamAuditError(f"looks like {kind}", file=path, line=1, column=1, hint="save it as UTF-8")
