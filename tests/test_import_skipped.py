"""The rows `teamaudit import` skips for what their status says, each named on stderr with its line and that status:
people marked inactive or terminated (someone on leave is staff, and kept), and offers declined, rejected,
withdrawn or rescinded, which are no planned hires."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import run_cli


def export(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def lines(stderr: str) -> list[str]:
    return [line.removeprefix("teamaudit: ") for line in stderr.splitlines()]


def statuses(stdout: str) -> dict[str, str]:
    return {p["name"]: p.get("status", "current") for p in yaml.safe_load(stdout)["people"]}


def test_rows_skipped_for_their_status_are_named_and_people_on_leave_are_kept(tmp_path):
    """Only counted ('skipped 3 rows (3 terminated or inactive)'), a wrongly 'Inactive' row was lost without trace."""
    path = export(
        tmp_path,
        "Name,Title,Employment Status\n"
        "Ann Lee,RN,Active\n"
        "Bo Park,RN,On Leave\n"
        "Cy Dee,RN,Inactive\n"
        "Di Ray,MD,Terminated\n"
        "Ed Fox,PA,Leave of Absence\n"
        ",PA,Former\n",
        "people.csv",
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert statuses(result.stdout) == {"Ann Lee": "current", "Bo Park": "current", "Ed Fox": "current"}
    assert lines(result.stderr)[1:3] == [
        f"{path}: 3 people (3 current, 0 planned, 0 open); skipped 3 rows (3 terminated or inactive)",
        f"{path}: 3 rows skipped as terminated or inactive: Cy Dee (line 4, Employment Status: Inactive), "
        "Di Ray (line 5, Employment Status: Terminated), (line 7, Employment Status: Former)",
    ]


def test_rows_marked_as_left_beyond_the_first_ten_are_counted(tmp_path):
    rows = "".join(f"P{n},RN,Inactive\n" for n in range(12))
    result = run_cli("import", export(tmp_path, "Name,Title,Status\nAnn,RN,Active\n" + rows, "people.csv"))
    assert result.code == 0, result.stderr
    named = next(line for line in lines(result.stderr) if "skipped as terminated" in line)
    assert named.endswith("P9 (line 12, Status: Inactive) and 2 more")


def test_a_status_cell_cannot_break_the_line_that_names_it(tmp_path):
    path = export(tmp_path, 'Name,Title,Status\nAnn,RN,Active\nBo,RN,"Inactive\nteamaudit: all good"\n', "people.csv")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert ", Status: Inactive teamaudit: all good)" in result.stderr  # a line break is a space (importer/unseen.py)
    assert not any(line.startswith("teamaudit: all good") for line in result.stderr.splitlines())


def test_offers_not_taken_up_are_named_as_such_and_are_no_planned_hires(tmp_path):
    """A declined offer was reported as a closed requisition, a rescinded one as a requisition of unknown status, and
    an offer 'Accepted, then rescinded' became a planned hire."""
    people = export(tmp_path, "Name,Title\nAnn Lee,RN\n", "people.csv")
    offers = export(
        tmp_path,
        "Candidate,Job,Offer Status,Start Date\n"
        "Zed Ray,RN,Rejected,2099-01-04\n"
        "Yo Kim,RN,Declined,2099-01-04\n"
        "Xi Lu,MD,Withdrawn,2099-01-04\n"
        'Wu Li,PA,"Accepted, then rescinded",2099-01-04\n'
        "Vi Sen,RN,Accepted,2099-01-04\n",
        "offers.csv",
    )
    result = run_cli("import", people, "--reqs", offers)
    assert result.code == 0, result.stderr
    assert statuses(result.stdout) == {"Ann Lee": "current", "Vi Sen": "planned"}
    said = lines(result.stderr)
    assert (
        f"{offers}: 1 person (0 current, 1 planned, 0 open); "
        "skipped 4 rows (4 offers declined, rejected, withdrawn or rescinded)"
    ) in said
    assert (
        f"{offers}: 4 offers declined, rejected, withdrawn or rescinded: Zed Ray (line 2, Offer Status: Rejected), "
        "Yo Kim (line 3, Offer Status: Declined), Xi Lu (line 4, Offer Status: Withdrawn), "
        "Wu Li (line 5, Offer Status: Accepted, then rescinded); not added as planned hires"
    ) in said
    assert "planned: 1 person, 1.0 FTE" in said


def test_a_requisition_whose_approval_was_rejected_is_still_a_closed_requisition(tmp_path):
    people = export(tmp_path, "Name,Title\nAnn Lee,RN\n", "people.csv")
    jobs = export(tmp_path, "Job,Requisition ID,Opening Status\nRN,R1,Rejected\nMD,R2,Open\n", "jobs.csv")
    result = run_cli("import", people, "--reqs", jobs)
    assert result.code == 0, result.stderr
    assert "skipped 1 row (1 closed, filled or cancelled requisition)" in result.stderr
    assert "offer" not in result.stderr.lower()


def test_a_people_export_row_whose_offer_was_declined_is_not_staff(tmp_path):
    """An HRIS export listing candidates with their offer status counted a declined candidate as current staff."""
    path = export(
        tmp_path, "Name,Title,Offer Status\nAnn Lee,RN,Accepted\nBo Park,RN,Declined\nCy Dee,MD,\n", "people.csv"
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert statuses(result.stdout) == {"Ann Lee": "planned", "Cy Dee": "current"}
    assert (
        f"{path}: 1 offer declined, rejected, withdrawn or rescinded: Bo Park (line 3, Offer Status: Declined); "
        "not added as a planned hire"
    ) in lines(result.stderr)
