"""What a founder reads in the advice, sentence by sentence: each test is a sentence a founder's trial found wrong,
doubled or unclear, run through the CLI on a real team file."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from conftest import ROOT, Result

SEED = """\
organization: Lumen Health AI
as_of: 2026-11-01
people:
  - {name: Nadia Farouk, title: CEO & Co-founder}
  - {name: Ravi Iyer, title: Research Scientist, background: ["PhD in computer science", "published at NeurIPS"]}
  - {name: Elena Petrova, title: Senior ML Engineer, skills: [JAX, LLM fine-tuning]}
  - {name: Tom Becker, title: Machine Learning Researcher, background: "PhD in machine learning"}
  - {name: Jamie Cole, title: Full-stack Engineer}
  - name: Dr. Ruth Adler
    title: Chief Medical Officer
    employment: advisor
    background: ["MD, internal medicine", "practised as a hospitalist for 12 years"]
"""


def _ml_team(ml: int) -> str:
    """`ml` ML engineers beside one proven person in each of the three layers."""
    rows = [f"  - {{name: ML Person {i}, title: Machine Learning Engineer}}" for i in range(ml)]
    rows += [
        "  - {name: Ann Ito, title: Clinical Informatics Nurse, background: 'RN, BSN; ICU nurse'}",
        "  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}",
        "  - {name: Dee Roy, title: Regulatory Affairs Manager, background: filed 510(k)s}",
    ]
    return "people:\n" + "\n".join(rows) + "\n"


def test_the_pace_for_a_gap_of_several_rounds_is_said_only_where_the_gap_takes_more_than_one(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A 6-person seed startup two hires short was told 'If that is more than one round of hiring: until the gap
    closes, hiring 1 person ... for each ML hire keeps it from growing': two hires are one round. It is said where
    the gap takes more than three hires (one per layer), in every format that carries the advice."""
    seed = cli("check", team(SEED))
    assert "It takes 2 people full-time to close the 2.0 FTE gap" in seed.stdout
    assert "round of hiring" not in seed.stdout and "keeps it from growing" not in seed.stdout
    three = cli("check", team(_ml_team(6), "three.yaml")).stdout  # 6 ML vs 3: a 3-person gap, one round
    assert "It takes 3 people full-time" in three and "round of hiring" not in three
    four = team(_ml_team(7), "four.yaml")  # 7 ML vs 3: four hires
    for fmt in ("text", "markdown", "json"):
        out = cli("check", four, "-f", fmt).stdout
        pace = "That is more than one round of hiring (one hire per layer): until the gap closes, hiring 1 person"
        assert pace in out, fmt


LAYERS_BUT_INTEGRATION = """\
people:
  - {name: Ann Ito, title: Registered Nurse, background: "RN, 6 years ICU nurse"}
  - {name: Bo Chan, title: Clinical Informatics Nurse, background: "RN, BSN; 5 years ICU nurse"}
  - {name: Dee Roy, title: Regulatory Affairs Specialist, skills: ["510(k)"], background: "filed two 510(k)s"}
  - {name: Fay Lund, title: Quality Engineer ISO 13485, skills: [ISO 13485, CAPA]}
  - {name: Eve Lund, title: Research Scientist}
"""


def test_a_planned_hire_is_advised_as_a_person_chosen_not_as_a_requisition_to_fill(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A planned hire (a decided person, already in the plan) was told 'rests on one role nobody holds yet, Cy
    Park: fill it', and one with no evidence 'Require hands-on evidence of whoever fills them': both an open
    requisition's advice. An open requisition keeps it."""
    planned = LAYERS_BUT_INTEGRATION + (
        "  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect], status: planned}\n"
    )
    thin = cli("check", team(planned)).stdout
    assert (
        "The integration layer rests on one planned hire who has not started yet, Cy Park (line 7): plan a second EHR"
        " integration engineer"
    ) in thin
    assert "fill it" not in thin and "nobody holds yet" not in thin
    unproven = LAYERS_BUT_INTEGRATION + (
        "  - {name: Cy Park, title: Integration Engineer, status: planned}\n"
        "  - {name: Di Moss, title: Interface Analyst, status: planned}\n"
    )
    markdown = cli("check", team(unproven, "unproven.yaml"), "-f", "markdown").stdout
    assert (
        "Nobody in the integration layer has started yet, and the file shows no hands-on evidence (one who has touched"
        " FHIR APIs, parsed HL7 messages or shipped into an EHR) for its planned hires, Cy Park (line 7), Di Moss"
        " (line 8): record it in their `background:` if they have it, or hire someone who has."
    ) in markdown
    assert "whoever fills" not in markdown
    requisition = LAYERS_BUT_INTEGRATION + "  - {name: Open req - HL7, title: HL7 Interface Engineer, status: open}\n"
    assert "fill it, and plan a second" in cli("check", team(requisition, "open.yaml")).stdout


NOT_FIRM = """\
people:
  - {name: Ravi Iyer, title: Research Scientist}
  - {name: Elena Petrova, title: ML Engineer}
  - {name: Tom Becker, title: Data Scientist}
  - name: Dr. Ruth Adler
    title: Chief Medical Officer
    employment: advisor
    background: ["MD, internal medicine", "practised as a hospitalist for 12 years"]
  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}
  - {name: Dee Roy, title: Regulatory Affairs Specialist, skills: ["510(k)"], background: "filed two 510(k)s"}
"""


def _firmness_line(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(("Firm", "Not firm")))


def test_the_firmness_line_fits_three_lines_of_an_80_column_terminal(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """Read at `COLUMNS=80`, the seed startup's firmness line ran to 3 lines (210 characters) and a verdict one
    advisor's FTE could flip to 5 (342): 'ML research vs the three layers: from 3.0 vs 1.0 FTE to 3.0 vs 0.0 FTE, with
    each missing FTE above 0 up to 1.0.' Now 152 and 200, the same facts: the verdict, who could flip it, what to do,
    ML research against the layers both ways."""
    firm = _firmness_line(cli("check", team(SEED)).stdout)
    assert firm == (
        "Firm: the current view is over-indexed whatever share of a week the one person with no FTE (an advisor) gives."
        " ML research 3.0 vs layers 0.0 to 1.0 FTE."
    )
    not_firm = _firmness_line(cli("check", team(NOT_FIRM, "notfirm.yaml")).stdout)
    assert not_firm == (
        "Not firm: the current view is not over-indexed, but a lower FTE for the one person with no FTE would make it"
        " over-indexed. Write the advisor's fte first. ML research 3.0 vs layers 2.0 to 3.0 FTE."
    )
    assert max(len(firm), len(not_firm)) <= 3 * 80


def test_an_advisor_with_no_fte_is_named_once_and_in_words_a_founder_reads(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """TA003 said 'an advisor with no fte' (the key, read as a typo of FTE) and, with two, began its clause 'with no
    fte, each counted ...'; 'teamaudit is sure of none' of a layer whose people's layer is certain and only their FTE
    missing. A verdict not firm said again 'The one person with no FTE is an advisor, counted as 1.0 FTE. Write
    their fte before trusting the verdict.' beside TA003's 'Write the fte of Dr. Ruth Adler first'."""
    text = cli("check", team(NOT_FIRM)).stdout
    assert (
        "the clinical layer is held by 1 person: Dr. Ruth Adler (line 5), an advisor with no FTE in the file, counted"
        " as 1.0 FTE"
    ) in text
    assert "with no fte" not in text and "is an advisor" not in text and "before trusting" not in text
    assert (
        text.split("\n", 1)[1].count("advisor") == 2
    )  # after the header naming the file: TA003's finding, and the firmness line's one thing to do
    two = NOT_FIRM + (
        "  - {name: Gus Hale, title: Nurse Advisor, employment: advisor, background: [RN, 10 years ICU nurse]}\n"
    )
    text = cli("check", team(two, "two.yaml")).stdout
    assert (
        "the clinical layer is held by 2 people, but none for certain; no FTE in the file, so perhaps under 0.5 FTE:"
        " Dr. Ruth Adler (line 5), Gus Hale (line 11)"
    ) in text


# A count spelt beside its noun inline: "person" if n == 1 else "people", 'one person' if ... else f'{n} people'.
_INLINE_PLURAL = re.compile(r"""\b(?:person|people|roles?)['"] if [^\n]*? else [^\n]*?\b(?:people|roles)\b""")


def test_counts_of_people_in_the_advice_are_spelt_by_the_one_helper() -> None:
    """'person' / 'people' was chosen inline in 6 places of the rules and render/common beside render/prose's
    `counted` (now rules/base.py's, which prose re-exports so findings use it too): one of them is how '1 people' or
    '1600 people' against '1,600 people' gets written."""
    owned = [*sorted((ROOT / "src/teamaudit/rules").glob("*.py"))]
    owned += [ROOT / "src/teamaudit/render" / name for name in ("common.py", "text.py", "markdown.py", "prose.py")]
    inline = [
        f"{path.name}:{number}: {line.strip()}"
        for path in owned
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _INLINE_PLURAL.search(line) and not line.lstrip().startswith(("#", '"""', "'"))
    ]
    assert not inline, inline


def test_a_backtick_in_a_name_is_carried_as_written_by_each_format(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """'Dr. Ruth `x` Adler' read 'Dr. Ruth ˋxˋ Adler' (U+02CB) in the advice of every format, JSON's text among them,
    while the finding beside it said the name as written: the advice swapped the user's character to keep it from
    opening a code span. The advice now records where a name's backticks are; each format escapes them its way: JSON
    and text as written, markdown escaped (\\`), SARIF's messages as written, HTML as U+02CB (its code spans are found
    by pattern), and none makes a code span of them; the HTML
    report's client sentence, which has no code span, shows them as written."""
    path = team(NOT_FIRM.replace("Dr. Ruth Adler", "Dr. Ruth `x` Adler"))
    report = json.loads(cli("check", path, "-f", "json").stdout)
    advice = next(r["text"] for r in report["recommendations"] if r["rule"] == "TA003" and r["layer"] == "clinical")
    assert advice.startswith("Write the `fte` of Dr. Ruth `x` Adler (line 5) first")
    assert "ˋ" not in json.dumps(report, ensure_ascii=False)
    sarif = cli("check", path, "-f", "sarif").stdout
    assert "ˋ" not in sarif and "Dr. Ruth `x` Adler (line 5), an advisor" in sarif
    text = cli("check", path).stdout
    assert "Write the 'fte' of Dr. Ruth `x` Adler (line 5) first" in text and "ˋ" not in text
    markdown = cli("check", path, "-f", "markdown").stdout
    assert "Write the `fte` of Dr. Ruth \\`x\\` Adler (line 5) first" in markdown and "ˋ" not in markdown
    page = cli("check", path, "-f", "html").stdout
    # the client's sentence (Wording.client) opens no code span: the name is shown as written there
    assert "Confirm first how much of a full-time week Dr. Ruth `x` Adler work" in page and "<code>x</code>" not in page


def test_the_first_screen_says_the_next_hire(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """At 80 x 24 a founder's first screen held the verdict, the firmness line, the composition and the findings;
    the next hire was recommendation 1, below it (line 22 of the seed startup's report, line 30 of the Series A's).
    A line under the verdict now names it, or the requisition to convert first, in text and markdown (HTML's summary
    already had 'Hire first')."""
    seed = team(SEED)
    screen = cli("check", seed).stdout.splitlines()[:6]
    first = (
        "Hire first: EHR integration engineer (HL7 v2 / FHIR; Epic or Cerner experience), for the integration layer"
        " (recommendation 1)."
    )
    assert first in screen, screen
    assert f"**{first}**" in cli("check", seed, "-f", "markdown").stdout.replace("\\(", "(").replace("\\)", ")")
    open_req = _ml_team(3) + "  - {name: Open req - ML, title: Machine Learning Engineer, status: open}\n"
    screen = cli("check", team(open_req, "open.yaml")).stdout.splitlines()[:8]
    assert (
        "First: convert 1 open ML requisition to clinical (recommendation 1). Then hire first: EHR integration "
        "engineer (HL7 v2 / FHIR; Epic or Cerner experience), for the integration layer (1 person)."
    ) in screen, screen
    balanced = cli("check", ROOT / "examples" / "balanced.yaml").stdout  # nothing to hire: no line
    assert not any(line.startswith(("Hire first", "First:")) for line in balanced.splitlines())


def test_a_gap_one_hire_closes_names_the_one_layer_to_hire_for(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A Series A one hire short read 'hire 1 person across clinical, integration and compliance before the next ML
    hire, starting with the thinnest layer, compliance (2.0 FTE). It takes 1 person ...; fewer leave ML research
    ahead': one person is not spread across three layers, nor started with, and fewer than one is none."""
    one = _ml_team(4)  # 4 ML vs 3: one hire
    advice = cli("check", team(one)).stdout
    assert (
        "ML research 4.0 FTE vs the three layers 3.0 FTE: hire 1 person for any of the three layers, which tie at 1.0"
        " FTE each, before the next ML hire. It takes 1 person full-time to close the 1.0 FTE gap."
    ) in advice
    assert "across" not in advice and "fewer" not in advice
    thinnest = one.replace("Dee Roy, title: Regulatory Affairs Manager", "Dee Roy, title: Registered Nurse")
    one_of = cli("check", team(thinnest, "tie.yaml")).stdout  # clinical 2, integration 1, compliance 0
    assert "hire 1 person for the missing compliance layer, before the next ML hire." in one_of
    two = cli("check", team(_ml_team(5), "two.yaml")).stdout
    assert "hire 2 people across clinical, integration and compliance before the next ML hire, starting with" in two
    assert "It takes 2 people full-time to close the 2.0 FTE gap; fewer leave ML research ahead." in two


def test_a_role_inside_a_sentence_is_not_capitalised(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """'Either way, hire one more Clinical informaticist or clinical workflow lead', 'the team has no Compliance and
    validation engineers': the rubric's role and layer name are labels ('role: Clinical informaticist ...', kept so
    there); in a sentence they read as one. Acronyms stay."""
    text = cli("check", team(SEED)).stdout
    assert "Either way, hire one more clinical informaticist or clinical workflow lead (RN or MD" in text
    assert "role: Clinical informaticist or clinical workflow lead" in text
    assert "Hire one EHR integration engineer (HL7 v2 / FHIR" in text
    assert "the team has no compliance and validation engineers (current view)" in text  # the layer's name too
    assert "the team has no EHR integration specialists (current view)" in text
