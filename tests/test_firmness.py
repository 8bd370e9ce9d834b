"""Verdict firmness (issue 14): could the people teamaudit is unsure about flip the over-indexing verdict?
Every format says so, with how many would have to be settled, or says the verdict holds whatever they are."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

LAYERS = """
  - {name: Ana, title: Registered Nurse}
  - {name: Ben, title: HL7 Interface Engineer}
  - {name: Cai, title: Regulatory Affairs Specialist}
"""
# Four ML researchers against three layer people: over-indexed. Two people nothing in the rubric recognises
# (`other`, unsure): counted in the layers, they would make it 4 vs 5, so one of them settles the question.
COULD_FLIP = (
    "people:"
    + LAYERS
    + "".join(f"  - {{name: ML{i}, title: Research Scientist}}\n" for i in range(4))
    + """
  - {name: Dee, title: Associate}
  - {name: Eli, title: Specialist}
"""
)
# Six against three: one unsure person cannot change that.
HOLDS = (
    "people:"
    + LAYERS
    + "".join(f"  - {{name: ML{i}, title: Research Scientist}}\n" for i in range(6))
    + """
  - {name: Dee, title: Associate}
"""
)
FLIP_WORDS = "Not firm: the plan view is over-indexed, but settling 1 of the 2 unsure people (TA005) the other way"
HOLD_WORDS = "Firm: the plan view is over-indexed whatever the 1 unsure person (TA005) turns out to be"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "sarif", "junit", "github", "html"])
@pytest.mark.parametrize(("team", "words"), [(COULD_FLIP, FLIP_WORDS), (HOLDS, HOLD_WORDS)], ids=["flip", "holds"])
def test_every_format_says_how_firm_the_verdict_is(tmp_path, fmt, team, words):
    path = tmp_path / "team.yaml"
    path.write_text(team, encoding="utf-8")
    result = run_cli("check", path, "--format", fmt)
    assert result.code == 1, result.stderr
    text = result.stdout.replace("&#x27;", "'").replace("&#39;", "'").replace("\\'", "'")
    if fmt == "markdown":
        text = text.replace("\\(", "(").replace("\\)", ")")
    assert words in text, text[:3000]


def test_json_gives_the_figures_both_ways(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(COULD_FLIP, encoding="utf-8")
    firmness = json.loads(run_cli("check", path, "--format", "json").stdout)["firmness"]["plan"]
    assert firmness["over_indexed"] is True and firmness["holds"] is False
    assert firmness["unsure"] == 2 and firmness["to_flip"] == 1
    assert firmness["if_unsure_in_layers"] == {"ml_research": 4.0, "three_layers": 5.0}
    assert firmness["if_unsure_ml_research"] == {"ml_research": 6.0, "three_layers": 3.0}


# Not over-indexed, but one unsure person (the Willow pharmacy analyst) counted as ML research would make it so.
ONE_UNSURE = (
    "people:\n  - {name: Ana, title: Registered Nurse}\n  - {name: Bo, title: Research Scientist}\n"
    "  - {name: Cy, title: Willow Pharmacy Analyst}\n  - {name: Di, title: Research Scientist}\n"
)


def _plan_firmness(tmp_path) -> dict:
    path = tmp_path / "team.yaml"
    path.write_text(ONE_UNSURE, encoding="utf-8")
    return json.loads(run_cli("check", path, "--format", "json").stdout)["firmness"]["plan"]


def test_a_passing_verdict_that_unsure_people_could_fail(tmp_path):
    """Not over-indexed, but an unsure person in a layer, counted as ML research, would make it so."""
    firmness = _plan_firmness(tmp_path)
    assert firmness["over_indexed"] is False and firmness["to_flip"] == 1


def test_one_unsure_person_is_named_as_one(tmp_path):
    """'settling 1 of the 1 unsure person' (a newcomer's trial): with one unsure person the sentence names them."""
    text = _plan_firmness(tmp_path)["text"]
    assert "but settling the 1 unsure person (TA005) the other way would make it over-indexed: settle it" in text
    assert "1 of the 1" not in text


# Three against three passes; two unsure people, both ML research, would make it 5 vs 3: one of them flips it.
PASS_COULD_FLIP = (
    "people:"
    + LAYERS
    + "".join(f"  - {{name: ML{i}, title: Research Scientist}}\n" for i in range(3))
    + """
  - {name: Dee, title: Associate}
  - {name: Eli, title: Specialist}
"""
)


def _cover(html: str) -> str:
    return html[html.index('<section id="cover">') : html.index('<section id="summary">')]


def test_a_pass_that_could_flip_says_so_beside_the_verdict_on_the_cover(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(PASS_COULD_FLIP, encoding="utf-8")
    result = run_cli("report", path, "-o", tmp_path / "report.html")
    assert result.code == 0, result.stderr
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    cover = _cover(html)
    assert (
        '<div class="verdict pass" id="verdict">PASS</div><span class="firmness not-firm" id="firmness" role="note">'
        "Not firm: settling 1 of 2 unsure people could flip it; settle them before trusting the verdict</span>"
    ) in cover
    assert ".firmness.not-firm {" in html and "print-color-adjust: exact" in html  # a caution on paper too


def test_a_firm_verdict_gets_a_quiet_note_on_the_cover(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(HOLDS, encoding="utf-8")
    cover = _cover(run_cli("check", path, "--format", "html").stdout)
    assert (
        '<span class="firmness firm" id="firmness">firm whatever the 1 unsure person turns out to be</span>'
    ) in cover
    assert "not-firm" not in cover


def test_markdown_heading_carries_the_caution(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(PASS_COULD_FLIP, encoding="utf-8")
    first = run_cli("check", path, "--format", "markdown").stdout.splitlines()[0]
    assert first == "## teamaudit: ✅ PASS, ⚠️ not firm: settling 1 of 2 unsure people could flip it"
    path.write_text(HOLDS, encoding="utf-8")
    assert run_cli("check", path, "--format", "markdown").stdout.splitlines()[0] == "## teamaudit: ❌ FAIL"


def test_text_says_not_firm_on_the_line_after_the_verdict(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(PASS_COULD_FLIP, encoding="utf-8")
    lines = run_cli("check", path).stdout.splitlines()
    assert lines[1].startswith("PASS  ") and lines[2].startswith("Not firm: the plan view is not over-indexed")
