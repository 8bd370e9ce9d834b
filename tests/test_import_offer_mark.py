"""`--remove-missing` and the accepted offers an import wrote under their candidate's name, with no requisition id:
the comment import ends their first line with tells them from a planned hire typed by hand (importer/offermark.py)."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import run_cli

MARK = "# teamaudit import: accepted offer, removable by --remove-missing"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def names(team: Path) -> list[str]:
    return [p["name"] for p in yaml.safe_load(team.read_text(encoding="utf-8"))["people"]]


def offers(tmp_path: Path, *candidates: str, name: str = "offers.csv") -> Path:
    rows = "".join(f"{c},Nurse Informaticist,Accepted\n" for c in candidates)
    return write(tmp_path / name, "Candidate Name,Job,Offer Status\n" + rows)


def test_remove_missing_removes_an_imported_offer_the_export_no_longer_lists(tmp_path):
    """Tess, imported from last month's offers with no requisition id, was kept for ever: 'not written by an import'."""
    people = write(tmp_path / "people.csv", "Name,Job Title\nAnn Lee,RN\n")
    team = tmp_path / "team.yaml"
    assert run_cli("import", people, "--reqs", offers(tmp_path, "Tess Morgan"), "-o", team).code == 0
    assert f"- name: Tess Morgan  {MARK}\n" in team.read_text(encoding="utf-8")
    typed = "- name: Dr Kim\n  title: CMO\n  status: planned\n"  # a planned hire typed by hand
    write(team, team.read_text(encoding="utf-8") + typed)
    later = offers(tmp_path, "Mo Ali", name="offers2.csv")
    result = run_cli("import", people, "--reqs", later, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert 'removed 1: "Tess Morgan"' in result.stderr
    assert 'kept 1: "Dr Kim": planned or open, not in the export, and not written by an import' in result.stderr
    assert names(team) == ["Ann Lee", "Dr Kim", "Mo Ali"]
    assert f"- name: Mo Ali  {MARK}\n" in team.read_text(encoding="utf-8")  # added by a merge: marked too


def test_the_mark_survives_an_update_and_a_whole_file_rewrite(tmp_path):
    people = write(tmp_path / "people.csv", "Name,Job Title\nAnn Lee,RN\n")
    team = tmp_path / "team.yaml"
    assert run_cli("import", people, "--reqs", offers(tmp_path, "Tess Morgan"), "-o", team).code == 0
    dated = write(tmp_path / "o2.csv", "Candidate,Job,Offer Status,Start Date\nTess Morgan,CNO,Accepted,2027-02-01")
    result = run_cli("import", people, "--reqs", dated, "-o", team, "--organization", "Acme")  # ruamel.yaml, whole
    assert result.code == 0, result.stderr
    assert f"- name: Tess Morgan  {MARK}\n  title: CNO\n" in team.read_text(encoding="utf-8")
    later = offers(tmp_path, "Mo Ali", name="o3.csv")
    result = run_cli("import", people, "--reqs", later, "-o", team, "--remove-missing")
    assert result.code == 0 and 'removed 1: "Tess Morgan"' in result.stderr, result.stderr


def test_no_mark_or_a_mark_inside_a_name_never_removes_a_person(tmp_path):
    """Deleting the comment keeps the person; the mark's words inside a quoted name are no mark."""
    people = write(tmp_path / "people.csv", "Name,Job Title\nAnn Lee,RN\n")
    team = tmp_path / "team.yaml"
    assert run_cli("import", people, "--reqs", offers(tmp_path, "Tess Morgan"), "-o", team).code == 0
    text = team.read_text(encoding="utf-8").replace(f"  {MARK}", "")
    text += f'- name: "Bo Park {MARK}"\n  title: CMO\n  status: planned\n'
    text += f"- name: 'Cy Ng {MARK}' # note\n  title: CNO\n  status: planned\n"
    write(team, text)
    later = offers(tmp_path, "Mo Ali", name="o2.csv")
    result = run_cli("import", people, "--reqs", later, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert "removed 0" in result.stderr
    assert names(team)[:2] == ["Ann Lee", "Tess Morgan"] and len(names(team)) == 5


def test_an_offer_with_a_requisition_id_needs_no_mark(tmp_path):
    path = write(tmp_path / "o.csv", "Candidate Name,Job,Requisition ID,Offer Status\nTess Morgan,CNO,R-1,Accepted\n")
    result = run_cli("import", write(tmp_path / "p.csv", "Name,Job Title\nAnn Lee,RN\n"), "--reqs", path)
    assert result.code == 0, result.stderr
    assert "#" not in result.stdout.split("people:")[1]
