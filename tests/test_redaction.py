"""`--redact` (issue 15, point 4): nothing that identifies a person or their pay in any format, command or error
message, and exactly the verdict, findings and suppressions of the unredacted run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, Result, run_cli
from teamaudit.render import Format

TEAM = """organization: Privacy Test Co
people:
  - name: Zelda Quartermaine
    id: EMP-7781
    title: Registered Nurse
    team: Oncology Skunkworks
    background: ["ICU nurse at Gloucester Royal Infirmary", "zelda.q@example.org"]
    cost: 131313
  - name: Yusuf Blackwood
    title: HL7 Interface Engineer
    skills: [Mirth Connect at Hollowbrook Clinic]
    cost: 242424
  - name: Xiomara Fenwick
    title: Regulatory Affairs Specialist
    background: "filed a 510(k) for Tarrowfield Imaging"
    cost: 252525
  - {name: Wolfgang Ashdown, title: Research Scientist, team: Skunkworks Labs, cost: 161616}
  - {name: Violet Okonkwo-Brandt, title: Karaoke Host}
  - {name: Thaddeus Keel, title: "Regulatory Consultant (thaddeus.k@wexcombe.example)"}
  - {name: Ulrich Pemberton, title: Machine Learning Engineer, status: open, cost: 171717}
"""
# Everything --redact must remove: names, ids, team, background and skills text, e-mail, individual pay.
SECRETS = [
    "Zelda",
    "Quartermaine",
    "Blackwood",
    "Fenwick",
    "Ashdown",
    "Okonkwo",
    "Pemberton",
    "Keel",
    "thaddeus",  # an address in a title, which the normalised title had kept as "thaddeusk wexcombeexample"
    "wexcombe",
    "EMP-7781",
    "Skunkworks",
    "Gloucester",
    "Hollowbrook",
    "Tarrowfield",
    "example.org",
    "131313",
    "131,313",
    "242424",
    "242,424",
    "171717",
    "171,717",
    "Smith",  # a suppression's person who is not in the team file, which SARIF put in a fingerprint
    "Staffer",
]
CONFIG = """ignore:
  - {rule: TA005, person: Violet Okonkwo-Brandt, reason: "Violet Okonkwo-Brandt hosts the offsite; not staff"}
  - {rule: TA003, person: Former Staffer Bob Smith}
"""


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


@pytest.fixture
def team(tmp_path: Path) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(TEAM, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(CONFIG, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_redact_removes_team_background_skills_and_email_from_every_format(team, fmt):
    result = run_cli("check", team, "--format", fmt, "--redact", "--details")
    assert result.code in (0, 1), result.stderr
    assert _leaks(result.stdout) == []
    assert "Person 01" in result.stdout


def test_redact_removes_them_from_explain_report_and_diff(team, tmp_path):
    explained = run_cli("explain", team, "--redact")
    assert explained.code == 0 and _leaks(explained.stdout) == []
    assert "skills mention" in explained.stdout or "background mention" in explained.stdout  # the label stays
    html = tmp_path / "r.html"
    assert run_cli("report", team, "-o", html, "--redact").code in (0, 1)
    assert _leaks(html.read_text(encoding="utf-8")) == []
    head = tmp_path / "head.yaml"
    head.write_text(TEAM.replace("    cost: 242424\n", "    cost: 242424\n    status: planned\n"), encoding="utf-8")
    for fmt in ("text", "markdown", "json"):
        diffed = run_cli("diff", team, head, "--format", fmt, "--redact")
        assert diffed.code in (0, 1), diffed.stderr
        assert _leaks(diffed.stdout) == [], fmt


@pytest.mark.parametrize("redact", [[], ["--redact"]], ids=["plain", "redacted"])
def test_json_sarif_and_diff_json_say_whether_they_were_redacted(team, tmp_path, redact):
    # A redacted JSON document looked like one of a team of people named Person 01...: nothing said which.
    said = bool(redact)
    doc = json.loads(run_cli("check", team, "--format", "json", *redact).stdout)
    assert doc["redacted"] is said
    sarif = json.loads(run_cli("check", team, "--format", "sarif", *redact).stdout)
    assert sarif["runs"][0]["properties"]["redacted"] is said
    head = tmp_path / "head.yaml"
    head.write_text(TEAM, encoding="utf-8")
    assert json.loads(run_cli("diff", team, head, "--format", "json", *redact).stdout)["redacted"] is said


def test_evidence_keeps_the_signal_label_without_the_quoted_text(team):
    doc = json.loads(run_cli("check", team, "--format", "json", "--redact").stdout)
    yusuf = doc["people"][1]
    assert yusuf["name"] == "Person 02" and yusuf["team"] is None and yusuf["id"] is None
    assert any(e.startswith("skills mention") for e in yusuf["evidence"]), yusuf["evidence"]
    assert not any("'" in e for e in yusuf["evidence"] if e.startswith(("skills", "background"))), yusuf["evidence"]


def _outcome(doc: dict) -> list[tuple]:
    return [
        (f["rule"], f["severity"], f["view"], f["layer"], f["line"], bool(f["suppressed"]), f.get("failing"))
        for f in doc["findings"] + doc.get("other_view_findings", [])
    ]


@pytest.mark.parametrize("options", [[], ["--scope", "current"], ["--fail-on", "warning"]])
def test_verdict_findings_and_suppressions_are_the_same_with_and_without_redact(team, options):
    plain = run_cli("check", team, "--format", "json", *options)
    redacted = run_cli("check", team, "--format", "json", "--redact", *options)
    assert plain.code == redacted.code
    a, b = json.loads(plain.stdout), json.loads(redacted.stdout)
    assert a["verdict"] == b["verdict"] and a["summary"] == b["summary"]
    assert _outcome(a) == _outcome(b)
    suppressed = [f for f in b["findings"] if f["suppressed"]]
    assert [f["person"] for f in suppressed] == ["Person 05"]  # the suppression by name still applies
    assert suppressed[0]["suppressed"] == "Person 05 hosts the offsite; not staff"
    assert [len(p["evidence"]) for p in a["people"]] == [len(p["evidence"]) for p in b["people"]]
    assert [(p["layer"], p["confidence"], p["hands_on"]) for p in a["people"]] == [
        (p["layer"], p["confidence"], p["hands_on"]) for p in b["people"]
    ]


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_examples_audit_the_same_redacted(example):
    plain = run_cli("check", f"examples/{example}", "--format", "json")
    redacted = run_cli("check", f"examples/{example}", "--format", "json", "--redact")
    assert plain.code == redacted.code
    assert _outcome(json.loads(plain.stdout)) == _outcome(json.loads(redacted.stdout))


def test_a_small_layer_shows_no_total_in_the_report(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n  - {name: Ann Lee, title: Registered Nurse, cost: 131313}\n"
        "  - {name: Bo Chan, title: Data Scientist, cost: 242424}\n",
        encoding="utf-8",
    )
    for fmt in ("json", "html", "text", "markdown"):
        out = run_cli("check", path, "--format", fmt, "--redact").stdout
        assert not [s for s in ("131313", "131,313", "242424", "242,424", "373737", "373,737") if s in out], fmt


@pytest.mark.parametrize(
    ("team_text", "secret"),
    [
        ("people:\n  - {name: Zelda Quartermaine, title: RN}\n  - {name: Zelda Quartermaine, title: MD}\n", "Zelda"),
        ("people:\n  - {name: Ann, title: RN, cost: -131313}\n", "131313"),
        ("people:\n  - {name: Ann, title: RN, status: zelda.q@example.org}\n", "example.org"),
        ("people:\n  - {name: Zelda Quartermaine, title: RN, fte: 2}\n", "Zelda"),
        ("people:\n  - {name: Ann, title: RN, start: 424242}\n", "424242"),
        ("people:\n  - name Zelda\n    title: RN\n", "Zelda"),  # and the key it lacks a colon after
    ],
)
def test_error_messages_keep_the_place_not_the_value(tmp_path, team_text, secret):
    path = tmp_path / "team.yaml"
    path.write_text(team_text, encoding="utf-8")
    plain = run_cli("check", path)
    assert plain.code == 2 and secret in plain.stderr  # the unredacted message shows it, as it should
    for command in (["check", path], ["explain", path], ["report", path, "-o", tmp_path / "r.html"]):
        result = run_cli(*command, "--redact")
        assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
        assert secret not in result.stderr and f"{path}:" in result.stderr, result.stderr


@pytest.mark.parametrize("wanted", ["Zelda Quartermaine", "zelda quartermaine", "EMP-7781", "Person 01"])
def test_redacted_explain_finds_a_person_by_real_name_id_or_pseudonym(team, wanted):
    """A consultant types the real name; only the pseudonym worked, and the real name was refused (exit 2)."""
    result = run_cli("explain", team, wanted, "--redact")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("== Person 01 (line 3): Registered Nurse\n")
    assert result.stdout.count("\n== ") == 0  # that one person only
    assert _leaks(result.stdout + result.stderr) == []


def test_redacted_explain_repeats_no_name_when_one_matches_nobody(team):
    """Neither the name typed nor a close one from the file: 'did you mean' would tie a real name to a person."""
    result = run_cli("explain", team, "Person 01", "Zelda Quartermane", "--redact")
    assert result.code == 2 and result.stdout.startswith("== Person 01 (line ")  # the one found is explained
    assert _leaks(result.stdout) == []
    assert "no person matches the 2nd name given (by name, part of a name, id or pseudonym)" in result.stderr
    assert _leaks(result.stderr) == [] and "Quartermane" not in result.stderr
    plain = run_cli("explain", team, "Zelda Quartermane")
    assert plain.code == 2 and "did you mean 'Zelda Quartermaine'?" in plain.stderr


def test_redacted_explain_scores_a_negatives_own_line_as_the_plain_one_does(tmp_path):
    """A negative with `cancels:` voids its own line; --redact drops the line's text, and the scores explain
    prints are the same."""
    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n"
        "  - name: Quentin Marlowe\n"
        "    title: Product Manager\n"
        "    background: ['Worked closely with nurses at Thornbury Vale for 6 years', 'Former ER physician']\n",
        encoding="utf-8",
    )
    plain, redacted = run_cli("explain", path), run_cli("explain", path, "--redact")
    assert "Thornbury" in plain.stdout and "Thornbury" not in redacted.stdout
    scores = [[line for line in out.stdout.splitlines() if " score " in line] for out in (plain, redacted)]
    assert scores[0] == scores[1] and any("clinical     score 6" in line for line in scores[0]), scores


def test_redacted_errors_still_name_every_problem(tmp_path):
    """--redact rebuilt the error from its first problem alone: a file with two mistakes showed one."""
    path = tmp_path / "team.yaml"
    path.write_text("people:\n  - {name: Zelda Quartermaine, title: RN, fte: 2}\n  - {name: Bo, title: yes}\n")
    result = run_cli("check", path, "--redact")
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:2:48: people[0].fte: must be a number > 0 and <= 1,"
        " got a value not shown (--redact) (one person is at most 1.0 FTE: write 1, or the share of a full week they"
        " give)",
        f"teamaudit: error: {path}:3:23: people[1].title: must be non-empty text, got a value not shown (--redact)"
        " (YAML reads an unquoted yes as true: quote it)",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Sinead O'Brien",
        'Bob\'s "Tricky" Name',
        "Back\\\\slash O'Hara",
        "It's 'quoted' twice'",
        '"Double" only',
    ],
)
def test_error_messages_hide_names_whatever_quotes_they_hold(tmp_path, name):
    """The quoted value in an error was found by a pattern that stopped at the first apostrophe: two people named
    Sinead O'Brien gave `duplicate name '...'Brien'`, and Bob's "Tricky" Name `'...'s '...' Name'`."""
    path = tmp_path / "team.yaml"
    person = json.dumps(name)  # a YAML double-quoted string
    path.write_text(
        f"people:\n  - {{name: {person}, title: RN}}\n  - {{name: {person}, title: RN}}\n"
        f'  - {{name: {person[:-1]} 2", title: RN, fte: 3}}\n'
        f"  - {{name: !!int {person}, title: RN}}\n",
        encoding="utf-8",
    )
    plain = run_cli("check", path)
    assert plain.code == 2 and name.split()[-1] in plain.stderr
    redacted = run_cli("check", path, "--redact")
    assert redacted.code == 2 and "Traceback" not in redacted.stderr
    pieces = {piece.strip("'\"\\") for piece in name.split()} - {""}
    assert [piece for piece in pieces if piece in redacted.stderr] == [], redacted.stderr
    assert f"{path}:3:12: duplicate name '...' (first used on line 2)" in redacted.stderr
    assert f"{path}:4:" in redacted.stderr and "people[2].fte: must be" in redacted.stderr
    assert f"{path}:5:" in redacted.stderr and "invalid YAML value" in redacted.stderr


def _refused_redacted(tmp_path: Path, team: str) -> tuple[Path, Result]:
    """`check --redact` on a team file it refuses (exit 2), and the file."""
    path = tmp_path / "team.yaml"
    path.write_text(team, encoding="utf-8")
    result = run_cli("check", path, "--redact")
    assert result.code == 2, result.stderr
    return path, result


def test_redacted_errors_show_the_keys_and_hide_the_values(tmp_path):
    """Key names are the file's structure, not its data: `unknown key 'emial'` said `unknown key '...'`, and
    `people[1] is missing 'title'` said `missing '...'`. A key written like a name or an address stays hidden, and
    so does a near miss (`emial`): `emil` is as near, and a given name."""
    path, result = _refused_redacted(
        tmp_path,
        "people:\n"
        "  - {name: Ann, title: RN, emial: secret@x.example}\n"
        "  - {name: Bo, title: RN, title: MD}\n"
        "  - Zelda Quartermaine: {title: RN}\n"
        "  - {name: Cy, title: RN, zelda.q@x.example: 1}\n"
        "  - {name: Okonkwo, Nadia, title: RN}\n",
    )
    assert f"{path}:2:28: unknown key '...' (known keys: name, title," in result.stderr
    # A flow mapping's unquoted comma makes a given name a key: shaped like one, meant as none, so hidden.
    assert f"{path}:6:21: unknown key '...'" in result.stderr and "Nadia" not in result.stderr
    assert f"{path}:3:27: duplicate key 'title' in the same mapping" in result.stderr
    assert f"{path}:4:5: people[2] is missing 'name'" in result.stderr
    assert f"{path}:4:5: unknown key '...'" in result.stderr
    assert "secret" not in result.stderr and "Zelda" not in result.stderr and "zelda" not in result.stderr


def _audited(tmp_path: Path, team: str, config: str, *options: str) -> dict[str, str]:
    (tmp_path / "team.yaml").write_text(team, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(config, encoding="utf-8")
    return {fmt.value: run_cli("check", tmp_path / "team.yaml", "-f", fmt.value, *options).stdout for fmt in Format}


def test_a_reason_loses_a_name_in_any_case_or_spacing_and_the_id(tmp_path):
    """docs/redaction.md: a name in a reason becomes the pseudonym and ids are dropped; only an exact copy of the
    name was replaced, so `ANN LEE / Ann  Lee / Lee / E042 approved` was printed as written."""
    team = "people:\n  - {name: Ann Lee, id: E042, title: ML Engineer}\n  - {name: Bo Chan, title: Data Scientist}\n"
    reason = "ANN LEE / Ann  Lee / Lee, Ann / Lee / LEE / E042 / e042 approved; asked Chan"
    config = f'ignore:\n  - {{rule: TA002, layer: clinical, reason: "{reason}"}}\n'
    out = _audited(tmp_path, team, config, "--redact")
    for fmt, text in out.items():
        assert not re.search(r"(?i)lee|e042|chan\b", text), fmt
    doc = json.loads(out["json"])
    (accepted,) = [f for f in doc["findings"] if f["suppressed"]]
    assert accepted["suppressed"] == (
        "Person 01 / Person 01 / Person 01 / Person 01 / Person 01 / Person 01 / Person 01 approved; asked Person 02"
    )


def test_a_surname_alone_is_replaced_only_as_a_name_is_written(tmp_path):
    """A surname that is also a word leaves the word alone; one two people share names neither of them."""
    team = (
        "people:\n  - {name: Rose Long, id: '7', title: ML Engineer}\n  - {name: Jo Lee, title: Data Scientist}\n"
        "  - {name: Al Lee, title: Data Scientist}\n  - {name: 李明, title: Data Scientist}\n"
    )
    reason = "long-term rose garden, item 7; Long approved; Lee and Jo Lee agree; 李明批准; Kim Lee-Smith, O'Lee too"
    config = f'ignore:\n  - {{rule: TA002, layer: clinical, reason: "{reason}"}}\n'
    doc = json.loads(_audited(tmp_path, team, config, "--redact")["json"])
    (accepted,) = [f for f in doc["findings"] if f["suppressed"]]
    assert accepted["suppressed"] == (
        "long-term rose garden, item 7; Person 01 approved; [name] and Person 02 agree; Person 04批准; "
        "Kim [name], O'Lee too"  # no Smith in the file: `Lee-Smith` may be Jo or Al Lee, Smith and all
    )


def test_a_suppressions_person_who_is_not_in_the_team_file_reaches_no_format(tmp_path):
    """`--redact -f sarif` put `TA003::Former Staffer Bob Smith:` into TA006's partialFingerprints."""
    team = "people:\n  - {name: Ann Lee, title: ML Engineer}\n"
    config = "ignore:\n  - {rule: TA003, person: Former Staffer Bob Smith}\n  - {rule: TA001, person: Ann Lee}\n"
    plain = _audited(tmp_path, team, config)
    assert "Former Staffer Bob Smith" in plain["sarif"]
    redacted = _audited(tmp_path, team, config, "--redact")
    for fmt, text in redacted.items():
        assert "Bob" not in text and "Smith" not in text and "Lee" not in text, fmt
    prints = [r["partialFingerprints"]["teamaudit/v1"] for r in json.loads(redacted["sarif"])["runs"][0]["results"]]
    assert "TA006/plan///TA003::someone not in the team file (1):" in prints
    # A fingerprint code scanning keeps: the same when lines move above the suppression.
    moved = _audited(tmp_path, team, "# a comment\n" + config, "--redact")["sarif"]
    assert "TA006/plan///TA003::someone not in the team file (1):" in moved
    assert "TA006/plan///TA001::Person 01:" in prints


def test_a_former_colleague_a_suppression_names_is_hidden_in_every_reason(tmp_path):
    """`person: Hannah Schmidt`, no one in the team file, became `someone not in the team file (1)`, but another
    suppression's reason, `Hannah Schmidt approved the ML plan; Hannah's call`, was shown whole in every format."""
    team = "people:\n  - {name: Ann Lee, title: Registered Nurse}\n  - {name: Bo Chen, title: ML Engineer}\n"
    team += "  - {name: Cy Park, title: ML Engineer}\n"
    config = (
        "ignore:\n  - {rule: TA003, person: Hannah Schmidt, reason: covers until Schmidt returns}\n"
        '  - {rule: TA001, reason: "Hannah Schmidt approved the ML plan; Hannah\'s call"}\n'
    )
    assert "Hannah Schmidt approved" in _audited(tmp_path, team, config)["json"]  # there to be found
    for fmt, text in _audited(tmp_path, team, config, "--redact").items():
        assert "Hannah" not in text and "Schmidt" not in text, fmt
    doc = json.loads(_audited(tmp_path, team, config, "--redact")["json"])
    assert [f["suppressed"] for f in doc["findings"] if f["suppressed"]] == [
        "someone not in the team file (1) approved the ML plan; someone not in the team file (1)'s call"
    ]


def test_config_errors_are_redacted_too(tmp_path):
    """The config was read before --redact took over the error messages: a suppression's bad values, names among
    them, were quoted as written."""
    (tmp_path / "team.yaml").write_text("people:\n  - {name: Ann Lee, title: RN}\n", encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(
        "ignore:\n"
        f'  - {{rule: TA003, person: Zelda Quartermaine, reason: "{"Zelda Quartermaine approved " * 30}"}}\n'
        "  - {rule: TA003, layer: Zelda Quartermaine}\n",
        encoding="utf-8",
    )
    for command in (["check", "team.yaml"], ["diff", "team.yaml", "team.yaml"], ["explain", "team.yaml"]):
        plain = run_cli(*command, cwd=tmp_path)
        assert plain.code == 2 and "Quartermaine" in plain.stderr
        result = run_cli(*command, "--redact", cwd=tmp_path)
        assert result.code == 2 and "Quartermaine" not in result.stderr, result.stderr
        assert result.stderr.splitlines() == [
            f"teamaudit: error: {tmp_path}/.teamaudit.yaml:2:55: ignore[0].reason: String should have at most 500"
            " characters (got a value not shown: --redact)",
            f"teamaudit: error: {tmp_path}/.teamaudit.yaml:3:26: ignore[1].layer: '...' is not valid; allowed:"
            " clinical, integration, compliance, ml_research, other",
        ]


def _accepted_reason(out: str) -> str:
    (accepted,) = [f for f in json.loads(out)["findings"] if f["suppressed"]]
    return str(accepted["suppressed"])


def test_a_long_name_does_not_slow_every_word_of_every_reason(tmp_path):
    """Each word of a reason was compared with every length up to the longest name, rebuilding the words each
    time: a 99-word name and 1,000 reasons of 250 words took 108 s under --redact (0.34 s without). Here 80."""
    long_name = " ".join("abcdefghijklmnopqrstuvwxyz"[i % 26] for i in range(99))
    team = f"people:\n  - {{name: {long_name}, title: ML Engineer}}\n  - {{name: Bo Chan, title: Data Scientist}}\n"
    words = " ".join(["x"] * 250)[:500]
    config = "ignore:\n" + "".join(
        f'  - {{rule: TA002, layer: clinical, reason: "{reason}"}}\n'
        for reason in [f"{long_name.upper()} and Chan approved", *[words] * 80]
    )
    (tmp_path / "team.yaml").write_text(team, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(config, encoding="utf-8")
    result = run_cli("check", tmp_path / "team.yaml", "-f", "json", "--redact")
    assert result.code == 1, result.stderr
    assert _accepted_reason(result.stdout) == "Person 01 and Person 02 approved"


def test_many_names_sharing_a_first_character_do_not_slow_every_character(tmp_path):
    """A name in a script without spaces was looked for by comparing every name beginning with the character at
    each place: 50,000 names beginning with 李 and 1,000 reasons of 李 x 500 took over 900 s. Here 2,000 and 120."""
    people = [f"李{chr(0x20000 + i)}" for i in range(2000)]
    team = "people:\n" + "".join(f"  - {{name: {name}, title: Data Scientist}}\n" for name in people)
    config = "ignore:\n" + "".join(
        f'  - {{rule: TA002, layer: clinical, reason: "{reason}"}}\n'
        for reason in [f"{people[1999]}批准", *["李" * 500] * 120]
    )
    (tmp_path / "team.yaml").write_text(team, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(config, encoding="utf-8")
    result = run_cli("check", tmp_path / "team.yaml", "-f", "json", "--redact")
    assert result.code == 1, result.stderr
    assert _accepted_reason(result.stdout) == "Person 2000批准"


def test_names_of_every_length_sharing_their_beginning_do_not_slow_every_place(tmp_path):
    """Names of every length that share their beginning: `a b`, `a a b`, ... `a ... a b` against reasons of 250
    a's took 181 s for 1,000 reasons, and looking each length up in turn would still cost 98 lookups a word. Here
    70, and the same in a script without spaces (`李明`, `李李明`, ... against 李 x 500)."""
    people = [" ".join(["a"] * k + ["b"]) for k in range(1, 99)] + ["李" * k + "明" for k in range(1, 200)]
    team = "people:\n" + "".join(f"  - {{name: {name}, title: Data Scientist}}\n" for name in people)
    words = " ".join(["a"] * 250)[:500]
    config = "ignore:\n" + "".join(
        f'  - {{rule: TA002, layer: clinical, reason: "{reason}"}}\n'
        for reason in [f"{people[97]} and 李李明 approved", *[words, "李" * 500] * 70]
    )
    (tmp_path / "team.yaml").write_text(team, encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(config, encoding="utf-8")
    result = run_cli("check", tmp_path / "team.yaml", "-f", "json", "--redact")
    assert result.code == 1, result.stderr
    assert _accepted_reason(result.stdout) == "Person 098 and Person 100 approved"


# Another person's name and id in a title, a team and the organization; the team is dropped, the rest kept.
NAMED_IN_TITLES = """organization: Ann Lee's lab (E042)
people:
  - {name: Ann Lee, id: E042, title: Registered Nurse}
  - {name: Bo Chan, id: EMP-77, title: "Assistant to Ann Lee (E042)", team: "Ann Lee's lab, E042"}
  - {name: Cy Park, title: "HL7 Interface Engineer for LEE, Ann and emp-77", team: Chan Group}
  - {name: 李明, title: "Data Scientist, 李明实验室"}
"""
NAMED = re.compile(r"(?i)\bann\b|\blee\b|e042|emp-77|\bchan\b|李明")
REDACTED_TITLES = [
    "Registered Nurse",
    "Assistant to Person 01 (Person 01)",
    "HL7 Interface Engineer for Person 01 and Person 02",
    "Data Scientist, Person 04实验室",
]


@pytest.fixture
def named_in_titles(tmp_path: Path) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(NAMED_IN_TITLES, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_a_name_or_id_in_a_title_or_the_organization_reaches_no_format(named_in_titles, fmt):
    """Titles and the organization were kept as written: `Assistant to Ann Lee (E042)` printed the name and id."""
    result = run_cli("check", named_in_titles, "--format", fmt, "--redact", "--details")
    assert result.code == 1, result.stderr
    assert NAMED.findall(result.stdout) == []
    plain = run_cli("check", named_in_titles, "--format", fmt, "--details")
    assert NAMED.findall(plain.stdout)  # the names are there to be found


def test_a_title_and_the_organization_keep_their_words_and_show_pseudonyms(named_in_titles):
    """Redaction is an output concern: the real titles are classified, so the verdict, findings, layers and
    confidence are the unredacted run's."""
    plain = run_cli("check", named_in_titles, "--format", "json")
    redacted = run_cli("check", named_in_titles, "--format", "json", "--redact")
    assert plain.code == redacted.code == 1
    a, doc = json.loads(plain.stdout), json.loads(redacted.stdout)
    assert [p["title"] for p in doc["people"]] == REDACTED_TITLES
    assert doc["organization"] == "Person 01's lab (Person 01)"
    assert [p["team"] for p in doc["people"]] == [None] * 4
    assert a["verdict"] == doc["verdict"] and a["summary"] == doc["summary"] and _outcome(a) == _outcome(doc)
    assert [(p["layer"], p["confidence"], p["hands_on"], len(p["evidence"])) for p in a["people"]] == [
        (p["layer"], p["confidence"], p["hands_on"], len(p["evidence"])) for p in doc["people"]
    ]
    assert [p["layer"] for p in doc["people"]] == ["clinical", "other", "integration", "ml_research"]
    text = run_cli("check", named_in_titles, "--redact", "--details").stdout
    assert "| Person 01's lab (Person 01) |" in text.splitlines()[0]
    assert "Assistant to Person 01 (Person 01)" in text
    sarif = json.loads(run_cli("check", named_in_titles, "--format", "sarif", "--redact").stdout)
    messages = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert any("Person 02 (Assistant to Person 01 (Person 01)) is other" in m for m in messages), messages


def test_report_explain_and_diff_show_no_name_from_a_title(named_in_titles, tmp_path):
    html = tmp_path / "r.html"
    assert run_cli("report", named_in_titles, "-o", html, "--redact").code == 1
    page = html.read_text(encoding="utf-8")
    assert NAMED.findall(page) == [] and "Assistant to Person 01 (Person 01)" in page
    check_html = run_cli("check", named_in_titles, "--format", "html", "--redact").stdout
    assert NAMED.findall(check_html) == [] and "Assistant to Person 01 (Person 01)" in check_html
    explained = run_cli("explain", named_in_titles, "--redact")
    assert explained.code == 0 and NAMED.findall(explained.stdout) == []
    assert "== Person 02 (line 4): Assistant to Person 01 (Person 01)" in explained.stdout
    # Cy Park leaves and Dee Roe, whom his title named, joins: his title is shown, naming someone only the new
    # version has.
    base = tmp_path / "base.yaml"
    base.write_text(NAMED_IN_TITLES.replace("LEE, Ann and emp-77", "Dee Roe"), encoding="utf-8")
    head = tmp_path / "head.yaml"
    head.write_text(
        NAMED_IN_TITLES.replace(
            '  - {name: Cy Park, title: "HL7 Interface Engineer for LEE, Ann and emp-77", team: Chan Group}\n',
            "  - {name: Dee Roe, title: HL7 Interface Engineer}\n",
        ),
        encoding="utf-8",
    )
    plain = run_cli("diff", base, head)
    assert "Cy Park (HL7 Interface Engineer for Dee Roe, current)" in plain.stdout, plain.stdout
    for fmt in ("text", "markdown", "json"):
        diffed = run_cli("diff", base, head, "--format", fmt, "--redact")
        assert diffed.code in (0, 1), diffed.stderr
        assert NAMED.findall(diffed.stdout) == [] and "Roe" not in diffed.stdout, fmt
    assert "Person 03 (HL7 Interface Engineer for Person 05, current)" in run_cli("diff", base, head, "--redact").stdout


_LONG = "approved in the long meeting of the clinical operations steering group by Zebulon Quartermaine, chair"


@pytest.mark.parametrize(
    "team_text",
    [
        f'people:\n  - {{name: Ann, title: RN, fte: !!float "{_LONG}"}}\n',  # invalid YAML value ... for float: ...
        f'people:\n  - {{name: !!int "{_LONG}", title: RN}}\n',
        f'people:\n  - {{name: Ann, title: RN, status: "{_LONG}"}}\n',
        f'as_of: "{_LONG}"\npeople:\n  - {{name: Ann, title: RN}}\n',
        f'people:\n  - {{name: "{_LONG}", title: RN}}\n  - {{name: "{_LONG}", title: MD}}\n',
        f'people:\n  - {{name: Ann, title: RN, "{_LONG}": 1}}\n',
        f"people:\n  - name {_LONG}\n    title: RN\n",
        f"people:\n  - {{name: *approved_by_Zebulon_Quartermaine_{'x' * 60}, title: RN}}\n",  # an anchor is file text
    ],
)
@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_a_long_value_an_error_quotes_shows_no_part_of_a_name(tmp_path, team_text, fmt):
    """A value over 80 characters was cut before it was redacted: the cut form no longer matched what redaction
    looked for, and `invalid YAML value '...'approved ... by Zebul... [96 characters]` printed the start of a name."""
    path = tmp_path / "team.yaml"
    path.write_text(team_text, encoding="utf-8")
    plain = run_cli("check", path, "-f", fmt)
    assert plain.code == 2 and "characters]" in plain.stderr  # the value is long enough to be cut
    result = run_cli("check", path, "-f", fmt, "--redact")
    assert result.code == 2 and "Traceback" not in result.stderr and f"{path}:" in result.stderr
    shown = result.stdout + result.stderr
    assert [part for part in ("Zeb", "Quart", "approved", "steering") if part in shown] == [], shown


def _as_compared(text: str) -> str:
    """Output as a reader takes it in: composed, no invisible characters, no accents, any hyphen, any case."""
    import unicodedata

    from teamaudit.accents import fold_accents

    plain = unicodedata.normalize("NFKC", re.sub("[\u200b-\u200d\u2060\ufeff\u00ad]", "", text))
    return fold_accents(plain).translate(str.maketrans("\u2010\u2011", "--")).casefold()


@pytest.mark.parametrize(
    ("name", "spelt"),
    [
        ("José Núñez", "Jose\u0301 Nu\u0301n\u0303ez"),  # decomposed (NFD), as macOS writes it
        ("Jose\u0301 Nu\u0301n\u0303ez", "José Núñez"),  # the team file decomposed, the text composed
        ("José Núñez", "Jose Nunez"),
        ("José Núñez", "JOSE NUNEZ"),
        ("José Núñez", "josé núñez"),
        ("José Núñez", "NUNEZ"),  # the surname alone, in capitals and without its accents
        ("José Núñez", "Jo\u200bsé Nú\u200dñez"),
        ("José Núñez", "Ｊｏｓé Ｎúñｅｚ"),  # full-width letters (NFKC)
        ("Anne-Marie Dubois", "Anne\u2010Marie Dubois"),
        ("Anne-Marie Dubois", "Anne\u2011Marie DUBOIS"),
        ("Anne-Marie Dubois", "anne-marie\u00a0dubois"),
    ],
)
def test_a_name_is_found_however_it_is_spelt(tmp_path, name, spelt):
    """Names were compared character for character: decomposed accents, a name without its accents, a zero-width
    character inside it or U+2010 for its hyphen kept it in titles, the organization and reasons."""
    surname = _as_compared(name.split()[-1])
    team = (
        f'organization: "Lab of {spelt}"\n'
        "people:\n"
        f'  - {{name: "{name}", title: "Nurse to {spelt}", skills: ["Epic for {spelt}"],'
        f' background: ["RN, worked with {spelt}"]}}\n'
        f'  - {{name: Ben Okafor, title: "Chief of staff to {spelt}", background: ["{spelt} hired me"]}}\n'
        "  - {name: Cy Ito, title: ML Engineer}\n"
    )
    config = f'ignore:\n  - {{rule: TA002, layer: compliance, reason: "{spelt} approved"}}\n'
    plain = _audited(tmp_path, team, config, "--details")
    assert surname in _as_compared(plain["text"])  # shown without --redact
    out = _audited(tmp_path, team, config, "--details", "--redact")
    for fmt in ("text", "json", "markdown", "html"):
        assert surname not in _as_compared(out[fmt]), (fmt, out[fmt])
    assert "Nurse to Person 01" in json.loads(out["json"])["people"][0]["title"]
    assert json.loads(out["json"])["organization"] == "Lab of Person 01"
    explained = run_cli("explain", tmp_path / "team.yaml", "Ben Okafor", "--redact")
    assert explained.code == 0 and surname not in _as_compared(explained.stdout), explained.stdout


def test_a_config_key_that_is_no_known_key_misspelt_is_hidden(tmp_path):
    """A config's unknown key was printed as written under --redact (`Zelda Quartermaine: unknown key`); as in the
    team file, a known key in other case or separators stays (`Reason`), any other, a misspelt one too (`reasn`), is
    data and hidden."""
    (tmp_path / "team.yaml").write_text("people:\n  - {name: Ann Lee, title: RN}\n", encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(
        "ZeldaQuartermaine: 1\nignore: [{rule: TA003, reasn: y, Quartermaine: x, Reason: z}]\n", encoding="utf-8"
    )
    plain = run_cli("check", "team.yaml", cwd=tmp_path)
    assert plain.code == 2 and "ZeldaQuartermaine: unknown key" in plain.stderr
    result = run_cli("check", "team.yaml", "--redact", cwd=tmp_path)
    assert result.code == 2 and "Quartermaine" not in result.stderr, result.stderr
    assert "'...': unknown key (known keys: rubric," in result.stderr
    assert "ignore[0].'...': unknown key (did you mean reason?)" in result.stderr and "reasn" not in result.stderr
    assert "ignore[0].Reason: unknown key (did you mean reason?)" in result.stderr
    assert "ignore[0].'...': unknown key (known keys: rule," in result.stderr


def test_a_given_name_one_letter_from_a_key_is_hidden_as_other_names_are(tmp_path):
    """An unquoted comma in a flow mapping makes a given name a key; `Nadia` was hidden, but `Naomi` (one letter
    from name), `Stuart` (start) and, in a suppression, `Pearson` (reason) read as misspelt keys and were printed. A
    key in other case still shows; a misspelt one does not, whatever its case (see the test below)."""
    team, result = _refused_redacted(
        tmp_path,
        "people:\n"
        "  - {name: Okonkwo, Naomi, title: RN}\n"
        "  - {name: Ashdown, Stuart, title: RN}\n"
        "  - {name: Bo, title: RN, titel: x, Title: y}\n",
    )
    assert "Naomi" not in result.stderr and "Stuart" not in result.stderr, result.stderr
    assert f"{team}:2:21: unknown key '...' (did you mean name?)" in result.stderr
    assert "unknown key '...' (did you mean title?)" in result.stderr
    assert "unknown key 'Title'" in result.stderr
    config = tmp_path / "config.yaml"
    config.write_text("ignore:\n  - {rule: TA003, person: Ann, Pearson, reason: on leave}\n", encoding="utf-8")
    result = run_cli("check", EXAMPLES / "backwards.yaml", "--config", config, "--redact")
    assert result.code == 2 and "Pearson" not in result.stderr, result.stderr
    assert f"{config}:2:32: ignore[0].'...': unknown key" in result.stderr


@pytest.mark.parametrize(
    ("given", "meant"),
    [("naomi", "name"), ("stuart", "start"), ("costa", "cost"), ("ida", "id"), ("layla", "layer"), ("titel", "title")],
)
def test_a_lowercase_near_miss_key_is_hidden_as_a_given_name_may_be_one(tmp_path, given, meant):
    """`{name: okonkwo, naomi}` makes `naomi` a key: written in lower case it read as a misspelt key and --redact
    printed it (`unknown key 'naomi' (did you mean name?)`). A near miss cannot be told from a given name, so it is
    hidden, a real typo (`titel`) too; the hint still names the key. A known key in other case or with a stray
    separator (`Title`, `fte_`) is the file's structure and shows, in the team file and in a config."""
    team = tmp_path / "team.yaml"
    team.write_text(
        f"people:\n  - {{id: a1, name: okonkwo, {given}, title: Nurse}}\n  - {{name: Bo, Title: RN, fte_: 1}}\n",
        encoding="utf-8",
    )
    result = run_cli("check", team, "--redact")
    assert result.code == 2 and given not in result.stderr, result.stderr
    assert f"unknown key '...' (did you mean {meant}?)" in result.stderr
    assert "unknown key 'Title'" in result.stderr and "unknown key 'fte_'" in result.stderr
    plain = run_cli("check", team)
    assert f"unknown key '{given}' (did you mean {meant}?)" in plain.stderr
    config = tmp_path / "config.yaml"
    config.write_text(f"ignore:\n  - {{rule: TA003, person: Bo, {given}, reason: x}}\n", encoding="utf-8")
    result = run_cli("check", EXAMPLES / "backwards.yaml", "--config", config, "--redact")
    assert result.code == 2 and given not in result.stderr, result.stderr
    assert "ignore[0].'...': unknown key" in result.stderr


def test_a_surname_alone_is_found_in_scripts_with_spaces_but_no_case_and_in_capitals_without_accents(tmp_path):
    """Only Latin, Greek and Cyrillic surnames were found alone: `Assistant to قزلقب` kept the Arabic surname, as
    Hebrew and Devanagari ones; and capitals drop Greek accents, so ΠΑΠΑΔΟΠΟΥΛΟΣ (Παπαδόπουλος) and a Russian
    surname written without its ё were kept as well."""
    surnames = ["قزلقب", "כהנוביץ", "वर्मा", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "Алешин"]
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n"
        "  - {name: سليمان قزلقب, title: Nurse}\n"
        "  - {name: יוסף כהנוביץ, title: Nurse}\n"
        "  - {name: राहुल वर्मा, title: Nurse}\n"
        "  - {name: Τάσος Παπαδόπουλος, title: Nurse}\n"
        "  - {name: Алексей Алёшин, title: Nurse}\n"
        f"  - {{name: Ivan Petrov, title: 'Assistant to {', '.join(surnames)}'}}\n",
        encoding="utf-8",
    )
    reason = f"approved by {' and '.join(surnames)}"
    (tmp_path / ".teamaudit.yaml").write_text(
        f'ignore:\n  - {{rule: TA003, layer: clinical, reason: "{reason}"}}\n', encoding="utf-8"
    )
    for fmt in ("text", "json", "html"):
        result = run_cli("check", team, "--redact", "--details", "-f", fmt)
        assert result.code == 1, result.stderr
        assert [s for s in surnames if s in result.stdout] == [], fmt
    doc = json.loads(run_cli("check", team, "--redact", "-f", "json").stdout)
    assert doc["people"][5]["title"] == "Assistant to Person 01, Person 02, Person 03, Person 04, Person 05"


def test_a_redacted_yaml_error_keeps_the_punctuation_it_quotes(tmp_path):
    """`quote the value, which holds ': '` and `expected ',' or '}'` said `'...'`: YAML's punctuation is no value;
    the value quoted after it is hidden."""
    path = tmp_path / "team.yaml"
    path.write_text("people:\n  - name: Ann Lee\n    title: Nurse: ICU: x\n", encoding="utf-8")
    result = run_cli("check", path, "--redact")
    assert result.code == 2 and "(quote the value, which holds ': ', as '...')" in result.stderr, result.stderr
    path.write_text("people:\n  - {name: Ann Lee, title: RN\n  - name: Bo\n", encoding="utf-8")
    result = run_cli("check", path, "--redact")
    assert result.code == 2 and "did not find expected ',' or '}'" in result.stderr, result.stderr
    assert "Ann" not in result.stderr


def test_a_telephone_number_in_a_reason_title_or_organization_is_hidden(tmp_path):
    """E-mail addresses were replaced, but `call Ann on +44 20 7946 0958` kept the number that reaches her; a
    standard's number (ISO 13485:2016, 21 CFR 820.30) is no telephone number and stays."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "organization: Acme (switchboard 020 7946 0000)\n"
        "people:\n"
        "  - {name: Ann Lee, title: 'Regulatory Lead, ISO 13485:2016 and 21 CFR 820.30, (415) 555-0199'}\n"
        "  - {name: Bo Chen, title: Research Scientist}\n",
        encoding="utf-8",
    )
    (tmp_path / ".teamaudit.yaml").write_text(
        'ignore:\n  - {rule: TA002, layer: integration, reason: "call the CTO on +44 20 7946 0958 or 415.555.0100"}\n',
        encoding="utf-8",
    )
    for fmt in ("text", "json", "html", "sarif"):
        out = run_cli("check", team, "--redact", "--details", "-f", fmt).stdout.replace(str(tmp_path), "TMP")
        assert not re.search(r"7946|555", out), fmt  # the path is left out: pytest's 555th temporary folder holds 555
        assert fmt == "sarif" or "ISO 13485:2016 and 21 CFR 820.30, [phone]" in out, fmt  # SARIF has no titles
    assert "call the CTO on [phone] or [phone]" in run_cli("check", team, "--redact").stdout


_PHONES = [
    # French, dotted French, an area code hard against the number, a 7-digit local one, non-breaking spaces
    "01 23 45 67 89",
    "06.12.34.56.78",
    "(415)555-0199",
    "555-0199",
    "020\u00a07946\u00a00958",
    # US, UK, German, Indian
    "+1 (415) 555-0199",
    "415.555.0199",
    "+44 20 7946 0958",
    "+44 (0)20 7946 0958",
    "+442079460958",
    "+49 30 12345678",
    "030 12345678",
    "+91 98765 43210",
    "98765 43210",
    "011 2345 6789",
]
_NOT_PHONES = [
    "Shift 0700-1900 0800-2000",  # was "Shift [phone]-2000"
    "+1 000 000 patients",
    "Budget 2025 100 000-2026 200 000",
    "ISO 13485:2016",
    "21 CFR 820.30",
    "2025-2026",
    "+1.0",
    "x 4,000",
    "FTE 0.5 since 2019",
    "ISBN 978-3-16-148410-0",
    "ISBN 0-306-40615-2",
    "2026-12-03",
    "03.12.2026",
    "Python 3.11.6",
    "40-60",
    "1 000 000",
    "CPT 99213-99215",  # a code range, not an Indian mobile
    "HL7 2.5.1",
    "07:00-19:00",
]


@pytest.mark.parametrize(
    ("written", "shown"), [(p, "[phone]") for p in _PHONES] + [(n, n) for n in _NOT_PHONES], ids=repr
)
def test_a_telephone_number_is_told_from_other_numbers_by_its_grouping(tmp_path, written, shown):
    """The pattern kept French (`01 23 45 67 89`), dotted, 7-digit and non-breaking-space numbers, and took
    thousands (`+1 000 000`), time ranges (`0700-1900 0800-2000`) and a budget's figures for telephone numbers."""
    team = tmp_path / "team.yaml"
    title = f"Nurse, see {written} today"
    team.write_text(f"people:\n  - {{name: Ann Lee, title: {json.dumps(title)}}}\n", encoding="utf-8")
    result = run_cli("check", team, "--redact", "--format", "json")
    assert result.code in (0, 1), result.stderr
    assert json.loads(result.stdout)["people"][0]["title"] == f"Nurse, see {shown} today"


def test_import_refuses_redact_saying_why_and_what_to_do_instead(tmp_path):
    # A consultant used to `check --redact` met typer's bare "No such option" in front of the client.
    export = tmp_path / "people.csv"
    export.write_text("Name,Job Title\nAnn Lee,\nBo Chan,ML Engineer\n", encoding="utf-8")
    out = tmp_path / "team.yaml"
    result = run_cli("import", export, "-o", out, "--redact")
    assert result.code == 2 and not out.exists()
    assert result.stderr.splitlines() == [
        "teamaudit: error: import does not take --redact: the team file it writes holds the names, and its notes "
        "name people (in front of others, send the notes to a file and show the audit redacted: teamaudit import "
        "people.csv -o team.yaml 2> import-notes.txt, then teamaudit check team.yaml --redact)"
    ]


def test_a_person_of_the_file_named_by_title_client_or_author_is_a_pseudonym(tmp_path):
    """`report --redact --author "Priya Raman, CEO"` printed the author whole, though Priya Raman is Person 01 of the
    file: the free text given on the command line that the report shows is kept text as the organization is."""
    team = EXAMPLES / "backwards.yaml"
    html = tmp_path / "r.html"
    given = ("--title", "Mei Chen's audit", "--client", "Tomas Berg at Acme", "--author", "Priya Raman, CEO")
    assert run_cli("report", team, "-o", html, "--redact", *given).code == 1
    page = html.read_text(encoding="utf-8")
    assert re.findall(r"Priya|Raman|Tomas|Berg|Mei|Chen", page) == []
    assert "by Person 01, CEO" in page and "Person 02 at Acme" in page and "Person 03&#x27;s audit" in page
    shown = run_cli("report", team, "-o", "-", "--redact", *given).stdout
    assert re.findall(r"Priya|Raman|Tomas|Berg|Mei|Chen", shown) == [] and "by Person 01, CEO" in shown
    plain = tmp_path / "plain.html"
    assert run_cli("report", team, "-o", plain, *given).code == 1
    assert "by Priya Raman, CEO" in plain.read_text(encoding="utf-8")  # as given, without --redact
