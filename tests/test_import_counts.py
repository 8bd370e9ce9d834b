"""Every count `teamaudit import` says on stderr agrees with its noun, for 1 and for 2 or more: 'updated 1 more
people likewise', '(no contractor)' where none of a kind is listed, '1 row ...: 1.0 FTE each', '1 more cells
likewise' and '1 'Background' cell(s)' each read wrong to the founder reading them."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli

HEADER = "Employee ID,Name,Job Title,Hours Per Week\n"


def lines_of(stderr: str) -> list[str]:
    return [line.removeprefix("teamaudit: ") for line in stderr.splitlines()]


def merged(tmp_path: Path, team: str, export: str, *args: str) -> tuple[list[str], Path]:
    path, csv = tmp_path / "team.yaml", tmp_path / "people.csv"
    path.write_text(team, encoding="utf-8")
    csv.write_text(export, encoding="utf-8")
    result = run_cli("import", csv, "-o", path, "--dry-run", *args)
    assert result.code == 0, result.stderr
    return lines_of(result.stderr), path


PAST_TEN = {
    "1 more person": (11, "", "updated 1 more person likewise"),
    "2 more people": (12, "", "updated 2 more people likewise"),
    "1 more value": (11, "  # acting", "kept the comments beside 1 more value replaced likewise"),
    "2 more values": (12, "  # acting", "kept the comments beside 2 more values replaced likewise"),
}


@pytest.mark.parametrize(("people", "comment", "rest"), PAST_TEN.values(), ids=PAST_TEN)
def test_the_people_updated_and_comments_kept_past_the_first_ten_are_counted_in_agreement(
    tmp_path, people, comment, rest
):
    team = "people:\n" + "".join(f"  - name: P{i} Q\n    id: E{i}\n    title: Nurse{comment}\n" for i in range(people))
    export = HEADER + "".join(f"E{i},P{i} Q,Charge Nurse,40\n" for i in range(people))
    said, path = merged(tmp_path, team, export)
    assert f"{path}: {rest}" in said, said


@pytest.mark.parametrize(("reqs", "rest"), [(11, "1 more open requisition"), (12, "2 more open requisitions")])
def test_the_open_requisitions_kept_past_the_first_ten_are_counted_in_agreement(tmp_path, reqs, rest):
    team = "people:\n  - name: Ann Lee\n    id: E1\n    title: Nurse\n" + "".join(
        f"  - name: Open req R-{i} - Nurse\n    id: R-{i}\n    title: Nurse\n    status: open\n" for i in range(reqs)
    )
    jobs = tmp_path / "jobs.csv"
    jobs.write_text("Job,Requisition ID,Job Status\n" + "".join(f"Nurse,R-{i},Filled\n" for i in range(reqs)))
    said, path = merged(tmp_path, team, HEADER + "E1,Ann Lee,Nurse,40\n", "--reqs", str(jobs))
    assert f"{path}: kept {rest} the export lists as not open likewise" in said, said


@pytest.mark.parametrize(
    ("kinds", "none"),
    [(("contractor",), "(no contractors)"), (("contractor", "advisor"), "(no advisors or contractors)")],
    ids=["one kind", "two kinds"],
)
def test_the_kinds_an_export_of_employees_lists_none_of_are_said_in_the_plural(tmp_path, kinds, none):
    """'which lists only employees (no contractor)': the export lists no contractors at all."""
    team = "people:\n  - name: Ann Lee\n    title: CEO\n" + "".join(
        f"  - name: Sam {kind}\n    title: Consultant\n    employment: {kind}\n    fte: 0.2\n" for kind in kinds
    )
    export = "First name,Last name,Job title,Employment status\nAnn,Lee,CEO,Full-time\n"
    said, _ = merged(tmp_path, team, export)
    assert any(f"which lists only employees {none}; --remove-missing keeps them" in line for line in said), said


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (1, "1 contractor row without an FTE or hours column: 1.0 FTE (--assume-fte contractor=0.5 counts it "),
        (2, "2 contractor rows without an FTE or hours column: 1.0 FTE each (--assume-fte contractor=0.5 counts them "),
    ],
)
def test_the_rows_given_no_fte_are_said_in_agreement(tmp_path, rows, expected):
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Job Title,Employment Type\n" + "".join(f"P{i} Q,Nurse,Contractor\n" for i in range(rows)))
    result = run_cli("import", csv)
    assert result.code == 0, result.stderr
    assert any(line.startswith(expected) for line in lines_of(result.stderr)), result.stderr


@pytest.mark.parametrize(("cells", "rest"), [(6, "1 more cell likewise"), (7, "2 more cells likewise")])
def test_the_cells_cleaned_past_the_first_five_are_counted_in_agreement(tmp_path, cells, rest):
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Job Title\n" + "".join(f"P{i} Q,Nurse\u200b\n" for i in range(cells)), encoding="utf-8")
    result = run_cli("import", csv)
    assert result.code == 0, result.stderr
    assert f"; {rest}); fix the export's cells" in result.stderr, result.stderr


def test_a_licence_number_left_out_of_one_cell_counts_one_cell(tmp_path):
    csv = tmp_path / "people.csv"
    csv.write_text('Name,Job Title,Background\nAnn Lee,Nurse,"RN, CA #95012345"\n', encoding="utf-8")
    result = run_cli("import", csv)
    assert result.code == 0, result.stderr
    assert "licence numbers left out of 1 'Background' cell, the credential kept" in result.stderr, result.stderr


def test_the_count_of_current_people_kept_unlisted_counts_a_kind_the_export_lists_none_of(tmp_path):
    """'current: 3 people, ..., 1 of them kept above though the exports do not list them as current' counted the
    person not in the export and left out the contractor and the advisor an export of employees does not list,
    whom the line above names as kept: the founder read 1 where the HRIS lists 1 and the file counts 3."""
    team = (
        "people:\n  - name: Ann Lee\n    title: CEO\n  - name: Bo Park\n    title: Engineer\n"
        "  - name: Sam Ito\n    title: Consultant\n    employment: contractor\n    fte: 0.2\n"
        "  - name: Dr. Alan Reyes\n    title: Clinical Advisor\n    employment: advisor\n    fte: 0.1\n"
    )
    said, _ = merged(tmp_path, team, "First name,Last name,Job title,Employment status\nAnn,Lee,CEO,Full-time\n")
    assert "current: 4 people, 2.3 FTE, 3 of them kept above though the exports do not list them as current" in said
