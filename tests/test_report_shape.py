"""The HTML report's code stays in small named steps (issue 13 point 4): no function over 80 lines and none
above cyclomatic complexity 15, measured by ruff's mccabe rule, as the linter would in CI."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from conftest import ROOT

REPORT_MODULES = [
    ROOT / "src" / "teamaudit" / "render" / name
    for name in ("html.py", "html_summary.py", "html_text.py", "charts.py", "prose.py")
]


@pytest.mark.parametrize("module", REPORT_MODULES, ids=lambda p: p.name)
def test_no_function_over_80_lines(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    long = {f.name: f.end_lineno - f.lineno + 1 for f in functions if f.end_lineno - f.lineno + 1 > 80}
    assert long == {}


def test_no_block_above_complexity_15():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "C901",
            "--config",
            "lint.mccabe.max-complexity=15",
            "--output-format",
            "concise",
            *map(str, REPORT_MODULES),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
