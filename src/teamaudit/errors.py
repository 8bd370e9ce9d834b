"""The one error type a user sees: what went wrong, where, and a hint; always exit code 2."""

from __future__ import annotations

import datetime as dt
import errno
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

# Bytes: Linux's PATH_MAX, the longest name open() takes (macOS's is 1024). Following the links of a longer one
# costs Python's resolve the square of its length (a config's 1 MB `rubric: a/a/...` took minutes), for a name no
# system opens (ENAMETOOLONG, `file_error`).
LONGEST_PATH = 4096

EXIT_INPUT_ERROR = 2
SHOWN = 80  # characters of a value an error message quotes


# What `clipped` gives in place of a value while `quotes_recorded` is on (--redact): no part of the value is
# written, so none can survive a cut or a quote the value itself holds; privacy.py turns it into `'...'`.
HIDDEN_VALUE = "\ue000"


@dataclass
class Quoted:
    """What error messages quoted while `quotes_recorded` was on: the keys, which --redact shows (a value is never
    written into the message: `clipped` gives HIDDEN_VALUE)."""

    keys: set[str] = field(default_factory=set)


_QUOTED: ContextVar[Quoted | None] = ContextVar("teamaudit_quoted", default=None)


@contextmanager
def quotes_recorded() -> Iterator[Quoted]:
    """While inside, `clipped` hides every value it is given and `quoted_key` records every key it shows."""
    quoted = Quoted()
    token = _QUOTED.set(quoted)
    try:
        yield quoted
    finally:
        _QUOTED.reset(token)


def clipped(text: str) -> str:
    """A value as an error message quotes it: whole when short, else its start and its length; while quotes are
    recorded (--redact), HIDDEN_VALUE, before any cut could leave the start of a name that redaction then missed."""
    if _QUOTED.get() is not None:
        return HIDDEN_VALUE
    return _cut(text)


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN else f"{text[:SHOWN]}... [{len(text):,} characters]"


_KEY_SHAPED = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,39}")


def quoted_key(key: object, meant: bool = True) -> str:
    """A mapping key as a message quotes it, `'emial'`. A key written as keys are (letters, digits, `_`, `-`,
    no spaces, at most 40 characters) that is `meant` as one (a known key, or one misspelt) is the file's
    structure, not its data, and --redact shows it; any other (`Ann Lee:`, an e-mail address, the `Nadia` of
    `name: Okonkwo, Nadia` in a flow mapping, or the `Naomi` keyhints.reads_as_key does not take for `name`) is
    quoted as a value is, and hidden."""
    text = str(key)
    if not (meant and _KEY_SHAPED.fullmatch(text)):
        return f"'{clipped(text)}'"
    return f"'{shown_key(text)}'"


def shown_key(key: object) -> str:
    """A key or list index of a path such as `ignore[0].reason`, without quotes: shown when written as keys are (as
    `quoted_key` says) or a number, else clipped as a value is."""
    text = str(key)
    if isinstance(key, int) and not isinstance(key, bool):
        return text
    if not _KEY_SHAPED.fullmatch(text):
        return clipped(text)
    quoted = _QUOTED.get()
    if quoted is not None:
        quoted.keys.add(text)
    return text


def as_written(value: object, spelled: str | None = None) -> str:
    """A value read from a file as a message shows it, in the file's terms: `empty`, `yes` (as `spelled`
    there; a TOML file's numbers and dates too), `'text'`, `a mapping`, never a Python value."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return spelled or str(value).lower()
    if isinstance(value, bytes):  # YAML's !!binary: what it spells is base64, not what the file meant
        return "binary data (!!binary)"
    if spelled is not None and not isinstance(value, str):  # a TOML number or date: nan, 2027-01-01T10:00:00Z
        return clipped(spelled)
    if isinstance(value, str):
        return f"'{clipped(value)}'" if value.strip() else "empty text"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return clipped(str(value))


def _leading(file: str) -> str:
    """A file name that begins a line: `::x` as `./::x`, never a workflow command."""
    from teamaudit.render.escape import leading_path  # here: errors.py is the ground floor every module stands on

    return leading_path(file)


class TeamAuditError(Exception):
    """A user's mistake (bad file, bad option, bad rubric), reported as one line, never a traceback."""

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
        kind: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.column = column
        self.hint = hint
        self.kind = kind  # what sort of problem, in the plural, for a count of those not shown: 'advisors with no fte'

    def location(self) -> str:
        """`file:line:col`, which begins the line stderr shows."""
        parts = [_leading(self.file)] if self.file else []
        if self.file and self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        if self.hint:
            # A hint that holds parentheses (a value it quotes, a command) would nest them: it follows a semicolon.
            text += f"; {self.hint}" if "(" in self.hint or ")" in self.hint else f" ({self.hint})"
        return text

    def lines(self) -> list[str]:
        """What stderr shows, a line per problem."""
        return [str(self)]


# The problems of one file shown, in file order; the rest are counted (`TeamAuditErrors.more`).
MAX_SHOWN = 20


class TeamAuditErrors(TeamAuditError):
    """Several problems in one file, reported together: the first few in file order, and how many more.
    Reads as its first problem to code that looks at `message`, `line` or `column`."""

    def __init__(self, problems: Sequence[TeamAuditError], more: int = 0) -> None:
        first = problems[0]
        super().__init__(first.message, file=first.file, line=first.line, column=first.column, hint=first.hint)
        self.problems = tuple(problems)
        self.more = more

    def lines(self) -> list[str]:
        out = [str(problem) for problem in self.problems]
        if self.more:
            where = f"{_leading(self.file)}: " if self.file else ""
            extra = "problem" if self.more == 1 else "problems"
            out.append(f"{where}{self.more:,} more {extra} not shown (fix these and run again)")
        return out


# The kind of error a file that is not there gives: a command that knows what the name was meant to be (`explain
# "Sam Cole"`, a name where the team file goes) adds its hint by the kind, not by the words of the message.
NO_SUCH_FILE = "missing files"


def no_such_file(path: str | Path) -> TeamAuditError:
    return TeamAuditError("no such file", file=path, kind=NO_SUCH_FILE)


def with_hint(exc: TeamAuditError, hint: str) -> TeamAuditError:
    """`exc` with `hint` after each problem's own (`did you mean title?; fix it before importing into it`): every
    problem it holds, and the count of those not shown."""

    def hinted(problem: TeamAuditError) -> TeamAuditError:
        both = f"{problem.hint}; {hint}" if problem.hint else hint
        return TeamAuditError(
            problem.message, file=problem.file, line=problem.line, column=problem.column, hint=both, kind=problem.kind
        )

    if isinstance(exc, TeamAuditErrors):
        return TeamAuditErrors([hinted(problem) for problem in exc.problems], exc.more)
    return hinted(exc)


def file_error(exc: OSError, file: str | Path, doing: str = "cannot read file", then: str = "") -> TeamAuditError:
    """What the system refused about `file` (read, written, looked at), as one line: `doing: the system's reason`
    and `then`, what follows from it (`; nothing written`).
    A name longer than the system allows (255 bytes a name on Linux) is shown clipped, never whole: every command
    that takes a file name comes here, from where it reads or writes and from entrypoint.run for the rest. File names
    are not values --redact hides, so the cut is `clipped`'s without its hiding."""
    if exc.errno == errno.ENAMETOOLONG:
        return TeamAuditError(f"a file name too long for this system{then}", file=_cut(str(file)))
    return TeamAuditError(f"{doing}: {exc.strerror or exc}{then}", file=file)
