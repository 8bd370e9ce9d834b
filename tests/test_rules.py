"""One runner for the rule cases in tests/rules/cases.yaml, plus the registry's own contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import run_cli
from teamaudit.rules import RULES, doc

CASES = yaml.safe_load((Path(__file__).parent / "rules" / "cases.yaml").read_text())


def _team(people: list[dict]) -> str:
    rows = []
    for spec in people:
        for i in range(spec.get("n", 1)):
            person = {k: v for k, v in spec.items() if k != "n"}
            person["name"] = f"{spec['title']} {spec.get('layer', 'x')} {spec.get('status', '')} {i}"
            rows.append(person)
    return yaml.safe_dump({"people": rows}, sort_keys=False)


def _keys(finding: dict) -> set[str]:
    return {finding["rule"], f"{finding['rule']}:{finding['layer']}"}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_rule_case(team, case):
    path = team(_team(case["people"]))
    result = run_cli("check", path, "--format", "json", "--fail-on", "never", *case.get("options", []))
    assert result.code == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    fired = set().union(*(_keys(f) for f in findings)) if findings else set()
    for expected in case.get("expect", []):
        assert expected in fired, f"{expected} did not fire; fired: {sorted(fired)}"
    for absent in case.get("absent", []):
        assert absent not in fired, f"{absent} fired: {findings}"
    for rule, count in case.get("count", {}).items():
        assert sum(1 for f in findings if f["rule"] == rule) == count


def test_registry_ids_are_unique_ordered_and_documented():
    ids = [rule.ID for rule in RULES]
    assert ids == sorted(ids) == [f"TA00{i}" for i in range(1, 7)]
    assert len({rule.NAME for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert doc(rule).startswith(f"{rule.ID} {rule.NAME}:"), rule.ID


def test_every_rule_has_a_case():
    covered = {e.split(":")[0] for c in CASES for e in c.get("expect", [])}
    # TA006 judges the config's suppressions, so its cases live in tests/test_config.py.
    assert covered | {"TA006"} == {rule.ID for rule in RULES}


def test_a_layer_held_only_by_an_open_requisition_gets_advice_for_a_role_nobody_holds(team):
    path = team(
        "people:\n"
        "  - {name: Ann, title: Registered Nurse, background: [RN, 6 years ICU]}\n"
        "  - {name: Bo, title: HL7 Interface Engineer, skills: [Mirth, FHIR]}\n"
        "  - {name: Req 1, title: Regulatory Affairs Specialist, status: open}\n"
    )
    result = run_cli("check", path, "--format", "json")
    recs = {r["rule"]: r["text"] for r in json.loads(result.stdout)["recommendations"] if r["layer"] == "compliance"}
    assert "rests on one role nobody holds yet (Req 1 (line 4)): fill it" in recs["TA003"]
    assert "Nobody holds the compliance layer yet" in recs["TA004"]
    assert "cross-train" not in recs["TA003"] and "if it exists" not in recs["TA004"]
