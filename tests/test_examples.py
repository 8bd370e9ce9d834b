"""Every example gives the verdict its comment promises (the `# expect:` lines)."""

from __future__ import annotations

import re
import shlex

import pytest

from conftest import EXAMPLES, run_cli

CASES = [
    (path.name, line.split("expect:", 1)[1].strip())
    for path in sorted(EXAMPLES.glob("*.yaml"))
    for line in path.read_text().splitlines()
    if line.startswith("# expect:")
]


def test_every_example_states_its_verdict():
    names = {name for name, _ in CASES}
    assert names == {p.name for p in EXAMPLES.glob("*.yaml")}
    assert {"backwards.yaml", "balanced.yaml", "plan-fixes.yaml", "messy-40.yaml"} <= names


@pytest.mark.parametrize(("name", "expectation"), CASES, ids=[f"{n}: {e}" for n, e in CASES])
def test_example_verdict(name: str, expectation: str):
    match = re.fullmatch(r"(\w+)(.*)->\s*exit (\d)", expectation)
    assert match, expectation
    command, options, code = match.group(1), shlex.split(match.group(2)), int(match.group(3))
    result = run_cli(command, f"examples/{name}", *options)
    assert result.code == code, result.stdout + result.stderr
    assert ("FAIL" if code else "PASS") in result.stdout.splitlines()[1] or "--fail-on" in options


def test_messy_company_has_forty_people_and_reads_every_title():
    import json

    result = run_cli("check", "examples/messy-40.yaml", "--format", "json")
    doc = json.loads(result.stdout)
    assert len(doc["people"]) == 40
    layers = {p["name"]: p["layer"] for p in doc["people"]}
    assert layers["Chidi Okeke"] == "ml_research"  # "VP, Machine Learning"
    assert layers["Uma Krishnan"] == "clinical"  # PM who was an ED nurse
    assert layers["Victor Hale"] == "other"  # designer who shadowed hospitalists
    assert layers["Wendy Zhao"] == "other"  # sold SaaS to hospitals
    assert layers["Ivy Chen"] == "integration"  # software engineer building SMART on FHIR
    assert layers["Kira Novak"] == "compliance"  # "Dir., RA/QA"
    assert layers["Tara Singh"] == "other"  # QA engineer is software testing
    assert layers["Kavya Iyer"] == "ml_research"  # MLOps, not integration
