"""Lists of people in findings, recommendations and the report read in the order a person counts."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import run_cli


def _team(tmp_path: Path) -> Path:
    reqs = "".join(f"  - {{name: Open req ML-{n}, title: ML Engineer, status: open}}\n" for n in (10, 2, 1, 11, 3))
    staff = "".join(f"  - {{name: Researcher {n}, title: Research Scientist}}\n" for n in range(10))
    team = tmp_path / "team.yaml"  # enough ML research on staff that every requisition is to be converted
    team.write_text("people:\n  - {name: Ann Lee, title: Nurse Informaticist}\n" + staff + reqs, encoding="utf-8")
    return team


def test_numbered_requisitions_are_listed_by_their_numbers(tmp_path: Path):
    """`Convert 5 open ML requisitions to ...: Open req ML-1, Open req ML-10, Open req ML-11, Open req ML-2` read as
    if ML-2 to ML-9 were missing: names were sorted as text."""
    team = _team(tmp_path)
    doc = json.loads(run_cli("check", team, "-f", "json").stdout)
    (convert,) = [r["text"] for r in doc["recommendations"] if r["text"].startswith("Convert")]
    listed = re.findall(r"Open req ML-(\d+)", convert)
    assert listed == ["1", "2", "3", "10", "11"], convert


def test_the_reports_people_by_layer_are_in_that_order_too(tmp_path: Path):
    team = _team(tmp_path)
    run_cli("report", team, "-o", tmp_path / "r.html")
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    people = html[html.index('id="people"') :]
    assert re.findall(r"Open req ML-(\d+)", people) == ["1", "2", "3", "10", "11"]


def test_a_surname_first_name_with_a_credential_of_the_longer_list_is_read_first_name_first():
    """The credentials a redaction sets aside (`, CCRN`, `, RN-BC`) end a name written surname first too; `NP`, one
    the list had before it grew, still does."""
    from teamaudit.surnamefirst import first_name_first

    assert first_name_first("Smith, John, NP") == "John Smith, NP"
    assert first_name_first("Lee, Ann, RN-BC") == "Ann Lee, RN-BC"
