"""A list a message cuts short counts the rest as every count is said: '1,194 more', never '1194 more'."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import Result


def test_a_windows_1252_file_counts_its_other_lines_with_a_thousands_comma(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """A 1,200-person export saved as Windows-1252 named five lines 'and 1194 more', where other counts say
    '1,194'."""
    path = tmp_path / "team.yaml"
    people = "".join(f"  - {{name: Jos\u00e9 {i}, title: RN}}\n" for i in range(1200))
    path.write_bytes(("people:\n" + people).encode("cp1252"))
    result = cli("check", path)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        f"teamaudit: error: {path}:2:15: not valid UTF-8 (byte 0xe9) (the file looks saved as Windows-1252, where"
        " byte 0xe9 is \u00e9; lines 3, 4, 5, 6, 7 and 1,194 more hold such bytes too: save it as UTF-8)\n"
    )


def test_a_finding_counts_the_people_it_does_not_name_with_a_thousands_comma(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """TA004 named five of 1,010 clinical people without hands-on evidence 'and 1005 more' (rules/base.who)."""
    path = tmp_path / "team.yaml"
    people = "".join(f"  - {{name: Nur {i:04d}, title: Clinical Informatics Analyst}}\n" for i in range(1010))
    path.write_text("people:\n" + people, encoding="utf-8")
    result = cli("check", path)
    assert "Nur 0003 (line 5), Nur 0004 (line 6), and 1,005 more." in result.stdout, result.stdout
    assert "1005" not in result.stdout


def test_a_diff_counts_the_layers_it_does_not_name_with_a_thousands_comma(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """A change declaring 1,010 people's layers named five of them 'and 1005 more' (render/diff._named), in text
    and markdown."""
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(
        "people:\n" + "".join(f"  - {{name: Eng {i:04d}, title: Engineer}}\n" for i in range(1010)), encoding="utf-8"
    )
    head.write_text(
        "people:\n" + "".join(f"  - {{name: Eng {i:04d}, title: Engineer, layer: integration}}\n" for i in range(1010)),
        encoding="utf-8",
    )
    for fmt in ("text", "markdown"):
        result = cli("diff", base, head, "--format", fmt)
        assert "Eng 0004 (line 6), and 1,005 more" in result.stdout, result.stdout


def test_the_details_table_counts_the_evidence_it_does_not_show_with_a_thousands_comma(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """`check --details` shows two of a person's evidence: over a rubric's 1,010 skills signals, all matched, it
    said '(+1008 more)'."""
    signals = "".join(
        f"      - {{id: s{i}, field: skills, weight: 1, label: s{i}, pattern: '\\bzq{i}x\\b'}}\n" for i in range(1010)
    )
    rubric = tmp_path / "many.yaml"
    rubric.write_text(
        f'extends: healthcare-ai\nversion: "m"\nlayers:\n  ml_research:\n    signals:\n{signals}', encoding="utf-8"
    )
    skills = ", ".join(f"zq{i}x" for i in range(1010))
    team = tmp_path / "team.yaml"
    team.write_text(f"people:\n  - {{name: Ann Lee, title: Engineer, skills: [{skills}]}}\n", encoding="utf-8")
    result = cli("check", team, "--rubric", rubric, "--details")
    assert "skills mention s1: 'zq1x' (+1,008 more)" in result.stdout, result.stdout
