"""The `$schema=team.schema.json` header `init` and `import` write must work on a fresh machine: `init` writes the
schema beside the team file (never over a file already there), and an imported file says how to get it."""

from __future__ import annotations

import json

from conftest import run_cli


def test_init_writes_the_schema_its_header_points_at(tmp_path):
    result = run_cli("init", tmp_path / "q1.yaml")
    assert result.code == 0, result.stderr
    assert (
        (tmp_path / "q1.yaml")
        .read_text(encoding="utf-8")
        .startswith("# yaml-language-server: $schema=team.schema.json\n")
    )
    written = json.loads((tmp_path / "team.schema.json").read_text(encoding="utf-8"))
    assert written == json.loads(run_cli("schema").stdout)
    assert "team.schema.json" in result.stderr


def test_init_keeps_a_schema_file_already_there(tmp_path):
    (tmp_path / "team.schema.json").write_text("mine\n", encoding="utf-8")
    assert run_cli("init", tmp_path / "q1.yaml").code == 0
    assert (tmp_path / "team.schema.json").read_text(encoding="utf-8") == "mine\n"


def test_an_imported_file_says_how_to_get_the_schema(tmp_path):
    export = tmp_path / "export.csv"
    export.write_text("Name,Title\nAna Ruiz,Research Scientist\n", encoding="utf-8")
    result = run_cli("import", export, "-o", tmp_path / "team.yaml")
    assert result.code == 0, result.stderr
    header = (tmp_path / "team.yaml").read_text(encoding="utf-8").split("people:")[0]
    assert "`teamaudit schema > team.schema.json`" in header
