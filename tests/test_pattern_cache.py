"""The packaged rubric's Python-only patterns are compiled once per user, then read from the cache: each run had
compiled them again, about 1 s of a 20-person check's 2.4 s. A cache that is damaged, not the pattern's or in a
folder another user may write to is not believed."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_process

TEAM = EXAMPLES / "backwards.yaml"
# A pattern RE2 refuses, as the packaged rubric's are, and texts it does and does not match.
PATTERN = r"\bnurse(?! educator)\b"
TEXTS = ("charge nurse", "nurse educator", "Nurse, ICU", "nursery")


def _programs(cache: Path) -> list[Path]:
    return sorted(cache.glob("teamaudit/re-*/*.json"))


@pytest.mark.process
def test_a_second_run_reads_the_patterns_from_the_cache(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    first = run_process("check", TEAM, env=env)
    programs = _programs(tmp_path)
    assert programs, "the first run cached no pattern"
    for path in programs:
        program = json.loads(path.read_text(encoding="utf-8"))
        assert re.search(r"\(\?[=!<]", program["pattern"]), "only patterns RE2 refuses reach Python's re"
    written = {path: path.stat().st_mtime_ns for path in programs}
    second = run_process("check", TEAM, env=env)
    assert (second.code, second.stdout, second.stderr) == (first.code, first.stdout, first.stderr)
    assert {path: path.stat().st_mtime_ns for path in _programs(tmp_path)} == written, "the second run compiled again"
    assert not list(tmp_path.rglob(".*.tmp")), "a temporary file was left behind"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def _matches(compiled: re.Pattern[str]) -> list[bool]:
    return [compiled.search(text) is not None for text in TEXTS]


EXPECTED = [True, False, True, False]


def _file_of(cache: Path) -> Path:
    from teamaudit.patterncache import compiled

    compiled(PATTERN, re.IGNORECASE)
    (path,) = _programs(cache)
    return path


def _another_patterns_program(cache: Path) -> str:
    """The program of `x`, labelled as PATTERN's: what a poisoned cache would hold."""
    from teamaudit.patterncache import compiled

    (path,) = _programs(cache)
    compiled("x", re.IGNORECASE)
    (other,) = set(_programs(cache)) - {path}
    program = json.loads(other.read_text(encoding="utf-8"))
    return json.dumps({**program, "pattern": PATTERN})


DAMAGES = {
    "not JSON": lambda cache, text: "\x00\xff garbage",
    "cut short": lambda cache, text: text[: len(text) // 2],
    "a list": lambda cache, text: "[1, 2, 3]",
    "another pattern": lambda cache, text: text.replace("educator", "teacher"),
    "a code out of range": lambda cache, text: text.replace('"code":[', '"code":[4294967296,'),
    "a program the engine refuses": lambda cache, text: text.replace('"code":[', '"code":[99999,'),
    "text for a number": lambda cache, text: text.replace('"groups":', '"groups":"0",' + '"x":'),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_cache_file_is_compiled_again_and_mended(cache: Path, damage: str) -> None:
    from teamaudit.patterncache import compiled

    path = _file_of(cache)
    good = path.read_text(encoding="utf-8")
    path.write_text(DAMAGES[damage](cache, good), encoding="utf-8")
    assert _matches(compiled(PATTERN, re.IGNORECASE)) == EXPECTED
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(good)


def test_a_cache_another_user_may_write_to_is_not_read(cache: Path) -> None:
    from teamaudit.patterncache import compiled

    path = _file_of(cache)
    path.write_text(_another_patterns_program(cache), encoding="utf-8")
    os.chmod(path.parent, 0o777)
    assert _matches(compiled(PATTERN, re.IGNORECASE)) == EXPECTED
    os.chmod(path.parent, 0o700)  # the same file in the user's own folder is believed: the test can see a read
    assert _matches(compiled(PATTERN, re.IGNORECASE)) == [False, False, False, False]


@pytest.mark.parametrize("where", ["a file", "a link"])
def test_a_cache_that_cannot_be_a_folder_costs_only_time(cache: Path, where: str) -> None:
    from teamaudit.patterncache import compiled

    if where == "a file":
        (cache / "teamaudit").write_text("not a folder", encoding="utf-8")
    else:
        (cache / "elsewhere").mkdir()
        (cache / "teamaudit").symlink_to(cache / "elsewhere")
    assert _matches(compiled(PATTERN, re.IGNORECASE)) == EXPECTED
    assert not list(cache.rglob("*.json")), "a program was written through the link"
