"""What a founder reads in the advice, sentence by sentence: each test is a sentence a founder's trial found wrong,
doubled or unclear, run through the CLI on a real team file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import Result

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
