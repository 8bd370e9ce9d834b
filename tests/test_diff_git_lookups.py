"""The base commit's gate files are looked up in one git run, compared by git's object id, and read only where
their content is needed, within the limit the working-tree reader keeps: each lookup was three git runs (its
type, its whole blob, its mode), and a base's blob was read whole whatever its size."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from conftest import Result, run_cli, run_process
from test_diff import TWO_ML
from test_diff_gate_edits import git

CONFIG = "rubric: rubrics/child.yaml\nignore:\n  - rule: TA003\n    reason: hiring\n"
PARENT = 'extends: healthcare-ai\nname: ours-base\nversion: "1"\n'
CHILD = 'extends: parent.yaml\nname: ours\nversion: "1"\n'


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "rubrics").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "team.yaml").write_text(TWO_ML)
    (repo / ".teamaudit.yaml").write_text(CONFIG)
    (repo / "rubrics" / "parent.yaml").write_text(PARENT)
    (repo / "rubrics" / "child.yaml").write_text(CHILD)
    commit(repo, "base")
    return repo


def git_runs(repo: Path, tmp_path: Path, *args: str) -> tuple[Result, list[str]]:
    """teamaudit run with `args` in a process, and each git run it started (its arguments), by a `git` on PATH that
    logs them."""
    log, shim = tmp_path / "git.log", tmp_path / "bin" / "git"
    shim.parent.mkdir(exist_ok=True)
    real = subprocess.run(["sh", "-c", "command -v git"], capture_output=True, text=True, check=True).stdout.strip()
    shim.write_text(f'#!/bin/sh\necho "$*" >> {log}\nexec {real} "$@"\n')
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    log.unlink(missing_ok=True)
    result = run_process(*args, cwd=repo, env={"PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"})
    return result, log.read_text().splitlines()


@pytest.mark.process
def test_the_gate_files_cost_one_git_run(repo: Path, tmp_path: Path):
    """A config, a rubric and the rubric it extends, unchanged: 12 git runs to say so (16 in all for the diff);
    now one `ls-tree` for them all, and none reads a blob."""
    result, runs = git_runs(repo, tmp_path, "diff", "git:main:team.yaml", "team.yaml", "--format", "json")
    assert result.code == 0, result.stderr
    gate_lookups = [run for run in runs if "ls-tree -z -l" in run]
    assert len(gate_lookups) == 1 and all(f in gate_lookups[0] for f in ("rubrics/parent.yaml", ".teamaudit.yaml"))
    assert len(runs) <= 8, runs
    assert '"gate_edited": []' in result.stdout


@pytest.mark.process
def test_a_crlf_checkout_s_gate_files_are_hashed_in_one_git_run(repo: Path, tmp_path: Path):
    """A checkout that writes CRLF holds other bytes than each gate file's blob: `git hash-object` ran once a file (3
    here, 15 git runs in all) to see that `git add` would store the same; one run hashes them all (13 in all)."""
    (repo / ".gitattributes").write_text("*.yaml text eol=crlf\n")
    commit(repo, "line endings")
    for name in (".teamaudit.yaml", "rubrics/parent.yaml", "rubrics/child.yaml"):
        (repo / name).unlink()
    git(repo, "checkout", "--", ".")
    assert b"\r\n" in (repo / "rubrics" / "parent.yaml").read_bytes()
    result, runs = git_runs(repo, tmp_path, "diff", "git:main:team.yaml", "team.yaml", "--format", "json")
    assert result.code == 0 and '"gate_edited": []' in result.stdout, result.stderr
    assert [run.split()[0] for run in runs].count("hash-object") == 1, runs
    (repo / "rubrics" / "child.yaml").write_bytes(CHILD.replace("\n", "\r\n").encode() + b"# edited\r\n")
    result, runs = git_runs(repo, tmp_path, "diff", "git:main:team.yaml", "team.yaml", "--format", "json")
    assert '"gate_edited": [\n    "rubrics/child.yaml"\n  ]' in result.stdout, result.stdout
    assert [run.split()[0] for run in runs].count("hash-object") == 1, runs


def test_a_base_config_over_the_size_limit_is_refused_unread(repo: Path):
    """The base branch's pyproject.toml, which this branch deleted, was read whole to look for [tool.teamaudit]."""
    (repo / "pyproject.toml").write_bytes(b"[tool.teamaudit]\n" + b"#" * (50 * 1024 * 1024) + b"\n")
    commit(repo, "a huge pyproject")
    (repo / ".teamaudit.yaml").unlink()
    (repo / "pyproject.toml").unlink()
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.startswith(
        "teamaudit: error: 'git:main:team.yaml': pyproject.toml in main is 52,428,818 bytes, over the limit of "
        "52,428,800 bytes; not read"
    ), result.stderr


def test_a_team_file_in_a_submodule_is_read_at_the_commit_the_base_records(tmp_path: Path):
    """`diff git:main:hr/team.yaml hr/team.yaml`, hr/ a submodule: git lists nothing inside one, and the diff said
    'the change adds the team file, so there is nothing to compare; everyone is new' and passed a plan that added
    ML hires since the commit the base records for the submodule."""
    from test_diff import BALANCED

    hr = tmp_path / "hr"
    git(hr.parent, "init", "-q", "-b", "main", str(hr))
    (hr / "team.yaml").write_text(BALANCED)
    commit(hr, "team")
    top = tmp_path / "top"
    git(tmp_path, "init", "-q", "-b", "main", str(top))
    git(top, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(hr), "hr")
    commit(top, "the team file from the hr repository")
    (top / "hr" / "team.yaml").write_text(TWO_ML)  # the change: two ML hires in the submodule
    commit(top / "hr", "two ML hires")
    result = run_cli("diff", "git:main:hr/team.yaml", "hr/team.yaml", cwd=top)
    assert result.code == 1, result.stdout + result.stderr
    assert "Ivo Stark" in result.stdout and "nothing to compare" not in result.stdout
    assert "people added:\n  - Ivo Stark" in result.stdout and "Cy Park" not in result.stdout  # the two hires alone
    (hr / "team.yaml").write_text(BALANCED + "# later\n")  # a commit of the hr repository this clone never fetched
    commit(hr, "later")
    later = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hr, capture_output=True, text=True).stdout.strip()
    git(top, "update-index", "--cacheinfo", f"160000,{later},hr")
    git(top, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "record the later commit")
    missing = run_cli("diff", "git:main:hr/team.yaml", "hr/team.yaml", cwd=top)
    assert missing.code == 2 and missing.stderr.startswith(
        f"teamaudit: error: 'git:main:hr/team.yaml': hr/team.yaml is in the submodule hr, which main records at "
        f"commit {later}, and the submodule's checkout does not hold that commit (fetch it, git -C hr fetch origin "
        f"{later}, or check out with actions/checkout's submodules: true)"
    ), missing.stderr


def submodule_repo(tmp_path: Path) -> Path:
    """A repository whose `hr/` is a submodule holding `team.yaml` and `current.yaml`, a symbolic link to it."""
    from test_diff import BALANCED

    hr = tmp_path / "hr"
    git(hr.parent, "init", "-q", "-b", "main", str(hr))
    (hr / "team.yaml").write_text(BALANCED)
    (hr / "current.yaml").symlink_to("team.yaml")
    commit(hr, "team")
    top = tmp_path / "top"
    git(tmp_path, "init", "-q", "-b", "main", str(top))
    git(top, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(hr), "hr")
    commit(top, "the team file from the hr repository")
    return top


def test_a_symbolic_link_in_a_submodule_is_refused_as_one(tmp_path: Path):
    """A path of the top repository that is a link is refused; inside a submodule the link's blob, the text of the
    path it points to, was read as the team file ('the top level must be a mapping ... not text')."""
    top = submodule_repo(tmp_path)
    result = run_cli("diff", "git:main:hr/current.yaml", "hr/team.yaml", cwd=top)
    assert result.code == 2 and result.stderr == (
        "teamaudit: error: 'git:main:hr/current.yaml': hr/current.yaml is a symbolic link in main, not a team file; a "
        "git side does not follow links (it points to team.yaml: write git:main:hr/team.yaml)\n"
    ), result.stderr
    folder = run_cli("diff", "git:main:hr", "hr/team.yaml", cwd=top)  # the submodule itself
    assert folder.code == 2 and "hr is a submodule in main, not a team file" in folder.stderr, folder.stderr


def test_a_submodule_inside_a_submodule_is_refused_not_read(tmp_path: Path):
    """`hr/` a submodule whose `inner/` is one too: the team file in `inner/` was looked for in hr's commit, which
    lists nothing inside `inner/`, so it read as no file there and the diff passed as one that adds the team file;
    `inner/` itself, a commit hr's checkout does not hold, read as an empty team file."""
    inner = tmp_path / "inner"
    git(tmp_path, "init", "-q", "-b", "main", str(inner))
    (inner / "team.yaml").write_text(TWO_ML)
    commit(inner, "team")
    top = submodule_repo(tmp_path)
    hr = tmp_path / "hr"
    git(hr, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(inner), "inner")
    commit(hr, "the inner repository")
    git(top / "hr", "-c", "protocol.file.allow=always", "pull", "-q", "--recurse-submodules", "origin", "main")
    git(top / "hr", "-c", "protocol.file.allow=always", "submodule", "update", "-q", "--init")
    commit(top, "hr with its inner submodule")
    result = run_cli("diff", "git:main:hr/inner/team.yaml", "hr/inner/team.yaml", cwd=top)
    assert result.code == 2, result.stdout + result.stderr
    assert result.stderr.startswith(
        "teamaudit: error: 'git:main:hr/inner/team.yaml': hr/inner/team.yaml is in the submodule hr/inner, inside "
        "the submodule hr"
    ), result.stderr
    itself = run_cli("diff", "git:main:hr/inner", "hr/inner/team.yaml", cwd=top)
    assert itself.code == 2 and "hr/inner is a submodule in main, not a team file" in itself.stderr, itself.stderr


def test_a_long_side_named_from_a_folder_below_the_top_is_clipped_in_its_hint(repo: Path):
    """Run from a folder below the top, a side that names no file is told how to name the path from the top: the hint
    quoted the path whole, twice (a path of 100,000 characters wrote 200,000 to the log)."""
    (repo / "plans").mkdir()
    result = run_cli("diff", "git:main:" + "a" * 100_000, "../team.yaml", cwd=repo / "plans")
    assert result.code == 2 and "a git side's path starts from the current folder, plans/" in result.stderr
    assert len(result.stderr) < 1_000, len(result.stderr)
    short = run_cli("diff", "git:main:team.yml", "../team.yaml", cwd=repo / "plans")
    assert "(for team.yml at the repository root, write git:main:../team.yml)" in short.stderr, short.stderr


def test_a_long_side_into_a_submodule_is_clipped_and_a_side_of_1_mb_is_an_error(tmp_path: Path):
    """The submodule's message quoted the side whole (a ref of 40,000 characters, `main~0~0...`, filled the log),
    and a side of 1 MB, past the 128 KiB Linux gives one argument, ended in an OSError, not a message."""
    top = submodule_repo(tmp_path)
    later = "0123456789abcdef0123456789abcdef01234567"  # a commit the submodule's checkout does not hold
    git(top, "update-index", "--cacheinfo", f"160000,{later},hr")
    git(top, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "record a commit never fetched")
    ref = "main" + "~0" * 20_000
    result = run_cli("diff", f"git:{ref}:hr/team.yaml", "hr/team.yaml", cwd=top)
    assert result.code == 2 and "the submodule's checkout does not hold that commit" in result.stderr, result.stderr
    assert len(result.stderr) < 1_000 and "[40,004 characters]" in result.stderr, result.stderr
    huge = run_cli("diff", "git:main" + "~0" * 500_000 + ":hr/team.yaml", "hr/team.yaml", cwd=top)
    assert huge.code == 2 and huge.stderr.startswith("teamaudit: error: 'git:main~0~0") and len(huge.stderr) < 500
    assert "git cannot be run with it: Argument list too long" in huge.stderr, huge.stderr


def test_a_long_absolute_side_outside_the_repository_is_clipped(repo: Path, tmp_path_factory: pytest.TempPathFactory):
    """A side naming a file outside the repository by an absolute path quoted that path whole after the clipped
    side: a path of 100,000 characters wrote them all to the log."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    path = f"{elsewhere}/x\n::error::forged\x1b[31m" + "a" * 100_000 + ".yaml"
    result = run_cli("diff", f"git:main:{path}", "team.yaml", cwd=repo)
    assert result.code == 2 and "is outside this repository" in result.stderr, result.stderr[:500]
    assert len(result.stderr) < 1_000, len(result.stderr)
    assert "\x1b" not in result.stderr and "\n::error::" not in result.stderr
