"""The text report is laid out at the terminal's width when standard output is a terminal (60 to 160 columns), and
at a fixed 100 everywhere else, so CI logs, -o files and golden files never depend on a window. Nothing is cut."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import EXAMPLES, ROOT, read_terminal
from teamaudit.termwidth import report_width

TEAM = EXAMPLES / "messy-40.yaml"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(
    ("to_terminal", "columns", "width"),
    [
        (True, "70", 70),
        (True, "130", 130),
        (True, "30", 60),
        (True, "500", 160),
        (False, "70", 100),
        (True, "9" * 5000, 160),
        (True, "0070", 70),
    ],
)
def test_the_width_is_the_terminals_within_bounds_and_else_fixed(to_terminal: bool, columns: str, width: int) -> None:
    assert report_width(to_terminal, {"COLUMNS": columns}) == width


def _environment(columns: int, color: bool) -> dict[str, str]:
    env = {**os.environ, "COLUMNS": str(columns), "TERM": "xterm", "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("FORCE_COLOR", None)
    env.pop("NO_COLOR", None)
    return env if color else {**env, "NO_COLOR": "1"}


def _on_terminal(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> str:
    """What `python -m teamaudit ARGS` writes to standard output when it is a terminal, colours taken out."""
    leader, follower = pty.openpty()
    command = [sys.executable, "-m", "teamaudit", *args]
    proc = subprocess.Popen(command, stdout=follower, stderr=subprocess.DEVNULL, cwd=cwd, env=env)
    os.close(follower)
    shown = read_terminal(leader)
    assert proc.wait(timeout=120) in (0, 1)
    os.close(leader)
    return _ANSI.sub("", shown.decode("utf-8").replace("\r\n", "\n"))


def _piped(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> str:
    command = [sys.executable, "-m", "teamaudit", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, check=False).stdout


def _table(report: str) -> list[str]:
    lines = report.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Composition ("))
    end = lines.index("", start)
    return [line.rstrip() for line in lines[start + 1 : end]]


def _prose(report: str) -> list[str]:
    table = _table(report)
    return [line.rstrip() for line in report.splitlines() if line.rstrip() not in table]


@pytest.mark.process
@pytest.mark.parametrize("color", [True, False], ids=["colour", "NO_COLOR"])
@pytest.mark.parametrize("columns", [60, 70])
def test_a_narrow_terminal_gets_a_report_as_wide_as_it_with_nothing_cut(columns: int, color: bool) -> None:
    """Its composition table was laid out at 100 columns: 63 wide with its edges, 61 without, so a 60-column
    terminal broke every row onto two lines."""
    env = _environment(columns, color)
    shown = _on_terminal(["check", str(TEAM)], env)
    table = _table(shown)
    assert max(cell_len(line) for line in table) <= columns, "\n".join(table)
    assert "…" not in shown
    composition = json.loads(_piped(["check", str(TEAM), "--format", "json"], env))["composition"]
    for view in composition.values():  # every figure, in the row of its layer
        for layer, count in view["layers"].items():
            row = next(line for line in table if line.split()[:1] == [layer] or f" {layer} " in line)
            assert str(count["headcount"]) in row and f"{count['fte']:.1f}" in row
    piped = _piped(["check", str(TEAM)], env)
    assert _prose(shown) == _prose(piped)  # the same lines, never cut to the width


@pytest.mark.process
def test_a_report_written_with_o_or_piped_keeps_100_columns_whatever_the_terminal(tmp_path: Path) -> None:
    env = _environment(60, color=False)
    fixed = _piped(["check", str(TEAM)], {**env, "COLUMNS": "100"})
    assert _piped(["check", str(TEAM)], env) == fixed
    _on_terminal(["check", str(TEAM), "-o", str(tmp_path / "report.txt")], env)
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == fixed
    assert max(cell_len(line) for line in _table(fixed)) > 60  # the table then has its full bars


@pytest.mark.process
@pytest.mark.parametrize(
    "args",
    [
        ["explain", str(TEAM), "Uma Krishnan"],
        ["diff", str(EXAMPLES / "backwards.yaml"), str(EXAMPLES / "plan-fixes.yaml")],
    ],
    ids=["explain", "diff"],
)
def test_explain_and_diff_are_not_cut_on_a_narrow_terminal(args: list[str]) -> None:
    """Neither lays its text out to a width: on a 60-column terminal it is what a pipe gets, every line whole."""
    env = _environment(60, color=False)
    shown = _on_terminal(args, env)
    assert shown.strip() and "…" not in shown
    assert shown == _piped(args, env)


ROW = "  - {{name: P{i:05d}, title: {title}, fte: 0.9, status: {status}}}\n"
TITLES = ("ML Engineer", "Registered Nurse", "HL7 Interface Engineer", "Regulatory Affairs Specialist", "Designer")


@pytest.mark.parametrize("color", [True, False], ids=["colour", "plain"])
def test_figures_too_wide_for_the_narrowest_table_are_printed_whole(tmp_path: Path, color: bool) -> None:
    """Thousands of FTE make columns no bar can give way to: the table was cut to `curre…` and `max 1.…`; it is
    printed whole, wider than 60 columns, for the terminal to wrap."""
    from teamaudit.config import resolve
    from teamaudit.model import Layer
    from teamaudit.pipeline import run_check
    from teamaudit.render import RenderOptions
    from teamaudit.render.text import render

    team = tmp_path / "team.yaml"
    people = (ROW.format(i=i, title=TITLES[i % 5], status="open" if i % 7 == 0 else "current") for i in range(12_000))
    team.write_text("people:\n" + "".join(people), encoding="utf-8")
    report = run_check(team, resolve(team))
    shown = _ANSI.sub("", render(report, RenderOptions(width=60, color=color)))
    assert "…" not in shown
    table = _table(shown)
    for view in (report.composition(report.scope), report.composition(report.other_view or report.scope)):
        for layer, count in ((layer, view.count(layer)) for layer in Layer):
            row = next(line for line in table if f" {layer.value} " in line)
            assert str(count.headcount) in row and f"{count.fte:.1f}" in row
