"""Usage lines as man pages and click write them: `teamaudit diff [OPTIONS] BASE HEAD`, and the help's
Arguments list naming each argument as its usage line does.

Typer 0.28 writes a required argument in braces, by its parameter name when it has no metavar:
`teamaudit diff [OPTIONS] {base} {head}`, `teamaudit check [OPTIONS] {TEAM_FILE}`; and its Arguments list by
the parameter name too, so `config --help` read `Usage: ... [TEAM_FILE]` above `team_file  Find the config...`.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup


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


# The commands in the order a newcomer meets them (docs/usage.md's walk-through: write or import a team file, check
# it, report it, then the tools around it), each said in a line `--help` does not cut short with "...".
FIRST_STEPS = {
    "init": "Write a commented starter team file to fill in.",
    "import": "Turn HRIS/ATS exports (CSV or XLSX) into a team file.",
    "check": "Audit a team file and print the report.",
    "report": "Write a self-contained HTML report for a client or board.",
    "explain": "Show why each person is placed in their layer.",
    "diff": "Compare two versions of a team file.",
    "config": "Show the effective configuration and where each value came from.",
    "schema": "Print the team file's JSON Schema, for editors.",
    "rubric": "List, show and validate rubrics.",
    "pre-commit": "Check team files for the pre-commit hook, a line each.",
}


class FirstSteps(TyperGroup):
    """The root's command list in FIRST_STEPS's order and words (typer lists them as registered, each cut to the
    first 45 or so characters of its docstring)."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        order = list(FIRST_STEPS)
        return sorted(names, key=lambda name: order.index(name) if name in order else len(order))

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        for name, line in FIRST_STEPS.items():
            command = self.commands.get(name)
            if command is not None:
                command.short_help = line
        super().format_commands(ctx, formatter)
