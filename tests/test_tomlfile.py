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


LOCATED = '''[project]
name = "x"  # a comment = with [brackets] and {braces}

[tool.teamaudit]
"fail-on" = 'warning'
desc = """two
lines = 2
"""
ignore = [
  {rule = "TA002", layer = "integration"},
  {rule = "TA003"},   # trailing comma next
]
rules = {}
a.b = [1, [2, 3], {c = 4}]

[tool.teamaudit.thresholds]
ml-ratio = 1.5

[[tool.teamaudit.more]]
x = 1
[[tool.teamaudit.more]]
x = 2
'''


def test_locate_toml_finds_every_value_by_the_path_tomllib_gives_it():
    import tomllib

    from teamaudit.tomlfile import locate_toml

    data = tomllib.loads(LOCATED)["tool"]["teamaudit"]
    places = locate_toml(LOCATED, ("tool", "teamaudit"))
    assert data["ignore"][1]["rule"] == "TA003" and data["a"]["b"][2]["c"] == 4 and data["more"][1]["x"] == 2
    assert places.locate(()) == (4, 1)
    assert places.locate(("fail-on",)) == (5, 13)
    assert places.locate(("ignore", 1)) == (11, 3) and places.locate(("ignore", 1, "rule")) == (11, 11)
    assert places.key_location(("ignore", 0), "layer") == (10, 20)
    assert places.locate(("lines",)) == (4, 1)  # inside a multi-line string: not a key, so its table
    assert places.locate(("rules",)) == (13, 9)
    assert places.locate(("a", "b", 1, 0)) == (14, 12) and places.locate(("a", "b", 2, "c")) == (14, 24)
    assert places.locate(("thresholds", "ml-ratio")) == (17, 12)
    assert places.locate(("more", 1, "x")) == (22, 5) and places.locate(("more", 1)) == (21, 1)
    assert places.locate(("nowhere", 3)) == (4, 1)
    assert locate_toml(LOCATED, ("tool", "other")).locate(("x",)) == (1, 1)


def test_locate_toml_is_linear_on_long_and_deep_text():
    """It runs only on text tomllib has read, within read_toml's limits; a long array must not be quadratic."""
    from teamaudit.tomlfile import locate_toml

    text = "[tool.teamaudit]\nx = [" + "1, " * 200_000 + "]\ny = " + "[" * 64 + "]" * 64 + "\n"
    places = locate_toml(text, ("tool", "teamaudit"))
    assert places.locate(("x", 199_999)) == (2, 6 + 3 * 199_999) and places.locate(("y",)) == (3, 5)


def test_locate_toml_follows_tables_inside_arrays_of_tables_and_implicit_parents():
    """Review: `[a.b]` after `[[a]]` was recorded as a.b, not a[0].b, and a table only a deeper header opened had no
    place, so an unknown key in it was reported at line 1."""
    from teamaudit.tomlfile import locate_toml

    text = (
        '[project]\nname = "x"\n\n[tool.teamaudit.threshold.x]\na = 1\n\n[[tool.teamaudit.ignore]]\nrule = "TA002"\n'
        '[tool.teamaudit.ignore.extra]\nb = 2\n[[tool.teamaudit.ignore]]\nrule = "TA003"\n'
        "[[tool.teamaudit.ignore.sub]]\nc = 3\n[[tool.teamaudit.ignore.sub]]\nc = 4\n[tool.teamaudit.threshold]\n"
    )
    places = locate_toml(text, ("tool", "teamaudit"))
    assert places.locate(("threshold",)) == (17, 1)  # named on its own line later: it starts there
    assert places.locate(("ignore", 0, "extra", "b")) == (10, 5) and places.locate(("ignore", 1, "rule")) == (12, 8)
    assert places.locate(("ignore", 1, "sub", 1, "c")) == (16, 5) and places.locate(("ignore", 1, "sub", 0)) == (13, 1)
