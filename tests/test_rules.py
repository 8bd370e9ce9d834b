"""One runner for the rule cases in tests/rules/cases.yaml, plus the registry's own contract: a rule is one
module holding all it knows, and nothing outside the rules names one."""

from __future__ import annotations

import importlib.util
import json
import pkgutil
import re
import shutil
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import teamaudit.rules
from conftest import ROOT, run_cli
from teamaudit.config import Settings
from teamaudit.model import Finding, Layer, Recommendation, Severity
from teamaudit.pipeline import run_check
from teamaudit.render import Format, RenderOptions, renderer
from teamaudit.render.gap import gap_hires
from teamaudit.rubric import read_rubric
from teamaudit.rules import BY_ID, RULES, WORDING, doc
from teamaudit.rules.advice import hire, say
from teamaudit.rules.base import AuditView, Wording

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


def test_registry_holds_every_rule_module_once_in_id_order_and_documented():
    modules = {m.name for m in pkgutil.iter_modules(teamaudit.rules.__path__) if re.fullmatch(r"ta\d{3}_\w+", m.name)}
    assert {rule.__name__.rsplit(".", 1)[1] for rule in RULES} == modules
    ids = [rule.ID for rule in RULES]
    assert ids == sorted(set(ids)) and all(re.fullmatch(r"TA\d{3}", i) for i in ids)
    assert len({rule.NAME for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert doc(rule).startswith(f"{rule.ID} {rule.NAME}:"), rule.ID
        assert all(key == rule.ID or key.startswith(f"{rule.ID}_") for key in rule.WORDING), rule.ID
        for wording in rule.WORDING.values():
            assert set(wording.numbers) <= wording.fields
            wording.text.format(**wording.sample())


def test_no_rule_id_is_named_outside_the_rules():
    """Renderers and recommendations read a rule's attributes; an id written elsewhere is knowledge that
    drifts from its rule (there were 28 such lines)."""
    package = ROOT / "src" / "teamaudit"
    named = [
        f"{path.relative_to(package)}:{number}: {line.strip()}"
        for path in sorted(package.rglob("*.py"))
        if path.parent.name != "rules"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"[\"']TA\d{3}", line)
    ]
    assert named == []


def _generator() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("generate_rules", ROOT / "docs" / "generate_rules.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_reference_is_generated_from_the_registry(capsys):
    """The rule table (docs/rules.md) and docs/rules/<ID>.md were written by hand and could say what no rule does."""
    generator = _generator()
    assert generator.main(["--check"]) == 0, capsys.readouterr().err
    index = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| [{rule.ID}](rules/{rule.ID}.md) | {rule.NAME} | {rule.SEVERITY.value} |" in index
        page = (ROOT / "docs" / "rules" / f"{rule.ID}.md").read_text(encoding="utf-8")
        assert doc(rule).split("\n", 1)[-1].strip() in page
        assert all(f"| `{key}` | {w.text} |" in page for key, w in rule.WORDING.items())


def test_rule_reference_check_names_drift_and_the_writer_keeps_hand_written_pages(tmp_path, monkeypatch, capsys):
    generator = _generator()
    shutil.copytree(ROOT / "docs" / "rules", tmp_path / "rules")
    index = tmp_path / "rules.md"
    index.write_text((ROOT / "docs" / "rules.md").read_text(encoding="utf-8").replace("| thin-layer |", "| thin |"))
    (tmp_path / "rules" / "TA099.md").write_text(f"{generator.GENERATED}\n# TA099 gone\n")
    (tmp_path / "rules" / "notes.md").write_text("written by hand\n")
    monkeypatch.setattr(generator, "ROOT", tmp_path)
    monkeypatch.setattr(generator, "INDEX", index)
    monkeypatch.setattr(generator, "PAGES", tmp_path / "rules")
    assert generator.main(["--check"]) == 1
    err = capsys.readouterr().err
    assert "out of date: rules.md" in err and "rules/TA099.md (no such rule)" in err and "notes.md" not in err
    assert generator.main([]) == 0 and generator.main(["--check"]) == 0
    assert not (tmp_path / "rules" / "TA099.md").exists()
    assert (tmp_path / "rules" / "notes.md").read_text() == "written by hand\n"
    assert "| thin-layer |" in index.read_text()


def _lone_layer_check(view: AuditView) -> Iterator[Finding]:
    if view.in_layer(Layer.COMPLIANCE):
        yield Finding(rule="TA900", name="lone-example", severity=Severity.WARNING, message="x", view=view.view)


def _lone_layer_advice(finding: Finding, view: AuditView, named: object) -> list[Recommendation]:
    text = say(view, EXAMPLE.WORDING, "TA900", layer="compliance")
    return [hire(view, "TA900", Layer.COMPLIANCE, text, 7.0)]


EXAMPLE = types.ModuleType("teamaudit.rules.ta900_lone_example", "TA900 lone-example: a test rule.")
EXAMPLE.__dict__.update(
    ID="TA900",
    NAME="lone-example",
    SEVERITY=Severity.WARNING,
    PER_PERSON=False,
    CLOSES_GAP=True,
    SAID_AS="rule",
    WORDING={"TA900": Wording("Staff {layer} twice over.", frozenset({"layer"}))},
    check=_lone_layer_check,
    advise=_lone_layer_advice,
)


def test_a_new_rule_is_one_module(tmp_path, monkeypatch):
    """A rule's advice, its rubric wording, its place in the verdict and in the cost of closing the gap come
    from the module alone: before, recommend.py, rubric.py, render/common.py and render/html.py each had to
    learn its id."""
    monkeypatch.setattr("teamaudit.audit.RULES", (*RULES, EXAMPLE))
    monkeypatch.setitem(BY_ID, "TA900", EXAMPLE)
    monkeypatch.setitem(WORDING, "TA900", EXAMPLE.WORDING["TA900"])
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text("extends: healthcare-ai\nname: x\nversion: '1'\nrecommendations:\n  TA900: 'Grow {layer}.'\n")
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - {name: Ann, title: Registered Nurse, background: [RN]}\n"
        "  - {name: Bo, title: HL7 Interface Engineer, skills: [HL7]}\n"
        "  - {name: Cy, title: Regulatory Affairs Specialist, status: planned, background: [filed a 510(k)]}\n"
    )
    report = run_check(team, Settings(rubric=str(rubric)))
    recs = [r for r in report.recommendations if r.rule == "TA900"]
    assert [r.text for r in recs] == ["Grow compliance."]
    assert [(layer, fte) for layer, fte, r in gap_hires(report) if r.rule == "TA900"] == [(Layer.COMPLIANCE, 7.0)]
    text = renderer(Format.TEXT)(report, RenderOptions())
    assert "TA900" in text and "Grow compliance." in text
    assert read_rubric(rubric).recommendations["TA900"] == "Grow {layer}."


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
    assert "rests on one role nobody holds yet, Req 1 (line 4): fill it" in recs["TA003"]
    assert "Nobody holds the compliance layer yet" in recs["TA004"]
    assert "cross-train" not in recs["TA003"] and "if it exists" not in recs["TA004"]


@pytest.mark.parametrize(
    ("open_reqs", "words"), [(1, "Convert 1 open ML requisition to "), (3, "Convert 2 open ML requisitions to ")]
)
def test_the_convert_advice_counts_its_requisitions_in_words(team, open_reqs, words):
    reqs = "".join(f"  - {{name: Req {i}, title: ML Engineer, status: open}}\n" for i in range(open_reqs))
    path = team("people:\n  - {name: Ann, title: Registered Nurse}\n  - {name: Cy, title: Research Scientist}\n" + reqs)
    texts = [r["text"] for r in json.loads(run_cli("check", path, "--format", "json").stdout)["recommendations"]]
    assert any(t.startswith(words) for t in texts), texts
    assert not any("requisition(s)" in t for t in texts)


def test_the_convert_advice_converts_only_as_many_requisitions_as_close_the_gap(team):
    """12 ML vs 11.3 in the three layers used to read "Convert 7 open ML requisitions ... 7.0 FTE" for a 0.7 gap."""
    layers = "".join(f"  - {{name: N{i}, title: Registered Nurse}}\n" for i in range(5))
    current_ml = "".join(f"  - {{name: M{i}, title: Research Scientist}}\n" for i in range(3))
    reqs = "".join(f"  - {{name: Req {i}, title: ML Engineer, status: open}}\n" for i in range(7))
    path = team("people:\n" + layers + "  - {name: Part, title: Registered Nurse, fte: 0.3}\n" + current_ml + reqs)
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    convert = next(r for r in doc["recommendations"] if r["text"].startswith("Convert"))
    assert convert["text"].startswith("Convert 3 open ML requisitions to ") and "Req 0 (line" in convert["text"]
    assert convert["fte"] == 3.0  # 10 ML vs 5.3: moving 3 makes it 7 vs 8.3; moving 2 leaves 8 vs 7.3


def test_an_unsure_person_with_no_runner_up_is_named_the_same_way_in_finding_and_advice(team):
    path = team("people:\n  - {name: Ann, title: Analyst}\n")
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    finding = next(f for f in doc["findings"] if f["rule"] == "TA005")
    advice = next(r for r in doc["recommendations"] if r["rule"] == "TA005")
    assert finding["message"].endswith("next candidate: none, as nothing in the record points to another layer")
    assert advice["text"].endswith("the next candidate is none, as nothing in the record points to another layer.")


def _ta001_hires(tmp_path: Path, people: dict[str, int]) -> list[tuple[str, float]]:
    titles = {
        "clinical": "Registered Nurse",
        "integration": "HL7 Interface Engineer",
        "compliance": "Regulatory Affairs Specialist",
        "ml_research": "Machine Learning Engineer",
    }
    rows = [f"  - {{name: {layer} {i}, title: {titles[layer]}}}\n" for layer, n in people.items() for i in range(n)]
    path = tmp_path / "team.yaml"
    path.write_text("people:\n" + "".join(rows))
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    return [
        (r["layer"], r["fte"])
        for r in doc["recommendations"]
        if r["rule"] == "TA001" and not r["text"].startswith("Convert")
    ]


@pytest.mark.parametrize(
    ("people", "hires"),
    [
        # One layer well staffed: a 1.0 FTE gap is one whole hire, for the first empty layer.
        ({"clinical": 5, "ml_research": 6}, [("integration", 1.0)]),
        # Empty integration is raised to clinical's 1.0 first, then clinical gets the second hire.
        ({"clinical": 1, "compliance": 3, "ml_research": 6}, [("integration", 1.0), ("clinical", 1.0)]),
        # Level already: one whole hire, not three shares of one.
        ({"clinical": 1, "integration": 1, "compliance": 1, "ml_research": 4}, [("clinical", 1.0)]),
    ],
)
def test_the_over_index_gap_is_whole_hires_each_to_the_thinnest_layer(tmp_path, people, hires):
    """All of an 8.5 FTE gap went to one role (the missing layer's), so the plan read '8.5 FTE of EHR integration
    engineers' and the cost of closing the gap priced it all at integration pay; then shares of people ('0.3 FTE
    of an integration engineer') that nobody can hire."""
    assert _ta001_hires(tmp_path, people) == hires


def test_the_gap_shares_add_up_when_a_layer_is_held_only_by_guesses_and_count_whole_people(tmp_path):
    """A layer held only by the word model's guesses is missing (TA002, and the first layer to hire), but the
    shares counted its guessed FTE as staff: it got no share, the first line then carried the whole gap on top of
    the others', and the cost of closing the gap doubled. With --basis headcount, shares were fractions of people."""
    rows = [f"  - {{name: M{i}, title: ML Engineer}}\n" for i in range(10)]
    rows += [
        "  - {name: NP, title: Nurse Practitioner, fte: 0.5}\n",
        "  - {name: RA, title: Regulatory Affairs Manager}\n",
    ]
    rows += [f"  - {{name: A{i}, title: Analyst, skills: [data quality, EHR reporting]}}\n" for i in range(5)]
    path = tmp_path / "team.yaml"
    path.write_text("people:\n" + "".join(rows))
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    assert [p["source"] for p in doc["people"] if p["name"].startswith("A")] == ["words"] * 5  # guesses
    shares = [(r["layer"], r["fte"]) for r in doc["recommendations"] if r["rule"] == "TA001"]
    assert shares[0][0] == "integration" and sum(fte for _, fte in shares) == 4.0  # 3.5 FTE: 4 whole hires
    today = [r["text"] for r in doc["recommendations"] if r["text"].startswith("Of those")]
    assert all("integration" not in text for text in today)  # integration's share is the first line's
    heads = json.loads(run_cli("check", "examples/backwards.yaml", "--basis", "headcount", "--format", "json").stdout)
    counted = [
        r["fte"] for r in heads["recommendations"] if r["rule"] == "TA001" and not r["text"].startswith("Convert")
    ]
    assert counted == [3.0, 3.0, 2.0] and all(float(n).is_integer() for n in counted)


def test_a_share_line_counts_a_layer_of_guesses_as_empty_today(tmp_path):
    """'2.0 FTE for integration (2.0 FTE today), so the three layers end level': the 2.0 were guesses, which the
    split counts as nothing, so the line contradicted itself (a third read)."""
    rows = [f"  - {{name: M{i}, title: ML Engineer}}\n" for i in range(8)]
    rows += ["  - {name: RA, title: Regulatory Affairs Manager}\n"]
    rows += [f"  - {{name: A{i}, title: Analyst, skills: [data quality, EHR reporting]}}\n" for i in range(2)]
    path = tmp_path / "team.yaml"
    path.write_text("people:\n" + "".join(rows))
    doc = json.loads(run_cli("check", path, "--format", "json").stdout)
    lines = [r["text"] for r in doc["recommendations"] if r["rule"] == "TA001" and r["text"].startswith("Of those")]
    assert any("for integration (0.0 FTE today)" in text for text in lines), lines


def test_a_layer_held_up_by_people_teamaudit_is_unsure_of_is_thin(team):
    """A consultant's trial: integration 'held by 3 people', two of them at 0.44 and 0.40, showed no warning;
    declaring those two `other` then said the layer was held by one. How firm a layer is belongs in its finding."""
    people = (
        "people:\n"
        "  - {name: Cas, title: HL7 Interface Engineer, skills: [Mirth, FHIR]}\n"
        "  - {name: Lazlo, title: Data Engineer, team: Interop}\n"
        "  - {name: Mo, title: Data Engineer, team: Interop}\n"
        "  - {name: Ann, title: Registered Nurse, background: [RN, 6 years ICU]}\n"
        "  - {name: Reg, title: Regulatory Affairs Specialist, skills: [510(k)]}\n"
    )
    doc = json.loads(run_cli("check", team(people), "--format", "json").stdout)
    thin = [f for f in doc["findings"] if f["rule"] == "TA003" and f["layer"] == "integration"]
    assert [f["message"] for f in thin] == [
        "the integration layer is held by 3 people, but only 1 for certain: Cas (line 2); "
        "unsure of the layer (TA005): Lazlo (line 3), Mo (line 4)"
    ]
    advice = next(r["text"] for r in doc["recommendations"] if r["rule"] == "TA003" and r["layer"] == "integration")
    assert advice.startswith("Settle whether the integration layer is held by Lazlo (line 3), Mo (line 4) (declare")
    one = people.replace("  - {name: Mo, title: Data Engineer, team: Interop}\n", "")
    doc = json.loads(run_cli("check", team(one), "--format", "json").stdout)
    advice = next(r["text"] for r in doc["recommendations"] if r["rule"] == "TA003" and r["layer"] == "integration")
    assert advice.startswith("Settle whether the integration layer is held by Lazlo (line 3) (declare"), advice
    sure = people.replace("team: Interop}", "team: Interop, layer: integration}")
    doc = json.loads(run_cli("check", team(sure), "--format", "json").stdout)
    assert not [f for f in doc["findings"] if f["rule"] == "TA003" and f["layer"] == "integration"]


def test_a_layer_held_up_by_someone_with_no_fte_says_its_verdict_rests_on_it(team):
    """A physician advisor with no fte counts as 1.0 FTE, so beside one nurse the clinical layer passed TA003 as
    held by 2 people, though the advisor may give a day a month. Firmness already counted that fte as in doubt;
    TA003 now says the layer holds only if the advisor gives 0.5 FTE or more, and asks for the fte."""
    people = (
        "people:\n"
        "  - {name: Ann Lee, title: Registered Nurse, background: ICU nurse 6 years}\n"
        "  - {name: Raj Patel, title: Physician Advisor, employment: advisor, background: MD; practising hospitalist}\n"
        "  - {name: Bo Chan, title: Interface Analyst, skills: [HL7]}\n"
        "  - {name: Bea Diaz, title: Interface Analyst, skills: [HL7]}\n"
        "  - {name: Cy Ito, title: Regulatory Affairs Specialist, background: filed a 510(k)}\n"
        "  - {name: Cal Ng, title: Regulatory Affairs Specialist, background: filed a 510(k)}\n"
        "  - {name: Di Fox, title: ML Engineer}\n"
    )
    result = run_cli("check", team(people), "--format", "json")
    assert result.code == 0  # a warning: the exit code is TA003's severity's
    doc = json.loads(result.stdout)
    assert [f["message"] for f in doc["findings"] if f["rule"] == "TA003"] == [
        "the clinical layer is held by 2 people, but only 1 for certain: Ann Lee (line 2); "
        "no FTE in the file, so perhaps under 0.5 FTE: Raj Patel (line 3)"
    ]
    assert doc["firmness"]["plan"]["fte_in_doubt_kinds"] == {"advisor": 1}  # firmness counts the same person
    advice = next(r["text"] for r in doc["recommendations"] if r["rule"] == "TA003")
    assert advice.startswith("Write the `fte` of Raj Patel (line 3): a missing fte counts as 1.0 FTE; if they give")
    written = json.loads(run_cli("check", team(people.replace("employment: advisor", "fte: 0.6")), "-f", "json").stdout)
    assert not [f for f in written["findings"] if f["rule"] == "TA003"]


def test_a_thin_layer_finding_points_at_the_first_person_it_names(tmp_path):
    """A compliance layer held only by a 0.4 FTE consultant named him and his line in words, but the GitHub
    annotation had no line, SARIF pointed at line 1 and JSON had no person: every finding about people points at
    the first one it names, and names the person when there is one."""
    team = tmp_path / "team.yaml"
    kevin = (
        "  - name: Kevin O'Brien\n"
        "    title: Quality & Regulatory Consultant\n"
        "    employment: contractor\n"
        "    fte: 0.4\n"
        "    background: [Filed two 510(k) submissions]\n"
    )
    team.write_text("people:\n  - {name: Ann Ito, title: Registered Nurse}\n" + kevin)
    github = run_cli("check", str(team), "--format", "github").stdout.splitlines()
    (part_time,) = [line for line in github if "TA003" in line and "0.5 FTE" in line]
    assert ",line=3,title=TA003" in part_time, part_time
    sarif = json.loads(run_cli("check", str(team), "--format", "sarif").stdout)["runs"][0]["results"]
    (result,) = [r for r in sarif if r["ruleId"] == "TA003" and "0.5 FTE" in r["message"]["text"]]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    doc = json.loads(run_cli("check", str(team), "--format", "json").stdout)
    assert [(f["person"], f["line"]) for f in doc["findings"] if "0.5 FTE" in f["message"]] == [("Kevin O'Brien", 3)]
    team.write_text(team.read_text() + "  - {name: Mo Dahl, title: Regulatory Affairs Specialist, fte: 0.3}\n")
    doc = json.loads(run_cli("check", str(team), "--format", "json").stdout)
    assert [(f["person"], f["line"]) for f in doc["findings"] if "0.5 FTE" in f["message"]] == [(None, 3)]
