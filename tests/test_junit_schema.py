"""`--format junit` is valid against the schema Jenkins validates JUnit reports with, junit-10.xsd of the xUnit
plugin (github:jenkinsci/xunit-plugin, src/main/resources/org/jenkinsci/plugins/xunit/types/model/xsd/junit-10.xsd).
The report put `skipped` on `<testsuites>` and `file` on `<testcase>`, neither of which that schema declares, so the
xUnit plugin refused the whole file. GitLab reads `file` on a `<testcase>` only (docs.gitlab.com, Unit test reports),
so its test details show no file now: a field lost there, against a report refused whole by the plugin."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree as ET

import pytest

from conftest import ROOT, run_cli
from test_diff import TWO_ML


class Declared(NamedTuple):
    """What junit-10.xsd declares of an element: its attributes, those required, the elements it may hold (each
    content model there is a choice of any number, but `<testsuites>`, a sequence of one element), and text."""

    attributes: frozenset[str]
    required: frozenset[str]
    children: frozenset[str]
    text: bool


def _declared(attributes: str, required: str = "", children: str = "", text: bool = False) -> Declared:
    return Declared(frozenset(attributes.split()), frozenset(required.split()), frozenset(children.split()), text)


_RESULT = _declared("type message", text=True)  # failure, error, skipped: mixed content, no element
_RERUN = _declared("message type", "type", "stackTrace system-out system-err", text=True)
JUNIT_10 = {
    "testsuites": _declared("name time tests failures errors", children="testsuite"),
    "testsuite": _declared(
        "name tests failures errors group time skipped timestamp hostname id package file log url",
        "name tests failures errors",
        "testsuite properties testcase system-out system-err",
    ),
    "properties": _declared("", children="property"),
    "property": _declared("name value", "name value"),
    "testcase": _declared(
        "name time classname group",
        "name",
        "skipped error failure rerunFailure rerunError flakyFailure flakyError system-out system-err",
    ),
    "failure": _RESULT,
    "error": _RESULT,
    "skipped": _RESULT,
    **dict.fromkeys(("rerunFailure", "rerunError", "flakyFailure", "flakyError"), _RERUN),
    **dict.fromkeys(("system-out", "system-err", "stackTrace"), _declared("", text=True)),
}


def schema_problems(element: ET.Element, path: str = "") -> list[str]:
    """Every way `element` and what it holds break junit-10.xsd, each at its place in the document."""
    where = f"{path}/{element.tag}"
    declared = JUNIT_10.get(element.tag)
    if declared is None:
        return [f"{where}: no such element"]
    problems = [
        f"{where}: attribute {name} is not declared" for name in sorted(set(element.attrib) - declared.attributes)
    ]
    problems += [
        f"{where}: required attribute {name} is missing" for name in sorted(declared.required - set(element.attrib))
    ]
    texts = [element.text, *(child.tail for child in element)]
    if not declared.text and any(text and text.strip() for text in texts):
        problems.append(f"{where}: holds text")
    for child in element:
        if child.tag not in declared.children:
            problems.append(f"{where}: may not hold {child.tag}")
        else:
            problems += schema_problems(child, where)
    return problems


def junit_root(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


@pytest.mark.parametrize("golden", sorted((ROOT / "tests" / "golden").glob("*.junit.xml")), ids=lambda p: p.name)
def test_every_golden_junit_report_is_valid(golden: Path):
    assert schema_problems(junit_root(golden.read_text(encoding="utf-8"))) == []


def test_a_report_with_a_skipped_case_a_config_finding_and_properties_is_valid(tmp_path: Path):
    """Every element the renderer writes: a rule whose findings are suppressed (`<skipped>`), a suppression past its
    until (TA006, about the config), findings below --fail-on (`<system-out>`), the firmness `<properties>`."""
    (tmp_path / "team.yaml").write_text(TWO_ML)
    (tmp_path / ".teamaudit.yaml").write_text(
        "ignore:\n  - rule: TA001\n    reason: board approved\n    until: 2020-01-01\n"
        "  - rule: TA003\n    reason: hiring\n"
    )
    result = run_cli("check", "team.yaml", "--format", "junit", cwd=tmp_path)
    root = junit_root(result.stdout)
    tags = {element.tag for element in root.iter()}
    assert {"skipped", "failure", "system-out", "properties", "property"} <= tags, tags
    assert schema_problems(root) == []
    suites = root.findall("testsuite")
    assert root.get("tests") == str(sum(int(s.get("tests", "")) for s in suites))
    assert all(s.get("file") == "team.yaml" for s in suites)  # the team file, where the schema has a place for it
    config_case = next(case for case in root.iter("testcase") if case.get("name", "").startswith("TA006"))
    assert ".teamaudit.yaml:2" in "".join(config_case.itertext())  # TA006's place, in its text


def test_the_check_of_the_schema_finds_what_the_report_wrote_before():
    """The checker itself: the attributes the report used to write are found."""
    before = junit_root(
        '<testsuites name="teamaudit" tests="1" failures="0" errors="0" skipped="0">'
        '<testsuite name="s" tests="1" failures="0" errors="0" skipped="0">'
        '<testcase classname="c" name="n" file="team.yaml"/></testsuite></testsuites>'
    )
    assert schema_problems(before) == [
        "/testsuites: attribute skipped is not declared",
        "/testsuites/testsuite/testcase: attribute file is not declared",
    ]
