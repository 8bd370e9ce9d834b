"""One fuzz iteration: run a team file's text through the whole pipeline and every renderer.

A TeamAuditError is the expected answer to bad input; any other exception is a crash. Used by
benchmarks/fuzz.py and the property tests, so both exercise exactly what `teamaudit check` runs.
"""

from __future__ import annotations

from pathlib import Path

from teamaudit.classify import classify_roster
from teamaudit.config import Settings
from teamaudit.errors import TeamAuditError
from teamaudit.pipeline import report_for
from teamaudit.render import Format, RenderOptions, renderer
from teamaudit.roster import roster_from_text
from teamaudit.rubric import load_rubric


def run_once(text: str, name: str = "fuzz.yaml") -> bool:
    """True when the text audited, False when it was refused with a TeamAuditError; raises on a crash."""
    try:
        roster = roster_from_text(text, Path(name))
    except TeamAuditError:
        return False
    rubric = load_rubric()
    people = classify_roster(roster, rubric)
    report = report_for(roster, people, rubric, Settings())
    for fmt in Format:
        renderer(fmt)(report, RenderOptions(details=True))
    return True
