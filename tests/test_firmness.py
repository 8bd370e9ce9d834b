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


def _team(ml: int, others: str, layers: str = LAYERS) -> str:
    """A team file: the people of the three layers, `ml` research scientists, then `others`."""
    return "people:" + layers + "".join(f"  - {{name: ML{i}, title: Research Scientist}}\n" for i in range(ml)) + others


# Four ML researchers against three layer people: over-indexed. Two people nothing in the rubric recognises
# (`other`, unsure): counted in the layers, they would make it 4 vs 5, so one of them settles the question.
COULD_FLIP = _team(
    4,
    """
  - {name: Dee, title: Associate}
  - {name: Eli, title: Specialist}
""",
)
# Six against three: one unsure person cannot change that.
HOLDS = _team(
    6,
    """
  - {name: Dee, title: Associate}
""",
)
FLIP_WORDS = "Not firm: the current view is over-indexed, but settling 1 of the 2 unsure people (TA005) the other way"
HOLD_WORDS = "Firm: the current view is over-indexed whatever the 1 unsure person (TA005) turns out to be"


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
    assert "but settling the 1 unsure person (TA005) the other way would make it over-indexed. Settle it first." in text
    assert "1 of the 1" not in text


# Three against three passes; two unsure people, both ML research, would make it 5 vs 3: one of them flips it.
PASS_COULD_FLIP = _team(
    3,
    """
  - {name: Dee, title: Associate}
  - {name: Eli, title: Specialist}
""",
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
        '<div class="verdict pass" id="verdict">Not over-indexed</div>'
        '<span class="firmness not-firm" id="firmness" role="note">'
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
    assert lines[1].startswith("PASS  ") and lines[2].startswith("Not firm: the current view is not over-indexed")


# A person the file gives no fte who may give less than the 1.0 FTE they count for (an advisor, a contractor, a title
# saying part-time) is counted both ways too, anywhere above 0 up to that 1.0. A newcomer's import counted an
# advisor with no FTE as 1.0: ML research 4 vs layers 4 passed "Firm", where the advisor's real 0.15 fails it.
SURE_ADVISOR = (
    "  - {name: Hal, title: Clinical Advisor, employment: advisor, background: [MD, board-certified internist]}\n"
)
FTE_COULD_FLIP = _team(4, SURE_ADVISOR)
# Three against four: however little the advisor gives, the layers keep at least 3.
FTE_HOLDS = _team(3, SURE_ADVISOR, layers=LAYERS + "  - {name: Nia, title: Registered Nurse}\n")
FTE_FLIP_WORDS = (
    "Not firm: the current view is not over-indexed, but a lower FTE for the one person with no FTE would make it "
    "over-indexed. Write the advisor's fte first. ML research 4.0 vs layers 3.0 to 4.0 FTE."
)
FTE_HOLD_WORDS = (
    "Firm: the current view is not over-indexed whatever share of a week the one person with no FTE (an "
    "advisor) gives. ML research 3.0 vs layers 4.0 to 5.0 FTE."
)


def _check(tmp_path, team: str, *args: str):
    path = tmp_path / "team.yaml"
    path.write_text(team, encoding="utf-8")
    return run_cli("check", path, *args)


def _plain(fmt: str, text: str) -> str:
    text = text.replace("&#x27;", "'").replace("&#39;", "'").replace("\\'", "'")
    return text.replace("\\(", "(").replace("\\)", ")") if fmt == "markdown" else text


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "sarif", "junit", "github", "html"])
@pytest.mark.parametrize(
    ("team", "words"), [(FTE_COULD_FLIP, FTE_FLIP_WORDS), (FTE_HOLDS, FTE_HOLD_WORDS)], ids=["flip", "holds"]
)
def test_every_format_says_whether_a_missing_fte_could_flip_the_verdict(tmp_path, fmt, team, words):
    result = _check(tmp_path, team, "--format", fmt)
    assert result.code == 0, result.stderr
    text = _plain(fmt, result.stdout)
    if fmt == "html":  # the client's report asks for the FTE to be confirmed, not the key written
        words = words.replace("Write the advisor's fte", "Confirm the advisor's FTE")
    assert words in text, text[:3000]
    if words is FTE_HOLD_WORDS:
        assert "Not firm" not in text and "not firm" not in text


def test_the_short_forms_beside_the_verdict_name_the_missing_fte(tmp_path):
    """The markdown heading and the HTML cover carry the caution with what to do; a firm verdict stays quiet."""
    first = _check(tmp_path, FTE_COULD_FLIP, "--format", "markdown").stdout.splitlines()[0]
    assert first == "## teamaudit: ✅ PASS, ⚠️ not firm: a lower FTE for the one person with no FTE could flip it"
    cover = _cover(_check(tmp_path, FTE_COULD_FLIP, "--format", "html").stdout)
    assert (
        '<span class="firmness not-firm" id="firmness" role="note">Not firm: a lower FTE for the one person with no '
        "FTE could flip it; confirm their FTE before trusting the verdict</span>"
    ) in cover
    cover = _cover(_check(tmp_path, FTE_HOLDS, "--format", "html").stdout)
    assert '<span class="firmness firm" id="firmness">firm whatever the one person with no FTE gives</span>' in cover


def _firmness(tmp_path, team: str, *args: str) -> dict:
    return json.loads(_check(tmp_path, team, "--format", "json", *args).stdout)["firmness"]["plan"]


def test_json_counts_the_missing_fte_and_gives_both_cases(tmp_path):
    f = _firmness(tmp_path, FTE_COULD_FLIP)
    assert f["over_indexed"] is False and f["holds"] is False
    assert (f["unsure"], f["fte_in_doubt"], f["fte_in_doubt_kinds"]) == (0, 1, {"advisor": 1})
    assert (f["to_flip"], f["to_flip_fte_in_doubt"]) == (1, 1)
    assert f["best_case"] == {"ml_research": 4.0, "three_layers": 4.0}
    assert f["worst_case"] == {"ml_research": 4.0, "three_layers": 3.0}
    # The unsure-only figures keep their meaning: with nobody unsure, every fte as counted.
    assert f["if_unsure_in_layers"] == f["if_unsure_ml_research"] == {"ml_research": 4.0, "three_layers": 4.0}
    f = _firmness(tmp_path, FTE_HOLDS)
    assert f["holds"] is True and f["to_flip"] == 0 and f["fte_in_doubt"] == 1


def test_a_stated_fte_settles_it(tmp_path):
    """The advisor's 0.15 written in: ML research 4 vs layers 3.15 fails, and nothing is in doubt."""
    result = _check(tmp_path, FTE_COULD_FLIP.replace("employment: advisor,", "employment: advisor, fte: 0.15,"))
    assert result.code == 1 and result.stderr == ""
    assert "Firm: the current view is over-indexed, and no one's layer is in doubt." in result.stdout


def test_with_basis_headcount_a_missing_fte_changes_nothing(tmp_path):
    """An FTE counts for nothing when people are counted: the advisor is one person whatever share they give."""
    f = _firmness(tmp_path, FTE_COULD_FLIP, "--basis", "headcount")
    assert f["holds"] is True and f["fte_in_doubt"] == 0 and f["fte_in_doubt_kinds"] == {}
    assert f["text"] == "Firm: the current view is not over-indexed, and no one's layer is in doubt."


CLINICIAN_AND_ADVISOR = """people:
  - {name: Ann Lee, title: Registered Nurse, background: [RN, 6 years ICU]}
  - {name: Dr Bo Chan, title: Clinical Advisor, employment: advisor, background: [MD, hospitalist]}
  - {name: Cy Ito, title: HL7 Interface Engineer, background: [built HL7 interfaces in Mirth]}
  - {name: Di Fox, title: Interoperability Engineer, background: [built FHIR APIs]}
  - {name: Ed Roy, title: Regulatory Affairs Specialist, background: [filed two 510(k)s]}
  - {name: Fay Oz, title: Quality Engineer ISO 13485, background: [filed a 510(k)]}
  - {name: Gus Li, title: ML Engineer}
"""


def test_with_basis_headcount_a_missing_fte_does_not_thin_a_layer(tmp_path):
    """`--basis headcount` said "Firm: ... no one's layer is in doubt" and, below it, TA003 "the clinical layer is
    held by 2 people, but teamaudit is sure of 1; no fte, so perhaps under 0.5 FTE: Dr Bo Chan", asking for an fte
    the basis never reads. Counting people, the advisor is one person; an fte the file writes still counts."""
    team = tmp_path / "team.yaml"
    team.write_text(CLINICIAN_AND_ADVISOR, encoding="utf-8")
    by_fte = run_cli("check", team)
    assert by_fte.code == 0 and "no FTE in the file, so perhaps under 0.5 FTE: Dr Bo Chan (line 3)" in by_fte.stdout
    by_people = run_cli("check", team, "--basis", "headcount")
    assert by_people.code == 0 and "TA003" not in by_people.stdout and "Write the fte" not in by_people.stdout
    assert "no errors, no warnings, no notes" in by_people.stdout
    team.write_text(CLINICIAN_AND_ADVISOR.replace("employment: advisor,", "employment: advisor, fte: 0.1,"))
    written = run_cli("check", team, "--basis", "headcount")
    assert "the clinical layer is held by 1 person: Ann Lee (line 2); Dr Bo Chan (line 3) at under 0.5 FTE" in (
        written.stdout
    )


# Three against four (the advisor), with one unsure person nothing points anywhere: as ML research they make it
# 4 vs 4, still passing; the advisor giving less makes it 3 vs 3+, still passing; both together fail it.
BOTH_NEEDED = _team(
    3,
    SURE_ADVISOR + "  - {name: Dee, title: Associate}\n",
)


def test_unsure_layers_and_missing_fte_are_counted_together(tmp_path):
    f = _firmness(tmp_path, BOTH_NEEDED)
    assert (f["unsure"], f["fte_in_doubt"], f["to_flip"], f["to_flip_fte_in_doubt"]) == (1, 1, 2, 1)
    assert f["worst_case"] == {"ml_research": 4.0, "three_layers": 3.0}
    assert f["if_unsure_ml_research"] == {"ml_research": 4.0, "three_layers": 4.0}  # alone, the unsure cannot
    assert f["text"] == (
        "Not firm: the current view is not over-indexed, but settling the 1 unsure person (TA005) the other way and a "
        "lower FTE for the one person with no FTE would make it over-indexed. Settle it and write the advisor's fte "
        "first. ML research vs layers: 3.0 vs 5.0 FTE at best, 4.0 vs 3.0 FTE at worst."
    )
    first = _check(tmp_path, BOTH_NEEDED, "--format", "markdown").stdout.splitlines()[0]
    assert first.endswith(
        "not firm: settling the 1 unsure person and a lower FTE for the one person with no FTE could flip it"
    )


def test_an_unsure_advisor_is_counted_once_as_unsure(tmp_path):
    """An unsure person counts for their whole 1.0 wherever they are settled, so their FTE adds no doubt of its own."""
    f = _firmness(
        tmp_path,
        BOTH_NEEDED.replace(
            "  - {name: Dee, title: Associate}", "  - {name: Dee, title: Associate, employment: advisor}"
        ),
    )
    assert (f["unsure"], f["fte_in_doubt"]) == (1, 1)


def test_an_fte_of_exactly_0_is_no_share_of_a_week(tmp_path):
    """Two ML researchers and an ML advisor against two in the layers: only an advisor giving 0 would make it 2 vs 2,
    and an fte is above 0, so the verdict holds. Three advisors the other way need every one of them."""
    ml_advisor = "  - {{name: MA{0}, title: ML Advisor, employment: advisor, skills: [PyTorch]}}\n"
    team = "people:\n  - {name: Ana, title: Registered Nurse}\n  - {name: Nia, title: Registered Nurse}\n"
    f = _firmness(
        tmp_path,
        team
        + "  - {name: M0, title: Research Scientist}\n  - {name: M1, title: Research Scientist}\n"
        + ml_advisor.format(0),
    )
    assert f["over_indexed"] is True and f["fte_in_doubt"] == 1 and f["holds"] is True
    f = _firmness(
        tmp_path, team + "  - {name: M0, title: Research Scientist}\n" + "".join(ml_advisor.format(i) for i in range(2))
    )
    assert f["over_indexed"] is True and (f["to_flip"], f["to_flip_fte_in_doubt"]) == (2, 2)


def test_a_contractor_and_a_part_time_title_with_no_fte_are_in_doubt_too(tmp_path):
    """A contractor is not warned of (most work full time), but the verdict names them; a title saying part-time
    with no fte is a warning at its line, as an advisor is."""
    team = FTE_COULD_FLIP.replace(
        SURE_ADVISOR, "  - {name: Hal, title: HL7 Interface Engineer, employment: contractor}\n"
    )
    f = _firmness(tmp_path, team)
    assert f["fte_in_doubt_kinds"] == {"contractor": 1} and f["to_flip"] == 1
    assert (
        "a lower FTE for the one person with no FTE would make it over-indexed. Write the contractor's fte first."
        in (f["text"])
    )
    team = FTE_COULD_FLIP.replace(SURE_ADVISOR, "  - {name: Hal, title: Registered Nurse (Part-Time)}\n")
    result = _check(tmp_path, team, "--format", "json")
    assert json.loads(result.stdout)["firmness"]["plan"]["fte_in_doubt_kinds"] == {"part-time": 1}
    assert result.stderr == (
        f"teamaudit: warning: {tmp_path / 'team.yaml'}:9:24: people[7] (Hal).title: the title says 'part-time', but "
        "with no fte the person counts as a full 1.0 FTE (write the share of a week they give, e.g. fte: 0.5)\n"
    )


def test_an_import_that_leaves_an_advisor_at_1_fte_is_not_firm(tmp_path):
    """The newcomer's path: an HRIS export whose advisor row has no FTE or hours, imported, then checked."""
    rows = ["Employee Name,Job Title,Employment Status,Weekly Hours"]
    rows += [f"ML {i},Research Scientist,Full-Time,40" for i in range(4)]
    rows += ["Ana,Registered Nurse,Full-Time,40", "Ben,HL7 Interface Engineer,Full-Time,40"]
    rows += ["Cai,Regulatory Affairs Specialist,Full-Time,40", "Hal,Clinical Advisor,Advisor,"]
    (tmp_path / "people.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run_cli("import", tmp_path / "people.csv", "-o", tmp_path / "team.yaml").code == 0
    result = run_cli("check", tmp_path / "team.yaml", "--format", "json")
    f = json.loads(result.stdout)["firmness"]["plan"]  # current staff only: the plan is the one view
    assert result.code == 0 and f["holds"] is False and f["fte_in_doubt_kinds"] == {"advisor": 1}


# Three ML researchers against the three layers and two unsure people; a clinical advisor, an HL7 contractor and a
# part-time nurse with no fte. The sentence that said all of it ran to 250 characters and more, its figures in
# parentheses after it.
MANY_DOUBTS = _team(
    3,
    """
  - {name: Dee, title: Associate}
  - {name: Eli, title: Associate}
  - {name: Adv, title: Clinical Advisor, employment: advisor, background: RN}
  - {name: Con, title: HL7 Interface Engineer, employment: contractor}
  - {name: Pat, title: Registered Nurse (Part-Time)}
""",
)


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "sarif", "junit", "github", "html"])
def test_a_firmness_sentence_is_short_enough_to_read_and_keeps_its_facts(tmp_path, fmt):
    """Issue 14's facts, how many would have to be settled and who is in doubt, each in a sentence of at most 200
    characters: the verdict and what could flip it, who has no fte, what to do, the figures both ways."""
    text = _plain(fmt, _check(tmp_path, MANY_DOUBTS, "--format", fmt).stdout).replace("&quot;", '"')
    flip = (
        "Not firm: the current view is not over-indexed, but settling both unsure people (TA005) the other way and a "
        "lower FTE for 2 of the 3 people with no FTE would make it over-indexed."
    )
    write = "confirm the FTE" if fmt == "html" else "write the fte"  # the client's report asks, naming no key
    said = [
        flip,
        f"Settle them and {write} of the 1 advisor, 1 contractor and 1 part-timer first.",
        "ML research vs layers: 3.0 vs 8.0 FTE at best, 5.0 vs 3.0 FTE at worst.",
    ]
    assert " ".join(said) in text, text[:3000]
