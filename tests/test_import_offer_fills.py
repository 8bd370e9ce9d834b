"""An accepted offer of an offer export with a requisition id, beside a jobs export still listing that requisition
open, fills its opening: one record, the planned hire, keeping the requisition's id, whatever the order of the
--reqs exports (importer/offerfills.py); and in a merge into a file holding both the opening and the hire an earlier
import wrote, the opening goes and the hire gains its id, its import mark kept."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_cli

DATA = ROOT / "tests" / "data" / "offerfill"
MARK = "# teamaudit import: accepted offer, removable by --remove-missing"


def people_of(team: Path) -> list[dict[str, object]]:
    return list(yaml.safe_load(team.read_text(encoding="utf-8"))["people"])


def reqs(order: str) -> list[str | Path]:
    exports = [DATA / "jobs.csv", DATA / "offers2.csv"]
    return [arg for path in (exports if order == "jobs first" else exports[::-1]) for arg in ("--reqs", path)]


@pytest.mark.parametrize("order", ["jobs first", "offers first"])
def test_an_accepted_offer_fills_its_opening(tmp_path, order):
    """Both 'Open req REQ-12 - Senior ML Engineer' and the planned hire 'Alex Moreno' were written (6.0 vs 4.9 FTE
    became 7.0 vs 5.9), the hire's id dropped without a word, and which kept it depended on the order."""
    team = tmp_path / "team.yaml"
    result = run_cli("import", DATA / "people.csv", *reqs(order), "-o", team)
    assert result.code == 0, result.stderr
    planned = {p["name"]: p for p in people_of(team) if p.get("status") in ("planned", "open")}
    assert sorted(planned) == ["Alex Moreno", "Priya Nair"]
    assert planned["Alex Moreno"] == {
        "name": "Alex Moreno",
        "id": "REQ-12",
        "title": "Senior ML Engineer",
        "team": "ML",
        "status": "planned",
        "start": dt.date(2027, 3, 15),
    }
    assert planned["Priya Nair"]["id"] == "REQ-13"
    assert "2 accepted offers fill their openings: Alex Moreno for REQ-12 (" in result.stderr
    assert "open: 0 people" in result.stderr and "planned: 2 people, 2.0 FTE" in result.stderr
    assert "jobs.csv: 2 people (0 current, 0 planned, 2 open)" in result.stderr  # what the export lists
    removed = run_cli("import", DATA / "people.csv", *reqs(order), "-o", team, "--remove-missing", "--dry-run")
    assert removed.code == 0, removed.stderr
    assert "not written by an import" not in removed.stderr and "removed 0" in removed.stderr


@pytest.mark.parametrize("order", ["jobs first", "offers first"])
def test_a_merge_removes_the_opening_an_imported_offer_fills(tmp_path, order):
    """The file an import of offers without ids wrote holds the opening and the marked hire: the offer's row, with
    the requisition's id, matched the opening, and the plan kept counting the role twice."""
    team = tmp_path / "team.yaml"
    shutil.copy(DATA / "team.yaml", team)
    result = run_cli("import", DATA / "people.csv", *reqs(order), "-o", team)
    assert result.code == 0, result.stderr
    planned = {p["name"]: p for p in people_of(team) if p.get("status") in ("planned", "open")}
    assert sorted(planned) == ["Alex Moreno", "Priya Nair"]
    assert planned["Alex Moreno"]["id"] == "REQ-12" and planned["Alex Moreno"]["status"] == "planned"
    assert f"- name: Alex Moreno  {MARK}\n" in team.read_text(encoding="utf-8")
    assert 'removed "Open req REQ-12 - Senior ML Engineer": the accepted offer of "Alex Moreno" fills it' in (
        result.stderr
    )
    assert "planned: 2 people, 2.0 FTE" in result.stderr


def test_an_offer_fills_the_last_of_several_openings(tmp_path):
    """Two openings and three accepted offers: each of the first two takes an opening's place and id, the last of
    the openings first; the third fills none and keeps the requisition's id."""
    people = tmp_path / "people.csv"
    people.write_text("Name,Job Title\nAnn Lee,RN\n", encoding="utf-8")
    jobs = tmp_path / "jobs.csv"
    jobs.write_text("Job Name,Requisition ID,Job Status,Openings\nNurse,REQ-7,Open,2\n", encoding="utf-8")
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "Candidate Name,Job,Requisition ID,Offer Status\nMo Ali,Nurse,REQ-7,Accepted\nBo Li,Nurse,REQ-7,Accepted\n"
        "Cy Ng,Nurse,REQ-7,Accepted\n",
        encoding="utf-8",
    )
    team = tmp_path / "team.yaml"
    result = run_cli("import", people, "--reqs", offers, "--reqs", jobs, "-o", team)
    assert result.code == 0, result.stderr
    rest = [(p["name"], p.get("id"), p["status"]) for p in people_of(team) if "status" in p]
    assert rest == [("Mo Ali", "REQ-7-2", "planned"), ("Bo Li", "REQ-7-1", "planned"), ("Cy Ng", "REQ-7", "planned")]
    assert "2 accepted offers fill their openings: Mo Ali for REQ-7 (" in result.stderr


def test_an_id_an_earlier_row_has_is_said_dropped_and_an_offer_keeps_its_mark(tmp_path):
    """A repeated id was dropped without a word: two employees sharing one went unseen, and the second accepted offer
    of a requisition, with neither id nor mark, was 'not written by an import' to --remove-missing."""
    people = tmp_path / "people.csv"
    people.write_text("Employee ID,Name,Job Title\nE1,Ann Lee,RN\nE1,Bo Park,MD\n", encoding="utf-8")
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "Candidate Name,Job,Requisition ID,Offer Status\nMo Ali,Nurse,REQ-7,Accepted\nBo Li,Nurse,REQ-7,Accepted\n",
        encoding="utf-8",
    )
    team = tmp_path / "team.yaml"
    result = run_cli("import", people, "--reqs", offers, "-o", team)
    assert result.code == 0, result.stderr
    assert (
        "2 people written without their id, which an earlier row has, as a team file's ids are unique: "
        "'Bo Park' (E1), 'Bo Li' (REQ-7)"
    ) in result.stderr
    assert f"- name: Bo Li  {MARK}\n" in team.read_text(encoding="utf-8")
    offers.write_text("Candidate Name,Job,Requisition ID,Offer Status\nMo Ali,Nurse,REQ-7,Accepted\n", encoding="utf-8")
    later = run_cli("import", people, "--reqs", offers, "-o", team, "--remove-missing")
    assert later.code == 0, later.stderr
    assert 'removed 1: "Bo Li"' in later.stderr


def staff_exports(tmp_path: Path, hired: str, start: str) -> list[str | Path]:
    """A people export listing Ann Lee (hired `hired`), a jobs export with REQ-7 open, and Ann's accepted offer for
    REQ-7 starting `start`."""
    people = tmp_path / "people.csv"
    people.write_text(f"Name,Job Title,Hire Date\nBo Ray,CEO,2020-01-06\nAnn Lee,RN,{hired}\n", encoding="utf-8")
    jobs = tmp_path / "jobs.csv"
    jobs.write_text("Job Name,Requisition ID,Job Status,Openings\nNurse Informaticist,REQ-7,Open,1\n", encoding="utf-8")
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "Candidate Name,Job,Requisition ID,Offer Status,Start Date\n"
        f"Ann Lee,Nurse Informaticist,REQ-7,Accepted,{start}\n",
        encoding="utf-8",
    )
    return [people, "--reqs", jobs, "--reqs", offers]


@pytest.mark.parametrize(
    ("hired", "start"),
    [
        ("2019-05-01", (dt.date.today() + dt.timedelta(days=40)).isoformat()),  # a transfer still to come
        ((dt.date.today() + dt.timedelta(days=40)).isoformat(), "2019-05-01"),  # a rehire, listed as starting later
    ],
    ids=["transfer", "rehire"],
)
def test_the_opening_an_accepted_offer_of_someone_on_staff_fills_is_closed(tmp_path, hired, start):
    """Ann Lee's accepted offer was skipped as she is in the people export, but REQ-7, the opening she moves into,
    stayed open: the plan counted her and the role (open: 1 person, 1.0 FTE)."""
    team = tmp_path / "team.yaml"
    result = run_cli("import", *staff_exports(tmp_path, hired, start), "-o", team)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in people_of(team) if p.get("status") == "open"] == []
    assert "open: 0 people, 0.0 FTE" in result.stderr
    took = max(hired, start)
    assert (
        f"offers.csv: the accepted offer of someone the people export lists fills an opening still open: Ann Lee for "
        f"REQ-7 ({tmp_path / 'offers.csv'} line 2; {tmp_path / 'people.csv'} line 3; open in {tmp_path / 'jobs.csv'} "
        f"line 2), taking the role {took}; the opening closed"
    ) in result.stderr


def test_an_opening_still_open_after_someone_on_staff_took_its_role_is_kept_and_said_why(tmp_path):
    """Ann started on her REQ-7 offer in 2019; an ATS closes the opening its hire fills at the start, so REQ-7 open now
    is another hire's (an evergreen requisition re-used): kept, and stderr says why, where it said nothing."""
    team = tmp_path / "team.yaml"
    result = run_cli("import", *staff_exports(tmp_path, "2019-05-01", "2019-05-01"), "-o", team)
    assert result.code == 0, result.stderr
    assert [p["id"] for p in people_of(team) if p.get("status") == "open"] == ["REQ-7"]
    assert "kept the opening of the accepted offer of someone the people export lists: Ann Lee for REQ-7 (" in (
        result.stderr
    )
    assert "they took the role 2019-05-01, and an ATS closes the opening its hire fills when they start" in (
        result.stderr
    )


def test_a_merge_names_the_opening_someone_on_staff_fills_and_remove_missing_removes_it(tmp_path):
    """The file an import without the offers export wrote holds REQ-7's opening; with it, the merge kept the opening
    as 'not in the export', though the export lists it and the offer says who fills it."""
    team = tmp_path / "team.yaml"
    exports = staff_exports(tmp_path, "2019-05-01", (dt.date.today() + dt.timedelta(days=40)).isoformat())
    first = run_cli("import", *exports[:3], "-o", team)
    assert first.code == 0, first.stderr
    kept = run_cli("import", *exports, "-o", team)
    assert kept.code == 0, kept.stderr
    assert (
        'kept "Open req REQ-7 - Nurse Informaticist", still counted open in the plan: the requisition export lists '
        f"REQ-7 open, but filled by someone the people export lists ({tmp_path / 'jobs.csv'} line 2); --remove-missing"
    ) in kept.stderr
    removed = run_cli("import", *exports, "-o", team, "--remove-missing")
    assert removed.code == 0, removed.stderr
    assert [p["name"] for p in people_of(team)] == ["Bo Ray", "Ann Lee"]
