"""A `--reqs` export whose column is named plain 'Name' lists jobs or candidates: its other columns tell which, and
stderr says which it was taken for. Read as a candidate's name, a jobs export's 'Name' made each open job an offer
not accepted yet, left out of the plan, or, with no other title column, the export was refused."""

from __future__ import annotations

import pytest
import yaml

from conftest import run_cli

PEOPLE = "Employee ID,Name,Job Title\nE1,Ann Lee,CEO\n"


def imported(tmp_path, reqs: str):
    people, jobs = tmp_path / "people.csv", tmp_path / "reqs.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    jobs.write_text(reqs, encoding="utf-8")
    result = run_cli("import", people, "--reqs", jobs)
    assert result.code == 0, result.stderr
    return yaml.safe_load(result.stdout)["people"], result.stderr, jobs


@pytest.mark.parametrize(
    ("reqs", "why"),
    [
        ("Name,Job ID,Department,Status,Openings\nFHIR Engineer,J-1,Integrations,Open,2\n", "its 'Openings' column"),
        ("Name,Department,Status\nFHIR Engineer,Integrations,Open\n", "it has no other title column"),
    ],
    ids=["openings", "no other title"],
)
def test_a_jobs_export_whose_name_column_names_the_job_is_read_as_jobs(tmp_path, reqs, why):
    people, stderr, jobs = imported(tmp_path, reqs)
    openings = [p for p in people if p.get("status") == "open"]
    assert openings and all(p["title"] == "FHIR Engineer" for p in openings), people
    assert f"{jobs}: read as a jobs export, 'Name' naming the job ({why}" in stderr, stderr
    assert "not accepted (yet)" not in stderr, stderr


def test_a_jobs_export_with_a_title_column_beside_name_counts_its_openings(tmp_path):
    people, stderr, jobs = imported(
        tmp_path, "Name,Position,Job ID,Status,Openings\nFHIR Engineer,Integration Engineer,J-1,Open,2\n"
    )
    assert [p["title"] for p in people if p.get("status") == "open"] == ["Integration Engineer"] * 2, stderr
    assert f"{jobs}: read as a jobs export, 'Name' naming the job, not read (its 'Openings' column" in stderr


def test_an_offers_export_whose_name_column_names_the_candidate_is_read_as_offers(tmp_path):
    people, stderr, offers = imported(
        tmp_path, "Name,Job,Offer Status,Start Date\nPriya Shah,Nurse,Accepted,2027-01-11\n"
    )
    assert {"name": "Priya Shah", "title": "Nurse", "status": "planned", "start": "2027-01-11"}.items() <= {
        k: str(v) for k, v in people[-1].items()
    }.items(), people
    said = f"{offers}: read as candidates' offers, 'Name' naming the candidate (its 'Offer Status' column says so)"
    assert said in stderr, stderr


def test_a_requisition_export_with_no_title_column_is_not_told_to_use_map(tmp_path):
    """'no job-title column found (name it with --map title=COLUMN ...)': --map reads the people export only, and
    `--map title="Req Name"` then failed as naming no column of it."""
    people, jobs = tmp_path / "people.csv", tmp_path / "jobs.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    jobs.write_text("Req Name,Req ID,Status\nNurse,R-1,Open\n", encoding="utf-8")
    result = run_cli("import", people, "--reqs", jobs)
    assert result.code == 2 and f"{jobs}:1: no job-title column found" in result.stderr, result.stderr
    assert "--map title=" not in result.stderr and "'Job Title'" in result.stderr, result.stderr


@pytest.mark.parametrize("count", ["Active Candidates", "Candidate Count", "Offers"])
def test_a_jobs_export_counting_candidates_is_read_as_jobs(tmp_path, count):
    """A jobs report's count of candidates beside each job said the rows were candidates: the export was refused for
    having no job-title column, its 'Job Status' and 'Openings' unheard."""
    reqs = f"Name,Job Status,Openings,{count},Department\nNurse,Open,2,12,Clinical\n"
    people, stderr, jobs = imported(tmp_path, reqs)
    assert [p["title"] for p in people if p.get("status") == "open"] == ["Nurse"] * 2, stderr
    assert f"{jobs}: read as a jobs export, 'Name' naming the job (its 'Job Status' column says so" in stderr, stderr
