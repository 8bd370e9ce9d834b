"""Pay totals never reveal one or two people's pay, with or without --redact (a newcomer's trial, issue 3: with
one person's `cost`, the HTML report and JSON showed 'plan $165,000', which is that person's pay)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, run_cli
from teamaudit.model import Scope
from teamaudit.paytotals import pay_totals
from teamaudit.roster import roster_from_text

ONE_PAID = """people:
  - {name: Ann Lee, title: Registered Nurse}
  - {name: Bo Chan, title: Data Scientist}
  - {name: Gideon Hartsfield, title: HL7 Interface Engineer, status: planned, cost: 165000}
"""

THREE_PAID = (  # a total over them may be shown: three people, each paid otherwise
    "people:\n"
    "  - {name: Ann Lee, title: Registered Nurse, cost: 100000}\n"
    "  - {name: Bo Chan, title: Data Scientist, cost: 200000}\n"
    "  - {name: Cy Park, title: HL7 Interface Engineer, cost: 300000}\n"
)


@pytest.mark.parametrize("redact", [[], ["--redact"]])
def test_one_persons_cost_is_withheld_in_every_format_saying_why(tmp_path: Path, redact: list[str]) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(ONE_PAID)
    for fmt in ("text", "markdown", "html", "json", "sarif", "junit", "github"):
        out = run_cli("check", team, "--format", fmt, *redact).stdout
        assert "165000" not in out and "165,000" not in out, fmt
    doc = json.loads(run_cli("check", team, "--format", "json", *redact).stdout)
    assert doc["cost_total"] == {"current": None, "plan": None}
    assert doc["cost_withheld"] == {
        "current": None,  # nobody in current staff has a cost: nothing to withhold
        "plan": "only 1 person has a cost, and a total over fewer than 3 people would reveal one person's pay",
    }
    html = run_cli("check", team, "--format", "html", *redact).stdout
    assert (
        "Annual cost in the team file: current n/a, plan withheld (only 1 person has a cost, and a total over "
        "fewer than 3 people would reveal one person&#x27;s pay)."
    ) in html


def test_a_total_over_three_people_is_shown_without_redact(tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(
        THREE_PAID + "  - {name: Di Roe, title: Regulatory Affairs Specialist, status: open, cost: 150000}\n"
    )
    doc = json.loads(run_cli("check", team, "--format", "json").stdout)
    assert doc["cost_total"] == {"current": 600000, "plan": None}
    assert doc["cost_withheld"]["plan"] == (
        "it adds 1 person's cost to current staff's, and plan minus current would reveal their pay"
    )
    html = run_cli("check", team, "--format", "html").stdout
    assert "current $600,000, plan withheld (it adds 1 person&#x27;s cost" in html and "$750,000" not in html


@pytest.mark.parametrize(
    ("costs", "expected"),
    [
        ({"current": [100, 200]}, (None, None)),  # two people: a total would give one the other's pay
        ({"current": [100, 200, 300]}, (600, 600)),
        ({"current": [100, 200, 300], "open": [50]}, (600, None)),  # plan minus current = the one hire's pay
        ({"current": [100, 200, 300], "open": [50, 60]}, (600, None)),
        ({"current": [100, 200, 300], "open": [50, 60, 70]}, (600, 780)),
        ({"current": [100], "open": [50, 60, 70]}, (None, 280)),  # nothing to subtract from
    ],
)
def test_pay_totals_never_reveal_one_or_two_people(costs, expected):
    rows = [
        f"  - {{name: P{status}{i}, title: Nurse, status: {status}, cost: {cost}}}\n"
        for status, values in costs.items()
        for i, cost in enumerate(values)
    ]
    totals = {t.view: t for t in pay_totals(roster_from_text("people:\n" + "".join(rows), Path("t.yaml")))}
    assert (totals[Scope.CURRENT].amount, totals[Scope.PLAN].amount) == expected
    for total in totals.values():  # every view here has costs: a total is either shown or withheld, saying why
        assert (total.withheld is None) == (total.amount is not None), total


def _team(costs: dict[str, list[int]]) -> str:
    return "people:\n" + "".join(
        f"  - {{name: Q{status}{i}, title: Nurse, status: {status}, cost: {cost}}}\n"
        for status, values in costs.items()
        for i, cost in enumerate(values)
    )


@pytest.mark.parametrize(
    ("costs", "expected"),
    [
        # everyone at $150,000: the total over the head count is each one's pay
        ({"current": [150000] * 12}, (None, None)),
        # all but one alike: a reader who knows the common figure (their own) learns the twelfth's
        ({"current": [150000] * 11 + [210000]}, (None, None)),
        ({"current": [150000] * 10 + [210000, 99000]}, (None, None)),  # all but two: their sum
        ({"current": [150000] * 11 + [150001]}, (None, None)),  # a dollar apart is the same to the dollar
        ({"current": [150000] * 9 + [210000, 99000, 120000]}, (1779000, 1779000)),  # three cost otherwise
        ({"current": [100000, 200000, 300000]}, (600000, 600000)),  # no two alike: three people suffice
        # three planned hires at one figure: plan minus current is three times each one's pay
        ({"current": [100000, 200000, 300000], "planned": [150000] * 3}, (600000, None)),
    ],
)
def test_redacted_totals_never_reveal_the_pay_most_people_share(costs, expected):
    totals = {t.view: t for t in pay_totals(roster_from_text(_team(costs), Path("t.yaml")), redact=True)}
    assert (totals[Scope.CURRENT].amount, totals[Scope.PLAN].amount) == expected
    for total in totals.values():
        assert (total.withheld is None) == (total.amount is not None), total


def test_a_redacted_report_of_a_flat_pay_band_shows_no_total(tmp_path: Path) -> None:
    """A 12-person client all on $150,000: the redacted report said 'current $1,800,000', and 1,800,000 / 12 is
    each person's pay. Without --redact the consultant's own copy keeps the total."""
    team = tmp_path / "team.yaml"
    team.write_text(_team({"current": [150000] * 12}))
    html = run_cli("check", team, "--format", "html", "--redact").stdout
    assert "1,800,000" not in html and "150,000" not in html
    assert "current withheld (12 of its 12 people cost within 5% of each other" in html
    assert "currency" not in html.split('id="cost-in-file"', 1)[1].split("</p>", 1)[0]  # of totals nobody sees
    doc = json.loads(run_cli("check", team, "--format", "json", "--redact").stdout)
    assert doc["cost_total"] == {"current": None, "plan": None}
    assert json.loads(run_cli("check", team, "--format", "json").stdout)["cost_total"]["current"] == 1800000


@pytest.mark.parametrize("redact", [[], ["--redact"]])
def test_json_counts_the_people_a_cost_total_leaves_out(tmp_path: Path, redact: list[str]) -> None:
    """JSON gave `cost_total` {current: 600000, plan: 600000} with no word that the plan's total left out its two open
    requisitions and an advisor, which the HTML report said ('3 people with no cost left out'): `cost_uncosted` counts
    them per view, with --redact too, and the document still validates."""
    team = tmp_path / "team.yaml"
    team.write_text(
        THREE_PAID
        + "  - {name: Di Roe, title: Clinical Advisor (MD), employment: advisor, fte: 0.1}\n"
        + "  - {name: Open - Regulatory Lead, title: Regulatory Affairs Specialist, status: open}\n"
        + "  - {name: Open - ML Engineer, title: ML Engineer, status: open}\n"
    )
    doc = json.loads(run_cli("check", team, "--format", "json", *redact).stdout)
    assert doc["cost_uncosted"] == {"current": 1, "plan": 3}
    assert doc["cost_total"] == {"current": 600000, "plan": 600000}
    jsonschema.validate(doc, json.loads((ROOT / "docs/report.schema.json").read_text(encoding="utf-8")))
    html = run_cli("check", team, "--format", "html", *redact).stdout
    assert "current $600,000 (1 person with no cost left out), plan $600,000 (3 people with no cost" in html
