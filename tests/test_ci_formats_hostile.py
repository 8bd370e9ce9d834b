"""What CI systems read from the machine formats, on hostile team files and configs, run as the CLI: SARIF valid
against the OASIS 2.1.0 schema, JUnit parsed whole by a strict parser with counts that add up, one GitHub workflow
command per line escaped by the runner's rules, strict JSON; and each agrees with the exit code."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from conftest import run_cli
from fuzz_target import _FORBIDDEN
from test_formats import SARIF_SCHEMA_PATHS

HOSTILE_NAMES = [
    "Eve\n::error file=x.py,line=1::pwned",
    "::error::boom",
    "Esc \x1b[31mred\x1b[0m \x1b]8;;https://e.example\x07link",
    "Quote \"double\" 'single' <tag> & amp; ]]> -- <!-- x -->",
    "**bold** [click](https://e.example) | pipe `code` @octocat $x$",
    "100% %0A %25 , : ; %2C %3A",
    "CR\rreturn\ttab \x85 nel \u2028 ls \u202e bidi",
    "N" * 199,
]
TITLES = ["Research Scientist", "Data Scientist", "Registered Nurse", "HL7 Interface Engineer", "Karaoke Host"]
# What GitHub's runner decodes in a workflow command: %25, %0D, %0A everywhere; %3A and %2C in properties too.
GITHUB_ESCAPE = re.compile(r"%(?!25|0D|0A|3A|2C)")
GITHUB_LINE = re.compile(r"::(error|warning|notice) ((?:[a-z]+=[^,:\r\n]*)(?:,[a-z]+=[^,:\r\n]*)*)::([^\r\n]*)")


def _team(scatter: int) -> str:
    people = [
        {
            "name": name,
            "title": f"{name[:20]} {TITLES[(i + scatter) % len(TITLES)]}",
            "background": [name, "x" * 1_990],
            "skills": [name[:60]],
        }
        | ({"status": "open"} if (i + scatter) % 3 == 0 else {})
        for i, name in enumerate(HOSTILE_NAMES)
    ]
    return yaml.safe_dump({"organization": HOSTILE_NAMES[0], "people": people}, allow_unicode=scatter % 2 == 0)


def _config(fail_on: str) -> str:
    suppressions = [
        {"rule": "TA005", "person": HOSTILE_NAMES[1], "reason": HOSTILE_NAMES[4]},
        {"rule": "TA004", "reason": HOSTILE_NAMES[6]},
        {"rule": "TA003", "layer": "clinical", "reason": HOSTILE_NAMES[0], "until": "2020-01-01"},
    ]
    return yaml.safe_dump({"fail-on": fail_on, "ignore": suppressions}, allow_unicode=True)


@pytest.fixture(scope="module")
def sarif_schema() -> Any:
    path = next(p for p in SARIF_SCHEMA_PATHS if p.is_file())
    return json.loads(path.read_text(encoding="utf-8"))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _refuse(constant: str) -> None:
    raise AssertionError(f"{constant} is not JSON")


@pytest.mark.parametrize("scatter", range(3))
@pytest.mark.parametrize("fail_on", ["error", "warning", "info"])
@pytest.mark.parametrize("scope", ["plan", "current"])
def test_machine_formats_hold_for_ci_on_hostile_input(tmp_path: Path, sarif_schema: Any, scatter, fail_on, scope):
    (tmp_path / "team.yaml").write_text(_team(scatter), encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(_config(fail_on), encoding="utf-8")
    out = {}
    for fmt in ("sarif", "junit", "github", "json"):
        result = run_cli("check", "team.yaml", "--format", fmt, "--scope", scope, "--details", cwd=tmp_path)
        assert result.code in (0, 1) and result.stderr == "", result.stderr
        out[fmt] = result
    codes = {r.code for r in out.values()}
    assert len(codes) == 1, {fmt: r.code for fmt, r in out.items()}
    failing = codes == {1}

    sarif = json.loads(out["sarif"].stdout, parse_constant=_refuse)
    jsonschema.validate(sarif, sarif_schema)
    results = sarif["runs"][0]["results"]
    assert results and failing == any(r["level"] == "error" for r in results)
    # What a viewer shows people (GitHub's alert, an IDE's problem list, a terminal summary) is escaped as text is
    # everywhere else; properties and fingerprints are data and keep a name as written, as JSON does.
    shown = [r["message"]["text"] for r in results]
    justifications = [s["justification"] for r in results for s in r.get("suppressions", [])]
    assert "CR\\rreturn\\ttab \\x85 nel \\u2028 ls \\u202e bidi" in justifications
    shown += justifications
    shown += _strings([sarif["runs"][0]["properties"], sarif["runs"][0]["tool"]])
    for text in shown:
        assert not _FORBIDDEN.search(text), f"SARIF shows a raw control or invisible character: {text[:120]!r}"

    junit = xml.dom.minidom.parseString(out["junit"].stdout.encode("utf-8"))  # expat: the whole document
    root = junit.documentElement
    suites = root.getElementsByTagName("testsuite")
    cases, failures = junit.getElementsByTagName("testcase"), junit.getElementsByTagName("failure")
    assert root.tagName == "testsuites" and len(suites) == 2
    assert int(root.getAttribute("tests")) == sum(int(s.getAttribute("tests")) for s in suites) == len(cases)
    assert int(root.getAttribute("failures")) == sum(int(s.getAttribute("failures")) for s in suites)
    assert int(root.getAttribute("failures")) == len(failures) and failing == bool(failures)
    for suite in suites:
        assert int(suite.getAttribute("tests")) == len(suite.getElementsByTagName("testcase"))
        assert int(suite.getAttribute("failures")) == len(suite.getElementsByTagName("failure"))
        assert int(suite.getAttribute("skipped")) == len(suite.getElementsByTagName("skipped"))
        assert suite.getAttribute("file")
    for case in cases:
        assert case.getAttribute("name") and case.getAttribute("classname")
    assert not _FORBIDDEN.search(out["junit"].stdout.replace("\n", ""))

    lines = out["github"].stdout.split("\n")
    assert lines.pop() == ""
    assert failing == any(line.startswith("::error ") for line in lines)
    for line in lines:
        command = GITHUB_LINE.fullmatch(line)
        assert command, f"not one workflow command: {line[:200]!r}"
        assert not GITHUB_ESCAPE.search(command.group(2) + command.group(3)), f"a raw %: {line[:200]!r}"
        assert not _FORBIDDEN.search(line), line[:200]
        files = re.findall(r"(?:^|,)file=([^,]*)", command.group(2))
        assert files in (["team.yaml"], [".teamaudit.yaml"]), line[:200]

    report = json.loads(out["json"].stdout, parse_constant=_refuse)
    assert (report["verdict"] == "fail") == failing
    assert list(report) == list(json.loads(run_cli("check", "team.yaml", "-f", "json", cwd=tmp_path).stdout))


NAMED = "people:\n  - {name: Zoë Ångström 日本, title: Registered Nurse}\n  - {name: Ana, title: Research Scientist}\n"


@pytest.mark.process
@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "cp1252"])
@pytest.mark.parametrize(
    "args",
    [
        ("check", "team.yaml", "-f", "json"),
        ("check", "team.yaml", "-f", "sarif"),
        ("check", "team.yaml", "-f", "junit"),
        ("check", "team.yaml", "-f", "markdown"),
        ("check", "team.yaml", "-f", "github", "--fail-on", "warning"),
        ("diff", "base.yaml", "team.yaml", "-f", "json"),
        ("diff", "base.yaml", "team.yaml", "-f", "markdown"),
    ],
    ids=lambda value: "-".join(value) if isinstance(value, tuple) else value,
)
def test_documents_on_stdout_are_utf8_whatever_the_locale(tmp_path: Path, encoding: str, args: tuple[str, ...]):
    """A document on stdout took the stream's encoding: where that is not UTF-8 (Python on a Windows runner writes
    cp1252 to a pipe or a file; PYTHONIOENCODING), `José` in JSON, SARIF or JUnit was a byte no UTF-8 reader takes,
    or a `\\xe9` that is no JSON escape, and the job summary and annotations were mojibake. Text for a terminal
    still shows what it cannot encode as escapes."""
    (tmp_path / "team.yaml").write_text(NAMED, encoding="utf-8")
    (tmp_path / "base.yaml").write_text("people:\n  - {name: Ana, title: Research Scientist}\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"}
    command = [sys.executable, "-m", "teamaudit", *args]
    proc = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, timeout=120)
    assert proc.returncode in (0, 1) and proc.stderr == b"", proc.stderr
    out = proc.stdout.decode("utf-8")
    assert "Zoë Ångström 日本" in out
    if "json" in args or "sarif" in args:
        json.loads(out, parse_constant=_refuse)
    elif "junit" in args:
        xml.dom.minidom.parseString(proc.stdout)
