"""An ATS jobs export as `teamaudit import --reqs` reads it: which vendor's layout it is, and which requisitions
are open ones the plan counts."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import run_cli

GREENHOUSE_JOBS = (
    "Job Name,Job ID,Requisition ID,Job Status,Department,Office,Openings\n"
    "Senior FHIR Engineer,4001,REQ-1,Open,Integrations,Boston,1\n"
    "Clinical Nurse Specialist,4002,REQ-2,Draft,Clinical,Boston,1\n"
    "Product Designer,4003,REQ-3,On Hold,Product,Boston,1\n"
    "Research Scientist,4004,REQ-4,Closed,ML,Boston,1\n"
)


def _exports(tmp_path: Path) -> tuple[Path, Path]:
    people = tmp_path / "people.csv"
    people.write_text("Name,Title\nAnn Lee,RN\n", encoding="utf-8")
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(GREENHOUSE_JOBS, encoding="utf-8")
    return people, jobs


def test_a_greenhouse_jobs_export_is_named_greenhouse_not_ashby(tmp_path):
    """Its 'Job ID', 'Job Status' and 'Openings' are Ashby's column names too: it was said to be '(Ashby layout)'."""
    people, jobs = _exports(tmp_path)
    result = run_cli("import", people, "--reqs", jobs)
    assert result.code == 0, result.stderr
    assert f"{jobs}: columns (Greenhouse layout): " in result.stderr
    assert "Ashby" not in result.stderr + result.stdout


def test_draft_and_on_hold_requisitions_are_not_open_and_are_named(tmp_path):
    """A 'Draft' or 'On Hold' job was written as an open requisition and counted in the plan."""
    people, jobs = _exports(tmp_path)
    result = run_cli("import", people, "--reqs", jobs)
    assert result.code == 0, result.stderr
    reqs = [p for p in yaml.safe_load(result.stdout)["people"] if p.get("status") == "open"]
    assert [p["id"] for p in reqs] == ["REQ-1"]
    assert "open: 1 person, 1.0 FTE" in result.stderr
    assert (
        f"{jobs}: 1 person (0 current, 0 planned, 1 open); skipped 3 rows (1 closed, filled or cancelled "
        "requisition; 2 draft or on-hold requisitions)"
    ) in result.stderr
    assert (
        f"{jobs}: 3 requisitions not open: Clinical Nurse Specialist REQ-2 (line 3, Job Status: Draft), "
        "Product Designer REQ-3 (line 4, Job Status: On Hold), Research Scientist REQ-4 (line 5, Job Status: Closed); "
        "not added to the plan"
    ) in result.stderr


def test_a_requisition_the_ats_now_lists_as_filled_or_closed_is_named_as_such_in_a_merge(tmp_path):
    """A requisition an import wrote as open and the next quarter's export lists as Filled was kept and said to be
    'not in the export', though the export lists it on the line below, and the plan went on counting it: she could
    not tell a filled requisition from one the ATS lost."""
    people, jobs = _exports(tmp_path)
    jobs.write_text(
        "Job Name,Job ID,Requisition ID,Job Status,Department,Office,Openings\n"
        "Senior FHIR Engineer,4001,REQ-1,Open,Integrations,Boston,1\n"
        "Research Scientist,4004,REQ-4,Open,ML,Boston,1\n"
        "Nurse,4005,REQ-5,Open,Clinical,Boston,2\n",
        encoding="utf-8",
    )
    team = tmp_path / "team.yaml"
    assert run_cli("import", people, "--reqs", jobs, "-o", team).code == 0
    jobs.write_text(
        GREENHOUSE_JOBS.replace("REQ-4,Closed", "REQ-4,Filled") + "Nurse,4005,REQ-5,Closed,Clinical,Boston,1\n"
    )
    result = run_cli("import", people, "--reqs", jobs, "-o", team)
    assert result.code == 0, result.stderr
    lines = {p["name"]: p for p in yaml.safe_load(team.read_text(encoding="utf-8"))["people"]}
    assert "Open req REQ-4 - Research Scientist" in lines  # kept: a merge never removes on its own
    assert (
        f'{team}:20: kept "Open req REQ-4 - Research Scientist", still counted open in the plan: the requisition '
        f"export lists it as no longer open ({jobs} line 5, Job Status: Filled); --remove-missing removes it"
    ) in result.stderr
    assert f'{team}:30: kept "Open req REQ-5 #2 - Nurse", still counted open in the plan' in result.stderr
    assert f"({jobs} line 6, Job Status: Closed)" in result.stderr
    assert "not in the export" not in result.stderr
    removed = run_cli("import", people, "--reqs", jobs, "-o", team, "--remove-missing")
    assert removed.code == 0, removed.stderr
    assert "open: 1 person, 1.0 FTE" in removed.stderr


def test_an_opening_the_ats_no_longer_counts_is_named_with_the_openings_left(tmp_path):
    """Of two openings of REQ-2 one was filled and the export says 1 opening: the second, kept, was said to be 'not
    in the export', though REQ-2 is there, on the line it always was."""
    people, jobs = _exports(tmp_path)
    jobs.write_text("Job Name,Requisition ID,Job Status,Openings\nNurse,REQ-2,Open,2\n", encoding="utf-8")
    team = tmp_path / "team.yaml"
    assert run_cli("import", people, "--reqs", jobs, "-o", team).code == 0
    jobs.write_text("Job Name,Requisition ID,Job Status,Openings\nNurse,REQ-2,Open,1\n", encoding="utf-8")
    result = run_cli("import", people, "--reqs", jobs, "-o", team)
    assert result.code == 0, result.stderr
    assert (
        f'{team}:19: kept "Open req REQ-2 #2 - Nurse", still counted open in the plan: the requisition export lists '
        f"REQ-2 with 1 opening now ({jobs} line 2); --remove-missing removes it"
    ) in result.stderr
    assert "not in the export" not in result.stderr
    assert "open: 2 people, 2.0 FTE" in result.stderr


def test_an_offers_export_s_signed_and_hired_offers_are_planned_hires_and_those_still_out_no_openings(tmp_path):
    """An offers export's 'Signed' was skipped as 'a requisition with status 'signed'' and 'Hired' as a filled
    requisition: accepted offers left out of the plan. 'Pending Approval' and 'Approved' offers became open
    requisitions, 'Open req 5 - Nurse', counted beside the jobs export's opening they are for."""
    people = tmp_path / "people.csv"
    people.write_text("Name,Title\nPriya Raman,CEO\n", encoding="utf-8")
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "Candidate Name,Job Title,Offer Status,Start Date\nA One,Nurse,Signed,2027-01-04\n"
        "C Three,Biostatistician,Hired,2027-01-04\nD Four,Nurse,Pending Approval,2027-01-04\n"
        "E Five,Nurse,Sent,2027-01-04\nG Seven,Nurse,Approved,2027-01-04\nH Eight,Nurse,Declined,2027-01-04\n",
        encoding="utf-8",
    )
    result = run_cli("import", people, "--reqs", offers)
    assert result.code == 0, result.stderr
    statuses = {p["name"]: p.get("status", "current") for p in yaml.safe_load(result.stdout)["people"]}
    assert statuses == {"Priya Raman": "current", "A One": "planned", "C Three": "planned"}
    assert (
        f"{offers}: 3 offers not accepted (yet): D Four (line 4, Offer Status: Pending Approval), E Five (line 5, "
        "Offer Status: Sent), G Seven (line 6, Offer Status: Approved); not added to the plan (a jobs export counts "
        "the openings they are for)\n"
    ) in result.stderr
    assert "H Eight (line 7, Offer Status: Declined)" in result.stderr  # declined, as before


def test_an_offer_not_signed_or_not_hired_is_no_planned_hire(tmp_path):
    """'Signed' and 'Hired' were read wherever they stood in an offer's status: 'Not Signed' and 'Not hired' were
    counted as planned hires starting in January."""
    people = tmp_path / "people.csv"
    people.write_text("Name,Title\nPriya Raman,CEO\n", encoding="utf-8")
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "Candidate Name,Job Title,Offer Status,Start Date\nA One,Nurse,Not Signed,2027-01-04\n"
        "B Two,Nurse,Not hired,2027-01-04\nC Three,Nurse,Not yet signed,2027-01-04\nD Four,Nurse,Signed,2027-01-04\n",
        encoding="utf-8",
    )
    result = run_cli("import", people, "--reqs", offers)
    assert result.code == 0, result.stderr
    statuses = {p["name"]: p.get("status", "current") for p in yaml.safe_load(result.stdout)["people"]}
    assert statuses == {"Priya Raman": "current", "D Four": "planned"}
    assert f"{offers}: 3 offers not accepted (yet): A One (line 2, Offer Status: Not Signed)" in result.stderr


def test_a_jobs_export_s_requisition_with_an_offer_out_stays_open(tmp_path):
    """A jobs export's 'Open - Offer Extended' and 'Offer Pending' (its 'Job Status', no candidate named) were skipped
    as 'offers not accepted (yet) ... a jobs export counts the openings they are for', from the jobs export itself:
    the plan lost the openings, where before they were counted open."""
    people, jobs = _exports(tmp_path)
    jobs.write_text(
        "Job Name,Job ID,Job Status,Openings\nNurse,4001,Open - Offer Extended,1\n"
        "FHIR Engineer,4002,Offer Pending,1\nScientist,4003,Open,1\n",
        encoding="utf-8",
    )
    result = run_cli("import", people, "--reqs", jobs)
    assert result.code == 0, result.stderr
    assert "open: 3 people, 3.0 FTE" in result.stderr
    assert "not accepted (yet)" not in result.stderr


def test_a_jobs_export_s_filled_requisition_naming_its_hire_is_closed_not_an_offer_out(tmp_path):
    """A jobs export's 'Hired Candidate' column named the hire of a filled requisition: read as an offer because it
    names a candidate, its 'Filled' status was skipped as 'offer not accepted (yet)', not as a filled requisition."""
    people, jobs = _exports(tmp_path)
    jobs.write_text(
        "Job Name,Requisition ID,Job Status,Hired Candidate\nNurse,REQ-1,Filled,Ann Lee\nFHIR Engineer,REQ-2,Open,\n",
        encoding="utf-8",
    )
    result = run_cli("import", people, "--reqs", jobs)
    assert result.code == 0, result.stderr
    assert "not accepted (yet)" not in result.stderr
    assert "1 requisition not open: Nurse REQ-1 (line 2, Job Status: Filled)" in result.stderr


def test_an_offer_pending_approval_under_a_plain_status_column_is_no_opening(tmp_path):
    """An offers export whose column is 'Status', not 'Offer Status': Ann's offer 'Pending Approval' was read as an
    open requisition, 'Open req - Nurse', counted beside the jobs export's opening it is for."""
    people = tmp_path / "people.csv"
    people.write_text("Name,Title\nPriya Raman,CEO\n", encoding="utf-8")
    offers = tmp_path / "offers.csv"
    offers.write_text(
        "Candidate Name,Job Title,Status,Start Date\nAnn Lee,Nurse,Pending Approval,2027-01-04\n"
        "Bo Park,Nurse,Accepted,2027-01-04\n",
        encoding="utf-8",
    )
    result = run_cli("import", people, "--reqs", offers)
    assert result.code == 0, result.stderr
    statuses = {p["name"]: p.get("status", "current") for p in yaml.safe_load(result.stdout)["people"]}
    assert statuses == {"Priya Raman": "current", "Bo Park": "planned"}
    assert f"{offers}: 1 offer not accepted (yet): Ann Lee (line 2, Status: Pending Approval)" in result.stderr
