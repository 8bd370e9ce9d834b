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


def test_a_check_does_load_them():
    # The other side of the test above: the audit itself needs its libraries, so their absence above means
    # something.
    modules = imported_modules("check", "examples/balanced.yaml", "--format", "json")
    assert {"yaml", "pydantic_core"} <= modules
