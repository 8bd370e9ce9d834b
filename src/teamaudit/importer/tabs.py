"""Tabs between a team file's tokens, which libyaml reads as the spaces YAML allows there and ruamel.yaml refuses.

`name: Ann Lee<TAB># lead` and `title:<TAB>RN` are valid (check reads them), but ruamel.yaml's scanner stops on
the tab with a traceback, so a merge could not edit such a person. When it does, each tab ahead of a line's comment
becomes a space for it to read; in what it writes back, every line it left as it was gets its tabs again.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass, field

from teamaudit.linebreaks import editor_lines

_COMMENT = re.compile(r"(?:^|[ \t])#")  # where a line's comment starts, when it has one


class TabInValue(ValueError):
    """A tab ahead of a comment that is part of a value (a quoted `"a<TAB>b"`): it cannot be made a space."""

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
    """`text` with the tabs ahead of each line's comment as spaces; raises TabInValue when that would change what
    the text holds."""
    if "\t" not in text:
        return Spaced(text)
    result = Spaced(text)
    lines = editor_lines(text, keepends=True)
    changed: list[int] = []
    for index, line in enumerate(lines):
        body = line.rstrip("\r\n")
        comment = _COMMENT.search(body)
        cut = comment.end() - 1 if comment else len(body)  # the `#`
        if "\t" not in body[:cut]:
            continue
        new = body[:cut].replace("\t", " ") + body[cut:]
        result.originals[new].append(body)
        lines[index] = new + line[len(body) :]
        changed.append(index)
    result.text = "".join(lines)
    if changed and _read(result.text) != _read(text):
        raise TabInValue(_first_difference(lines, text, changed))
    return result


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


def _first_difference(lines: list[str], text: str, changed: list[int]) -> int:
    """The line (1-based) of the first change that, made with those before it, changes what the text holds: found by
    halving, so a file of many such lines is read a few dozen times, not once a line."""
    original = editor_lines(text, keepends=True)
    before = _read(text)

    def differs(count: int) -> bool:
        trial = list(original)
        for index in changed[:count]:
            trial[index] = lines[index]
        return _read("".join(trial)) != before

    low, high = 1, len(changed)  # making every change differs
    while low < high:
        middle = (low + high) // 2
        if differs(middle):
            high = middle
        else:
            low = middle + 1
    return changed[low - 1] + 1
