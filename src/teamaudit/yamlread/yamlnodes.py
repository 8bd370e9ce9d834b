"""Build values from libyaml's events as PyYAML's safe loader would (`yes` is true, `2026-01-31` a date,
`!!int x` an error, merge keys included), recording where each piece starts, and within limits: nesting
deeper than MAX_DEPTH, a duplicate key, aliases expanding past `alias_problem`'s limits or a whole number of more
than MAX_DIGITS digits is an error.

One difference: a plain scalar shaped like a date that is no date (`2027-02-30`, `2026-13-01`) is text, as if
quoted, where PyYAML stops reading. Whoever validates the value then refuses it with its line, and reading
goes on to every other problem in the file.

The builder knows nothing of files: it reports a problem through the `fail` function it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import yaml

MAX_DEPTH = 64

# Aliases may expand to a share of the nodes read so far that tightens as the document grows, as go-yaml's
# decoder allows: 99% up to 400,000 nodes, falling linearly to 10% at 4,000,000. A file PyYAML's dumper
# wrote (it anchors every list two people share) stays far below; a "billion laughs" is all expansion and
# is refused within its first thousand nodes. The first ALIAS_FREE expanded nodes are always allowed, and
# never more than MAX_ALIAS_EXPANSION in all.
ALIAS_FREE = 1_000
MAX_ALIAS_EXPANSION = 20_000_000
RATIO_LOW, RATIO_HIGH = 400_000, 4_000_000

# Digits of a whole number, at most. Python refuses to write one of over 4,300 digits as text (a ValueError), and
# YAML's `0xfff...` or `1:59:59:...` (and TOML's `0xfff...`) read as one however long: every message quoting such a
# value was a traceback.
MAX_DIGITS = 4000
_TOO_BIG = 10**MAX_DIGITS

Position = tuple[int, int]  # 1-based line and column
Seen = tuple[Position, str | None]  # where a key of a mapping is first written, and how (`~`), as check_key keeps it

STR_TAG = "tag:yaml.org,2002:str"
INT_TAG = "tag:yaml.org,2002:int"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
BINARY_TAG = "tag:yaml.org,2002:binary"
MERGE_TAG = "tag:yaml.org,2002:merge"
MAP_TAGS = (None, "!", "tag:yaml.org,2002:map")
SEQ_TAGS = (None, "!", "tag:yaml.org,2002:seq")
QUOTES = ("'", '"')  # the styles of a quoted scalar


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
    # How the file spells each value YAML reads as true, false or empty (`yes`, `Off`, `~`, ``), and each number
    # or date written without quotes (`007`, `0x1F`, `150:00:00`), for messages and to read an id as written.
    spelled: dict[Path_, str] = field(default_factory=dict)
    # The text values written in quotes: only those are helped by "write it without quotes".
    quoted: set[Path_] = field(default_factory=set)
    # How the file spells each key YAML reads as something else than text (`~`, `yes`, `7`), by its value's path.
    keys_spelled: dict[Path_, str] = field(default_factory=dict)
    # The tag of each scalar the file tags itself (`!!binary`, `!!int`), by path: a tagged value is no text read
    # otherwise by chance, but one the file says is of that type.
    tagged: dict[Path_, str] = field(default_factory=dict)
    # The keys of the value whose values hold a problem `NodeBuilder.on_refused` was told of (a tag teamaudit does not
    # read), so a reader leaves them unvalidated rather than repeat it.
    refused: set[Any] = field(default_factory=set)

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


def position(event: Any) -> Position:
    mark = event.start_mark
    return mark.line + 1, mark.column + 1


E = TypeVar("E", bound=Exception)


class NodeBuilder(Generic[E]):
    """Values from the events of `loader` (a PyYAML loader); `fail(message, at, hint)` makes the error to
    raise for a problem, `quote(text)` how a message shows a value from the file and `quote_key(key)` how it
    shows a key, quotes included."""

    def __init__(
        self,
        loader: Any,
        fail: Callable[[str, Position | None, str | None], E],
        quote: Callable[[str], str] = str,
        quote_key: Callable[[str], str] | None = None,
    ) -> None:
        self._loader = loader
        self._fail = fail
        self._quote = quote
        self._quote_key = quote_key or (lambda key: f"'{quote(key)}'")
        self._anchors: dict[str, tuple[Any, int]] = {}
        self._anchor_spelling: dict[str, tuple[str | None, str | None]] = {}  # a scalar's spelling and tag
        self._streamed: set[str] = set()
        self._nodes = 0
        self._expanded = 0
        self._located = Located(None, {}, {})
        # When set, a duplicate key is reported here and reading goes on (YAML keeps the last value).
        self.on_duplicate_key: Callable[[E], None] | None = None
        # When set, a value tagged as teamaudit does not read, or that its tag cannot be (`!!int x`), and a key that
        # is a list or mapping are reported here and reading goes on: the value is read as if untagged (a scalar as
        # its text), the key and its value are left out. `refused` counts them, and each alias of an anchored value
        # that holds one, so a reader can leave unvalidated what holds one (a second problem at the same place, or
        # where an alias repeats it, would only repeat it).
        self.on_refused: Callable[[E], None] | None = None
        self.refused = 0
        self._refused_anchors: set[str] = set()  # the anchors of values that hold a problem `on_refused` was told of
        # Where libyaml's position is to an editor (yamlstream.YamlStream.editor_position), for a line a message names.
        self.editor_position: Callable[[Position], Position] = lambda at: at
        # When set, told where each quoted text starts and ends (characters from the start of the document).
        self.on_quoted: Callable[[int, int], None] | None = None

    def build_located(self, depth: int = 1) -> Located:
        """The next value, with where each of its pieces starts."""
        self._located = located = Located(None, {}, {})
        located.value = self._build(depth, ())
        return located

    def build(self, depth: int = 1) -> Any:
        """The next value, constructed as PyYAML's safe loader would."""
        return self._build(depth, None)

    def enter(self, event: Any, tags: tuple[str | None, ...], depth: int) -> None:
        """Check a collection's start against the nesting limit and the tags it may have."""
        if depth > MAX_DEPTH:
            raise self._fail(f"YAML nesting deeper than {MAX_DEPTH} levels", position(event), None)
        if event.tag not in tags:
            self._refuse(self._unread_tag(event.tag, position(event)))

    def streamed(self, event: Any) -> None:
        """Note a collection read piece by piece, not built: an alias to it cannot be repeated."""
        if event.anchor is not None:
            self._streamed.add(event.anchor)

    def _refuse(self, error: E) -> None:
        """Raise `error`, or report it to `on_refused` and go on."""
        if self.on_refused is None:
            raise error
        self.refused += 1
        self.on_refused(error)

    def check_key(self, key: Any, seen: dict[Any, Seen], at: Position, spelled: str | None = None) -> bool:
        """Refuse a key that is a list or mapping (False: the caller reads its value and leaves both out), and report
        one used twice (shown as `spelled` when the file wrote it as something else than text, `~` or `yes`; with
        the first one's line and spelling when the file spells them apart, `~` and `null`)."""
        try:
            first = seen.get(key)
        except TypeError:
            self._refuse(self._fail("a mapping key must be text or a number, not a list or mapping", at, None))
            return False
        if first is not None:
            error = self._fail(self._duplicate(key, spelled, first), at, "YAML keeps only the last one")
            if self.on_duplicate_key is None:
                raise error
            self.on_duplicate_key(error)
        else:
            seen[key] = at, spelled
        return True

    def _duplicate(self, key: Any, spelled: str | None, first: Seen) -> str:
        shown = self._quote_key(str(key) if spelled is None else spelled)
        first_at, first_spelled = first
        if first_spelled == spelled:
            return f"duplicate key {shown} in the same mapping"
        before = self._quote_key(str(key) if first_spelled is None else first_spelled)
        line = self.editor_position(first_at)[0]
        return f"duplicate key {shown} in the same mapping: the same key as {before} on line {line}"

    def _build(self, depth: int, path: Path_ | None) -> Any:
        """`path` is where the value sits in the value `build_located` is reading; None when not located."""
        event: Any = self._loader.get_event()
        if path is not None:
            self._located.starts[path] = position(event)
        refused = self.refused
        value = self._event_value(event, depth, path)
        if isinstance(event, yaml.AliasEvent):
            # A value refused where it is anchored is that one problem: `*p` of `&p !x Ann` was reported again as
            # a person that is text, `skills: *s` of `&s !!set {a}` as skills that are a mapping.
            if event.anchor in self._refused_anchors:
                self.refused += 1
        elif event.anchor is not None and self.refused != refused:
            self._refused_anchors.add(event.anchor)
        return value

    def _event_value(self, event: Any, depth: int, path: Path_ | None) -> Any:
        """The value `event` begins (the events after it read as far as its end)."""
        if isinstance(event, yaml.ScalarEvent):
            self._nodes += 1
            if self.on_quoted is not None and event.style in QUOTES:
                marked: Any = event  # PyYAML's stubs make every event's marks optional; a scalar's never are
                self.on_quoted(marked.start_mark.index, marked.end_mark.index)
            value = self._scalar(event)
            spelled = _spelling(event, value)
            tag = event.tag if event.tag not in (None, "!") else None
            if path is not None:
                self._note(path, spelled, tag)
                if event.style in QUOTES and spelled is None:
                    self._located.quoted.add(path)
            if event.anchor is not None:
                self._anchors[event.anchor] = (value, 1)
                self._anchor_spelling[event.anchor] = (spelled, tag)
            return value
        if isinstance(event, yaml.AliasEvent):
            value = self._alias(event)
            if path is not None and event.anchor in self._anchor_spelling:
                self._note(path, *self._anchor_spelling[event.anchor])
            return value
        if isinstance(event, yaml.MappingStartEvent):
            return self._mapping(event, depth, path)
        assert isinstance(event, yaml.SequenceStartEvent)
        self.enter(event, SEQ_TAGS, depth)
        before = self._nodes
        self._nodes += 1
        result: list[Any] = []
        while not self._loader.check_event(yaml.SequenceEndEvent):
            result.append(self._build(depth + 1, None if path is None else (*path, len(result))))
        self._loader.get_event()
        if event.anchor is not None:
            self._anchors[event.anchor] = (result, self._nodes - before)
        return result

    def _note(self, path: Path_, spelled: str | None, tag: str | None) -> None:
        if spelled is not None:
            self._located.spelled[path] = spelled
        if tag is not None:
            self._located.tagged[path] = tag

    def _mapping(self, event: Any, depth: int, path: Path_ | None) -> dict[Any, Any]:
        self.enter(event, MAP_TAGS, depth)
        before = self._nodes
        self._nodes += 1
        result: dict[Any, Any] = {}
        seen: dict[Any, Seen] = {}
        merges: list[tuple[Any, Position]] = []
        while not self._loader.check_event(yaml.MappingEndEvent):
            key_event = self._loader.peek_event()
            key_at = position(key_event)
            key = self._build(depth + 1, None)
            if key is MERGE:
                value_at = position(self._loader.peek_event())
                merges.append((self._build(depth + 1, None), value_at))
                continue
            spelled = key_spelling(key_event, key)
            if not self.check_key(key, seen, key_at, spelled):
                self._build(depth + 1, None)
                continue
            if path is None:
                result[key] = self._build(depth + 1, None)
            else:
                self._located.keys[(*path, key)] = key_at
                if spelled is not None:
                    self._located.keys_spelled[(*path, key)] = spelled
                refused = self.refused
                result[key] = self._build(depth + 1, (*path, key))
                if self.refused != refused and not path:
                    self._located.refused.add(key)
        self._loader.get_event()
        self._merge(result, merges, path)
        if event.anchor is not None:
            self._anchors[event.anchor] = (result, self._nodes - before)
        return result

    def _merge(self, result: dict[Any, Any], merges: list[tuple[Any, Position]], path: Path_ | None) -> None:
        """Add the keys of `<<` mappings that the mapping does not set itself."""
        for value, value_at in merges:
            for source in value if isinstance(value, list) else [value]:
                if not isinstance(source, dict):
                    raise self._fail("a merge key (<<) needs a mapping or a list of mappings", value_at, None)
                for key, item in source.items():
                    if key not in result:
                        result[key] = item
                        if path is not None:
                            self._located.starts[(*path, key)] = self._located.keys[(*path, key)] = value_at

    def _alias(self, event: Any) -> Any:
        anchor = event.anchor
        if anchor not in self._anchors:
            if anchor in self._streamed:
                raise self._fail(
                    f"alias *{self._quote(anchor)} refers to a collection too large to repeat", position(event), None
                )
            raise self._fail(f"found undefined alias *{self._quote(anchor)}", position(event), None)
        value, size = self._anchors[anchor]
        self._nodes += size
        self._expanded += size
        problem = alias_problem(self._expanded, self._nodes)
        if problem:
            raise self._fail(f"YAML aliases here expand to {problem}; refusing to expand them", position(event), None)
        return value

    def _scalar(self, event: Any) -> Any:
        tag = event.tag
        implicit = tag is None or tag == "!"
        if implicit:
            tag = self._loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == STR_TAG:
            return event.value
        if tag == MERGE_TAG:
            return MERGE
        if tag == INT_TAG and len(event.value) > MAX_DIGITS and _digits(event.value) > MAX_DIGITS:
            return self._refused_text(event, self._invalid(event, tag, f"more than {MAX_DIGITS:,} digits"))
        if tag not in self._loader.yaml_constructors or tag in _COLLECTION_TAGS:  # `!!python/object:x`, `!local`
            return self._refused_text(event, self._unread_tag(tag, position(event)))
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        construct = self._loader.yaml_constructors[tag]
        try:
            value = construct(self._loader, node)
        except Exception as exc:
            # `!!binary` tells bad base64 by a YAMLError, which stopped the reading as a syntax error would.
            if isinstance(exc, yaml.YAMLError) and tag != BINARY_TAG:
                raise
            if implicit and tag == TIMESTAMP_TAG:
                return event.value  # a date only by its shape (`2027-02-30`): text, for validation to refuse
            # PyYAML's constructors raise plain exceptions for values they cannot convert (`!!int x`), in Python's
            # words ("'NoneType' object has no attribute 'groupdict'" for `!!timestamp x`): the tag's are clearer.
            needs = _TAG_NEEDS.get(short_tag(tag), "a value of its type")
            return self._refused_text(event, self._invalid(event, tag, f"not {needs}; write one, or remove the tag"))
        if too_long(value):  # `0xfff...` or `1:59:59:...`, which PyYAML reads however long
            return self._refused_text(event, self._invalid(event, tag, f"more than {MAX_DIGITS:,} digits"))
        return value

    def _refused_text(self, event: Any, error: E) -> str:
        """The scalar's text, once `error` is reported (or raised)."""
        self._refuse(error)
        return str(event.value)

    def _unread_tag(self, tag: str, at: Position) -> E:
        """The error for a tag teamaudit does not read where it is (`!!set`, `!!python/object:x`, `!local`)."""
        kind = _COLLECTION_TAGS.get(tag)
        if kind is not None:
            problem, hint = f"{kind} ({short_tag(tag)})", "write a plain list or mapping, without the tag"
        else:
            problem = f"the tag '{self._quote(short_tag(tag))}'"
            hint = "remove it: teamaudit reads text, numbers, true/false, dates, lists and mappings, untagged"
        return self._fail(f"invalid YAML: teamaudit does not read {problem}", at, hint)

    def _invalid(self, event: Any, tag: str, why: str) -> E:
        short = tag.rsplit(":", 1)[-1]
        message = f"invalid YAML value {self._quote(repr(event.value))} for {short}: {self._quote(why)}"
        return self._fail(message, position(event), None)


def _spelling(event: Any, value: object) -> str | None:
    """How the file writes a scalar YAML read as true, false or empty, or as a number or date written without
    quotes (`007`, `0x1F`, `yes`, `~`); None for text."""
    if value is None or isinstance(value, bool) or (not event.style and not isinstance(value, str)):
        return str(event.value)
    return None


def _digits(text: str) -> int:
    """The digits of a number as written: Python refuses to read a whole number of over 4,300 as text."""
    return sum(map(str.isdigit, text))


_TAG_NEEDS = {
    "!!int": "a whole number",
    "!!float": "a number",
    "!!bool": "true or false",
    "!!timestamp": "a date such as 2026-01-31",
    "!!binary": "base64 data",
}

_COLLECTION_TAGS = {
    "tag:yaml.org,2002:set": "a set",
    "tag:yaml.org,2002:omap": "an ordered mapping",
    "tag:yaml.org,2002:pairs": "a list of pairs",
    "tag:yaml.org,2002:map": "a mapping",
    "tag:yaml.org,2002:seq": "a list",
}
YAML_TAG = "tag:yaml.org,2002:"


def short_tag(tag: str) -> str:
    """`!!binary` for YAML's own `tag:yaml.org,2002:binary`; any other tag as written."""
    return "!!" + tag.removeprefix(YAML_TAG) if tag.startswith(YAML_TAG) else tag


def key_spelling(event: Any, key: Any) -> str | None:
    """How the file wrote `key`, read from `event`, when YAML read it as something else than text (`~` is None,
    `yes` True): None for a text key."""
    if isinstance(key, str) or not isinstance(event, yaml.ScalarEvent):
        return None
    return str(event.value)


def too_long(value: object) -> bool:
    """Whether `value` is a whole number of more than MAX_DIGITS digits."""
    return isinstance(value, int) and not -_TOO_BIG < value < _TOO_BIG


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
