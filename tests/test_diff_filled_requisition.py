"""A requisition filled between two quarters: its hire joins the layer the requisition leaves."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

BASE = """\
people:
  - {name: Ann Lee, title: ML Engineer}
  - {name: Bo Chan, title: Research Scientist}
  - {name: Cy Park, title: HL7 Interface Engineer}
  - {name: Open req INT-1, title: FHIR Interface Engineer, status: open}
"""
HEAD = """\
people:
  - {name: Ann Lee, title: ML Engineer}
  - {name: Bo Chan, title: Research Scientist}
  - {name: Cy Park, title: HL7 Interface Engineer}
  - {name: Hiroshi Tanabe, title: FHIR Interface Engineer, status: planned, background: [built Epic Bridges interfaces]}
  - {name: Dee Ray, title: Senior ML Engineer, status: open}
"""


def test_the_reasons_name_who_joined_the_layers_beside_who_left(tmp_path: Path):
    """The reasons said `left the three layers in this change: Open req INT-1 (integration)` alone, as if the
    integration layer had lost someone, while its hire, in the lists below, kept it at 2 people."""
    (tmp_path / "base.yaml").write_text(BASE, encoding="utf-8")
    (tmp_path / "head.yaml").write_text(HEAD, encoding="utf-8")
    result = run_cli("diff", tmp_path / "base.yaml", tmp_path / "head.yaml", "-f", "json")
    assert result.code == 1, result.stderr
    reasons = json.loads(result.stdout)["reasons"]
    assert (
        "left the three layers in this change: Open req INT-1 (integration); joined them: Hiroshi Tanabe (integration)"
    ) in reasons, reasons


def test_a_move_between_two_of_the_layers_is_no_leaving_and_joining(tmp_path: Path):
    """`left the three layers in this change: Ann Lee (clinical); joined them: Ann Lee (compliance)`: one person said
    to have left the layers and joined them, who had only moved from one to another."""
    base = "people:\n  - {name: Ann Lee, title: Nurse Informaticist}\n  - {name: Bo Chan, title: Research Scientist}\n"
    head = (
        "people:\n  - {name: Ann Lee, title: Regulatory Affairs Specialist, background: [Filed 510(k)s]}\n"
        "  - {name: Bo Chan, title: Research Scientist}\n  - {name: Di Ray, title: ML Engineer}\n"
    )
    (tmp_path / "base.yaml").write_text(base, encoding="utf-8")
    (tmp_path / "head.yaml").write_text(head, encoding="utf-8")
    result = run_cli("diff", tmp_path / "base.yaml", tmp_path / "head.yaml", "-f", "json")
    assert result.code == 1, result.stderr
    reasons = json.loads(result.stdout)["reasons"]
    assert reasons[-1] == "left the three layers in this change: Ann Lee (clinical, now compliance)", reasons
