"""The command line: parse options, run the pipeline, pick a renderer, map the report to an exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from teamaudit import __version__
from teamaudit.errors import EXIT_INPUT_ERROR, TeamAuditError
from teamaudit.render import Format
from teamaudit.report import Basis, FailOn, Scope

app = typer.Typer(
    name="teamaudit",
    help="Audit a healthcare-AI team against the three-layer model: clinical, EHR integration, compliance.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
rubric_app = typer.Typer(help="List, show and validate rubrics.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(rubric_app, name="rubric")


def _version(value: bool) -> None:
    if value:
        print(f"teamaudit {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """teamaudit: is your healthcare-AI team over-indexed on ML research?"""


TeamFile = Annotated[str, typer.Argument(help="The team file (YAML).", show_default=False)]
RubricOpt = Annotated[str, typer.Option("--rubric", "-r", help="Built-in rubric name or path to a rubric YAML file.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Refuse team files larger than this.", min=1)]
MaxPeople = Annotated[int, typer.Option("--max-people", help="Refuse team files with more people.", min=1)]


def use_color() -> bool:
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


@app.command()
def check(
    team_file: TeamFile,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.TEXT,
    scope: Annotated[
        Scope, typer.Option("--scope", help="plan: current + planned + open; current: current staff only.")
    ] = Scope.PLAN,
    basis: Annotated[Basis, typer.Option("--basis", help="Count FTE or people.")] = Basis.FTE,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Lowest severity that makes the exit code 1.")
    ] = FailOn.ERROR,
    rubric: RubricOpt = "healthcare-ai",
    details: Annotated[bool, typer.Option("--details", help="Add the per-person table.")] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file instead of stdout.")
    ] = None,
    max_bytes: MaxBytes = 50 * 1024 * 1024,
    max_people: MaxPeople = 1_000_000,
) -> None:
    """Audit a team file and print the report. Exit 0: pass; 1: findings at or above --fail-on; 2: bad input."""
    from teamaudit.pipeline import run_check
    from teamaudit.render import RenderOptions, renderer
    from teamaudit.report import exit_code

    report = run_check(
        Path(team_file),
        rubric=rubric,
        scope=scope,
        basis=basis,
        fail_on=fail_on,
        max_bytes=max_bytes,
        max_people=max_people,
    )
    color = fmt is Format.TEXT and output is None and use_color()
    text = renderer(fmt)(report, RenderOptions(color=color, details=details))
    _emit(text, output)
    raise typer.Exit(exit_code(report))


@app.command()
def explain(
    team_file: TeamFile,
    names: Annotated[
        list[str] | None, typer.Argument(help="Only these people (default: everyone).", show_default=False)
    ] = None,
    rubric: RubricOpt = "healthcare-ai",
) -> None:
    """Show, per person, every layer's score, the signals behind it and what would make it certain."""
    from teamaudit.explain import explain_people
    from teamaudit.pipeline import load_and_classify

    _roster, people, rubric_ = load_and_classify(Path(team_file), rubric=rubric)
    if names:
        known = {p.person.name for p in people}
        missing = [n for n in names if n not in known]
        if missing:
            raise TeamAuditError(f"no person named {', '.join(repr(m) for m in missing)}", file=team_file)
        people = tuple(p for p in people if p.person.name in set(names))
    sys.stdout.write(explain_people(people, rubric_))


@rubric_app.command("list")
def rubric_list() -> None:
    """List the built-in rubrics."""
    from teamaudit.rubric import builtin_names, load_rubric

    for name in builtin_names():
        r = load_rubric(name)
        print(f"{r.name}\t{r.version}\t{r.description.split('.')[0] if r.description else ''}")


@rubric_app.command("show")
def rubric_show(name: Annotated[str, typer.Argument(help="Built-in name or path.")] = "healthcare-ai") -> None:
    """Print a rubric in full, with everything it inherits merged in."""
    import yaml

    from teamaudit.rubric import load_rubric

    r = load_rubric(name)
    data = r.model_dump(mode="json", exclude={"path"}, exclude_defaults=False)
    sys.stdout.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110))


@rubric_app.command("validate")
def rubric_validate(path: Annotated[str, typer.Argument(help="Path to a rubric YAML file.")]) -> None:
    """Check a rubric file; exit 2 with a line-numbered message when it is invalid."""
    from teamaudit.rubric import load_rubric

    r = load_rubric(path)
    signals = sum(len(d.signals) + len(d.negative) for d in r.layers.values())
    extends = f", extends {r.extends}" if r.extends else ""
    print(f"{path}: ok ({r.name} {r.version}{extends}; {signals} signals)")


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from teamaudit.atomic import write_atomic

    write_atomic(output, text)


def main() -> None:
    try:
        app()
    except TeamAuditError as exc:
        print(f"teamaudit: error: {exc}", file=sys.stderr)
        sys.exit(EXIT_INPUT_ERROR)
    except BrokenPipeError:
        # `teamaudit check ... | head`: the reader left; not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
