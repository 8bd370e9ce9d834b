"""TA004 lists who lacks hands-on evidence: an open requisition has nobody yet to have any, so it is left out of a
layer that has people, in every format; a layer held only by requisitions is said to be."""

from __future__ import annotations

import json
import re

import pytest

from conftest import run_cli

TEAM = """\
people:
  - {name: M1, title: Research Scientist}
  - {name: Wes Xu, title: Regulatory Affairs Manager}
  - {name: Req RA, title: Regulatory Affairs Specialist, status: open}
  - {name: Req QA, title: "Quality Engineer, ISO 13485", status: open}
  - {name: Nurse, title: Clinical Informatics Lead, background: "RN; 8 years ICU nurse"}
  - {name: Nurse2, title: Clinical Informatics Lead, background: "RN; 8 years ICU nurse"}
  - {name: Hl, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}
  - {name: Hl2, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}
"""


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "junit", "github"])
def test_open_requisitions_are_not_listed_as_people_without_evidence(tmp_path, fmt):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    out = run_cli("check", team, "-f", fmt).stdout
    assert "Wes Xu" in out
    pieces = re.split(r"\n|<li|<tr", out)  # a line, or the HTML report's list item or table row
    said = [piece for piece in pieces if "nobody in the compliance layer" in piece.lower()]
    assert said and not any("Req RA" in line or "Req QA" in line for line in said), said


def test_a_layer_of_requisitions_only_says_so(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM.replace("  - {name: Wes Xu, title: Regulatory Affairs Manager}\n", ""), encoding="utf-8")
    doc = json.loads(run_cli("check", team, "-f", "json").stdout)
    ta004 = next(f for f in doc["findings"] if f["rule"] == "TA004")
    assert ta004["message"].startswith("nobody holds the compliance layer yet, only open requisitions, which prove")
    assert "Req QA" in ta004["message"] and "Req RA" in ta004["message"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "junit", "github"])
def test_a_requisition_asking_for_evidence_proves_no_layer_nor_is_said_to_name_none(tmp_path, fmt):
    """A layer held only by requisitions whose descriptions ask for hands-on evidence ('must have filed 510(k)
    submissions'): TA004 said "its open requisitions name no hands-on evidence", reading the requisitions' wish
    lists as the rule elsewhere does not. It fires, as the requisitions prove nothing, and says that instead."""
    team = tmp_path / "team.yaml"
    wished = (
        "  - name: Req RA\n    title: Regulatory Affairs Specialist\n    status: open\n"
        "    background: [must have filed 510(k) submissions, built audit trails under 21 CFR Part 11]\n"
    )
    text = TEAM.replace("  - {name: Wes Xu, title: Regulatory Affairs Manager}\n", "")
    text = text.replace("  - {name: Req RA, title: Regulatory Affairs Specialist, status: open}\n", wished)
    team.write_text(text, encoding="utf-8")
    out = run_cli("check", team, "-f", fmt).stdout
    assert "nobody holds the compliance layer yet, only open requisitions, which prove nothing until filled" in out
    assert "name no hands-on evidence" not in out
