"""PyYAML's syntax errors in words a person fixes: the right line, the offending character, a hint."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from teamaudit.errors import TeamAuditError

_KEY = re.compile(r"\s*(?:-\s+)?([^\s:#][^:#]*?):(?:\s|$)")


def yaml_error(exc: yaml.YAMLError, path: Path, source_line: Callable[[int], str] | None = None) -> TeamAuditError:
    """PyYAML's error as one line naming the file, line and column. `source_line(n)` gives line n of the
    file (1-based), to name the character libyaml leaves out and to see what the line holds."""
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
    text = _line(source_line, line)
    problem, hint = _explain(problem, text, column)
    return TeamAuditError(f"invalid YAML: {problem}", file=path, line=line, column=column, hint=hint)


def _unclosed(problem: str, context: str | None) -> bool:
    context = context or ""
    quote = "quoted scalar" in context and "end of stream" in problem
    bracket = "flow" in context and ("expected ',' or ']'" in problem or "expected ',' or '}'" in problem)
    return quote or bracket


def _line(source_line: Callable[[int], str] | None, line: int) -> str:
    if source_line is None:
        return ""
    try:
        return source_line(line)
    except (OSError, ValueError):
        return ""


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
        return problem, "indent this line like the one above it, or quote a value that holds ': '"
    if "end of stream" in problem and text[column - 1 : column] in ("'", '"'):
        return problem, f"the quote {text[column - 1]} opened here is never closed"
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        return problem, "close the [ ] or { } list on this line, and quote items that hold a comma or colon"
    return problem, None
