"""The pre-commit hook's lines for one team file: the verdict, then each failing finding at its line. Each
line begins with a file name, so it goes through `leading_path`: a folder named `::warning x::` is no command."""

from __future__ import annotations

from teamaudit.model import Report
from teamaudit.render.common import headline
from teamaudit.render.escape import leading_path
from teamaudit.render.escape import text as shown


def lines(name: str, report: Report) -> list[str]:
    verdict = f"{shown(leading_path(name))}: {report.verdict.upper()} {headline(report)}"
    failing = [
        f"{shown(leading_path(f.file or name))}:{f.line or 1}: {f.severity.value} {f.rule} {f.name}: {shown(f.message)}"
        for f in report.failing
    ]
    return [verdict, *failing]


def other_file_line(name: str, what: str) -> str:
    """The line for a config or rubric the hook was handed and read as what it is (hookfiles.py)."""
    return f"{shown(leading_path(name))}: {what}"
