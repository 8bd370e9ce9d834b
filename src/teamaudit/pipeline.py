"""The pipeline, end to end: team file -> Roster -> classified people -> Report."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from teamaudit.audit import audit
from teamaudit.classify import Progress, classify_roster
from teamaudit.config import Settings
from teamaudit.configschema import Suppression
from teamaudit.errors import TeamAuditError
from teamaudit.model import STDIN_SOURCE, ClassifiedPerson, CostTotal, Report, Roster
from teamaudit.paytotals import pay_totals
from teamaudit.roster import DEFAULT_MAX_PEOPLE, in_line_order, load_roster, roster_from_text
from teamaudit.rubric import Rubric, load_rubric
from teamaudit.rubricfiles import DEFAULT_RUBRIC
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES, decoded

if TYPE_CHECKING:
    from teamaudit.privacy import Redaction


def rubric_for(settings: Settings) -> Rubric:
    """The rubric named in the settings, with the config's threshold overrides applied."""
    rubric = load_rubric(settings.rubric, named_in=settings.rubric_named_in)
    if not settings.thresholds:
        return rubric
    return replace(rubric, thresholds=replace(rubric.thresholds, **settings.thresholds))


@dataclass(frozen=True)
class Loaded:
    roster: Roster
    people: tuple[ClassifiedPerson, ...]
    rubric: Rubric
    cost_totals: tuple[CostTotal, ...]  # computed before redaction drops per-person pay
    redaction: Redaction | None = None  # who is who, when redacted


def load_and_classify(
    path: Path,
    *,
    rubric: str | Rubric = DEFAULT_RUBRIC,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = DEFAULT_MAX_PEOPLE,
    progress: Progress | None = None,
    redact: bool = False,
) -> Loaded:
    rubric_ = load_rubric(rubric) if isinstance(rubric, str) else rubric
    roster = read_roster(path, max_bytes=max_bytes, max_people=max_people, progress=progress)
    return classified(roster, rubric_, progress=progress, redaction=_redaction(roster) if redact else None)


STDIN = Path("-")  # `check -`: the team file on standard input, as every Unix tool reads it
STDIN_NAME = Path(STDIN_SOURCE)  # what messages and reports call it


def read_roster(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = DEFAULT_MAX_PEOPLE,
    progress: Progress | None = None,
) -> Roster:
    """The team file, read a person at a time, with its reading progress in KB; `-` reads standard input. Its
    warnings include `init`'s example people left in it."""
    if path == STDIN:
        return _with_examples_note(roster_from_text(read_stdin(max_bytes), STDIN_NAME, max_people=max_people))
    on_progress = None
    if progress:
        stage = f"reading {path.name} (KB)"
        progress(stage, 0, None)

        def on_progress(done: int, total: int) -> None:
            progress(stage, done // 1024, total // 1024)

    return _with_examples_note(load_roster(path, max_bytes=max_bytes, max_people=max_people, on_progress=on_progress))


def _with_examples_note(roster: Roster) -> Roster:
    from teamaudit.starter import examples_note

    note = examples_note(roster)
    if note is None:
        return roster
    return replace(roster, notes=in_line_order((*roster.notes, note)))


def read_stdin(max_bytes: int) -> str:
    """Standard input as UTF-8 text, at most `max_bytes` of it (a pipe that never ends is refused at the limit)."""
    raw = sys.stdin.buffer.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise TeamAuditError(
            f"over the limit of {max_bytes:,} bytes", file=STDIN_NAME, hint="raise it with --max-bytes"
        )
    return decoded(raw, STDIN_NAME)


def classified(
    roster: Roster, rubric: Rubric, *, progress: Progress | None = None, redaction: Redaction | None = None
) -> Loaded:
    """The roster's people classified; with `redaction`, redacted."""
    people = classify_roster(roster, rubric, progress)
    if redaction is None:
        return Loaded(roster, people, rubric, pay_totals(roster))
    # After classification, which needs the real skills and background; before the audit writes messages.
    from teamaudit import privacy

    people = privacy.redact_people(people, redaction, rubric)
    totals = pay_totals(roster, redact=True)
    return Loaded(privacy.redact_roster(roster, people, redaction), people, rubric, totals, redaction)


def audited(loaded: Loaded, settings: Settings) -> Report:
    """The report on a loaded roster; suppressions naming a person follow them into their pseudonym."""
    if loaded.redaction is None:
        return report_for(loaded.roster, loaded.people, loaded.rubric, settings, totals=loaded.cost_totals)
    from teamaudit.privacy import redact_settings

    settings = redact_settings(settings, loaded.redaction)
    report = report_for(loaded.roster, loaded.people, loaded.rubric, settings, totals=loaded.cost_totals)
    return replace(report, redacted=True)


@dataclass(frozen=True)
class Versions:
    """Two versions of one team audited (`diff`), and how the head's report shows free text and suppressions
    when redacted (`shown_text`, `shown_suppressions`: the identity and none when not)."""

    base: Report
    head: Report
    redaction: Redaction | None = None

    def shown_text(self, text: str) -> str:
        return text if self.redaction is None else self.redaction.kept(text)

    def shown_suppressions(self, settings: Settings) -> dict[Suppression, Suppression]:
        if self.redaction is None:
            return {s: s for s in settings.ignore}
        from teamaudit.privacy import redact_settings

        return dict(zip(settings.ignore, redact_settings(settings, self.redaction).ignore, strict=True))


def audit_versions(
    base: Roster, head: Roster, settings: Settings, *, redact_same: Mapping[str, str] | None = None
) -> Versions:
    """Two versions of one team, each audited as `check` audits it; redacted when `redact_same` (a head name -> the
    base name of the same person, renames.py) is given, a person keeping one pseudonym in both."""
    rubric = rubric_for(settings)
    if redact_same is None:
        return Versions(audited(classified(base, rubric), settings), audited(classified(head, rubric), settings))
    from teamaudit.privacy import version_redactions

    redactions = version_redactions(base.people, head.people, redact_same)
    reports = [
        audited(classified(roster, rubric, redaction=redaction), settings)
        for roster, redaction in zip((base, head), redactions, strict=True)
    ]
    return Versions(reports[0], reports[1], redactions[1])


def report_for(
    roster: Roster,
    people: tuple[ClassifiedPerson, ...],
    rubric: Rubric,
    settings: Settings,
    today: dt.date | None = None,
    totals: tuple[CostTotal, ...] | None = None,
) -> Report:
    return audit(
        roster,
        people,
        rubric,
        scope=settings.scope,
        basis=settings.basis,
        fail_on=settings.fail_on,
        severities=settings.severities,
        suppressions=settings.ignore,
        today=today,
        cost_totals=totals if totals is not None else pay_totals(roster),
    )


def run_check(
    path: Path,
    settings: Settings | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = DEFAULT_MAX_PEOPLE,
    progress: Progress | None = None,
    redact: bool = False,
) -> Report:
    return checked(path, settings, max_bytes=max_bytes, max_people=max_people, progress=progress, redact=redact).report


@dataclass(frozen=True)
class Checked:
    """A team file audited, and how its report shows free text given beside the file (`report`'s `--title`,
    `--client`, `--author`): when redacted, as the organization is, its people's names as their pseudonyms."""

    report: Report
    redaction: Redaction | None = None

    def shown_text(self, text: str) -> str:
        return text if self.redaction is None else self.redaction.kept(text)


def checked(
    path: Path,
    settings: Settings | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = DEFAULT_MAX_PEOPLE,
    progress: Progress | None = None,
    redact: bool = False,
) -> Checked:
    """`run_check`, with the redaction the report was made with."""
    settings = settings or Settings()
    loaded = load_and_classify(
        path,
        rubric=rubric_for(settings),
        max_bytes=max_bytes,
        max_people=max_people,
        progress=progress,
        redact=redact,
    )
    return Checked(audited(loaded, settings), loaded.redaction)


def _redaction(roster: Roster) -> Redaction:
    from teamaudit.privacy import redaction

    return redaction(roster.people)
