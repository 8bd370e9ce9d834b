"""Property-based tests (hypothesis): any valid roster audits, sums match, JSON round-trips, order does not
matter, and any mutation of a valid file gives exit 0, 1 or 2 without a traceback."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_target import run_config_once, run_once, run_rubric_once
from teamaudit.classify import classify_roster
from teamaudit.config import Settings
from teamaudit.model import Layer
from teamaudit.pipeline import report_for
from teamaudit.render import RenderOptions
from teamaudit.render.json_format import render as render_json
from teamaudit.roster import roster_from_text
from teamaudit.rubric import load_rubric

CORPUS = Path(__file__).parent / "fuzz" / "corpus"
EXAMPLES = Path(__file__).parents[1] / "examples"
TITLES = [
    "Registered Nurse",
    "Research Scientist",
    "HL7 Interface Engineer",
    "Regulatory Affairs Specialist",
    "Software Engineer",
    "Data Scientist",
    "Analyst",
    "Sr. Dir., RA/QA",
    "Chief Medical Officer",
    "Ops Lead",
]
text = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)
person = st.fixed_dictionaries(
    {"title": st.one_of(st.sampled_from(TITLES), text)},
    optional={
        "fte": st.floats(min_value=0.01, max_value=1.0, allow_nan=False)
        .map(lambda x: round(x, 2))
        .filter(lambda x: x > 0),
        "status": st.sampled_from(["current", "planned", "open"]),
        "layer": st.sampled_from([layer.value for layer in Layer]),
        "skills": st.lists(text, max_size=3),
        "background": st.one_of(text, st.lists(text, max_size=2)),
        "team": text,
    },
)
rosters = st.lists(person, min_size=1, max_size=25)  # an empty list is an input error (test_bad_input)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def build(people: list[dict]) -> str:
    rows = [{"name": f"P{i:03d}", **p} for i, p in enumerate(people)]
    return yaml.safe_dump({"people": rows}, allow_unicode=True, sort_keys=False)


def audit(source: str):
    roster = roster_from_text(source, Path("team.yaml"))
    rubric = load_rubric()
    people = classify_roster(roster, rubric)
    return roster, report_for(roster, people, rubric, Settings())


@FAST
@given(rosters)
def test_any_valid_roster_audits_and_fte_sums_match(people):
    _roster, report = audit(build(people))
    plan = report.composition(report.scope)
    assert sum(c.headcount for c in plan.counts) == len(people)
    assert abs(sum(c.fte for c in plan.counts) - sum(p.get("fte", 1.0) for p in people)) < 1e-6
    current = [p for p in people if p.get("status", "current") == "current"]
    from teamaudit.model import Scope

    assert sum(c.headcount for c in report.composition(Scope.CURRENT).counts) == len(current)
    for p in report.people:
        assert 0 <= p.classification.confidence <= 1
        if p.person.layer is not None:
            assert p.layer is p.person.layer


@FAST
@given(rosters)
def test_json_round_trips(people):
    _, report = audit(build(people))
    doc = json.loads(render_json(report, RenderOptions()))
    assert [p["name"] for p in doc["people"]] == [p.person.name for p in report.people]
    assert doc["verdict"] == report.verdict
    assert json.loads(json.dumps(doc)) == doc


def _without_order(doc: dict) -> dict:
    import re

    doc = json.loads(re.sub(r" \(line \d+\)", "", json.dumps(doc)))  # lines move with the people
    doc["people"] = sorted(
        ({k: v for k, v in p.items() if k != "line"} for p in doc["people"]), key=lambda p: p["name"]
    )
    for key in ("findings", "other_view_findings"):
        doc[key] = sorted(json.dumps({k: v for k, v in f.items() if k != "line"}, sort_keys=True) for f in doc[key])
    doc["recommendations"] = sorted(json.dumps(r, sort_keys=True) for r in doc["recommendations"])
    return doc


@FAST
@given(rosters, st.randoms(use_true_random=False))
def test_shuffling_people_does_not_change_the_report(people, rnd):
    shuffled = list(enumerate(people))
    rnd.shuffle(shuffled)
    original = build(people)
    reordered = yaml.safe_dump(
        {"people": [{"name": f"P{i:03d}", **p} for i, p in shuffled]}, allow_unicode=True, sort_keys=False
    )
    a = json.loads(render_json(audit(original)[1], RenderOptions()))
    b = json.loads(render_json(audit(reordered)[1], RenderOptions()))
    assert _without_order(a) == _without_order(b)


SEED = (EXAMPLES / "messy-40.yaml").read_text()


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_mutations_never_crash(seed):
    import sys

    benchmarks = str(Path(__file__).parents[1] / "benchmarks")
    if benchmarks not in sys.path:
        sys.path.insert(0, benchmarks)
    from fuzz import mutate

    run_once(mutate(SEED, random.Random(seed)))  # a crash raises; a refusal returns False


FUZZ_SEEDS = (
    [("team", p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    + [("team", p) for p in sorted(CORPUS.glob("*.yaml"))]
    + [("rubric", p) for p in sorted((CORPUS / "rubric").glob("*.yaml"))]
    + [("config", p) for p in sorted((CORPUS / "config").glob("*.yaml"))]
)


def test_the_fuzz_seeds_read_the_examples_where_they_are_and_copy_none():
    """tests/fuzz/corpus held copies of examples/*.yaml, which would go stale as the examples change."""
    examples = {path.read_bytes(): path.name for path in EXAMPLES.glob("*.yaml")}
    copies = [path.name for path in CORPUS.rglob("*.yaml") if path.read_bytes() in examples]
    assert copies == []
    assert set(examples.values()) <= {path.name for target, path in FUZZ_SEEDS if path.parent == EXAMPLES}


@pytest.mark.parametrize(("target", "seed"), FUZZ_SEEDS, ids=lambda v: v if isinstance(v, str) else v.name)
def test_every_fuzz_seed_runs_without_a_crash(tmp_path, target, seed):
    """The seeds include the fuzzer's past crashes; each must now be audited or refused with a clear error."""
    text = seed.read_text(encoding="utf-8")
    if target == "team":
        run_once(text)
    elif target == "rubric":
        run_rubric_once(text, tmp_path)
    else:
        assert run_config_once(text, tmp_path)
