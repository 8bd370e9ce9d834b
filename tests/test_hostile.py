"""No network, byte-identical output, and the hostile-input limits."""

from __future__ import annotations

import socket
import time

import pytest

from conftest import run_cli
from teamaudit.render import Format


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python opens a connection or resolves a name refuses; the list records each attempt."""
    attempts: list[str] = []

    def refusing(name: str):
        def refuse(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"teamaudit tried socket {name}")

        return refuse

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refusing(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refusing(name))
    return attempts


@pytest.mark.parametrize(
    "args",
    [
        ["check", "examples/messy-40.yaml", "--format", "sarif"],
        ["check", "examples/backwards.yaml", "--details"],
        ["explain", "examples/backwards.yaml"],
        ["diff", "examples/balanced.yaml", "examples/backwards.yaml", "--format", "markdown"],
        ["config", "examples/balanced.yaml"],
        ["rubric", "show", "healthcare-ai"],
    ],
)
def test_never_opens_a_network_connection(no_network, args):
    result = run_cli(*args)
    assert no_network == []
    assert result.code in (0, 1), result.stderr


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_same_input_same_bytes_in_every_format(fmt):
    runs = [run_cli("check", "examples/messy-40.yaml", "--format", fmt, "--details").stdout for _ in range(2)]
    assert runs[0] == runs[1] and runs[0]


@pytest.mark.parametrize("where", ["top level", "inside a person"])
def test_alias_bomb_is_refused_fast_and_small(tmp_path, where):
    levels = ['&a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        levels.append(f"&{cur} [{', '.join(['*' + prev] * 9)}]")
    if where == "top level":  # the classic billion laughs
        text = "".join(f"{level[1]}: {level}\n" for level in levels) + "people: *j\n"
    else:  # where the file is otherwise valid, so only the expansion can refuse it
        text = "people:\n  - name: A\n    title: RN\n    skills:\n" + "".join(f"      - {lv}\n" for lv in levels)
    path = tmp_path / "lol.yaml"
    path.write_text(text)
    started = time.perf_counter()
    result = run_cli("check", path)
    elapsed = time.perf_counter() - started
    assert result.code == 2 and len(result.stderr.splitlines()) == 1
    if where == "inside a person":
        assert "refusing to expand" in result.stderr
    assert elapsed < 5  # the whole command; the refusal itself takes microseconds


def test_legitimate_aliases_are_fine(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n  - {name: A, title: ML Engineer, skills: &ml [PyTorch, JAX]}\n"
        "  - {name: B, title: Research Scientist, skills: *ml}\n"
    )
    result = run_cli("check", path, "--format", "json")
    assert result.code == 1 and '"PyTorch"' not in result.stderr


def test_nesting_limit(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("people:\n  - name: A\n    title: RN\n    skills: " + "[" * 80 + "]" * 80 + "\n")
    result = run_cli("check", path)
    assert result.code == 2 and "nesting deeper than 64 levels" in result.stderr


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("people:\n  - name: A\n    title: !!int x\n", ":3:12: invalid YAML value 'x' for int"),
        ("people:\n  - name: A\n    title: !!int ''\n", ":3:12: invalid YAML value '' for int"),
        ("as_of: !!timestamp 2026-13-45\npeople: []\n", ":1:8: invalid YAML value '2026-13-45' for timestamp"),
        ("people:\n  - {name: A, title: !!python/object:os.system ls}\n", "invalid YAML"),
    ],
)
def test_tagged_values_found_by_the_fuzzer(tmp_path, text, fragment):
    path = tmp_path / "team.yaml"
    path.write_text(text)
    result = run_cli("check", path)
    assert result.code == 2 and fragment in result.stderr and "Traceback" not in result.stderr


def _laughs(levels: int = 10) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, cur = chr(96 + i), chr(97 + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


HOSTILE_SETTINGS = [
    ("alias bomb", _laughs(), ":4:12: YAML aliases here expand to 2,549 of the 2,567 nodes read so far"),
    ("duplicate key", "name: x\nname: y\n", ":2:1: duplicate key 'name' in the same mapping"),
    ("deep nesting", "name: " + "[" * 80 + "]" * 80 + "\n", "nesting deeper than 64 levels"),
    ("bad tagged value", "name: !!int x\n", ":1:7: invalid YAML value 'x' for int"),
    ("control character", "name: a\x01b\n", ":1:8: invalid YAML: control characters are not allowed"),
    ("two documents", "name: x\n---\nname: y\n", ":2:1: expected a single document"),
    ("huge duplicate key", f"? {'k' * 200_000}\n: 1\n? {'k' * 200_000}\n: 2\n", "[200,000 characters]"),
    ("huge bad number", f"name: !!int {'1' * 100_000}\n", "[100,002 characters] for int"),
]


@pytest.mark.parametrize("kind", ["rubric", "config"])
@pytest.mark.parametrize(("text", "fragment"), [c[1:] for c in HOSTILE_SETTINGS], ids=[c[0] for c in HOSTILE_SETTINGS])
def test_rubric_and_config_files_refuse_what_team_files_refuse(tmp_path, kind, text, fragment):
    if kind == "rubric":
        path = tmp_path / "mine.yaml"
        path.write_text(text)
        result = run_cli("rubric", "validate", path)
    else:
        (tmp_path / "team.yaml").write_text("people:\n  - {name: A, title: RN}\n")
        path = tmp_path / ".teamaudit.yaml"
        path.write_text(text)
        result = run_cli("check", "team.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stdout == "" and len(result.stderr) < 1000
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert f"{path}{fragment}" in result.stderr or (not fragment.startswith(":") and fragment in result.stderr)
