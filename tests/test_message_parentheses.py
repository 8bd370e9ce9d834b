"""No message nests parentheses: a hint in parentheses that held another, `(name the team file in it: ...
(3 more .yaml files))` or `(got a value not shown (--redact))`, read as a puzzle of brackets."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import run_cli


def deepest(line: str) -> int:
    depth = deepest = 0
    for char in line:
        depth += (char == "(") - (char == ")")
        deepest = max(deepest, depth)
    return deepest


def nested(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if deepest(line) > 1]


TEAM = "people:\n  - {name: Ann Lee, title: Registered Nurse}\n"


@pytest.mark.parametrize(
    ("files", "command", "said"),
    [
        ({}, ["check", "team.yaml", "-o", "d.pptx"], ".txt for text"),
        ({"bad.yaml": "people:\n  - name a" + " " * 500 + "b\n"}, ["check", "bad.yaml"], "[507 characters]"),
        ({"bad.yaml": f"people:\n  - {{name: {'N' * 300}, title: RN, fte: 7}}\n"}, ["check", "bad.yaml"], "[300 "),
        (
            {".teamaudit.yaml": f"ignore:\n  - {{rule: TA003, reason: {'x' * 600}}}\n"},
            ["check", "team.yaml", "--redact"],
            "got a value not shown: --redact",
        ),
        ({"Q1 (draft)/notes.txt": ""}, ["init", "Q1 (draft)"], "; for example: teamaudit init 'Q1 (draft)/team.yaml'"),
    ],
    ids=[
        "unknown-output-kind",
        "long-line-without-colon",
        "long-name-in-a-place",
        "redacted-long-reason",
        "hint-quoting",
    ],
)
def test_an_error_does_not_nest_parentheses(tmp_path: Path, files: dict[str, str], command: list[str], said: str):
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli(*command, cwd=tmp_path)
    assert result.code == 2 and said in result.stderr, result.stderr
    assert nested(result.stderr) == []


def test_a_git_side_naming_a_folder_of_many_files_does_not_nest_parentheses(tmp_path: Path):
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    (tmp_path / "plans").mkdir()
    for name in ("a", "b", "c", "d", "e"):
        (tmp_path / "plans" / f"{name}.yaml").write_text(TEAM, encoding="utf-8")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "plans")
    result = run_cli("diff", "git:HEAD:plans", "plans/a.yaml", cwd=tmp_path)
    assert result.code == 2 and "or one of 2 more .yaml files" in result.stderr, result.stderr
    assert nested(result.stderr) == []
