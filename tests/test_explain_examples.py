"""`explain`'s "to make it certain" offers example background lines for the layers in question for that person,
and none for someone nothing points beyond other: an Operations Lead is not asked for an RN or a 510(k)."""

from __future__ import annotations

from conftest import run_cli

TEAM = """\
people:
  - {name: C D, title: Operations Lead, team: G&A}
  - {name: K L, title: Deployment Engineer, team: Platform, skills: "Terraform, Kubernetes"}
"""


def _certain(tmp_path, name):
    team = tmp_path / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    result = run_cli("explain", team, name)
    assert result.code == 0, result.stderr
    return next(line for line in result.stdout.splitlines() if "to make it certain" in line)


def test_someone_plainly_other_gets_no_clinical_or_regulatory_examples(tmp_path):
    line = _certain(tmp_path, "C D")
    assert "`layer: other`" in line
    assert not any(word in line for word in ("RN", "510(k)", "HL7", "e.g."))


def test_examples_fit_the_layers_in_question(tmp_path):
    line = _certain(tmp_path, "K L")
    assert "`layer: integration`" in line and "HL7" in line
    assert "RN" not in line and "510(k)" not in line
