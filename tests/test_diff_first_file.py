"""`diff` of a change that adds the team file: nothing to compare (docs/ci.md), said beside what `check` finds."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_cli
from test_diff import BALANCED, TWO_ML


def first_commit(tmp_path: Path) -> Path:
    for args in (
        ["init", "-q", "-b", "main"],
        ["-c", "user.name=t", "-c", "user.email=t@e", "commit", "-q", "--allow-empty", "-m", "init"],
    ):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)
    return tmp_path


def test_a_first_plan_that_is_over_indexed_does_not_read_as_a_plain_pass(tmp_path: Path):
    """The headline read 'PASS ... nothing to compare; everyone is new' above 'The plan becomes over-indexed'."""
    repo = first_commit(tmp_path)
    (repo / "team.yaml").write_text(TWO_ML + "  - {name: Lev Moro, title: Research Scientist, status: planned}\n")
    result = run_cli("diff", "git:HEAD:team.yaml", "team.yaml", cwd=repo)
    assert result.code == 0, result.stderr  # the documented gate: the diff has nothing to compare
    verdict = result.stdout.splitlines()[1]
    assert verdict.startswith("PASS") and "teamaudit check does, and fails it on 1 finding" in verdict, verdict
    assert run_cli("check", "team.yaml", cwd=repo).code == 1


def test_a_first_plan_check_passes_says_so(tmp_path: Path):
    repo = first_commit(tmp_path)
    (repo / "team.yaml").write_text(BALANCED)
    result = run_cli("diff", "git:HEAD:team.yaml", "team.yaml", "--format", "markdown", cwd=repo)
    assert result.code == 0 and "everyone is new; teamaudit check passes it" in result.stdout, result.stdout
