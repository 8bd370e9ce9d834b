"""Values read as the file writes them, in team files, configs and rubrics: positions an editor shows after a line
break only YAML 1.1 sees, text written as numbers, numbers YAML 1.1 reads in another base, and tags that are no
text. Every case through the CLI, as a user meets it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

ODD_BREAKS = ["\u2028", "\u2029", "\x85"]


def _repository(tmp_path: Path) -> Path:
    """A checkout holding the backwards example, so a config beside it may name a rubric beside it."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "team.yaml").write_text((EXAMPLES / "backwards.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path / "team.yaml"


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


# --- positions after a quoted U+2028, U+2029 or U+0085 ---------------------------------------------------------


@pytest.mark.parametrize("char", ODD_BREAKS)
def test_a_config_problem_below_a_quoted_line_break_is_on_the_line_an_editor_shows(tmp_path: Path, char: str) -> None:
    team_file = _repository(tmp_path)
    config = f'ignore:\n  - rule: TA003\n    reason: "one{char}two{char}three"\nthresholds:\n  ml-ratio: 0\n'
    _write(tmp_path / ".teamaudit.yaml", config)
    result = run_cli("check", team_file)
    assert result.code == 2
    assert ".teamaudit.yaml:5:13: thresholds.ml-ratio: Input should be greater than 0" in result.stderr


@pytest.mark.parametrize("char", ODD_BREAKS)
def test_a_rubric_problem_below_a_quoted_line_break_is_on_the_line_an_editor_shows(tmp_path: Path, char: str) -> None:
    text = f'version: "1{char}2{char}3"\nextends: healthcare-ai\nscoring:\n  min_score: -1\n'
    rubric = _write(tmp_path / "mine.yaml", text)
    result = run_cli("rubric", "validate", rubric)
    assert result.code == 2
    assert "mine.yaml:4:14: scoring.min_score: Input should be greater than or equal to 0" in result.stderr


def test_a_suppression_below_a_quoted_line_break_is_named_by_its_editors_line(tmp_path: Path) -> None:
    team_file = _repository(tmp_path)
    config = 'ignore:\n  - {rule: TA001, reason: "x\u2028y"}\n  - rule: TA003\n'
    _write(tmp_path / ".teamaudit.yaml", config)
    result = run_cli("check", team_file, "--format", "github")
    assert ".teamaudit.yaml,line=3,title=TA006 invalid-suppression::" in result.stdout, result.stdout


def test_a_persons_line_below_a_quoted_line_break_is_the_editors_line(team: Callable[..., Path]) -> None:
    text = (
        'organization: "Acme\u2028Clinical\u2029AI\x85Co"\npeople:\n  - name: Ann\n    title: Registered Nurse\n'
        "  - name: Bob\n    title: Data Scientist\n  - name: bob\n    title: Data Scientist\n"
    )
    path = team(text)
    result = run_cli("check", path)
    assert result.code == 2
    assert "team.yaml:7:11: duplicate name 'bob' (first used on line 5, as 'Bob')" in result.stderr
    path.write_bytes(text.replace("name: bob", "name: Cy").encode())
    report = json.loads(run_cli("check", path, "--details", "--format", "json").stdout)
    assert [p["line"] for p in report["people"]] == [3, 5, 7]
    annotations = run_cli("check", path, "--format", "github").stdout
    assert "the clinical layer is held by 1 person: Ann (line 3)" in annotations


# --- numbers YAML 1.1 reads in another base, in configs and rubrics ------------------------------------------

BASES = [
    ("1:30", "a base-60 number", "without colons"),
    ("010", "an octal number", "without the leading zero"),
    ("0x10", "a hexadecimal number", "in decimal digits"),
    ("0b1", "a binary number", "in decimal digits"),
]


@pytest.mark.parametrize(("written", "kind", "hint"), BASES)
def test_a_config_threshold_yaml_reads_in_another_base_is_refused_at_its_line(
    tmp_path: Path, written: str, kind: str, hint: str
) -> None:
    # `ml-ratio: 1:30` was the threshold 90, `010` 8, `0x10` 16: silently another number than the one written.
    team_file = _repository(tmp_path)
    _write(tmp_path / ".teamaudit.yaml", f"thresholds:\n  ml-ratio: {written}\n  thin-layer-people: {written}\n")
    result = run_cli("config", team_file)
    assert result.code == 2
    assert f".teamaudit.yaml:2:13: thresholds.ml-ratio: {written} is {kind} to YAML 1.1" in result.stderr
    assert f".teamaudit.yaml:3:22: thresholds.thin-layer-people: {written} is {kind}" in result.stderr
    assert hint in result.stderr and result.stderr.count("teamaudit: error:") == 2, result.stderr


def test_a_config_threshold_refused_for_its_base_is_not_refused_again_for_its_value(tmp_path: Path) -> None:
    team_file = _repository(tmp_path)
    _write(tmp_path / ".teamaudit.yaml", "thresholds:\n  ml-ratio: 0x1000\n  confidence: 2\n")
    result = run_cli("check", team_file)
    assert result.code == 2
    assert "thresholds.ml-ratio: 0x1000 is a hexadecimal number" in result.stderr
    assert "less than or equal to 100" not in result.stderr
    assert ".teamaudit.yaml:3:15: thresholds.confidence: Input should be less than or equal to 1" in result.stderr


@pytest.mark.parametrize(("written", "read"), [("15", "15"), ("1.5", "1.5"), ("+3", "3")])
def test_a_config_threshold_in_decimal_is_read(tmp_path: Path, written: str, read: str) -> None:
    team_file = _repository(tmp_path)
    _write(tmp_path / ".teamaudit.yaml", f"thresholds:\n  ml-ratio: {written}\n")
    result = run_cli("config", team_file)
    assert result.code == 0 and f"ml-ratio={read}" in result.stdout


def test_rubric_numbers_yaml_reads_in_another_base_are_refused_each_at_its_line(tmp_path: Path) -> None:
    rubric = _write(
        tmp_path / "mine.yaml",
        "version: '1'\nextends: healthcare-ai\nthresholds:\n  confidence: 0b1\nscoring:\n  min_score: 1:30\n"
        "layers:\n  clinical:\n    credentials:\n      RN: 0x20\n    signals:\n"
        "      - {pattern: charge nurse, weight: 010, label: charge nurse}\n",
    )
    result = run_cli("rubric", "validate", rubric)
    assert result.code == 2
    for where in (
        "mine.yaml:4:15: thresholds.confidence: 0b1 is a binary number",
        "mine.yaml:6:14: scoring.min_score: 1:30 is a base-60 number",
        "mine.yaml:10:11: layers.clinical.credentials.RN: 0x20 is a hexadecimal number",
        "mine.yaml:12:41: layers.clinical.signals.0.weight: 010 is an octal number",
    ):
        assert where in result.stderr, result.stderr
    assert result.stderr.count("teamaudit: error:") == 4  # RN's 32, over 20, is not said again


def test_a_number_in_another_base_in_the_rubric_a_rubric_extends_is_refused_in_that_file(tmp_path: Path) -> None:
    _write(tmp_path / "base.yaml", "version: '1'\nextends: healthcare-ai\nscoring:\n  min_score: 010\n")
    rubric = _write(tmp_path / "mine.yaml", "version: '2'\nextends: base.yaml\n")
    result = run_cli("rubric", "validate", rubric)
    assert result.code == 2
    assert "base.yaml:4:14: scoring.min_score: 010 is an octal number to YAML 1.1" in result.stderr


# --- text written as a number is the text written ---------------------------------------------------------------

NUMBERS_AS_TEXT = (
    "organization: 007\npeople:\n  - name: 1_000\n    title: 1e3\n    team: 010\n    id: 0x1F\n"
    "  - name: Bo Li\n    title: 0x1F\n    team: 1.10\n    skills: [010, 1:30]\n    background: 0b11\n"
)


def test_text_written_as_numbers_is_read_as_written(team: Callable[..., Path]) -> None:
    # `organization: 007` was the organization '7'; a name, title or team written so was an error.
    result = run_cli("check", team(NUMBERS_AS_TEXT), "--details", "--format", "json")
    assert result.code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert report["organization"] == "007"
    people = [(p["name"], p["title"], p["team"], p["id"], p["skills"]) for p in report["people"]]
    assert people == [("1_000", "1e3", "010", "0x1F", []), ("Bo Li", "0x1F", "1.10", None, ["010", "1:30"])]


@pytest.mark.parametrize(
    ("form", "shown"),
    [("text", "| 007 |"), ("markdown", "007"), ("html", "007"), ("json", '"organization": "007"')],
)
def test_an_organization_written_as_a_number_is_shown_as_written_in_every_format(
    team: Callable[..., Path], form: str, shown: str
) -> None:
    result = run_cli("check", team(NUMBERS_AS_TEXT), "--format", form)
    assert result.code in (0, 1), result.stderr
    assert shown in result.stdout


def test_a_person_named_by_a_number_is_found_as_written(team: Callable[..., Path]) -> None:
    result = run_cli("explain", team(NUMBERS_AS_TEXT), "1_000")
    assert result.code == 0 and "1_000" in result.stdout, result.stderr


def test_true_false_in_a_text_field_is_still_said_with_how_to_quote_it(team: Callable[..., Path]) -> None:
    result = run_cli("check", team("people:\n  - name: Ann\n    title: Nurse\n    team: yes\n"))
    assert result.code == 2
    assert "people[0] (Ann).team: must be non-empty text, got yes (YAML reads an unquoted yes as true" in result.stderr


# --- tags that are no text -----------------------------------------------------------------------------------

BINARY = "binary data (!!binary) is not text; write the text itself"


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("    team: !!binary aGVsbG8=\n", "4:11: people[0] (Ann).team"),
        ("    id: !!binary aGVsbG8=\n", "4:9: people[0] (Ann).id"),
        ("    skills: [Epic, !!binary aGVsbG8=]\n", "4:20: people[0] (Ann).skills"),
        ("    background: !!binary aGVsbG8=\n", "4:17: people[0] (Ann).background"),
        ("    background: [RN, &b !!binary aGVsbG8=]\n    skills: [*b]\n", "5:14: people[0] (Ann).skills"),
    ],
)
def test_binary_data_in_a_team_files_text_is_refused(team: Callable[..., Path], line: str, where: str) -> None:
    # `team: !!binary aGVsbG8=` was the team 'hello', silently.
    result = run_cli("check", team("people:\n  - name: Ann\n    title: Nurse\n" + line))
    assert result.code == 2
    assert f"team.yaml:{where}: {BINARY}" in result.stderr, result.stderr


def test_binary_data_as_a_name_title_or_organization_is_refused(team: Callable[..., Path]) -> None:
    text = "organization: !!binary aGVsbG8=\npeople:\n  - name: !!binary aGVsbG8=\n    title: !!binary aGVsbG8=\n"
    result = run_cli("check", team(text))
    assert result.code == 2
    assert f"team.yaml:1:15: organization: {BINARY}" in result.stderr
    assert f"team.yaml:3:11: people[0].name: {BINARY}" in result.stderr
    assert f"team.yaml:4:12: people[0].title: {BINARY}" in result.stderr
    assert "hello" not in result.stderr


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("!!int 7", "a number (!!int) is not text; write the text itself, without the tag"),
        ("!!float 1.5", "a number (!!float) is not text"),
        ("!!timestamp 2026-01-01", "a date (!!timestamp) is not text"),
        ("!!bool yes", "true/false (!!bool) is not text"),
    ],
)
def test_a_text_tagged_as_another_type_is_refused(team: Callable[..., Path], value: str, problem: str) -> None:
    result = run_cli("check", team(f"people:\n  - name: Ann\n    title: Nurse\n    team: {value}\n"))
    assert result.code == 2
    assert f"team.yaml:4:11: people[0] (Ann).team: {problem}" in result.stderr


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("!!set {a, b}", "teamaudit does not read a set (!!set) (write a plain list or mapping, without the tag)"),
        ("!!omap [a: 1]", "teamaudit does not read an ordered mapping (!!omap)"),
        ("!!pairs [a: 1]", "teamaudit does not read a list of pairs (!!pairs)"),
        ("!!python/object:os.system x", "teamaudit does not read the tag '!!python/object:os.system' (remove it"),
        ("!!python/name:os.system ''", "teamaudit does not read the tag '!!python/name:os.system'"),
        ("!local x", "teamaudit does not read the tag '!local'"),
    ],
)
def test_a_tag_teamaudit_does_not_read_is_refused_at_its_line(
    team: Callable[..., Path], value: str, problem: str
) -> None:
    text = f"people:\n  - name: Ann\n    title: Nurse\n    fte: 2\n  - name: Bo\n    title: Nurse\n    team: {value}\n"
    result = run_cli("check", team(text))
    assert result.code == 2 and "Traceback" not in result.stderr
    assert f"team.yaml:7:11: invalid YAML: {problem}" in result.stderr, result.stderr
    assert "team.yaml:4:10: people[0] (Ann).fte" in result.stderr  # the problems before it are reported too


def test_binary_data_in_a_configs_text_is_refused(tmp_path: Path) -> None:
    # `reason: !!binary aGVsbG8=` was the reason 'hello'; `rubric: !!binary ...` named a rubric by its base64.
    team_file = _repository(tmp_path)
    config = "rubric: !!binary aGVhbHRoY2FyZS1haQ==\nignore:\n  - rule: TA003\n    reason: !!binary aGVsbG8=\n"
    _write(tmp_path / ".teamaudit.yaml", config)
    result = run_cli("config", team_file)
    assert result.code == 2
    assert f".teamaudit.yaml:1:9: rubric: {BINARY}" in result.stderr
    assert f".teamaudit.yaml:4:13: ignore[0].reason: {BINARY}" in result.stderr


def test_binary_data_in_a_rubrics_text_is_refused(tmp_path: Path) -> None:
    rubric = _write(
        tmp_path / "mine.yaml",
        "version: '1'\nextends: healthcare-ai\ndescription: !!binary aGVsbG8=\nlayers:\n  clinical:\n    signals:\n"
        "      - {pattern: !!binary aGVsbG8=, weight: 1, label: nurse}\n",
    )
    result = run_cli("rubric", "validate", rubric)
    assert result.code == 2
    assert f"mine.yaml:3:14: description: {BINARY}" in result.stderr
    assert f"mine.yaml:7:19: layers.clinical.signals.0.pattern: {BINARY}" in result.stderr
