"""A team file, config or rubric Git LFS stores: the commit holds a pointer of a few lines, the clone's LFS store
(`.git/lfs/objects/`) the file. A `git:REF:PATH` side read the pointer as the team file ("the top level must be a
mapping with a 'people:' list, not text"), and `--config-from` the pointer as the base's rubric."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

from conftest import run_cli
from test_diff import BALANCED, TWO_ML
from test_diff_gate_edits import CHILD, PARENT


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def commit(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message)


def to_lfs(repo: Path, name: str, *, stored: bool) -> None:
    """Commit `name` as Git LFS does, a pointer, the file itself in the LFS store when `stored`, in the checkout."""
    real = (repo / name).read_bytes()
    oid = hashlib.sha256(real).hexdigest()
    (repo / name).write_text(f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {len(real)}\n")
    commit(repo, f"{name} moves to LFS")
    (repo / name).write_bytes(real)  # as `git lfs pull` leaves it
    if stored:
        folder = repo / ".git" / "lfs" / "objects" / oid[:2] / oid[2:4]
        folder.mkdir(parents=True)
        (folder / oid).write_bytes(real)


def repository(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "team.yaml").write_text(BALANCED)
    commit(tmp_path, "team")
    return tmp_path


def test_a_team_file_lfs_stores_is_read_from_the_lfs_store(tmp_path: Path):
    repo = repository(tmp_path)
    git(repo, "checkout", "-qb", "lfs")
    to_lfs(repo, "team.yaml", stored=True)
    (repo / "team.yaml").write_text(TWO_ML)
    commit(repo, "two ML hires")  # a pointer again in a real LFS repository; the file itself does as well here
    result = run_cli("diff", "git:main:team.yaml", "git:lfs~1:team.yaml", "--format", "json", cwd=repo)
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["people"]["added"] == []
    result = run_cli("diff", "git:lfs~1:team.yaml", "git:lfs:team.yaml", cwd=repo)
    assert result.code == 1, result.stderr
    assert "ML research added by this change: Ivo Stark (line 10), Jun Sato (line 11)" in result.stdout


def test_a_team_file_whose_lfs_object_the_clone_lacks_says_so(tmp_path: Path):
    repo = repository(tmp_path)
    git(repo, "checkout", "-qb", "lfs")
    to_lfs(repo, "team.yaml", stored=False)
    result = run_cli("diff", "git:lfs:team.yaml", "git:main:team.yaml", cwd=repo)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "teamaudit: error: 'git:lfs:team.yaml': team.yaml in lfs is stored by Git LFS, and this clone holds only its "
        "pointer, not the file"
    ), result.stderr
    assert "git lfs fetch" in result.stderr


def test_a_base_rubric_lfs_stores_judges_under_config_from(tmp_path: Path):
    repo = repository(tmp_path)
    (repo / "team.yaml").write_text(TWO_ML)
    (repo / ".teamaudit.yaml").write_text("rubric: rubrics/child.yaml\n")
    (repo / "rubrics").mkdir()
    (repo / "rubrics" / "parent.yaml").write_text(PARENT)
    (repo / "rubrics" / "child.yaml").write_text(CHILD)
    commit(repo, "our rubric")
    to_lfs(repo, "rubrics/parent.yaml", stored=True)
    result = run_cli("check", "team.yaml", "--config-from", "main", cwd=repo)
    assert result.code == 1, result.stderr  # TA001 at the base rubric's ml_ratio 1.0
    assert "rubric ours 1" in result.stdout.splitlines()[0]


def pointer_commit(repo: Path, oid: str, size: str) -> None:
    """A pull request's commit of team.yaml as a pointer written by hand: any oid, any size."""
    (repo / "team.yaml").write_text(f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {size}\n")
    commit(repo, "a pointer")


def test_a_pointer_whose_size_is_not_its_file_s_says_so_not_to_fetch(tmp_path: Path):
    """The store holds the file for the oid, the pointer a size of its own: 'holds only its pointer ... git lfs
    fetch' was said, which no fetch mends."""
    repo = repository(tmp_path)
    git(repo, "checkout", "-qb", "lfs")
    to_lfs(repo, "team.yaml", stored=True)
    real = (repo / "team.yaml").read_bytes()
    oid = hashlib.sha256(real).hexdigest()
    for size in (5, len(real) + 1):
        pointer_commit(repo, oid, str(size))
        result = run_cli("diff", "git:main:team.yaml", "git:lfs:team.yaml", cwd=repo)
        assert result.code == 2 and "Traceback" not in result.stderr, result.stderr
        assert (
            f"team.yaml in lfs is a Git LFS pointer that does not match the file this clone's LFS store holds for its "
            f"oid (the pointer says {size:,} bytes, the store holds {len(real):,})" in result.stderr
        ), result.stderr
        assert "git lfs fetch" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_pointer_of_a_huge_size_or_an_oid_that_is_a_path_reads_nothing(tmp_path: Path):
    """A pull request writes the pointer: its size is refused before the store is read, and an oid that is not 64
    hex digits is no pointer (read as the team file it then is), never a path into or out of the store."""
    repo = repository(tmp_path)
    git(repo, "checkout", "-qb", "lfs")
    to_lfs(repo, "team.yaml", stored=True)
    oid = hashlib.sha256((repo / "team.yaml").read_bytes()).hexdigest()
    pointer_commit(repo, oid, str(10**12))
    result = run_cli("diff", "git:main:team.yaml", "git:lfs:team.yaml", cwd=repo)
    assert result.code == 2 and "a Git LFS file of 1,000,000,000,000 bytes, over the limit" in result.stderr
    (repo / "secret.yaml").write_text(BALANCED)  # what ../../../../secret.yaml from a store folder would reach
    for bad in ("../../../../secret.yaml", oid.upper(), oid[:-1], f"{oid}/../{oid}"):
        pointer_commit(repo, bad, "12")
        result = run_cli("diff", "git:main:team.yaml", "git:lfs:team.yaml", cwd=repo)
        assert result.code == 2 and "Traceback" not in result.stderr, result.stderr
        assert "the top level must be a mapping" in result.stderr, result.stderr
