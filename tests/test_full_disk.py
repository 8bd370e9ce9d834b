"""A write the disk cannot hold (here `ulimit -f`, which fails a write as a full disk or a quota does) leaves the
file it would replace as it was, with no backup or temporary file beside it, and says so: exit 2."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from conftest import plain_env


def _import_limited(folder: Path, size: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "teamaudit", "import", "new.csv", "-o", "team.yaml"],
        cwd=folder,
        env=plain_env(None),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, size)),
    )


def test_a_merge_the_disk_cannot_hold_keeps_the_team_file_and_says_so(tmp_path: Path) -> None:
    people = "".join(f"  - name: Old Person {i}\n    title: Data Scientist\n" for i in range(300))
    team = tmp_path / "team.yaml"
    team.write_text("organization: Acme\npeople:\n" + people)
    before = team.read_bytes()
    (tmp_path / "new.csv").write_text("Name,Job Title\n" + "".join(f"New {i},Nurse\n" for i in range(300)))

    result = _import_limited(tmp_path, len(before) + 1000)

    assert result.returncode == 2, result.stderr
    last = result.stderr.splitlines()[-1]
    assert last.endswith("team.yaml: cannot write output: File too large; nothing written, the file is as it was")
    assert team.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.csv", "team.yaml"]
    assert "Traceback" not in result.stderr
