"""The pipeline, end to end: team file -> Roster -> classified people -> Report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from teamaudit.audit import audit
from teamaudit.classify import ClassifiedPerson, Progress, classify_roster
from teamaudit.config import Settings
from teamaudit.report import Report
from teamaudit.roster import Roster, load_roster
from teamaudit.rubric import DEFAULT_RUBRIC, Rubric, load_rubric
from teamaudit.yamlfile import DEFAULT_MAX_BYTES


def rubric_for(settings: Settings) -> Rubric:
    """The rubric named in the settings, with the config's threshold overrides applied."""
    rubric = load_rubric(settings.rubric)
    if not settings.thresholds:
        return rubric
    return rubric.model_copy(update={"thresholds": rubric.thresholds.model_copy(update=settings.thresholds)})


def load_and_classify(
    path: Path,
    *,
    rubric: str | Rubric = DEFAULT_RUBRIC,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = 1_000_000,
    progress: Progress | None = None,
) -> tuple[Roster, tuple[ClassifiedPerson, ...], Rubric]:
    rubric_ = load_rubric(rubric) if isinstance(rubric, str) else rubric
    if progress:
        progress(f"reading {path.name}", 0, None)
    roster = load_roster(path, max_bytes=max_bytes, max_people=max_people)
    return roster, classify_roster(roster, rubric_, progress), rubric_


def report_for(
    roster: Roster,
    people: tuple[ClassifiedPerson, ...],
    rubric: Rubric,
    settings: Settings,
    today: dt.date | None = None,
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
    )


def run_check(
    path: Path,
    settings: Settings | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = 1_000_000,
    progress: Progress | None = None,
) -> Report:
    settings = settings or Settings()
    roster, people, rubric = load_and_classify(
        path, rubric=rubric_for(settings), max_bytes=max_bytes, max_people=max_people, progress=progress
    )
    return report_for(roster, people, rubric, settings)
