"""One way through (issue 13 point 5): `diff` audits each side through the pipeline `check` uses."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT
from teamaudit.config import Settings
from teamaudit.diff import diff
from teamaudit.model import Scope
from teamaudit.pipeline import run_check

PAID = """people:
  - {name: Ann Ito, title: Registered Nurse, cost: 100000}
  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7], cost: 120000}
  - {name: Dee Roy, title: Regulatory Affairs Specialist, cost: 130000}
  - {name: Eve Lund, title: Research Scientist, cost: 150000}
"""
PAID_PLAN = PAID + "  - {name: Ivo Stark, title: ML Engineer, status: planned}\n"


@pytest.mark.parametrize("redact", [False, True])
def test_each_side_of_a_diff_is_the_report_check_makes(tmp_path: Path, redact: bool) -> None:
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(PAID)
    head.write_text(PAID_PLAN)
    result = diff(str(base), str(head), Settings(), redact=redact)
    for side, path in ((result.base, base), (result.head, head)):
        checked = run_check(path, Settings(), redact=redact)
        # Redacted, `check` shows the pay totals that cannot reveal one person's pay; so must `diff`.
        assert side.cost_totals == checked.cost_totals
        assert side.cost_total(Scope.CURRENT) == 500000
        assert [f.key for f in side.all_findings] == [f.key for f in checked.all_findings]
        assert side.compositions == checked.compositions


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
    return names


def test_diff_leaves_loading_redacting_and_classifying_to_the_pipeline() -> None:
    imported = _imports(ROOT / "src" / "teamaudit" / "diff.py")
    redone = {n for n in imported if n.startswith("teamaudit.privacy")} | (
        imported
        & {
            "teamaudit.privacy",
            "teamaudit.classify.classify_roster",
            "teamaudit.roster.load_roster",
            "teamaudit.pipeline.report_for",
        }
    )
    assert not redone
