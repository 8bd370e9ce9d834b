"""Bad input is a product feature: one clear line naming file and line, exit 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli

GOOD_PERSON = "  - {name: Ann, title: Registered Nurse}\n"

CASES = [
    # id, file content (None: do not create), expected fragments of the message
    ("empty file", "", ["team file is empty", ":1:"]),
    ("only a comment", "# nothing here\n", ["team file is empty"]),
    ("invalid yaml", "people:\n  - name: Ann\n    title: [unclosed\n", ["invalid YAML", ":3:12:", "close the [ ]"]),
    ("tab indentation", "people:\n\t- {name: Ann, title: RN}\n", ["invalid YAML", ":2:1:", "found character '\\t'"]),
    ("top level is a list", "- name: Ann\n  title: RN\n", ["top level must be a mapping", "not a list", ":1:"]),
    ("top level is text", "hello\n", ["top level must be a mapping", "not text"]),
    ("people missing", "organization: Acme\n", ["'people' is missing", "(teamaudit init starter.yaml writes"]),
    # .teamaudit.yaml handed to check (or to the pre-commit hook by a broad files: pattern): not two unknown keys
    (
        "a config file",
        "fail-on: warning\nignore:\n  - {rule: TA003, reason: x}\n",
        [":1:1: this is a teamaudit config file, not a team file (check the team file instead"],
    ),
    ("people not a list", "people: {name: Ann}\n", ["'people' must be a list, not a mapping", ":1:"]),
    # a pull request that wipes the list is no team to audit (it was an ordinary failure: 3 TA002, 3 hires)
    (
        "people an empty list",
        "people: []\n",
        [":1:9: 'people' is empty: the file lists no one to audit", "teamaudit init starter.yaml writes"],
    ),
    ("people with no value", "organization: A\npeople:\n", [":2:8: 'people' is empty: the file lists no one"]),
    ("person not a mapping", "people:\n  - Ann\n", ["people[0] must be a mapping", ":2:"]),
    ("person missing name", "people:\n  - title: RN\n", ["people[0] is missing 'name'", ":2:"]),
    (
        "person missing title",
        "people:\n" + GOOD_PERSON + "  - name: Bob\n",
        ["people[1] (Bob) is missing 'title'", ":3:"],
    ),
    # a key written but left empty is reported at its own line, as an empty fte is, not as a missing key
    ("empty title", "people:\n  - name: Ann\n    title:\n", [":3:11: people[0] (Ann).title: is empty"]),
    ("empty name", "people:\n  - name:\n    title: RN\n", [":2:10: people[0].name: is empty; it must be"]),
    ("quoted empty title", 'people:\n  - {name: Ann, title: "  "}\n', [":2:24: people[0] (Ann).title: is empty"]),
    (
        "duplicate name",
        "people:\n" + GOOD_PERSON + "  - {name: Ann, title: Nurse}\n",
        ["duplicate name 'Ann'", "first used on line 2", ":3:"],
    ),
    (
        "duplicate id",
        "people:\n  - {name: Ann, title: RN, id: 7}\n  - {name: Bob, title: RN, id: '7'}\n",
        ["duplicate id '7'", ":3:"],
    ),
    (
        "duplicate id on its own line",
        "people:\n  - name: A\n    title: RN\n    id: E1\n  - name: B\n    title: RN\n    id: E1\n",
        [":7:9: duplicate id 'E1' (first used on line 4)"],
    ),
    (
        "fte above 1",
        "people:\n  - name: Ann\n    title: RN\n    fte: 1.5\n",
        ["fte: must be a number > 0 and <= 1, got 1.5", ":4:"],
    ),
    # a share of a week written as a percentage, an amount of pay with its currency: what to write instead
    ("fte a percentage", "people:\n  - {name: Ann, title: RN, fte: 50}\n", ["got 50 (", "write 0.5 for 50%"]),
    ("fte over 1", "people:\n  - {name: Ann, title: RN, fte: 1.2}\n", ["(one person is at most 1.0 FTE: write 1"]),
    ("fte in words", "people:\n  - {name: Ann, title: RN, fte: half-time}\n", ["got 'half-time' (write 0.5)"]),
    ("cost with a currency", "people:\n  - {name: Ann, title: RN, cost: $185k}\n", ["in plain digits, without a"]),
    ("fte zero", "people:\n  - {name: Ann, title: RN, fte: 0}\n", ["fte: must be a number > 0 and <= 1", ":2:"]),
    ("fte text", "people:\n  - {name: Ann, title: RN, fte: half}\n", ["fte: must be a number", "'half'"]),
    (
        "unknown status",
        "people:\n  - name: Ann\n    title: RN\n    status: hired\n",
        ["status: 'hired' is not one of", ":4:"],
    ),
    (
        "unknown layer",
        "people:\n  - {name: Ann, title: RN, layer: nursing}\n",
        ["layer: 'nursing' is not one of", ":2:"],
    ),
    ("skills not a list", "people:\n  - {name: Ann, title: RN, skills: yes}\n", ["skills: must be a list of text"]),
    ("title not text", "people:\n  - {name: Ann, title: [a, b]}\n", ["title: must be non-empty text"]),
    ("cost negative", "people:\n  - {name: Ann, title: RN, cost: -5}\n", ["cost: must be a positive number"]),
    (
        "start not a date",
        "people:\n  - {name: Ann, title: RN, status: planned, start: soon}\n",
        ["start: must be a date"],
    ),
    ("as_of not a date", "as_of: yesterday\npeople:\n" + GOOD_PERSON, ["'as_of' must be a date", ":1:"]),
    ("unknown key", "people:\n  - name: Ann\n    titel: RN\n", ["unknown key 'titel'", "did you mean title?", ":3:5"]),
    ("unknown top key", "peopel:\n" + GOOD_PERSON, ["unknown key 'peopel'", "did you mean people?", ":1:1"]),
    # a misspelt synonym means what the synonym means; a close key does not win over a closer synonym
    ("misspelt synonym", "people:\n  - {name: Ann, title: RN, departement: ICU}\n", ["did you mean team?"]),
    ("closer synonym", "people:\n  - {name: Ann, title: RN, salry: 1}\n", ["'salry'", "did you mean cost?"]),
    ("no near key", "people:\n  - {name: Ann, title: RN, location: Oslo}\n", ["'location'", "known keys: name"]),
    (
        "duplicate key",
        "people:\n  - name: Ann\n    title: RN\n    title: MD\n",
        ["duplicate key 'title'", ":4:5"],
    ),
    (
        "alias bomb",
        "people:\n  - name: A\n    title: RN\n    skills:\n      - &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"      - &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)),
        [":8:13:", "aliases", "refusing to expand"],
    ),
]


@pytest.mark.parametrize(("content", "fragments"), [(c, f) for _, c, f in CASES], ids=[c[0] for c in CASES])
def test_bad_team_file(team, content: str, fragments: list[str]):
    path = team(content)
    result = run_cli("check", path)
    assert result.code == 2, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith(f"teamaudit: error: {path}")
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


def test_a_config_setting_beside_a_team_file_key_is_a_team_file_missing_its_list(team):
    """`organization` is the team file's: the file was called a config file, its real problems left unsaid."""
    path = team("rubric: x\norganization: A\n")
    result = run_cli("check", path)
    assert result.code == 2 and result.stderr.splitlines() == [
        f"teamaudit: error: {path}:1:1: unknown key 'rubric' (known keys: organization, as_of, currency, people)",
        f"teamaudit: error: {path}:1:1: 'people' is missing: the file needs a 'people:' list "
        "(teamaudit init starter.yaml writes a commented one to copy from)",
    ]


def test_missing_file(tmp_path: Path):
    result = run_cli("check", tmp_path / "nope.yaml")
    assert result.code == 2
    assert result.stderr.strip() == f"teamaudit: error: {tmp_path / 'nope.yaml'}: no such file"


def test_a_misspelt_team_file_name_is_told_the_file_beside_it(tmp_path: Path):
    """A founder typed `teamaudit check teams.yaml` beside team.yaml and was told only 'no such file'."""
    (tmp_path / "team.yaml").write_text("people:\n" + GOOD_PERSON)
    (tmp_path / "notes.txt").write_text("x")
    result = run_cli("check", "teams.yaml", cwd=tmp_path)
    assert (
        result.code == 2
        and result.stderr.strip() == "teamaudit: error: teams.yaml: no such file (did you mean team.yaml?)"
    )
    result = run_cli("check", "roster.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stderr.strip() == "teamaudit: error: roster.yaml: no such file"
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / ".teamaudit.yaml").write_text("fail-on: error\n")
    result = run_cli("check", "plans", cwd=tmp_path)
    assert result.stderr.strip() == "teamaudit: error: plans: is a directory, not a file (name the team file in it)"
    (tmp_path / "plans" / "team-2027.yaml").write_text("people:\n" + GOOD_PERSON)
    result = run_cli("check", "plans", cwd=tmp_path)
    assert result.code == 2 and result.stderr.strip() == (
        "teamaudit: error: plans: is a directory, not a file (name the team file in it, such as plans/team-2027.yaml)"
    )


def test_directory(tmp_path: Path):
    result = run_cli("check", tmp_path)
    assert result.code == 2
    assert "is a directory" in result.stderr and "Traceback" not in result.stderr


def test_non_utf8_bytes(tmp_path: Path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes("people:\n  - name: Jos\xe9\n    title: RN\n".encode("latin-1"))
    result = run_cli("check", path)
    assert result.code == 2
    assert f"{path}:2:" in result.stderr and "not valid UTF-8 (byte 0xe9)" in result.stderr


def test_utf8_bom_is_accepted(tmp_path: Path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfpeople:\n  - {name: Ann, title: Registered Nurse}\n")
    assert run_cli("check", path).code in (0, 1)


def test_file_over_size_limit(team):
    path = team("people:\n" + GOOD_PERSON * 50)
    result = run_cli("check", path, "--max-bytes", "100")
    assert result.code == 2 and "over the limit of 100" in result.stderr


def test_too_many_people(team):
    path = team("people:\n" + "".join(f"  - {{name: P{i}, title: RN}}\n" for i in range(5)))
    result = run_cli("check", path, "--max-people", "3")
    assert result.code == 2 and ":5:5: more than 3 people, over the limit" in result.stderr


def test_bad_option_is_usage_error(team):
    path = team("people:\n" + GOOD_PERSON)
    result = run_cli("check", path, "--fail-on", "sometimes")
    assert result.code == 2 and "Traceback" not in result.stderr


def test_deep_nesting(team):
    path = team("people:\n  - name: Ann\n    title: RN\n    skills: " + "[" * 200 + "]" * 200 + "\n")
    result = run_cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr


def test_a_bad_as_of_is_quoted_as_a_bad_start_is(team):
    path = team("as_of: 11/01/2026\npeople:\n" + GOOD_PERSON)
    result = run_cli("check", path)
    assert result.code == 2 and ":1:8: 'as_of' must be a date like 2026-01-31, got '11/01/2026'" in result.stderr


def test_an_impossible_date_is_reported_like_a_quoted_one_and_hides_no_other_problem(team):
    """YAML takes `2027-02-30` for a date by its shape; reading it as text, as when quoted, lets the check name
    every problem in one run instead of stopping at the first impossible day."""
    path = team(
        "as_of: 2026-13-01\npeople:\n"
        "  - name: Ann\n    title: Registered Nurse\n    start: 2027-02-30\n"
        "  - name: Bob\n    title: Nurse\n    start: '2027-02-30'\n    fte: 2\n"
    )
    result = run_cli("check", path)
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:1:8: 'as_of' must be a date like 2026-01-31, got '2026-13-01'"
        " (the month comes before the day: 2026-01-13 for 13 January)",
        f"teamaudit: error: {path}:5:12: people[0] (Ann).start: must be a date like 2026-03-01, got '2027-02-30'"
        " (February 2027 has 28 days: 2027-02-28 is its last)",
        f"teamaudit: error: {path}:8:12: people[1] (Bob).start: must be a date like 2026-03-01, got '2027-02-30'"
        " (February 2027 has 28 days: 2027-02-28 is its last)",
        f"teamaudit: error: {path}:9:10: people[1] (Bob).fte: must be a number > 0 and <= 1, got 2"
        " (one person is at most 1.0 FTE: write 1, or the share of a full week they give)",
    ]


def test_a_quoted_as_of_is_a_date_as_a_quoted_start_is(team):
    path = team(
        "as_of: '2026-01-31'\npeople:\n  - {name: Ann, title: Registered Nurse, status: planned, start: '2026-02-01'}\n"
    )
    result = run_cli("check", path, "--format", "json")
    assert result.code in (0, 1) and result.stderr == ""
    assert '"as_of": "2026-01-31"' in result.stdout


COLONLESS = [
    # id, file content, the line and column blamed, the text without its colon, the key
    ("before a key", "people:\n  - name: Ann\n    title: RN\n  - name Bob\n    title: X\n", "4:9", "name Bob", "name"),
    ("before a comment", "people:\n  - name Bob\n\n    # Bob\n    title: X\n", "2:9", "name Bob", "name"),
    ("mid person", "people:\n  - name: Ann\n    title RN # x\n    team: ICU\n", "3:10", "title RN", "title"),
    (
        "blanks before a comment",
        "people:\n  - name: Ann\n    title RN" + " " * 30 + "# x\n    team: ICU\n",
        "3:10",
        "title RN",
        "title",
    ),
    (
        "last line",
        "people:\n  - name: Ann\n    title Nurse practitioner\n",
        "3:10",
        "title Nurse practitioner",
        "title",
    ),
    (
        "top level",
        "organization Acme\npeople:\n  - {name: Ann, title: RN}\n",
        "1:13",
        "organization Acme",
        "organization",
    ),
]


@pytest.mark.parametrize(
    ("content", "where", "written", "key"), [c[1:] for c in COLONLESS], ids=[c[0] for c in COLONLESS]
)
def test_a_line_without_its_colon_is_named_with_the_fix(team, content: str, where: str, written: str, key: str):
    """YAML reads `name Bob` as text and complains at the next line's key ('mapping values are not allowed'),
    pointing at the wrong line with the wrong fix; the message names the line that lost its colon."""
    path = team(content)
    result = run_cli("check", path)
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:{where}: invalid YAML: '{written}' has no colon after its key"
        f" (add a colon after '{key}'?)"
    ]


def test_a_long_line_without_its_colon_is_named_too(team):
    """The pattern for `key value` had a lazy part and an optional comment after it: on a 100,000-character line of
    blanks it backtracked for 39 s (a hostile review). It reads the line once now."""
    path = team("people:\n  - name a" + " " * 100_000 + "b\n  - {name: X, title: Nurse}\n")
    result = run_cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert "[100,007 characters]' has no colon; add one after 'name'?" in result.stderr


def test_a_missing_colon_is_reported_after_the_problems_before_it(team):
    path = team("people:\n  - name: Ann\n    title: RN\n    fte: 2\n  - name Bob\n    title: X\n")
    result = run_cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:4:10: people[0] (Ann).fte: must be a number > 0 and <= 1, got 2"
        " (one person is at most 1.0 FTE: write 1, or the share of a full week they give)",
        f"teamaudit: error: {path}:5:9: invalid YAML: 'name Bob' has no colon after its key"
        " (add a colon after 'name'?)",
    ]


def test_a_person_written_without_a_colon_is_told_so(team):
    path = team("people:\n  - name Bob\n  - {name: Ann, title: RN}\n  - Ann Smith\n")
    result = run_cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:2:5: people[0] must be a mapping with name and title, not text"
        " ('name Bob' has no colon; add one after 'name'?)",
        f"teamaudit: error: {path}:4:5: people[2] must be a mapping with name and title, not text",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "people:\n  - name: Ann\n    title: RN\n      team: ICU\n",
            "4:11: invalid YAML: mapping values are not allowed",
        ),
        ("people:\n  - name: Ann\n    skills:\n      - Python SQL\n     team: Y\n", "5:6: invalid YAML: did not find"),
    ],
    ids=["indented too far", "misindented after a list"],
)
def test_a_misindented_line_keeps_its_indentation_hint(team, content: str, message: str):
    result = run_cli("check", team(content))
    assert result.code == 2 and message in result.stderr and "no colon" not in result.stderr
    assert "indent" in result.stderr


VALUES = [
    # id, the person's extra line (line 4), what stderr says after the file's name
    (
        "empty status",
        "    status:\n",
        "4:12: people[0] (Ann).status: is empty; it must be one of current, planned, open"
        " (or leave it out for current)",
    ),
    (
        "empty fte",
        "    fte: ~\n",
        "4:10: people[0] (Ann).fte: is empty; it must be a number > 0 and <= 1 (or leave it out for 1.0)",
    ),
    (
        "yes as a team",
        "    team: yes\n",
        "4:11: people[0] (Ann).team: must be non-empty text, got yes (YAML reads an unquoted yes as true: quote it)",
    ),
    (
        "Off as a skill",
        "    skills: [triage, Off]\n",
        "4:22: people[0] (Ann).skills: must be a list of text or one text"
        " separated by commas, got Off in the list (YAML reads an unquoted Off as false: quote it)",
    ),
    (
        "a percentage",
        "    fte: 50%\n",
        "4:10: people[0] (Ann).fte: must be a number > 0 and <= 1, got '50%' (write 0.5)",
    ),
    (
        "background mapping",
        "    background: {years: 5}\n",
        "4:17: people[0] (Ann).background: must be text or a list of text, got a mapping",
    ),
    ("status yes", "    status: yes\n", "4:13: people[0] (Ann).status: yes is not one of current, planned, open"),
]


@pytest.mark.parametrize(("extra", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_a_bad_value_is_said_as_the_file_writes_it(team, extra: str, expected: str):
    """Never a Python value (None, True, {'years': 5}): what the file holds, and how to write it when YAML read
    it as something other than it looks."""
    path = team("people:\n  - name: Ann\n    title: Registered Nurse\n" + extra)
    result = run_cli("check", path)
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"teamaudit: error: {path}:{expected}"]


def test_values_yaml_reads_as_true_or_a_number_are_named_in_one_run(team):
    path = team(
        "people:\n  - name: Bo\n    title: yes\n  - name: 12345\n    title: On\n  - {name: Cy, id: 7, title: Nurse}\n"
    )
    result = run_cli("check", path)
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:3:12: people[0] (Bo).title: must be non-empty text, got yes"
        " (YAML reads an unquoted yes as true: quote it)",
        f"teamaudit: error: {path}:5:12: people[1] (12345).title: must be non-empty text, got On"
        " (YAML reads an unquoted On as true: quote it)",
    ]


NUMBERS_AS_TEXT = [
    # id, the person's extra line (line 4), what stderr says after the file's name
    (
        "exponent",
        "    fte: 5e-1\n",
        "4:10: people[0] (Ann).fte: must be a number > 0 and <= 1, got '5e-1' (YAML reads 5e-1 as text: write 0.5)",
    ),
    (
        "quoted exponent",
        '    fte: "5e-1"\n',
        "4:10: people[0] (Ann).fte: must be a number > 0 and <= 1, got '5e-1'"
        " (YAML reads 5e-1 as text: write 0.5 without quotes)",
    ),
    (
        "decimal comma",
        "    fte: 0,5\n",
        "4:10: people[0] (Ann).fte: must be a number > 0 and <= 1, got '0,5' (use a decimal point: 0.5)",
    ),
    (
        "quoted number",
        "    fte: '0.5'\n",
        "4:10: people[0] (Ann).fte: must be a number > 0 and <= 1, got '0.5'"
        " (write the number without quotes: a quoted one is text)",
    ),
    # pay is never repeated in a hint: --redact hides the value in the message only
    (
        "exponent cost",
        "    cost: 1.85e5\n",
        "4:11: people[0] (Ann).cost: must be a positive number (annual cost),"
        " got '1.85e5' (YAML reads a number with an exponent as text: write it in plain digits)",
    ),
    (
        "thousands",
        "    cost: 185,000\n",
        "4:11: people[0] (Ann).cost: must be a positive number (annual cost),"
        " got '185,000' (write the number without the comma)",
    ),
    (
        "quoted thousands",
        "    cost: '1,850,000'\n",
        "4:11: people[0] (Ann).cost: must be a positive number"
        " (annual cost), got '1,850,000' (write the number without the commas or quotes)",
    ),
]


@pytest.mark.parametrize(("extra", "expected"), [c[1:] for c in NUMBERS_AS_TEXT], ids=[c[0] for c in NUMBERS_AS_TEXT])
def test_a_number_yaml_reads_as_text_gets_the_advice_that_fixes_it(team, extra: str, expected: str):
    """`fte: 5e-1` was told to drop quotes it did not have (YAML 1.1 reads 5e-1 as text either way), and
    `0,5` or `185,000` got no hint at all."""
    path = team("people:\n  - name: Ann\n    title: Registered Nurse\n" + extra)
    result = run_cli("check", path)
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"teamaudit: error: {path}:{expected}"]


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le"])
def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path, encoding: str):
    """It was 'invalid YAML: control characters are not allowed (character U+0000)'. An accent (José) made it
    'not valid UTF-8 (byte 0xe9)' instead: neither says what the file is."""
    expected = "looks like UTF-16 without a byte-order mark (save it as UTF-8)"
    for text in ("people:\n  - name: Ann Lee\n    title: RN\n", "people:\n  - name: José\n    title: RN\n"):
        path = tmp_path / "u.yaml"
        path.write_bytes(text.encode(encoding))
        result = run_cli("check", path)
        assert result.code == 2 and result.stdout == ""
        assert result.stderr.splitlines() == [f"teamaudit: error: {path}:1:1: {expected}"]
        piped = subprocess.run(
            [sys.executable, "-m", "teamaudit", "check", "-"], input=path.read_bytes(), capture_output=True, timeout=120
        )
        assert piped.returncode == 2 and piped.stderr.decode().splitlines() == [
            f"teamaudit: error: <stdin>:1:1: {expected}"
        ]


HUGE = "0x" + "f" * 5000  # 6,000 digits: YAML and TOML read it, and Python will not write it as text


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (f"people:\n  - name: Ann\n    title: RN\n    id: {HUGE}\n", ":4:9:"),
        (f"people:\n  - name: Ann\n    title: RN\n    fte: {HUGE}\n", ":4:10:"),
        (f"people:\n  - name: Ann\n    title: RN\n    cost: {HUGE}\n", ":4:11:"),
        (f"people:\n  - name: Ann\n    title: {HUGE}\n", ":3:12:"),
        (f"as_of: {HUGE}\npeople:\n  - name: Ann\n    title: RN\n", ":1:8:"),
        ("people:\n  - name: Ann\n    title: RN\n    fte: 1" + ":59" * 3000 + "\n", ":4:10:"),  # YAML 1.1's base 60
    ],
    ids=["id", "fte", "cost", "title", "as_of", "sexagesimal"],
)
def test_a_whole_number_too_long_to_write_is_an_error_not_a_traceback(team, content: str, where: str):
    path = team(content)
    result = run_cli("check", path)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert result.stderr.startswith(f"teamaudit: error: {path}{where} invalid YAML value "), result.stderr
    assert result.stderr.rstrip().endswith("for int: more than 4,000 digits"), result.stderr


@pytest.mark.parametrize("number", [HUGE, "9" * 5000], ids=["hexadecimal", "decimal"])
def test_a_toml_number_too_long_to_write_is_an_error_not_a_traceback(tmp_path: Path, number: str):
    (tmp_path / "team.yaml").write_text("people:\n" + GOOD_PERSON)
    (tmp_path / "pyproject.toml").write_text(f"[tool.teamaudit.thresholds]\nml-ratio = {number}\n")
    result = run_cli("check", "team.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stdout == "", result.stderr
    where = tmp_path / "pyproject.toml"
    assert result.stderr == f"teamaudit: error: {where}:2: invalid TOML: a number of more than 4,000 digits\n"


def test_a_percentage_no_fte_can_be_gets_no_hint_to_write_it(team):
    """'99...9%' of 400 digits was hinted 'write inf'; '150%', 'write 1.5', refused in turn."""
    for share in ("9" * 400, "150"):
        result = run_cli("check", team(f'people:\n  - {{name: Ann, title: RN, fte: "{share}%"}}\n'))
        assert result.code == 2 and "fte: must be a number > 0 and <= 1, got '" in result.stderr, result.stderr
        assert "(write" not in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("written", "suggested"),
    [
        (
            "title: Clinical Content Specialist (RN)\n    status: open",
            "name: 'Open req - Clinical Content Specialist (RN)'",
        ),
        (
            "name: ''\n    title: Forward Deployed Engineer\n    status: Open",
            "name: 'Open req - Forward Deployed Engineer'",
        ),
        (
            "title: 'Head of People: O''Neil''s team'\n    status: planned",
            "name: 'Planned hire - Head of People: O''Neil''s team'",
        ),
    ],
    ids=["no name", "empty name", "a title YAML must quote"],
)
def test_a_requisition_with_no_name_yet_is_told_a_name_that_works_when_pasted(tmp_path, written, suggested):
    """A vacant req with no name got 'people[1] is missing 'name'' and nothing to write: the hint's name, pasted in,
    makes the file check."""
    path = tmp_path / "team.yaml"
    path.write_text(f"people:\n  - name: Ann\n    title: Registered Nurse\n  - {written}\n")
    result = run_cli("check", path)
    assert result.code == 2 and f"needs one too, unique in the file: e.g. {suggested}" in result.stderr, result.stderr
    fixed = written.replace("name: ''\n    ", "")
    path.write_text(f"people:\n  - name: Ann\n    title: Registered Nurse\n  - {suggested}\n    {fixed}\n")
    assert run_cli("check", path).code in (0, 1), run_cli("check", path).stderr
