"""`--format github`: GitHub Actions workflow commands, one per finding, shown as annotations on the file.

An annotation is `error` exactly when its finding fails the run (Report.is_failing); findings that do not
(below --fail-on, or in the view beside the scope) are warnings or notices, and suppressed ones notices.
Every user string goes through GitHub's own escaping, so none can end the command or start another, and every
file is named relative to the workspace when it is inside it, the only paths GitHub attaches annotations to.
Under --redact the team file is named as given, not with the names in its path hidden (`Person 01-offer.yaml`, a
file that does not exist, on which no annotation lands): workflow commands never leave the run, whose log and
annotations only those who can read the repository, and so the file, see; the messages keep their pseudonyms.
"""

from __future__ import annotations

from teamaudit.errors import TeamAuditError, TeamAuditErrors
from teamaudit.model import STDIN_SOURCE, Finding, Report, Severity
from teamaudit.problems import shown_notes
from teamaudit.render import RenderOptions, escape
from teamaudit.render.common import firmness_sentences, near_threshold_notes
from teamaudit.render.workspace import workspace_path


def _file(path: str) -> list[str]:
    """The `file=` property naming `path`; none for standard input, which is no file an annotation can be on."""
    return [] if path == STDIN_SOURCE else [f"file={escape.github_property(workspace_path(path))}"]


def _command(report: Report, f: Finding) -> str:
    if report.is_failing(f):
        return "error"
    if f.suppressed or f.severity is Severity.INFO:
        return "notice"
    return "warning"


def render(report: Report, options: RenderOptions) -> str:
    lines = []
    files = {path: _file(path) for path in {report.source, *(f.file for f in report.all_findings if f.file)}}
    if report.redacted and options.team_file and report.source != STDIN_SOURCE:
        files[report.source] = _file(options.team_file)  # the file the annotations are on, not its name hidden
    for f in report.placed_findings:
        props = list(files[f.file or report.source])
        if f.line and props:
            props.append(f"line={f.line}")
        view = "" if f.view is report.scope else f" ({f.view.value} view; not failing)"
        props.append(f"title={escape.github_property(f'{f.rule} {f.name}{view}')}")
        message = f.message + (f" (suppressed: {f.suppressed})" if f.suppressed else "")
        lines.append(f"::{_command(report, f)} {','.join(props)}::{escape.github_data(message)}")
    about_team = ",".join([*files[report.source], f"title={escape.github_property('teamaudit verdict firmness')}"])
    lines += [f"::notice {about_team}::{escape.github_data(sentence)}" for sentence in firmness_sentences(report)]
    about_team = ",".join([*files[report.source], f"title={escape.github_property('teamaudit near threshold')}"])
    lines += [f"::notice {about_team}::{escape.github_data(note)}" for note in near_threshold_notes(report)]
    lines += [_at_line("warning", note, "teamaudit: check this line") for note in shown_notes(report.notes)]
    return "".join(line + "\n" for line in lines)


def input_errors(exc: TeamAuditError) -> str:
    """A file teamaudit cannot read, as error annotations at its lines: without them a pull request that breaks
    the team file shows nothing on the file, only a red job whose log says why."""
    problems = exc.problems if isinstance(exc, TeamAuditErrors) else (exc,)
    lines = [_at_line("error", problem, "teamaudit cannot read this file") for problem in problems]
    if isinstance(exc, TeamAuditErrors) and exc.more:
        lines.append(f"::error ::{escape.github_data(f'{exc.more:,} more problems not shown')}")
    return "".join(line + "\n" for line in lines)


def _at_line(command: str, problem: TeamAuditError, title: str) -> str:
    """An annotation at the file, line and column a problem names."""
    props = _file(str(problem.file)) if problem.file else []
    if props and problem.line is not None:
        props.append(f"line={problem.line}")
        if problem.column is not None:
            props.append(f"col={problem.column}")
    props.append(f"title={escape.github_property(title)}")
    message = problem.message + (f" ({problem.hint})" if problem.hint else "")
    return f"::{command} {','.join(props)}::{escape.github_data(message)}"
