"""The pipeline, end to end: team file -> Roster -> classified people -> Report."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from teamaudit.audit import audit
from teamaudit.classify import ClassifiedPerson, classify_roster
from teamaudit.report import Basis, FailOn, Report, Scope, Severity
from teamaudit.roster import Roster, load_roster
from teamaudit.rubric import DEFAULT_RUBRIC, Rubric, load_rubric
from teamaudit.yamlfile import DEFAULT_MAX_BYTES


def load_and_classify(
    path: Path,
    *,
    rubric: str = DEFAULT_RUBRIC,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = 1_000_000,
) -> tuple[Roster, tuple[ClassifiedPerson, ...], Rubric]:
    rubric_ = load_rubric(rubric)
    roster = load_roster(path, max_bytes=max_bytes, max_people=max_people)
    return roster, classify_roster(roster, rubric_), rubric_


def run_check(
    path: Path,
    *,
    rubric: str = DEFAULT_RUBRIC,
    scope: Scope = Scope.PLAN,
    basis: Basis = Basis.FTE,
    fail_on: FailOn = FailOn.ERROR,
    severities: Mapping[str, Severity | None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = 1_000_000,
) -> Report:
    roster, people, rubric_ = load_and_classify(path, rubric=rubric, max_bytes=max_bytes, max_people=max_people)
    return audit(roster, people, rubric_, scope=scope, basis=basis, fail_on=fail_on, severities=severities)
