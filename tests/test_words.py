"""The word model: the best guess for people the rubric finds no layer in, and only for them; it stays unsure,
says what it read, and a rubric can name only a built-in model."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from teamaudit.classify import classifier_for
from teamaudit.classify.words import WordModel, features, load_word_model
from teamaudit.errors import TeamAuditError
from teamaudit.model import Person
from teamaudit.rubric import load_rubric
from teamaudit.rubricfiles import builtin_dir

TEAM = """people:
  - name: Esme
    title: Scientist
    skills: ["language models", "learning from EHR documents"]
  - name: Tom
    title: Scientist
  - name: Cora
    title: Coordinator
    skills: ["risk-based monitoring plans"]
"""


def test_the_rubric_finds_no_layer_and_the_word_model_guesses_and_says_why(team):
    result = run_cli("explain", team(TEAM), "Esme")
    assert result.code == 0, result.stderr
    out = result.stdout
    # confidence: the model's probability x the 0.5 threshold, rounded down: the guess stays unsure, a surer one
    # ranks higher (the probability moves a little each time the word model is retrained on a larger tuning part)
    found = re.search(r"=> ml_research, confidence (0\.\d\d) \(the word model's best guess\)", out)
    read = re.search(r"reads ml_research at (0\.\d\d) from 'title: scientist' \+1\.\d\d", out)
    assert found and read, out
    probability, confidence = float(read[1]), float(found[1])  # both as printed, to two places
    assert probability >= 0.6 and probability * 0.5 - 0.015 <= confidence <= probability * 0.5 + 0.0025
    assert "decided by: the rubric found no layer (other, 0.20); the word model" in out
    assert "'text: learning' +0." in out
    assert "to make it certain: add `layer: ml_research`" in out


def test_the_guess_stays_unsure_and_ta005_names_the_rubrics_own_layer(team):
    result = run_cli("check", team(TEAM), "--format", "json")
    report = json.loads(result.stdout)
    people = {p["name"]: p for p in report["people"]}
    assert people["Esme"]["layer"] == "ml_research" and people["Esme"]["source"] == "words"
    assert people["Esme"]["confidence"] < report["thresholds"]["confidence"]
    ta005 = [f for f in report["findings"] if f["rule"] == "TA005" and f["person"] == "Esme"]
    assert len(ta005) == 1 and ta005[0]["message"].endswith("next candidate: other")


GUESS_ONLY = """people:
  - {name: Mel, title: ML Engineer}
  - {name: Nia, title: Nurse Practitioner}
  - {name: Rob, title: Regulatory Affairs Manager}
  - {name: Ann, title: Analyst, skills: [data quality, EHR reporting]}
"""


def test_a_guess_never_holds_a_layer_up(team):
    """Review: Ann, guessed into integration, silenced TA002 and turned a failing check into a pass."""
    result = run_cli("check", team(GUESS_ONLY), "--format", "json")
    assert result.code == 1
    report = json.loads(result.stdout)
    assert {p["name"]: p["source"] for p in report["people"]}["Ann"] == "words"
    ta002 = [f for f in report["findings"] if f["rule"] == "TA002"]
    assert [f["message"] for f in ta002] == [
        "no integration layer (EHR integration specialists): nobody in the current view but Ann (line 5), "
        "whom the word model only guesses to be integration (TA005)"
    ]
    assert not [f for f in report["findings"] if f["rule"] in ("TA003", "TA004") and f["layer"] == "integration"]


# Markdown lists people under their layer's heading (one list with --details): the guess is marked by its confidence.
@pytest.mark.parametrize(
    ("fmt", "marker"),
    [("text", "integration (guess)"), ("markdown", "| Ann | Analyst | current | 1.0 | 0.33 (guess) |")],
)
def test_people_tables_mark_a_guess(team, fmt, marker):
    result = run_cli("check", team(GUESS_ONLY), "--format", fmt, "--details")
    assert marker in result.stdout
    if fmt == "markdown":
        assert result.stdout.index("#### Integration: 1 person") < result.stdout.index(marker)


def test_html_says_a_guess_is_no_proof(team, tmp_path):
    out = tmp_path / "r.html"
    run_cli("check", team(GUESS_ONLY), "--format", "html", "-o", out)
    cell = """(guess)</td><td class="small free wide">— (the word model&#x27;s guess: TA005 asks to settle it)"""
    assert cell in out.read_text(encoding="utf-8")


def test_redaction_keeps_the_guess_but_not_the_skills_or_team_words_behind_it(team):
    text = TEAM.replace(
        '    skills: ["language models"', '    team: Oncology Infusion Pump Vendor\n    skills: ["language models"'
    )
    path = team(text)
    report = json.loads(run_cli("check", path, "--format", "json", "--redact").stdout)
    guessed = [p for p in report["people"] if p["source"] == "words"]
    assert guessed and all("text:" not in e and "team:" not in e for p in guessed for e in p["evidence"])
    assert any("'(a skills, background or team word)'" in e for p in guessed for e in p["evidence"])
    assert not any("'(a skills, background or team word)' +" in e for p in guessed for e in p["evidence"])
    explained = run_cli("explain", path, "--redact").stdout
    assert "learning" not in explained and "infusion" not in explained and "'title: scientist'" in explained


def test_a_guess_can_flip_the_verdict_and_firmness_says_so(team):
    result = run_cli("check", team(TEAM.split("  - name: Tom")[0]), "--format", "json")
    plan = json.loads(result.stdout)["firmness"]["plan"]
    assert (plan["over_indexed"], plan["unsure"], plan["holds"], plan["to_flip"]) == (True, 1, False, 1)


LEFT_ALONE = """people:
  - {name: Tom, title: Scientist}
  - {name: Cora, title: Coordinator, skills: ["risk-based monitoring plans"]}
  - {name: Rae, title: Research Associate, skills: ["none"]}
  - {name: Reg, title: Research Associate, skills: ["English"]}
  - {name: Dan, title: Data Engineer, skills: ["language models"]}
"""


def test_title_only_people_and_the_rubrics_own_calls_are_left_alone(team, tmp_path):
    # A higher threshold makes the rubric's positive 'other' calls unsure; they are still not the model's to change.
    rubric = tmp_path / "strict.yaml"
    rubric.write_text('extends: healthcare-ai\nname: strict\nversion: "1"\nthresholds: {confidence: 0.9}\n')
    result = run_cli("check", team(LEFT_ALONE), "--format", "json", "--rubric", rubric)
    people = {p["name"]: (p["layer"], p["source"]) for p in json.loads(result.stdout)["people"]}
    assert people["Tom"] == ("other", "rubric")  # a title alone: too few words
    assert people["Cora"] == ("compliance", "rubric")  # unsure, but the rubric found a layer
    assert people["Rae"] == ("other", "rubric")  # a placeholder skill: the only words the model knows are the title's
    assert people["Reg"] == ("other", "rubric")  # a skill the model knows, but the guess would rest on the title
    assert people["Dan"] == ("other", "rubric")  # the rubric's own 'other' (a data engineer), unsure at 0.9


@pytest.mark.parametrize("words", ["null", "{min_probability: 0.9}"])  # off; or surer than the 0.87 it is
def test_a_rubric_can_turn_the_model_off_or_ask_more_of_it(team, tmp_path, words):
    rubric = tmp_path / "mine.yaml"
    rubric.write_text(f'extends: healthcare-ai\nname: mine\nversion: "1"\nwords: {words}\n', encoding="utf-8")
    result = run_cli("check", team(TEAM), "--format", "json", "--rubric", rubric)
    people = {p["name"]: p for p in json.loads(result.stdout)["people"]}
    assert (people["Esme"]["layer"], people["Esme"]["source"]) == ("other", "rubric")


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ('{model: "../../../etc/passwd"}', "4:16: words.model: no built-in word model '../../../etc/passwd'"),
        ("{model: " + "x" * 500 + "}", "no built-in word model '" + "x" * 60 + "'; built-in: healthcare-ai"),
        ("{model: healthcare-ai, min_probability: 0}", "words.min_probability: Input should be greater than 0"),
    ],
)
def test_a_rubric_can_name_only_a_built_in_model(team, tmp_path, words, said):
    rubric = tmp_path / "mine.yaml"
    rubric.write_text(f'extends: healthcare-ai\nname: mine\nversion: "1"\nwords: {words}\n', encoding="utf-8")
    result = run_cli("check", team(TEAM), "--rubric", rubric)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert said in result.stderr and len(result.stderr) < 600


def test_output_never_carries_words_the_model_does_not_know(team):
    hostile = "x" * 1900 + " ::error::pwned <script>"
    result = run_cli("explain", team(TEAM.replace("learning from EHR documents", hostile)), "Esme")
    assert result.code == 0 and "xxxxxxxxxx" not in result.stdout.split("decided by:")[1].split("\n")[0]


def test_features_read_words_and_pairs_by_field():
    found = features("interface analyst", ["HL7 v2 feeds"], ["5 yrs Epic Bridges"], "IS Applications")
    assert {"t:interface", "t:interface_analyst", "x:hl7", "x:hl7_v2", "x:epic_bridges", "d:applications"} <= found
    assert "x:feeds_5" not in found  # pairs never cross from one line to the next


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("not json", "JSONDecodeError"),
        ('{"format": 2}', "not a format-1 word model"),
        ('{"format": 1, "layers": ["a"]}', "its layers are not clinical"),
        (
            '{"format": 1, "layers": ["clinical","integration","compliance","ml_research","other"],'
            ' "bias": [0,0,0,0,0], "weights": {"t:x": [1, 2, NaN, 0, 0]}}',
            "five finite numbers",
        ),
        (
            '{"format": 1, "layers": ["clinical","integration","compliance","ml_research","other"],'
            ' "bias": [0,0,0,0,0], "weights": {"t:x": [1' + "0" * 400 + ", 0, 0, 0, 0]}}",
            "five finite numbers",
        ),
    ],
)
def test_a_broken_model_file_is_a_clear_error(tmp_path, text, why):
    path = tmp_path / "broken.words.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TeamAuditError) as raised:
        load_word_model(path)
    assert why in raised.value.message and raised.value.hint == "reinstall teamaudit"


def test_the_shipped_model_is_what_the_trainer_makes_from_the_tuning_part():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "train_words.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    shipped = json.loads(Path(builtin_dir() / "healthcare-ai.words.json").read_text(encoding="utf-8"))
    assert shipped["trained_on"].startswith("benchmarks/data/realworld.yaml, tuning part: ")


def test_the_threshold_meets_the_probability_unrounded():
    """Review: 0.3952 was rounded to 0.40 before the `>= min_probability` test, and passed it."""
    odds = 0.3952 / (1 - 0.3952) * 4  # one layer against four equal others
    model = WordModel("t", (math.log(odds), 0.0, 0.0, 0.0, 0.0), {}, "")
    reading = model.read(frozenset())
    assert abs(reading.probability - 0.3952) < 1e-9 and reading.describe() == "clinical at 0.40"


SURE_GUESS = """people:
  - {name: Ml1, title: ML Engineer}
  - {name: Ml2, title: ML Engineer}
  - {name: Ml3, title: ML Engineer}
  - {name: Ml4, title: ML Engineer}
  - {name: Nia, title: Nurse Practitioner}
  - {name: Rob, title: Regulatory Affairs Manager}
  - {name: Ann, title: Analyst, skills: ["EHR data integration", "lab system support", "vendor implementation"]}
"""


def test_a_sure_guess_is_still_unsure_and_never_holds_a_layer(team, tmp_path):
    """Second review: p = 0.991 x 0.5 rounded to 0.50, the threshold: no TA005, and firmness said 'Firm'. And the
    HTML summary and TA001's advice called a layer of guesses present while TA002 called it missing."""
    path = team(SURE_GUESS)
    report = json.loads(run_cli("check", path, "--format", "json").stdout)
    ann = {p["name"]: p for p in report["people"]}["Ann"]
    assert ann["source"] == "words" and ann["confidence"] < report["thresholds"]["confidence"]
    assert [f["person"] for f in report["findings"] if f["rule"] == "TA005"] == ["Ann"]
    assert report["firmness"]["plan"]["unsure"] == 1
    ta001 = [r["text"] for r in report["recommendations"] if r["rule"] == "TA001"]
    assert ta001 and "the missing integration layer" in ta001[0]
    out = tmp_path / "r.html"
    run_cli("check", path, "--format", "html", "-o", out)
    assert "; no integration layer" in out.read_text(encoding="utf-8")


def test_a_layer_a_negative_spoke_against_is_not_the_models_to_give():
    """The words of "wage and hour compliance" read as compliance to the model; the rubric's negative says why
    they are not, and the guess would undo it."""
    person = Person.parse(
        {
            "name": "Max",
            "title": "Manager",
            "skills": ["wage and hour compliance", "regulatory reporting", "policy review"],
        }
    )
    classifier = classifier_for(load_rubric("healthcare-ai"))
    model = classifier.word_model()
    assert model is not None
    reading = model.read(features("manager", person.skills, person.background, person.team))
    assert reading.layer.value == "compliance" and reading.probability >= 0.5 and reading.rests_on_text()
    result = classifier.classify(person)
    assert (result.layer.value, result.source) == ("other", "rubric")
    assert any(c.weight < 0 and c.layer.value == "compliance" for c in result.contributions)
