"""PyYAML's syntax errors in words a person fixes: the right line, the offending character, a hint."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from teamaudit.errors import TeamAuditError, clipped

_KEY = re.compile(r"\s*(?:-\s+)?([^\s:#][^:#]*?):(?:\s|$)")


Lines = Callable[[int, int], list[str]]  # lines first..last of the file, 1-based
KeyPlace = tuple[int, int, int]  # where a key starts (line, column, 1-based) and its length

# A line that reads as a key and a value but has no colon: `name Bob`, `- title Nurse practitioner`.
# `key value` (or `- key value`) with no colon, its comment cut off first: no lazy part, so linear in the line.
_NO_COLON = re.compile(r"(\s*(?:-\s+)?)(([A-Za-z_][\w-]*)[ \t]+[^\s#:][^#:]*)")
_COMMENT = re.compile(r"[ \t]#")  # one blank before the '#': a run of them would make the search quadratic
_TYPOGRAPHIC_QUOTES = re.compile("[\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a]")
LONGEST_KEY = 1024  # characters of a key not marked with `? `, the most YAML 1.1 and libyaml allow (a "simple key")
_KEY_END = re.compile(r":(?:\s|$)")
LOOK_BACK = 20  # lines searched above an error for the line that lost its colon


def yaml_error(exc: yaml.YAMLError, path: Path, source_lines: Lines | None = None) -> TeamAuditError:
    """PyYAML's error as one line naming the file, line and column. `source_lines(first, last)` gives lines
    of the file, to name the character libyaml leaves out and to see what the lines hold."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        return TeamAuditError(f"invalid YAML: {exc}", file=path)
    problem = exc.problem or exc.context or "not valid YAML"
    mark = exc.problem_mark or exc.context_mark
    opened = exc.context_mark
    if opened is not None and mark is not None and opened.line != mark.line and _unclosed(problem, exc.context):
        mark = opened  # blame the line where the quote or bracket opens, not where the file gave up on it
    if mark is None:
        return TeamAuditError(f"invalid YAML: {problem}", file=path)
    line, column = mark.line + 1, mark.column + 1
    first = max(line - LOOK_BACK, 1)
    lines = _lines(source_lines, first, line)
    long_key = _long_key(problem, exc, lines, first)
    if long_key is not None:
        key_line, key_column, length = long_key
        return TeamAuditError(
            f"invalid YAML: a key of {length:,} characters, over the {LONGEST_KEY:,} YAML reads",
            file=path,
            line=key_line,
            column=key_column,
            hint="a value pasted where its key belongs?",
        )
    colonless = _colonless(problem, exc, lines, first)
    if colonless is not None:
        return colonless.error(path)
    text = lines[line - first] if line - first < len(lines) else ""
    if "\ufeff" in text:  # invisible, so the rest of the message would point at nothing
        return TeamAuditError(
            "invalid YAML: a byte-order mark (U+FEFF) inside the file, which editors do not show",
            file=path,
            line=line,
            column=text.index("\ufeff") + 1,
            hint="remove it: two files joined into one keep the second one's mark",
        )
    problem, hint = _explain(problem, text, column)
    return TeamAuditError(f"invalid YAML: {problem}", file=path, line=line, column=column, hint=hint)


def _long_key(problem: str, exc: yaml.MarkedYAMLError, lines: list[str], first: int) -> KeyPlace | None:
    """The line, column and length of a key over the LONGEST_KEY characters YAML reads as one not marked `? `, when
    that is what the error is: `could not find expected ':'` at the end of a 1 MB key, or, in a `{...}` mapping,
    `expected ',' or '}'` at its colon; else None."""
    opened, mark = exc.context_mark, exc.problem_mark
    if "could not find expected ':'" in problem and opened is not None:
        line, start = opened.line + 1, opened.column
        text = lines[line - first] if 0 <= line - first < len(lines) else ""
        colon = _KEY_END.search(text, start)
        end = colon.start() if colon else start
    elif "expected ',' or '}'" in problem and mark is not None:
        line, end = mark.line + 1, mark.column
        text = lines[line - first] if 0 <= line - first < len(lines) else ""
        if text[end : end + 1] != ":":
            return None
        start = max(text.rfind(",", 0, end), text.rfind("{", 0, end)) + 1
        start += len(text[start:end]) - len(text[start:end].lstrip(" \t"))
    else:
        return None
    return (line, start + 1, end - start) if end - start > LONGEST_KEY else None


def _lines(source_lines: Lines | None, first: int, last: int) -> list[str]:
    if source_lines is None:
        return []
    try:
        return source_lines(first, last)
    except (OSError, ValueError):
        return []


@dataclass(frozen=True)
class _Colonless:
    """A line written `key value` where `key: value` was meant."""

    line: int
    prefix: str  # the indentation and list dash before the key
    written: str  # the key and value, without a comment
    key: str

    def error(self, path: Path) -> TeamAuditError:
        column = len(self.prefix) + len(self.key) + 1  # where the colon belongs
        return TeamAuditError(
            f"invalid YAML: '{clipped(self.written)}' has no colon after its key",
            file=path,
            line=self.line,
            column=column,
            hint=f"add a colon after '{clipped(self.key)}'?",
        )


def colonless_key(text: str) -> str | None:
    """The key of `text` when it reads as a key and value with no colon (`name Bob`), else None."""
    match = _no_colon(text)
    return match.group(3) if match else None


def _no_colon(text: str) -> re.Match[str] | None:
    comment = _COMMENT.search(text)
    end = len(text[: comment.start()].rstrip(" \t")) if comment else len(text)
    return _NO_COLON.fullmatch(text, 0, end)


def _colonless(problem: str, exc: yaml.MarkedYAMLError, lines: list[str], first: int) -> _Colonless | None:
    """The line that reads as a key and value with no colon, when the error is what YAML makes of one: the
    next line's key joins it as text, or a key alone on its line never finds its colon. `lines` are the
    file's lines from line `first` to the error's."""
    if "could not find expected ':'" in problem and exc.context_mark is not None:
        key_line = exc.context_mark.line + 1
        return _colonless_at(lines, key_line - first, first, exc.context_mark.column)
    if not _continued(problem) or exc.problem_mark is None:
        return None
    current = exc.problem_mark.line + 1 - first
    if current >= len(lines):
        return None
    indent = len(lines[current]) - len(lines[current].lstrip(" "))
    for index in range(current - 1, -1, -1):
        above = lines[index].strip()
        if above and not above.startswith("#"):
            return _colonless_at(lines, index, first, indent)
    return None


def _continued(problem: str) -> bool:
    """YAML's complaints about a key that follows a line it read as text."""
    return any(
        words in problem
        for words in ("mapping values are not allowed", "expected '-' indicator", "expected <block end>")
    )


def _colonless_at(lines: list[str], index: int, first: int, key_column: int) -> _Colonless | None:
    """lines[index] when it is `key value` with its key at `key_column` (0-based)."""
    if not 0 <= index < len(lines):
        return None
    match = _no_colon(lines[index])
    if match is None or len(match.group(1)) != key_column:
        return None
    prefix, written, key = match.groups()
    return _Colonless(first + index, prefix, written, key)


def _unclosed(problem: str, context: str | None) -> bool:
    context = context or ""
    quote = "quoted scalar" in context and "end of stream" in problem
    bracket = "flow" in context and ("expected ',' or ']'" in problem or "expected ',' or '}'" in problem)
    return quote or bracket


_PLAIN_VALUE = re.compile(r"(?P<key>\s*(?:-\s+)?[^\s:#'\"{\[][^:#]*?:)\s+(?P<value>[^\s'\"{\[|>&*!].*?)(?:\s+#.*)?$")


def _quoted_value_line(text: str, column: int) -> str | None:
    """`title: 'Founding Engineer: Platform'` for a line whose unquoted value holds the colon at `column`; None
    when the colon is not in a plain value (a key out of line, a second key on the line)."""
    match = _PLAIN_VALUE.match(text)
    if not match or not match.start("value") < column <= match.end("value"):
        return None
    value = match.group("value")
    quoted = f"'{value}'" if "'" not in value else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{match.group('key').strip()} {quoted}"


def _explain(problem: str, text: str, column: int) -> tuple[str, str | None]:
    if "cannot start any token" in problem:
        char = text[column - 1] if 0 < column <= len(text) else None
        if char is None:
            return problem, None
        problem = f"found character {char!r} that cannot start any token"
        if char == "\t":
            return problem, "indent with spaces, not tabs"
        return problem, f"put a value that starts with {char} in quotes"
    if "tab character" in problem:
        return problem.replace("a tab character", "a tab character ('\\t')"), "indent with spaces, not tabs"
    if "expected '-' indicator" in problem or "expected <block end>" in problem or "expected key" in problem:
        key = _KEY.match(text)
        if key:
            return problem, f"'{key.group(1)}:' is not lined up with the keys above it; indent it the same way"
        return problem, "this line is not indented like the lines above it"
    if "mapping values are not allowed" in problem:
        curly = _TYPOGRAPHIC_QUOTES.search(text[:column])
        if curly:  # the value was quoted, in the quotes a notes app or word processor types
            return problem, (
                f"{curly.group(0)} is a typographic quote, which YAML reads as a letter: quote the value"
                " with straight quotes, \" or '"
            )
        quoted = _quoted_value_line(text, column)
        if quoted:  # `title: Founding Engineer: Platform`: the line is indented right, its value holds ': '
            return problem, f"quote the value, which holds ': ', as {clipped(quoted)}"
        return problem, "indent this line like the one above it, or quote a value that holds ': '"
    if "end of stream" in problem and text[column - 1 : column] in ("'", '"'):
        return problem, f"the quote {text[column - 1]} opened here is never closed"
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        return problem, "close the [ ] or { } list on this line, and quote items that hold a comma or colon"
    return problem, None
