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
