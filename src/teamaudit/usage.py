"""Usage lines as man pages and click write them: `teamaudit diff [OPTIONS] BASE HEAD`, and the help's
Arguments list naming each argument as its usage line does.

Typer 0.28 writes a required argument in braces, by its parameter name when it has no metavar:
`teamaudit diff [OPTIONS] {base} {head}`, `teamaudit check [OPTIONS] {TEAM_FILE}`; and its Arguments list by
the parameter name too, so `config --help` read `Usage: ... [TEAM_FILE]` above `team_file  Find the config...`.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand


class ConventionalUsage(TyperCommand):
    """A command whose usage line names each argument in capitals, in brackets when optional, with `...` when
    it takes several; its Arguments list names each as the usage line does (`BASE`, `NAMES...`, not `base`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument) and param.metavar is None:
                param.metavar = (param.name or "").upper() + ("..." if param.nargs != 1 else "")

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # Any: click's Context, which some typers vendor
        pieces = [self.options_metavar] if self.options_metavar else []
        pieces += [argument_metavar(p) for p in self.get_params(ctx) if isinstance(p, TyperArgument)]
        return pieces


def argument_metavar(argument: TyperArgument) -> str:
    name = argument.metavar or (argument.name or "").upper()
    if argument.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if argument.required or name.startswith("[") else f"[{name}]"
