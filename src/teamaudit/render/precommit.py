"""The pre-commit hook's lines for one team file: the verdict, then each failing finding at its line."""

from __future__ import annotations

from teamaudit.model import Report
from teamaudit.render.common import headline
from teamaudit.render.escape import text as shown


def lines(name: str, report: Report) -> list[str]:
    verdict = f"{shown(name)}: {report.verdict.upper()} {headline(report)}"
    failing = [
        f"{shown(f.file or name)}:{f.line or 1}: {f.severity.value} {f.rule} {f.name}: {shown(f.message)}"
        for f in report.failing
    ]
    return [verdict, *failing]
