"""A light start: asking teamaudit for its version or its help loads none of the libraries the audit needs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT

HEAVY = {"pydantic", "pydantic_core", "yaml", "rich", "re2", "ruamel"}


def imported_modules(*args: str) -> set[str]:
    """Every module a real `python -m teamaudit ARGS` process imports, read from `-X importtime`."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "teamaudit", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")} - {
        "package"
    }


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("check", "--help"), ("diff", "--help")], ids=" ".join)
def test_version_and_help_load_no_audit_library(args):
    modules = imported_modules(*args)
    assert "typer" in modules  # the measurement works
    loaded = sorted(m for m in modules if m.split(".")[0] in HEAVY)
    assert not loaded, loaded


def test_a_plain_text_check_loads_no_rich():
    # rich lays out the report in colour only: importing it and laying the plain report out with it cost a CI
    # log's check about 20 ms. The text is the same (tests/golden).
    modules = imported_modules("check", "examples/balanced.yaml")
    assert "teamaudit.render.gap" in modules  # the measurement works: the text report is written
    assert not sorted(m for m in modules if m.split(".")[0] == "rich")


def test_a_check_does_load_them():
    # The other side of the test above: the audit itself needs its libraries, so their absence above means
    # something.
    modules = imported_modules("check", "examples/balanced.yaml", "--format", "json")
    assert {"yaml", "pydantic_core"} <= modules


# Only the command run is built: the same behaviour as the whole app, for every way the root can be called.
SAME_AS_THE_WHOLE_APP = [
    [],
    ["--version"],
    ["--version", "--help"],
    ["--help", "--version"],
    ["--help", "check"],
    ["--versio"],
    ["chek", "team.yaml"],
    ["--", "check", "examples/balanced.yaml"],
    ["check"],
    ["check", "--help"],
    ["check", "examples/balanced.yaml", "-f", "json", "--scope", "current"],
    ["check", "examples/balanced.yaml", "--scope", "bogus"],
    ["diff", "examples/balanced.yaml", "examples/backwards.yaml", "-f", "html"],
    ["explain", "--help"],
    ["rubric"],
    ["rubric", "list"],
    ["rubric", "validate", "--help"],
    ["pre-commit", "examples/balanced.yaml"],
]


@pytest.mark.parametrize("args", SAME_AS_THE_WHOLE_APP, ids=lambda a: " ".join(a) or "(none)")
def test_running_only_the_command_behaves_as_the_whole_app(args, monkeypatch):
    from typer.testing import CliRunner

    from teamaudit.cli import app
    from teamaudit.entrypoint import only_the_command_run

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    runner = CliRunner()
    whole = runner.invoke(app, args, prog_name="teamaudit")
    only = runner.invoke(only_the_command_run(app, args), args, prog_name="teamaudit")
    assert (only.exit_code, only.output) == (whole.exit_code, whole.output)
    assert whole.exception is None or isinstance(whole.exception, SystemExit), whole.exception


def test_only_the_command_run_is_built():
    import typer.main

    from teamaudit.cli import app
    from teamaudit.entrypoint import only_the_command_run

    def built(*args: str) -> set[str]:
        return set(typer.main.get_command(only_the_command_run(app, args)).commands)  # type: ignore[attr-defined]

    assert built("check", "team.yaml") == {"check"}
    assert built("pre-commit", "a.yaml") == {"pre-commit"}
    assert built("rubric", "list") == {"rubric"}
    assert built("--version") == set()
    assert len(built("--help")) == len(built()) == 10
