"""Configuration: discovery, precedence (flag > env > file > default), every invalid path, suppressions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli, run_process
from teamaudit.errors import clipped

BACKWARDS = (EXAMPLES / "backwards.yaml").read_text()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "hr").mkdir()
    (tmp_path / "hr" / "team.yaml").write_text(BACKWARDS)
    return tmp_path


def check_json(project: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, dict]:
    result = run_cli("check", "hr/team.yaml", "--format", "json", *args, cwd=project, env=env)
    assert result.code in (0, 1), result.stderr
    return result.code, json.loads(result.stdout)


def config_problems(project: Path) -> list[str]:
    """`check`'s stderr lines for a project whose .teamaudit.yaml is bad, each without 'teamaudit: error: <path>'."""
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    where = f"teamaudit: error: {project / '.teamaudit.yaml'}"
    return [line.removeprefix(where) for line in result.stderr.splitlines()]


def test_defaults_without_config(project):
    _, doc = check_json(project)
    assert (doc["scope"], doc["basis"], doc["fail_on"]) == ("plan", "fte", "error")


def test_yaml_config_is_found_walking_up(project):
    (project / ".teamaudit.yaml").write_text("scope: current\nbasis: headcount\nfail-on: never\n")
    code, doc = check_json(project)
    assert (doc["scope"], doc["basis"], doc["fail_on"], code) == ("current", "headcount", "never", 0)


def test_pyproject_section_is_found_and_missing_section_means_defaults(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert check_json(project)[1]["scope"] == "plan"
    (project / "pyproject.toml").write_text('[tool.teamaudit]\nscope = "current"\n')
    assert check_json(project)[1]["scope"] == "current"


def test_precedence_flag_over_env_over_file(project):
    (project / ".teamaudit.yaml").write_text("scope: current\nfail-on: warning\n")
    _, doc = check_json(project, env={"TEAMAUDIT_SCOPE": "plan"})
    assert doc["scope"] == "plan" and doc["fail_on"] == "warning"
    _, doc = check_json(project, "--scope", "current", env={"TEAMAUDIT_SCOPE": "plan"})
    assert doc["scope"] == "current"


def test_explicit_config_path_and_env_config(project, tmp_path):
    other = project / "ci.yaml"
    other.write_text("basis: headcount\n")
    assert check_json(project, "--config", str(other))[1]["basis"] == "headcount"
    assert check_json(project, env={"TEAMAUDIT_CONFIG": str(other)})[1]["basis"] == "headcount"


def test_rule_severity_override_and_disable(project):
    (project / ".teamaudit.yaml").write_text("rules:\n  TA002: warning\n  thin-layer: off\n")
    _, doc = check_json(project)
    rules = {(f["rule"], f["severity"]) for f in doc["findings"]}
    assert ("TA002", "warning") in rules and not any(r == "TA003" for r, _ in rules)


def test_threshold_override(project):
    (project / ".teamaudit.yaml").write_text("thresholds:\n  ml-ratio: 7.0\n")
    _, doc = check_json(project)
    assert doc["thresholds"]["ml_ratio"] == 7.0
    assert not any(f["rule"] == "TA001" for f in doc["findings"])  # 6.67 is under 7.0


def test_config_command_shows_values_and_sources(project):
    (project / ".teamaudit.yaml").write_text("fail-on: warning\nrules: {TA005: off}\n")
    result = run_cli("config", "hr/team.yaml", "--basis", "headcount", cwd=project, env={"TEAMAUDIT_SCOPE": "current"})
    assert result.code == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert rows["scope"].split()[1:] == ["current", "TEAMAUDIT_SCOPE"]
    assert rows["basis"].split()[1:] == ["headcount", "command", "line"]
    assert "warning" in rows["fail-on"] and str(project / ".teamaudit.yaml") in rows["fail-on"]
    assert rows["rubric"].split()[1:] == ["healthcare-ai", "default"]
    assert "TA005=off" in rows["rules"]


INVALID = [
    ("unknown key", "fail_onn: error\n", ["fail_onn: unknown key", "did you mean fail-on?", ":1:1"]),
    ("bad enum", "scope: tomorrow\n", ["scope: 'tomorrow' is not valid; allowed: plan, current", ":1:8"]),
    ("bad fail-on", "fail-on: sometimes\n", ["'sometimes' is not valid; allowed: error, warning, info, never"]),
    (
        "fail_on spelt with _, a value misspelt",
        "fail_on: warnings\n",
        ["fail_on: 'warnings' is not valid; allowed: error, warning, info, never (did you mean warning?)", ":1:10"],
    ),
    ("a layer misspelt", "ignore:\n  - {rule: TA002, layer: integrashun}\n", ["(did you mean integration?)"]),
    ("bad rule", "rules:\n  TA999: off\n", ["unknown rule 'TA999'"]),
    ("bad level", "rules:\n  TA001: loud\n", ["'loud' is not one of error, warning, info, off"]),
    ("on is true", "rules:\n  TA001: on\n", ["rules.TA001: true (YAML reads on, yes and true as true)", ":2:10"]),
    ("a rule set twice", "rules:\n  TA003: off\n  thin-layer: error\n", ["thin-layer sets TA003 again", ":3:3"]),
    ("bad ignored rule", "ignore:\n  - {rule: TA999, reason: x}\n", ["unknown rule 'TA999'; rules are"]),
    ("bad threshold", "thresholds:\n  ml-ratio: -1\n", ["thresholds.ml-ratio", "greater than 0", ":2:13"]),
    ("bad threshold key", "thresholds:\n  ml_ration: 2\n", ["unknown key", "did you mean ml-ratio?"]),
    ("bad suppression", "ignore:\n  - {rule: TA003, layr: clinical}\n", ["unknown key", "did you mean layer?"]),
    ("not a mapping", "- scope\n", ["must be a mapping"]),
    ("bad yaml", "scope: [\n", ["invalid YAML"]),
]


@pytest.mark.parametrize(("content", "fragments"), [(c, f) for _, c, f in INVALID], ids=[i[0] for i in INVALID])
def test_invalid_yaml_config(project, content, fragments):
    (project / ".teamaudit.yaml").write_text(content)
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert str(project / ".teamaudit.yaml") in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr
    assert result.stderr.count("TA999") <= 1  # a value error names its value once, without "(got ...)"


def test_every_problem_in_a_config_file_is_reported_with_its_line(project):
    long_level = "x" * 5000
    (project / ".teamaudit.yaml").write_text(
        f"rules:\n  TA001: {long_level}\n  TA999: warning\n  TA003: {{level: loud}}\n"
        "thresholds:\n  ml-ration: 2\nfail-on: sometimes\n"
    )
    result = run_cli("check", "hr/team.yaml", cwd=project)
    lines = result.stderr.strip().splitlines()
    assert result.code == 2 and result.stdout == "" and "Traceback" not in result.stderr
    where = str(project / ".teamaudit.yaml")
    prefix = f"teamaudit: error: {where}"
    assert [line.removeprefix(prefix).split(": ")[0] for line in lines] == [":2:10", ":3:3", ":4:10", ":6:3", ":7:10"]
    assert "rules.TA001: 'xxxxx" in lines[0] and "[5,000 characters]" in lines[0] and len(lines[0]) < 300
    assert "unknown rule 'TA999'" in lines[1]
    assert "rules.TA003: a mapping is not one of" in lines[2]
    assert "did you mean ml-ratio?" in lines[3] and "'sometimes' is not valid" in lines[4]


def test_a_threshold_is_a_number_as_written_not_yes_or_quoted_text(project):
    """YAML reads `yes` and `on` as true, which pydantic's lax mode took for 1.0: `ml-ratio: yes` set the ratio to 1."""
    (project / ".teamaudit.yaml").write_text(
        'thresholds:\n  ml-ratio: yes\n  confidence: on\n  thin-layer-min-fte: "0.5"\n  thin-layer-people: 2.0\n'
    )
    assert config_problems(project) == [
        ":2:13: thresholds.ml-ratio: must be a number, got yes",
        ":3:15: thresholds.confidence: must be a number, got on",
        ":4:23: thresholds.thin-layer-min-fte: must be a number, got '0.5'"
        " (write the number without quotes: a quoted one is text)",
        ":5:22: thresholds.thin-layer-people: must be a whole number, got 2.0",
    ]
    (project / ".teamaudit.yaml").unlink()
    (project / "pyproject.toml").write_text("[tool.teamaudit.thresholds]\nml-ratio = true\nconfidence = 0.6\n")
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2 and "tool.teamaudit.thresholds.ml-ratio: must be a number, got true" in result.stderr
    (project / "pyproject.toml").write_text("[tool.teamaudit.thresholds]\nml-ratio = 2\nconfidence = 0.6\n")
    assert check_json(project)[1]["thresholds"]["ml_ratio"] == 2


def test_a_number_yaml_reads_as_text_is_told_how_to_write_it_quoted_or_not(project):
    """`ml-ratio: 1e-1` was told to drop quotes it did not have: YAML 1.1 reads 1e-1 as text either way. In
    pyproject.toml a quoted "1e-1" is the only way to get text, and dropping the quotes is the fix."""
    (project / ".teamaudit.yaml").write_text("thresholds:\n  ml-ratio: 1e-1\n  confidence: '0,6'\n")
    assert config_problems(project) == [
        ":2:13: thresholds.ml-ratio: must be a number, got '1e-1' (YAML reads 1e-1 as text: write 0.1)",
        ":3:15: thresholds.confidence: must be a number, got '0,6' (use a decimal point: 0.6, without quotes)",
    ]
    (project / ".teamaudit.yaml").unlink()
    (project / "pyproject.toml").write_text('[tool.teamaudit.thresholds]\nml-ratio = "1e-1"\n')
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2 and result.stderr.endswith(
        "tool.teamaudit.thresholds.ml-ratio: must be a number, got '1e-1'"
        " (write the number without quotes: a quoted one is text)\n"
    )


def test_rule_names_in_errors_are_clipped(project):
    (project / "pyproject.toml").write_text(f'[tool.teamaudit.rules]\n"{"y" * 3000}" = "warning"\n')
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2 and "[3,000 characters]" in result.stderr and len(result.stderr) < 400


def test_invalid_pyproject_config(project):
    (project / "pyproject.toml").write_text('[tool.teamaudit]\nbasis = "heads"\n')
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2 and "tool.teamaudit.basis: 'heads' is not valid; allowed: fte, headcount" in result.stderr
    (project / "pyproject.toml").write_text("[tool.teamaudit\n")
    result = run_cli("check", "hr/team.yaml", "--config", "pyproject.toml", cwd=project)
    assert result.code == 2 and "invalid TOML" in result.stderr


@pytest.mark.parametrize("config_name", [".teamaudit.yaml", "pyproject.toml"])
def test_a_choice_is_quoted_as_the_user_wrote_it(project, config_name):
    """`scope: Nowhere` was quoted 'nowhere': the value a founder searches the file for is the one they wrote; a
    line break, `::error::` or ESC in it is shown escaped, on the message's one line."""
    for written, quoted in [("Nowhere", "'Nowhere'"), ("Now\\n::error::x\\e", "'Now\\n::error::x\\x1b'")]:
        text = f'scope: "{written}"\n' if config_name.endswith("yaml") else f'[tool.teamaudit]\nscope = "{written}"\n'
        (project / config_name).write_text(text.replace("\\e", "\\u001b" if "toml" in config_name else "\\e"))
        result = run_cli("check", "hr/team.yaml", cwd=project)
        assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
        assert f"scope: {quoted} is not valid; allowed: plan, current" in result.stderr


def test_invalid_env_and_missing_config(project):
    result = run_cli("check", "hr/team.yaml", cwd=project, env={"TEAMAUDIT_BASIS": "people"})
    assert result.code == 2 and "TEAMAUDIT_BASIS: 'people' is not valid; allowed: fte, headcount" in result.stderr
    result = run_cli("check", "hr/team.yaml", cwd=project, env={"TEAMAUDIT_FAIL_ON": "warn"})
    assert result.code == 2 and "allowed: error, warning, info, never (did you mean warning?)" in result.stderr
    result = run_cli("check", "hr/team.yaml", "--config", "nope.yaml", cwd=project)
    assert result.code == 2 and "config file not found" in result.stderr


SUPPRESS = """ignore:
  - rule: TA002
    layer: integration
    reason: "integration is contracted to an Epic partner until our first go-live"
    until: 2099-12-31
  - rule: TA001
    reason: "board accepted the ratio for the research phase"
    until: 2020-01-01
  - rule: TA003
    layer: clinical
"""


def test_suppressions(project):
    (project / ".teamaudit.yaml").write_text(SUPPRESS)
    code, doc = check_json(project)
    by_rule = {(f["rule"], f["layer"]): f for f in doc["findings"]}
    assert by_rule[("TA002", "integration")]["suppressed"].startswith("integration is contracted")
    assert by_rule[("TA001", None)]["suppressed"] is None  # expired: applies no more
    assert by_rule[("TA003", "clinical")]["suppressed"] is None  # no reason: applies no more
    problems = [f["message"] for f in doc["findings"] if f["rule"] == "TA006"]
    assert len(problems) == 2
    assert any("TA001" in m and "expired on 2020-01-01" in m for m in problems)
    assert any("TA003" in m and "has no reason" in m for m in problems)
    assert code == 1  # TA001 still fails


def test_an_invalid_suppression_points_at_the_config_file_not_the_team_file(project):
    """A TA006 annotation on the team file with no line sent a reviewer to the wrong file: the problem is in the
    config, at the suppression's line, and every format that places a finding places it there."""
    (project / ".teamaudit.yaml").write_text(SUPPRESS)  # TA001's suppression (line 6) expired, TA003's (9) no reason
    github = run_cli("check", "hr/team.yaml", "--format", "github", cwd=project).stdout
    ta006 = sorted(line.split("::")[1] for line in github.splitlines() if "TA006" in line)
    assert ta006 == [  # a finding about the config is in both views, and annotated once
        "warning file=.teamaudit.yaml,line=6,title=TA006 invalid-suppression",
        "warning file=.teamaudit.yaml,line=9,title=TA006 invalid-suppression",
    ]
    _, doc = check_json(project)
    assert sorted((f["file"], f["line"]) for f in doc["findings"] if f["rule"] == "TA006") == [
        (".teamaudit.yaml", 6),
        (".teamaudit.yaml", 9),
    ]
    assert {f["file"] for f in doc["findings"] if f["rule"] != "TA006"} == {None}
    sarif = json.loads(run_cli("check", "hr/team.yaml", "--format", "sarif", cwd=project).stdout)["runs"][0]
    assert [a["location"]["uri"] for a in sarif["artifacts"]] == ["hr/team.yaml", ".teamaudit.yaml"]
    places = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["index"]) for r in sarif["results"]
    }
    assert ("TA006", 1) in places and ("TA001", 0) in places and ("TA006", 0) not in places
    junit = run_cli("check", "hr/team.yaml", "--format", "junit", "--fail-on", "warning", cwd=project).stdout
    assert "(.teamaudit.yaml:6)" in junit and "(hr/team.yaml:6)" not in junit
    assert '<testsuite name="teamaudit plan view" file="hr/team.yaml"' in junit  # junit-10.xsd: no file on a case
    markdown = run_cli("check", "hr/team.yaml", "--format", "markdown", cwd=project).stdout
    assert "at .teamaudit.yaml:6 expired on 2020-01-01; it does not apply |" in markdown  # no "(line 6)" after it
    hook = run_cli("pre-commit", "hr/team.yaml", "--fail-on", "warning", cwd=project).stdout
    assert ".teamaudit.yaml:9: warning TA006 invalid-suppression" in hook


def test_a_config_cannot_write_where_a_suppression_is(project):
    """Where a suppression was written is the tool's to record; a `file:` or `line:` key is unknown, not obeyed."""
    (project / ".teamaudit.yaml").write_text("ignore:\n  - rule: TA002\n    file: elsewhere.yaml\n    line: 99\n")
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2
    assert ".teamaudit.yaml:3:5: ignore[0].file: unknown key" in result.stderr
    assert ".teamaudit.yaml:4:5: ignore[0].line: unknown key" in result.stderr


def test_suppressed_findings_never_fail_and_show_everywhere(project):
    (project / ".teamaudit.yaml").write_text(
        "ignore:\n"
        "  - {rule: ml-over-index, reason: accepted for the research phase}\n"
        "  - {rule: TA002, reason: contracted out}\n"
    )
    code, doc = check_json(project)
    assert code == 0 and doc["verdict"] == "pass"
    assert all(f["suppressed"] for f in doc["findings"] if f["severity"] == "error")
    for fmt, marker in [
        ("text", "[suppressed: accepted"),
        ("markdown", "(suppressed: accepted"),
        ("github", "(suppressed: accepted"),
        ("junit", "suppressed: accepted"),
    ]:
        out = run_cli("check", "hr/team.yaml", "--format", fmt, cwd=project).stdout
        assert marker in out, fmt
    sarif = json.loads(run_cli("check", "hr/team.yaml", "--format", "sarif", cwd=project).stdout)
    suppressed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert {r["ruleId"] for r in suppressed} == {"TA001", "TA002"}


def test_a_pass_counts_its_suppressed_errors_as_suppressed(project):
    """'PASS ...; 2 errors, 3 warnings, 0 info; failing at error' read as a gate that let errors through."""
    (project / ".teamaudit.yaml").write_text(
        "ignore:\n"
        "  - {rule: ml-over-index, reason: board approved through Q1, until: 2099-03-31}\n"
        "  - {rule: TA002, reason: Epic partner until go-live}\n"
    )
    text = run_cli("check", "hr/team.yaml", cwd=project).stdout.splitlines()[1]
    assert text.startswith("PASS  ") and text.endswith(
        "; 2 errors (2 suppressed), 3 warnings, no notes; failing at error"
    )
    html = run_cli("check", "hr/team.yaml", "--format", "html", cwd=project).stdout
    assert "2 errors (2 suppressed), 3 warnings, no notes." in html


PYPROJECT_PROBLEMS = """[project]
name = "x"

[tool.teamaudit]
"fail-on" = 'bogus'   # quoted key, literal string
rules = {TA003 = "warning", TA005 = "loud"}
ignore = [
  {rule = "TA002", reason = "contracted", until = 2099-12-31},
  {rule = "TA002", layer = "integrashun"},
]

[tool.teamaudit.thresholds]
ml-ratio = "high"
confidense = 0.5
"""


def test_pyproject_errors_name_their_lines(project):
    """Every problem in [tool.teamaudit] named only its key: a long pyproject.toml left the reader to search."""
    (project / "pyproject.toml").write_text(PYPROJECT_PROBLEMS)
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2
    prefix = f"teamaudit: error: {project / 'pyproject.toml'}"
    lines = result.stderr.splitlines()
    assert [line.removeprefix(prefix).split(": ")[0] for line in lines] == [
        ":5:13",
        ":6:37",
        ":9:28",
        ":13:12",
        ":14:1",
    ]
    assert "tool.teamaudit.rules.TA005: 'loud' is not one of" in lines[1]
    assert "tool.teamaudit.ignore[1].layer: 'integrashun' is not valid" in lines[2]
    assert "confidense: unknown key (did you mean confidence?)" in lines[4]


def test_a_pyproject_suppression_names_its_line(project):
    (project / "pyproject.toml").write_text(
        '[tool.teamaudit]\nscope = "plan"\n\n[[tool.teamaudit.ignore]]\nrule = "TA002"\nreason = "old"\n'
        "until = 2020-01-01\n"
    )
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert "the suppression of TA002 at pyproject.toml:4 expired on 2020-01-01" in result.stdout


def test_a_suppression_reason_and_the_ignore_list_are_bounded(project):
    """The reason is shown beside every finding it accepts: a 1 MB reason over 300 people made every format
    300 MB, and 100,000 reasonless entries an 86 MB SARIF log (a hostile review)."""
    (project / ".teamaudit.yaml").write_text(f"ignore:\n  - rule: TA005\n    reason: {'x' * 501}\n")
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2
    assert ".teamaudit.yaml:3:13: ignore[0].reason: String should have at most 500" in result.stderr
    (project / ".teamaudit.yaml").write_text("ignore:\n" + "  - {rule: TA005}\n" * 1001)
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2
    assert result.stderr.endswith(".teamaudit.yaml:2:3: ignore: 1,001 suppressions, over the 1,000 a config may hold\n")


def test_a_config_is_read_when_the_working_folder_is_gone(project, tmp_path):
    """The config's path is shown relative to the working folder; with that folder deleted, finding it raised
    FileNotFoundError (a hostile review). A fresh process: the folder is gone for the whole run."""
    import subprocess
    import sys

    (project / ".teamaudit.yaml").write_text("fail-on: error\n")
    gone = tmp_path / "gone"
    gone.mkdir()
    script = (
        "import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]); "
        "from teamaudit.cli import main; sys.argv = ['teamaudit', 'check', sys.argv[2]]; main()"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(gone), str(project / "hr" / "team.yaml")], capture_output=True, text=True
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_impossible_until_date_is_reported_with_every_other_problem(project):
    """`until: 2027-02-30` unquoted used to stop reading the config at YAML's timestamp; now it is a date error like
    its quoted twin, and the file's other problems are reported in the same run."""
    (project / ".teamaudit.yaml").write_text(
        "ignore:\n  - {rule: TA003, reason: x, until: 2027-02-30}\n  - {rule: TA003, reason: x, until: '2026-13-01'}\n"
        "fail-on: sometimes\n"
    )
    assert config_problems(project) == [
        ":2:37: ignore[0].until: must be a date like 2026-03-01, got '2027-02-30' (February 2027 has 28 days:"
        " 2027-02-28 is its last)",
        ":3:37: ignore[1].until: must be a date like 2026-03-01, got '2026-13-01' (the month comes before the day:"
        " 2026-01-13 for 13 January)",
        ":4:10: fail-on: 'sometimes' is not valid; allowed: error, warning, info, never",
    ]


def test_config_values_are_said_as_the_file_writes_them(project):
    """Not Python's True, {'level': 'loud'} or datetime.datetime(...): what the file holds."""
    (project / ".teamaudit.yaml").write_text(
        "scope: Yes\nrules:\n  TA003: {level: loud}\n"
        "ignore:\n  - {rule: TA003, reason: off, until: 2026-03-01 10:00:00}\n"
    )
    assert config_problems(project) == [
        ":1:8: scope: Yes is not valid; allowed: plan, current",
        ":3:10: rules.TA003: a mapping is not one of error, warning, info, off",
        ":5:27: ignore[0].reason: must be text, got off (YAML reads an unquoted off as false: quote it)",
        ":5:39: ignore[0].until: must be a date like 2026-03-01, got 2026-03-01 10:00:00 "
        "(a date and time: write the date alone, 2026-03-01)",
    ]


MINE = 'extends: healthcare-ai\nname: mine\nversion: "1"\n'


@pytest.mark.parametrize("config", [".teamaudit.yaml", "pyproject.toml"])
@pytest.mark.parametrize("name", ["my.rubric", "rubrics/My.YAML", "my"])
def test_the_rubric_a_config_names_is_read_from_the_configs_folder_whatever_its_suffix(project, config, name):
    """A path was read from the config's folder only when it ended in .yaml or .yml (case-sensitive) and the file
    was there; any other was read from the working folder: `check hr/team.yaml` run from above said "unknown rubric
    'my.rubric'", and a my.rubric in the working folder, a decoy, was used without a word."""
    (project / "hr" / name).parent.mkdir(exist_ok=True)
    (project / "hr" / name).write_text(MINE)
    (project / name).parent.mkdir(exist_ok=True)
    (project / name).write_text(MINE.replace("mine", "decoy"))
    setting = f'[tool.teamaudit]\nrubric = "{name}"\n' if config == "pyproject.toml" else f"rubric: {name}\n"
    (project / "hr" / config).write_text(setting)
    for cwd, team in ((project, "hr/team.yaml"), (project / "hr", "team.yaml")):
        result = run_cli("check", team, "--format", "json", cwd=cwd)
        assert result.code == 1, result.stderr
        assert json.loads(result.stdout)["rubric"]["name"] == "mine"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("nope", "rubric: unknown rubric 'nope' (built-in rubrics: healthcare-ai; or give a path from {folder})"),
        (
            "healthcare-aii",
            "rubric: unknown rubric 'healthcare-aii' (did you mean healthcare-ai? built-in rubrics: healthcare-ai; "
            "or give a path from {folder})",
        ),
        ("gone.yaml", "rubric: 'gone.yaml' ({folder}/gone.yaml): no such file"),
        (
            "../team.yaml",
            "rubric: '../team.yaml' ({folder}/../team.yaml:1:1): not a rubric: its top level is not a mapping of "
            "rubric keys (a team file?)",
        ),
    ],
)
def test_a_rubric_the_config_cannot_open_is_an_error_at_the_configs_line(project, setting, message):
    """The config was not named: `unknown rubric 'nope'` or `gone.yaml: no such file` left the reader to guess
    where the name came from."""
    (project / ".git").mkdir()
    (project / "team.yaml").write_text("people:\n  - {name: Ann Lee, title: RN}\n")
    (project / "hr" / ".teamaudit.yaml").write_text(f"scope: plan\nrubric: {setting}\n")
    result = run_cli("check", "hr/team.yaml", cwd=project)
    folder = project / "hr"
    assert result.code == 2 and result.stderr == (
        f"teamaudit: error: {folder / '.teamaudit.yaml'}:2:9: {message.format(folder=folder)}\n"
    )


def test_a_rubric_the_environment_cannot_open_says_the_variable(project):
    result = run_cli("check", "hr/team.yaml", cwd=project, env={"TEAMAUDIT_RUBRIC": "nope"})
    assert result.code == 2 and result.stderr == (
        "teamaudit: error: environment variable TEAMAUDIT_RUBRIC: unknown rubric 'nope' (built-in rubrics: "
        "healthcare-ai; or give a path to a .yaml file)\n"
    )
    result = run_cli("check", "hr/team.yaml", cwd=project, env={"TEAMAUDIT_RUBRIC": "gone.yaml"})
    assert (
        result.stderr
        == "teamaudit: error: environment variable TEAMAUDIT_RUBRIC: 'gone.yaml' (gone.yaml): no such file\n"
    )


SECRET = "rootline:*:20228:0:99999:7:::\nSECRET_TOKEN=abc123\npassword: hunter2\n"
SECRETS = ("rootline", "SECRET", "abc123", "password", "hunter2")


@pytest.mark.parametrize("repository", [True, False])
@pytest.mark.parametrize("how", ["path", "absolute", "link", "extends", "config link"])
def test_a_config_cannot_make_teamaudit_read_a_file_outside_its_repository(tmp_path, repository, how):
    """`rubric: /etc/shadow` in a pull request's config printed the file's first lines as the keys a rubric
    lacked. A file outside the repository is refused before it is opened, by link too; outside any repository,
    outside the config's own folder."""
    outside = tmp_path / "secret.txt"
    outside.write_text(SECRET)
    repo = tmp_path / "repo"
    hr = repo / "hr"
    hr.mkdir(parents=True)
    (hr / "team.yaml").write_text(BACKWARDS)
    if repository:
        (repo / ".git").mkdir()
    if how == "config link":
        (hr / ".teamaudit.yaml").symlink_to(outside)
        problem = f"{hr / '.teamaudit.yaml'}: a link to a file outside "
    elif how == "extends":
        (hr / "mine.yaml").write_text('extends: ../../secret.txt\nname: mine\nversion: "1"\n')
        (hr / ".teamaudit.yaml").write_text("rubric: mine.yaml\n")
        problem = f"{hr / 'mine.yaml'}:1:10: extends: '../../secret.txt' is outside "
    else:
        if how == "link":
            (hr / "mine.yaml").symlink_to(outside)
        named = {"path": "../../secret.txt", "absolute": str(outside), "link": "mine.yaml"}[how]
        (hr / ".teamaudit.yaml").write_text(f"rubric: {named}\n")
        problem = f"{hr / '.teamaudit.yaml'}:1:9: rubric: '{clipped(named)}' is outside "  # a long tmp_path is clipped
    result = run_cli("check", "hr/team.yaml", cwd=repo)
    assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"teamaudit: error: {problem}"), result.stderr
    bound = f"the repository it is in ({repo})" if repository else f"its own folder ({hr}), as it is in no repository"
    assert bound in result.stderr
    assert not [secret for secret in SECRETS if secret in result.stderr]


@pytest.mark.process
@pytest.mark.parametrize("named_by", ["rubric", "extends"])
def test_a_path_longer_than_any_system_opens_is_refused_at_once(tmp_path, named_by):
    """A config's `rubric:` (or a rubric's `extends:`) of 1 MB of `a/` made `check` follow the links of each of its
    500,000 folders several times, each time rebuilding the path so far: past this test's 120 s timeout on bbebcda,
    for a name no system opens (Linux's PATH_MAX is 4,096 bytes). Now one line, at once."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "team.yaml").write_text(BACKWARDS)
    long = "a/" * 500_000 + "x.yaml"
    if named_by == "rubric":
        (tmp_path / ".teamaudit.yaml").write_text(f"rubric: {long}\n")
    else:
        (tmp_path / ".teamaudit.yaml").write_text("rubric: ours.yaml\n")
        (tmp_path / "ours.yaml").write_text(f"extends: {long}\n")
    result = run_process("check", "team.yaml", cwd=tmp_path)  # 120 s at most
    assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr[:500]
    assert f"{named_by}: 'a/a/a/" in result.stderr
    assert "is a path of 1,000,006 bytes, longer than any a system opens (4,096): not read" in result.stderr


def test_a_file_that_is_not_a_rubric_is_not_quoted(project, tmp_path):
    """Its keys were listed as those it has: the first lines of /etc/shadow."""
    (tmp_path / "secret.yaml").write_text("password: hunter2\napi_key: sk-123\npeoplex: 1\n")
    result = run_cli("check", "hr/team.yaml", "--rubric", tmp_path / "secret.yaml", cwd=project)
    assert result.code == 2 and result.stderr == (
        f"teamaudit: error: {tmp_path / 'secret.yaml'}:1:1: not a rubric: its top level is not a mapping of rubric "
        "keys\n"
    )


def test_a_setting_of_the_wrong_shape_is_said_in_the_files_terms(project):
    """`ignore:` left empty said `Input should be a valid tuple (got empty)`, and `thresholds: 5` `Input should be a
    dictionary or an instance of ThresholdOverrides`: pydantic's words for Python's types."""
    (project / ".teamaudit.yaml").write_text("ignore:\nthresholds: 5\nrules: loud\n")
    assert config_problems(project) == [
        ":1:8: ignore: is empty; it must be a list",
        ":2:13: thresholds: must be a mapping, got 5",
        ":3:8: rules: must be a mapping, got 'loud'",
    ]
    (project / ".teamaudit.yaml").write_text("ignore: [TA003]\n")
    assert config_problems(project) == [":1:10: ignore[0]: must be a mapping, got 'TA003'"]


def test_a_pyproject_setting_is_said_as_toml_writes_it(project):
    """TOML's nan was shown as YAML's .nan, a TOML date and time as Python prints it, a table as a mapping."""
    (project / "pyproject.toml").write_text(
        "[tool.teamaudit]\nrubric = 1e3\nignore = {rule = 'TA003'}\n\n[tool.teamaudit.thresholds]\nml-ratio = nan\n"
        "confidence = -inf\n"
    )
    result = run_cli("check", "hr/team.yaml", cwd=project)
    where = f"teamaudit: error: {project / 'pyproject.toml'}"
    assert result.code == 2 and result.stderr.replace(where, "").splitlines() == [
        ":2:10: tool.teamaudit.rubric: must be text, got 1e3 (TOML reads it as a number: quote it)",
        ":3:10: tool.teamaudit.ignore: must be an array, got a table",
        ":6:12: tool.teamaudit.thresholds.ml-ratio: must be a number, got nan",
        ":7:14: tool.teamaudit.thresholds.confidence: must be a number, got -inf",
    ]
    (project / "pyproject.toml").write_text(
        "[[tool.teamaudit.ignore]]\nrule = 'TA003'\nreason = 'x'\nuntil = 2027-01-01T10:00:00Z\n"
    )
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.stderr == (
        f"{where}:4:9: tool.teamaudit.ignore[0].until: must be a date like 2026-03-01, got 2027-01-01T10:00:00Z "
        "(a date and time: write the date alone, 2027-01-01)\n"
    )
    (project / "pyproject.toml").write_text('[tool]\nteamaudit = "never"\n')
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.stderr == f"{where}:2:13: tool.teamaudit: must be a table, got 'never'\n"


def test_config_of_a_team_file_that_is_not_there_is_refused_as_check_refuses_it(project):
    # `config nope.yaml` looked for the config from nope.yaml's folder and exited 0: a typo showed other settings.
    for name, hint in (
        ("nope.yaml", "(name the team file, or leave it out"),
        ("hr/teem.yaml", "(did you mean hr/team.yaml?)"),
    ):
        result = run_cli("config", name, cwd=project)
        assert result.code == 2 and result.stdout == "", result.stdout
        assert result.stderr.splitlines() == [result.stderr.strip()] and "Traceback" not in result.stderr
        assert f"{name}: no such file {hint}" in result.stderr
        assert "no such file" in run_cli("check", name, cwd=project).stderr
    assert run_cli("config", "hr/team.yaml", cwd=project).code == 0
    assert run_cli("config", cwd=project).code == 0


def spelt_as(spelling: str, word: str) -> str:
    """`word` in the case `spelling` is written in."""
    return word.upper() if spelling.isupper() else word.title() if spelling.istitle() else word


@pytest.mark.parametrize("spelling", ["WARNING", "Warning", "warning"])
def test_a_choice_means_the_same_in_any_case_on_the_command_line_in_the_environment_and_in_a_config(project, spelling):
    # TEAMAUDIT_FAIL_ON=WARNING was read, `--fail-on WARNING` and `fail-on: WARNING` refused.
    by_flag = check_json(project, "--fail-on", spelling, "--scope", spelt_as(spelling, "current"))
    by_env = check_json(project, env={"TEAMAUDIT_FAIL_ON": spelling, "TEAMAUDIT_BASIS": "HeadCount"})
    (project / ".teamaudit.yaml").write_text(f"fail-on: {spelling}\nscope: Current\nbasis: FTE\n")
    by_file = check_json(project)
    assert [doc["fail_on"] for _, doc in (by_flag, by_env, by_file)] == ["warning"] * 3
    assert (by_flag[1]["scope"], by_env[1]["basis"], by_file[1]["scope"]) == ("current", "headcount", "current")
    json_format = run_cli(
        "check", "hr/team.yaml", "--format", spelt_as(spelling, "json"), "--fail-on", spelling, cwd=project
    )
    assert json_format.code == 1 and json.loads(json_format.stdout)["fail_on"] == "warning"


def test_rule_ids_levels_layers_and_views_in_a_config_are_read_in_any_case(project):
    (project / ".teamaudit.yaml").write_text(
        "rules:\n  ta002: Warning\n  Thin-Layer: INFO\n"
        "ignore:\n  - {rule: ta001, view: PLAN, reason: board accepted it}\n"
        "  - {rule: Missing-Layer, layer: Integration, reason: contracted out}\n"
    )
    _, doc = check_json(project)
    severities = {f["rule"]: f["severity"] for f in doc["findings"]}
    assert (severities["TA002"], severities["TA003"]) == ("warning", "info")
    suppressed = {f["rule"]: f["suppressed"] for f in doc["findings"] if f["rule"] in ("TA001", "TA002")}
    assert suppressed == {"TA001": "board accepted it", "TA002": "contracted out"}
    (project / ".teamaudit.yaml").write_text("rules:\n  TA003: off\n  ta003: error\n  TA005: LOUD\n")
    assert config_problems(project) == [
        ":3:3: rules: ta003 sets TA003 again (first as TA003)",
        ":4:10: rules.TA005: 'LOUD' is not one of error, warning, info, off",
    ]


@pytest.mark.parametrize(
    ("name", "make", "what"),
    [
        (".teamaudit.yaml", lambda p: p.symlink_to("/dev/null"), "a link to /dev/null, which is no regular file"),
        (".teamaudit.yaml", lambda p: p.symlink_to("gone.yaml"), "a link to gone.yaml, which is not there"),
        (".teamaudit.yml", lambda p: p.mkdir(), "a folder"),
        ("pyproject.toml", lambda p: p.symlink_to("/dev/zero"), "a link to /dev/zero, which is no regular file"),
    ],
)
def test_a_config_name_that_holds_no_file_is_an_error_not_the_defaults(project, name, make, what):
    """A pull request that turned `.teamaudit.yaml` (`fail-on: warning`) into a link to /dev/null, a link to nothing
    or a folder was judged by the defaults without a word: walking up passed over it as if there were no config."""
    where = project / "hr" / name
    make(where)
    result = run_cli("check", "hr/team.yaml", cwd=project)
    assert result.code == 2 and result.stdout == "", result.stdout
    assert result.stderr.startswith(f"teamaudit: error: {where}: {what}, where teamaudit looks for its config"), (
        result.stderr
    )
