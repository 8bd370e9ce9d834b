"""A list a message cuts short counts the rest as every count is said: '1,194 more', never '1194 more'."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import Result


def test_a_windows_1252_file_counts_its_other_lines_with_a_thousands_comma(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """A 1,200-person export saved as Windows-1252 named five lines 'and 1194 more': the only count of a run's
    messages written without its comma."""
    path = tmp_path / "team.yaml"
    people = "".join(f"  - {{name: Jos\u00e9 {i}, title: RN}}\n" for i in range(1200))
    path.write_bytes(("people:\n" + people).encode("cp1252"))
    result = cli("check", path)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        f"teamaudit: error: {path}:2:15: not valid UTF-8 (byte 0xe9) (the file looks saved as Windows-1252, where"
        " byte 0xe9 is \u00e9; lines 3, 4, 5, 6, 7 and 1,194 more hold such bytes too: save it as UTF-8)\n"
    )
