"""A merge into an existing team file leaves what the file's author wrote as written: ids spelt as YAML 1.1 numbers
(`007`, `0x1F`), an fte --assume-fte would only guess, tabs before comments, a byte-order mark, the final line
break or its absence. Each, whether the merge edits person by person or sends the whole file through ruamel.yaml
(`--organization`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

WHOLE = {"person by person": (), "whole file": ("--organization", "Acme")}


def merge(tmp_path: Path, team: str | bytes, export: str, *args: str):
    path = tmp_path / "team.yaml"
    path.write_bytes(team if isinstance(team, bytes) else team.encode())
    csv = tmp_path / "people.csv"
    csv.write_text(export, encoding="utf-8")
    return run_cli("import", csv, "-o", path, *args), path


def people(path: Path) -> dict[str, dict]:
    # libyaml, as check reads it: PyYAML's own scanner refuses a tab before a comment
    return {p["name"]: p for p in yaml.load(path.read_text(encoding="utf-8-sig"), yaml.CSafeLoader)["people"]}


# An id as written, and a different id YAML 1.1 reads as the same number (or, for 1e3, as a float near it).
IDS = {"007": "7", "0x1F": "31", "1_000": "1000", "1e3": "1000.0", "1:30": "90"}


@pytest.mark.filterwarnings("error")  # as a warning it is only seen on the stderr of a process
@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
@pytest.mark.parametrize(("written", "number"), IDS.items(), ids=IDS)
def test_ids_are_matched_and_kept_as_written(tmp_path, written, number, args):
    """ruamel.yaml read `id: 007` as 7 and wrote it back as `07`, so the merge refused the file (`1:30` became 90);
    `1e3` put a YAML 1.1 warning from ruamel.yaml on stderr."""
    team = (
        f"people:\n  - name: Ann Lee\n    id: {written}\n    title: RN\n"
        f"  - name: Bo Park\n    id: '{number}'\n    title: MD\n"
    )
    export = f"Employee ID,Name,Job Title\n{written},Ann Lee-Smith,Nurse Informaticist\n{number},Bo Park,Physician\n"
    result, path = merge(tmp_path, team, export, *args)
    assert result.code == 0, result.stderr
    assert "Warning" not in result.stderr and "warn" not in result.stderr
    assert "updated 2: Ann Lee-Smith (name, title), Bo Park (title)" in result.stderr
    text = path.read_text()
    assert f"    id: {written}\n    title: Nurse Informaticist\n" in text
    assert people(path) == {
        "Ann Lee-Smith": {
            "name": "Ann Lee-Smith",
            "id": yaml.safe_load(f"id: {written}")["id"],
            "title": "Nurse Informaticist",
        },
        "Bo Park": {"name": "Bo Park", "id": number, "title": "Physician"},
    }
    check = run_cli("check", path, "--format", "json")
    assert [p["id"] for p in json.loads(check.stdout)["people"]] == [written, number]
