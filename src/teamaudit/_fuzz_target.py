"""Fuzz iterations: run a team file, a rubric or a config through the whole pipeline and every renderer.

A TeamAuditError is the expected answer to bad input; any other exception is a crash. Used by
benchmarks/fuzz.py and the property tests, so both exercise exactly what `teamaudit check` runs.
"""

from __future__ import annotations

from pathlib import Path

from teamaudit.classify import classify_roster
from teamaudit.config import Settings, resolve
from teamaudit.errors import TeamAuditError
from teamaudit.pipeline import report_for, rubric_for
from teamaudit.render import Format, RenderOptions, renderer
from teamaudit.roster import Roster, roster_from_text
from teamaudit.rubric import Rubric, load_rubric, read_rubric

# A small team with every layer, a declared layer, an open requisition and a planned hire, for rubrics and
# configs to be tried on.
SAMPLE_TEAM = """organization: Fuzz Health
people:
  - {name: Ann, title: Registered Nurse, background: ["RN, 6 years ICU"]}
  - {name: Bo, title: HL7 Interface Engineer, skills: [Mirth, FHIR]}
  - {name: Cy, title: Regulatory Affairs Manager, background: [filed two 510(k)s]}
  - {name: Di, title: Senior ML Engineer, skills: [PyTorch], fte: 0.5}
  - {name: Ed, title: Research Scientist, status: open}
  - {name: Fa, title: Product Manager, layer: clinical, status: planned, start: 2027-01-04}
  - {name: Gu, title: Karaoke Host}
"""


def run_once(text: str, name: str = "fuzz.yaml") -> bool:
    """True when the team file audited, False when it was refused with a TeamAuditError; raises on a crash."""
    try:
        roster = roster_from_text(text, Path(name))
    except TeamAuditError:
        return False
    _audit_and_render(roster, load_rubric(), Settings())
    return True


def run_rubric_once(text: str, folder: Path) -> bool:
    """The same for a rubric file: read it, then audit the sample team with it."""
    path = _write(folder / "fuzz-rubric.yaml", text)
    try:
        rubric = read_rubric(path)
    except TeamAuditError:
        return False
    _audit_and_render(roster_from_text(SAMPLE_TEAM, Path("sample.yaml")), rubric, Settings())
    return True


def run_config_once(text: str, folder: Path) -> bool:
    """The same for a config file: resolve the settings from it, then audit the sample team with them."""
    path = _write(folder / ".teamaudit.yaml", text)
    try:
        settings = resolve(None, config=path, env={})
        rubric = rubric_for(settings)
    except TeamAuditError:
        return False
    _audit_and_render(roster_from_text(SAMPLE_TEAM, Path("sample.yaml")), rubric, settings)
    return True


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def _audit_and_render(roster: Roster, rubric: Rubric, settings: Settings) -> None:
    people = classify_roster(roster, rubric)
    report = report_for(roster, people, rubric, settings)
    for fmt in Format:
        renderer(fmt)(report, RenderOptions(details=True))
