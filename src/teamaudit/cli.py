"""The command line: parse options, run the pipeline, pick a renderer, map the report to an exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from teamaudit import __version__
from teamaudit.choices import Basis, FailOn, Scope
from teamaudit.errors import NO_SUCH_FILE, TeamAuditError
from teamaudit.gitnames import GIT_SIDE, git_side
from teamaudit.options import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_PEOPLE,
    FORMAT_OPTION,
    BasisOpt,
    ConfigFromOpt,
    ConfigOpt,
    DetailsOpt,
    FailOnOpt,
    MaxBytesOpt,
    MaxPeopleOpt,
    OutputOpt,
    PaperOpt,
    RedactOpt,
    ReportDetailsOpt,
    RubricOpt,
    ScopeOpt,
    TeamFile,
    output_option,
)
from teamaudit.outputformat import html_output, named_format, output_format
from teamaudit.outputname import output_path, team_file_output
from teamaudit.progressbar import progress_display
from teamaudit.render import DiffFormat, Format, Paper
from teamaudit.streams import emit, say, say_error, say_note, say_notes, say_written, use_color
from teamaudit.usage import ConventionalUsage, FirstSteps

if TYPE_CHECKING:
    from teamaudit.config import Settings
    from teamaudit.importer import Imported

app = typer.Typer(
    name="teamaudit",
    cls=FirstSteps,
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
    paper: PaperOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_people: MaxPeopleOpt = DEFAULT_MAX_PEOPLE,
    redact: RedactOpt = False,
) -> None:
    """Audit a team file and print the report. Exit 0: pass; 1: findings at or above --fail-on; 2: bad input."""
    from teamaudit.model import exit_code
    from teamaudit.pipeline import run_check
    from teamaudit.render import RenderOptions, chunked_renderer

    path = Path(team_file)
    asked = fmt
    fmt = output_format(fmt, output, Format, Format.TEXT, _report_command(context))
    if paper is not None and fmt is not Format.HTML:
        _refuse_paper(fmt, output if asked is None and named_format(output) else None)
    options: dict[str, Any] = {"rubric": rubric, "scope": scope, "basis": basis, "fail_on": fail_on}
    try:
        with _errors_redacted(redact):  # a config's suppressions name people too
            own = _settings(path, config, **options)
            with _gate_settings(config_from, own, path, config, **options) as settings:
                target = _output_target(output, settings, path)
                with progress_display(path) as progress:
                    report = run_check(
                        path, settings, max_bytes=max_bytes, max_people=max_people, progress=progress, redact=redact
                    )
    except TeamAuditError as exc:
        if fmt is Format.GITHUB:
            from teamaudit.render.github import input_errors

            emit(input_errors(exc), None)  # annotations are read from the step's output, whatever -o says
        raise
    say_notes(report.notes)
    from teamaudit.termwidth import report_width

    color = fmt is Format.TEXT and output is None and use_color()
    width = report_width(fmt is Format.TEXT and target is None and sys.stdout.isatty())
    render_options = RenderOptions(
        color=color, details=details, width=width, team_file=str(path), paper=paper or Paper.A4
    )
    text = chunked_renderer(fmt)(report, render_options)
    emit(text, target, for_terminal=fmt is Format.TEXT)
    if target is not None:
        from teamaudit.render.common import headline

        say_written(output, report.verdict, headline(report))
    raise typer.Exit(exit_code(report))


def _refuse_paper(fmt: Format, named: Path | None) -> NoReturn:
    """--paper with a format that prints no pages, said as the run chose it: `named`, the `-o` file whose extension
    chose it (`team.json`), where the hint 'add --format html' led to 'named for json, but --format html was asked
    for'; else --format, or the text report by default."""
    if named is not None:
        raise TeamAuditError(
            f"--paper is the HTML report's page size; '{named}' is named for {fmt.value}, which prints no pages",
            hint="name the file .html, or leave --paper out",
        )
    raise TeamAuditError(
        f"--paper is the HTML report's page size; --format {fmt.value} prints no pages",
        hint="add --format html, or leave --paper out",
    )


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
    local = head if not head.startswith(GIT_SIDE) else (base if not base.startswith(GIT_SIDE) else None)
    team_file = Path(local) if local else None
    options: dict[str, Any] = {"rubric": rubric, "scope": scope, "basis": basis, "fail_on": fail_on}
    with _errors_redacted(redact):
        own = _settings(team_file, config, **options)  # under --config-from, it names the gate files the change edits
        with _gate_settings(config_from, own, team_file, config, **options) as settings:
            target = _output_target(output, settings, *(_side_path(side) for side in (base, head)))
            limits = {"max_bytes": max_bytes, "max_people": max_people}
            mine = own if config_from else None
            report = diff(base, head, settings, **limits, redact=redact, own=mine, judged_at=config_from)
    say_notes(report.head.notes)  # the change's file; the base's are the base's business
    emit(diff_renderer(fmt)(report), target, for_terminal=fmt is DiffFormat.TEXT)
    if target is not None:
        from teamaudit.render.diff import headline

        say_written(output, report.verdict, headline(report))
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
            say_error(exc)
            worst = 2
            continue
        say_notes(report.notes)
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
            metavar="<file>",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        output_option(
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
            metavar="<field=column>",
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
            metavar="<kind=fte>",
        ),
    ] = None,
    redact: Annotated[bool, typer.Option("--redact", hidden=True, callback=_refuse_import_redact)] = False,
) -> None:
    """Turn HRIS/ATS exports (BambooHR, Rippling, Gusto, Workday, HiBob, Personio, Deel, Justworks; Greenhouse,
    Lever, Ashby) into a team file."""
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

    notes, outcome = result.told(dry_run)
    for note in notes:
        say(f"teamaudit: {note}")
    written = write(result, target) if target is not None else None
    for note in outcome:
        say(f"teamaudit: {note}")
    if dry_run:
        print("teamaudit: dry run: nothing written", file=sys.stderr)
    elif written is None:
        emit(result.text, None)
    else:
        say(f"teamaudit: {written}")


@app.command("init", cls=ConventionalUsage)
def init_command(
    path: Annotated[str, typer.Argument(help="Where to write the starter team file (- prints it).")] = "team.yaml",
) -> None:
    """Write a commented starter team file (every field shown once); never overwrites."""
    from shlex import quote  # a command a hint prints works when pasted into a shell

    from teamaudit.starter import STARTER

    if Path(path) == STDOUT:
        emit(STARTER, None)
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
    emit(starter, _output_target(target, None, report=False))
    from teamaudit.schemafile import write_schema_beside

    schema = write_schema_beside(target)
    say(f"wrote {target}: edit it, then run `teamaudit check {quote(str(target))}`")
    if schema:
        say(f"wrote {schema}: the schema its first line names, for editors to validate it against")


@app.command("schema", cls=ConventionalUsage)
def schema_command() -> None:
    """Print the JSON Schema of the team file, for editors (yaml-language-server) and CI validation."""
    import json

    from teamaudit.schema import team_file_schema

    sys.stdout.write(json.dumps(team_file_schema(), indent=2) + "\n")


LogoAltOpt = Annotated[
    str | None,
    typer.Option(
        "--logo-alt",
        help="What a screen reader says for the logo: your firm's name when it is yours (default: the "
        "organization's); empty for none.",
        show_default=False,
        metavar="<text>",
    ),
]


def _logo_uri(logo: Path | None, alt: str | None) -> str | None:
    """`--logo` checked and embedded; `--logo-alt` is its text, refused without it."""
    if logo is None:
        if alt is not None:
            raise TeamAuditError(
                "--logo-alt is the text of the logo --logo embeds", hint="add --logo FILE, or leave out --logo-alt"
            )
        return None
    from teamaudit.render.logo import data_uri

    return data_uri(logo)


@app.command("report", cls=ConventionalUsage)
def report_command(
    context: typer.Context,
    team_file: TeamFile,
    output: Annotated[
        Path,
        output_option("The HTML file to write (- writes it to stdout).", show_default=False),
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
    logo_alt: LogoAltOpt = None,
    paper: PaperOpt = None,
    scope: ScopeOpt = None,
    basis: BasisOpt = None,
    fail_on: FailOnOpt = None,
    rubric: RubricOpt = None,
    config: ConfigOpt = None,
    details: ReportDetailsOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    max_people: MaxPeopleOpt = DEFAULT_MAX_PEOPLE,
    redact: RedactOpt = False,
) -> None:
    """Write a self-contained HTML report (charts, findings, the cost of closing the gap, methodology).
    Exit codes as for `check`."""
    from teamaudit.model import exit_code
    from teamaudit.pipeline import STDIN, STDIN_NAME, checked
    from teamaudit.render import RenderOptions, chunked_renderer
    from teamaudit.render.html import UNTITLED, untitled

    path = Path(team_file)
    html_output(output, _report_command(context))
    logo_uri = _logo_uri(logo, logo_alt)
    with _errors_redacted(redact):
        settings = _settings(path, config, rubric=rubric, scope=scope, basis=basis, fail_on=fail_on)
    target = _output_target(output, settings, path, *([logo] if logo else []))
    with _errors_redacted(redact):
        audit = checked(path, settings, max_bytes=max_bytes, max_people=max_people, redact=redact)
    report = audit.report
    say_notes(report.notes)
    # what the command line gives the report is free text it keeps: `--author "Maya Patel, CEO"` under --redact
    # named Person 01 of the file
    title, client, author, logo_alt = (
        audit.shown_text(given) if given else given for given in (title, client, author, logo_alt)
    )
    options = RenderOptions(
        details=details,
        title=title,
        client=client,
        author=author,
        logo=logo_uri,
        logo_alt=logo_alt,
        paper=paper or Paper.A4,
    )
    emit(chunked_renderer(Format.HTML)(report, options), target)
    from teamaudit.render.common import headline

    say_written(output, report.verdict, headline(report))
    if untitled(report.organization, title):
        say(
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
        if exc.hint is None and exc.kind == NO_SUCH_FILE:
            exc.hint = "name the team file, or leave it out to look for the config from this folder"
        raise


@app.command(cls=ConventionalUsage)
def explain(
    team_file: TeamFile,
    names: Annotated[
        list[str] | None,
        typer.Argument(
            help="Only these people, by name, part of a name (Priya) or id, in the order given (default: everyone, in "
            "file order).",
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
    from teamaudit.lookup import NotFound, select_people
    from teamaudit.pipeline import load_and_classify, rubric_for

    with _errors_redacted(redact), _name_before_file(team_file, names or []):
        settings = _settings(Path(team_file), config, rubric=rubric)
        loaded = load_and_classify(
            Path(team_file), rubric=rubric_for(settings), max_bytes=max_bytes, max_people=max_people
        )
    # Chosen among the real people, so a real name or id finds its person; redacted only then.
    redaction = privacy.redaction(loaded.roster.people) if redact else None
    people, not_found = loaded.people, None
    if names:
        aliases = redaction.names if redaction is not None else None
        try:
            people = select_people(people, names, Path(loaded.roster.source), aliases, say=say_note)
        except NotFound as missing:  # the people found are explained, the others named, exit 2
            people, not_found = missing.found, missing
    if redaction is not None:
        people = privacy.redact_people(people, redaction, loaded.rubric)
    sys.stdout.writelines(explain_people(people, loaded.rubric) if people else ())
    if not_found is not None:
        raise not_found


YAML = (".yaml", ".yml")


@contextmanager
def _name_before_file(team_file: str, names: Sequence[str]) -> Iterator[None]:
    """`teamaudit explain "Sam Cole"` was told only "Sam Cole: no such file": a name where the team file goes is
    told the order, with the team file of this folder when there is one."""
    try:
        yield
    except TeamAuditError as exc:
        named = exc.file == team_file  # the team file is missing, not a --rubric or --config file
        if named and exc.kind == NO_SUCH_FILE and exc.hint is None and not team_file.lower().endswith(YAML):
            from teamaudit.render.escape import shell_word

            file = next((p.name for p in sorted(Path().glob("team*.y*ml")) if p.is_file()), "TEAM_FILE")
            words = ["teamaudit", "explain", file, team_file, *names]
            exc.hint = f"the team file comes first, then names: {' '.join(map(shell_word, words))}"
        raise


@rubric_app.command("list", cls=ConventionalUsage)
def rubric_list() -> None:
    """List the built-in rubrics."""
    from teamaudit.rubric import load_rubric
    from teamaudit.rubricfiles import builtin_names

    for name in builtin_names():
        r = load_rubric(name)
        print(f"{r.name}\t{r.version}\t{r.description.split('.')[0] if r.description else ''}")


@rubric_app.command("show", cls=ConventionalUsage)
def rubric_show(name: Annotated[str, typer.Argument(help="Built-in name or path.")] = "healthcare-ai") -> None:
    """Print a rubric in full, with everything it inherits merged in: saved, it stands alone (no extends:)."""
    from teamaudit.rubric import load_rubric
    from teamaudit.rubricshow import standalone_yaml

    emit(standalone_yaml(load_rubric(name)), None)


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


def _side_path(spec: str) -> Path:
    """The file a diff side names: the path itself, or the working-tree file of a git:REF:PATH side."""
    side = git_side(spec)
    return Path(side[1] if side else spec)


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
        from teamaudit.rubric import load_rubric
        from teamaudit.rubricfiles import rubric_path

        if settings.config_file is not None:
            sources.append(settings.config_file)
        named_in = settings.rubric_named_in
        with suppress(TeamAuditError):  # an unknown or broken rubric: the run reports it
            sources.append(rubric_path(settings.rubric, named_in=named_in))
            sources.extend(Path(file) for file in load_rubric(settings.rubric, named_in=named_in).files)
    return output_target(output, sources, keep=DATA_SUFFIXES if report else frozenset())


def _errors_redacted(redact: bool) -> AbstractContextManager[None]:
    """privacy.errors_redacted, loaded only for a --redact run."""
    if not redact:
        return nullcontext()
    from teamaudit.privacy import errors_redacted

    return errors_redacted(True)


def main() -> None:
    """The console script `teamaudit`, and `python -m teamaudit`."""
    from teamaudit.entrypoint import run

    run(app)
