"""The word model: the best guess for people the rubric finds no layer in, and only for them; it stays unsure,
says what it read, and a rubric can name only a built-in model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from teamaudit.classify.words import features, load_word_model
from teamaudit.errors import TeamAuditError
from teamaudit.rubric import builtin_dir

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
    assert "=> ml_research, confidence 0.20 (the word model's best guess)" in out
    assert "decided by: the rubric alone was unsure (other, 0.20); the word model" in out
    assert "reads ml_research at 0.83 from 'title scientist' +1.64, 'text learning'" in out
    assert "to make it certain: add `layer: ml_research`" in out


def test_the_guess_stays_unsure_and_ta005_names_the_rubrics_own_layer(team):
    result = run_cli("check", team(TEAM), "--format", "json")
    report = json.loads(result.stdout)
    people = {p["name"]: p for p in report["people"]}
    assert people["Esme"]["layer"] == "ml_research" and people["Esme"]["source"] == "words"
    assert people["Esme"]["confidence"] < report["thresholds"]["confidence"]
    ta005 = [f for f in report["findings"] if f["rule"] == "TA005" and f["person"] == "Esme"]
    assert len(ta005) == 1 and ta005[0]["message"].endswith("next candidate: other")


def test_a_guess_can_flip_the_verdict_and_firmness_says_so(team):
    result = run_cli("check", team(TEAM.split("  - name: Tom")[0]), "--format", "json")
    plan = json.loads(result.stdout)["firmness"]["plan"]
    assert (plan["over_indexed"], plan["unsure"], plan["holds"], plan["to_flip"]) == (True, 1, False, 1)


def test_title_only_people_and_the_rubrics_weak_layer_calls_are_left_alone(team):
    result = run_cli("check", team(TEAM), "--format", "json")
    people = {p["name"]: p for p in json.loads(result.stdout)["people"]}
    assert (people["Tom"]["layer"], people["Tom"]["source"]) == ("other", "rubric")  # a title alone: too few words
    assert (people["Cora"]["layer"], people["Cora"]["source"]) == ("compliance", "rubric")  # unsure, but a layer


@pytest.mark.parametrize("words", ["null", "{min_probability: 0.9}"])  # off; or surer than the 0.83 it is
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
