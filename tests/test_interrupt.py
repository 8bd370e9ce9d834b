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

pytestmark = pytest.mark.process


def _big_team(path: Path, people: int) -> None:
    titles = ("Registered Nurse", "ML Engineer", "HL7 Interface Engineer", "Regulatory Affairs Manager")
    rows = (
        f"  - {{name: Person {i}, title: {titles[i % 4]}, skills: [Epic, FHIR], background: [Team {i % 97}]}}\n"
        for i in range(people)
    )
    path.write_text("people:\n" + "".join(rows), encoding="utf-8")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_while_writing_leaves_nothing_behind(tmp_path, signum):
    _big_team(tmp_path / "team.yaml", 40_000)
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "teamaudit", "check", "team.yaml", "-f", "json", "--details", "-o", "report.json"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
        assert proc.poll() is None, "finished before the report was being written"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signum, err.decode()
    assert err.decode().strip() == "teamaudit: interrupted"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.yaml"]
