"""YAML errors whose own words point at nothing a person sees: a key over the 1,024 characters YAML reads (a 1 MB
key said `could not find expected ':'` a million columns to the right), and a byte-order mark inside a file (two
files joined with `cat`), which no editor shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

HEAD = "people:\n  - name: Ann\n    title: Nurse\n"


@pytest.mark.parametrize("length", [1025, 1_000_000])
def test_a_key_too_long_for_yaml_is_named_with_its_length_where_it_starts(tmp_path: Path, length: int) -> None:
    (tmp_path / "team.yaml").write_text(HEAD + "    " + "k" * length + ": 1\n")

    result = run_cli("check", "team.yaml", cwd=tmp_path)

    assert result.code == 2
    assert result.stderr == (
        f"teamaudit: error: team.yaml:4:5: invalid YAML: a key of {length:,} characters, over the 1,024 YAML reads"
        " (a value pasted where its key belongs?)\n"
    )


def test_a_key_too_long_in_a_config_is_named_too(tmp_path: Path) -> None:
    (tmp_path / ".teamaudit.yaml").write_text("ml-ratio: 1\n" + "k" * 5000 + ": 1\n")

    result = run_cli("config", cwd=tmp_path)

    assert result.code == 2
    assert ".teamaudit.yaml:2:1: invalid YAML: a key of 5,000 characters, over the 1,024 YAML reads" in result.stderr


@pytest.mark.parametrize("joined", ["  - name: Bo\n    title: RN\n", "people:\n  - name: Bo\n    title: RN\n"])
def test_a_byte_order_mark_inside_a_file_is_named_at_its_place(tmp_path: Path, joined: str) -> None:
    (tmp_path / "team.yaml").write_text(HEAD + "\ufeff" + joined, encoding="utf-8")

    result = run_cli("check", "team.yaml", cwd=tmp_path)

    assert result.code == 2
    assert result.stderr == (
        "teamaudit: error: team.yaml:4:1: invalid YAML: a byte-order mark (U+FEFF) inside the file, which editors"
        " do not show (remove it: two files joined into one keep the second one's mark)\n"
    )


def test_a_key_too_long_in_braces_is_named_where_it_starts(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_text("people:\n  - {name: Ann, title: Nurse, " + "k" * 2000 + ": 1}\n")

    result = run_cli("check", "team.yaml", cwd=tmp_path)

    assert result.code == 2
    assert result.stderr == (
        "teamaudit: error: team.yaml:2:31: invalid YAML: a key of 2,000 characters, over the 1,024 YAML reads"
        " (a value pasted where its key belongs?)\n"
    )


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("    title: Founding Engineer: Platform\n", "title: 'Founding Engineer: Platform'"),
        ("    title: RN: ICU  # nights\n", "title: 'RN: ICU'"),
        ("  - name: Ann O'Neil: MD\n", '- name: "Ann O\'Neil: MD"'),
        ("    title: RN: x ::error::x\n", "title: 'RN: x ::error::x'"),
    ],
)
def test_a_value_that_holds_a_colon_is_told_to_quote_it_as_the_line_shows(tmp_path: Path, line: str, quoted: str):
    """`title: Founding Engineer: Platform` was told to "indent this line like the one above it": its indent is
    right; the value wants quotes, and the message shows the line quoted."""
    (tmp_path / "team.yaml").write_text(("people:\n  - name: Bo\n" if "title" in line else HEAD) + line)

    result = run_cli("check", "team.yaml", cwd=tmp_path)

    assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.endswith(f"(quote the value, which holds ': ', as {quoted})\n"), result.stderr
    assert "indent" not in result.stderr and result.stderr.startswith("teamaudit: error: team.yaml:")


def test_a_colon_hint_clips_a_long_value(tmp_path: Path) -> None:
    (tmp_path / "team.yaml").write_text("people:\n  - name: Bo\n    title: " + "x" * 1_000_000 + ": y\n")

    result = run_cli("check", "team.yaml", cwd=tmp_path)

    assert result.code == 2 and len(result.stderr) < 400 and "[1,000,012 characters]" in result.stderr
