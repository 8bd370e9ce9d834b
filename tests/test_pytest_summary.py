"""The README's test command as a newcomer runs it: the run ends on the line that says how many tests passed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.process
@pytest.mark.parametrize("quiet", [(), ("-q",)])
def test_pytest_ends_on_a_count_of_what_passed(tmp_path: Path, quiet: tuple[str, ...]):
    """pyproject's addopts held `-q`, so `pytest -q` (a habit) ran at -qq, which prints no summary line: a
    newcomer saw dots and no "N passed"."""
    (tmp_path / "test_one.py").write_text("def test_one():\n    pass\n")
    config = ["-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), "-p", "no:cacheprovider"]
    command = [sys.executable, "-m", "pytest", *config, "-n", "0", *quiet, str(tmp_path / "test_one.py")]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout.splitlines()[-1], result.stdout
