"""A file in UTF-16 with its byte-order mark is named for what it is: a lone surrogate or a control character at
its line, never 'UTF-16 without a byte-order mark' at 1:1."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from conftest import run_cli

TEAM = "people:\n  - name: Ann\n    title: Nurse\n  - name: Bo\n    title: RN\n"
LONE_SURROGATE = {"utf-16-le": b"\x00\xd8", "utf-16-be": b"\xd8\x00"}
MARK = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("command", [["check"], ["explain", "--", "Ann"], ["diff", "team.yaml"]])
def test_a_lone_surrogate_is_named_at_its_line(tmp_path: Path, codec: str, command: list[str]) -> None:
    team = tmp_path / "team.yaml"
    team.write_bytes(MARK[codec] + TEAM.encode(codec))
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(MARK[codec] + TEAM.encode(codec) + LONE_SURROGATE[codec] + "  - name: Cy\n".encode(codec))
    args = [command[0], "broken.yaml", *command[1:]] if command[0] != "diff" else ["diff", "team.yaml", "broken.yaml"]

    result = run_cli(*args, cwd=tmp_path)

    assert result.code == 2, result.stderr
    assert result.stderr == (
        "teamaudit: error: broken.yaml:6:1: not valid UTF-16, though its byte-order mark says it is"
        " (save it as UTF-8)\n"
    )


def test_a_control_character_in_utf16_is_named_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_bytes(codecs.BOM_UTF16_LE + TEAM.replace("Bo", "B\x07o").encode("utf-16-le"))

    result = run_cli("check", "team.yaml", cwd=tmp_path)

    assert result.code == 2
    assert result.stderr == (
        "teamaudit: error: team.yaml:4:12: invalid YAML: control characters are not allowed (character U+0007)\n"
    )


def test_a_rubric_in_utf16_is_not_said_to_lack_its_mark(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_bytes(codecs.BOM_UTF16_LE + "extends: healthcare-ai\n".encode("utf-16-le"))

    result = run_cli("rubric", "validate", "mine.yaml", cwd=tmp_path)

    assert result.code == 2
    assert "mine.yaml:1:1: looks like UTF-16 (its byte-order mark says so), not UTF-8" in result.stderr
    assert "without a byte-order mark" not in result.stderr
