"""A rubric or config that is a loop of symbolic links, or a config found by walking up that is no file, is refused
as the system refuses it: one line, exit 2, never a traceback (Path.resolve raised RuntimeError), 'config file not
found', or the defaults in silence."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

LOOP = "teamaudit: error: loop.yaml: cannot read file: Too many levels of symbolic links\n"


@pytest.fixture
def looped(tmp_path: Path) -> Path:
    (tmp_path / "loop.yaml").symlink_to("back.yaml")
    (tmp_path / "back.yaml").symlink_to("loop.yaml")
    (tmp_path / "team.yaml").write_text((EXAMPLES / "balanced.yaml").read_text())
    return tmp_path


@pytest.mark.parametrize(
    "command",
    [
        ["check", "team.yaml", "--rubric", "loop.yaml"],
        ["check", "team.yaml", "--config", "loop.yaml"],
        ["explain", "team.yaml", "--rubric", "loop.yaml"],
        ["diff", "team.yaml", "team.yaml", "--rubric", "loop.yaml"],
        ["rubric", "validate", "loop.yaml"],
        ["rubric", "show", "loop.yaml"],
    ],
)
def test_a_rubric_or_config_that_loops_is_refused_in_one_line(looped: Path, command: list[str]) -> None:
    result = run_cli(*command, cwd=looped)

    assert result.code == 2
    assert result.stderr == LOOP


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: p.mkdir(), "a folder, where teamaudit looks for its config"),
        (lambda p: os.mkfifo(p), "no regular file, where teamaudit looks for its config"),
        (lambda p: p.symlink_to("nothing.yaml"), "a link to nothing.yaml, which is not there"),
    ],
    ids=["folder", "fifo", "link to nothing"],
)
def test_a_config_found_that_is_no_file_is_refused_not_passed_over(
    looped: Path, make: Callable[[Path], None], problem: str
) -> None:
    """A `.teamaudit.yaml` that is a FIFO, a folder or a dangling link was passed over: the audit ran on the
    defaults, exit 0, and said nothing of the config it did not read."""
    make(looped / ".teamaudit.yaml")

    result = run_cli("check", "team.yaml", cwd=looped)

    assert result.code == 2
    assert result.stderr.startswith(f"teamaudit: error: {looped / '.teamaudit.yaml'}: {problem}")
