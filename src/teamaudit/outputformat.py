"""The format `-o FILE` names: `-o teamaudit.sarif` with no `--format` wrote the text report into a file that
code scanning then refused. A name in a format's own extension picks that format; a `--format` that another
format's extension contradicts is refused before any work, since one of the two is a mistake. So is a name for a
format teamaudit writes in no command (`report -o report.pdf` wrote HTML into a file no PDF reader opens), with
how to get that format from one teamaudit writes."""

from __future__ import annotations

import os
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from teamaudit.errors import TeamAuditError
from teamaudit.render.escape import shell_word

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


# Formats no command writes, by the extensions that name them. Not the spreadsheets and data files teamaudit reads
# (.xlsx, .csv, .yaml: atomic.DATA_SUFFIXES), refused apart, as somebody's data an existing one may be.
_KINDS: dict[str, tuple[str, ...]] = {
    "PDF": (".pdf",),
    "a word-processor document": (".doc", ".docx", ".odt", ".rtf", ".pages"),
    "a spreadsheet": (".xls", ".ods", ".numbers"),
    "a presentation": (".ppt", ".pptx", ".odp", ".key"),
    "an image": (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".heic", ".avif"),
    "a compressed file": (".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z"),
}
NOT_WRITTEN: dict[str, str] = {suffix: kind for kind, suffixes in _KINDS.items() for suffix in suffixes}


def output_format(
    given: F | None, output: Path | None, choices: Iterable[F], default: F, html_command: str | None = None
) -> F:
    """`given` (--format), else the one `output`'s extension names among `choices`, else `default`.
    `html_command`, the shell-quoted `teamaudit report ...` with this run's options but `-o`, is what a hint for a
    format made from HTML (PDF, a picture) tells the user to run first."""
    options = list(choices)
    if output is not None and str(output) != "-":
        _refuse_unwritten(output, [choice.value for choice in options], html_command)
    value = named_format(output)
    if value is None or (given is not None and given.value == value):
        return given or default
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


def html_output(output: Path | None, html_command: str | None = None) -> None:
    """`report` writes HTML only: a name for another format is refused, as a contradicting --format is."""
    output_format(None, output, _Html, _Html.HTML, html_command)


def _refuse_unwritten(output: Path, writes: list[str], html_command: str | None) -> None:
    """Refuse `output` when its extension names a format teamaudit does not write, saying how to get it."""
    suffix = Path(output.name.lower()).suffix
    kind = NOT_WRITTEN.get(suffix)
    if kind is None:
        return
    raise TeamAuditError(
        f"'{output}' is named for {kind}, which teamaudit does not write",
        hint=_instead(kind, output, writes, html_command),
    )


def _instead(kind: str, output: Path, writes: list[str], html_command: str | None = None) -> str:
    """How to get `kind` from a format the command writes, naming the files after `output`, each shell-quoted in
    a command the user will paste."""
    stem = output.with_name(output.name[: -len(output.suffix)])
    html, md = stem.with_name(f"{stem.name}.html"), stem.with_name(f"{stem.name}.md")
    if kind == "a compressed file":
        return f"write {stem if stem.suffix else stem.with_name(stem.name + '.txt')}, then compress it"
    written = f"write {html}" if html_command is None else f"write {html}: {html_command} -o {_operand(html)};"
    then = "and" if html_command is None else "then"
    if "html" in writes and kind == "PDF":
        # Without --no-pdf-header-footer every page carries the print time and the file's local path.
        pdf = shell_word(f"--print-to-pdf={output}")
        chromium = f"{_chromium()} --no-pdf-header-footer {pdf} {_operand(html)}"
        return f"{written} {then} print it to PDF from a browser, or: {chromium}"
    if "html" in writes and kind == "an image":
        chromium = f"{_chromium()} {shell_word(f'--screenshot={output}')} {_operand(html)}"
        return f"{written} {then} take a picture of it: {chromium}"
    if "html" in writes and kind in ("a word-processor document", "a spreadsheet"):
        opens = "Word, Excel and LibreOffice open it, and save it in their own formats"
        return f"{written}: {opens}" if html_command is None else f"{written} {opens}"
    if "markdown" in writes and kind in ("PDF", "a word-processor document"):
        return f"write {md} and convert it: pandoc {_operand(md)} -o {shell_word(str(output))}"
    return f"it writes {', '.join(writes)}: name the file for one of them, .txt for text"


def _chromium() -> str:
    """Headless Chromium as the user can run it: as root (a container, a CI image) it refuses to start without
    `--no-sandbox` ("Running as root without --no-sandbox is not supported")."""
    as_root = getattr(os, "geteuid", lambda: -1)() == 0
    return "chromium --headless --no-sandbox" if as_root else "chromium --headless"


def _operand(path: Path) -> str:
    """`path` shell-quoted as a command's file operand: `./-x.html`, as a program reads `-x.html` as an option
    (Chromium printed its new-tab page to the PDF instead of the report)."""
    return shell_word(str(path) if not str(path).startswith("-") else f"./{path}")


def named_format(output: Path | None) -> str | None:
    """The format `-o`'s file name names by its extension; None for stdout (`-`) or a name that names none."""
    return None if output is None or str(output) == "-" else _named(output.name.lower())


def _named(name: str) -> str | None:
    """The format a file name's extension names, the longest extension first (`x.sarif.json` is SARIF)."""
    return next((fmt for suffix, fmt in NAMED_BY.items() if name.endswith(suffix)), None)
