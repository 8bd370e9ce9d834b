"""What a config or rubric author reads about their own file: keys they may write, and each value as they
wrote it, never a Python value (`datetime.date(2026, 1, 1)`, `True`, `None`, `b'...'`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

ERROR = "teamaudit: error: "
CHILD = 'extends: healthcare-ai\nname: child\nversion: "1"\n'


def _rubric(tmp_path: Path, text: str) -> str:
    (tmp_path / "r.yaml").write_text(CHILD + text, encoding="utf-8")
    result = run_cli("rubric", "validate", "r.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stdout == ""
    return result.stderr


@pytest.mark.parametrize("key", ["pth", "paths", "file", "filez"])
def test_a_misspelt_rubric_key_is_never_said_to_mean_a_field_teamaudit_fills_in(tmp_path: Path, key: str) -> None:
    """`pth:` was 'did you mean path?': a key no rubric may hold (teamaudit sets where the rubric was read)."""
    stderr = _rubric(tmp_path, f"{key}: x\n")
    assert stderr.startswith(f"{ERROR}r.yaml:4:1: {key}: unknown key (")
    assert "path" not in stderr.removeprefix(f"{ERROR}r.yaml:4:1: {key}")
    assert "files" not in stderr.removeprefix(f"{ERROR}r.yaml:4:1: {key}")


@pytest.mark.parametrize("key", ["path", "files"])
def test_a_rubric_that_writes_path_or_files_is_told_it_is_no_key(tmp_path: Path, key: str) -> None:
    """It was accepted and silently replaced by where the rubric was read from."""
    assert _rubric(tmp_path, f"{key}: elsewhere.yaml\n").startswith(f"{ERROR}r.yaml:4:1: {key}: unknown key (")


def test_a_source_named_files_is_found_where_it_is_written(tmp_path: Path) -> None:
    """`sources: {files: ...}` lost its `files` step: the message said `sources.title`, at the wrong column."""
    stderr = _rubric(tmp_path, "sources: {files: {title: 5}}\n")
    assert stderr.startswith(f"{ERROR}r.yaml:4:26: sources.files.title: must be text, got 5")
