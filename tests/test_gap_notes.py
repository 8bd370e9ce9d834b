"""Recommendations that overlap say so: each one says whether it is part of closing the gap, already inside
another's FTE, or a way to the same FTE instead of hiring, in every format that lists recommendations."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli
from test_report_pdf import SEED

# messy-40: converting 2 open ML requisitions (recommendation 1, the first step: their budget is approved) takes 2.0
# FTE off ML research and gives it to compliance, 12.0 vs 11.4 FTE: 1 hire left; TA001 asks 4 whole compliance hires
# (2) of the 5 a 4.6 FTE gap takes; TA003 asks a second compliance specialist (4). The notes count whole hires, as
# the advice does; the FTE is the finding's.
PART = (
    "part of closing the gap: 4 of the 5 people it takes; the gap takes 1 person if the 2 open ML requisitions are "
    "converted (recommendation 1)"
)
INSTEAD = (
    "instead of hiring, not on top: converting these spares hiring 4 of the 5 people it takes, as each "
    "leaves ML research too; 1 person left to hire, for compliance"
)
COVERED = "already in the gap, not on top: part of the 4 compliance hires in recommendation 2"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_each_recommendation_says_how_it_stands_to_the_gap(fmt):
    result = run_cli("check", "examples/messy-40.yaml", "--format", fmt)
    assert result.code == 1, result.stderr
    out = html.unescape(result.stdout).replace("\\(", "(").replace("\\)", ")").lower()
    recommendations = out[out.index("recommendations") :]
    positions = [recommendations.index(words.lower()) for words in (INSTEAD, PART, COVERED)]
    assert positions == sorted(positions)


def test_text_puts_the_note_under_its_recommendation():
    lines = run_cli("check", "examples/messy-40.yaml").stdout.splitlines()
    convert = next(i for i, line in enumerate(lines) if line.startswith("  1. [TA001] Convert 2 open ML"))
    assert lines[convert + 1] == f"     -> {INSTEAD}"
    second = next(i for i, line in enumerate(lines) if line.startswith("  4. [TA003]"))
    assert lines[second + 1] == f"     -> {COVERED}"


def test_json_carries_the_part_and_the_note():
    doc = json.loads(run_cli("check", "examples/messy-40.yaml", "--format", "json").stdout)
    gaps = [(r["rule"], r["gap"]["part"] if r["gap"] else None) for r in doc["recommendations"]]
    assert gaps == [
        ("TA001", "instead"),
        ("TA001", "closes"),
        ("TA001", "closes"),
        ("TA003", "covered"),
    ]
    # no "(recommendation 4)": the list's order follows the file's lines, and the notes do not depend on it
    assert doc["recommendations"][1]["gap"]["note"] == PART.removesuffix(" (recommendation 1)")
    assert doc["recommendations"][0]["gap"]["note"] == INSTEAD


def test_a_hire_nothing_else_covers_is_part_of_the_gap(tmp_path):
    path = tmp_path / "team.yaml"  # no integration layer, not over-indexed: TA002 alone asks for the hire
    path.write_text(
        "people:\n  - {name: Ana, title: Registered Nurse}\n  - {name: Cai, title: Regulatory Affairs Specialist}\n"
        "  - {name: Bo, title: Research Scientist}\n",
        encoding="utf-8",
    )
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    ta002 = next(r for r in doc["recommendations"] if r["rule"] == "TA002")
    # not over-indexed, so no finding explains "the gap": the note says whose it is
    note = "part of closing the gap in the missing and thin layers: 1 of the 3 people it takes"
    assert ta002["gap"]["part"] == "closes" and ta002["gap"]["note"] == note
    for fmt in ("text", "markdown", "html"):
        assert note in html.unescape(run_cli("check", path, "--format", fmt).stdout)
    assert all(r["gap"] is None for r in doc["recommendations"] if r["rule"] == "TA005")


def _retitled(tmp_path: Path) -> Path:
    """examples/backwards.yaml with its two open ML requisitions declared integration roles: what converting them
    means."""
    text = (EXAMPLES / "backwards.yaml").read_text(encoding="utf-8")
    converted = tmp_path / "converted.yaml"
    converted.write_text(
        text.replace("    status: open\n", "    status: open\n    layer: integration\n"), encoding="utf-8"
    )
    return converted


def test_converting_open_ml_requisitions_counts_twice(tmp_path):
    """backwards.yaml: 10.0 vs 1.5 FTE, 8.5 FTE to add, 9 whole hires. Converting the 2 open ML requisitions makes it
    8.0 vs 3.5, 4.5 FTE to add, 5 hires, as the check of the file with them retitled says; the note said they cover
    2.0 of the 3.3 FTE for integration."""
    after = json.loads(run_cli("check", _retitled(tmp_path), "--format", "json").stdout)
    left = {r["layer"]: r["fte"] for r in after["recommendations"] if r["rule"] == "TA001"}
    assert left == {"clinical": 2.0, "integration": 1.0, "compliance": 2.0}
    assert "It takes 5 people full-time to close the 4.5 FTE gap" in after["recommendations"][0]["text"]

    out = run_cli("check", "examples/backwards.yaml").stdout
    assert "It takes 9 people full-time to close the 8.5 FTE gap" in out
    assert "so this cuts the 9 people it takes to end the over-indexing to 5 people." in out  # the advice itself
    assert "covers 2.0 of the 3.3 FTE" not in out
    assert (
        "     -> instead of hiring, not on top: converting these spares hiring 4 of the 9 people it takes, as each "
        "leaves ML research too; 5 people left to hire: 2 for clinical, 1 for integration and 2 for compliance"
    ) in out.splitlines()
    # each share of the 8.5 says what is left if the requisitions are converted: the gap, not the share ("3.3 of the
    # 8.5 FTE it takes; 4.5 FTE if ... converted" read as this share growing to 4.5)
    converted = (
        "of the 9 people it takes; the gap takes 5 people if the 2 open ML requisitions are converted "
        "(recommendation 1)"
    )
    assert out.count(converted) == 3


@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
def test_every_format_says_what_converting_leaves(fmt):
    out = html.unescape(run_cli("check", "examples/backwards.yaml", "--format", fmt).stdout).replace("\\", "")
    assert "5 people left to hire: 2 for clinical, 1 for integration and 2 for compliance" in out
    assert "covers 2.0 of the 3.3 FTE" not in out


def test_a_gap_the_thin_layers_raise_says_what_the_over_indexing_alone_takes():
    """plan-fixes.yaml today: the over-indexing asks at least 2.0 FTE, a second person in each of the three thin
    layers 3.0. Recommendation 1 said "add at least 2.0 FTE", recommendations 4-6 "1.0 of the 3.0 FTE it takes", as
    if one of the two figures were wrong (both are the current view's)."""
    doc = json.loads(run_cli("check", "examples/plan-fixes.yaml", "--scope", "current", "--format", "json").stdout)
    notes = [r["gap"]["note"] for r in doc["recommendations"] if r["rule"] == "TA003"]
    assert notes[-1] == (
        "part of closing the gap: 1 of the 3 people it takes (ending the over-indexing alone takes 2 people; other "
        "findings take more)"
    )
    ta001 = next(r for r in doc["recommendations"] if r["rule"] == "TA001")
    assert "hire 2 people" in ta001["text"] and "close the 2.0 FTE gap" in ta001["text"]
    assert doc["composition"]["current"]["ml_research"] - doc["composition"]["current"]["three_layers"] == 2.0
    page = html.unescape(run_cli("check", "examples/plan-fixes.yaml", "--scope", "current", "--format", "html").stdout)
    assert (
        "Closing the whole gap: 3 people across 3 layers (ending the over-indexing alone takes 2 people; other "
        "findings take more); $335,000–$510,000 a year for 2 of the 3 people"
    ) in page


_CONVERTS_ALL = (
    "people:\n"
    + "".join(f"  - {{name: M{i}, title: Research Scientist}}\n" for i in range(5))
    + "  - {name: O1, title: Research Scientist, status: open}\n"
    "  - {name: N1, title: Registered Nurse, background: ICU nurse}\n"
    "  - {name: N2, title: Registered Nurse, background: ED nurse}\n"
    "  - {name: H1, title: Interface Analyst, skills: [HL7]}\n"
    "  - {name: H2, title: Interface Analyst, skills: [HL7]}\n"
    "  - {name: C1, title: Regulatory Affairs Specialist, background: filed a 510(k)}\n"
)


def test_a_conversion_that_closes_the_whole_gap_says_nothing_is_left(tmp_path):
    """6.0 vs 5.0 FTE: converting one open ML requisition to compliance makes it 5.0 vs 6.0."""
    team = tmp_path / "team.yaml"
    team.write_text(_CONVERTS_ALL, encoding="utf-8")
    out = run_cli("check", team).stdout
    assert "so this closes the whole 1.0 FTE gap." in out
    assert "converting this one closes the whole gap (1 person), as it leaves ML research too; nothing left" in out
    assert "no gap is left if the open ML requisition is converted (recommendation 1)" in out
    page = html.unescape(run_cli("check", team, "--format", "html").stdout)
    assert "If the open ML requisition is converted instead (the budget is already approved), nothing is left" in page


def _first_step(page: str) -> str:
    return re.sub(r"<[^>]+>", "", page.split('<p id="first-hire">')[1].split("</p>")[0])


@pytest.mark.parametrize("team", ["backwards", "messy-40", "converts-all", "seed"])
def test_the_summarys_first_step_is_recommendation_1(tmp_path, team):
    """Recommendation 1 converts the open ML requisitions (TA001's first advice), while the HTML summary led with
    "Hire first: FDA SaMD AI/ML regulatory specialist ...": a board read two different first steps. The summary now
    leads with recommendation 1's conversion, then the hire that comes first once it is done, with what the text
    advice says converting leaves of that layer."""
    source = EXAMPLES / f"{team}.yaml"
    if team in ("converts-all", "seed"):
        source = tmp_path / "team.yaml"
        source.write_text(_CONVERTS_ALL if team == "converts-all" else SEED, encoding="utf-8")
    text = run_cli("check", source).stdout
    said = _first_step(html.unescape(run_cli("check", source, "--format", "html").stdout))
    step = re.search(r"  1\. \[TA001\] Convert (\d+) open ML requisitions? to (\w+):", text)
    assert step is not None, text
    count = "the open ML requisition" if step.group(1) == "1" else f"the {step.group(1)} open ML requisitions"
    assert said.startswith(f"First: convert {count} to {step.group(2)} (recommendation 1;"), said
    assert "Hire first" not in said
    left = re.search(r"converting (?:these|this one) (?:closes|spares hiring|ends) .*?; (.*)", text)
    assert left is not None
    if left.group(1) == "nothing left to hire":
        assert said.endswith("that closes the whole gap, and no hire is then needed."), said
        return
    then = re.search(r"Then hire first: .*?, for the (\w+) layer \((\d+) (?:people|person)\)", said)
    assert then is not None, said
    layer, hires = then.group(1), then.group(2)
    assert re.search(rf"\b{hires} (?:for {layer}|person left to hire, for {layer})", left.group(1)), left.group(1)


def test_the_first_hire_after_converting_is_never_the_layer_the_requisitions_fill(tmp_path):
    """Converting 2 open ML requisitions to the missing compliance layer leaves 1.0 FTE each of clinical and
    integration, and no compliance hire: the summary names the hire that comes first then, and the seed team with
    its requisition written first names no compliance hire after converting to compliance."""
    source = tmp_path / "team.yaml"
    source.write_text(
        "people:\n"
        + "".join(f"  - {{name: M{i}, title: Research Scientist}}\n" for i in range(6))
        + "  - {name: O1, title: Research Scientist, status: open}\n"
        "  - {name: O2, title: Research Scientist, status: open}\n"
        "  - {name: N1, title: Registered Nurse, background: ICU nurse}\n"
        "  - {name: H1, title: Interface Analyst, skills: [HL7]}\n",
        encoding="utf-8",
    )
    assert "2 people left to hire: 1 for clinical and 1 for integration" in run_cli("check", source).stdout
    said = _first_step(html.unescape(run_cli("check", source, "--format", "html").stdout))
    assert said.startswith(
        "First: convert the 2 open ML requisitions to compliance (recommendation 1; the budget is already approved). "
        "Then hire first: Clinical informaticist or clinical workflow lead"
    ), said
    assert "for the clinical layer (1 person)" in said
    lines = SEED.splitlines(keepends=True)
    source.write_text("".join([*lines[:3], lines[-1], *lines[3:-1]]), encoding="utf-8")
    said = _first_step(html.unescape(run_cli("check", source, "--format", "html").stdout))
    assert "Then hire first: EHR integration engineer" in said and said.count("compliance") == 1, said


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "junit", "github"])
def test_every_format_gives_the_gap_in_fte_and_in_whole_hires_alike(fmt):
    """The advice counts whole hires (9 people close backwards.yaml's 8.5 FTE gap) while the notes said "4.0 of the
    9.0 FTE it takes", a figure that is neither the gap nor a count of people, and SARIF, JUnit and GitHub said
    nothing of the gap at all. Every format now says the finding's 8.5 FTE and 9 people, and the notes count people."""
    out = html.unescape(run_cli("check", "examples/backwards.yaml", "--format", fmt).stdout).replace("\\", "")
    assert "it takes 9 people full-time to close the 8.5 FTE gap" in out
    assert "9.0 FTE it takes" not in out and "of the 9.0 FTE" not in out
    if fmt in ("text", "json", "markdown", "html"):
        assert "part of closing the gap: 4 of the 9 people it takes" in out


# The seed team of test_report_pdf.py: 4.0 vs 2.5 FTE; compliance held by a 0.1 FTE advisor, clinical and integration
# by one person each: 3 people, one per layer. Its one open ML requisition, converted to compliance, ends the
# over-indexing (3.0 vs 3.5) and is the compliance hire: 2 are left. The notes said converting "closes 0 of the 3
# people it takes; 3 people left to hire: 1 for clinical, 1 for integration and 1 for compliance", as the requisition
# then held compliance alone and TA003 asked for a second person there.
SEED_CONVERTED = (
    "instead of hiring, not on top: converting this one ends the over-indexing and spares hiring 1 of the 3 "
    "people it takes; 2 people left to hire: 1 for clinical and 1 for integration"
)
SEED_PART = (
    "1 of the 3 people it takes (ending the over-indexing alone takes 2 people; other findings take more); the gap"
)
SEED_IF_CONVERTED = "the gap takes 2 people if the open ML requisition is converted"


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_a_converted_requisition_is_the_hire_of_its_layer_in_every_format(tmp_path, fmt):
    (tmp_path / "team.yaml").write_text(SEED, encoding="utf-8")
    result = run_cli("check", "team.yaml", "--format", fmt, cwd=tmp_path)
    assert result.code == 1, result.stderr
    out = html.unescape(result.stdout).replace("\\", "")
    assert SEED_CONVERTED in out
    assert out.count(SEED_PART) == 3 and out.count(SEED_IF_CONVERTED) == 3
    assert "closes 0 of" not in out and "1 for compliance" not in out
    if fmt == "json":
        gap = json.loads(result.stdout)["gap"]
        assert gap["total"] == 3.0 and gap["by_layer"] == {"clinical": 1.0, "integration": 1.0, "compliance": 1.0}
        converting = gap["if_converted"]
        assert converting["closes"] == 1.0 and converting["left"] == 2.0
        assert converting["left_by_layer"] == {"clinical": 1.0, "integration": 1.0}
    if fmt == "html":
        converted = out.split('id="cost-converted"')[1].split("</table>")[0]
        assert "Compliance" not in converted and "1 of 2" in converted
        assert (
            "If the open ML requisition is converted instead (the budget is already approved): 2 people across 2" in out
        )


_ONE_HIRE = (
    "people:\n"
    + "".join(f"  - {{name: M{i}, title: Research Scientist}}\n" for i in range(7))
    + "".join(f"  - {{name: N{i}, title: Registered Nurse, background: ICU nurse}}\n" for i in range(2))
    + "".join(f"  - {{name: H{i}, title: Interface Analyst, skills: [HL7]}}\n" for i in range(2))
    + "".join(
        f"  - {{name: C{i}, title: Regulatory Affairs Specialist, background: filed a 510(k)}}\n" for i in range(2)
    )
)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_a_gap_of_one_hire_is_that_hire_not_one_of_it(tmp_path, fmt):
    """7.0 vs 6.0 FTE: one hire closes the gap, which the note called "1 of the 1 person it takes"."""
    (tmp_path / "team.yaml").write_text(_ONE_HIRE, encoding="utf-8")
    out = html.unescape(run_cli("check", "team.yaml", "--format", fmt, cwd=tmp_path).stdout)
    assert "closing the gap: the 1 person it takes" in out
    assert "1 of the 1 person" not in out
    if fmt == "html":
        assert "for the clinical layer: the 1 person the gap takes." in out


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_counted_in_people_the_hires_are_the_gap(tmp_path, fmt):
    """With --basis headcount the advice read "It takes 8 people full-time to close the 8 people gap", and converting
    "closes the whole 1 person gap"."""
    (tmp_path / "team.yaml").write_text(_CONVERTS_ALL, encoding="utf-8")
    out = html.unescape(run_cli("check", "team.yaml", "--basis", "headcount", "--format", fmt, cwd=tmp_path).stdout)
    assert "It takes 1 person to close the gap." in out  # 'fewer' than one hire is none: not said
    assert "so this closes the whole gap." in out
    assert "people gap" not in out and "person gap" not in out and "person full-time" not in out
    backwards = run_cli("check", "examples/backwards.yaml", "--basis", "headcount", "--format", fmt).stdout
    assert "It takes 8 people to close the gap; fewer leave ML research ahead." in html.unescape(backwards)
    assert "8 people gap" not in html.unescape(backwards)


def test_what_converting_leaves_says_the_over_indexings_share_beside_the_other_findings(tmp_path):
    """No layer at all, 2 ML researchers and 1 open ML requisition: converting it to clinical "cuts the 3
    people it takes to end the over-indexing to 1 person", while 2 are left with the missing integration and
    compliance layers. The note said "2 people left to hire" beside the advice's "1 person", two answers to one sum."""
    (tmp_path / "team.yaml").write_text(
        "people:\n  - {name: M1, title: Research Scientist}\n  - {name: M2, title: Research Scientist}\n"
        "  - {name: R1, title: Research Scientist, status: open}\n",
        encoding="utf-8",
    )
    doc = json.loads(run_cli("check", "team.yaml", "--format", "json", cwd=tmp_path).stdout)
    convert = next(r for r in doc["recommendations"] if r["gap"] and r["gap"]["part"] == "instead")
    assert "so this cuts the 3 people it takes to end the over-indexing to 1 person." in convert["text"]
    assert convert["gap"]["note"] == (
        "instead of hiring, not on top: converting this one spares hiring 1 of the 3 people it takes; 2 people "
        "left to hire: 1 for integration and 1 for compliance (ending the over-indexing then takes 1 person; other "
        "findings more)"
    )
    assert doc["gap"]["if_converted"]["closes"] == 1.0 and doc["gap"]["if_converted"]["left"] == 2.0
