"""A person's declared `layer:` against what their own record says (TA007). A pull request can declare every ML
researcher clinical; `check` must say so, and a verdict that holds only because of those declarations must say it.
A legitimate declaration (an RN titled "Product Manager") stays silent."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

LAYERS = """people:
  - name: Aisha Bello
    title: Clinical Informatics Lead
    background: ["RN, BSN", "8 years ICU nurse at a level I trauma center"]
  - name: Chloe Martin
    title: HL7 Interface Engineer
    skills: [HL7 v2, Mirth Connect, ADT feeds]
  - name: Noor Aziz
    title: Regulatory Affairs Manager
    background: ["filed two 510(k) submissions for SaMD products", "RAC certified"]
  - {name: Priya Raman, title: Head of ML, background: ["PhD in machine learning, Stanford"]}
  - {name: Rafael Ortiz, title: Senior ML Engineer}
"""
# Five ML researchers against three layer people is over-indexed; three of them declared clinical make it 2 vs 6.
ATTACK = (
    LAYERS
    + """  - {name: Tomas Berg, title: Senior Research Scientist, skills: [PyTorch, transformers], layer: clinical}
  - {name: Mei Chen, title: "Research Scientist, NLP", skills: [LLM fine-tuning], layer: clinical}
  - {name: Daniel Okafor, title: Machine Learning Engineer, skills: [PyTorch], layer: clinical}
"""
)
LEGIT = (
    LAYERS
    + """  - {name: Jane Doe, title: Product Manager, background: ["RN, BSN; 6 years ICU"], layer: clinical}
  - {name: Sam Lee, title: Associate, layer: clinical}
"""
)
ONLY_BY_DECLARATION = (
    "It holds only by declaration: counted as the rubric reads them, the 3 people whose declared layer their own "
    "record contradicts (TA007) would make it over-indexed."
)


def _write(tmp_path, text):
    path = tmp_path / "team.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_ml_researchers_declared_clinical_are_named_and_fail_at_warning(tmp_path):
    path = _write(tmp_path, ATTACK)
    assert run_cli("check", path).code == 0  # no error: the declarations are data
    result = run_cli("check", path, "--fail-on", "warning")
    assert result.code == 1, result.stderr
    for name, line in (("Tomas Berg", 13), ("Mei Chen", 14), ("Daniel Okafor", 15)):
        assert (
            f"TA007 declared-layer-contradicts-evidence: {name} (" in result.stdout
            and f"is declared clinical (line {line}), but the rubric reads ml_research with confidence" in result.stdout
        ), result.stdout
    assert "Remove the declared 'layer: clinical' of Mei Chen (line 14)" in result.stdout  # a code span, quoted in text
    assert "Firm as declared: the current view is not over-indexed" in result.stdout
    assert ONLY_BY_DECLARATION in result.stdout


@pytest.mark.parametrize("fmt", ["markdown", "json", "sarif", "junit", "github", "html"])
def test_every_format_says_the_verdict_holds_only_by_declaration(tmp_path, fmt):
    result = run_cli("check", _write(tmp_path, ATTACK), "--format", fmt)
    text = result.stdout.replace("&#x27;", "'").replace("\\(", "(").replace("\\)", ")")
    assert ONLY_BY_DECLARATION in text, text[:3000]
    assert "TA007" in text


def test_json_counts_the_contradicted_declarations(tmp_path):
    report = json.loads(run_cli("check", _write(tmp_path, ATTACK), "--format", "json").stdout)
    firmness = report["firmness"]["plan"]
    assert (firmness["contradicted_declarations"], firmness["holds_only_by_declaration"]) == (3, True)
    assert sum(f["rule"] == "TA007" for f in report["findings"]) == 3


def test_a_declaration_the_rubric_agrees_with_or_is_unsure_of_is_silent(tmp_path):
    result = run_cli("check", _write(tmp_path, LEGIT), "--fail-on", "warning", "--format", "json")
    report = json.loads(result.stdout)
    assert not [f for f in report["findings"] if f["rule"] == "TA007"], result.stdout
    assert report["firmness"]["plan"]["holds_only_by_declaration"] is False


def test_explain_shows_the_rubric_s_call_beside_the_declaration(tmp_path):
    path = _write(tmp_path, ATTACK + LEGIT.removeprefix(LAYERS))
    said = run_cli("explain", path, "Mei Chen").stdout
    assert "  => clinical, confidence 1.00 (declared in the team file)\n" in said
    assert "  the rubric alone reads: ml_research, confidence 1.00 (it contradicts the declaration (TA007)" in said
    assert (
        "the rubric alone reads: clinical, confidence 1.00 (it agrees)" in run_cli("explain", path, "Jane Doe").stdout
    )
    unsure = run_cli("explain", path, "Sam Lee").stdout
    assert "the rubric alone reads: other, confidence 0." in unsure and "so the declaration settles it" in unsure


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "sarif", "junit", "github", "html"])
def test_a_hostile_title_in_the_finding_stays_inert(tmp_path, fmt):
    hostile = ATTACK.replace('"Research Scientist, NLP"', '"Research Scientist\\n::error::x \\u001b[31m"')
    result = run_cli("check", _write(tmp_path, hostile), "--format", fmt)
    assert result.code in (0, 1), result.stderr
    assert "\x1b" not in result.stdout
    assert not any(line.startswith("::error::x") for line in result.stdout.splitlines()), result.stdout
    assert "TA007" in result.stdout


def _sides(tmp_path, head_text):
    base = tmp_path / "base.yaml"
    base.write_text(head_text.replace(", layer: clinical}", "}"), encoding="utf-8")
    return base, _write(tmp_path, head_text)


HEAD = ATTACK + '  - {name: Jane Doe, title: Product Manager, background: ["RN, BSN"], layer: clinical}\n'


def test_diff_names_the_declarations_the_change_adds_beside_the_rubric_s_call(tmp_path):
    base, head = _sides(tmp_path, HEAD)
    said = run_cli("diff", base, head).stdout
    assert (
        "This change declares 4 people's layers: 3 people declared clinical by this change, the rubric reads them "
        "ml_research (TA007): Tomas Berg (line 13), Mei Chen (line 14), Daniel Okafor (line 15); 1 person declared "
        "clinical by this change, the rubric agrees: Jane Doe (line 16)." in said
    ), said
    assert "the rubric reads them ml\\_research (TA007)" in run_cli("diff", base, head, "--format", "markdown").stdout
    declared = json.loads(run_cli("diff", base, head, "--format", "json").stdout)["declared_by_change"]
    assert [(x["name"], x["rubric_reads"], x["contradicts"]) for x in declared] == [
        ("Tomas Berg", "ml_research", True),
        ("Mei Chen", "ml_research", True),
        ("Daniel Okafor", "ml_research", True),
        ("Jane Doe", "clinical", False),
    ]


def test_diff_leaves_out_a_declaration_both_sides_hold(tmp_path):
    head = _write(tmp_path, HEAD)
    said = run_cli("diff", head, head, "--format", "json").stdout
    assert json.loads(said)["declared_by_change"] == []


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_a_hostile_name_in_the_diff_s_declarations_stays_inert(tmp_path, fmt):
    base, head = _sides(tmp_path, HEAD.replace("name: Mei Chen", 'name: "Mei\\n::error::x \\u001b[31m"'))
    result = run_cli("diff", base, head, "--format", fmt)
    assert result.code == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert ("declared_by_change" if fmt == "json" else "declares 4 people's layers") in result.stdout
    assert not any(line.startswith("::error::x") for line in result.stdout.splitlines()), result.stdout
