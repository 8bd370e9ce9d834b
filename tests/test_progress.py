"""The progress display: on a terminal, for big files, with the bytes read and the people classified."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, read_terminal
from teamaudit.roster import load_roster

ROW = "  - {{name: Person {i:05d}, id: E{i:05d}, title: Senior Software Engineer - Platform, team: Platform}}\n"


def big_team(path: Path, people: int) -> Path:
    path.write_text("people:\n" + "".join(ROW.format(i=i) for i in range(people)), encoding="utf-8")
    return path


def test_reading_reports_bytes_as_it_goes(tmp_path: Path):
    path = big_team(tmp_path / "team.yaml", 5000)
    calls: list[tuple[int, int]] = []
    roster = load_roster(path, on_progress=lambda done, total: calls.append((done, total)))
    assert len(roster.people) == 5000
    size = path.stat().st_size
    assert len(calls) == 2 and all(total == size for _, total in calls)
    assert 0 < calls[0][0] < calls[1][0] <= size


@pytest.mark.process
def test_progress_is_shown_on_a_terminal_and_only_there(tmp_path: Path):
    path = big_team(tmp_path / "big[bold].yaml", 12_000)  # a file name is shown, never read as rich markup
    assert path.stat().st_size > 1_000_000
    out = tmp_path / "out.json"
    command = [sys.executable, "-m", "teamaudit", "check", str(path), "--format", "json", "-o", str(out)]
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    leader, follower = pty.openpty()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, env=env)
    os.close(follower)
    shown = read_terminal(leader)
    assert proc.wait(timeout=120) in (0, 1)
    os.close(leader)
    text = shown.decode("utf-8", "replace")
    assert "reading big[bold].yaml" in text and "classifying" in text
    assert len(json.loads(out.read_text())["people"]) == 12_000
    piped = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    # No progress when piped: only the line saying what -o wrote (check says it as report does)
    assert len(piped.stderr.splitlines()) == 1 and piped.stderr.startswith(f"wrote {out}: ")
