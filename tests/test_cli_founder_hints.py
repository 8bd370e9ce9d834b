"""What a founder editing the starter by hand writes, and the hint that makes the next edit the right one: each
case is a stumble met trying `teamaudit init`, then `check` on a file with the team's own words in it."""

from __future__ import annotations

import pytest

from conftest import run_cli

PERSON = "people:\n  - name: Priya Raman\n    title: Head of Clinical\n    {line}\n"

CASES = [
    # "hired" is on staff to one founder and signed-not-started to another; `current` alone sent the second one
    # to count a hire who starts in March as staff today
    (
        "status: hired",
        "did you mean current (on staff today) or planned (a decided hire who has not started)?",
    ),
    ("status: New Hire", "did you mean current (on staff today) or planned (a decided hire who has not started)?"),
    # several words, each of which means the same value: no hint at all before
    ("status: offer accepted", "(did you mean planned?)"),
    ("status: signed offer", "(did you mean planned?)"),
    # a value of another key: no hint before
    ("status: contractor", "(contractor is an employment, not a status: write employment: contractor)"),
    ("status: advisor", "(advisor is an employment, not a status: write employment: advisor)"),
    ("employment: planned", "(planned is a status, not an employment: write status: planned)"),
    ("layer: contractor", "(contractor is an employment, not a layer: write employment: contractor)"),
    # where notes go: before, the list of known keys, none of which is for them
    ("notes: great hire, ex-Kaiser", "teamaudit keeps no notes: write it as a YAML comment, after a #"),
    ("Comments: x", "teamaudit keeps no notes"),
]


@pytest.mark.parametrize(("line", "hint"), CASES, ids=[c[0] for c in CASES])
def test_a_founder_s_word_gets_the_hint_that_fixes_it(team, line: str, hint: str):
    result = run_cli("check", team(PERSON.format(line=line)))
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.startswith("teamaudit: error: ") and "team.yaml:4:" in result.stderr
    assert hint in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("start", "hint"),
    [
        ("2025-03-01", "(did you mean current? start 2025-03-01 is not after as_of 2026-11-01: on staff)"),
        ("'2026-11-01'", "(did you mean current? start 2026-11-01 is not after as_of 2026-11-01: on staff)"),
        ("2027-03-01", "(did you mean planned? start 2027-03-01 is after as_of 2026-11-01: a decided hire"),
    ],
)
def test_hired_with_a_start_date_is_told_the_value_the_date_settles(team, start: str, hint: str):
    """`status: hired` beside a start that has come is staff today: the hint naming both values left a founder who
    wrote the date to choose (before the two-value hint, `current` alone was said, right for this one)."""
    text = "as_of: 2026-11-01\n" + PERSON.format(line=f"status: hired\n    start: {start}")
    result = run_cli("check", team(text))
    assert result.code == 2 and hint in result.stderr and "or planned" not in result.stderr


@pytest.mark.parametrize(
    ("start", "as_of", "hint"),
    [
        ("2090-01-01", "2099-01-01", "(did you mean current? start 2090-01-01 is not after as_of 2099-01-01: on"),
        ("2000-01-01", "1999-01-01", "(did you mean planned? start 2000-01-01 is after as_of 1999-01-01: a decided"),
    ],
)
def test_hired_is_dated_by_an_as_of_written_after_the_people(team, start: str, as_of: str, hint: str):
    """`as_of:` below `people:` is a valid file, read after the person: the hint dated the start against today,
    and told a founder whose file is as of 2099 that a 2090 start 'is after today' (or one of 1999 the reverse)."""
    text = PERSON.format(line=f"status: hired\n    start: {start}") + f"as_of: {as_of}\n"
    result = run_cli("check", team(text))
    assert result.code == 2 and hint in result.stderr and "today" not in result.stderr, result.stderr


@pytest.mark.parametrize("line", ["status: offer declined", "status: hired away", "status: contractor x"])
def test_a_value_only_partly_understood_gets_no_guess(team, line: str):
    """`offer declined` is no planned hire: a hint from one word of it would mislead."""
    result = run_cli("check", team(PERSON.format(line=line)))
    assert result.code == 2 and "did you mean" not in result.stderr and "write employment" not in result.stderr


def test_the_fixes_the_hints_give_make_the_file_pass(team):
    fixed = PERSON.format(line="employment: contractor\n    status: planned  # great hire, ex-Kaiser")
    assert run_cli("check", team(fixed), "--fail-on", "never").code == 0


def test_a_hostile_value_is_not_echoed_into_the_hint(team):
    """The hint names only teamaudit's own words; the value is the message's, quoted and escaped."""
    result = run_cli("check", team(PERSON.format(line='status: "contractor\\n::error::x\\u001b[31m"')))
    assert result.code == 2 and "\n::error::" not in result.stderr and "\x1b" not in result.stderr


def test_a_name_where_explain_wants_the_team_file_is_told_the_order(tmp_path):
    """`teamaudit explain "Sam Cole"` said only `Sam Cole: no such file`."""
    (tmp_path / "team.yaml").write_text("people:\n  - {name: Sam Cole, title: Epic Analyst}\n", encoding="utf-8")
    result = run_cli("explain", "Sam Cole", cwd=tmp_path)
    assert result.code == 2
    assert result.stderr == (
        "teamaudit: error: Sam Cole: no such file (the team file comes first, then names: "
        "teamaudit explain team.yaml 'Sam Cole')\n"
    )
    assert run_cli("explain", "team.yaml", "Sam Cole", cwd=tmp_path).code == 0
    (tmp_path / "team.yaml").unlink()
    elsewhere = run_cli("explain", "Sam\n::error::x\x1b[31m", cwd=tmp_path)
    assert "teamaudit explain TEAM_FILE $'Sam\\n::error::x\\x1b[31m'" in elsewhere.stderr
    assert "\n::error" not in elsewhere.stderr and "\x1b" not in elsewhere.stderr


@pytest.mark.parametrize("option", ["--rubric", "--config"])
def test_a_missing_rubric_after_a_team_file_is_not_told_the_order(tmp_path, option: str):
    """`explain roster.txt --rubric nope.yaml` was told 'the team file comes first, then names: teamaudit explain
    team.yaml roster.txt', of a rubric that is missing: the order hint is for a name where the team file goes."""
    team = "people:\n  - {name: Sam Cole, title: Epic Analyst}\n"
    (tmp_path / "team.yaml").write_text(team, encoding="utf-8")
    (tmp_path / "roster.txt").write_text(team, encoding="utf-8")
    result = run_cli("explain", "roster.txt", option, "nope.yaml", cwd=tmp_path)
    assert result.code == 2 and "nope.yaml: " in result.stderr
    assert "comes first" not in result.stderr
