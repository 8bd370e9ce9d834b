"""The command line: parse options, run the pipeline, pick a renderer, map the report to an exit code."""

from __future__ import annotations

import codecs
import copy
import errno
import io
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from teamaudit import __version__
from teamaudit.choices import Basis, FailOn, Scope
from teamaudit.errors import EXIT_INPUT_ERROR, TeamAuditError, file_error
from teamaudit.outputformat import html_output, output_format
from teamaudit.outputname import output_path, team_file_output
from teamaudit.render import DiffFormat, Format, Paper
from teamaudit.usage import ConventionalUsage

if TYPE_CHECKING:
    from typer.models import CommandInfo, TyperInfo

    from teamaudit.atomic import Backup
    from teamaudit.classify import Progress
    from teamaudit.config import Settings
    from teamaudit.importer import Imported
    from teamaudit.model import Report

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


TeamFile = Annotated[
    str, typer.Argument(help="The team file (YAML); - reads standard input.", show_default=False, metavar="TEAM_FILE")
]

# Options several commands share, declared once. The limits' defaults are those of `yamlfile` and `roster`,
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


def _output_option(help_text: str, *, show_default: bool = True) -> Any:  # typer.Option is typed Any
    """-o/--output, read as typed (outputname.output_path): `Path` would make `-o ""` the current folder and
    `-o report.json/` the file report.json."""
    return typer.Option(
        "--output", "-o", help=help_text, show_default=show_default, parser=output_path, metavar="<path>"
    )


OutputOpt = Annotated[
    Path | None, _output_option("Write the report to this file (atomically) instead of stdout (- is stdout).")
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
RedactOpt = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="Replace names with Person 01...; drop ids, team, skills and background text and per-person pay; "
        "keep pay totals of three or more people (docs/redaction.md).",
    ),
]


def use_color() -> bool:
    if "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def _settings(
    team_file: Path | None,
    config: Path | None,
    *,
    rubric: str | None = None,
    scope: Scope | None = None,
    basis: Basis | None = None,
    fail_on: FailOn | None = None,
) -> Settings:
    """The effective settings: the command line's values over the environment, the config file and defaults."""
    from teamaudit.config import resolve

    return resolve(team_file, config=config, cli={"rubric": rubric, "scope": scope, "basis": basis, "fail_on": fail_on})


def _gate_settings(
    config_from: str | None, own: Settings, team_file: Path | None, config: Path | None, **cli: Any
) -> AbstractContextManager[Settings]:
    """The settings, while inside: the working tree's (`own`, read under --config-from too: a config the change
    breaks breaks the gate), or with --config-from those committed at REF."""
    if config_from is None:
        return nullcontext(own)
    from teamaudit.basegate import settings_from

    return settings_from(config_from, team_file, config=config, cli=cli)


def _report_command(context: typer.Context) -> str:
    """The `teamaudit report` command, shell-quoted, that writes the HTML this run's options ask for, but its `-o`:
    what a hint for a PDF or a picture tells the user to run first. `--redact` and the rubric are kept: a hint
    that dropped them would write the names, or another verdict, into the board's copy."""
    from teamaudit.render.escape import shell_word

    words = ["teamaudit", "report"]
    piped = ""
    for param in context.command.params:
        value = context.params.get(param.name or "")
        if param.name in ("output", "fmt") or value is None or value is False or value == param.default:
            continue
        if param.param_type_name == "argument":
            written = str(value)
            words.append(f"./{written}" if written.startswith("-") and written != "-" else written)
            piped = _STDIN_AGAIN if written == "-" else piped
            continue
        flag = max(param.opts, key=len)
        words += [flag] if value is True else [flag, str(value)]
    return piped + " ".join(map(shell_word, words))


# A team file read from stdin was read up by this run: the report command needs it piped in again. `team.yaml` is
# the name `init` writes and the docs use; whatever the user piped, the pipe is what the command cannot do without.
_STDIN_AGAIN = "cat team.yaml | "


@app.command(cls=ConventionalUsage)
def check(
    context: typer.Context,
    team_file: TeamFile,
    fmt: Annotated[Format | None, FORMAT_OPTION] = None,
    scope: ScopeOpt = None,
    basis: BasisOpt = None,
    fail_on: FailOnOpt = None,
    rubric: RubricOpt = None,
    config: ConfigOpt = None,
    config_from: ConfigFromOpt = None,
    details: DetailsOpt = False,
    output: OutputOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_people: MaxPeopleOpt = DEFAULT_MAX_PEOPLE,
    redact: RedactOpt = False,
) -> None:
    """Audit a team file and print the report. Exit 0: pass; 1: findings at or above --fail-on; 2: bad input."""
    from teamaudit.model import exit_code
    from teamaudit.pipeline import run_check
    from teamaudit.render import RenderOptions, chunked_renderer

    path = Path(team_file)
    fmt = output_format(fmt, output, Format, Format.TEXT, _report_command(context))
    options: dict[str, Any] = {"rubric": rubric, "scope": scope, "basis": basis, "fail_on": fail_on}
    try:
        with _errors_redacted(redact):  # a config's suppressions name people too
            own = _settings(path, config, **options)
            with _gate_settings(config_from, own, path, config, **options) as settings:
                target = _output_target(output, settings, path)
                with _progress(path) as progress:
                    report = run_check(
                        path, settings, max_bytes=max_bytes, max_people=max_people, progress=progress, redact=redact
                    )
    except TeamAuditError as exc:
        if fmt is Format.GITHUB:
            from teamaudit.render.github import input_errors

            _emit(input_errors(exc), None)  # annotations are read from the step's output, whatever -o says
        raise
    _say_notes(report.notes)
    from teamaudit.termwidth import report_width

    color = fmt is Format.TEXT and output is None and use_color()
    width = report_width(fmt is Format.TEXT and target is None and sys.stdout.isatty())
    render_options = RenderOptions(color=color, details=details, width=width, team_file=str(path))
    text = chunked_renderer(fmt)(report, render_options)
    _emit(text, target, for_terminal=fmt is Format.TEXT)
    if target is not None:
        _say_written(output, report)
    raise typer.Exit(exit_code(report))


@app.command("diff", cls=ConventionalUsage)
def diff_command(
    base: Annotated[
        str, typer.Argument(help="The team file before the change: a path or git:REF:PATH.", show_default=False)
    ],
    head: Annotated[
        str, typer.Argument(help="The team file after the change: a path or git:REF:PATH.", show_default=False)
    ],
    fmt: Annotated[DiffFormat | None, FORMAT_OPTION] = None,
    scope: ScopeOpt = None,
    basis: BasisOpt = None,
    fail_on: FailOnOpt = None,
    rubric: RubricOpt = None,
    config: ConfigOpt = None,
    config_from: ConfigFromOpt = None,
    output: OutputOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_people: MaxPeopleOpt = DEFAULT_MAX_PEOPLE,
    redact: RedactOpt = False,
) -> None:
    """Compare two versions of a team file. Exit 1 when the change adds a failing finding or raises the plan's
    (with --scope current, current staff's) ML-to-layers ratio above the threshold (or while already over it, or
    adds ML research where there are no layers); 0 otherwise; 2 on bad input."""
    from teamaudit.diff import diff
    from teamaudit.render import diff_renderer

    fmt = output_format(fmt, output, DiffFormat, DiffFormat.TEXT)
    local = head if not head.startswith("git:") else (base if not base.startswith("git:") else None)
    team_file = Path(local) if local else None
    options: dict[str, Any] = {"rubric": rubric, "scope": scope, "basis": basis, "fail_on": fail_on}
    with _errors_redacted(redact):
        own = _settings(team_file, config, **options)  # under --config-from, it names the gate files the change edits
        with _gate_settings(config_from, own, team_file, config, **options) as settings:
            target = _output_target(output, settings, *(_side_path(side) for side in (base, head)))
            limits = {"max_bytes": max_bytes, "max_people": max_people}
            mine = own if config_from else None
            report = diff(base, head, settings, **limits, redact=redact, own=mine, judged_at=config_from)
    _say_notes(report.head.notes)  # the change's file; the base's are the base's business
    _emit(diff_renderer(fmt)(report), target, for_terminal=fmt is DiffFormat.TEXT)
    raise typer.Exit(1 if report.verdict == "fail" else 0)


IMPORT_REDACT = "import does not take --redact: the team file it writes holds the names, and its notes name people"
IMPORT_REDACT_HINT = (
    "in front of others, send the notes to a file and show the audit redacted: teamaudit import people.csv "
    "-o team.yaml 2> import-notes.txt, then teamaudit check team.yaml --redact"
)


def _refuse_import_redact(redact: bool) -> None:
    """`import --redact` is refused saying why and what to do instead, not with a bare 'No such option'."""
    if redact:
        raise TeamAuditError(IMPORT_REDACT, hint=IMPORT_REDACT_HINT)


@app.command("pre-commit", cls=ConventionalUsage)
def pre_commit(
    team_files: Annotated[
        list[str], typer.Argument(help="Team files to check.", show_default=False, metavar="TEAM_FILE...")
    ],
    fail_on: FailOnOpt = None,
    rubric: RubricOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Check each team file with a one-line verdict and its failing findings (the pre-commit hook's entry); a
    teamaudit config or rubric is read as one. Exit 1 when any file fails, 2 when any file cannot be read."""
    from teamaudit.hookfiles import NOT_A_TEAM_FILE, named_as_config, read_as_what_it_is, refuse_files_read_as_options
    from teamaudit.pipeline import run_check
    from teamaudit.render.precommit import lines, other_file_line

    refuse_files_read_as_options(sys.argv[1:])
    worst = 0
    for name in team_files:
        path = Path(name)
        try:
            if named_as_config(path):
                print(other_file_line(name, read_as_what_it_is(path)))
                continue
            settings = _settings(path, config, rubric=rubric, fail_on=fail_on)
            try:
                report = run_check(path, settings)
            except NOT_A_TEAM_FILE as given:  # the hook's files: pattern matched it
                print(other_file_line(name, read_as_what_it_is(path, given, settings)))
                continue
        except TeamAuditError as exc:
            _say_error(exc)
            worst = 2
            continue
        _say_notes(report.notes)
        print("\n".join(lines(name, report)))
        if report.failing and worst < 1:
            worst = 1
    raise typer.Exit(worst)


@app.command("import", cls=ConventionalUsage)
def import_command(
    people: Annotated[str, typer.Argument(help="HRIS export of current staff (CSV or XLSX).", show_default=False)],
    reqs: Annotated[
        list[str] | None,
        typer.Option(
            "--reqs",
            help="ATS export of requisitions or offers (CSV or XLSX); repeat it for each export.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        _output_option(
            "Team file to write (.yaml or .yml). If it exists, the exports are merged into it: everything they "
            "do not know is kept, and the previous version is backed up to FILE.bak (or FILE.bak.2, ...). - is stdout."
        ),
    ] = None,
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help='Override a column: --map title="Job Title" (fields: name, first_name, last_name, preferred_name, '
            "preferred_first_name, title, team, id, fte, hours, employment_type, status, start, end, cost, openings).",
            show_default=False,
        ),
    ] = None,
    cost: Annotated[bool, typer.Option("--cost/--no-cost", help="Include annual pay (left out by default).")] = False,
    organization: Annotated[
        str | None, typer.Option("--organization", help="Organization name.", show_default=False, metavar="<text>")
    ] = None,
    remove_missing: Annotated[
        bool,
        typer.Option(
            "--remove-missing",
            help="Remove every person of the merged file no export row matches whose status the exports cover: "
            "current staff (staff typed by hand with no id are kept where the export gives ids), and with --reqs the "
            "planned hires and open reqs an import wrote (a requisition id, or a name import makes up), an ATS "
            "export's not passed this time included, never those typed by hand. Try --dry-run first.",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would be added, updated, kept and removed; write nothing.")
    ] = False,
    assume_fte: Annotated[
        list[str] | None,
        typer.Option(
            "--assume-fte",
            help="FTE for part-time, intern, contractor or advisor rows the export gives no FTE or hours for: "
            "--assume-fte part-time=0.5 (default: 1.0). A merge keeps any fte the team file writes.",
            show_default=False,
        ),
    ] = None,
    redact: Annotated[bool, typer.Option("--redact", hidden=True, callback=_refuse_import_redact)] = False,
) -> None:
    """Turn HRIS/ATS exports (BambooHR, Rippling, Gusto, Workday, HiBob; Greenhouse, Lever, Ashby) into a team file."""
    from teamaudit.importer import import_files, parse_map
    from teamaudit.importer.convert import parse_assumptions

    target = _output_target(output, None, Path(people), *(Path(r) for r in reqs or []), report=False)
    if target is not None and output is not None:
        team_file_output(output, "import")
    result = import_files(
        Path(people),
        reqs=[Path(r) for r in reqs or []],
        overrides=parse_map(mapping or []),
        with_cost=cost,
        into=None if output == STDOUT else output,
        organization=organization,
        remove_missing=remove_missing,
        assume_fte=parse_assumptions(assume_fte or []),
    )
    _save_import(result, None if dry_run else target, dry_run)


def _save_import(result: Imported, target: Path | None, dry_run: bool) -> None:
    """What import read, then, once the file is written, what it holds: `added 3,000` came before a write that
    failed."""
    from teamaudit.importer import write

    for note in result.notes:
        _say(f"teamaudit: {note}")
    written = write(result, target) if target is not None else None
    for note in result.outcome:
        _say(f"teamaudit: {note}")
    if dry_run:
        print("teamaudit: dry run: nothing written", file=sys.stderr)
    elif written is None:
        _emit(result.text, None)
    else:
        _say(f"teamaudit: {written}")


@app.command("init", cls=ConventionalUsage)
def init_command(
    path: Annotated[str, typer.Argument(help="Where to write the starter team file (- prints it).")] = "team.yaml",
) -> None:
    """Write a commented starter team file (every field shown once); never overwrites."""
    from shlex import quote  # a command a hint prints works when pasted into a shell

    from teamaudit.starter import STARTER

    if Path(path) == STDOUT:
        _emit(STARTER, None)
        return
    if path and Path(path).is_dir():
        raise TeamAuditError(
            "is a folder; init writes a file",
            file=path,
            hint=f"for example: teamaudit init {quote(str(Path(path) / 'team.yaml'))}",
        )
    target = output_path(path)
    team_file_output(target, "init")
    if target.exists() or target.is_symlink():
        other = target.with_name(f"{target.stem}-starter{target.suffix}")
        raise TeamAuditError(
            "already exists; teamaudit init never overwrites",
            file=target,
            hint=f"check it with: teamaudit check {quote(str(target))}; or write the starter beside it: "
            f"teamaudit init {quote(str(other))}",
        )
    from teamaudit.render.escape import text as shown

    # The starter's first comment names the file it is in (`teamaudit init plans/q1.yaml`), one line, escaped.
    starter = STARTER.replace(
        "Run `teamaudit check team.yaml`", f"Run `teamaudit check {shown(quote(str(target)))}`", 1
    )
    _emit(starter, _output_target(target, None, report=False))
    from teamaudit.schemafile import write_schema_beside

    schema = write_schema_beside(target)
    _say(f"wrote {target}: edit it, then run `teamaudit check {quote(str(target))}`")
    if schema:
        _say(f"wrote {schema}: the schema its first line names, for editors to validate it against")


@app.command("schema", cls=ConventionalUsage)
def schema_command() -> None:
    """Print the JSON Schema of the team file, for editors (yaml-language-server) and CI validation."""
    import json

    from teamaudit.schema import team_file_schema

    sys.stdout.write(json.dumps(team_file_schema(), indent=2) + "\n")


@app.command("report", cls=ConventionalUsage)
def report_command(
    context: typer.Context,
    team_file: TeamFile,
    output: Annotated[
        Path,
        _output_option("The HTML file to write (- writes it to stdout).", show_default=False),
    ],
    title: Annotated[
        str | None, typer.Option("--title", help="Report title.", show_default=False, metavar="<text>")
    ] = None,
    client: Annotated[
        str | None, typer.Option("--client", help="Who the report is for.", show_default=False, metavar="<text>")
    ] = None,
    author: Annotated[
        str | None, typer.Option("--author", help="Who prepared it.", show_default=False, metavar="<text>")
    ] = None,
    logo: Annotated[
        Path | None, typer.Option("--logo", help="A PNG, JPEG, GIF, WebP or SVG logo, embedded.", show_default=False)
    ] = None,
    paper: Annotated[
        Paper,
        typer.Option("--paper", help="The page size it prints on: a4 or letter.", case_sensitive=False),
    ] = Paper.A4,
    scope: ScopeOpt = None,
    basis: BasisOpt = None,
    fail_on: FailOnOpt = None,
    rubric: RubricOpt = None,
    config: ConfigOpt = None,
    details: DetailsOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_people: MaxPeopleOpt = DEFAULT_MAX_PEOPLE,
    redact: RedactOpt = False,
) -> None:
    """Write a self-contained HTML report (charts, findings, the cost of closing the gap, methodology).
    Exit codes as for `check`."""
    from teamaudit.model import exit_code
    from teamaudit.pipeline import STDIN, STDIN_NAME, run_check
    from teamaudit.render import RenderOptions, chunked_renderer
    from teamaudit.render.html import UNTITLED, untitled
    from teamaudit.render.logo import data_uri

    path = Path(team_file)
    html_output(output, _report_command(context))
    logo_uri = data_uri(logo) if logo else None
    with _errors_redacted(redact):
        settings = _settings(path, config, rubric=rubric, scope=scope, basis=basis, fail_on=fail_on)
    target = _output_target(output, settings, path, *([logo] if logo else []))
    with _errors_redacted(redact):
        report = run_check(path, settings, max_bytes=max_bytes, max_people=max_people, redact=redact)
    _say_notes(report.notes)
    options = RenderOptions(details=details, title=title, client=client, author=author, logo=logo_uri, paper=paper)
    _emit(chunked_renderer(Format.HTML)(report, options), target)
    _say_written(output, report)
    if untitled(report.organization, title):
        _say(
            f"{STDIN_NAME if path == STDIN else path}: no organization, so the report's title is '{UNTITLED}'; write "
            "organization: at the top of the team file, or pass --title"
        )
    raise typer.Exit(exit_code(report))


@app.command("config", cls=ConventionalUsage)
def show_config(
    team_file: Annotated[
        str | None,
        typer.Argument(
            help="Find the config as `check` would for this team file, or from this folder.", show_default=False
        ),
    ] = None,
    scope: ScopeOpt = None,
    basis: BasisOpt = None,
    fail_on: FailOnOpt = None,
    rubric: RubricOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show the effective configuration and where each value came from."""
    start = Path(team_file) if team_file else Path("team.yaml")
    if team_file and os.path.isdir(team_file):  # a folder is where to look from, as for a team file in it
        start = start / "team.yaml"
    elif team_file not in (None, "-"):  # `-`: the team file on standard input, looked for from here
        _require_team_file(start)
    settings = _settings(start, config, rubric=rubric, scope=scope, basis=basis, fail_on=fail_on)
    from teamaudit.config import settings_rows
    from teamaudit.render.escape import text as shown

    rows = [(key, shown(value), shown(source)) for key, value, source in settings_rows(settings)]
    width = max(len(r[0]) for r in rows)
    value_width = min(60, max(len(r[1]) for r in rows))
    for key, value, source in rows:
        print(f"{key:<{width}}  {value:<{value_width}}  {source}".rstrip())


def _require_team_file(path: Path) -> None:
    """`config nope.yaml` is refused as `check nope.yaml` is: a typo looked for the config from the wrong folder."""
    from teamaudit.roster import check_team_file

    try:
        check_team_file(path, max_bytes=sys.maxsize)  # `config` reads none of it: its size does not matter
    except TeamAuditError as exc:
        if exc.hint is None and exc.message == "no such file":
            exc.hint = "name the team file, or leave it out to look for the config from this folder"
        raise


@app.command(cls=ConventionalUsage)
def explain(
    team_file: TeamFile,
    names: Annotated[
        list[str] | None,
        typer.Argument(
            help="Only these people, by name or id, in the order given (default: everyone, in file order).",
            show_default=False,
        ),
    ] = None,
    rubric: RubricOpt = None,
    config: ConfigOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_people: MaxPeopleOpt = DEFAULT_MAX_PEOPLE,
    redact: RedactOpt = False,
) -> None:
    """Show, per person, every layer's score, the signals behind it and what would make it certain.
    With --redact, NAMES may be real names, ids or pseudonyms (Person 01 ...); the output shows pseudonyms."""
    from teamaudit import privacy
    from teamaudit.explain import explain_people
    from teamaudit.lookup import select_people
    from teamaudit.pipeline import load_and_classify, rubric_for

    with _errors_redacted(redact), _name_before_file(team_file, names or []):
        settings = _settings(Path(team_file), config, rubric=rubric)
        loaded = load_and_classify(
            Path(team_file), rubric=rubric_for(settings), max_bytes=max_bytes, max_people=max_people
        )
    # Chosen among the real people, so a real name or id finds its person; redacted only then.
    redaction = privacy.redaction(loaded.roster.people) if redact else None
    people = loaded.people
    if names:
        aliases = redaction.names if redaction is not None else None
        people = select_people(people, names, Path(loaded.roster.source), aliases, say=_say_note)
    if redaction is not None:
        people = privacy.redact_people(people, redaction, loaded.rubric)
    sys.stdout.writelines(explain_people(people, loaded.rubric))


YAML = (".yaml", ".yml")


@contextmanager
def _name_before_file(team_file: str, names: Sequence[str]) -> Iterator[None]:
    """`teamaudit explain "Sam Cole"` was told only "Sam Cole: no such file": a name where the team file goes is
    told the order, with the team file of this folder when there is one."""
    try:
        yield
    except TeamAuditError as exc:
        named = exc.file == team_file  # the team file is missing, not a --rubric or --config file
        if named and exc.message == "no such file" and exc.hint is None and not team_file.lower().endswith(YAML):
            from teamaudit.render.escape import shell_word

            file = next((p.name for p in sorted(Path().glob("team*.y*ml")) if p.is_file()), "TEAM_FILE")
            words = ["teamaudit", "explain", file, team_file, *names]
            exc.hint = f"the team file comes first, then names: {' '.join(map(shell_word, words))}"
        raise


@rubric_app.command("list", cls=ConventionalUsage)
def rubric_list() -> None:
    """List the built-in rubrics."""
    from teamaudit.rubric import builtin_names, load_rubric

    for name in builtin_names():
        r = load_rubric(name)
        print(f"{r.name}\t{r.version}\t{r.description.split('.')[0] if r.description else ''}")


@rubric_app.command("show", cls=ConventionalUsage)
def rubric_show(name: Annotated[str, typer.Argument(help="Built-in name or path.")] = "healthcare-ai") -> None:
    """Print a rubric in full, with everything it inherits merged in: saved, it stands alone (no extends:)."""
    from teamaudit.rubric import load_rubric
    from teamaudit.rubricshow import standalone_yaml

    _emit(standalone_yaml(load_rubric(name)), None)


@rubric_app.command("validate", cls=ConventionalUsage)
def rubric_validate(path: Annotated[str, typer.Argument(help="Path to a rubric YAML file.")]) -> None:
    """Check a rubric file; exit 2 with a line-numbered message when it is invalid."""
    from teamaudit.classify.index import SignalIndex
    from teamaudit.render.escape import leading_path
    from teamaudit.render.escape import text as shown
    from teamaudit.rubric import load_rubric

    r = load_rubric(path)
    for patterns in SignalIndex(r).sets.values():
        patterns.build()  # each field's patterns as the classifier matches them: one set RE2 must compile
    signals = sum(len(d.signals) + len(d.negative) for d in r.layers.values())
    extends = f", extends {r.extends}" if r.extends else ""
    print(shown(f"{leading_path(path)}: ok ({r.name} {r.version}{extends}; {signals} signals)"))


PROGRESS_MIN_BYTES = 1_000_000  # about 10,000 people: files that take more than a second


@contextmanager
def _progress(path: Path) -> Iterator[Progress | None]:
    """A progress display on stderr, only on a terminal and only for files big enough to take a while."""
    try:
        big = path.stat().st_size >= PROGRESS_MIN_BYTES
    except OSError:
        big = False
    if not big or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.markup import escape as markup_escape
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import (
        Progress as Bar,
    )

    from teamaudit.render import escape

    with Bar(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(f"reading {markup_escape(escape.text(path.name))}", total=None)

        def update(stage: str, done: int, total: int | None) -> None:
            bar.update(task, description=stage, completed=done, total=total)

        yield update


def _side_path(spec: str) -> Path:
    """The file a diff side names: the path itself, or the working-tree file of a git:REF:PATH side."""
    return Path(spec.split(":", 2)[-1]) if spec.startswith("git:") else Path(spec)


STDOUT = Path("-")  # `-o -`: standard output, as every Unix tool reads it


def _output_target(output: Path | None, settings: Settings | None, *inputs: Path, report: bool = True) -> Path | None:
    """Where `--output` may write, checked before any work: never onto one of the command's inputs (the files
    given, the rubric and every rubric it extends, the config file), a directory, a FIFO or a device, and a
    report never to a name teamaudit reads (atomic.DATA_SUFFIXES), new or existing. None is standard output."""
    if output is None or output == STDOUT:
        return None
    from teamaudit.atomic import DATA_SUFFIXES, output_target

    sources = list(inputs)
    if settings is not None:
        from teamaudit.rubric import load_rubric, rubric_path

        if settings.config_file is not None:
            sources.append(settings.config_file)
        named_in = settings.rubric_named_in
        with suppress(TeamAuditError):  # an unknown or broken rubric: the run reports it
            sources.append(rubric_path(settings.rubric, named_in=named_in))
            sources.extend(Path(file) for file in load_rubric(settings.rubric, named_in=named_in).files)
    return output_target(output, sources, keep=DATA_SUFFIXES if report else frozenset())


def _say_written(output: Path | None, report: Report) -> None:
    """That `-o` wrote its file, and the verdict the file holds, at a glance: on stderr, as stdout is the report's
    (`check -f html -o` said nothing, where `report -o` said this)."""
    from teamaudit.render.common import headline

    _say(f"wrote {output}: {report.verdict.upper()}, {headline(report)}")


def _say(line: str) -> None:
    """One line on stderr. It may quote a file name or a value from the input: shown, never obeyed (no line
    break, escape sequence or `::error::` at the start of a line)."""
    from teamaudit.render import escape

    print(escape.text(line), file=sys.stderr)


def _errors_redacted(redact: bool) -> AbstractContextManager[None]:
    """privacy.errors_redacted, loaded only for a --redact run."""
    if not redact:
        return nullcontext()
    from teamaudit.privacy import errors_redacted

    return errors_redacted(True)


def _say_notes(notes: Sequence[TeamAuditError]) -> None:
    """What looks wrong in the team file but is no error: a warning each, the first few and a count of the rest
    (problems.shown_notes), which never changes the exit code."""
    from teamaudit.problems import shown_notes

    for note in shown_notes(notes):
        for line in note.lines():
            _say(f"teamaudit: warning: {line}")


def _say_note(line: str) -> None:
    _say(f"teamaudit: note: {line}")


def _say_error(exc: TeamAuditError) -> None:
    for line in exc.lines():
        _say(f"teamaudit: error: {line}")


def _emit(text: str | Iterable[str], output: Path | None, *, for_terminal: bool = False) -> None:
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
        _say(f"{where}; a backup of it was made: {backup.path}")
    else:
        _say(f"{where}; its backup is {backup.path}, made earlier with the same content")


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


def main() -> None:
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
        _say_error(exc)
        sys.exit(EXIT_INPUT_ERROR)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
        # A name no read or write turned into a TeamAuditError (a look at -o's target, --config) says so as they do.
        _say_error(file_error(exc, str(exc.filename)))
        sys.exit(EXIT_INPUT_ERROR)
    except _Interrupted as stop:
        print("teamaudit: interrupted", file=sys.stderr)
        sys.exit(128 + stop.signum)
    except BrokenPipeError:  # a platform without SIGPIPE
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_BROKEN_PIPE)
