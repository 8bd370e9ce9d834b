"""`diff` audits both sides with this branch's config and rubric, so a change to them moved the verdict with
nothing in the diff to show it: the diff names the gate files the change edits."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import run_cli
from test_diff import TWO_ML

PARENT = 'extends: healthcare-ai\nname: ours-base\nversion: "1"\nthresholds:\n  ml_ratio: 1.0\n'
CHILD = 'extends: parent.yaml\nname: ours\nversion: "1"\n'


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A team over the threshold under a config naming a rubric that extends another, all committed on main."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "team.yaml").write_text(TWO_ML)
    (tmp_path / ".teamaudit.yaml").write_text("rubric: rubrics/child.yaml\n")
    (tmp_path / "rubrics").mkdir()
    (tmp_path / "rubrics" / "parent.yaml").write_text(PARENT)
    (tmp_path / "rubrics" / "child.yaml").write_text(CHILD)
    git(tmp_path, "add", ".")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    return tmp_path


def test_a_diff_that_changes_no_gate_file_says_nothing_of_them(repo: Path):
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo)
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["gate_edited"] == []
    assert "edits what judges it" not in run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo).stdout


@pytest.mark.parametrize(
    ("edited", "text"),
    [
        ("rubrics/parent.yaml", PARENT.replace("ml_ratio: 1.0", "ml_ratio: 2.0")),  # a file the rubric extends
        ("rubrics/child.yaml", CHILD + "thresholds:\n  ml_ratio: 2.0\n"),
        (".teamaudit.yaml", "rubric: rubrics/child.yaml\nthresholds:\n  ml-ratio: 2.0\n"),
    ],
)
def test_a_change_that_loosens_the_gate_is_named_where_the_diff_passes_it(repo: Path, edited: str, text: str):
    """The plan is 6.0 ML FTE against 4.0: with the threshold raised to 2.0 in the branch, check passes, and the
    diff said only "the change does not make the team more over-indexed"."""
    (repo / edited).write_text(text)
    assert run_cli("check", "team.yaml", cwd=repo).code == 0
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo)
    assert result.code == 0, result.stderr
    assert (
        f"This change edits what judges it: {edited} differs from the base, and both sides were audited with this "
        "branch's, so what the edit moves is not in this diff (check judges the plan with it)."
    ) in result.stdout.splitlines()
    markdown = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "markdown", cwd=repo).stdout
    assert f"**This change edits what judges it: {edited} differs from the base" in markdown
    doc = json.loads(run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo).stdout)
    assert doc["gate_edited"] == [edited]


def test_a_gate_file_the_base_lacks_is_named_and_one_outside_the_repository_is_not(repo: Path, tmp_path_factory):
    (repo / "rubrics" / "extra.yaml").write_text(CHILD.replace("ours", "extra"))
    (repo / ".teamaudit.yaml").write_text("rubric: rubrics/extra.yaml\n")
    doc = json.loads(run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo).stdout)
    assert doc["gate_edited"] == [".teamaudit.yaml", "rubrics/extra.yaml"]
    shared = tmp_path_factory.mktemp("shared") / "rubric.yaml"  # the operator's --rubric, no file of the change
    shared.write_text('extends: healthcare-ai\nname: shared\nversion: "1"\n')
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", "--rubric", shared, cwd=repo)
    assert json.loads(result.stdout)["gate_edited"] == [".teamaudit.yaml"]


LAX = 'extends: healthcare-ai\nname: lax\nversion: "1"\nthresholds:\n  ml_ratio: 9.0\n'


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message)


def gate_edited(repo: Path) -> list[str]:
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)["gate_edited"]


def test_a_config_turned_into_a_link_to_a_lax_file_the_base_holds_is_named(repo: Path):
    """Compared only where the link led, the config read as unchanged: the lax file is the base's too."""
    (repo / "rubrics" / "lax.yaml").write_text(LAX)
    (repo / "lax-config.yaml").write_text("rubric: rubrics/lax.yaml\n")
    commit(repo, "a lax config beside the real one")
    (repo / ".teamaudit.yaml").unlink()
    (repo / ".teamaudit.yaml").symlink_to("lax-config.yaml")
    assert run_cli("check", "team.yaml", cwd=repo).code == 0
    assert gate_edited(repo) == [".teamaudit.yaml"]


def test_a_rubric_link_pointed_elsewhere_is_named(repo: Path):
    (repo / "rubrics" / "lax.yaml").write_text(LAX)
    (repo / "rubrics" / "child.yaml").rename(repo / "rubrics" / "real.yaml")
    (repo / "rubrics" / "child.yaml").symlink_to("real.yaml")
    commit(repo, "the rubric as a link")
    (repo / "rubrics" / "child.yaml").unlink()
    (repo / "rubrics" / "child.yaml").symlink_to("lax.yaml")
    assert run_cli("check", "team.yaml", cwd=repo).code == 0
    assert gate_edited(repo) == ["rubrics/child.yaml"]


def test_a_folder_of_rubrics_turned_into_a_link_is_named(repo: Path):
    (repo / "lax").mkdir()
    (repo / "lax" / "child.yaml").write_text(LAX)
    commit(repo, "a lax folder")
    git(repo, "rm", "-rq", "rubrics")
    (repo / "rubrics").symlink_to("lax")
    assert run_cli("check", "team.yaml", cwd=repo).code == 0
    assert gate_edited(repo) == ["rubrics/child.yaml"]


def test_a_config_the_change_deletes_is_named(repo: Path):
    """Without it the built-in rubric and defaults judge both sides, and the diff said nothing of the config."""
    (repo / ".teamaudit.yaml").write_text("rubric: rubrics/child.yaml\nfail-on: warning\n")
    commit(repo, "fail on warnings")
    (repo / ".teamaudit.yaml").unlink()
    assert gate_edited(repo) == [".teamaudit.yaml"]
    text = run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo).stdout
    assert "This change edits what judges it: .teamaudit.yaml is deleted (the base has it), and both sides" in text


def gate_edits(repo: Path, *options: str) -> list[tuple[str, str]]:
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", *options, cwd=repo)
    assert result.code in (0, 1), result.stderr
    return [(edit["file"], edit["change"]) for edit in json.loads(result.stdout)["gate_edits"]]


def test_a_config_the_base_does_not_have_is_said_to_be_new_not_to_differ(repo: Path):
    """A reviewer told ".teamaudit.yaml differs from the base" looked for a base config that was never there."""
    (repo / ".teamaudit.yaml").unlink()
    commit(repo, "no config")
    (repo / ".teamaudit.yaml").write_text("thresholds:\n  ml-ratio: 2.0\n")
    assert gate_edits(repo) == [(".teamaudit.yaml", "added")]
    for options, after in (((), ", and both sides were audited"), (("--config-from", "main"), "; both sides were")):
        text = run_cli("diff", "git:main:team.yaml", "team.yaml", *options, cwd=repo).stdout
        assert f"edits what judges it: .teamaudit.yaml is new (the base has no file there){after}" in text, text
    markdown = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "markdown", cwd=repo).stdout
    assert "**This change edits what judges it: .teamaudit.yaml is new (the base has no file there)" in markdown


def rename_config(repo: Path) -> None:
    (repo / ".teamaudit.yaml").rename(repo / ".teamaudit.yml")


def rename_config_to_the_name_found_first(repo: Path) -> None:
    """The base's config is `.teamaudit.yml`; this branch renames it `.teamaudit.yaml`, which walking up finds first."""
    (repo / ".teamaudit.yaml").rename(repo / ".teamaudit.yml")
    commit(repo, "the config as .yml")
    (repo / ".teamaudit.yml").rename(repo / ".teamaudit.yaml")


def edit_one_rubric_and_add_another(repo: Path) -> None:
    (repo / "rubrics" / "parent.yaml").write_text(PARENT.replace("ml_ratio: 1.0", "ml_ratio: 2.0"))
    (repo / "rubrics" / "child.yaml").write_text(CHILD.replace("parent.yaml", "middle.yaml"))
    (repo / "rubrics" / "middle.yaml").write_text(CHILD.replace("name: ours", "name: middle"))


@pytest.mark.parametrize(
    ("change", "edits", "said"),
    [
        (  # a renamed config: new where it is, deleted where it was
            rename_config,
            [(".teamaudit.yml", "added"), (".teamaudit.yaml", "deleted")],
            ".teamaudit.yml is new (the base has no file there); .teamaudit.yaml is deleted (the base has it)",
        ),
        (  # renamed the other way: the base's config was found past the new one, and was not named at all
            rename_config_to_the_name_found_first,
            [(".teamaudit.yaml", "added"), (".teamaudit.yml", "deleted")],
            ".teamaudit.yaml is new (the base has no file there); .teamaudit.yml is deleted (the base has it)",
        ),
        (
            edit_one_rubric_and_add_another,
            [("rubrics/child.yaml", "edited"), ("rubrics/middle.yaml", "added"), ("rubrics/parent.yaml", "edited")],
            "rubrics/child.yaml, rubrics/parent.yaml differ from the base; rubrics/middle.yaml is new (the base has no "
            "file there)",
        ),
    ],
)
def test_each_gate_file_is_said_as_what_the_change_does_to_it(
    repo: Path, change: Callable[[Path], None], edits: list[tuple[str, str]], said: str
):
    change(repo)
    assert gate_edits(repo) == edits
    text = run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo).stdout
    assert f"edits what judges it: {said}, and both sides" in text, text


def test_a_config_the_change_deletes_below_one_further_up_is_named(repo: Path):
    (repo / "plans").mkdir()
    (repo / "team.yaml").rename(repo / "plans" / "team.yaml")
    (repo / "plans" / ".teamaudit.yaml").write_text("rubric: ../rubrics/child.yaml\nfail-on: warning\n")
    (repo / "plans" / "pyproject.toml").write_text("[project]\nname = 'x'\n")  # no [tool.teamaudit]: no config
    commit(repo, "the plan in its folder, with its own config")
    (repo / "plans" / ".teamaudit.yaml").unlink()
    (repo / "plans" / "pyproject.toml").write_text("[project]\nname = 'y'\n")
    result = run_cli("diff", "git:main:plans/team.yaml", "plans/team.yaml", "--format", "json", cwd=repo)
    assert json.loads(result.stdout)["gate_edited"] == ["plans/.teamaudit.yaml"]


def test_a_rubric_stored_by_git_lfs_is_compared_by_its_pointer(repo: Path):
    """The commit holds an LFS pointer, the checkout the file LFS fetched: every LFS-tracked rubric read as edited."""
    import hashlib

    real = (repo / "rubrics" / "child.yaml").read_bytes()
    pointer = f"version https://git-lfs.github.com/spec/v1\noid sha256:{hashlib.sha256(real).hexdigest()}\n"
    (repo / "rubrics" / "child.yaml").write_text(pointer + f"size {len(real)}\n")
    commit(repo, "the rubric moves to LFS")
    (repo / "rubrics" / "child.yaml").write_bytes(real)  # as `git lfs pull` leaves it
    assert gate_edited(repo) == []
    (repo / "rubrics" / "child.yaml").write_text(CHILD + "thresholds:\n  ml_ratio: 2.0\n")
    assert gate_edited(repo) == ["rubrics/child.yaml"]


def test_a_rubric_in_a_submodule_is_compared_at_the_commit_the_base_records(repo: Path, tmp_path_factory):
    """Git lists nothing inside a submodule: a rubric in one read as edited in every diff."""
    shared = tmp_path_factory.mktemp("shared")
    git(shared, "init", "-q", "-b", "main")
    (shared / "ours.yaml").write_text(CHILD.replace("parent.yaml", "healthcare-ai"))
    git(shared, "add", ".")
    git(shared, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "shared rubric")
    git(repo, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(shared), "rubrics/shared")
    (repo / ".teamaudit.yaml").write_text("rubric: rubrics/shared/ours.yaml\n")
    commit(repo, "the rubric from a shared repository")
    assert gate_edited(repo) == []
    (repo / "rubrics" / "shared" / "ours.yaml").write_text(CHILD.replace("parent.yaml", "healthcare-ai") + "# x\n")
    assert gate_edited(repo) == ["rubrics/shared/ours.yaml"]


def test_a_config_renamed_to_the_name_found_first_adds_none_of_the_base_s_suppressions(repo: Path):
    """The base's `.teamaudit.yml` was never looked at: the suppression it holds, renamed `.teamaudit.yaml` with it,
    was listed as added by the change."""
    (repo / ".teamaudit.yaml").write_text(
        "rubric: rubrics/child.yaml\nignore:\n  - rule: TA001\n    reason: board agreed\n    until: 2099-03-31\n"
    )
    rename_config_to_the_name_found_first(repo)
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo)
    assert result.code in (0, 1), result.stderr
    assert json.loads(result.stdout)["suppressions_added"] == []


@pytest.mark.parametrize(
    "convert",
    [
        lambda repo: (repo / ".gitattributes").write_text("*.yaml text eol=crlf\n"),
        # core.autocrlf=true is the Git for Windows installer's default
        lambda repo: (git(repo, "config", "core.autocrlf", "true"), (repo / "notes.txt").write_text("x\n")),
    ],
)
def test_gate_files_git_checks_out_with_crlf_are_not_edits(repo: Path, convert: Callable[[Path], None]):
    """A checkout that writes CRLF (`eol=crlf`, `core.autocrlf`) holds other bytes than the commit's LF blobs, with
    `git status` clean: every diff said the config and both rubrics differ from the base."""
    convert(repo)
    commit(repo, "line endings")
    for name in (".teamaudit.yaml", "rubrics/parent.yaml", "rubrics/child.yaml"):
        (repo / name).unlink()
    git(repo, "checkout", "--", ".")
    assert b"\r\n" in (repo / ".teamaudit.yaml").read_bytes()
    assert gate_edited(repo) == []
    (repo / "rubrics" / "child.yaml").write_bytes(
        CHILD.replace("\n", "\r\n").encode() + b"thresholds: {ml_ratio: 2.0}\r\n"
    )
    assert gate_edited(repo) == ["rubrics/child.yaml"]
