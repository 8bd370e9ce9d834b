"""Hostile and careless inputs, as data: each case in cases/*.yaml is a small world of files, one teamaudit
command run as a real process inside it, and what must hold afterwards.

A case:

    - id: output-onto-input                 # unique, kebab-case
      why: "-o onto the team file replaces the team with its report"   # the bug it guards against
      files:                                # created in an empty folder; text, or a generated value
        team.yaml: |
          people: [...]
        big.yaml: {repeat: "a", times: 1000000, prefix: "people:\\n  - name: ", suffix: "\\n    title: RN\\n"}
      setup:                                # optional, run in order after the files are written
        - {mkfifo: out.fifo}
        - {mkdir: reports}
        - {symlink: [team.yaml, link.yaml]}  # link.yaml -> team.yaml
        - {chmod: [report.json, 0o600]}
        - {git: [init, -q]}                  # any git command, in the folder
      run: [check, team.yaml, -f, json, -o, team.yaml]
      stdin: team.yaml                      # optional: a file of the case fed to standard input (else none)
      env: {PYTHONIOENCODING: ascii}        # optional, added to the environment
      timeout: 20                           # optional seconds; the command must finish within it
      exit: 2
      unchanged: [team.yaml]                # byte-identical afterwards (and still the same kind of file)
      stdout_has: [...]                     # substrings; also stdout_lacks, stderr_has, stderr_lacks
      stdout_never: ["(?m)^::error"]        # regular expressions that must not match stdout (also stderr_never)
      stderr_lines: 1                       # the error is one line
      exists: [team.yaml.bak]               # files that must exist afterwards; absent: files that must not
      no_leftovers: true                    # no temporary files (.*.tmp) left in the folder
      modes: {report.json: 0o600}           # permission bits afterwards
      file_has: {team.yaml: [...]}          # substrings a file must contain afterwards; also file_lacks
      stdout_is: json                       # stdout parses strictly as json (no NaN/Infinity) or as xml

Every case runs in CI. A case states the behaviour a user meets, so each one must fail on a teamaudit that
has the bug it names.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

CASES_DIR = Path(__file__).parent / "cases"

pytestmark = pytest.mark.process


def _load_cases() -> list[Any]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            cases.append(pytest.param(case, id=f"{path.stem}:{case['id']}"))
    return cases


def _content(value: Any) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, dict) and "repeat" in value:
        body = str(value["repeat"]) * int(value["times"])
        return (value.get("prefix", "") + body + value.get("suffix", "")).encode("utf-8")
    if isinstance(value, dict) and "bytes_hex" in value:
        return bytes.fromhex(value["bytes_hex"])
    raise ValueError(f"cannot make a file from {value!r}")


def _setup(step: dict[str, Any], where: Path) -> None:
    ((action, arg),) = step.items()
    if action == "mkfifo":
        os.mkfifo(where / arg)
    elif action == "mkdir":
        (where / arg).mkdir(parents=True)
    elif action == "symlink":
        (where / arg[1]).symlink_to(arg[0])
    elif action == "chmod":
        os.chmod(where / arg[0], _mode(arg[1]))
    elif action == "git":
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
        }
        subprocess.run(["git", *map(str, arg)], cwd=where, check=True, capture_output=True, env=env)
    else:
        raise ValueError(f"unknown setup step {action}")


def _mode(value: Any) -> int:
    """Permission bits written 0o600 (text to YAML 1.1) or 0600 (an octal number to YAML 1.1)."""
    return int(value, 0) if isinstance(value, str) else int(value)


def _snapshot(path: Path) -> tuple[str, bytes | None]:
    mode = path.lstat().st_mode
    if stat.S_ISREG(mode):
        return ("file", path.read_bytes())
    if stat.S_ISFIFO(mode):
        return ("fifo", None)
    if stat.S_ISLNK(mode):
        return ("link", os.readlink(path).encode())
    if stat.S_ISDIR(mode):
        return ("dir", None)
    return ("other", None)


def _refuse_constant(constant: str) -> None:
    raise AssertionError(f"stdout holds {constant}, which strict JSON parsers reject")


@pytest.mark.parametrize("case", _load_cases())
def test_hostile_case(case: dict[str, Any], tmp_path: Path) -> None:
    for name, value in (case.get("files") or {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_content(value))
    for step in case.get("setup") or []:
        _setup(step, tmp_path)
    before = {name: _snapshot(tmp_path / name) for name in case.get("unchanged") or []}
    fed = (tmp_path / case["stdin"]).read_bytes() if "stdin" in case else None
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **{k: str(v) for k, v in (case.get("env") or {}).items()}}
    env.pop("FORCE_COLOR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "teamaudit", *map(str, case["run"])],
        cwd=tmp_path,
        capture_output=True,
        env=env,
        timeout=case.get("timeout", 60),
        **({"input": fed} if fed is not None else {"stdin": subprocess.DEVNULL}),
    )
    out = proc.stdout.decode("utf-8", "replace")
    err = proc.stderr.decode("utf-8", "replace")
    where = f"\n--- stdout\n{out[-3000:]}\n--- stderr\n{err[-3000:]}"
    assert "Traceback" not in err, where
    if "exit" in case:
        assert proc.returncode == case["exit"], where
    for stream, text in (("stdout", out), ("stderr", err)):
        for part in case.get(f"{stream}_has") or []:
            assert part in text, f"{stream} lacks {part!r}{where}"
        for part in case.get(f"{stream}_lacks") or []:
            assert part not in text, f"{stream} has {part!r}{where}"
        for pattern in case.get(f"{stream}_never") or []:
            assert not re.search(pattern, text), f"{stream} matches {pattern!r}{where}"
    if case.get("stdout_is") == "json":
        json.loads(out, parse_constant=_refuse_constant)
    elif case.get("stdout_is") == "xml":
        ET.fromstring(proc.stdout)
    if "stderr_lines" in case:
        assert len(err.strip().splitlines()) == case["stderr_lines"], where
    for name, snap in before.items():
        assert _snapshot(tmp_path / name) == snap, f"{name} changed{where}"
    for name in case.get("exists") or []:
        assert (tmp_path / name).exists(), f"{name} missing{where}"
    for name in case.get("absent") or []:
        assert not (tmp_path / name).exists(), f"{name} exists{where}"
    if case.get("no_leftovers"):
        leftovers = [p.name for p in tmp_path.rglob(".*.tmp")]
        assert not leftovers, f"left behind {leftovers}{where}"
    for name, mode in (case.get("modes") or {}).items():
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == _mode(mode), f"{name} mode{where}"
    for name, parts in (case.get("file_has") or {}).items():
        text = (tmp_path / name).read_text(encoding="utf-8")
        for part in parts:
            assert part in text, f"{name} lacks {part!r}{where}"
    for name, parts in (case.get("file_lacks") or {}).items():
        text = (tmp_path / name).read_text(encoding="utf-8")
        for part in parts:
            assert part not in text, f"{name} has {part!r}{where}"
