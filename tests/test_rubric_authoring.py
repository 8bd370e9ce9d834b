"""A rubric author's trial: what `rubric show` writes reads back the same, `remove:` means only `true`, an
`extends:` that cannot be followed is reported at the child's line, and a rubric is read as strictly as a team
file, every problem of the file in one run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

ERROR = "teamaudit: error: "
CHILD = """extends: healthcare-ai
name: child
version: "1"
layers:
  clinical:
    signals:
      - {id: names-clinical-profession, remove: true}
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _signals(stdout: str) -> int:
    found = re.search(r"; (\d+) signals\)$", stdout.strip())
    assert found, stdout
    return int(found.group(1))


def _layers(rubric: Path) -> list[tuple[str, float]]:
    result = run_cli("check", ROOT / "examples" / "messy-40.yaml", "--format", "json", "--rubric", rubric)
    assert result.code in (0, 1), result.stderr
    return [(p["layer"], p["confidence"]) for p in json.loads(result.stdout)["people"]]


@pytest.mark.parametrize("child_name", ["child.yaml", "payer-ai.yaml"])
def test_a_shown_child_saved_and_validated_is_the_same_rubric(tmp_path: Path, child_name: str) -> None:
    """`rubric show child.yaml > copy.yaml` kept `extends:`: the copy merged the parent in again, so the signal
    the child removed came back (one more signal) under the same name and version."""
    if child_name == "payer-ai.yaml":
        child = ROOT / "examples" / "rubrics" / "payer-ai.yaml"
    else:
        child = _write(tmp_path, child_name, CHILD)
    shown = run_cli("rubric", "show", child)
    assert shown.code == 0, shown.stderr
    first, _, rest = shown.stdout.partition("\n")
    assert first.startswith("# ") and first.endswith(
        "over healthcare-ai (built-in), merged. It extends nothing: saved, it reads the same."
    )
    assert "\nextends:" not in rest
    copy = _write(tmp_path, "copy.yaml", shown.stdout)
    original, copied = run_cli("rubric", "validate", child), run_cli("rubric", "validate", copy)
    assert original.code == copied.code == 0, copied.stderr
    assert _signals(copied.stdout) == _signals(original.stdout)
    assert ", extends" not in copied.stdout
    assert _layers(copy) == _layers(child)


def test_a_shown_child_has_one_signal_fewer_than_its_parent(tmp_path: Path) -> None:
    child = _write(tmp_path, "child.yaml", CHILD)
    parent = _signals(run_cli("rubric", "validate", ROOT / "rubrics" / "healthcare-ai.yaml").stdout)
    copy = _write(tmp_path, "copy.yaml", run_cli("rubric", "show", child).stdout)
    assert (
        run_cli("rubric", "validate", "copy.yaml", cwd=tmp_path).stdout
        == f"copy.yaml: ok (child 1; {parent - 1} signals)\n"
    )
    assert copy.read_text().startswith(f"# child 1: {child} over healthcare-ai (built-in), merged.")


def test_a_shown_rubric_that_extends_nothing_is_written_as_before(tmp_path: Path) -> None:
    shown = run_cli("rubric", "show", "healthcare-ai").stdout
    assert shown.startswith("schema_version: 1\nname: healthcare-ai\n") and "extends" not in shown
