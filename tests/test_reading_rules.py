"""How the team file is read when its text is large, odd or written as YAML 1.1 reads it otherwise than a reader
does: every case through `teamaudit check`, as a user meets it."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import run_cli
from teamaudit.errors import MAX_SHOWN

ANN = "people:\n  - name: Ann Lee\n    title: Registered Nurse\n"


def _people(team_file: Path) -> list[dict[str, object]]:
    result = run_cli("check", team_file, "--details", "--format", "json")
    assert result.code in (0, 1), result.stderr
    people: list[dict[str, object]] = json.loads(result.stdout)["people"]
    return people


def test_skills_text_is_cut_outside_parentheses_as_before(team: Callable[..., Path]) -> None:
    text = "Epic (ClinDoc, Orders), Cerner; HL7 (v2; FHIR), a), b, (c, d"
    skills = _people(team(ANN + f'    skills: "{text}"\n'))[0]["skills"]
    assert skills == ["Epic (ClinDoc, Orders)", "Cerner", "HL7 (v2; FHIR), a)", "b", "(c", "d"]


def test_a_240_kb_skills_text_is_cut_into_its_skills(team: Callable[..., Path]) -> None:
    # Cut by a regular expression that looked ahead for a `)` after every comma, this took 17 s of CPU.
    text = "Epic (ClinDoc), " + "HL7, " * 48_000
    skills = _people(team(ANN + f'    skills: "{text}"\n'))[0]["skills"]
    assert skills == ["Epic (ClinDoc)"] + ["HL7"] * 48_000


def _counting_likeness(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts how often two spellings are compared letter by letter (difflib's ratio), the costly part of a hint."""
    calls = [0]
    ratio = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        calls[0] += 1
        return ratio(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
    return calls


def test_only_the_unknown_keys_shown_are_compared_with_the_known_ones(
    team: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every unknown key was compared with every key and synonym, shown or not: 40,000 took 56 s.
    people = "".join(f"  - {{name: P{i}, title: Nurse, zq{i:05d}xk: 1}}\n" for i in range(2_000))
    calls = _counting_likeness(monkeypatch)
    result = run_cli("check", team("people:\n" + people))
    assert result.code == 2
    assert "unknown key 'zq00000xk'" in result.stderr and "1,980 more problems not shown" in result.stderr
    assert calls[0] < MAX_SHOWN * 20


def test_a_misspelt_key_is_still_reported_once_past_the_problems_shown(team: Callable[..., Path]) -> None:
    people = "".join(f"  - {{name: P{i}, titel: Nurse}}\n" for i in range(30))
    result = run_cli("check", team("people:\n" + people))
    assert result.code == 2
    assert "did you mean title?" in result.stderr and "10 more problems not shown" in result.stderr


def test_a_100_kb_key_is_reported_without_being_compared(
    team: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting_likeness(monkeypatch)
    result = run_cli("check", team(ANN + f"    ? {'titel' * 20_000}\n    : 1\n"))
    assert result.code == 2
    assert "unknown key 'titeltitel" in result.stderr and "[100,000 characters]" in result.stderr
    assert "known keys: name, title" in result.stderr
    assert calls[0] == 0


@pytest.mark.parametrize("written", ["007", "0x1F", "1_000", "1:30", "0b11", "+12", "-0", "1042"])
def test_an_id_written_as_a_whole_number_is_read_as_written(team: Callable[..., Path], written: str) -> None:
    # YAML 1.1 read `007` as 7 and `0x1F` as 31; an id is text.
    assert _people(team(ANN + f"    id: {written}\n"))[0]["id"] == written


def test_ids_written_alike_as_numbers_are_two_ids(team: Callable[..., Path]) -> None:
    text = "people:\n  - {name: Ann, title: Nurse, id: 007}\n  - {name: Bo, title: Nurse, id: 7}\n"
    assert [p["id"] for p in _people(team(text))] == ["007", "7"]


@pytest.mark.parametrize(
    ("key", "written", "kind", "hint"),
    [
        ("cost", "150:00:00", "a base-60 number", "without colons"),
        ("cost", "1:30.5", "a base-60 number", "without colons"),
        ("cost", "0150000", "an octal number", "without the leading zero"),
        ("cost", "0x249F0", "a hexadecimal number", "in decimal digits"),
        ("cost", "0b101", "a binary number", "in decimal digits"),
        ("fte", "0x1", "a hexadecimal number", "in decimal digits"),
    ],
)
def test_an_amount_yaml_reads_in_another_base_is_refused_at_its_line(
    team: Callable[..., Path], key: str, written: str, kind: str, hint: str
) -> None:
    result = run_cli("check", team(ANN + f"    {key}: {written}\n"))
    assert result.code == 2
    assert f"team.yaml:4:{len(key) + 7}: people[0] (Ann Lee).{key}: {written} is {kind} to YAML 1.1" in result.stderr
    assert hint in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("written", "cost"), [("150_000", 150_000.0), ("+150000", 150_000.0), ("0150000.5", 150_000.5)]
)
def test_an_amount_that_means_what_it_looks_like_is_read(team: Callable[..., Path], written: str, cost: float) -> None:
    from teamaudit.roster import load_roster

    assert load_roster(team(ANN + f"    cost: {written}\n")).people[0].cost == cost
    assert run_cli("check", team(ANN + f"    cost: {written}\n")).code in (0, 1)


def test_a_number_in_a_message_is_shown_as_written(team: Callable[..., Path]) -> None:
    result = run_cli("check", team("people:\n  - name: Ann\n    title: Nurse\n    start: 007\n"))
    assert result.code == 2 and "must be a date like 2026-03-01, got 007" in result.stderr


@pytest.mark.parametrize(("written", "line"), [("~", 4), ("yes", 4), ("On", 4)])
def test_a_key_yaml_reads_as_something_else_is_shown_as_written(
    team: Callable[..., Path], written: str, line: int
) -> None:
    result = run_cli("check", team(ANN + f"    {written}: 1\n"))
    assert result.code == 2
    assert f"team.yaml:{line}:5: unknown key '{written}' (known keys: name, title" in result.stderr


def test_a_top_level_key_and_a_duplicate_key_are_shown_as_written(team: Callable[..., Path]) -> None:
    result = run_cli("check", team("~: 1\n" + ANN + "    yes: 1\n    on: 2\n"))
    assert result.code == 2
    assert "team.yaml:1:1: unknown key '~'" in result.stderr
    assert "team.yaml:6:5: duplicate key 'on' in the same mapping" in result.stderr
    assert "None" not in result.stderr and "True" not in result.stderr


@pytest.mark.parametrize(
    ("key", "value"), [("title", "!!binary /w=="), ("id", "!!binary /w=="), ("skills", "[a, !!binary /w==]")]
)
def test_binary_data_is_said_to_be_no_text(team: Callable[..., Path], key: str, value: str) -> None:
    text = "people:\n  - name: Ann Lee\n" + ("" if key == "title" else "    title: Nurse\n") + f"    {key}: {value}\n"
    result = run_cli("check", team(text))
    assert result.code == 2
    assert f"people[0] (Ann Lee).{key}: binary data (!!binary) is not text; write the text itself" in result.stderr
    assert "b'" not in result.stderr


@pytest.mark.parametrize("key", ["id", "cost"])
def test_a_decimal_number_of_over_4300_digits_is_said_to_be_too_long(team: Callable[..., Path], key: str) -> None:
    result = run_cli("check", team(ANN + f"    {key}: {'1' * 4350}\n"))
    assert result.code == 2
    assert result.stderr.rstrip().endswith("for int: more than 4,000 digits"), result.stderr
    assert "integer string conversion" not in result.stderr


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("utf-32", "UTF-32"), ("utf-32-be", "UTF-32 without a byte-order mark"), ("utf-32-le", "UTF-32 without")],
)
def test_a_utf32_file_is_named_utf32(tmp_path: Path, encoding: str, named: str) -> None:
    path = tmp_path / "team.yaml"
    path.write_bytes(ANN.encode(encoding))
    result = run_cli("check", path)
    assert result.code == 2
    assert f"team.yaml:1:1: looks like {named}" in result.stderr and "UTF-16" not in result.stderr


def test_a_utf16_file_without_a_mark_is_still_named_utf16(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_bytes(ANN.encode("utf-16-le"))
    assert "looks like UTF-16 without a byte-order mark" in run_cli("check", path).stderr


@pytest.mark.parametrize("written", ['""', "' '"])
def test_an_empty_id_is_a_problem(team: Callable[..., Path], written: str) -> None:
    # `id: ""` was read as the id '' and only a second one was noticed, as a duplicate.
    result = run_cli("check", team(ANN + f"    id: {written}\n"))
    assert result.code == 2
    assert (
        "team.yaml:4:9: people[0] (Ann Lee).id: is empty; it must be non-empty text (or leave it out)" in result.stderr
    )


def _check_bytes(tmp_path: Path, text: str) -> str:
    path = tmp_path / "team.yaml"
    path.write_bytes(text.encode("utf-8"))
    result = run_cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr
    return result.stderr


@pytest.mark.parametrize(
    ("text", "where", "char"),
    [
        ("people:\n  # a note\u2028 more\n  - name: Ann\n    title: Nurse\n    fte: 2\n", ":2:11:", "U+2028"),
        ("people:  # a \u2029 b\n  - name: Ann\n    title: Nurse\n", ":1:14:", "U+2029"),
        ("people:\n  - name: Ann \u2028Lee\n    title: Nurse\n    fte: 2\n", ":2:15:", "U+2028"),
        ("people:\n  - name: Ann\n    title: Nurse\n    fte: 2\n  # x \x85 y\n", ":5:7:", "U+0085"),
    ],
    ids=["comment", "comment-on-a-key-line", "plain-value", "after-the-problems"],
)
def test_a_line_break_only_yaml_11_sees_outside_quotes_is_refused_where_an_editor_shows_it(
    tmp_path: Path, text: str, where: str, char: str
) -> None:
    # libyaml ended the comment there and read ' more' as the value of people: "3:2: 'people' must be a list".
    stderr = _check_bytes(tmp_path, text)
    assert stderr.count("teamaudit: error:") == 1, stderr
    assert f"team.yaml{where} {char} (" in stderr and "outside quotes: YAML 1.1 ends a line there" in stderr


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_a_problem_after_a_line_break_inside_quotes_is_on_the_line_an_editor_shows(tmp_path: Path, char: str) -> None:
    stderr = _check_bytes(tmp_path, f'people:\n  - name: "Ann {char}Lee"\n    title: Nurse\n    fte: 2\n')
    assert "team.yaml:4:10: people[0] (Ann" in stderr and "fte: must be a number > 0 and <= 1, got 2" in stderr


def test_a_problem_after_a_line_break_inside_quotes_on_the_same_line_is_at_the_editors_column(tmp_path: Path) -> None:
    stderr = _check_bytes(tmp_path, 'people:\n  - {name: "Ann \u2028 Lee", title: Nurse, fte: 2}\n')
    assert "team.yaml:2:44: people[0]" in stderr


def test_a_syntax_error_after_a_line_break_inside_quotes_is_on_the_line_an_editor_shows(tmp_path: Path) -> None:
    stderr = _check_bytes(tmp_path, 'people:\n  - name: "Ann \u2028 Lee"\n    title: [Nurse\n')
    assert "team.yaml:3:12: invalid YAML: did not find expected ',' or ']'" in stderr


def test_a_line_break_inside_quotes_is_kept_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "team.yaml"
    path.write_bytes(
        'people:\n  - name: "Ann\u2028Lee"\n    title: Nurse\n  - name: "Bo\x85Li"\n    title: Nurse\n'.encode()
    )
    assert [p["name"] for p in _people(path)] == ["Ann\u2028Lee", "Bo Li"]  # YAML 1.1 folds a NEXT LINE to a space


UNDERSCORED = "is a number whose underscores do not group thousands: YAML 1.1 drops them and reads"


@pytest.mark.parametrize(
    ("name", "text", "option", "where"),
    [
        (".teamaudit.yaml", "suppression-max-days: 1_0\n", "--config", "1:23: suppression-max-days: 1_0"),
        (".teamaudit.yaml", "thresholds:\n  ml-ratio: 1_5\n", "--config", "2:13: thresholds.ml-ratio: 1_5"),
        (
            "rubric.yaml",
            'extends: healthcare-ai\nname: r\nversion: "1"\nthresholds:\n  ml_ratio: 1_0\n',
            "--rubric",
            "5:13: thresholds.ml_ratio: 1_0",
        ),
        ("team.yaml", ANN + "    fte: 1_0\n", None, "4:10: people[0] (Ann Lee).fte: 1_0"),
        ("team.yaml", ANN + "    cost: 15_0000\n", None, "4:11: people[0] (Ann Lee).cost: 15_0000"),
    ],
)
def test_a_number_whose_underscores_group_no_thousands_is_refused(
    tmp_path: Path, name: str, text: str, option: str | None, where: str
) -> None:
    """`suppression-max-days: 1_0` was read as 10 (YAML 1.1 drops underscores), and a YAML 1.2 reader reads text:
    neither is surely what was meant, in a config, a rubric or a team file."""
    (tmp_path / name).write_text(text)
    if name != "team.yaml":
        (tmp_path / "team.yaml").write_text(ANN)
    result = run_cli("check", "team.yaml", *((option, name) if option else ()), cwd=tmp_path)
    assert result.code == 2 and f"{name}:{where} {UNDERSCORED}" in result.stderr, result.stderr
    assert "(150_000)" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("written", ["1_000", "+1_000", "1_000.5"])
def test_underscores_that_group_thousands_are_read(tmp_path: Path, written: str) -> None:
    (tmp_path / ".teamaudit.yaml").write_text("suppression-max-days: 3000\nthresholds:\n  ml-ratio: 1\n")
    (tmp_path / "team.yaml").write_text(ANN + f"    cost: {written}\n")
    assert run_cli("check", "team.yaml", cwd=tmp_path).code in (0, 1)
