"""Recommendations that overlap say so: each one says whether it is part of closing the gap, already inside
another's FTE, or a way to the same FTE instead of hiring, in every format that lists recommendations."""

from __future__ import annotations

import html
import json

import pytest

from conftest import run_cli

# messy-40: TA001 asks 3.7 FTE compliance (recommendation 1), converting 2 open ML requisitions gives 2.0 FTE
# compliance (4), TA003 asks a second compliance specialist (5).
PART = "part of closing the gap: 3.7 of the 4.6 FTE it takes"
INSTEAD = (
    "instead of hiring, not on top: converting these requisitions covers 2.0 of the 3.7 FTE for compliance in "
    "recommendation 1"
)
COVERED = "already in the gap, not on top: part of the 3.7 FTE for compliance in recommendation 1"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_each_recommendation_says_how_it_stands_to_the_gap(fmt):
    result = run_cli("check", "examples/messy-40.yaml", "--format", fmt)
    assert result.code == 1, result.stderr
    out = html.unescape(result.stdout).replace("\\(", "(").replace("\\)", ")").lower()
    recommendations = out[out.index("recommendations") :]
    positions = [recommendations.index(words.lower()) for words in (PART, INSTEAD, COVERED)]
    assert positions == sorted(positions)


def test_text_puts_the_note_under_its_recommendation():
    lines = run_cli("check", "examples/messy-40.yaml").stdout.splitlines()
    convert = next(i for i, line in enumerate(lines) if line.startswith("  4. [TA001] Convert 2 open ML"))
    assert lines[convert + 1] == f"     -> {INSTEAD}"
    second = next(i for i, line in enumerate(lines) if line.startswith("  5. [TA003]"))
    assert lines[second + 1] == f"     -> {COVERED}"


def test_json_carries_the_part_and_the_note():
    doc = json.loads(run_cli("check", "examples/messy-40.yaml", "--format", "json").stdout)
    gaps = [(r["rule"], r["gap"]["part"] if r["gap"] else None) for r in doc["recommendations"]]
    assert gaps == [
        ("TA001", "closes"),
        ("TA001", "closes"),
        ("TA001", "closes"),
        ("TA001", "instead"),
        ("TA003", "covered"),
    ]
    # no "in recommendation 1": the list's order follows the file's lines, and the notes do not depend on it
    assert doc["recommendations"][3]["gap"]["note"] == INSTEAD.removesuffix(" in recommendation 1")


def test_a_hire_nothing_else_covers_is_part_of_the_gap(tmp_path):
    path = tmp_path / "team.yaml"  # no integration layer, not over-indexed: TA002 alone asks for the hire
    path.write_text(
        "people:\n  - {name: Ana, title: Registered Nurse}\n  - {name: Cai, title: Regulatory Affairs Specialist}\n"
        "  - {name: Bo, title: Research Scientist}\n",
        encoding="utf-8",
    )
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    ta002 = next(r for r in doc["recommendations"] if r["rule"] == "TA002")
    assert ta002["gap"]["part"] == "closes" and ta002["gap"]["note"].startswith("part of closing the gap: 1.0 of the")
    assert all(r["gap"] is None for r in doc["recommendations"] if r["rule"] == "TA005")
