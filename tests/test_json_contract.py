"""The JSON report is a contract: it validates against docs/report.schema.json and its numbers add up."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import EXAMPLES, ROOT, run_cli

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
@pytest.mark.parametrize("options", [[], ["--scope", "current"], ["--basis", "headcount"]])
def test_report_validates_against_schema(example, options):
    result = run_cli("check", f"examples/{example}", "--format", "json", *options)
    assert result.code in (0, 1), result.stderr
    doc = json.loads(result.stdout)  # stdout holds only the report
    jsonschema.validate(doc, SCHEMA)
    assert doc["verdict"] == ("fail" if result.code else "pass")
    assert doc["scope"] == (options[1] if options[:1] == ["--scope"] else "plan")


def test_numbers_add_up():
    doc = json.loads(run_cli("check", "examples/messy-40.yaml", "--format", "json").stdout)
    plan = doc["composition"]["plan"]
    assert plan["total"]["headcount"] == len(doc["people"]) == 40
    assert plan["total"]["fte"] == pytest.approx(sum(p["fte"] for p in doc["people"]))
    for layer, count in plan["layers"].items():
        people = [p for p in doc["people"] if p["layer"] == layer]
        assert count["headcount"] == len(people)
        assert count["fte"] == pytest.approx(sum(p["fte"] for p in people))
    layers = sum(plan["layers"][layer]["fte"] for layer in ("clinical", "integration", "compliance"))
    assert plan["three_layers"] == pytest.approx(layers)
    assert plan["ml_to_layers_ratio"] == pytest.approx(plan["ml_research"] / layers, abs=1e-4)
    current = doc["composition"]["current"]
    assert current["total"]["headcount"] == sum(1 for p in doc["people"] if p["status"] == "current")


def test_summary_counts_findings_and_lines_point_at_people():
    doc = json.loads(run_cli("check", "examples/backwards.yaml", "--format", "json").stdout)
    for severity in ("error", "warning", "info"):
        assert doc["summary"][severity] == sum(1 for f in doc["findings"] if f["severity"] == severity)
    lines = (EXAMPLES / "backwards.yaml").read_text().splitlines()
    for person in doc["people"]:
        assert person["name"] in lines[person["line"] - 1]
    ta001 = [r for r in doc["recommendations"] if r["rule"] == "TA001"]
    # 10.0 ML FTE vs 1.5: 8.5 to add to stop outnumbering, 9 whole hires each given to the thinnest layer (clinical
    # 0.5, integration 0 and compliance 1.0 become 3.5, 4.0 and 3.0), the missing integration layer first.
    hires = [(r["layer"], r["fte"]) for r in ta001 if not r["text"].startswith("Convert")]
    assert hires == [("integration", 4.0), ("clinical", 3.0), ("compliance", 2.0)]
    assert ta001[0]["compensation"] == {
        "low": 180000,
        "high": 275000,
        "currency": "USD",
        "label": "Healthcare ML engineer, EHR/FHIR, 3-7 yrs: the source's closest role to EHR integration, "
        "2026 US base",
        "source": 'Axe Recruiting, "Healthcare AI talent: compensation benchmarks for healthcare AI roles, 2026"',
    }
    assert any("Convert 2 open ML requisition" in r["text"] for r in doc["recommendations"])


def test_ratio_is_null_without_layers(team):
    path = team("people:\n  - {name: A, title: Research Scientist}\n")
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    assert doc["composition"]["plan"]["ml_to_layers_ratio"] is None
    jsonschema.validate(doc, SCHEMA)


@pytest.mark.parametrize("basis", ["fte", "headcount"])
def test_the_gap_and_what_converting_leaves_are_numbers(basis):
    """The JSON said 'cuts the 8.5 FTE to add to 4.5 FTE' only in words: a dashboard had to parse prose. The gap,
    what converting the open ML requisitions closes and what it leaves are fields, the figures the words use."""
    doc = json.loads(run_cli("check", "examples/backwards.yaml", "--format", "json", "--basis", basis).stdout)
    jsonschema.validate(doc, SCHEMA)
    gap, converting = doc["gap"], doc["gap"]["if_converted"]
    closing = [r for r in doc["recommendations"] if r["gap"] and r["gap"]["part"] == "closes"]
    assert gap["total"] == pytest.approx(sum(gap["by_layer"].values()))
    assert gap["by_layer"] == {r["layer"]: r["fte"] for r in closing}
    convert = next(r for r in doc["recommendations"] if r["text"].startswith("Convert"))
    assert converting["layer"] == convert["layer"] and converting["amount"] == convert["fte"]
    assert len(converting["requisitions"]) == 2
    assert all(name in convert["text"] for name in converting["requisitions"])
    assert converting["left"] == pytest.approx(sum(converting["left_by_layer"].values()))
    assert converting["closes"] == pytest.approx(gap["total"] - converting["left"])
    total, left = (f"{x:g}" for x in (gap["total"], converting["left"]))
    said = f"cuts the {total} people it takes to end the over-indexing to {left} people"
    assert said in convert["text"], convert["text"]
    if basis == "fte":
        assert (gap["total"], converting["closes"], converting["left"]) == (9.0, 4.0, 5.0)


def test_no_gap_is_zero_and_nothing_to_convert():
    doc = json.loads(run_cli("check", "examples/balanced.yaml", "--format", "json").stdout)
    assert doc["gap"] == {"total": 0.0, "by_layer": {}, "over_index": 0.0, "shortfall": 0.0, "if_converted": None}


@pytest.mark.parametrize("scope", ["plan", "current"])
def test_a_file_with_no_plan_gives_its_one_view_under_both_keys_whatever_the_scope(scope):
    """balanced.yaml has no planned hires or open requisitions: its firmness was keyed `plan` or `current` by
    --scope alone, so a pipeline reading `firmness.plan.holds` (docs/ci.md) found nothing under `--scope current`,
    and one reading `firmness.current` nothing under the default scope."""
    doc = json.loads(run_cli("check", "examples/balanced.yaml", "--format", "json", "--scope", scope).stdout)
    for key in ("firmness", "verdict_by_view"):
        assert set(doc[key]) == {"plan", "current"}, doc[key]
        assert doc[key]["plan"] == doc[key]["current"]
    assert doc["firmness"]["plan"]["text"].startswith("Firm: the current view is not over-indexed")
    assert doc["composition"]["plan"] == doc["composition"]["current"]


VIEW_KEYED = (
    "verdict_by_view",
    "firmness",
    "near_threshold",
    "composition",
    "cost_total",
    "cost_withheld",
    "cost_uncosted",
)


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
@pytest.mark.parametrize("scope", ["plan", "current"])
def test_the_views_are_keyed_in_one_order_whatever_the_scope(example, scope):
    """`verdict_by_view`, `firmness` and `near_threshold` were keyed in --scope's order (`plan` first by default,
    `current` first under `--scope current`) while `composition` was always `current`, `plan`: a consumer diffing
    two reports of one file saw every per-view block move."""
    doc = json.loads(run_cli("check", f"examples/{example}", "--format", "json", "--scope", scope).stdout)
    for key in VIEW_KEYED:
        assert list(doc[key]) == [view for view in ("current", "plan") if view in doc[key]], (key, list(doc[key]))
