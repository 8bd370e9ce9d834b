"""`teamaudit explain` on the traps, and custom rubrics that extend the default."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, run_cli

TRAPS = """people:
  - name: Uma
    title: Product Manager
    background: ["former ED nurse, 7 yrs", "RN, BSN"]
  - name: Wendy
    title: Account Executive
    background: "sold SaaS to hospitals"
  - name: Cleo
    title: Clinical Research Coordinator
  - name: Sam
    title: Analyst
"""


def test_explain_shows_scores_signals_and_negatives(team):
    result = run_cli("explain", team(TRAPS))
    assert result.code == 0, result.stderr
    out = result.stdout
    uma = out.split("\n\n")[0]
    assert uma.startswith("== Uma (line 2): Product Manager")
    assert "=> clinical" in uma
    assert "credential RN in background  [hands-on]" in uma
    assert "* clinical" in uma and "other        score 0 = title 5 set aside" in uma
    assert "set aside: the record holds a clinical credential" in uma
    assert "hands-on evidence: yes" in uma
    wendy = out.split("\n\n")[1]
    assert "-8  not clinical: selling to clinicians is not clinical practice" in wendy
    cleo = out.split("\n\n")[2]
    assert "=> compliance" in cleo and "hands-on evidence: missing" in cleo
    sam = out.split("\n\n")[3]
    assert "to make it certain: add `layer:" in sam


_GROUP_SUM = re.compile(
    r"(?P<group>\w+) (?P<raw>[\d.]+)(?: - (?P<cancelled>[\d.]+))?(?: capped at (?P<cap>[\d.]+))?"
    r"(?: - (?P<negative>[\d.]+))?(?P<aside> set aside)?(?P<floor> \(counts 0\))?"
)


def _adds_up(line: str) -> bool:
    """Whether `score N = a + b ...` is exact arithmetic: each group's sum as written, 0 where it says it is set
    aside or counts 0, and a group said to count 0 only where its sum as written is below zero."""
    score, _, groups = line.split("score ", 1)[1].partition(" = ")
    total = 0.0
    for written in groups.split(" + ") if groups else []:
        group = _GROUP_SUM.fullmatch(written)
        assert group, written
        value = float(group["raw"]) - float(group["cancelled"] or 0)
        value = min(value, float(group["cap"])) if group["cap"] else value
        value -= float(group["negative"] or 0)
        hidden_floor = value < 0 and not (group["floor"] or group["aside"])
        if hidden_floor or (group["floor"] and value >= 0):
            return False
        total += 0 if group["floor"] or group["aside"] else value
    return abs(total - float(score)) < 1e-9


def test_explain_score_arithmetic_adds_up(team):
    """'compliance score 4 = title 4 - 9 + skills 4' (a newcomer's trial): 4 - 9 + 4 is -1; the title group
    counts 0, not -5, as score.tally floors a group at 0, and the line now says so."""
    qa = team(
        "people:\n  - {name: Hannah Lee, title: QA Engineer, skills: [ISO 13485, IEC 62304]}\n"
        "  - {name: Cy, title: Account Executive, background: [sold SaaS to hospitals]}\n"
    )
    out = run_cli("explain", qa).stdout
    assert "compliance   score 6 = title 4 - 9 (counts 0) + skills 8 capped at 6" in out, out
    lines = [line for source in (qa, *sorted(EXAMPLES.glob("*.yaml"))) for line in _score_lines(source)]
    assert len(lines) > 200 and sum(" (counts 0)" in line for line in lines) >= 10
    assert [line for line in lines if not _adds_up(line)] == []


def test_explain_says_which_title_matches_do_not_count():
    """ "ml_research score 8 = title 8" above "+8 title matches 'machine learning ...'" and "+3 title matches 'ML / AI
    in title'": 8 + 3 is not 8, and nothing said the title counts its strongest match only."""
    out = run_cli("explain", "examples/messy-40.yaml", "Open - ML Engineer").stdout
    lines = out.splitlines()
    at = lines.index("  * ml_research  score 8 = title 8")
    assert lines[at + 1] == "      +8  title matches 'machine learning / AI engineer or scientist'"
    assert lines[at + 2] == (
        "      +3  title matches 'ML / AI in title'  [generic]"
        "  [not counted: the title counts its strongest match only]"
    )
    assert "other        score 3 = title 3" in out and out.count("not counted") == 1


def _score_lines(source: Path) -> list[str]:
    lines = run_cli("explain", source).stdout.splitlines()
    return [line for line in lines if re.match(r"  [* ] \w+ +score ", line)]


def test_explain_selected_names_and_unknown_name(team):
    path = team(TRAPS)
    result = run_cli("explain", path, "Cleo")
    assert result.code == 0 and result.stdout.startswith("== Cleo") and "Uma" not in result.stdout
    missing = run_cli("explain", path, "Nobody")
    assert missing.code == 2 and "no person named 'Nobody'" in missing.stderr


@pytest.mark.parametrize("redact", [False, True])
def test_explain_prints_people_in_the_order_asked_each_once(team, redact):
    """`explain FILE "Hannah Lee" "Maya Patel"` printed Maya first, as the file has her (a newcomer's trial)."""
    path = team(TRAPS.replace("  - name: Sam\n", "  - name: Sam Okoro\n    id: E042\n"))
    asked = ["Sam Okoro", "Uma", "cleo", "E042", "Uma"]
    result = run_cli("explain", path, *asked, *(["--redact"] if redact else []))
    assert result.code == 0, result.stderr
    heads = [block.split(" (line")[0] for block in result.stdout.split("\n\n")]
    assert heads == (
        ["== Person 04", "== Person 01", "== Person 03"] if redact else ["== Sam Okoro", "== Uma", "== Cleo"]
    )


def test_explain_finds_people_by_id_or_any_case_and_suggests_a_name(team):
    path = team(TRAPS.replace("  - name: Sam\n", "  - name: Sam Okoro\n    id: E042\n"))
    by_id = run_cli("explain", path, "E042", "cleo")
    assert by_id.code == 0, by_id.stderr
    assert [block.split(" (line")[0] for block in by_id.stdout.split("\n\n")] == ["== Sam Okoro", "== Cleo"]
    typo = run_cli("explain", path, "Sam Okaro")
    assert typo.code == 2 and len(typo.stderr.splitlines()) == 1
    assert "no person named 'Sam Okaro' (by name, part of a name, or id)" in typo.stderr
    assert "did you mean 'Sam Okoro'?" in typo.stderr


@pytest.mark.parametrize("redact", [False, True])
@pytest.mark.parametrize(("typed", "line"), [("Priya", 2), ("raman", 2), ("Pri Ram", 2), ("Priyan", 3), ("okoro", 5)])
def test_explain_shows_the_one_person_a_part_of_a_name_names(team, typed, line, redact):
    """`explain team.yaml Priya` exited 2, suggesting 'Priya Raman', the one person it could name: a whole word of
    one name (Priya, though Priyanka starts so too), else the start of its words, shows that person and says who."""
    path = team(PARTS)
    result = run_cli("explain", path, typed, *(["--redact"] if redact else []))
    assert result.code == 0, result.stderr
    assert result.stdout.count("== ") == 1 and f"(line {line}):" in result.stdout
    name = {2: "Priya Raman", 3: "Priyanka Shah", 5: "Sam Okoro"}[line]
    said = f"the 1st name given is Person 0{line - 1}" if redact else f"'{typed}' is '{name}'"
    assert result.stderr == f"teamaudit: note: {said} (line {line})\n"


@pytest.mark.parametrize("redact", [False, True])
def test_explain_lists_the_people_an_ambiguous_part_of_a_name_names(team, redact):
    result = run_cli("explain", team(PARTS), "Pri", *(["--redact"] if redact else []))
    assert result.code == 2 and result.stdout == "" and len(result.stderr.splitlines()) == 1, result.stderr
    people = "Person 01 (line 2), Person 02 (line 3)" if redact else "'Priya Raman' (line 2), 'Priyanka Shah' (line 3)"
    typed = "the 1st name given" if redact else "'Pri'"
    assert f"{typed} is part of 2 people's names: {people} (give the whole name or the id)" in result.stderr
    hostile = run_cli("explain", team(PARTS), "Pri\n::error::x\x1b[31m")
    assert hostile.code == 2 and len(hostile.stderr.splitlines()) == 1 and "\x1b" not in hostile.stderr


PARTS = """people:
  - {name: Priya Raman, title: Founding Engineer}
  - {name: Priyanka Shah, title: Nurse}
  - {name: Sam Lee, title: Nurse}
  - {name: Sam Okoro, title: ML Engineer}
"""


SPELT_TEAM = """people:
  - {name: Zoë Quartermaine, title: Clinical Informatics Nurse, background: [RN, BSN]}
  - {name: Anne-Marie Dubois, title: HL7 Interface Engineer}
  - {name: Bob Smith, title: ML Engineer}
"""


@pytest.mark.parametrize("redact", [False, True])
@pytest.mark.parametrize(
    ("typed", "line"),
    [
        ("Zoe Quartermaine", 2),  # without its accent
        ("Zoe\u0308 Quartermaine", 2),  # decomposed, as a macOS terminal may type it
        ("ZOE  quartermaine", 2),
        ("Zo\u200bë Quartermaine", 2),  # a zero-width space pasted inside
        ("Anne\u2010Marie Dubois", 3),  # U+2010 for the hyphen
        ("Anne\u2011Marie\u00a0Dubois", 3),
        ("Quartermaine, Zoe", 2),  # surname first, pasted from an HRIS list
        ("dubois,anne-marie", 3),
    ],
)
def test_explain_finds_a_name_however_it_is_spelt(team, typed, line, redact):
    """`explain --redact "Zoe Quartermaine"` found nobody, though --redact hides "Zoe Quartermaine" as Zoë's name
    wherever it is written: the lookup folds spellings as the hiding does."""
    result = run_cli("explain", team(SPELT_TEAM), typed, *(["--redact"] if redact else []))
    assert result.code == 0, result.stderr
    assert result.stdout.count("== ") == 1 and f"(line {line}):" in result.stdout
    if redact:
        assert not re.search("(?i)zo[eë]|quartermaine|anne|dubois", result.stdout), result.stdout


def test_explain_quotes_a_name_that_matches_no_one_as_the_house_does(team):
    """The name was quoted by Python's repr: `"Sinead O'Brien"` in double quotes, a backslash doubled; now as every
    message quotes a value, with a line break, ESC or `::error::` shown, never obeyed, on one line."""
    path = team(SPELT_TEAM)
    quoted = run_cli("explain", path, "Sinead O'Brien", "C:\\team")
    assert quoted.code == 2
    assert "no person named 'Sinead O'Brien', 'C:\\team' (by name, part of a name, or id)" in quoted.stderr
    hostile = run_cli("explain", path, "Zoey\n::error::pwned \x1b[31mred")
    assert hostile.code == 2 and len(hostile.stderr.splitlines()) == 1, hostile.stderr
    assert "no person named 'Zoey\\n::error::pwned \\x1b[31mred' (by name, part of a name, or id)" in hostile.stderr
    assert "\x1b" not in hostile.stderr
    close = run_cli("explain", path, "Zoe Quartermane")
    assert close.code == 2 and "(did you mean 'Zoë Quartermaine'?)" in close.stderr
    blank = run_cli("explain", path, "")
    assert blank.code == 2 and "no person named '' (a blank name) (by name, part of a name, or id)" in blank.stderr


def test_explain_says_an_open_requisition_has_no_hands_on_evidence_yet():
    result = run_cli("explain", "examples/plan-fixes.yaml", "Open req - Clinical Nurse Specialist")
    assert "hands-on evidence: none yet (an open requisition; require it of the hire)" in result.stdout


def test_rubric_list_show_validate():
    listed = run_cli("rubric", "list")
    assert listed.code == 0 and listed.stdout.startswith("healthcare-ai\t")
    shown = run_cli("rubric", "show", "healthcare-ai")
    assert shown.code == 0 and "ml_ratio: 1.0" in shown.stdout
    valid = run_cli("rubric", "validate", "rubrics/healthcare-ai.yaml")
    assert valid.code == 0 and "ok" in valid.stdout


def test_extending_rubric_changes_only_its_target(tmp_path):
    """The payer rubric moves claims/EDI people to integration and leaves the other 40 people alone."""
    import yaml

    team = yaml.safe_load((ROOT / "examples" / "messy-40.yaml").read_text())
    team["people"] += [
        {"name": "Rosa Diaz", "title": "Claims Analyst"},
        {"name": "Ken Ito", "title": "Claims Specialist"},
    ]
    path = tmp_path / "payer-team.yaml"
    path.write_text(yaml.safe_dump(team, sort_keys=False))
    rubric = ROOT / "examples" / "rubrics" / "payer-ai.yaml"
    base = json.loads(run_cli("check", path, "--format", "json").stdout)
    custom = json.loads(run_cli("check", path, "--format", "json", "--rubric", rubric).stdout)
    base_layers = {p["name"]: p["layer"] for p in base["people"]}
    custom_layers = {p["name"]: p["layer"] for p in custom["people"]}
    targets = {"Rosa Diaz", "Ken Ito"}
    assert {base_layers[n] for n in targets} == {"other"}
    assert {custom_layers[n] for n in targets} == {"integration"}
    unchanged = {n for n in base_layers if n not in targets}
    assert len(unchanged) == 40
    assert {n: base_layers[n] for n in unchanged} == {n: custom_layers[n] for n in unchanged}
    assert custom["rubric"] == {"name": "payer-ai", "version": "2026.11", "currency": "USD"}
    assert custom["thresholds"]["ml_ratio"] == 1.2  # the override took; nothing else was copied


def test_example_rubric_validates():
    result = run_cli("rubric", "validate", "examples/rubrics/payer-ai.yaml")
    assert result.code == 0 and "extends healthcare-ai" in result.stdout


def test_explain_traps_name_the_negative_signal(team):
    path = team(
        "people:\n"
        "  - {name: Tess, title: QA Engineer}\n"
        "  - {name: Quinn, title: 'Quality Engineer, ISO 13485'}\n"
        "  - {name: Eve, title: 'Certified EPIC Trainer (Certified Electronic Privacy Information Center Trainer)'}\n"
        "  - {name: Pat, title: UX Researcher, background: interviewed 40 ICU nurses}\n"
    )
    blocks = run_cli("explain", path).stdout.split("\n\n")
    assert "=> other" in blocks[0] and "not compliance: software QA is testing" in blocks[0]
    assert "=> compliance" in blocks[1] and "medical device quality standard" in blocks[1]
    assert "=> other" in blocks[2] and "EPIC here is an acronym, not the EHR" in blocks[2]
    assert "=> other" in blocks[3] and "not clinical: working with clinicians is not clinical practice" in blocks[3]


def test_a_title_negative_about_one_title_signal_takes_from_it_alone(tmp_path):
    rubric = tmp_path / "r.yaml"
    rubric.write_text(
        "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
        "      - {id: big, field: title, weight: 8, label: big, pattern: 'zebra'}\n"
        "      - {id: small, field: title, weight: 5, label: small, pattern: 'wrangler'}\n"
        "    negative:\n"
        "      - {field: title, weight: 3, label: tame, cancels: [big], pattern: 'tame'}\n",
        encoding="utf-8",
    )
    team = tmp_path / "t.yaml"
    team.write_text("people:\n  - {name: T, title: Tame Zebra Wrangler}\n", encoding="utf-8")
    out = run_cli("explain", team, "--rubric", rubric).stdout
    assert "other        score 5 = title 8 - 3\n" in out, out
    assert "[3 of 8 taken: a negative is about it]" in out and "[takes from title matches 'big']" in out, out


def test_explain_shows_what_a_negative_is_about_and_what_it_took(team):
    path = team(
        "people:\n"
        "  - name: Cass\n"
        "    title: Product Manager\n"
        "    background: ['Former ER physician', 'Worked closely with nurses on rollout']\n"
    )
    out = run_cli("explain", path).stdout
    assert "=> clinical" in out
    assert "clinical     score 6 = background 12 - 6\n" in out
    assert "[takes from its own line and background mention clinical practice]" in out


def test_bad_rubrics_are_line_numbered(tmp_path):
    cases = {
        "unknown layer": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  nursing:\n    name: N\n",
            ["unknown layer 'nursing'", ":5:"],
        ),
        "bad regex": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  clinical:\n    signals:\n"
            "      - {field: title, weight: 3, label: x, pattern: '(unclosed'}\n",
            ["invalid regular expression", ":7:"],
        ),
        "weight out of range": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  clinical:\n    signals:\n"
            "      - {field: title, weight: 50, label: x, pattern: 'x'}\n",
            ["weight", "less than or equal to 20", ":7:"],
        ),
        "pay beyond any salary": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  integration:\n"
            "    hire: {role: r, comp: {low: 1, high: 1" + "0" * 309 + ", label: l, source: axe-2026}}\n",
            ["comp.high: Input should be less than or equal to 100000000", ":6:"],
        ),
        "generic of an unknown kind": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
            "      - {field: title, weight: 3, label: x, generic: sometimes, pattern: 'x'}\n",
            ["generic: must be true, false, credentials (", "or work (", ":7:"],
        ),
        "a negative that cancels a signal the layer does not have": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    negative:\n"
            "      - {field: title, weight: 3, label: x, cancels: [no-such-id], pattern: 'x'}\n",
            [":6:5: layers.other: negative signal 'x' cancels 'no-such-id', not the id of one of this layer's signals"],
        ),
        "a positive signal that cancels": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
            "      - {id: a, field: title, weight: 3, label: y, cancels: [a], pattern: 'y'}\n",
            [":6:5: layers.other: signal 'y': only a negative signal cancels other signals"],
        ),
        "two signals with one id": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
            "      - {id: a, field: title, weight: 3, label: y, pattern: 'y'}\n    negative:\n"
            "      - {id: a, field: title, weight: 3, label: z, pattern: 'z'}\n",
            [":6:5: layers.other: two signals have the id 'a': an id names one signal"],
        ),
        "a negative that cancels a signal of another field": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
            "      - {id: a, field: title, weight: 3, label: y, pattern: 'y'}\n    negative:\n"
            "      - {field: skills, weight: 3, label: z, cancels: [a], pattern: 'z'}\n",
            ["negative signal 'z' reads skills and cancels 'a', which reads title"],
        ),
        "a negative that names a signal twice": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
            "      - {id: a, field: text, weight: 3, label: y, pattern: 'y'}\n    negative:\n"
            "      - {field: skills, weight: 3, label: z, cancels: [a, a], pattern: 'z'}\n",
            ["negative signal 'z' names a signal twice in cancels"],
        ),
        "a negative that cancels too many": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    negative:\n"
            "      - {field: skills, weight: 3, label: z, cancels: ["
            + ", ".join(f"i{n}" for n in range(21))
            + "], pattern: 'z'}\n",
            ["negative signal 'z' cancels 21 signals, over 20"],
        ),
        "a title that is a credential": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
            "      - {field: title, weight: 3, label: y, credential: true, pattern: 'y'}\n",
            ["signal 'y': a title is not a credential"],
        ),
        "a negative signal that is a credential": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    negative:\n"
            "      - {field: title, weight: 3, label: z, credential: true, pattern: 'z'}\n",
            [":6:5: layers.other: negative signal 'z': only a signal that adds weight can be a credential"],
        ),
        "unknown placeholder": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nrecommendations:\n  TA002: 'hire {who}'\n",
            ["unknown placeholder {who}", ":5:"],
        ),
        "unknown parent": ("extends: nothing-like-it\nname: x\nversion: '1'\n", ["unknown rubric 'nothing-like-it'"]),
        "format spec that does not suit the value": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nrecommendations:\n  TA002: 'hire {role:.2f}'\n",
            [":5:3: recommendations: TA002: bad template: Unknown format code 'f' for object of type 'str'"],
        ),
        "bare placeholder": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nrecommendations:\n  TA002: 'hire {}'\n",
            ["TA002: bad template: Replacement index 0 out of range"],
        ),
        "bad second signal of an extending rubric": (
            "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  clinical:\n    signals:\n"
            "      - {field: title, weight: 3, label: x, pattern: 'x'}\n"
            "      - {id: [a, b], field: title, weight: 3, label: y, pattern: 'y'}\n",
            [":8:14: layers.clinical.signals.1.id: must be text, got a list"],
        ),
    }
    for name, (text, fragments) in cases.items():
        path = tmp_path / f"{name.replace(' ', '-')}.yaml"
        path.write_text(text)
        result = run_cli("rubric", "validate", path)
        assert result.code == 2, name
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
        for fragment in fragments:
            assert fragment in result.stderr, (name, result.stderr)


def test_a_pattern_python_warns_about_validates_and_runs_quietly(tmp_path):
    rubric = tmp_path / "nested.yaml"
    rubric.write_text(
        "extends: healthcare-ai\nname: x\nversion: '1'\nnormalization:\n  drop: ['[[x]']\nlayers:\n  clinical:\n"
        "    signals:\n      - {field: title, weight: 3, label: x, pattern: '\\b[[a-z]]+nurse\\b'}\n"
    )
    validated = run_cli("rubric", "validate", rubric)
    assert validated.code == 0 and validated.stderr == ""  # no FutureWarning about the nested set
    team = tmp_path / "team.yaml"
    team.write_text("people: [{name: A, title: Nurse}]\n")
    checked = run_cli("check", team, "--rubric", rubric, "--format", "json")
    assert checked.code in (0, 1) and checked.stderr == ""


def test_a_numeric_ratio_template_survives_a_team_with_no_layers(tmp_path):
    rubric = tmp_path / "ratio.yaml"
    rubric.write_text(
        "extends: healthcare-ai\nname: x\nversion: '1'\nrecommendations:\n"
        "  TA001: 'ML outnumbers the layers {ratio:.1f} to 1 ({view} view)'\n"
    )
    team = tmp_path / "team.yaml"
    team.write_text("people: [{name: A, title: Research Scientist}]\n")
    result = run_cli("check", team, "--rubric", rubric, "--format", "json")
    assert result.code == 1, result.stderr
    texts = [r["text"] for r in json.loads(result.stdout)["recommendations"] if r["rule"] == "TA001"]
    assert texts[0] == "ML outnumbers the layers inf to 1 (current view)"


def test_the_set_aside_note_names_the_layer_whose_credential_did_it(team):
    """With HL7 work outscoring the RN, the note said 'the record holds a integration credential'."""
    path = team(
        "people:\n  - {name: P1, title: Product Manager, background: [RN, built HL7 interfaces in Mirth], "
        "skills: [HL7 v2 interfaces, FHIR R4 APIs]}\n"
    )
    out = run_cli("explain", path).stdout
    assert "is set aside: the record holds a clinical credential" in out and "integration credential" not in out


def test_explain_says_where_a_lone_credential_is(team):
    """'the clinical evidence is all in the credentials, none in the title' sat above '+6 credential RN in title':
    a credential written as the title is in the title, and the note must say so."""
    path = team("people:\n  - {name: Ann, title: RN}\n  - {name: Bo, title: Data Analyst, background: [RN]}\n")
    ann, bo = run_cli("explain", path).stdout.split("\n\n")[:2]
    assert "the clinical evidence is a credential alone (RN, in the title), with no role words" in ann
    assert "none in the title" not in ann
    assert "the clinical evidence is all in the credentials, none in the title" in bo


def test_explain_says_a_part_of_a_name_finds_a_person_wherever_it_says_how_people_are_named(tmp_path: Path) -> None:
    """`explain team.yaml Priya` finds Priya Raman, but --help, its not-found error, docs/rubrics.md and the README
    said people are named 'by name or id', so nobody tried a part of a name."""
    assert "part of a name (Priya)" in " ".join(run_cli("explain", "--help").stdout.split())
    team = tmp_path / "team.yaml"
    team.write_text("people:\n  - {name: Priya Raman, title: Registered Nurse}\n", encoding="utf-8")
    found = run_cli("explain", team, "Priya")
    assert found.code == 0 and "Priya Raman" in found.stdout
    missing = run_cli("explain", team, "Sam")
    assert missing.code == 2 and "no person named 'Sam' (by name, part of a name, or id)" in missing.stderr
    for doc in (ROOT / "docs" / "rubrics.md", ROOT / "README.md"):
        text = doc.read_text(encoding="utf-8")
        assert "by name or id" not in text and "NAME or ID" not in text, doc.name
