"""What a founder reads and acts on: the advice each finding ends in, and the hints of a first run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import Result


def _company(ml: int, per_layer: int, others: int) -> str:
    """A team file as a large company's export reads: `ml` ML engineers, `per_layer` proven people in each layer."""
    rows = [f"  - {{name: ML Person {i}, title: Machine Learning Engineer}}" for i in range(ml)]
    for i in range(per_layer):
        rows.append(f"  - {{name: Nurse {i}, title: Clinical Informatics Nurse, background: 'RN, BSN; ICU nurse'}}")
        rows.append(f"  - {{name: Interface {i}, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}}")
        rows.append(f"  - {{name: Regulatory {i}, title: Regulatory Affairs Manager, background: filed 510(k)s}}")
    rows += [f"  - {{name: Engineer {i}, title: Software Engineer}}" for i in range(others)]
    return "organization: Bigco\nas_of: 2026-11-01\npeople:\n" + "\n".join(rows) + "\n"


def test_a_large_over_indexed_company_is_told_how_to_keep_the_gap_from_growing(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A 400-person company was told only the article's test, 'hire 105 people ... before the next ML hire': true,
    and no plan a founder of that size acts on. The figure stays; the pace that keeps the gap from growing is said
    in every format, the finding's (SARIF, JUnit, GitHub) and the advice's."""
    path = team(_company(ml=150, per_layer=15, others=205))
    text = cli("check", path).stdout
    assert "it takes 105 people full-time to close the 105.0 FTE gap, and each ML hire until then adds 1.0 FTE" in text
    assert "hire 105 people across clinical, integration and compliance before the next ML hire" in text
    assert "until the gap closes, hiring 1 person to the three layers for each ML hire keeps it from growing" in text
    for fmt in ("github", "sarif", "junit", "markdown", "html"):
        assert "each ML hire until then adds 1.0 FTE to it" in cli("check", path, "-f", fmt).stdout, fmt
    report = json.loads(cli("check", path, "-f", "json").stdout)
    assert "for each ML hire keeps it from growing" in report["recommendations"][0]["text"]
    config = team("thresholds:\n  ml_ratio: 1.5\n", "ratio.yaml")
    at_one_and_a_half = cli("check", path, "--config", config).stdout
    assert "each ML hire until then adds 0.67 FTE to it" in at_one_and_a_half
    assert "hiring 2 people to the three layers for every 3 ML hires keeps it from growing" in at_one_and_a_half
    headcount = cli("check", path, "--basis", "headcount").stdout
    assert "it takes 105 people to close the gap, and each ML hire until then adds 1 person to it" in headcount


ADVISED_TEAM = """\
organization: SepsisAI
as_of: 2026-12-01
people:
  - {name: Dana Cole, title: CEO}
  - {name: Raj Patel, title: ML Engineer}
  - name: Grace Kim
    title: Clinical Advisor
    employment: advisor
    background: [RN, 10 years ICU nurse]
  - {name: Tom Reyes, title: HL7 Interface Engineer, skills: [HL7 v2, FHIR]}
  - {name: Ike Obi, title: Integration Engineer, skills: [FHIR R4, Epic Bridges]}
  - {name: Noor Aziz, title: Regulatory Affairs Manager, background: [filed two 510(k) submissions]}
  - {name: Peter Novak, title: Quality Engineer ISO 13485, background: [built IEC 62304 audit trails]}
"""


def _advice(result: Result) -> list[str]:
    """The recommendations of a text report, one a line, without their numbers."""
    return [line.split("] ", 1)[1] for line in result.stdout.splitlines() if line.startswith("  ") and ". [TA" in line]


def test_a_layer_whose_one_holder_is_an_advisor_with_no_fte_asks_for_her_fte_first(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The clinical layer's one holder, an advisor with no fte, counted 1.0 FTE: the advice asked for a second
    hire, when her fte decides first whether she holds the layer at all or it rests on part-time help."""
    advice = _advice(cli("check", team(ADVISED_TEAM)))
    assert advice == [
        "Write the `fte` of Grace Kim (line 6) first: it decides how thin the clinical layer is, since if they give"
        " it under 0.5 FTE, it rests on part-time help. Either way, hire one more Clinical informaticist or clinical"
        " workflow lead (RN or MD who has practised, with EHR workflow experience), so the layer survives a"
        " resignation."
    ]
    written = _advice(cli("check", team(ADVISED_TEAM.replace("employment: advisor", "fte: 0.2"))))
    assert written[0].startswith("The clinical layer rests on part-time help: Grace Kim (line 6)."), written


def test_a_layer_held_by_two_people_is_not_said_to_be_held_by_one(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """With thin_layer_people 2 the rubric's wording said 'held by one person, Ike Obi (line 11), Tom Reyes (line
    10): add a second ...' of a layer two people hold."""
    config = team("thresholds:\n  thin_layer_people: 2\n", "two.yaml")
    advice = _advice(cli("check", team(ADVISED_TEAM), "--config", config))
    assert (
        "The integration layer is held by 2 people, Ike Obi (line 11), Tom Reyes (line 10): add a third EHR"
        " integration engineer"
    ) in "\n".join(advice)
    assert not [line for line in advice if "one person" in line and "line 10" in line]
    planned = ADVISED_TEAM.replace("title: Regulatory", "status: open, title: Regulatory").replace(
        "title: Quality", "status: planned, title: Quality"
    )
    advice = _advice(cli("check", team(planned), "--config", config))
    assert any(line.startswith("The compliance layer rests on 2 roles nobody holds yet") for line in advice)
    assert any("fill them, and plan a third" in line for line in advice), advice
