"""The arguments and options several commands share, declared once: each reads the same on every command that
takes it (tests/test_thin_cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from teamaudit.choices import Basis, FailOn, Scope
from teamaudit.outputname import output_path
from teamaudit.render import Paper

TeamFile = Annotated[
    str, typer.Argument(help="The team file (YAML); - reads standard input.", show_default=False, metavar="TEAM_FILE")
]

# The limits' defaults are those of `yamlfile` and `roster`,
# written here rather than imported so that parsing the command line does not load the YAML reader.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_PEOPLE = 1_000_000
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", help="Refuse team files larger than this.", min=1, metavar="<bytes>")
]
MaxPeopleOpt = Annotated[
    int, typer.Option("--max-people", help="Refuse team files with more people.", min=1, metavar="<count>")
]
ScopeOpt = Annotated[
    Scope | None,
    typer.Option(
        "--scope",
        help="plan: current + planned + open (default); current: current staff only.",
        show_default=False,
        case_sensitive=False,
    ),
]
BasisOpt = Annotated[
    Basis | None,
    typer.Option("--basis", help="Count FTE (default) or people.", show_default=False, case_sensitive=False),
]
FailOnOpt = Annotated[
    FailOn | None,
    typer.Option(
        "--fail-on",
        help="Lowest severity that makes the exit code 1 (default error).",
        show_default=False,
        case_sensitive=False,
    ),
]
RubricOpt = Annotated[
    str | None,
    typer.Option(
        "--rubric",
        "-r",
        help="Built-in rubric name or rubric file (default healthcare-ai).",
        show_default=False,
        metavar="<name|path>",
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Config file (.teamaudit.yaml or pyproject.toml); default: found walking up.",
        show_default=False,
    ),
]
ConfigFromOpt = Annotated[
    str | None,
    typer.Option(
        "--config-from",
        metavar="REF",
        help="Judge with the config and rubric files committed at REF (a pull request's base), not the working "
        "tree's, which the change under test may have edited (docs/ci.md).",
        show_default=False,
    ),
]


def output_option(help_text: str, *, show_default: bool = True) -> Any:  # typer.Option is typed Any
    """-o/--output, read as typed (outputname.output_path): `Path` would make `-o ""` the current folder and
    `-o report.json/` the file report.json."""
    return typer.Option(
        "--output", "-o", help=help_text, show_default=show_default, parser=output_path, metavar="<path>"
    )


OutputOpt = Annotated[
    Path | None, output_option("Write the report to this file (atomically) instead of stdout (- is stdout).")
]
# Shared by check and diff, each with its own choices.
FORMAT_OPTION = typer.Option(
    "--format",
    "-f",
    help="Output format [default: the one -o's extension names, else text].",
    show_default=False,
    case_sensitive=False,
)
DetailsOpt = Annotated[
    bool,
    typer.Option(
        "--details",
        help="List every TA005 finding and recommendation (else the first 10); text and markdown add every person, "
        "one line each.",
    ),
]
ReportDetailsOpt = Annotated[
    bool,
    typer.Option(
        "--details",
        help="List every TA005 finding and recommendation (else the first 10); the HTML report lists every person "
        "either way.",
    ),
]
RedactOpt = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="Replace names with Person 01...; drop ids, team, skills and background text and per-person pay; "
        "keep pay totals of three or more people (docs/redaction.md).",
    ),
]
PaperOpt = Annotated[
    Paper | None,
    typer.Option(
        "--paper",
        help="The page size the HTML report prints on: a4 (default) or letter.",
        show_default=False,
        case_sensitive=False,
    ),
]
