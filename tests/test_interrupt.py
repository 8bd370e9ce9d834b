"""Ctrl-C or a CI job's cancellation while a report is being written: exit 128 + signal, one line on stderr,
no traceback, no half-written or temporary file left behind. A real process, since signals are the point."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import write_big_team

pytestmark = pytest.mark.process


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_writing_leaves_nothing_behind(tmp_path, signum):
    write_big_team(tmp_path / "team.yaml", 40_000)
    _interrupt_while_writing(tmp_path, signum)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.yaml"]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_writing_over_somebodys_file_makes_no_backup(tmp_path, signum):
    """The backup of a file -o replaces was made before the report was written: each interrupted run left one
    more (report.json.bak, then .bak.2). It is made only when the report is ready to replace the file."""
    write_big_team(tmp_path / "team.yaml", 40_000)
    (tmp_path / "report.json").write_text("somebody's notes\n")
    _interrupt_while_writing(tmp_path, signum)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "team.yaml"]
    assert (tmp_path / "report.json").read_text() == "somebody's notes\n"


def _interrupt_while_writing(where: Path, signum: int) -> None:
    """Run `check -o report.json`, send `signum` once the report is being written; it must end as interrupted."""
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "teamaudit", "check", "team.yaml", "-f", "json", "--details", "-o", "report.json"],
        cwd=where,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not any(p.name.endswith(".tmp") for p in where.iterdir()):
        assert proc.poll() is None, "finished before the report was being written"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err.decode()
    assert err.decode().strip() == "teamaudit: interrupted"
