"""A founder hires whole people: the over-indexing advice is a count of whole hires, each a layer and a role, as
many as it takes to pass (a 1.3 FTE gap takes two), never '0.2 FTE of an integration engineer'."""

from __future__ import annotations

import json
import re

from conftest import run_cli

TEAM = """\
people:
  - {name: M1, title: Research Scientist}
  - {name: M2, title: Research Scientist}
  - {name: M3, title: Research Scientist}
  - {name: M4, title: Research Scientist}
  - {name: Nurse, title: Clinical Informatics Lead, background: "RN; 8 years ICU nurse"}
  - {name: Dr. Md, title: Medical Director, fte: 0.2, background: "MD; practising hospitalist"}
  - {name: Hl, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}
  - {name: Ra, title: Regulatory Affairs Specialist, fte: 0.5, background: "filed two 510(k)s"}
"""


def test_a_gap_of_1_3_fte_takes_two_whole_hires(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    out = run_cli("check", team).stdout
    assert "hire 2 people across clinical, integration and compliance" in out
    assert "It takes 2 people full-time to close the 1.3 FTE gap" in out
    assert "Of those 2 people, 1 for integration (1.0 FTE today)." in out
    assert "end level" not in out
    doc = json.loads(run_cli("check", team, "-f", "json").stdout)
    ta001 = [r for r in doc["recommendations"] if r["rule"] == "TA001" and r.get("kind", "hire") == "hire"]
    assert [r["fte"] for r in ta001] == [1.0, 1.0]


def test_no_share_of_a_person_is_advised_on_a_35_person_team(tmp_path):
    ml = "".join(f"  - {{name: ML{i}, title: Machine Learning Engineer}}\n" for i in range(14))
    other = "".join(f"  - {{name: O{i}, title: Software Engineer}}\n" for i in range(12))
    team = tmp_path / "team.yaml"
    team.write_text(TEAM.replace("  - {name: M1", ml + other + "  - {name: M1"), encoding="utf-8")
    for fmt in ("text", "markdown", "html", "json"):
        out = run_cli("check", team, "-f", fmt).stdout
        shares = re.findall(r"(\d+\.\d) FTE for (?:clinical|integration|compliance)", out)
        assert all(float(s).is_integer() for s in shares), (fmt, shares)
        assert "0.2 FTE" not in out.replace("Dr. Md", "").split("Recommendations")[-1] or fmt == "json"
