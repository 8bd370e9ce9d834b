"""Input never steers output (issue 15, point 3): generated names, titles, backgrounds and suppression reasons
full of line breaks, `::` workflow commands, ESC, C0/C1 controls, bidi overrides and markup go through every
format and every command that prints them; each output keeps the invariants of fuzz_target.assert_inert."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT, run_cli
from fuzz_target import assert_inert, github_lines
from teamaudit.classify import classify_roster
from teamaudit.cli import app
from teamaudit.config import Settings
from teamaudit.configschema import Suppression
from teamaudit.diff import diff
from teamaudit.explain import explain_people
from teamaudit.model import Scope
from teamaudit.pipeline import report_for
from teamaudit.render import DiffFormat, Format, RenderOptions, diff_renderer, escape, renderer
from teamaudit.roster import roster_from_text
from teamaudit.rubric import load_rubric

PIECES = [
    "\n",
    "\r",
    "\r\n",
    "\t",
    "::error::",
    "::warning file=x::",
    "##[error]",
    "\x1b[31m",
    "\x1b]8;;http://x\x07",
    "\x00",
    "\x07",
    "\x7f",
    "\x85",
    "\x9b",
    "\u202e",
    "\u2066",
    "\u2028",
    "\u2029",
    "\u061c",  # Arabic letter mark
    "\u200b",  # zero-width space
    "\ufeff",
    "\U000e0041",  # a tag character: invisible text
    "<img src=x onerror=alert(1)>",
    "<!--",
    "-->",
    "]]>",
    "![x](http://e.example/t.png)",
    "[click](javascript:x)",
    "<https://e.example>",
    "https://e.example/a",
    "www.e.example",
    "@octocat",
    "|",
    "`",
    "**",
    "# ",
    "- ",
    "1. ",
    "&amp;",
    "%0A",
    "%",
    ",",
    ":",
    "'",
    '"',
    "\\",
    "$",
    "$$x^2$$",
    ":shipit:",
]
# At most 150 characters: a team file refuses longer names (200) and titles (300) outright.
hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet="abcXYZ é", max_size=4)), min_size=1).map(
    lambda pieces: "".join(pieces)[:150]
)
# A name must survive YAML: PyYAML strips nothing inside double quotes, but the file needs a non-blank name.
names = hostile.map(lambda s: "N" + s)
TITLES = ["Registered Nurse", "Research Scientist", "HL7 Interface Engineer", "Karaoke Host", "Data Scientist"]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _team(people: list[tuple[str, str, str]]) -> str:
    rows = [
        {"name": f"{name} {i}", "title": f"{title} {TITLES[i % len(TITLES)]}", "background": background}
        | ({"status": "open"} if i % 3 == 2 else {})
        for i, (name, title, background) in enumerate(people)
    ]
    return yaml.safe_dump({"organization": "Org\n::error::x", "people": rows}, allow_unicode=True)


people_lists = st.lists(st.tuples(names, hostile, hostile), min_size=1, max_size=6)


@FAST
@given(people_lists, hostile)
def test_every_format_and_explain_stay_inert(people, reason):
    roster = roster_from_text(_team(people), Path("team\n::error::.yaml"))
    rubric = load_rubric()
    classified = classify_roster(roster, rubric)
    unclear = Suppression(rule="TA005", person=roster.people[0].name, reason=reason, file="x\n::error::.yaml", line=1)
    for scope in Scope:
        report = report_for(roster, classified, rubric, Settings(scope=scope, ignore=(unclear,)))
        for fmt in Format:
            text = renderer(fmt)(report, RenderOptions(details=True))
            assert_inert(fmt.value, text, github_lines(report))
    assert_inert("explain", "".join(explain_people(classified, rubric)))


@FAST
@given(people_lists, people_lists)
def test_diff_in_every_format_stays_inert(before, after):
    with tempfile.TemporaryDirectory() as folder:
        base, head = Path(folder) / "base.yaml", Path(folder) / "head.yaml"
        base.write_text(_team(before), encoding="utf-8")
        head.write_text(_team(before[:1] + after), encoding="utf-8")
        for redact in (False, True):
            report = diff(str(base), str(head), Settings(), redact=redact)
            for fmt in DiffFormat:
                assert_inert(f"diff-{fmt}", diff_renderer(fmt)(report))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people_lists, hostile)
def test_pre_commit_and_config_stay_inert(people, reason):
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as folder:
        team = Path(folder) / "team.yaml"
        team.write_text(_team(people), encoding="utf-8")
        config = yaml.safe_dump({"ignore": [{"rule": "TA003", "reason": reason, "person": people[0][0]}]})
        (Path(folder) / ".teamaudit.yaml").write_text(config, encoding="utf-8")
        for command in (["pre-commit", str(team)], ["config", str(team)]):
            result = runner.invoke(app, command)
            assert result.exit_code in (0, 1), result.output
            assert_inert(command[0], result.stdout)


@FAST
@given(hostile, hostile)
def test_explain_of_a_hostile_rubric_stays_inert(label, negative_label):
    """A rubric may come from a pull request: its labels reach explain, including what a negative with
    `cancels:` is only against."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "r.yaml"
        signal = {"id": "hx", "field": "background", "weight": 6, "label": label or "x", "pattern": "zzqq"}
        negative = {
            "field": "background",
            "weight": 6,
            "label": negative_label or "y",
            "cancels": ["hx"],
            "pattern": "yyww",
        }
        rubric_text = yaml.safe_dump(
            {
                "extends": "healthcare-ai",
                "name": "h",
                "version": "1",
                "layers": {"clinical": {"signals": [signal], "negative": [negative]}},
            }
        )
        path.write_text(rubric_text, encoding="utf-8")
        rubric = load_rubric(str(path))
        roster = roster_from_text(
            "people:\n  - {name: A, title: Product Manager, background: ['zzqq one', 'yyww two']}\n", Path("t.yaml")
        )
        out = "".join(explain_people(classify_roster(roster, rubric), rubric))
        assert "[takes from" in out
        assert_inert("explain", out)


# A line break, a tab, a unit separator and a line separator: str.split() takes each for a space.
SOLO = "Solo\n::error::solo\t\x1f\u2028end"
UNSURE_TITLE = "Data\r\n::warning::Steward"
LINE_BREAKS = "Solo ::error::solo end"  # how recommendations wrote SOLO, unlike findings


def _shown(fmt: Format, value: str) -> str:
    """`value` as format `fmt` writes it inside a finding's message."""
    if fmt is Format.MARKDOWN:
        return escape.markdown(value)
    if fmt is Format.HTML:
        return escape.html(value)
    if fmt is Format.JSON:
        return escape.json_text(json.dumps(value, ensure_ascii=False))[1:-1]
    if fmt is Format.SARIF:  # a message a viewer shows: escaped as text, then SARIF's own escapes
        return escape.json_text(json.dumps(escape.sarif_message(escape.text(value)), ensure_ascii=False))[1:-1]
    return escape.text(value)


def test_a_name_reads_the_same_in_findings_and_recommendations_in_every_format():
    """Recommendations collapsed the whitespace of the text they were filled in with, so a line break in a name
    was a space there and `\\n` in the finding about the same person: `Solo ::error::solo (line 2)` beside
    `Solo\\n::error::solo (line 2)`. The name was not the same name, and a reader could not search for it."""
    team = yaml.safe_dump(
        {
            "people": [
                {"name": SOLO, "title": "Registered Nurse", "background": ["RN", "8 years ICU nurse"]},
                {"name": "Ivy", "title": "HL7 Interface Engineer", "background": ["built FHIR APIs"]},
                {"name": "Reg", "title": "Regulatory Affairs Specialist", "background": ["filed a 510(k)"]},
                {"name": "Una", "title": UNSURE_TITLE},
            ]
        },
        allow_unicode=True,
    )
    roster = roster_from_text(team, Path("team.yaml"))
    rubric = load_rubric()
    report = report_for(roster, classify_roster(roster, rubric), rubric, Settings())
    thin = next(f for f in report.findings if f.rule == "TA003" and f.person == SOLO)
    unsure = next(f for f in report.findings if f.rule == "TA005")
    for fmt in Format:
        out = renderer(fmt)(report, RenderOptions(details=True))
        assert_inert(fmt.value, out, github_lines(report))
        lines = out.splitlines()
        own = [line for line in lines if line.startswith("::")]
        assert own == (lines if fmt is Format.GITHUB else []), fmt
        name, title = _shown(fmt, SOLO), _shown(fmt, UNSURE_TITLE)
        where = "" if fmt is Format.HTML else f" (line {thin.line})"  # a board's report names no lines
        assert f"person: {name}{where}" in out, fmt  # the finding
        assert f"Una ({title}) is" in out, fmt
        if fmt in (Format.TEXT, Format.MARKDOWN, Format.JSON, Format.HTML):  # the formats with recommendations
            assert f"person, {name}{where}:" in out, fmt
            # the client's report asks the client (Wording.client); the others say which key to write
            said = (
                f"which layer Una ({title}) works in" if fmt is Format.HTML else f"for Una ({title}) in the team file"
            )
            assert said in out, fmt
        assert _shown(fmt, LINE_BREAKS) not in out, fmt
    assert unsure.person == "Una"


# A folder a pull request can add: `teamaudit pre-commit` printed `::warning title=Forged::ok/team.yaml: FAIL ...`,
# so every line it wrote was a warning annotation the author chose. Every command, every format, every file a
# command names (team file, diff side, config, rubric, logo, export, -o) lives in it or is named like it.
FORGED = "::warning title=Forged::ok"
FORGED_TEAM = """organization: "::error::org"
people:
  - {name: "::error::Ann Lee", title: "::notice::Registered Nurse", background: ["::error::RN at St Elsewhere"]}
  - {name: Bo Chan, title: Research Scientist}
  - {name: Cy Diaz, title: Research Scientist, status: open}
"""
FORGED_BAD = "people:\n  - {name: '::error::A', title: RN, fte: 3}\n  - {name: B, title: 5}\n"
FORGED_CONFIG = "ignore:\n  - {rule: TA005, person: '::error::Ann Lee', reason: '::error::why'}\n  - {rule: TA003}\n"


def _forged_world(root: Path) -> list[list[str]]:
    """The files, and every command run on them; paths are relative, so each begins with `::`."""
    folder = root / FORGED
    folder.mkdir()
    (folder / "team.yaml").write_text(FORGED_TEAM, encoding="utf-8")
    (folder / "head.yaml").write_text(FORGED_TEAM + "  - {name: '::error::Di', title: ML Engineer}\n")
    (folder / "bad.yaml").write_text(FORGED_BAD, encoding="utf-8")
    (folder / ".teamaudit.yaml").write_text(FORGED_CONFIG, encoding="utf-8")
    (folder / "::r.yaml").write_text((EXAMPLES / "rubrics" / "payer-ai.yaml").read_text(encoding="utf-8"))
    (folder / "::bad-r.yaml").write_text("name: x\nversion: 1\nlayers: 3\n")
    (folder / "::people.csv").write_text((ROOT / "tests/data/exports/bamboohr.csv").read_text(encoding="utf-8"))
    (folder / "::notes.md").write_text("my own notes, not a report\n")
    (folder / "::logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (root / "::notes.md").write_text("my own notes, not a report\n")
    team, head, bad = f"{FORGED}/team.yaml", f"{FORGED}/head.yaml", f"{FORGED}/bad.yaml"
    commands = []
    for fmt in Format:
        for options in ([], ["--details"], ["--redact"]):
            commands += [["check", team, "-f", fmt.value, *options], ["check", bad, "-f", fmt.value, *options]]
    for dfmt in DiffFormat:
        commands += [["diff", team, head, "-f", dfmt.value], ["diff", bad, head, "-f", dfmt.value, "--redact"]]
    return [
        *commands,
        ["check", team, "-f", "markdown", "-o", "::notes.md"],
        ["check", f"{FORGED}/missing.yaml"],
        ["check", team, "--rubric", f"{FORGED}/::bad-r.yaml"],
        ["check", team, "--config", f"{FORGED}/::bad-r.yaml"],
        ["pre-commit", team, bad, f"{FORGED}/missing.yaml", head],
        ["rubric", "validate", f"{FORGED}/::r.yaml"],
        ["rubric", "validate", f"{FORGED}/::bad-r.yaml"],
        ["rubric", "validate", "::missing.yaml"],
        ["rubric", "show", f"{FORGED}/::r.yaml"],
        ["config", team],
        ["explain", team],
        ["explain", team, "::nobody"],
        ["explain", bad, "--redact"],
        ["report", team, "-o", f"{FORGED}/::r.html", "--logo", f"{FORGED}/::logo.svg"],
        ["report", team, "-o", f"{FORGED}/::r2.html", "--logo", f"{FORGED}/::no-logo.png"],
        ["report", team, "-o", f"{FORGED}/::notes.md"],
        ["import", f"{FORGED}/::people.csv", "-o", f"{FORGED}/::new.yaml"],
        ["import", f"{FORGED}/::people.csv", "-o", f"{FORGED}/::new.yaml"],  # a merge this time
        ["import", f"{FORGED}/::people.csv", "--dry-run", "-o", f"{FORGED}/::new.yaml"],
        ["import", f"{FORGED}/::people.csv"],
        ["import", f"{FORGED}/::missing.csv"],
        ["init", f"{FORGED}/::init.yaml"],
        ["init", f"{FORGED}/::init.yaml"],  # refused: it exists
    ]


def test_no_command_starts_a_line_with_a_file_name_that_is_a_workflow_command(tmp_path):
    ran = 0
    for command in _forged_world(tmp_path):
        result = run_cli(*command, cwd=tmp_path)
        assert result.code in (0, 1, 2) and "Traceback" not in result.stderr, (command, result.stderr)
        github = "-f" in command and command[command.index("-f") + 1] == "github"
        for stream, text in (("stderr", result.stderr), ("stdout", "" if github else result.stdout)):
            forged = [line for line in text.splitlines() if re.match(r"\s*::|.*##\[", line)]
            assert forged == [], (command, stream, forged)
        if github:  # the format's own workflow commands, each one whole: a file name is a property value there
            assert all(re.fullmatch(r"::(error|warning|notice) [^:]*::.*", line) for line in result.stdout.splitlines())
        ran += 1
    pre_commit = run_cli("pre-commit", f"{FORGED}/team.yaml", cwd=tmp_path).stdout
    assert pre_commit.startswith(f"./{FORGED}/team.yaml: FAIL "), pre_commit  # the same file, named so it is one
    validated = run_cli("rubric", "validate", f"{FORGED}/::r.yaml", cwd=tmp_path).stdout
    assert validated.startswith(f"./{FORGED}/::r.yaml: ok"), validated
    assert f"teamaudit: error: ./{FORGED}/bad.yaml:2:" in run_cli("check", f"{FORGED}/bad.yaml", cwd=tmp_path).stderr
    assert ran > 60


# Format characters a reader sees, or that spelling needs, which `text` keeps as written (render/escape.py).
KEPT_FORMAT_CHARACTERS = {0x200C, 0x200D, *range(0x600, 0x606), 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD}


def test_every_invisible_format_character_is_shown_as_an_escape():
    """U+061C (Arabic letter mark) and U+200B (zero-width space) reached the terminal raw, though U+200E/F did not."""
    format_characters = [c for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    raw = [f"U+{c:04X}" for c in format_characters if c not in KEPT_FORMAT_CHARACTERS and chr(c) in escape.text(chr(c))]
    assert raw == []
    assert escape.text("\u061c\u200b\U000e0041") == "\\u061c\\u200b\\U000e0041"
    assert escape.text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f469\u200d\U0001f52c") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f469\u200d\U0001f52c"  # ZWNJ and ZWJ read as written
    )


def test_invisible_characters_in_a_name_are_visible_in_every_format(tmp_path):
    hidden = "Ann\u061cLee\u200b\ufeff\U000e0041\u00ad"
    path = tmp_path / "team.yaml"
    path.write_text(
        yaml.safe_dump(
            {"people": [{"name": hidden, "title": "Registered Nurse"}, {"name": "Bo", "title": "Karaoke Host"}]}
        ),
        encoding="utf-8",
    )
    for fmt in Format:
        result = run_cli("check", path, "-f", fmt.value, "--details")
        assert result.code in (0, 1), result.stderr
        assert not re.search(f"[{escape.INVISIBLE}]", result.stdout), fmt
        if fmt is not Format.GITHUB:
            assert _shown(fmt, hidden) in result.stdout, fmt
    assert "Ann\\u061cLee\\u200b\\ufeff\\U000e0041\\xad" in run_cli("check", path, "--details").stdout
    doc = json.loads(run_cli("check", path, "-f", "json").stdout)
    assert doc["people"][0]["name"] == hidden  # the same string once parsed (a tag character as a surrogate pair)


def test_a_blank_letter_is_shown_as_an_escape_and_makes_no_second_name(tmp_path):
    """The Hangul fillers are letters no one sees: `Ann Lee\\u3164` was a second "Ann Lee" in every report, and a
    name of one filler a blank cell (two columns wide in a terminal)."""
    for blank in ("\u115f", "\u1160", "\u3164", "\uffa0", "\u17b4", "\u17b5"):
        assert escape.text(f"A{blank}") == f"A\\u{ord(blank):04x}"
    path = tmp_path / "team.yaml"
    path.write_text('people:\n  - {name: Ann Lee, title: RN}\n  - {name: "Ann Lee\\u3164", title: RN}\n')
    result = run_cli("check", path)
    assert result.code == 2
    assert f"{path}:3:12: duplicate name 'Ann Lee' (first used on line 2)" in result.stderr
    path.write_text('people:\n  - {name: "\\u3164", title: RN}\n  - {name: Bo, title: Research Scientist}\n')
    for fmt in Format:
        result = run_cli("check", path, "-f", fmt.value, "--details")
        assert result.code in (0, 1) and "\u3164" not in result.stdout, fmt


def test_a_name_with_an_invisible_character_is_the_same_name(tmp_path):
    """`Ann Lee` and `Ann Lee\\u200b` read the same to anyone; they were two people, each with their own findings."""
    path = tmp_path / "team.yaml"
    path.write_text('people:\n  - {name: Ann Lee, title: RN}\n  - {name: "Ann\\u2060 Lee\\u200b", title: RN}\n')
    result = run_cli("check", path)
    assert result.code == 2
    assert result.stderr == f"teamaudit: error: {path}:3:12: duplicate name 'Ann Lee' (first used on line 2)" + (
        " (names must be unique; add an initial or a team)\n"
    )


def test_a_name_in_a_sarif_message_is_no_embedded_link(tmp_path):
    """SARIF message text reads `[text](target)` as a link (SARIF 2.1.0, 3.11.6): a name written as one was a
    link in code scanning's alert. Its brackets and backslashes are escaped, as the specification says."""
    path = tmp_path / "team.yaml"
    path.write_text(
        'people:\n  - {name: "[click](https://e.example/x) a\\\\b", title: Registered Nurse}\n'
        "  - {name: Bo, title: Research Scientist}\n",
        encoding="utf-8",
    )
    result = run_cli("check", path, "-f", "sarif")
    assert result.code == 1, result.stderr
    texts = [r["message"]["text"] for r in json.loads(result.stdout)["runs"][0]["results"]]
    named = [t for t in texts if "click" in t]
    assert named == ["the clinical layer is held by 1 person: \\[click\\](https://e.example/x) a\\\\b (line 2)"]
    assert not any(re.search(r"(?<!\\)\[", t) for t in texts)
