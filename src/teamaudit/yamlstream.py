"""Read one YAML document from libyaml's event stream, one piece at a time, with the line of every piece.

The team file, which can hold 100,000 people, is read a person at a time (`mapping_keys`, `sequence_items`,
`build_located` per person), so memory follows the validated people, not PyYAML's node and object trees.
Rubrics and configs are read whole with `build_located`, which keeps the start of every piece for errors.

Every file gets the same guarantees: a duplicate key, nesting deeper than MAX_DEPTH or aliases expanding past
the limits of `alias_problem` is an error naming the line, and scalars resolve and construct exactly as
PyYAML's safe loader does (`yes` is true, `2026-01-31` a date, `!!int x` an error), merge keys included.
The C parser is used when PyYAML was built with libyaml.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import yaml
import yaml.reader

from teamaudit.errors import TeamAuditError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Loader = _Loader

MAX_DEPTH = 64

# Aliases may expand to a share of the nodes read so far that tightens as the document grows, as go-yaml's
# decoder allows: 99% up to 400,000 nodes, falling linearly to 10% at 4,000,000. A file PyYAML's dumper
# wrote (it anchors every list two people share) stays far below; a "billion laughs" is all expansion and
# is refused within its first thousand nodes. The first ALIAS_FREE expanded nodes are always allowed, and
# never more than MAX_ALIAS_EXPANSION in all.
ALIAS_FREE = 1_000
MAX_ALIAS_EXPANSION = 20_000_000
RATIO_LOW, RATIO_HIGH = 400_000, 4_000_000

Position = tuple[int, int]  # 1-based line and column

STR_TAG = "tag:yaml.org,2002:str"
MERGE_TAG = "tag:yaml.org,2002:merge"
MAP_TAGS = (None, "!", "tag:yaml.org,2002:map")
SEQ_TAGS = (None, "!", "tag:yaml.org,2002:seq")


class _Merge:
    """The `<<` key of a mapping."""


MERGE = _Merge()


Path_ = tuple[Any, ...]  # keys and indexes from a value down to one of its pieces


@dataclass(slots=True)
class Located:
    """A value read from the stream and where each of its pieces starts, by path of keys and indexes."""

    value: Any
    starts: dict[Path_, Position]  # () is the value itself
    keys: dict[Path_, Position]  # the path of a mapping's value -> where its key is

    @property
    def at(self) -> Position:
        return self.starts[()]

    def locate(self, where: Sequence[Any] = ()) -> Position:
        """Where the piece at `where` starts; where its nearest ancestor starts when it has none."""
        path = tuple(where)
        while path and path not in self.starts:
            path = path[:-1]
        return self.starts[path]

    def key_location(self, where: Sequence[Any], key: Any) -> Position:
        """Where the key `key` of the mapping at `where` is (for unknown-key errors)."""
        return self.keys.get((*where, key)) or self.locate(where)


def _position(event: Any) -> Position:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


class YamlStream:
    """A pull reader over one document. Use `begin`, then `mapping_keys`, `sequence_items`, `build` or
    `build_located` as the document's shape requires (each iterator expects its caller to read the value
    or item it announces), then `finish`. Wrap the whole read in `errors()`."""

    def __init__(self, source: str | BinaryIO, path: Path) -> None:
        """`source` is text, or a file open in binary mode: libyaml then reads it in 16 KB chunks, so the
        file itself is never held in memory. `path` is the name errors show."""
        self.path = path
        self._source = source
        self._loader: Any = Loader(source)  # typed Any: PyYAML's stubs do not describe events' attributes
        self._anchors: dict[str, tuple[Any, int]] = {}
        self._streamed: set[str] = set()
        self._nodes = 0
        self._expanded = 0
        self._located = Located(None, {}, {})
        # When set, a duplicate key is reported here and reading goes on (YAML keeps the last value).
        self.on_duplicate_key: Callable[[TeamAuditError], None] | None = None

    @contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except yaml.reader.ReaderError as exc:
            raise self._reader_error(exc) from None
        except yaml.YAMLError as exc:
            from teamaudit.yamlmessages import yaml_error

            raise yaml_error(exc, self.path, self._source_line) from None
        finally:
            self._loader.dispose()

    def _reader_error(self, exc: yaml.reader.ReaderError) -> TeamAuditError:
        """Bad bytes or a control character: name the line, as for any other error."""
        if isinstance(self._source, str):
            raw = self._source.encode("utf-8", "surrogatepass")
        else:
            self._source.seek(0)
            raw = self._source.read()
        try:
            raw.decode("utf-8-sig")
        except UnicodeDecodeError as bad:
            return utf8_error(self.path, raw, bad)
        before = raw[: exc.position]  # libyaml counts bytes of UTF-8
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return self.error(f"invalid YAML: {exc.reason} (character U+{code:04X})", (line, column))

    def _source_line(self, number: int) -> str:
        """Line `number` (1-based) of the source, for error messages."""
        if isinstance(self._source, str):
            lines = self._source.splitlines()
            return lines[number - 1] if number <= len(lines) else ""
        self._source.seek(0)
        for i, raw in enumerate(self._source, start=1):
            if i == number:
                return raw.decode("utf-8-sig" if i == 1 else "utf-8", "replace").rstrip("\r\n")
        return ""

    def error(self, message: str, at: Position | None, hint: str | None = None) -> TeamAuditError:
        line, column = at if at is not None else (None, None)
        return TeamAuditError(message, file=self.path, line=line, column=column, hint=hint)

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
        return _position(self._loader.peek_event())

    def next_is_mapping(self) -> bool:
        return bool(self._loader.check_event(yaml.MappingStartEvent))

    def next_is_sequence(self) -> bool:
        return bool(self._loader.check_event(yaml.SequenceStartEvent))

    # --- streaming a collection -----------------------------------------------------------------------

    def mapping_keys(self, depth: int = 1) -> Iterator[tuple[Any, Position]]:
        """Each key of the mapping that comes next, and where it is; the caller reads each value."""
        self._start(yaml.MappingStartEvent, MAP_TAGS, depth)
        seen: set[Any] = set()
        while not self._loader.check_event(yaml.MappingEndEvent):
            at = self.at()
            key = self.build(depth + 1)
            if key is MERGE:
                raise self.error("a merge key (<<) is not supported at this level", at)
            self._check_key(key, seen, at)
            yield key, at
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
        self._enter(event, tags, depth)
        if event.anchor is not None:
            self._streamed.add(event.anchor)

    # --- building values ------------------------------------------------------------------------------

    def build_located(self, depth: int = 1) -> Located:
        """The next value, with where each of its pieces starts."""
        self._located = located = Located(None, {}, {})
        located.value = self._build(depth, ())
        return located

    def build(self, depth: int = 1) -> Any:
        """The next value, constructed as PyYAML's safe loader would."""
        return self._build(depth, None)

    def _build(self, depth: int, path: Path_ | None) -> Any:
        """`path` is where the value sits in the value `build_located` is reading; None when not located."""
        event: Any = self._loader.get_event()
        if path is not None:
            self._located.starts[path] = _position(event)
        if isinstance(event, yaml.ScalarEvent):
            self._nodes += 1
            value = self._scalar(event)
            if event.anchor is not None:
                self._anchors[event.anchor] = (value, 1)
            return value
        if isinstance(event, yaml.AliasEvent):
            return self._alias(event)
        if isinstance(event, yaml.MappingStartEvent):
            return self._mapping(event, depth, path)
        assert isinstance(event, yaml.SequenceStartEvent)
        self._enter(event, SEQ_TAGS, depth)
        before = self._nodes
        self._nodes += 1
        result: list[Any] = []
        while not self._loader.check_event(yaml.SequenceEndEvent):
            result.append(self._build(depth + 1, None if path is None else (*path, len(result))))
        self._loader.get_event()
        if event.anchor is not None:
            self._anchors[event.anchor] = (result, self._nodes - before)
        return result

    def _enter(self, event: Any, tags: tuple[str | None, ...], depth: int) -> None:
        if depth > MAX_DEPTH:
            raise self.error(f"YAML nesting deeper than {MAX_DEPTH} levels", _position(event))
        if event.tag not in tags:
            raise self.error(f"unsupported YAML tag {event.tag}", _position(event))

    def _mapping(self, event: Any, depth: int, path: Path_ | None) -> dict[Any, Any]:
        self._enter(event, MAP_TAGS, depth)
        before = self._nodes
        self._nodes += 1
        result: dict[Any, Any] = {}
        seen: set[Any] = set()
        merges: list[tuple[Any, Position]] = []
        while not self._loader.check_event(yaml.MappingEndEvent):
            key_at = self.at()
            key = self._build(depth + 1, None)
            if key is MERGE:
                value_at = self.at()
                merges.append((self._build(depth + 1, None), value_at))
                continue
            self._check_key(key, seen, key_at)
            if path is None:
                result[key] = self._build(depth + 1, None)
            else:
                self._located.keys[(*path, key)] = key_at
                result[key] = self._build(depth + 1, (*path, key))
        self._loader.get_event()
        for value, value_at in merges:
            for source in value if isinstance(value, list) else [value]:
                if not isinstance(source, dict):
                    raise self.error("a merge key (<<) needs a mapping or a list of mappings", value_at)
                for key, item in source.items():
                    if key not in result:
                        result[key] = item
                        if path is not None:
                            self._located.starts[(*path, key)] = self._located.keys[(*path, key)] = value_at
        if event.anchor is not None:
            self._anchors[event.anchor] = (result, self._nodes - before)
        return result

    def _check_key(self, key: Any, seen: set[Any], at: Position) -> None:
        try:
            duplicate = key in seen
        except TypeError:
            raise self.error("a mapping key must be text or a number, not a list or mapping", at) from None
        if duplicate:
            error = self.error(f"duplicate key '{key}' in the same mapping", at, hint="YAML keeps only the last one")
            if self.on_duplicate_key is None:
                raise error
            self.on_duplicate_key(error)
        seen.add(key)

    def _alias(self, event: Any) -> Any:
        anchor = event.anchor
        if anchor not in self._anchors:
            if anchor in self._streamed:
                raise self.error(f"alias *{anchor} refers to a collection too large to repeat", _position(event))
            raise self.error(f"found undefined alias *{anchor}", _position(event))
        value, size = self._anchors[anchor]
        self._nodes += size
        self._expanded += size
        problem = alias_problem(self._expanded, self._nodes)
        if problem:
            raise self.error(f"YAML aliases here expand to {problem}; refusing to expand them", _position(event))
        return value

    def _scalar(self, event: Any) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self._loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == STR_TAG:
            return event.value
        if tag == MERGE_TAG:
            return MERGE
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        construct = self._loader.yaml_constructors.get(tag, self._loader.yaml_constructors[None])
        try:
            return construct(self._loader, node)
        except yaml.YAMLError:
            raise
        except Exception as exc:
            # PyYAML's constructors raise plain exceptions for values they cannot convert (`!!int x`).
            short = tag.rsplit(":", 1)[-1]
            raise self.error(f"invalid YAML value {event.value!r} for {short}: {exc}", _position(event)) from None


def allowed_alias_ratio(nodes: int) -> float:
    """The share of `nodes` that alias expansion may make up, for a document of that many nodes so far."""
    if nodes <= RATIO_LOW:
        return 0.99
    if nodes >= RATIO_HIGH:
        return 0.10
    return 0.99 - 0.89 * (nodes - RATIO_LOW) / (RATIO_HIGH - RATIO_LOW)


def alias_problem(expanded: int, nodes: int) -> str | None:
    """What is wrong with `expanded` of `nodes` nodes coming from aliases, or None when that is fine."""
    if expanded > MAX_ALIAS_EXPANSION:
        return f"over {MAX_ALIAS_EXPANSION:,} extra nodes"
    if expanded > ALIAS_FREE and expanded > nodes * allowed_alias_ratio(nodes):
        allowed = allowed_alias_ratio(nodes)
        return f"{expanded:,} of the {nodes:,} nodes read so far (over {allowed:.0%} at this size)"
    return None


def utf8_error(path: Path, raw: bytes, exc: UnicodeDecodeError) -> TeamAuditError:
    line = raw[: exc.start].count(b"\n") + 1
    column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
    return TeamAuditError(
        f"not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
        file=path,
        line=line,
        column=column,
        hint="save the file as UTF-8",
    )
