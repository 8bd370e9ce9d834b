"""Usage lines as man pages and click write them: `teamaudit diff [OPTIONS] BASE HEAD`.

Typer 0.28 writes a required argument in braces, by its parameter name when it has no metavar:
`teamaudit diff [OPTIONS] {base} {head}`, `teamaudit check [OPTIONS] {TEAM_FILE}`.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand


class ConventionalUsage(TyperCommand):
    """A command whose usage line names each argument in capitals, in brackets when optional, with `...` when
    it takes several."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:  # Any: click's Context, which some typers vendor
        pieces = [self.options_metavar] if self.options_metavar else []
        pieces += [argument_metavar(p) for p in self.get_params(ctx) if isinstance(p, TyperArgument)]
        return pieces


def argument_metavar(argument: TyperArgument) -> str:
    name = argument.metavar or (argument.name or "").upper()
    if argument.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if argument.required or name.startswith("[") else f"[{name}]"
