"""What a command writes: its output (the report, a team file, a starter) to standard output or to `-o`'s file,
and every other line to standard error, escaped (`say`): shown, never obeyed."""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from teamaudit.atomic import Backup
    from teamaudit.errors import TeamAuditError


def use_color() -> bool:
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def say_written(output: Path | None, verdict: str, figures: str) -> None:
    """That `-o` wrote its file, and the verdict the file holds with the figures it stands on, at a glance: on
    stderr, as stdout is the report's (`check -f html -o` and `diff -o` said nothing, where `report -o` said this)."""
    say(f"wrote {output}: {verdict.upper()}, {figures}")


def say(line: str) -> None:
    """One line on stderr. It may quote a file name or a value from the input: shown, never obeyed (no line
    break, escape sequence or `::error::` at the start of a line)."""
    from teamaudit.render import escape

    print(escape.text(line), file=sys.stderr)


def say_notes(notes: Sequence[TeamAuditError]) -> None:
    """What looks wrong in the team file but is no error: a warning each, the first few and a count of the rest
    (problems.shown_notes), which never changes the exit code."""
    from teamaudit.problems import shown_notes

    for note in shown_notes(notes):
        for line in note.lines():
            say(f"teamaudit: warning: {line}")


def say_note(line: str) -> None:
    say(f"teamaudit: note: {line}")


def say_error(exc: TeamAuditError) -> None:
    for line in exc.lines():
        say(f"teamaudit: error: {line}")


def emit(text: str | Iterable[str], output: Path | None, *, for_terminal: bool = False) -> None:
    """Write `text` to `output`, or to stdout: as a document (JSON, SARIF, JUnit, markdown, HTML, YAML, workflow
    commands) in UTF-8, the encoding its readers expect, unless it is text `for_terminal`, which keeps the stream's
    encoding and shows what that cannot hold as escapes."""
    if output is None:
        if not for_terminal:
            _stdout_in_utf8()
        sys.stdout.writelines((text,) if isinstance(text, str) else text)
        sys.stdout.flush()
        return
    from teamaudit.atomic import keep_unless_a_report, write_atomic

    kept: list[Backup] = []

    def keep() -> None:  # -o over somebody's file (NOTES, README.md) keeps it, once the report is ready to replace it
        backup = keep_unless_a_report(output)
        if backup is not None:
            kept.append(backup)

    try:
        write_atomic(output, text, before_replace=keep)
    finally:  # said even when a signal held over the replace arrives just after it
        if kept:
            _say_kept(output, kept[0])


def _stdout_in_utf8() -> None:
    """Python writes stdout in the locale's encoding: cp1252 on a Windows runner writing to a pipe or a file, or
    whatever PYTHONIOENCODING says. A document declared or defined as UTF-8 (XML's declaration, JSON, SARIF, a
    GitHub job summary) in any other encoding is broken for the first name with an accent."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
        stream.flush()
        stream.reconfigure(encoding="utf-8", errors=stream.errors)


def _say_kept(output: Path, backup: Backup) -> None:
    from teamaudit.render.escape import leading_path

    where = f"{leading_path(str(output))} held something other than a teamaudit report"
    if backup.made:
        say(f"{where}; a backup of it was made: {backup.path}")
    else:
        say(f"{where}; its backup is {backup.path}, made earlier with the same content")
