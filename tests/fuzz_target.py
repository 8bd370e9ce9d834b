"""Fuzz iterations: run a team file, a rubric or a config through the whole pipeline and every renderer.

A TeamAuditError is the expected answer to bad input; any other exception is a crash. Used by
benchmarks/fuzz.py and the property tests, so both exercise exactly what `teamaudit check` runs.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from teamaudit.classify import classify_roster
from teamaudit.config import Settings, resolve
from teamaudit.errors import TeamAuditError
from teamaudit.explain import explain_people
from teamaudit.model import Report, Roster
from teamaudit.pipeline import report_for, rubric_for
from teamaudit.render import Format, RenderOptions, renderer
from teamaudit.render.common import near_threshold_notes
from teamaudit.render.escape import INVISIBLE
from teamaudit.roster import roster_from_text
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
        assert_inert(fmt.value, renderer(fmt)(report, RenderOptions(details=True)), github_lines(report))
    assert_inert("explain", "".join(explain_people(people, rubric)))


# What no input may put into any output: control characters (ESC, CR, C0/C1, ...), invisible format characters
# (bidi controls, zero-width space, tag characters: escape.INVISIBLE), Unicode line separators and lone surrogates.
# A line break or tab is only ever the renderer's own.
_FORBIDDEN = re.compile(f"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029{INVISIBLE}\ud800-\udfff]")
# What a CI log reads as a workflow command: `::` at the start of a line (GitHub trims leading whitespace), or the
# old `##[command]` syntax, which GitHub's runner finds anywhere in a line.
_COMMAND_LINE = re.compile(r"(?m)^\s*::|##\[")
_GITHUB_LINE = re.compile(r"::(error|warning|notice) [^\n:]*(?:%3A[^\n:]*)*::[^\n]*")
_MARKDOWN_TAGS = re.compile(r"</?(details|summary)>")


def github_lines(report: Report) -> int:
    """The workflow commands `--format github` prints: one per finding, one firmness notice per view, one notice
    per view one ML hire from over-indexed."""
    return len(report.placed_findings) + len(report.firmness) + len(near_threshold_notes(report)) + len(report.notes)


def assert_inert(kind: str, text: str, findings: int = 0) -> None:
    """The output invariants of issue 15 point 3, for one rendered output of `kind` (a format's name,
    'explain', 'diff-text', 'diff-markdown' or 'diff-json'). Raises AssertionError naming what broke."""
    bad = _FORBIDDEN.search(text)
    assert bad is None, f"{kind}: raw {bad.group()!r} at {bad.start()}"
    assert "##[" not in text, f"{kind}: an old-style workflow command: {text[text.index('##[') :][:80]!r}"
    if kind == "github":
        lines = text.splitlines()
        assert len(lines) == findings, f"github: {len(lines)} lines for {findings} findings"
        for line in lines:
            assert _GITHUB_LINE.fullmatch(line), f"github: not one workflow command: {line[:200]!r}"
        return
    command = _COMMAND_LINE.search(text)
    assert command is None, (
        f"{kind}: a line starts a workflow command: {text[command.start() : command.start() + 80]!r}"
    )
    if kind in ("json", "sarif", "diff-json"):
        json.loads(text, parse_constant=_refuse)
    elif kind == "junit":
        ET.fromstring(text.split("\n", 2)[2])
    elif kind in ("markdown", "diff-markdown"):
        _assert_inert_markdown(kind, text)


def _assert_inert_markdown(kind: str, text: str) -> None:
    stripped = _MARKDOWN_TAGS.sub("", text)
    assert "<" not in stripped, f"{kind}: raw HTML: {stripped[stripped.index('<') :][:80]!r}"
    assert not re.search(r"(?<!\\)\]\(", text), f"{kind}: a link or image"
    assert not re.search(r"@(?!&#8203;)", text), f"{kind}: an @mention"
    assert "://" not in text and not re.search(r"(?i)www\.", text), f"{kind}: an autolink"
    assert not re.search(r"(?<!\\)\$", text), f"{kind}: a $ GitHub may read as math"
    assert not re.search(r":[\w+-]+:", text), f"{kind}: an emoji shortcode"


def _refuse(constant: str) -> None:
    raise AssertionError(f"JSON holds {constant}, which strict parsers reject")
