"""Every output format: registered, well-formed, and nothing but the document on stdout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from conftest import EXAMPLES, ROOT, run_cli
from teamaudit.render import Format, renderer

SARIF_SCHEMA_PATHS = [
    ROOT.parent / "shared" / "data" / "schemas" / "sarif-schema-2.1.0.json",
    ROOT / "tests" / "data" / "sarif-schema-2.1.0.json",
]


def test_every_format_name_has_a_renderer():
    for fmt in Format:
        assert callable(renderer(fmt)), fmt


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_format_cli_exit_codes_and_clean_stdout(fmt):
    result = run_cli("check", "examples/backwards.yaml", "--format", fmt)
    assert result.code == 1 and result.stderr == ""
    ok = run_cli("check", "examples/balanced.yaml", "--format", fmt)
    assert ok.code == 0 and ok.stderr == ""
    if fmt in ("json", "sarif", "junit"):  # a document a parser reads from its first byte
        assert result.stdout.lstrip().startswith(("{", "<?xml"))


@pytest.fixture(scope="module")
def sarif_schema():
    path = next((p for p in SARIF_SCHEMA_PATHS if p.is_file()), None)
    assert path, "the SARIF 2.1.0 schema is missing"
    return json.loads(path.read_text())


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_sarif_validates_against_the_official_schema(sarif_schema, example):
    doc = json.loads(run_cli("check", f"examples/{example}", "--format", "sarif").stdout)
    jsonschema.validate(doc, sarif_schema)
    run = doc["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [f"TA00{i}" for i in range(1, 8)]
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == f"examples/{example}"
        assert location["region"]["startLine"] >= 1


@pytest.mark.parametrize(
    ("folder", "name", "uri"),
    [
        ("teams", "q1 plan#2 é.yaml", "teams/q1%20plan%232%20%C3%A9.yaml"),
        ("", "100%.yaml", "100%25.yaml"),
    ],
)
def test_sarif_uris_are_uri_references(tmp_path, sarif_schema, folder, name, uri):
    """A space, '#', '%' or an accent went into the uri as typed: '#2 é.yaml' read as a fragment, '100%.yaml' as
    a broken escape. Relative paths stay relative, for code scanning to resolve against the repository."""
    where = tmp_path / folder
    where.mkdir(exist_ok=True)
    (where / name).write_text((EXAMPLES / "backwards.yaml").read_text())
    relative = f"{folder}/{name}" if folder else name
    doc = json.loads(run_cli("check", relative, "--format", "sarif", cwd=tmp_path).stdout)
    jsonschema.validate(doc, sarif_schema)
    run = doc["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris == {uri} and run["artifacts"][0]["location"]["uri"] == uri
    absolute = json.loads(run_cli("check", str(where / name), "--format", "sarif").stdout)
    assert absolute["runs"][0]["artifacts"][0]["location"]["uri"] == (where / name).as_uri()
    (tmp_path / "repo").mkdir()
    climbing = json.loads(run_cli("check", f"../{relative}", "--format", "sarif", cwd=tmp_path / "repo").stdout)
    jsonschema.validate(climbing, sarif_schema)
    assert climbing["runs"][0]["artifacts"][0]["location"]["uri"] == (where / name).resolve().as_uri()
    dotted = json.loads(run_cli("check", f"./{relative}", "--format", "sarif", cwd=tmp_path).stdout)
    assert dotted["runs"][0]["artifacts"][0]["location"]["uri"] == uri


def test_sarif_points_at_the_person():
    doc = json.loads(run_cli("check", "examples/backwards.yaml", "--format", "sarif").stdout)
    thin = [r for r in doc["runs"][0]["results"] if r["ruleId"] == "TA003"]
    lines = (EXAMPLES / "backwards.yaml").read_text().splitlines()
    for result in thin:
        line = result["locations"][0]["physicalLocation"]["region"]["startLine"]
        assert result["properties"]["person"] in lines[line - 1]


def test_sarif_results_say_their_view_once_per_place_and_keep_distinct_fingerprints(tmp_path):
    """Both views' TA003 read the same on the same line (code scanning showed duplicates): the other view's copy
    of a result the scope already makes word for word at that line is left out; what stays of the other view says
    so. Two invalid suppressions shared the fingerprint 'TA006/plan//', so one alert would swallow the other."""
    doc = json.loads(run_cli("check", "examples/plan-fixes.yaml", "--format", "sarif").stdout)
    results = doc["runs"][0]["results"]
    current = [r for r in results if r["properties"]["view"] == "current"]
    assert current and all(r["message"]["text"].endswith("(current view; not failing)") for r in current)
    places = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results]
    texts = [
        (*place, r["message"]["text"].removesuffix(" (current view; not failing)"))
        for place, r in zip(places, results, strict=True)
    ]
    assert len(set(texts)) == len(texts), texts
    (tmp_path / "team.yaml").write_text((EXAMPLES / "backwards.yaml").read_text())
    (tmp_path / ".teamaudit.yaml").write_text(
        "ignore:\n  - {rule: TA003, layer: clinical}\n  - {rule: TA001, reason: old, until: 2020-01-01}\n"
    )
    doc = json.loads(run_cli("check", "team.yaml", "--format", "sarif", cwd=tmp_path).stdout)
    prints = [r["partialFingerprints"]["teamaudit/v1"] for r in doc["runs"][0]["results"] if r["ruleId"] == "TA006"]
    assert len(prints) == 2 and len(set(prints)) == 2, prints  # two suppressions, each once


def test_junit_is_one_case_per_rule_and_view():
    out = run_cli("check", "examples/plan-fixes.yaml", "--format", "junit", "--scope", "current").stdout
    root = ET.fromstring(out.split("\n", 2)[2])
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["teamaudit current view", "teamaudit plan view"]
    for suite in suites:
        assert len(suite.findall("testcase")) == 7
    current_failures = {c.get("name") for c in suites[0].findall("testcase") if c.find("failure") is not None}
    assert current_failures == {"TA001 ml-over-index"}
    assert all(c.find("failure") is None for c in suites[1].findall("testcase"))
    assert root.get("failures") == "1" and root.get("tests") == "14"


def test_junit_warnings_fail_only_with_fail_on_warning():
    out = run_cli("check", "examples/backwards.yaml", "--format", "junit", "--fail-on", "warning").stdout
    root = ET.fromstring(out.split("\n", 2)[2])
    failed = {c.get("name") for c in root.iter("testcase") if c.find("failure") is not None}
    assert {"TA003 thin-layer", "TA004 unproven-layer"} <= failed


def test_github_commands_are_escaped(team):
    path = team("people:\n  - {name: 'A, B: 100%', title: Research Scientist}\n")
    out = run_cli("check", path, "--format", "github").stdout
    lines = out.splitlines()
    assert lines[0].startswith(f"::error file={path},line=2,title=TA001 ml-over-index::")
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def test_markdown_reads_as_a_pr_comment():
    out = run_cli("check", "examples/backwards.yaml", "--format", "markdown", "--details").stdout
    assert out.startswith("## teamaudit: ❌ FAIL")
    assert "| `integration` | 0 | 0.0 | 0 | 0.0 | 0% |" in out
    assert (
        "### Recommendations" in out
        and "<details><summary>14 people: Clinical 1, Compliance 1, ML research 10, Other 2</summary>" in out
    )


def test_output_file_for_every_format(tmp_path: Path):
    for fmt in Format:
        out = tmp_path / f"report.{fmt.value}"
        result = run_cli("check", "examples/backwards.yaml", "--format", fmt.value, "--output", out)
        assert result.code == 1 and result.stdout == ""
        assert out.read_text() == run_cli("check", "examples/backwards.yaml", "--format", fmt.value).stdout


def test_text_details_is_one_aligned_line_per_person(tmp_path):
    from rich.cells import cell_len

    names = ["山田 太郎", "Zoë Ångström", "Tab\\tand\\nbreak", "A"] + [f"Person {i:04d}" for i in range(2500)]
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n" + "".join(f'  - {{name: "{n}", title: Nurse Informaticist}}\n' for n in names), encoding="utf-8"
    )
    result = run_cli("check", team, "--details")
    assert result.code in (0, 1), result.stderr
    section = result.stdout.split("\nPeople\n", 1)[1].splitlines()
    header, rows = section[0], section[1:]
    assert len(rows) == len(names)
    title_at = cell_len(header[: header.index("title")])
    for name, row in zip(names, rows, strict=True):
        before_title = row[: row.index("Nurse Informaticist")]
        assert name in before_title, row  # a tab or line break shows as the escape it was written with
        assert cell_len(before_title) == title_at, row
    assert rows[-1].startswith(f"{len(names) + 1:>4}  Person 2499")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_human_formats_list_ten_unclear_people_and_count_the_rest(tmp_path, fmt):
    team = tmp_path / "team.yaml"
    team.write_text("people:\n" + "".join(f"  - {{name: Host {i:02d}, title: Karaoke Host}}\n" for i in range(15)))
    everyone = ('<section id="people">', "### People by layer")  # HTML and markdown list everyone there
    short = run_cli("check", team, "--format", fmt).stdout.split(everyone[0])[0].split(everyone[1])[0]
    assert short.count("Host 09") == 2 and "Host 10" not in short  # a finding and a recommendation each
    assert "5 more TA005 findings" in short and "5 more TA005 recommendations" in short
    full = run_cli("check", team, "--format", fmt, "--details").stdout
    assert "Host 14" in full and "more TA005" not in full
    everything = json.loads(run_cli("check", team, "--format", "json").stdout)
    assert sum(f["rule"] == "TA005" for f in everything["findings"]) == 15


@pytest.mark.parametrize("scope", ["plan", "current"])
def test_the_composition_table_fits_80_columns_with_both_views(scope):
    """The one-line header ('current people | current FTE | ...') made the table 94 columns wide, so every row
    wrapped in an 80-column terminal (a newcomer's trial). Each column now has its view over its measure, on two
    header lines that no terminal width re-wraps (an earlier trial saw headers broken at random)."""
    lines = run_cli("check", EXAMPLES / "backwards.yaml", "--scope", scope, "--details").stdout.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("Composition"))) + 1
    top, bottom = lines[start].split("|"), lines[start + 1].split("|")
    cells = [(a.strip(), b.strip()) for a, b in zip(top, bottom, strict=True)]
    assert cells[:6] == [
        ("", "layer"),
        ("current", "people"),
        ("current", "FTE"),
        ("plan", "people"),
        ("plan", "FTE"),
        ("share", f"({scope})"),
    ]
    assert all(len(line) <= 80 for line in lines[start : start + 10]), "\n".join(lines[start : start + 10])


@pytest.mark.parametrize("example", ["plan-fixes", "balanced", "backwards"])
def test_every_column_of_the_composition_table_has_a_header(example):
    """The bar had a column with no header, so the header rows ended in a bare '|' (a newcomer's trial): the bar
    now sits beside the share it draws, under the share's header."""
    lines = run_cli("check", EXAMPLES / f"{example}.yaml").stdout.splitlines()
    start = lines.index("Composition (FTE)") + 1
    table = lines[start : start + 9]
    headers = [line.split("|") for line in table[:2]]
    rows = [line.split("|") for line in table[3:]]
    assert all(not line.endswith("|") for line in table), "\n".join(table)
    assert all(len(cells) == len(headers[0]) for cells in [*headers, *rows]), "\n".join(table)
    assert all(f"{top} {bottom}".strip() for top, bottom in zip(*headers, strict=True)), "\n".join(table)
    assert all(re.fullmatch(r"\d+%( #+)?", cells[-1].strip()) for cells in rows[:5]), "\n".join(table)
    assert max(map(len, table)) <= 80 and rows[-1][-1].strip() == "max 1.00"


@pytest.mark.parametrize(
    ("source", "uri"),
    [
        ("C:/team.yaml", "C%3A/team.yaml"),  # on Linux a folder named 'C:', not a Windows drive
        ("//tmp/x/team.yaml", "file:///tmp/x/team.yaml"),  # not the host 'tmp'
        ("\\\\srv\\share\\team.yaml", "%5C%5Csrv%5Cshare%5Cteam.yaml"),  # one file's name, not a network share
        ("t\udcff.yaml", "t%FF.yaml"),  # a name that is not UTF-8, byte by byte (it crashed the SARIF renderer)
        ("/tmp/cfg\udcff/.teamaudit.yaml", "file:///tmp/cfg%FF/.teamaudit.yaml"),
    ],
)
@pytest.mark.skipif(os.name == "nt", reason="POSIX path rules")
def test_sarif_uris_follow_the_systems_path_rules(source, uri):
    from teamaudit.render.sarif import artifact_uri

    assert artifact_uri(source) == uri


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names")
def test_sarif_of_a_team_file_whose_name_is_not_utf8(tmp_path, sarif_schema):
    name = os.fsdecode(b"t\xff.yaml")
    (tmp_path / name).write_text((EXAMPLES / "backwards.yaml").read_text())
    result = run_cli("check", name, "--format", "sarif", cwd=tmp_path)
    assert result.code == 1, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, sarif_schema)
    assert doc["runs"][0]["artifacts"][0]["location"]["uri"] == "t%FF.yaml"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_file_with_no_plan_has_no_plan_columns(tmp_path, fmt):
    """The share column was headed 'share (plan)' for a file with no planned hire or open requisition: a plan
    column where there is no plan. Its shares are of current staff, and say so; a plan's columns come with a plan."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - {name: Ann Lee, title: Registered Nurse}\n  - {name: Bo Chan, title: HL7 Interface Engineer}\n"
        "  - {name: Di Fox, title: ML Engineer}\n",
        encoding="utf-8",
    )
    out = run_cli("check", team, "--format", fmt).stdout
    begins = {"text": "Composition (", "markdown": "| layer |", "html": '<section id="composition">'}[fmt]
    table = out.split(begins)[1].split("ML : layers")[0].split("</table>")[0]
    headers = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", table)).lower()
    assert "plan" not in headers and "current" in headers, headers
    planned = tmp_path / "planned.yaml"
    planned.write_text(team.read_text() + "  - {name: Cy Ito, title: Regulatory Affairs Specialist, status: open}\n")
    with_plan = run_cli("check", planned, "--format", fmt).stdout
    table = with_plan.split(begins)[1].split("ML : layers")[0].split("</table>")[0]
    assert "plan" in re.sub(r"<[^>]+>", " ", table).lower()


NO_PLAN_TEAM = (
    "people:\n  - {name: Ann Lee, title: Registered Nurse}\n  - {name: Bo Chan, title: HL7 Interface Engineer}\n"
    "  - {name: Di Fox, title: ML Engineer}\n  - {name: Ed Roy, title: ML Engineer, fte: 0.5}\n"
)
NO_PLAN_HEADLINE = "(current view; no planned hires or open requisitions)"


@pytest.mark.parametrize("scope", ["plan", "current"])
@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_a_file_with_no_plan_is_never_said_to_have_a_plan_view(tmp_path, fmt, scope):
    """With no planned hire or open requisition, the headline said "(plan view)", the findings "nobody in the plan
    view", the firmness "the plan view is not over-indexed" and the HTML summary "The plan fails", beside a
    composition of current staff: every format now says it audits current staff and that the file has no plan.
    The machine ids stay (`"scope": "plan"`, SARIF's view and fingerprints, JUnit's classname): they are what
    --scope asked, and a fingerprint that changed would reopen every alert."""
    team = tmp_path / "team.yaml"
    team.write_text(NO_PLAN_TEAM, encoding="utf-8")
    result = run_cli("check", team, "--format", fmt, "--scope", scope)
    assert result.code == 1, result.stderr
    out = result.stdout
    assert "nobody in the current view" in out and "the current view is" in out
    words = re.sub(r"teamaudit\.plan|\"(scope|view)\": \"plan\"|data-view=\"plan\"|TA\d+/plan/", "", out)
    assert not re.search(r"(?i)plan view|the plan (fails|passes)|plan</strong> view", words), words
    if fmt in ("text", "markdown", "html", "junit"):
        assert NO_PLAN_HEADLINE in out
    if fmt == "html":
        assert "<strong>Current staff is not over-indexed (1 error)" in out  # no layer for compliance
    if fmt == "junit":
        assert 'testsuite name="teamaudit current view"' in out
    planned = tmp_path / "planned.yaml"
    planned.write_text(NO_PLAN_TEAM + "  - {name: Cy Ito, title: Regulatory Affairs Specialist, status: open}\n")
    with_plan = run_cli("check", planned, "--format", fmt, "--scope", scope).stdout
    assert "no planned hires" not in with_plan


def test_sarif_stays_within_the_results_code_scanning_accepts(tmp_path, sarif_schema):
    """25,010 unclear people made a run of 25,014 results; code scanning rejects a run of more than 25,000, so the
    action's upload failed and no alert was shown. The failing results and the most severe notes are kept; the run
    says how many were left out, and where to find them."""
    people = "".join(f"  - {{name: P{i}, title: Analyst}}\n" for i in range(25_010))
    team = tmp_path / "team.yaml"
    team.write_text("people:\n  - {name: Mo, title: Research Scientist}\n" + people)
    for fail_on, failing in (("error", 4), ("info", 25_000)):
        result = run_cli("check", team, "--format", "sarif", "--fail-on", fail_on)
        assert result.code == 1, result.stderr
        doc = json.loads(result.stdout)
        jsonschema.validate(doc, sarif_schema)
        run = doc["runs"][0]
        levels = [r["level"] for r in run["results"]]
        assert len(levels) == 25_000 and levels.count("error") == failing
        assert {r["ruleId"] for r in run["results"]} >= ({"TA001", "TA002"} if fail_on == "error" else {"TA005"})
        assert run["properties"]["results_left_out"] == 25_014 - 25_000
        (notice,) = run["invocations"][0]["toolExecutionNotifications"]
        assert notice["message"]["text"] == (
            "14 of 25,014 results left out: code scanning accepts at most 25,000 in a run; failing results and the "
            "most severe notes are kept, and --format json lists every finding"
        )


@pytest.mark.process
def test_github_annotations_of_standard_input_name_no_file():
    """`git show main:team.yaml | teamaudit check - --format github` annotated a file named `<stdin>`, which no
    repository has: each annotation is the job's own, its message still naming the person's line."""

    def piped(*args: str) -> list[str]:
        team = (EXAMPLES / "backwards.yaml").read_bytes()
        command = [sys.executable, "-m", "teamaudit", "check", "-", "--format", "github", *args]
        proc = subprocess.run(command, input=team, capture_output=True, timeout=120, cwd=ROOT)
        assert proc.returncode in (1, 2) and proc.stdout, proc.stderr
        return proc.stdout.decode().splitlines()

    for lines in (piped("--fail-on", "warning"), piped("--max-people", "1")):  # findings; a file it cannot read
        assert all(re.match(r"::(error|warning|notice) title=[^:]*::", line) for line in lines), lines[:3]
    thin = "::error title=TA003 thin-layer::the clinical layer is held by 1 person: Dr. Alan Whitfield (line 40)"
    assert thin in piped("--fail-on", "warning")
