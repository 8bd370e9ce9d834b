"""The line breaks only YAML 1.1 sees: NEXT LINE (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
(U+2029). libyaml ends a line at each; editors, GitHub and YAML 1.2 count only LF, CR LF and CR. So a comment
holding one ends there for libyaml, and what follows it is read as part of the document, and every line after
one is a line further down than the editor shows it.

teamaudit reads such a character only inside a quoted text (which YAML 1.1 reads as a line of the text, a
NEXT LINE folded to a space; a copied name may hold one) and refuses it anywhere else (a comment, a plain value,
a key), at the line and column an editor shows. Every position a message names is the editor's. A file
without one, the common case, costs one search of its bytes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import BinaryIO

Position = tuple[int, int]  # 1-based line and column

_ODD = re.compile("[\x85\u2028\u2029]")
# The most a file may hold. Each costs a few list entries here (a 16 MB file of them took 1.5 GB and 29 s, a 50 MB one
# would take about 5 GB); a copied name or a pasted paragraph holds a few, and `\u2028` inside double quotes is the
# same text at no cost.
MAX_ODD_BREAKS = 100_000
_ODD_BYTES = (b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")
_NAMES = {"\x85": "NEXT LINE", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR"}
_CHUNK = 1 << 20
_EDITOR_BREAK = re.compile(r"\r\n|\r|\n")


def editor_lines(text: str, keepends: bool = False) -> list[str]:
    """`text` cut into the lines an editor shows: str.splitlines also cuts at U+0085, U+2028 and U+2029 (and
    form feeds and other separators), which a quoted value may hold, so its line numbers drift from the editor's."""
    lines, start = [], 0
    for found in _EDITOR_BREAK.finditer(text):
        lines.append(text[start : found.end() if keepends else found.start()])
        start = found.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


def odd_breaks(source: str | BinaryIO) -> OddBreaks | None:
    """The odd line breaks of `source` (text, or a binary file it leaves at its start); None when it has none."""
    if isinstance(source, str):
        text = source.removeprefix("\ufeff")
        return OddBreaks(text) if _ODD.search(text) else None
    found, tail = False, b""
    for chunk in iter(lambda: source.read(_CHUNK), b""):
        window = tail + chunk
        if any(odd in window for odd in _ODD_BYTES):
            found = True
            break
        tail = chunk[-2:]
    source.seek(0)
    if not found:
        return None
    text = source.read().decode("utf-8-sig", "replace")
    source.seek(0)
    return OddBreaks(text)


class OddBreaks:
    """Where a text's odd line breaks are, as libyaml counts positions (characters from the start, lines
    ended by every break) and as an editor does."""

    def __init__(self, text: str) -> None:
        self.indexes: list[int] = []  # of each odd break, in characters (libyaml's mark.index)
        self.chars: list[str] = []
        self._lines_after: list[int] = []  # the 0-based libyaml line each one begins
        self._editor: list[Position] = []  # where each one is to an editor (1-based)
        self.too_many: Position | None = None  # where the first break past MAX_ODD_BREAKS is to an editor
        real, counted_to, line_start = 0, 0, 0
        for found in _ODD.finditer(text):
            index = found.start()
            piece = text[counted_to:index]
            real += piece.count("\n") + piece.count("\r") - piece.count("\r\n")
            # Only the text since the last odd break is searched for the editor's line start: searching back from
            # each break to the file's start cost the square of the file (a 4 MB quoted run of U+2028, 160 s).
            last_break = max(piece.rfind("\n"), piece.rfind("\r"))
            if last_break >= 0:
                line_start = counted_to + last_break + 1
            counted_to = index
            if len(self.indexes) == MAX_ODD_BREAKS:
                self.too_many = (real + 1, index - line_start + 1)
                break
            self.indexes.append(index)
            self.chars.append(found.group())
            self._lines_after.append(real + len(self.indexes))
            self._editor.append((real + 1, index - line_start + 1))
        self._covered = [False] * len(self.indexes)

    def editor_position(self, at: Position) -> Position:
        """Where libyaml's (line, column) `at` is to an editor."""
        line = at[0] - 1
        before = bisect_right(self._lines_after, line)
        if not before:
            return at
        if self._lines_after[before - 1] == line:  # the line begins just after an odd break: the editor's goes on
            editor_line, column = self._editor[before - 1]
            return editor_line, at[1] + column
        return line - before + 1, at[1]

    def quoted(self, start: int, end: int) -> None:
        """Note a quoted text from character `start` to `end`: the odd breaks in it are part of it."""
        for number in range(bisect_left(self.indexes, start), bisect_left(self.indexes, end)):
            self._covered[number] = True

    def stray(self, before: float = float("inf")) -> tuple[str, str, Position] | None:
        """The first odd break outside every quoted text noted, before character `before` (where reading
        stopped): the problem, its hint and where an editor shows it; None when there is none."""
        for number, index in enumerate(self.indexes):
            if index >= before:
                break
            if not self._covered[number]:
                code = ord(self.chars[number])
                problem = f"U+{code:04X} ({_NAMES[self.chars[number]]}) outside quotes: YAML 1.1 ends a line there"
                hint = f"editors show none; remove it, or write it as \\u{code:04x} inside double quotes"
                return problem, hint, self._editor[number]
        return None
