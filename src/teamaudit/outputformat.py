"""The format `-o FILE` names: `-o teamaudit.sarif` with no `--format` wrote the text report into a file that
code scanning then refused. A name in a format's own extension picks that format; a `--format` that another
format's extension contradicts is refused before any work, since one of the two is a mistake."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from teamaudit.errors import TeamAuditError

F = TypeVar("F", bound=StrEnum)

# The extension each format's file is known by (JUnit's is XML; SARIF's may be .sarif.json). Text has none of its
# own: a .txt or .log file may hold any format, as a CI log keeps annotations.
NAMED_BY: dict[str, str] = {
    ".sarif.json": "sarif",
    ".json": "json",
    ".sarif": "sarif",
    ".xml": "junit",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def output_format(given: F | None, output: Path | None, choices: Iterable[F], default: F) -> F:
    """`given` (--format), else the one `output`'s extension names among `choices`, else `default`."""
    value = None if output is None or str(output) == "-" else _named(output.name.lower())
    if value is None or (given is not None and given.value == value):
        return given or default
    options = list(choices)
    named = next((choice for choice in options if choice.value == value), None)
    if named is None:
        writes = ", ".join(choice.value for choice in options)
        raise TeamAuditError(
            f"'{output}' is named for {value}, which this command does not write", hint=f"it writes {writes}"
        )
    if given is None:
        return named
    raise TeamAuditError(
        f"'{output}' is named for {value}, but --format {given.value} was asked for",
        hint=f"drop --format to write {value}, or name the file for {given.value}",
    )


class _Html(StrEnum):
    HTML = "html"


def html_output(output: Path | None) -> None:
    """`report` writes HTML only: a name for another format is refused, as a contradicting --format is."""
    output_format(None, output, _Html, _Html.HTML)


def _named(name: str) -> str | None:
    """The format a file name's extension names, the longest extension first (`x.sarif.json` is SARIF)."""
    return next((fmt for suffix, fmt in NAMED_BY.items() if name.endswith(suffix)), None)
