"""A rubric or config that is a loop of symbolic links is refused as the system refuses it: one line, exit 2, never
a traceback (Path.resolve raised RuntimeError) nor 'config file not found'."""

from __future__ import annotations

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
