"""Tabs used as indentation, which YAML refuses and libyaml stops at: the file is read once more with each such line
indented as the line above it, so one run names every tab and every other problem of the file (a duplicate person,
a date written month first, a misspelt key), each at its own line and column.

A founder fixed the tab, ran again, and met five more errors the first run could have named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from teamaudit.errors import MAX_SHOWN, TeamAuditError, TeamAuditErrors

TABS_HINT = "indent with spaces, not tabs"  # yamlread/yamlmessages.py's hint on a tab YAML refuses
_INDENT = re.compile(r"[ \t]*")
_INVALID = "invalid YAML"
_ANOTHER_TAB = "invalid YAML: a tab character ('\\t') indents this line too"
_CONTENT = re.compile(r" *(?:-[ ]+)*")  # a line's indentation up to its first key: `  - name:` is 4


@dataclass(frozen=True, slots=True)
class Untabbed:
    text: str
    shifted: dict[int, tuple[int, int]]  # line (1-based) -> (the first tab's column, the columns the copy adds)


def untabbed(text: str) -> Untabbed | None:
    """`text` with the tabs and spaces before each line's content that hold a tab replaced by the indentation the
    lines above give it; None when no line is indented with a tab."""
    lines = text.split("\n")
    shifted: dict[int, tuple[int, int]] = {}
    above = _Above()
    inside = _Inside()
    for number, line in enumerate(lines, start=1):
        lead = _INDENT.match(line)
        assert lead is not None  # matches the empty string
        body = line[lead.end() :]
        taken = inside.content(line)  # a tab YAML takes as it is: in a block scalar, a flow collection, a quote
        if "\t" in lead.group() and body.strip() and not taken:
            indent = above.indent(body)
            shifted[number] = (lead.group().index("\t") + 1, indent - lead.end())
            line = lines[number - 1] = " " * indent + body
        if body.strip() and not body.startswith("#") and not (taken and "\t" in lead.group()):
            above.read(line)  # a tab YAML takes says nothing of the indentation meant
    return Untabbed("\n".join(lines), shifted) if shifted else None


_BLOCK_SCALAR = re.compile(r"(?:^|[:-] )[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$")
_QUOTE_OR_BRACKET = re.compile(r"[\"'\[\]{}]")


class _Inside:
    """Where a line's leading tab is no indentation YAML refuses but text it takes: the lines of a block scalar
    (`background: |`) indented at least as its first line, a flow collection left open (`skills: [a,`) and a
    quoted value left open (`name: "Ann`). A copy re-indenting them would name a tab that is no problem."""

    def __init__(self) -> None:
        self.scalar: int | None = None  # the column of the key that opened a block scalar
        self.text = -1  # the spaces before the block scalar's first line (-1: not seen yet)
        self.depth = 0  # the flow collections left open
        self.quote = ""  # the quote left open

    def content(self, line: str) -> bool:
        """Whether `line` is text of a block scalar, a flow collection or a quoted value; reads it on."""
        spaces = len(line) - len(line.lstrip(" "))
        if self.scalar is not None:
            if not line.strip() or (self.text >= 0 and spaces >= self.text):
                return True
            if self.text < 0 and spaces > self.scalar and line[spaces : spaces + 1] != "\t":
                self.text = spaces
                return True
            self.scalar = None
        open_before = self.depth > 0 or self.quote != ""
        if open_before or _QUOTE_OR_BRACKET.search(line):
            self._scan(line)
        if not open_before and not self.depth and not self.quote and _BLOCK_SCALAR.search(line.rstrip()):
            key = _CONTENT.match(line)
            assert key is not None  # matches the empty string
            self.scalar, self.text = key.end(), -1
        return open_before

    def _scan(self, line: str) -> None:
        at = 0
        while at < len(line):
            char = line[at]
            if self.quote == '"':
                if char == "\\":
                    at += 1
                elif char == '"':
                    self.quote = ""
            elif self.quote == "'":
                if char == "'" and line[at + 1 : at + 2] == "'":
                    at += 1
                elif char == "'":
                    self.quote = ""
            elif char == "#" and (at == 0 or line[at - 1] in " \t"):
                return
            elif char in "\"'" and (_starts_a_value(line, at) or (self.depth > 0 and line[at - 1] in " \t[{,")):
                self.quote = char
            elif char in "[{" and (self.depth or _starts_a_value(line, at)):
                self.depth += 1
            elif char in "]}" and self.depth:
                self.depth -= 1
            at += 1


def _starts_a_value(line: str, at: int) -> bool:
    """Whether `line[at]` starts a value (after `key: `, `- ` or the indentation), where a quote or a bracket opens
    one; inside a plain value (`title: Nurse "Lead`, `name: Bob [ML`) it is a character like any other."""
    before = line[:at].rstrip(" \t")
    return before.endswith(":") or not before.lstrip(" \t-")


class _Above:
    """What the lines read so far say of the indentation a line indented with a tab meant: a key lines up with the
    key above (`  - name:` then `title:` at 4) or goes inside the key that opens a block (`background:`); a list
    item goes under that key, else lines up with the item above."""

    def __init__(self) -> None:
        self.content = 0  # the column (0-based) where the last line's first key starts: 4 for `  - name: Ann`
        self.opens = False  # the last line ends a key with nothing after it (`background:`)
        self.dash = 0  # the column of the last list item's dash

    def indent(self, body: str) -> int:
        item = body.startswith("-") and body[1:2] in ("", " ")
        if self.opens:
            return self.content + (0 if item else 2)
        return self.dash if item else self.content

    def read(self, line: str) -> None:
        content = _CONTENT.match(line)
        assert content is not None  # matches the empty string
        self.content = content.end()
        written_out = line.split(" #", 1)[0].rstrip()
        self.opens = written_out.endswith(":") or _BLOCK_SCALAR.search(written_out) is not None
        written = line.lstrip(" ")
        if written.startswith("- ") or written.rstrip() == "-":
            self.dash = len(line) - len(written)


def with_the_tabs(fatal: TeamAuditError, copy: Untabbed, rest: Sequence[TeamAuditError], more: int) -> TeamAuditError:
    """The tab YAML refused (`fatal`), every other tab the copy replaced, and the problems of the copy (`rest`, and
    `more` not shown) at the columns of the file as written, in file order; the first MAX_SHOWN, and a count of the
    others."""
    tabs = [
        TeamAuditError(_ANOTHER_TAB, file=fatal.file, line=line, column=column)
        for line, (column, _) in copy.shifted.items()
        if line != fatal.line
    ]
    again = [p for p in rest if not (p.line in copy.shifted and p.hint == TABS_HINT)]  # a tab the copy still has
    guessed = [p for p in again if p.line in copy.shifted and p.message.startswith(_INVALID)]
    read = "the rest of the file was read with it as spaces"
    if guessed:  # the indentation the copy gave a line made it invalid: say so, and not where YAML stopped again
        again = [p for p in again if p not in guessed]
        read = f"the file was read with it as spaces as far as line {guessed[0].line}, whose indentation is unclear"
    for tab in (fatal, *tabs):
        tab.hint = f"{TABS_HINT}; {read}"
    found = [fatal, *tabs, *(_as_written(problem, copy) for problem in again)]
    found.sort(key=lambda p: (p.line or 0, p.column or 0))
    shown, more = found[:MAX_SHOWN], more + max(0, len(found) - MAX_SHOWN)
    return shown[0] if len(shown) == 1 and not more else TeamAuditErrors(shown, more)


def _as_written(problem: TeamAuditError, copy: Untabbed) -> TeamAuditError:
    """`problem` at its column in the file as written, where the copy re-indented its line."""
    if problem.line in copy.shifted and problem.column is not None:
        problem.column = max(1, problem.column - copy.shifted[problem.line][1])
    return problem
