"""The pre-commit hook handed a config or a rubric, as a `files:` pattern matching every .yaml file does: each is
read as what it is, in one line, and a team file beside it is still checked as one."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from test_diff import BALANCED, TWO_ML

RUBRIC = 'schema_version: 1\nextends: healthcare-ai\nname: ours\nversion: "1"\nthresholds:\n  ml_ratio: 1.5\n'


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "rubrics").mkdir()
    (tmp_path / "rubrics" / "ours.yaml").write_text(RUBRIC)
    (tmp_path / ".teamaudit.yaml").write_text("rubric: rubrics/ours.yaml\nfail-on: warning\n")
    (tmp_path / "team.yaml").write_text(BALANCED)
    return tmp_path


def test_a_rubric_and_the_config_are_read_as_what_they_are(project: Path):
    """The rubric printed five unknown-key errors (schema_version, extends, name, version, thresholds), one more
    that 'people' is missing, and the hook exited 2 on a commit with nothing wrong."""
    result = run_cli("pre-commit", "rubrics/ours.yaml", ".teamaudit.yaml", "team.yaml", cwd=project)
    assert result.stderr == ""
    assert result.stdout.splitlines()[:2] == [
        "rubrics/ours.yaml: a teamaudit rubric, not a team file: it reads as one",
        ".teamaudit.yaml: a teamaudit config, not a team file: it reads as one, with the rubric it names",
    ]
    assert result.stdout.splitlines()[2].startswith("team.yaml: ")  # still audited, under that config
    assert result.code == (1 if "FAIL" in result.stdout.splitlines()[2] else 0)


def test_a_broken_rubric_fails_the_hook_at_its_line(project: Path):
    """A draft rubric no config names yet, broken: one error at its line, not six about a team file's keys."""
    (project / "rubrics" / "draft.yaml").write_text(RUBRIC.replace("1.5", "lots"))
    result = run_cli("pre-commit", "rubrics/draft.yaml", "team.yaml", cwd=project)
    assert result.code == 2
    assert result.stderr == (
        "teamaudit: error: rubrics/draft.yaml:6:13: thresholds.ml_ratio: must be a number, got 'lots'\n"
    )
    assert result.stdout.startswith("team.yaml: ")  # still audited


def test_a_config_is_known_by_its_name_and_its_problems_are_a_configs(project: Path):
    """Read as a team file, a config with a misspelt key was no config (not every key a setting): it printed an
    unknown-key error per key naming the team file's keys, and 'people' is missing, when the hook was handed it
    from a folder no config of the team file's is in."""
    (project / "ci").mkdir()
    (project / "ci" / ".teamaudit.yaml").write_text("fail-onn: warning\n")
    result = run_cli("pre-commit", "ci/.teamaudit.yaml", cwd=project)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        "teamaudit: error: ci/.teamaudit.yaml:1:1: fail-onn: unknown key (did you mean fail-on?)\n"
    ), result.stderr


def test_a_config_that_links_out_of_the_repository_is_not_read(project: Path, tmp_path_factory):
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.yaml"
    secret.write_text("password: hunter2\n")
    (project / "sub").mkdir()
    os.symlink(secret, project / "sub" / ".teamaudit.yaml")
    result = run_cli("pre-commit", "sub/.teamaudit.yaml", cwd=project)
    assert result.code == 2 and "a link to a file outside" in result.stderr
    assert "hunter2" not in result.stderr + result.stdout and "password" not in result.stderr + result.stdout


def test_a_team_file_with_a_rubric_key_is_still_a_team_file(project: Path):
    """A rubric has a key only a rubric has (schema_version, extends, layers): a team file begun `name:` and
    `version:` is a team file with problems, told as a team file's."""
    (project / "team.yaml").write_text("name: Acme\nversion: 2\n")
    result = run_cli("pre-commit", "team.yaml", cwd=project)
    assert result.code == 2 and "unknown key 'name'" in result.stderr and "'people' is missing" in result.stderr


def test_check_given_a_rubric_says_how_to_name_it(project: Path):
    result = run_cli("check", "rubrics/ours.yaml", cwd=project)
    assert result.code == 2
    assert result.stderr.startswith("teamaudit: error: rubrics/ours.yaml:1:1: this is a teamaudit rubric, not a team")
    assert len(result.stderr.splitlines()) == 1


def test_a_file_named_like_an_option_is_refused_not_read_as_one(project: Path):
    """With `files: \\.yaml$`, a pull request that added `--config=lax.yaml` and a `lax.yaml` turning every rule
    off had the hook run `teamaudit pre-commit --config=lax.yaml lax.yaml team.yaml`: the file name was the option,
    and an over-indexed team passed (exit 0)."""
    (project / ".teamaudit.yaml").unlink()
    (project / "team.yaml").write_text(TWO_ML)
    (project / "--config=lax.yaml").write_text("anything\n")
    (project / "lax.yaml").write_text("rules: {TA001: off, TA002: off, TA003: off, TA004: off, TA005: off}\n")
    result = run_cli("pre-commit", "--config=lax.yaml", "lax.yaml", "team.yaml", cwd=project)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.startswith(
        "teamaudit: error: '--config=lax.yaml' is a file the hook was handed, and a name that starts with '-' is read "
        "as an option: nothing was checked (rename it, or narrow the hook's files: pattern"
    ), result.stderr
    assert run_cli("pre-commit", "--fail-on", "warning", "team.yaml", cwd=project).code == 1  # options still work


@pytest.mark.parametrize(
    ("content", "what"),
    [(RUBRIC, "this is a teamaudit rubric, not a team file"), ("fail-on: never\n", "this is a teamaudit config")],
)
def test_a_team_file_rewritten_as_a_rubric_or_config_fails_the_hook(project: Path, content: str, what: str):
    """With `files: ^team\\.yaml$`, a pull request that rewrote team.yaml as a valid rubric or config passed the hook
    with one line, exit 0, and the team was never checked; a rubric or config is passed only where it is in use."""
    (project / "team.yaml").write_text(content)
    result = run_cli("pre-commit", "team.yaml", cwd=project)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"teamaudit: error: team.yaml:1:1: {what}"), result.stderr
    assert "nothing here uses it" in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_rubric_named_on_the_command_line_is_in_use(project: Path):
    (project / "rubrics" / "draft.yaml").write_text(RUBRIC)
    assert run_cli("pre-commit", "rubrics/draft.yaml", cwd=project).code == 2
    result = run_cli("pre-commit", "rubrics/draft.yaml", "--rubric", "rubrics/draft.yaml", cwd=project)
    assert (
        result.code == 0
        and result.stdout == "rubrics/draft.yaml: a teamaudit rubric, not a team file: it reads as one\n"
    )


def test_the_hook_file_s_own_example_pins_no_tag_that_does_not_exist():
    """`.pre-commit-hooks.yaml`'s comment told a CI owner `rev: v0.1.0`, a tag no release has made yet: pre-commit
    stops at a rev the repository lacks, and docs/ci.md says to pin a commit until then."""
    comment = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    for rev in re.findall(r"^#\s+rev:\s*(\S+)", comment, flags=re.M):
        tags = subprocess.run(["git", "tag", "-l", rev], cwd=ROOT, capture_output=True, text=True).stdout
        assert rev == "COMMIT" or tags.strip() == rev, f"rev: {rev} is no tag of this repository"
    assert "a commit you have reviewed" in comment
