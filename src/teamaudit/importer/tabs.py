"""Tabs between a team file's tokens, which libyaml reads as the spaces YAML allows there and ruamel.yaml refuses.

`name: Ann Lee<TAB># lead` and `title:<TAB>RN` are valid (check reads them), but ruamel.yaml's scanner stops on
the tab with a traceback, so a merge could not edit such a person. When it does, each tab between tokens ahead of a
line's comment becomes a space for it to read, and a plain value holding a tab (`team: Ward<TAB>7`, which it refuses
too) is double-quoted; in what it writes back, every line it left as it was is the line the file wrote.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field

from teamaudit.render import escape
from teamaudit.yamlread.linebreaks import editor_lines

_COMMENT = re.compile(r"(?:^|[ \t])#")  # where a line's comment starts, when it has one


class TabInValue(ValueError):
    """A tab in a value written plain over several lines, which ruamel.yaml refuses and a space would change."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line  # 1-based, in the text given to `spaced`


@dataclass
class Spaced:
    text: str
    originals: dict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))

    def restored(self, written: str) -> str:
        """`written` with each line ruamel.yaml left as it was given its tabs again."""
        if not self.originals:
            return written
        lines = editor_lines(written, keepends=True)
        for index, line in enumerate(lines):
            body = line.rstrip("\r\n")
            waiting = self.originals.get(body)
            if waiting:
                lines[index] = waiting.popleft() + line[len(body) :]
        return "".join(lines)


def spaced(text: str) -> Spaced:
    """`text` as ruamel.yaml reads it: each tab between tokens ahead of a line's comment a space, and each value on
    such a line holding a tab (`Ward<TAB>7`, which ruamel.yaml refuses written plain) double-quoted as yamledit
    writes it. Raises TabInValue for a tab in a plain value over several lines, which one line cannot hold."""
    if "\t" not in text:
        return Spaced(text)
    result = Spaced(text)
    tokens = _tokens(text)
    ends = [token.end for token in tokens]
    lines = editor_lines(text, keepends=True)
    changed: list[int] = []
    at = 0  # where the line starts in `text`
    for index, line in enumerate(lines):
        body = line.rstrip("\r\n")
        if "\t" in body:
            new = _spaced_line(body, at, tokens, bisect.bisect_right(ends, at), index + 1)
            if new != body:
                result.originals[new].append(body)
                lines[index] = new + line[len(body) :]
                changed.append(index)
        at += len(line)
    result.text = "".join(lines)
    if changed and _read(result.text) != _read(text):  # the file was validated: never, but refused if it did
        raise TabInValue(changed[0] + 1)
    return result


@dataclass(frozen=True)
class _Token:
    start: int  # where it starts in the text, and where it ends
    end: int
    value: str | None  # a plain or quoted scalar's value, else None
    plain: bool


def _tokens(text: str) -> list[_Token]:
    """The tokens libyaml reads in `text` that hold a character, in order (comments are none)."""
    import yaml

    try:
        from yaml import CSafeLoader as Loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as Loader  # type: ignore[assignment]
    shift = 1 if text.startswith("\ufeff") else 0  # libyaml counts from after a byte-order mark
    found = []
    for token in yaml.scan(text, Loader=Loader):
        start, end = token.start_mark.index + shift, token.end_mark.index + shift
        if end <= start:
            continue
        if isinstance(token, yaml.ScalarToken) and token.style in (None, "", "'", '"'):  # not a block scalar
            found.append(_Token(start, end, token.value, token.plain))
        else:
            found.append(_Token(start, end, None, False))
    return found


def _spaced_line(body: str, at: int, tokens: list[_Token], first: int, number: int) -> str:
    """The line `body`, starting at `at` (tokens[first] the first token ending after that), with its tabs between
    tokens ahead of its comment as spaces and its plain values holding a tab double-quoted."""
    out: list[str] = []
    position = 0
    for token in itertools.islice(tokens, first, None):
        start, end = token.start - at, token.end - at
        if start >= len(body):
            break
        out.append(body[position:start].replace("\t", " ") if start > position else "")
        position = max(start, position)
        if token.value is not None and "\t" in body[position:end] and start >= 0 and end <= len(body):
            out.append(_quoted(token.value))
        elif token.plain and "\t" in body[position:end]:
            raise TabInValue(number)  # a plain value over several lines
        else:
            out.append(body[position:end])
        position = min(end, len(body))
    rest = body[position:]
    comment = _COMMENT.search(rest)
    cut = comment.end() - 1 if comment else len(rest)  # the `#`
    return "".join(out) + rest[:cut].replace("\t", " ") + rest[cut:]


def _quoted(value: str) -> str:
    """`value` double-quoted, spelt as yamledit writes it (a tab, a control character: `\\u0009`), so that a line
    ruamel.yaml leaves as it was is found again."""
    inner = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escape.YAML_ESCAPED.sub(lambda piece: escape.yaml_escape(piece.group()), inner) + '"'


def _read(text: str) -> object:
    import yaml

    try:
        from yaml import CSafeLoader as Loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as Loader  # type: ignore[assignment]
    try:
        return yaml.load(text, Loader=Loader)
    except yaml.YAMLError:
        return _UNREADABLE


_UNREADABLE = object()
