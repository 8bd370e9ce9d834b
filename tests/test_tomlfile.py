"""pyproject.toml is read within bounds: nesting, dotted keys, UTF-8, and its errors name the line."""

from __future__ import annotations

import pytest

from teamaudit.errors import TeamAuditError
from teamaudit.tomlfile import read_toml


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[tool.teamaudit]\nx = " + "[" * 65 + "]" * 65 + "\n", "pyproject.toml:2: TOML nested deeper"),
        ("[tool.teamaudit]\nx = " + "{a = " * 65 + "1" + "}" * 65 + "\n", "pyproject.toml:2: TOML nested deeper"),
        # 100,000 parts would take tomllib some 60 GB; the key is refused before it reaches the parser.
        ("[tool.teamaudit]\n" + "a." * 100_000 + "b = 1\n", "pyproject.toml:2: TOML nested deeper"),
        ("[tool.teamaudit]\nfail-on = warning\n", "pyproject.toml:2:11: invalid TOML: Invalid value"),
    ],
    ids=["arrays", "inline tables", "dotted key", "bad value"],
)
def test_hostile_toml_is_one_located_error(tmp_path, text, message):
    path = tmp_path / "pyproject.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TeamAuditError) as caught:
        read_toml(path)
    assert str(caught.value).startswith(f"{path.parent}/{message}")


def test_dots_and_brackets_inside_strings_and_comments_do_not_count(tmp_path):
    path = tmp_path / "pyproject.toml"
    dots = "." * 200
    path.write_text(
        f'[tool.teamaudit]\nrubric = "{dots}[[[["\n# {dots} {{{{{{\nx = """\n{"[" * 100}\n"""\ny = \'{dots}\'\n',
        encoding="utf-8",
    )
    data = read_toml(path)
    assert data["tool"]["teamaudit"]["rubric"] == dots + "[[[["
