"""How `-o FILE` meets the file system and the pipe it may be replaced by, as a user meets it: a real process,
since write limits, permissions and a reader that leaves are the point."""

from __future__ import annotations

import os
import resource
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLES, plain_env, write_big_team

pytestmark = pytest.mark.process

TEAMAUDIT = [sys.executable, "-m", "teamaudit"]


def _run(argv: list[str], where: Path, before: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv,
        cwd=where,
        env=plain_env(None),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        preexec_fn=before,
    )


def _files_at_most(size: int) -> Callable[[], None]:
    """`ulimit -f`: the child may write files of at most `size` bytes (a full disk or quota alike)."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def test_a_write_that_fails_makes_no_backup_and_a_retry_makes_no_second(tmp_path: Path):
    """`(ulimit -f 1000; teamaudit check big.yaml -f json -o notes.txt)` twice left notes.txt.bak and then
    notes.txt.bak.2: the backup was made before the write that failed, and never reused."""
    shutil.copy(EXAMPLES / "balanced.yaml", tmp_path / "team.yaml")
    notes = tmp_path / "notes.txt"
    notes.write_text("precious\n")
    command = [*TEAMAUDIT, "check", "team.yaml", "-f", "json", "-o", "notes.txt"]
    for _ in range(2):
        failed = _run(command, tmp_path, before=_files_at_most(4096))  # the JSON report is about 8 KB
        assert failed.returncode == 2 and "cannot write output: File too large" in failed.stderr, failed.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "team.yaml"]
        assert notes.read_text() == "precious\n"

    written = _run(command, tmp_path)
    assert written.returncode == 0, written.stderr
    assert f"a backup of it was made: {tmp_path / 'notes.txt.bak'}" in written.stderr
    assert (tmp_path / "notes.txt.bak").read_text() == "precious\n"

    notes.write_text("precious\n")  # the same notes again: their backup is used again, not copied twice
    again = _run(command, tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"its backup is {tmp_path / 'notes.txt.bak'}, made earlier with the same content" in again.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "notes.txt.bak", "team.yaml"]


def test_a_merge_the_disk_cannot_hold_keeps_the_team_file_and_says_so(tmp_path: Path) -> None:
    """`(ulimit -f ...; teamaudit import new.csv -o team.yaml)` said only `cannot write output: File too large`,
    after the summary of the people it added: the team file was kept, but the run did not say so."""
    people = "".join(f"  - name: Old Person {i}\n    title: Data Scientist\n" for i in range(300))
    team = tmp_path / "team.yaml"
    team.write_text("organization: Acme\npeople:\n" + people)
    before = team.read_bytes()
    (tmp_path / "new.csv").write_text("Name,Job Title\n" + "".join(f"New {i},Nurse\n" for i in range(300)))

    result = _run([*TEAMAUDIT, "import", "new.csv", "-o", "team.yaml"], tmp_path, _files_at_most(len(before) + 1000))

    assert result.returncode == 2, result.stderr
    last = result.stderr.splitlines()[-1]
    assert last.endswith("team.yaml: cannot write output: File too large; nothing written, the file is as it was")
    assert team.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.csv", "team.yaml"]


@pytest.mark.parametrize(
    "command",
    [
        ["check", "team.yaml", "-f", "json", "--fail-on", "never"],  # a passing audit, 700 KB of JSON
        ["rubric", "show"],  # 180 KB
    ],
    ids=["check", "rubric show"],
)
def test_a_reader_that_leaves_early_ends_the_run_as_sigpipe_does(tmp_path: Path, command: list[str]):
    """`teamaudit check ... | head -c 10` exited 1 under `set -o pipefail` (as GitHub runs bash), the code of a
    failing audit, on a passing one. Now it ends as `cat` does, 141 to the shell, and says nothing."""
    write_big_team(tmp_path / "team.yaml", 2_000)
    teamaudit = shlex.join([*TEAMAUDIT, *command])
    piped = _run(["bash", "-o", "pipefail", "-c", f"{teamaudit} 2>err.txt | head -c 10 >/dev/null"], tmp_path)
    assert piped.returncode == 141
    assert (tmp_path / "err.txt").read_text() == ""  # no traceback, no "Exception ignored"


def _as_a_user(argv: list[str]) -> list[str]:
    """`argv` run without root's power to write where permissions say no: as it is for a user, and for root
    through setpriv, which takes that power away."""
    if os.geteuid() != 0:
        return argv
    if shutil.which("setpriv") is None:
        pytest.skip("root may write anywhere, and setpriv is not here to take that away")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *argv]


def test_a_folder_the_user_cannot_write_is_refused_before_the_audit(tmp_path: Path):
    """`-o ro/r.json` into a read-only folder ran the whole audit, then failed. The team file's own problem
    (no title) is not reported: the folder is checked first."""
    (tmp_path / "team.yaml").write_text("people:\n  - {name: Ana}\n")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        refused = _run(_as_a_user([*TEAMAUDIT, "check", "team.yaml", "-o", "ro/r.json"]), tmp_path)
    finally:
        folder.chmod(0o755)
    assert refused.returncode == 2
    assert refused.stderr == (
        "teamaudit: error: ro/r.json: cannot write output: no permission to create files in its folder (the "
        "report is written to a temporary file beside it, then renamed; choose a folder you can write)\n"
    )
    assert list(folder.iterdir()) == []


def test_a_file_the_user_cannot_write_is_not_replaced(tmp_path: Path):
    """The atomic rename replaced a file its owner may not write (write permission for the group only), since a
    rename needs only the folder's permission; and the file became the writer's."""
    shutil.copy(EXAMPLES / "balanced.yaml", tmp_path / "team.yaml")
    report = tmp_path / "report.txt"
    report.write_text("the group's notes\n")
    report.chmod(0o464)
    refused = _run(_as_a_user([*TEAMAUDIT, "check", "team.yaml", "-o", "report.txt"]), tmp_path)
    assert refused.returncode == 2
    assert "report.txt: cannot write output: the file is write-protected; not replaced" in refused.stderr
    assert report.read_text() == "the group's notes\n" and report.stat().st_mode & 0o777 == 0o464
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt", "team.yaml"]
