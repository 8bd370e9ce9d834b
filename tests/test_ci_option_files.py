"""A file the CI user names in an option is theirs by name, but what it is may be the pull request's.

The workflow writes `--config ci/teamaudit.yaml`, `--rubric rubrics/ours.yaml`, `TEAMAUDIT_CONFIG` (the action's
`config:` input) or `--logo brand/logo.svg`; the checkout those names are read in is the pull request's, which can
commit any of them as a link to a file outside the repository. A config link to such a file had its first line
quoted into the log as an unknown key. So every file the command line or the environment names is read only
when its links stay inside the repository holding the name (as the team file already was), and none is read from a
Git folder; a file the operator names directly outside the checkout (a shared rubric) is still read
(docs/security.md, "The files options name").
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, run_cli

SECRET = "hunter2"
LINK_OUT = "a link to a file outside the repository it is in"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A pull request's checkout whose config and rubric are links to a secret beside it, as the runner's
    files are beside the checkout."""
    (tmp_path / "secret").write_text(f"extraheader=AUTHORIZATION basic {SECRET}: 1\n")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "ci").mkdir()
    (repo / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (repo / "ci" / "teamaudit.yaml").symlink_to("../../secret")
    (repo / "ci" / "rubric.yaml").symlink_to("../../secret")
    return repo


def _refused(result, name: str, how: str = LINK_OUT) -> None:
    assert result.code == 2, result
    assert f"{name}: {how}" in result.stderr or f"({name}): {how}" in result.stderr, result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["check", "team.yaml", "--config", "ci/teamaudit.yaml"], {}),
        (["check", "team.yaml", "--format", "github"], {"TEAMAUDIT_CONFIG": "ci/teamaudit.yaml"}),
        (["explain", "team.yaml", "--config", "ci/teamaudit.yaml"], {}),
        (["diff", "team.yaml", "team.yaml", "--config", "ci/teamaudit.yaml"], {}),
        (["report", "team.yaml", "-o", "r.html", "--config", "ci/teamaudit.yaml"], {}),
        (["config", "team.yaml", "--config", "ci/teamaudit.yaml"], {}),
    ],
)
def test_a_config_the_workflow_names_that_is_a_link_out_of_the_checkout_is_refused(checkout, args, env):
    _refused(run_cli(*args, cwd=checkout, env=env), "ci/teamaudit.yaml")
    assert not (checkout / "r.html").exists()


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["check", "team.yaml", "--rubric", "ci/rubric.yaml"], {}),
        (["check", "team.yaml", "--format", "sarif"], {"TEAMAUDIT_RUBRIC": "ci/rubric.yaml"}),
        (["rubric", "validate", "ci/rubric.yaml"], {}),
        (["rubric", "show", "ci/rubric.yaml"], {}),
    ],
)
def test_a_rubric_the_workflow_names_that_is_a_link_out_of_the_checkout_is_refused(checkout, args, env):
    _refused(run_cli(*args, cwd=checkout, env=env), "ci/rubric.yaml")


def test_a_logo_linked_into_the_git_folder_is_refused(checkout):
    """A logo is read like every other file: not through a Git folder, whoever names it."""
    (checkout / ".git" / "logo.svg").write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg"><title>{SECRET}</title></svg>'
    )
    (checkout / "logo.svg").symlink_to(".git/logo.svg")
    for logo in ("logo.svg", ".git/logo.svg"):
        result = run_cli("report", "team.yaml", "--logo", logo, "-o", "r.html", cwd=checkout)
        assert result.code == 2, result
        assert "a Git folder (.git), where CI keeps the checkout's token: not read" in result.stderr
        assert not (checkout / "r.html").exists()


def test_a_shared_config_and_rubric_the_operator_names_outside_the_checkout_are_read(checkout, tmp_path: Path):
    """The bound is on links, not on names: a file named where it is, outside the checkout, is the operator's."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copy(ROOT / "rubrics" / "healthcare-ai.yaml", shared / "rubric.yaml")
    (shared / "teamaudit.yaml").write_text("fail-on: never\n")
    result = run_cli(
        "check", "team.yaml", "--config", shared / "teamaudit.yaml", "--rubric", shared / "rubric.yaml", cwd=checkout
    )
    assert result.code == 0, result
    (checkout / "ci" / "teamaudit.yaml").unlink()
    (checkout / "ci" / "teamaudit.yaml").symlink_to("../team.yaml")  # a link inside the checkout is its own file
    assert "Traceback" not in run_cli("check", "team.yaml", "--config", "ci/teamaudit.yaml", cwd=checkout).stderr


def test_the_actions_config_input_is_refused_as_a_link_even_when_the_base_judges(checkout):
    """The action runs `check --config-from BASE --format github` with its `config:` input as TEAMAUDIT_CONFIG: the
    working tree's config is still read (a config the change breaks breaks the gate), and a pull request that made
    it a link had the linked file's first line written into an `::error` annotation."""
    import subprocess

    (checkout / ".git").rmdir()
    (checkout / "ci" / "teamaudit.yaml").unlink()
    (checkout / "ci" / "teamaudit.yaml").write_text("fail-on: error\n")
    for command in (["init", "-q"], ["add", "-A"], ["-c", "user.name=a", "-c", "user.email=a@b", "commit", "-qm", "x"]):
        subprocess.run(["git", *command], cwd=checkout, check=True)
    (checkout / "ci" / "teamaudit.yaml").unlink()
    (checkout / "ci" / "teamaudit.yaml").symlink_to("../../secret")
    env = {"TEAMAUDIT_CONFIG": "ci/teamaudit.yaml"}
    result = run_cli("check", "team.yaml", "--config-from", "HEAD", "--format", "github", cwd=checkout, env=env)
    _refused(result, "ci/teamaudit.yaml")
