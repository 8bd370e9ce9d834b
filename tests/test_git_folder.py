"""No team file, config or rubric is read from a Git folder, nor any output written there.

In CI the checkout's `.git/config` holds the token actions/checkout stores (`http.https://github.com/.extraheader`)
unless the workflow says `persist-credentials: false`. A pull request could commit `team.yaml` or `.teamaudit.yaml`
as a link to it, or a config saying `rubric: .git/config`: a link inside the repository was read, and error
messages quoted its lines (here the unknown key holding the token) into the job's log.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

TOKEN = "ghs_secret"
READ_REFUSED = "a Git folder (.git), where CI keeps the checkout's token: not read"
WRITE_REFUSED = "cannot write output: a path through a Git folder (.git)"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout whose `.git/config` holds a token in a line an unknown-key message quoted."""
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f"extraheader=AUTHORIZATION basic {TOKEN}: 1\n")
    (tmp_path / "ok.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (tmp_path / "export.csv").write_text("Name,Title\nAnn Lee,Registered Nurse\n")
    return tmp_path


def _refused(result, name: str, how: str = "a link into") -> None:
    assert result.code == 2, result
    assert f"{name}: {how} {READ_REFUSED}" in result.stderr or f"{name}): {how} {READ_REFUSED}" in result.stderr
    assert TOKEN not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["check", "team.yaml"],
        ["check", "team.yaml", "--format", "github"],
        ["report", "team.yaml", "-o", "report.html"],
        ["explain", "team.yaml"],
        ["diff", "ok.yaml", "team.yaml"],
        ["diff", "team.yaml", "ok.yaml"],
        ["pre-commit", "team.yaml"],
        ["config", "team.yaml"],
    ],
)
def test_a_team_file_linked_into_the_git_folder_is_refused_by_every_command(repo, command):
    (repo / "team.yaml").symlink_to(".git/config")
    _refused(run_cli(*command, cwd=repo), "team.yaml")
    assert not (repo / "report.html").exists()


def test_a_folder_linked_to_the_git_folder_leads_nowhere(repo):
    (repo / "hr").symlink_to(".git")
    _refused(run_cli("check", "hr/config", cwd=repo), "hr/config")


@pytest.mark.parametrize("name", [".git/config", ".git/../ok.yaml", ".GIT/config"])
def test_a_path_through_a_git_folder_is_refused_as_written(repo, name):
    """`.git/../ok.yaml` opens a file of the working tree, but no file of it is named so; `.GIT` is `.git` on
    macOS and Windows."""
    (repo / ".GIT").mkdir()
    (repo / ".GIT" / "config").write_text(f"x={TOKEN}: 1\n")
    _refused(run_cli("check", name, cwd=repo), name, "a path through")


@pytest.mark.parametrize(
    ("options", "env"),
    [
        (["--config", ".git/config"], {}),
        (["--rubric", ".git/config"], {}),
        ([], {"TEAMAUDIT_CONFIG": ".git/config"}),
        ([], {"TEAMAUDIT_RUBRIC": ".git/config"}),
    ],
)
def test_a_config_or_rubric_named_in_the_git_folder_is_refused_even_by_the_operator(repo, options, env):
    _refused(run_cli("check", "ok.yaml", *options, cwd=repo, env=env), ".git/config", "a path through")


@pytest.mark.parametrize("command", [["check", "ok.yaml"], ["pre-commit", "ok.yaml"]])
def test_a_config_linked_into_the_git_folder_or_naming_a_rubric_there_is_refused(repo, command):
    (repo / ".teamaudit.yaml").symlink_to(".git/config")
    _refused(run_cli(*command, cwd=repo), ".teamaudit.yaml")
    (repo / ".teamaudit.yaml").unlink()
    (repo / ".teamaudit.yaml").write_text("rubric: .git/config\n")
    _refused(run_cli(*command, cwd=repo), ".git/config", "a path through")
    (repo / ".teamaudit.yaml").write_text("rubric: ours.yaml\n")
    (repo / "ours.yaml").write_text("extends: .git/config\n")
    _refused(run_cli(*command, cwd=repo), ".git/config", "a path through")


def test_import_reads_no_export_and_writes_no_team_file_in_the_git_folder(repo):
    (repo / "people.csv").symlink_to(".git/config")
    _refused(run_cli("import", "people.csv", "-o", "team.yaml", cwd=repo), "people.csv")
    (repo / "out").symlink_to(".git")
    for output in (".git/team.yaml", "out/team.yaml"):
        result = run_cli("import", "export.csv", "-o", output, cwd=repo)
        assert result.code == 2, result
        assert WRITE_REFUSED in result.stderr or "a link into a Git folder" in result.stderr
    assert sorted(p.name for p in (repo / ".git").iterdir()) == ["config"]


@pytest.mark.parametrize("command", [["check", "ok.yaml"], ["report", "ok.yaml"], ["diff", "ok.yaml", "ok.yaml"]])
def test_no_report_replaces_a_file_of_the_git_folder(repo, command):
    """`-o .git/index` replaced the repository's index with a report (keeping it as `index.bak`)."""
    index = repo / ".git" / "index"
    index.write_bytes(b"DIRC\x00\x00\x00\x02")
    result = run_cli(*command, "-o", ".git/index", cwd=repo)
    assert result.code == 2, result
    assert f".git/index: {WRITE_REFUSED}" in result.stderr
    assert index.read_bytes() == b"DIRC\x00\x00\x00\x02"
    assert not (repo / ".git" / "index.bak").exists()


@pytest.fixture
def separate(tmp_path: Path) -> tuple[Path, Path]:
    """A checkout made by `git init --separate-git-dir`: its `.git` is a file naming the repository elsewhere
    (`gitdir: ...`), a folder whose name says nothing, here with the token in its config."""
    import subprocess

    checkout, store = tmp_path / "work", tmp_path / "store"
    subprocess.run(["git", "init", "-q", "--separate-git-dir", str(store), str(checkout)], check=True)
    assert (checkout / ".git").read_text().startswith("gitdir: ")
    with (store / "config").open("a") as config:
        config.write(f"extraheader=AUTHORIZATION basic {TOKEN}: 1\n")
    (checkout / "ok.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    return checkout, store


@pytest.mark.parametrize(
    ("options", "env"),
    [
        (["--config", "{store}/config"], {}),
        (["--rubric", "{store}/config"], {}),
        ([], {"TEAMAUDIT_CONFIG": "{store}/config"}),
        ([], {"TEAMAUDIT_RUBRIC": "{store}/../store/config"}),
    ],
)
def test_a_file_of_a_repository_kept_apart_is_refused_whoever_names_it(separate, options, env):
    """The operator may name any file, but not the repository's own: it is found by what it holds, not by a name."""
    checkout, store = separate
    options = [option.format(store=store) for option in options]
    env = {key: value.format(store=store) for key, value in env.items()}
    result = run_cli("check", "ok.yaml", *options, cwd=checkout, env=env)
    assert result.code == 2, result
    assert "a path into a Git folder (a repository's own, not named .git)" in result.stderr
    assert TOKEN not in result.stdout + result.stderr


def test_a_link_into_a_repository_kept_inside_the_working_tree_is_refused(tmp_path: Path):
    """`--separate-git-dir` inside the checkout under another name: the link stays in the repository, so only
    what the folder holds says it is the repository itself."""
    import subprocess

    checkout = tmp_path / "work"
    subprocess.run(["git", "init", "-q", "--separate-git-dir", str(checkout / "store"), str(checkout)], check=True)
    with (checkout / "store" / "config").open("a") as config:
        config.write(f"extraheader=AUTHORIZATION basic {TOKEN}: 1\n")
    (checkout / "team.yaml").symlink_to("store/config")
    (checkout / "hr").symlink_to("store")
    for name in ("team.yaml", "hr/config"):
        result = run_cli("check", name, cwd=checkout)
        assert result.code == 2, result
        assert f"{name}: a link into a Git folder (a repository's own, not named .git)" in result.stderr
        assert TOKEN not in result.stdout + result.stderr


@pytest.mark.parametrize("command", [["check", "ok.yaml"], ["report", "ok.yaml"], ["diff", "ok.yaml", "ok.yaml"]])
def test_no_report_replaces_a_file_of_a_repository_kept_apart(separate, command):
    """`-o /elsewhere/config` replaced the repository's config with a report."""
    checkout, store = separate
    before = (store / "config").read_bytes()
    for target in (store / "config", checkout / ".." / "store" / "new.txt"):
        result = run_cli(*command, "-o", target, cwd=checkout)
        assert result.code == 2, result
        assert "cannot write output: a path into a Git folder (a repository's own, not named .git)" in result.stderr
        assert result.stderr.endswith("(choose a file outside the Git folder)\n"), result.stderr  # not "outside .git"
    assert (store / "config").read_bytes() == before
    assert not (store / "new.txt").exists()
    assert not (store / "config.bak").exists()


def test_a_folder_that_merely_has_git_like_names_is_read(tmp_path: Path):
    """A working folder holding `refs/` or `objects/` but no `HEAD` beside them is no repository."""
    for name in ("refs", "objects"):
        (tmp_path / name).mkdir()
    (tmp_path / "objects" / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    result = run_cli("check", "objects/team.yaml", cwd=tmp_path)
    assert result.code == 1, result


def test_a_worktree_kept_inside_a_bare_repository_is_a_working_tree(tmp_path: Path):
    """`git clone --bare x proj.git`, then `git worktree add main` inside it: every file of the worktree sat under a
    folder holding HEAD, objects/ and refs/, and `check main/team.yaml` was refused as a path into a Git folder, as
    was `-o` there. git finds the worktree's own `.git` first; the bare repository's files are still refused."""
    import subprocess

    source, bare = tmp_path / "source", tmp_path / "proj.git"
    source.mkdir()
    (source / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    author = ["-c", "user.name=a", "-c", "user.email=a@b"]
    for command in (["init", "-q"], ["add", "-A"], [*author, "commit", "-qm", "x"]):
        subprocess.run(["git", *command], cwd=source, check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(source), str(bare)], check=True)
    subprocess.run(["git", "worktree", "add", "-q", "main"], cwd=bare, check=True, capture_output=True)
    worktree = bare / "main"
    result = run_cli("check", "team.yaml", "-f", "json", "-o", "report.json", cwd=worktree)
    assert result.code == 1 and result.stderr.startswith("wrote report.json"), result
    result = run_cli("check", "../config", cwd=worktree)
    assert result.code == 2 and "../config: a path into a Git folder (a repository's own" in result.stderr, result
    assert run_cli("check", "team.yaml", "-o", "../new.txt", cwd=worktree).code == 2
    assert not (bare / "new.txt").exists()


@pytest.mark.parametrize(
    ("head", "refused"),
    [
        (None, False),  # HEAD/ a folder of the team's, beside objects/ and refs/
        ("Head of nursing: Ana Lima\n", False),
        ("ref: refs/heads/main\n", True),
        ("ref:refs/heads/main", True),
        ("0123456789abcdef0123456789abcdef01234567\n", True),
    ],
)
def test_a_team_folder_named_like_a_repository_s_parts_is_read_unless_its_head_is_git_s(
    tmp_path: Path, head: str | None, refused: bool
):
    """A team repository's `data/` holding a file HEAD beside folders objects/ and refs/ of its own was taken for a
    Git folder, and `check data/objects/team.yaml` refused; git takes a folder for one only when HEAD names a branch
    or a commit (`validate_headref`), and so does teamaudit now."""
    (tmp_path / ".git").mkdir()
    data = tmp_path / "data"
    for name in ("objects", "refs"):
        (data / name).mkdir(parents=True)
    if head is None:
        (data / "HEAD").mkdir()
    else:
        (data / "HEAD").write_text(head)
    (data / "objects" / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    result = run_cli("check", "data/objects/team.yaml", cwd=tmp_path)
    assert result.code == (2 if refused else 1), result
    assert ("a path into a Git folder (a repository's own" in result.stderr) == refused


def test_a_repository_whose_objects_are_kept_elsewhere_is_still_one(tmp_path: Path):
    """With GIT_OBJECT_DIRECTORY set, as git reads it, a repository kept apart has no objects/ folder of its own:
    `--config store/config` was read and its token quoted."""
    import os
    import subprocess

    env = {"GIT_OBJECT_DIRECTORY": str(tmp_path / "objects")}
    checkout, store = tmp_path / "work", tmp_path / "store"
    subprocess.run(
        ["git", "init", "-q", "--separate-git-dir", str(store), str(checkout)], check=True, env={**os.environ, **env}
    )
    assert not (store / "objects").exists()
    with (store / "config").open("a") as config:
        config.write(f"extraheader=AUTHORIZATION basic {TOKEN}: 1\n")
    (checkout / "ok.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    result = run_cli("check", "ok.yaml", "--config", store / "config", cwd=checkout, env=env)
    assert result.code == 2 and "a path into a Git folder (a repository's own" in result.stderr, result
    assert TOKEN not in result.stdout + result.stderr
