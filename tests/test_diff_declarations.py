"""`diff`'s verdict line on a change whose better ratio stands only on declared layers the rubric contradicts: a pull
request that sets `layer: clinical` on its ML researchers was told it "ends the over-indexing", with the TA007
warnings below it; `check` says of the same file that it holds only by declaration, and so does `diff` now."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from test_declared_layers import HEAD, ONLY_BY_DECLARATION, _sides


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_the_verdict_line_says_it_holds_only_by_declaration(tmp_path, fmt):
    base, head = _sides(tmp_path, HEAD)
    result = run_cli("diff", base, head, "--format", fmt)
    assert result.code == 0, result.stderr
    if fmt == "json":
        assert json.loads(result.stdout)["by_declaration"] == ONLY_BY_DECLARATION
        return
    lead = result.stdout.splitlines()[1 if fmt == "text" else 2]
    assert "ends the over-indexing" in lead and lead.endswith(ONLY_BY_DECLARATION), result.stdout


def test_a_team_without_declarations_the_rubric_contradicts_says_nothing_of_them(tmp_path):
    base, _ = _sides(tmp_path, HEAD)
    result = run_cli("diff", base, base, "--format", "json")
    assert json.loads(result.stdout)["by_declaration"] is None
    assert "by declaration" not in run_cli("diff", base, base).stdout.splitlines()[1]
