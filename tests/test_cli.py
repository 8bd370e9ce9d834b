"""The command line as a user meets it: options, exit codes, stdout/stderr discipline, packaging. The console
script and `python -m teamaudit` run as real processes; everything else in-process (conftest.run_cli)."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

import teamaudit
from conftest import EXAMPLES, ROOT, run_cli, run_process


def test_version():
    result = run_cli("--version")
    assert result.code == 0 and result.stdout.strip() == f"teamaudit {teamaudit.__version__}"


@pytest.mark.process
def test_console_script_is_installed():
    exe = shutil.which("teamaudit")
    assert exe, "the teamaudit console script is not on PATH"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("teamaudit ")


def test_runs_from_another_directory_and_finds_the_builtin_rubric(tmp_path: Path):
    shutil.copy(EXAMPLES / "balanced.yaml", tmp_path / "team.yaml")
    result = run_cli("check", "team.yaml", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert "rubric healthcare-ai" in result.stdout


def test_installed_package_ships_the_rubric():
    from teamaudit.rubricfiles import builtin_dir

    package = Path(teamaudit.__file__).parent
    if ROOT / "src" in package.parents:
        pytest.skip("running from the source tree (editable install); the wheel test is in .ci/run")
    assert builtin_dir() == package / "rubrics"
    assert (package / "rubrics" / "healthcare-ai.yaml").is_file()


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("error", 1), ("warning", 1), ("info", 1), ("never", 0)],
)
def test_fail_on_moves_only_the_exit_code(fail_on, code):
    result = run_cli("check", "examples/backwards.yaml", "--fail-on", fail_on, "--format", "json")
    assert result.code == code
    assert len(json.loads(result.stdout)["findings"]) == 5  # what is shown does not change


def test_warnings_fail_only_at_warning(team):
    # Every layer staffed and ML outnumbered, but compliance is one person: a warning, not an error.
    path = team(
        "people:\n"
        "  - {name: A, title: Registered Nurse}\n  - {name: B, title: ICU Nurse}\n"
        "  - {name: C, title: HL7 Interface Engineer, skills: [HL7]}\n"
        "  - {name: D, title: FHIR Engineer, skills: [FHIR]}\n"
        "  - {name: E, title: Regulatory Affairs Specialist, background: 'filed a 510(k)'}\n"
    )
    assert run_cli("check", path).code == 0
    assert run_cli("check", path, "--fail-on", "warning").code == 1


def test_plain_output_has_no_ansi_and_no_box_drawing():
    result = run_cli("check", "examples/backwards.yaml")
    assert "\x1b[" not in result.stdout
    assert not re.search(r"[─│╭╮╯╰█]", result.stdout)
    assert result.stderr == ""


def test_verdict_line_first_and_details_table():
    plain = run_cli("check", "examples/backwards.yaml").stdout
    assert plain.splitlines()[1].startswith("FAIL  ML research 10.0 FTE")
    assert "People" not in plain
    details = run_cli("check", "examples/backwards.yaml", "--details").stdout
    assert "People" in details and "Priya Raman" in details


def test_both_views_shown_only_when_the_file_has_a_plan():
    def views(text: str) -> list[str]:  # the words over each figure column (the header's first line)
        lines = text.splitlines()
        top = lines[next(i for i, line in enumerate(lines) if line.startswith("Composition")) + 1]
        return [cell.strip() for cell in top.split("|")[1:]]

    assert views(run_cli("check", "examples/plan-fixes.yaml").stdout) == ["current", "current", "plan", "plan", "share"]
    assert views(run_cli("check", "examples/balanced.yaml").stdout) == ["current", "current", "share"]


def test_output_file(tmp_path: Path):
    out = tmp_path / "report.json"
    result = run_cli("check", "examples/backwards.yaml", "--format", "json", "--output", out)
    assert result.code == 1 and result.stdout == ""
    assert json.loads(out.read_text())["verdict"] == "fail"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp file left behind


def test_output_not_written_on_bad_input(tmp_path: Path, team):
    out = tmp_path / "report.json"
    result = run_cli("check", team("people: 3\n"), "--format", "json", "--output", out)
    assert result.code == 2 and not out.exists()


@pytest.mark.parametrize("command", [["check", "--format", "sarif"], ["report"]])
def test_output_is_never_written_through_a_symbolic_link(tmp_path: Path, command: list[str]):
    """A pull request can commit `teamaudit.sarif -> ~/.bashrc`; the action then writes with a fixed -o name."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    link = tmp_path / "teamaudit.out"
    link.symlink_to(victim)
    result = run_cli(command[0], "examples/backwards.yaml", *command[1:], "-o", link)
    assert result.code == 2 and "cannot write output through a symbolic link" in result.stderr
    assert victim.read_text() == "keep me\n" and link.is_symlink()


@pytest.mark.process
def test_python_m_and_help():
    result = run_process("--help")
    assert result.code == 0 and "check" in result.stdout and "explain" in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        (["check"], "Usage: teamaudit check [OPTIONS] TEAM_FILE\n"),
        (["diff"], "Usage: teamaudit diff [OPTIONS] BASE HEAD\n"),
        (["explain"], "Usage: teamaudit explain [OPTIONS] TEAM_FILE [NAMES...]\n"),
        (["pre-commit"], "Usage: teamaudit pre-commit [OPTIONS] TEAM_FILE...\n"),
    ],
)
def test_usage_lines_name_arguments_the_conventional_way(command, usage):
    """Typer wrote required arguments in braces, by their parameter name: `diff [OPTIONS] {base} {head}`."""
    help_ = run_cli(*command, "--help")
    assert help_.code == 0 and help_.stdout.startswith(usage)
    missing = run_cli(*command)
    assert missing.code == 2 and missing.stderr.startswith(usage) and "{" not in missing.stderr.splitlines()[0]


def test_same_input_same_bytes():
    first = run_cli("check", "examples/messy-40.yaml", "--format", "json").stdout
    assert first == run_cli("check", "examples/messy-40.yaml", "--format", "json").stdout


def test_github_format_annotates_a_file_it_cannot_read(tmp_path: Path):
    """A pull request that broke the team file got a red job and nothing on the file: the errors went only to
    the log. With --format github each one is also an error annotation at its line, escaped like any other."""
    path = tmp_path / "team.yaml"
    path.write_text('people:\n  - {name: A, title: Nurse, layer: "x\\n::error::pwned"}\n  - {name: B, titel: Nurse}\n')
    result = run_cli("check", path, "--format", "github")
    assert result.code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith(f"::error file={path},line=") for line in lines), lines
    assert ",line=2,col=" in lines[0] and "pwned" in lines[0] and ",line=3,col=" in lines[1]
    assert "teamaudit: error:" in result.stderr  # the log still says it


def test_plain_composition_table_is_ascii_and_puts_the_ratio_under_its_unit(tmp_path: Path):
    """With no layers in either view the table overflowed 100 columns and rich cut cells with a non-ASCII '…'
    ('integrati…'); with --basis headcount the people ratio sat under the FTE column."""
    path = tmp_path / "team.yaml"
    path.write_text("people:\n  - {name: A, title: Research Scientist, status: planned}\n")
    out = run_cli("check", path).stdout
    assert out.isascii() and "integration |" in out and "n/a" in out
    table = run_cli("check", "examples/balanced.yaml", "--basis", "headcount").stdout
    ratio = next(line for line in table.splitlines() if line.startswith(" ML : layers"))
    assert [cell.strip() for cell in ratio.split("|")][:3] == ["ML : layers", "0.50", ""]


@pytest.mark.parametrize(
    ("args", "starts"),
    [
        (("check", EXAMPLES / "plan-fixes.yaml", "-o", "-"), "teamaudit 0.1.0 | "),
        (("check", EXAMPLES / "plan-fixes.yaml", "--format", "json", "-o", "-"), "{"),
        (("report", EXAMPLES / "plan-fixes.yaml", "-o", "-"), "<!DOCTYPE html>"),
        (("diff", EXAMPLES / "backwards.yaml", EXAMPLES / "plan-fixes.yaml", "-o", "-"), "teamaudit diff | "),
        (("import", ROOT / "tests" / "data" / "exports" / "bamboohr.csv", "-o", "-"), "# yaml-language-server"),
        (("init", "-"), "# yaml-language-server"),
    ],
    ids=["check", "check-json", "report", "diff", "import", "init"],
)
def test_dash_is_standard_output_and_no_file_named_dash_appears(tmp_path, args, starts):
    result = run_cli(*args, cwd=tmp_path)
    assert result.code in (0, 1), result.stderr
    assert result.stdout.startswith(starts) and not (tmp_path / "-").exists()


def _piped(*args: str, data: bytes, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    """teamaudit in its own process with `data` on standard input, as `cat team.yaml | teamaudit check -`."""
    import os
    import sys

    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}
    return subprocess.run(
        [sys.executable, "-m", "teamaudit", *args], input=data, capture_output=True, cwd=cwd, env=env, timeout=120
    )


def test_dash_reads_the_team_file_from_standard_input(tmp_path):
    """`check -` looked for a file named '-'. A pipeline that makes the team file (an HRIS export turned to
    YAML, `git show REF:team.yaml`) can pipe it in; messages and reports call it <stdin>; the config is found
    from the working folder, as for a file there."""
    team = (EXAMPLES / "backwards.yaml").read_bytes()
    piped = _piped("check", "-", "--format", "json", data=team)
    assert piped.returncode == 1, piped.stderr
    assert json.loads(piped.stdout)["source"] == "<stdin>"
    from_file = json.loads(run_cli("check", EXAMPLES / "backwards.yaml", "--format", "json").stdout)
    assert json.loads(piped.stdout)["verdict"] == from_file["verdict"]
    (tmp_path / ".teamaudit.yaml").write_text("fail-on: never\n")
    assert _piped("check", "-", data=team, cwd=tmp_path).returncode == 0
    explained = _piped("explain", "-", "Priya Raman", "Nobody", data=team)
    assert explained.returncode == 2 and b"<stdin>: no person named 'Nobody'" in explained.stderr
    assert _piped("explain", "-", "Priya Raman", data=team).stdout.startswith(b"== Priya Raman")


@pytest.mark.parametrize(
    ("args", "data", "message"),
    [
        (("check", "-"), b"people:\n  - {name: A, title: Nurse, fte: 3}\n", b"<stdin>:2:"),
        (("check", "-"), b"\xff\xfe", b"<stdin>:1:1: not valid UTF-8"),
        (("check", "-", "--max-bytes", "1000"), b"y\n" * 1000, b"<stdin>: over the limit of 1,000 bytes"),
        (("check", "-"), b"", b"<stdin>"),
        (("diff", "-", "-"), b"people: []\n", b"only one side of a diff can be standard input"),
    ],
    ids=["bad value", "not utf-8", "over the limit", "empty", "diff both sides"],
)
def test_bad_standard_input_is_a_located_error(args, data, message):
    piped = _piped(*args, data=data)
    assert piped.returncode == 2 and message in piped.stderr and b"Traceback" not in piped.stderr, piped.stderr


def test_sarif_of_standard_input_names_no_file():
    """Review: a team file from stdin pointed every SARIF result at '%3Cstdin%3E', a file that does not exist."""
    piped = _piped("check", "-", "--format", "sarif", data=(EXAMPLES / "backwards.yaml").read_bytes())
    run = json.loads(piped.stdout)["runs"][0]
    assert run["artifacts"][0]["location"] == {"description": {"text": "the team file, read from standard input"}}
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run["results"]]
    assert locations and all("uri" not in where and where["index"] == 0 for where in locations)


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "sarif", "junit", "github", "html"])
def test_output_over_an_earlier_report_replaces_it_without_a_backup(tmp_path: Path, fmt: str):
    """-o keeps somebody else's file as FILE.bak; a report an earlier run wrote is simply replaced, as every CI
    run does, so each format must be recognised as teamaudit's."""
    out = tmp_path / f"report.{fmt}"
    for _ in range(2):
        result = run_cli("check", "examples/backwards.yaml", "--format", fmt, "--output", out)
        assert result.code == 1 and "previous version" not in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
    for command in (
        ["diff", "examples/balanced.yaml", "examples/backwards.yaml"],
        ["report", "examples/balanced.yaml"],
    ):
        out.unlink()
        for _ in range(2):
            result = run_cli(
                *command,
                "--output",
                out,
                *(["--format", fmt] if command[0] == "diff" and fmt in ("json", "markdown") else []),
            )
            assert "previous version" not in result.stderr, (command, result.stderr)
            # A name for a format the command does not write is refused, and nothing is written.
            refused = fmt in ({"sarif", "html"} if command[0] == "diff" else {"json", "markdown", "sarif"})
            assert ("is named for" in result.stderr) is refused, (command, result.stderr)
            if refused:
                assert result.code == 2 and not out.exists()
                out.touch()
                break
        assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_init_writes_a_starter_that_checks_and_names_itself(tmp_path: Path):
    """The starter's first comment said `teamaudit check team.yaml` whatever it was called (a newcomer's trial)."""
    path = tmp_path / "plans" / "q1.yaml"
    path.parent.mkdir()
    result = run_cli("init", path)
    assert result.code == 0 and f"wrote {path}" in result.stderr
    assert f"Run `teamaudit check {path}`" in path.read_text()
    assert run_cli("check", path).code in (0, 1)
    again = run_cli("init", path)
    assert again.code == 2 and again.stderr.strip() == (
        f"teamaudit: error: {path}: already exists; teamaudit init never overwrites (check it with: teamaudit check "
        f"{path}; or write the starter beside it: teamaudit init {path.with_name('q1-starter.yaml')})"
    )


def test_init_hints_quote_a_file_name_for_the_shell(tmp_path: Path):
    """`teamaudit init "my team.yaml"` suggested `teamaudit check my team.yaml`, which checks two files."""
    result = run_cli("init", "my team.yaml", cwd=tmp_path)
    assert result.code == 0 and "run `teamaudit check 'my team.yaml'`" in result.stderr
    assert "Run `teamaudit check 'my team.yaml'`" in (tmp_path / "my team.yaml").read_text()
    again = run_cli("init", "my team.yaml", cwd=tmp_path)
    assert again.code == 2 and again.stderr.strip().endswith(
        "(check it with: teamaudit check 'my team.yaml'; or write the starter beside it: "
        "teamaudit init 'my team-starter.yaml')"
    )


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("teamaudit.sarif", '{\n  "$schema"'),
        ("report.json", '{\n  "schema_version"'),
        ("report.xml", "<?xml"),
        ("report.md", "## teamaudit"),
        ("report.html", "<!DOCTYPE html>"),
        ("results.sarif.json", '{\n  "$schema"'),
        ("report.txt", "teamaudit "),
    ],
)
def test_an_output_name_picks_its_format_when_format_is_not_given(tmp_path: Path, name, starts):
    """`-o teamaudit.sarif` without --format wrote the text report, and code scanning refused the upload."""
    run_cli("check", str(EXAMPLES / "balanced.yaml"), "-o", str(tmp_path / name))
    assert (tmp_path / name).read_text().startswith(starts)


@pytest.mark.parametrize(
    "args",
    [
        ["check", str(EXAMPLES / "balanced.yaml"), "-f", "json", "-o", "report.sarif"],
        ["diff", str(EXAMPLES / "balanced.yaml"), str(EXAMPLES / "balanced.yaml"), "-o", "diff.sarif"],
        ["diff", str(EXAMPLES / "balanced.yaml"), str(EXAMPLES / "balanced.yaml"), "-f", "markdown", "-o", "d.json"],
    ],
)
def test_an_output_name_that_contradicts_the_format_is_refused_before_any_work(tmp_path: Path, args):
    result = run_cli(*args, cwd=tmp_path)
    assert result.code == 2 and "is named for" in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


PLAN = str(EXAMPLES / "plan-fixes.yaml")
SANDBOX = ["--no-sandbox"] if os.geteuid() == 0 else []  # Chromium refuses to start as root without it


@pytest.mark.parametrize(
    ("args", "name", "command"),
    [
        (
            ["report", PLAN],
            "my $(x).pdf",
            [
                "chromium",
                "--headless",
                *SANDBOX,
                "--no-pdf-header-footer",
                "--print-to-pdf=my $(x).pdf",
                "my $(x).html",
            ],
        ),
        (["report", PLAN], "it's.png", ["chromium", "--headless", *SANDBOX, "--screenshot=it's.png", "it's.html"]),
        (["report", PLAN], "a b.pdf", ["teamaudit", "report", PLAN, "-o", "a b.html"]),
        (["diff", PLAN, PLAN], "a b.pdf", ["pandoc", "a b.md", "-o", "a b.pdf"]),
    ],
)
def test_a_command_a_refused_output_name_suggests_quotes_the_names(tmp_path: Path, args, name, command):
    """`chromium --headless --print-to-pdf=my $(x).pdf my $(x).html` ran `x` when pasted: each name is quoted."""
    result = run_cli(*args, "-o", name, cwd=tmp_path)
    assert result.code == 2, result.stderr
    assert shlex.join(command) in result.stderr, result.stderr


def test_the_import_a_table_hint_quotes_the_table_file(tmp_path: Path):
    table = tmp_path / "people $(x).csv"
    table.write_text("Name,Job Title\nAnn Lee,Nurse\n", encoding="utf-8")
    result = run_cli("check", table)
    assert result.code == 2, result.stderr
    assert f"teamaudit import {shlex.quote(str(table))} -o team.yaml" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("args", "name", "hint"),
    [
        (
            ["report", PLAN],
            "board.pdf",
            f"write board.html: teamaudit report {PLAN} -o board.html; then print it to PDF from a browser, or: "
            f"{shlex.join(['chromium', '--headless', *SANDBOX])} --no-pdf-header-footer"
            " --print-to-pdf=board.pdf board.html",
        ),
        (["check", PLAN], "out.pdf", "--print-to-pdf=out.pdf out.html"),
        (["check", PLAN, "--format", "html"], "out.PDF", "--print-to-pdf=out.PDF out.html"),
        (
            ["check", PLAN],
            "out.docx",
            f"write out.html: teamaudit report {PLAN} -o out.html; Word, Excel and LibreOffice",
        ),
        (["report", PLAN], "chart.png", "--screenshot=chart.png chart.html"),
        (["report", PLAN], "chart.svg", "--screenshot=chart.svg chart.html"),
        (["check", PLAN, "--format", "json"], "r.json.gz", "write r.json, then compress it"),
        (["diff", PLAN, PLAN], "d.pdf", "write d.md and convert it: pandoc d.md -o d.pdf"),
        # A name beginning with '-' pasted bare was an option to them: Chromium printed its new-tab page.
        (["report", PLAN], "-board.pdf", "--no-pdf-header-footer --print-to-pdf=-board.pdf ./-board.html)"),
        (["report", PLAN], "-chart.png", "--screenshot=-chart.png ./-chart.html)"),
        (["diff", PLAN, PLAN], "-d.pdf", "pandoc ./-d.md -o -d.pdf)"),
        (["diff", PLAN, PLAN], "d.pptx", "it writes text, markdown, json"),
    ],
)
def test_an_output_name_for_a_format_teamaudit_does_not_write_is_refused_and_left_alone(
    tmp_path: Path, args, name, hint
):
    """`report -o report.pdf` wrote HTML into the .pdf and `check -o out.pdf` plain text (a newcomer's trial): the
    name is refused before any work, with how to get that format, and a file of that name is never touched."""
    existing = tmp_path / name
    existing.write_bytes(b"%PDF-1.4 somebody's document")
    os.utime(existing, (1_000_000_000, 1_000_000_000))
    result = run_cli(*args, "-o", name, cwd=tmp_path)
    assert result.code == 2, result.stderr
    assert "which teamaudit does not write" in result.stderr and hint in result.stderr, result.stderr
    assert existing.read_bytes() == b"%PDF-1.4 somebody's document" and existing.stat().st_mtime == 1_000_000_000
    existing.unlink()
    again = run_cli(*args, "-o", name, cwd=tmp_path)
    assert again.code == 2 and result.stdout == again.stdout == "", again.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_output_name_with_no_format_of_its_own_is_text(tmp_path: Path):
    """.txt, .log, .out or no extension at all: the text report, as before."""
    for name in ("report.txt", "report.log", "report.out", "report"):
        assert run_cli("check", PLAN, "-o", tmp_path / name).code == 0
        assert (tmp_path / name).read_text().startswith("teamaudit ")


def test_any_format_may_be_kept_in_a_log_file(tmp_path: Path):
    run_cli("check", str(EXAMPLES / "balanced.yaml"), "-f", "github", "-o", str(tmp_path / "annotations.txt"))
    assert (tmp_path / "annotations.txt").read_text().startswith("::notice ")
    run_cli("check", str(EXAMPLES / "balanced.yaml"), "-f", "json", "-o", str(tmp_path / "report.log"))
    assert json.loads((tmp_path / "report.log").read_text())["verdict"] == "pass"


def test_init_on_a_folder_says_it_is_a_folder_and_where_a_file_would_go(tmp_path: Path):
    result = run_cli("init", str(tmp_path))
    assert result.code == 2 and list(tmp_path.iterdir()) == []
    assert f"is a folder; init writes a file (for example: teamaudit init {tmp_path / 'team.yaml'})" in result.stderr


@pytest.mark.parametrize("name", ["people.csv", "report.html", "x.json", "team"])
def test_init_writes_yaml_only_under_a_yaml_name(tmp_path: Path, name: str):
    """`teamaudit init people.csv` wrote YAML under a CSV name, then suggested `teamaudit check people.csv`."""
    result = run_cli("init", name, cwd=tmp_path)
    assert result.code == 2 and "init writes a YAML team file, and will not write it under" in result.stderr
    assert "(name it team.yaml or team.yml, or - for standard output)" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["team.yml", "Team.YAML"])
def test_init_takes_either_yaml_ending_in_any_case(tmp_path: Path, name: str):
    result = run_cli("init", name, cwd=tmp_path)
    assert result.code == 0 and f"wrote {name}: edit it, then run `teamaudit check {name}`" in result.stderr
    assert run_cli("check", name, cwd=tmp_path).code in (0, 1)


BALANCED = str(EXAMPLES / "balanced.yaml")
EVERY_OUTPUT = {
    "check": ["check", BALANCED, "-o"],
    "diff": ["diff", BALANCED, BALANCED, "-o"],
    "report": ["report", BALANCED, "-o"],
    "import": ["import", str(ROOT / "tests/data/exports/bamboohr.csv"), "-o"],
    "init": ["init"],
}


@pytest.mark.parametrize("command", EVERY_OUTPUT.values(), ids=EVERY_OUTPUT.keys())
@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("", "cannot write output: the file name is empty (give a file name, or - for standard output)"),
        ("out.yaml/", "out.yaml/: cannot write output: a name ending in / names a folder (name a file)"),
        ("out.yaml/.", "out.yaml/.: cannot write output: a name ending in . names a folder (name a file)"),
    ],
    ids=["empty", "trailing slash", "dot"],
)
def test_an_output_name_that_names_no_file_is_refused(tmp_path: Path, command: list[str], name: str, says: str):
    """`-o ""` said '.: cannot write output: is a directory'; `-o report.json/` wrote a file named report.json
    (pathlib reads both names otherwise than they were typed)."""
    result = run_cli(*command, name, cwd=tmp_path)
    assert result.code == 2 and result.stderr == f"teamaudit: error: {says}\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("team", "verdict", "code"), [("backwards", "FAIL", 1), ("balanced", "PASS", 0)])
def test_report_says_the_verdict_of_the_report_it_wrote(tmp_path: Path, team, verdict, code):
    """`report -o client.html` said only `wrote client.html`: a consultant had to open the file (or read the exit
    code) to learn whether the team passed. It now says the verdict and its figures, as `check` heads its report."""
    out = tmp_path / "client.html"
    result = run_cli("report", ROOT / "examples" / f"{team}.yaml", "-o", out)
    assert result.code == code and out.exists()
    said = result.stderr.strip().splitlines()[-1]
    assert said.startswith(f"wrote {out}: {verdict}, ML research "), said
    check = run_cli("check", ROOT / "examples" / f"{team}.yaml").stdout
    assert said.split(f"{verdict}, ", 1)[1] in check


@pytest.mark.parametrize("command", ["report", "explain"])
def test_the_limits_a_refusal_says_to_raise_are_options_of_the_command(tmp_path: Path, command: str):
    """`report` and `explain` refused an export over the limits with 'raise it with --max-people' (or
    --max-bytes), then refused --max-people itself: 'No such option'. They take both limits, as check does."""
    team = tmp_path / "team.yaml"
    team.write_text("people:\n" + "".join(f"  - {{name: P{i} Q, title: Nurse}}\n" for i in range(3)))
    out = ["-o", tmp_path / "r.html"] if command == "report" else []
    refused = run_cli(command, team, *out, "--max-people", "2")
    assert refused.code == 2 and "over the limit (raise it with --max-people)" in refused.stderr, refused.stderr
    refused = run_cli(command, team, *out, "--max-bytes", "20")
    assert refused.code == 2 and "(raise it with --max-bytes)" in refused.stderr, refused.stderr
    raised = run_cli(command, team, *out, "--max-people", "3", "--max-bytes", "1000")
    assert raised.code in (0, 1), raised.stderr
