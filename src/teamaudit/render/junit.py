"""`--format junit`: JUnit XML that GitLab, Jenkins and most CI servers read.

One test suite per audited view, one test case per rule. A test case fails exactly when the rule has a
finding that fails the run (Report.is_failing: the scoped view, at or above --fail-on, not suppressed), so the
failure count and the exit code always agree. A rule whose findings are all suppressed is skipped; every other
finding (below --fail-on, or in the view beside the scope) goes to system-out.

Valid against junit-10.xsd, the schema Jenkins' xUnit plugin validates with (github:jenkinsci/xunit-plugin): it
declares `skipped` on `<testsuite>`, not `<testsuites>`, and no `file` on `<testcase>`, so the team file is each
suite's `file` and a finding in another file (TA006: the config) says where in its failure's text.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from teamaudit.model import Report
from teamaudit.render import RenderOptions, escape
from teamaudit.render.common import firmness_sentence, headline, near_threshold
from teamaudit.rules import RULES


def render(report: Report, options: RenderOptions) -> str:
    root = ET.Element("testsuites", name="teamaudit")
    total = failures = 0
    for view in report.views:
        suite = ET.SubElement(
            root, "testsuite", name=f"teamaudit {report.said(view)} view", file=escape.xml(report.source)
        )
        note = near_threshold(report, view)
        if report.firmness_of(view) or note:
            properties = ET.SubElement(suite, "properties")
        if report.firmness_of(view):
            ET.SubElement(
                properties, "property", name="verdict firmness", value=escape.xml(firmness_sentence(report, view))
            )
        if note:
            ET.SubElement(properties, "property", name="near threshold", value=escape.xml(note))
        suite_failures = suite_skipped = 0
        for rule in RULES:
            findings = [f for f in report.all_findings if f.view is view and f.rule == rule.ID]
            case = ET.SubElement(suite, "testcase", classname=f"teamaudit.{view.value}", name=f"{rule.ID} {rule.NAME}")
            failing = [f for f in findings if report.is_failing(f)]
            if failing:
                suite_failures += 1
                first = failing[0]
                failure = ET.SubElement(case, "failure", message=escape.xml(first.message), type=first.severity.value)
                failure.text = "\n".join(
                    escape.xml(
                        f"{f.severity.value}: {f.message}"
                        + (f" ({f.file or report.source}:{f.line})" if f.line else "")
                    )
                    for f in failing
                )
            elif findings and all(f.suppressed for f in findings):
                suite_skipped += 1
                ET.SubElement(case, "skipped", message=escape.xml(f"suppressed: {findings[0].suppressed}"))
            shown = [f for f in findings if not report.is_failing(f)]
            if shown:
                out = ET.SubElement(case, "system-out")
                out.text = "\n".join(
                    escape.xml(
                        f"{f.severity.value}: {f.message}" + (f" [suppressed: {f.suppressed}]" if f.suppressed else "")
                    )
                    for f in shown
                )
        suite.set("tests", str(len(RULES)))
        suite.set("failures", str(suite_failures))
        suite.set("errors", "0")
        suite.set("skipped", str(suite_skipped))
        total += len(RULES)
        failures += suite_failures
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {escape.comment(headline(report))} -->\n{body}\n'
