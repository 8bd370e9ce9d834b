"""The process around a command: signals and a reader that left end it as a shell expects, a user's mistake
ends it with exit 2 and no traceback, and typer builds only the command that runs."""

from __future__ import annotations

import copy
import errno
import io
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from teamaudit.errors import EXIT_INPUT_ERROR, TeamAuditError, file_error
from teamaudit.streams import say_error

if TYPE_CHECKING:
    import typer
    from typer.models import CommandInfo, TyperInfo

EXIT_BROKEN_PIPE = 128 + 13  # 128 + SIGPIPE, as a shell reports a command killed by it


class _Interrupted(BaseException):
    """SIGINT or SIGTERM. Not a KeyboardInterrupt, which click would turn into "Aborted!" and exit 1 (the exit
    code of a failing audit); unwinding runs the clean-up of a half-written output file."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _interrupt(signum: int, frame: object) -> None:
    raise _Interrupted(signum)


def only_the_command_run(full: typer.Typer, args: Sequence[str]) -> typer.Typer:
    """`full` with only the command `args` run: typer builds the options of every registered command on every
    start, tens of milliseconds for commands that do not run. `full` itself whenever the root sees more than a
    command name or a lone --version (help, a typo, `--`), so help and errors list every command as before."""
    if list(args) == ["--version"]:
        return _with(full, [], [])
    name = args[0] if args else ""
    commands = [c for c in full.registered_commands if _command_name(c) == name]
    groups = [g for g in full.registered_groups if g.name == name]
    if not (commands or groups) and _names_a_file(name):
        raise _file_for_a_command(name, args[1:])
    return _with(full, commands, groups) if commands or groups else full


_TABLES = (".csv", ".tsv", ".xlsx", ".xlsm")  # what `import` reads


def _file_for_a_command(name: str, rest: Sequence[str] = ()) -> TeamAuditError:
    """The command for a file given where the command belongs, with the words typed after it: `teamaudit team.yaml
    -f json` was told `teamaudit check team.yaml`, which pasted printed text."""
    from teamaudit.render.escape import shell_word

    table = name.lower().endswith(_TABLES)
    words = ["teamaudit", "import" if table else "check", name, *rest]
    if table and not any(word in ("-o", "--output") or word.startswith(("-o", "--output=")) for word in rest):
        words += ["-o", "team.yaml"]
    command = " ".join(map(shell_word, words))
    return TeamAuditError(f"'{name}' is not a command", hint=f"to {'import' if table else 'audit'} it: {command}")


def _names_a_file(name: str) -> bool:
    """Whether the word where a command belongs is a team file: `teamaudit team.yaml`, the command left out, was
    "No such command 'team.yaml'"."""
    if not name or name.startswith("-"):
        return False
    return name.lower().endswith((".yaml", ".yml", *_TABLES)) or os.path.isfile(name)


def _command_name(command: CommandInfo) -> str:
    return command.name or getattr(command.callback, "__name__", "").lower().replace("_", "-")  # as typer names it


def _with(full: typer.Typer, commands: list[CommandInfo], groups: list[TyperInfo]) -> typer.Typer:
    slim = copy.copy(full)
    slim.registered_commands, slim.registered_groups = commands, groups
    return slim


def run(app: typer.Typer) -> None:
    """Run the command `sys.argv` names, as the console script `teamaudit` and `python -m teamaudit` do."""
    import signal

    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    if hasattr(signal, "SIGPIPE"):
        # `teamaudit check ... | head`: the reader left. End as `cat` and `git log` do, killed by SIGPIPE (the
        # shell's 141; never 1, a failing audit's code), with no traceback and no "Exception ignored" at exit.
        # Python ignores SIGPIPE so that a program can treat a broken socket as an error; teamaudit writes to
        # no pipe or socket but its own standard streams.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.errors == "strict":
        # An ASCII-only (or other narrow) stdout shows what it cannot encode as \u escapes, not a traceback.
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        only_the_command_run(app, sys.argv[1:])()
    except TeamAuditError as exc:
        say_error(exc)
        sys.exit(EXIT_INPUT_ERROR)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
        # A name no read or write turned into a TeamAuditError (a look at -o's target, --config) says so as they do.
        say_error(file_error(exc, str(exc.filename)))
        sys.exit(EXIT_INPUT_ERROR)
    except _Interrupted as stop:
        print("teamaudit: interrupted", file=sys.stderr)
        sys.exit(128 + stop.signum)
    except BrokenPipeError:  # a platform without SIGPIPE
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_BROKEN_PIPE)
