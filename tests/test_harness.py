"""conftest.run_cli runs teamaudit in this process, as a user meets it, and leaves nothing behind for the next
test; run_process is the real process, kept for what only a process shows (issue 13 point 6)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, Result, plain_env, run_cli

TEAM_WITH_ACCENT = "people:\n  - {name: José Núñez, title: Registered Nurse}\n"


def test_run_cli_starts_no_process(monkeypatch: pytest.MonkeyPatch):
    """The suite spent most of its time in a new `python -m teamaudit` per command."""

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("run_cli started a process")

    monkeypatch.setattr(subprocess.Popen, "__init__", no_process)
    result = run_cli("check", "examples/backwards.yaml", "--format", "json")
    assert result.code == 1 and '"verdict": "fail"' in result.stdout


def _state() -> tuple[object, ...]:
    handlers = tuple(signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM))
    return dict(os.environ), os.getcwd(), list(sys.argv), sys.stdin, sys.stdout, sys.stderr, handlers


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", "examples/backwards.yaml"], 1),
        (["check", "examples/nope.yaml"], 2),
        (["check", "--format", "nope", "examples/backwards.yaml"], 2),
        (["--version"], 0),
    ],
    ids=["findings", "bad-input", "bad-usage", "version"],
)
def test_a_run_leaves_environment_directory_argv_streams_and_signals_as_they_were(tmp_path, args, code):
    before = _state()
    env = {"TEAMAUDIT_SCOPE": "current", "NO_COLOR": "yes"}
    result = run_cli(*(str(ROOT / a) if a.startswith("examples/") else a for a in args), cwd=tmp_path, env=env)
    assert result.code == code, result.stderr
    assert _state() == before
    assert "TEAMAUDIT_SCOPE" not in os.environ


def test_the_command_sees_its_environment_and_directory(tmp_path: Path):
    (tmp_path / "team.yaml").write_text((EXAMPLES / "plan-fixes.yaml").read_text(encoding="utf-8"))
    plan = run_cli("config", "team.yaml", cwd=tmp_path)
    current = run_cli("config", "team.yaml", cwd=tmp_path, env={"TEAMAUDIT_SCOPE": "current"})
    assert "scope        plan" in plan.stdout
    assert "current" in current.stdout and "TEAMAUDIT_SCOPE" in current.stdout


def test_a_crash_is_a_traceback_and_exit_1_as_in_a_process(monkeypatch: pytest.MonkeyPatch):
    import teamaudit.pipeline

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(teamaudit.pipeline, "run_check", crash)
    result = run_cli("check", "examples/balanced.yaml")
    assert result.code == 1 and "Traceback" in result.stderr and "RuntimeError: boom" in result.stderr


def test_an_interpreter_start_up_variable_makes_it_a_process(team):
    """PYTHONIOENCODING only acts when an interpreter starts: run_cli hands such runs to run_process."""
    result = run_cli("check", team(TEAM_WITH_ACCENT), "--details", env={"PYTHONIOENCODING": "ascii"})
    assert result.code in (0, 1) and "Jos\\xe9 N\\xfa\\xf1ez" in result.stdout, result.stderr


SAME_IN_BOTH = [
    ["check", "examples/backwards.yaml", "--details"],
    ["check", "examples/messy-40.yaml", "--format", "sarif"],
    ["check", "examples/plan-fixes.yaml", "--format", "github", "--scope", "current"],
    ["check", "examples/missing.yaml"],
    ["check", "examples/balanced.yaml", "--fail-on", "sometimes"],
    ["explain", "examples/messy-40.yaml", "Uma Krishnan"],
    ["diff", "examples/balanced.yaml", "examples/backwards.yaml"],
    ["import", "tests/data/exports/bamboohr.csv"],
    ["rubric", "validate", "examples/rubrics/payer-ai.yaml"],
    ["config", "examples/balanced.yaml"],
    ["--help"],
    ["check", "--help"],
]


def console_script(*args: str | Path) -> Result:
    """The installed `teamaudit` command, as a user runs it (usage lines name it `teamaudit`, where
    `python -m teamaudit` names itself `python -m teamaudit`)."""
    exe = shutil.which("teamaudit")
    assert exe, "the teamaudit console script is not on PATH"
    proc = subprocess.run(
        [exe, *map(str, args)], capture_output=True, text=True, cwd=ROOT, env=plain_env(None), timeout=120
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.mark.process
@pytest.mark.parametrize("args", SAME_IN_BOTH, ids=" ".join)
def test_in_process_and_a_real_process_give_the_same_result(args: list[str]):
    assert run_cli(*args) == console_script(*args)


@pytest.mark.process
def test_in_process_and_a_real_process_agree_on_accents(team):
    path = team(TEAM_WITH_ACCENT)
    in_process = run_cli("check", path, "--details")
    assert in_process == console_script("check", path, "--details")
    assert "José Núñez" in in_process.stdout
