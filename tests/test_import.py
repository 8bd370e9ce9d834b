"""`teamaudit import`: real export layouts, the re-import round trip, bad CSVs; `init` and `schema`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import EXAMPLES, ROOT, run_cli

EXPORTS = ROOT / "tests" / "data" / "exports"

HRIS = {
    # file: (layout named on stderr, {name: (layer, fte)}, skipped terminated rows)
    "bamboohr.csv": (
        "BambooHR",
        {
            "Aisha Bello": ("clinical", 1.0),
            "Chloe Martin": ("integration", 1.0),
            "Noor Aziz": ("compliance", 1.0),
            "Marcus Webb": ("ml_research", 1.0),
            "Ingrid Solberg": ("ml_research", 1.0),  # part-time, but the export gives no FTE or hours
            "Lucy Grant": ("other", 1.0),  # a contractor, full time as far as the export says
        },
        1,
    ),
    "rippling.csv": (
        "Rippling",
        {
            "Owen Price": ("clinical", 1.0),
            "Samir Haddad": ("integration", 1.0),
            "Peter Novak": ("compliance", 1.0),
            "Rafael Ortiz": ("ml_research", 1.0),
            "Hana Kim": ("other", 1.0),
        },
        1,
    ),
    "gusto.csv": (
        "Gusto",
        {
            "Grace Hopper-Lee": ("clinical", 1.0),
            "Victor Nguyen": ("integration", 1.0),
            "Dana Cole": ("compliance", 1.0),
            "Olga Ivanova": ("ml_research", 1.0),
            "Ravi Patel": ("other", 1.0),
        },
        1,
    ),
    "workday.csv": (
        "Workday",
        {
            "Carmen Reyes": ("clinical", 1.0),
            "Hassan Karimi": ("integration", 1.0),
            "Kira Novak": ("compliance", 1.0),
            "Farah Siddiqui": ("ml_research", 1.0),
            "Ivy Chen": ("integration", 0.6),
            "Kavya Iyer": ("ml_research", 1.0),
        },
        1,
    ),
    "hibob.csv": (
        "HiBob",
        {
            "Eva Lindgren": ("clinical", 1.0),
            "Gina Alvarez": ("integration", 1.0),
            "Irene Adler": ("compliance", 0.8),
            "Daria Petrova": ("ml_research", 1.0),
            "Eli Cohen": ("ml_research", 0.5),
        },
        1,
    ),
    # Deel's people list with its API's field names: 'inactive' has left, 'onboarding' is yet to start
    "deel.csv": (
        "Deel",
        {
            "Ana Souza": ("clinical", 1.0),
            "Raj Mehta": ("integration", 1.0),
            "Noa Levi": ("compliance", 1.0),
            "Ivo Lang": ("ml_research", 1.0),
            "Lena Novak": ("ml_research", 1.0),
        },
        1,
    ),
    # German headers as Excel saves them: Windows-1252, `sep=;`, CRLF, two empty columns; 'Inaktiv' has left
    "personio.csv": (
        "Personio",
        {
            "Jürgen Müller": ("clinical", 1.0),
            "Anna Schäfer": ("integration", 0.8),
            "Lea Groß": ("compliance", 1.0),  # 'Auszeit', on leave: staff
            "Björn Weiß": ("ml_research", 0.5),
        },
        1,
    ),
    # English headers: 'End of employment' past skips the row; 'external' is a contractor
    "personio-en.csv": (
        "Personio",
        {
            "Jonas Becker": ("clinical", 1.0),
            "Mira Hoffmann": ("integration", 1.0),
            "Paul Wagner": ("compliance", 1.0),
            "Sara Koch": ("ml_research", 0.75),
        },
        1,
    ),
}


def audit(path: Path) -> dict:
    result = run_cli("check", path, "--format", "json")
    assert result.code in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_an_external_personio_worker_is_a_contractor(tmp_path):
    """Personio's 'Employment type' is 'internal' or 'external': the external quality manager was written with no
    employment, counted as staff as far as the file said."""
    result = run_cli("import", EXPORTS / "personio-en.csv")
    assert result.code == 0, result.stderr
    assert people_of_text(result.stdout)["Paul Wagner"]["employment"] == "contractor"


def test_a_deel_worker_employed_through_an_employer_of_record_is_an_employee(tmp_path):
    """Deel's worker types (help.letsdeel.com, "What Type Of Employee Am I"): an EOR or PEO worker is employed, through
    Deel; the EOR clinician was written with no employment, which the export did say."""
    path = tmp_path / "deel.csv"
    path.write_text(
        "Worker ID,Name,Job title,Department,Worker type,Status\n"
        "D1,Ana Souza,Clinical Content Lead (RN),Clinical,EOR,Active\n"
        "D2,Raj Mehta,Mirth Integration Engineer,Integrations,Contractor,Active\n"
        "D3,Ivo Lang,Data Scientist,ML,PEO,Active\n",
        encoding="utf-8",
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    people = people_of_text(result.stdout)
    assert [people[n].get("employment") for n in ("Ana Souza", "Raj Mehta", "Ivo Lang")] == [
        "employee",
        "contractor",
        "employee",
    ]


def test_a_deel_people_list_says_who_left_who_is_to_start_and_how_each_is_employed(tmp_path):
    """Deel's people list as its API names the fields (hiring_type, hiring_status, completion_date): none was read, so
    a contractor who left in 2024 was current staff, 5 people counted for 4, a hire still onboarding counted as on
    staff, and no one's employment written. Next month's list, re-imported into the file, starts her and names the
    contractor who left."""
    team = tmp_path / "team.yaml"
    first = run_cli("import", EXPORTS / "deel.csv", "-o", team)
    assert first.code == 0, first.stderr
    people = {p["name"]: p for p in yaml.safe_load(team.read_text(encoding="utf-8"))["people"]}
    assert "Tom Reyes" not in people
    assert {name: p.get("employment") for name, p in people.items()} == {
        "Ana Souza": "employee",
        "Raj Mehta": "contractor",
        "Noa Levi": "employee",
        "Ivo Lang": "employee",
        "Lena Novak": "employee",
    }
    assert people["Lena Novak"]["status"] == "planned"
    later = tmp_path / "deel.csv"
    later.write_text(
        (EXPORTS / "deel.csv")
        .read_text(encoding="utf-8")
        .replace("onboarding,2099-01-15", "active,2025-01-15")
        .replace("contractor,active,2023-05-10,", "contractor,inactive,2023-05-10,2025-03-31"),
        encoding="utf-8",
    )
    again = run_cli("import", later, "-o", team)
    assert again.code == 0, again.stderr
    assert 'updated "Lena Novak": status planned -> current (started)' in again.stderr
    assert 'kept "Raj Mehta": the people export lists them as left' in again.stderr


def test_a_completion_date_is_a_deel_contract_s_end_only_beside_deel_s_columns(tmp_path):
    """Deel's completion_date was read as the day anyone left in any export: a 'Completion Date' of the compliance
    training beside BambooHR's columns skipped everyone who had finished it as terminated, 3 people imported as 1."""
    people = tmp_path / "people.csv"
    people.write_text(
        "Employee #,First Name,Last Name,Job Title,Completion Date\n1,Ann,Lee,Nurse Informaticist,2024-03-01\n"
        "2,Bo,Chen,ML Engineer,2024-05-01\n3,Cy,Dee,Data Engineer,\n",
        encoding="utf-8",
    )
    result = run_cli("import", people)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == ["Ann Lee", "Bo Chen", "Cy Dee"]
    assert "terminated" not in result.stderr


def test_a_justworks_work_id_matches_a_person_renamed_at_the_next_import(tmp_path):
    """Justworks gives every employee and contractor a Work ID, in every report (help.justworks.com, "Work IDs"); it
    was not read, so the next month's report, where Ann Lee is Ann Park, added Ann Park beside her: 2 people for 1,
    the layer typed on her kept on the one who is no longer in the export."""
    team = tmp_path / "team.yaml"
    people = tmp_path / "justworks.csv"
    people.write_text("Work ID,First Name,Last Name,Job Title\n0042,Ann,Lee,Nurse Informaticist\n", encoding="utf-8")
    assert run_cli("import", people, "-o", team).code == 0
    team.write_text(team.read_text(encoding="utf-8") + "  layer: clinical\n", encoding="utf-8")
    people.write_text("Work ID,First Name,Last Name,Job Title\n0042,Ann,Park,Nurse Informaticist\n", encoding="utf-8")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(team.read_text(encoding="utf-8"))["people"] == [
        {"name": "Ann Park", "id": "0042", "title": "Nurse Informaticist", "layer": "clinical"}
    ]


def test_the_note_names_every_column_each_field_was_read_from(tmp_path):
    """BambooHR has 'Employment Status' (Full-Time, Part-Time, Contractor) and 'Status' (Active, Terminated); the
    note said `status <- 'Employment Status'` though 'Status' decided who was skipped (a newcomer's trial)."""
    out = tmp_path / "team.yaml"
    reqs = EXPORTS / "greenhouse-openings.csv"
    result = run_cli("import", EXPORTS / "bamboohr.csv", "--reqs", reqs, "-o", out)
    assert result.code == 0, result.stderr
    people_note = next(line for line in result.stderr.splitlines() if "bamboohr.csv: columns" in line)
    assert people_note.endswith(
        "; status <- 'Employment Status', 'Status' (terminated or inactive rows skipped, accepted offers planned)"
        "; employment <- 'Employment Status', 'Status'"
    )
    assert "skipped 1 row (1 terminated or inactive)" in result.stderr
    assert "status <- 'Employment Status', 'Status'" in out.read_text()  # the file's comment says the same
    reqs_note = next(line for line in result.stderr.splitlines() if "greenhouse-openings.csv: columns" in line)
    assert reqs_note.endswith("; status <- 'Opening Status'") and "employment" not in reqs_note


@pytest.mark.parametrize("export", sorted(HRIS))
def test_hris_exports_import_and_audit(tmp_path, export):
    layout, expected, skipped = HRIS[export]
    out = tmp_path / "team.yaml"
    result = run_cli("import", EXPORTS / export, "-o", out)
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert f"({layout} layout)" in result.stderr and "title <- " in result.stderr
    assert f"skipped {skipped} row ({skipped} terminated or inactive)" in result.stderr
    assert "report's title" not in result.stderr  # Excel's `sep=;` line is no title
    got = {p["name"]: (p["layer"], p["fte"]) for p in audit(out)["people"]}
    assert got == expected
    text = out.read_text()
    assert text.startswith("# yaml-language-server: $schema=team.schema.json")
    assert "FTE: the FTE column if present" in text and "cost:" not in text


@pytest.mark.parametrize(
    ("reqs", "layout", "expected"),
    [
        (
            "greenhouse-openings.csv",
            "Greenhouse",
            {
                ("Open req REQ-101 - Senior FHIR Integration Engineer", "open"),
                ("Open req REQ-102 - Clinical Nurse Specialist", "open"),
                ("Omar Farouk", "planned"),
            },
        ),
        (
            "lever-postings.csv",
            "Lever",
            {
                ("Open req lv-1 #1 - Regulatory Affairs Specialist", "open"),
                ("Open req lv-1 #2 - Regulatory Affairs Specialist", "open"),
                ("Open req lv-3 - Clinical Workflow Lead (RN)", "open"),
                ("Open req lv-4 - Integration Engineer (HL7)", "open"),  # Lever's internal-only posting is open
            },
        ),
        (
            "ashby-jobs.csv",
            "Ashby",
            {("Open req ab-1 - Biostatistician", "open"), ("Open req ab-3 - HL7 Interface Engineer", "open")},
        ),
    ],
)
def test_ats_requisitions(tmp_path, reqs, layout, expected):
    out = tmp_path / "team.yaml"
    result = run_cli("import", EXPORTS / "gusto.csv", "--reqs", EXPORTS / reqs, "-o", out)
    assert result.code == 0, result.stderr
    assert f"({layout} layout)" in result.stderr
    assert "skipped 1 row (1 closed, filled or cancelled requisition)" in result.stderr
    doc = audit(out)
    assert {(p["name"], p["status"]) for p in doc["people"] if p["status"] != "current"} == expected
    assert doc["composition"]["plan"]["total"]["headcount"] == 5 + len(expected)


def test_offer_accepted_keeps_start_date(tmp_path):
    out = tmp_path / "team.yaml"
    run_cli("import", EXPORTS / "gusto.csv", "--reqs", EXPORTS / "greenhouse-openings.csv", "-o", out)
    omar = next(p for p in yaml.safe_load(out.read_text())["people"] if p["name"] == "Omar Farouk")
    assert omar["status"] == "planned" and str(omar["start"]) == "2027-02-01" and omar["id"] == "REQ-104"


def test_pay_only_when_asked(tmp_path):
    out = tmp_path / "team.yaml"
    run_cli("import", EXPORTS / "bamboohr.csv", "--cost", "-o", out)
    costs = {p["name"]: p.get("cost") for p in yaml.safe_load(out.read_text())["people"]}
    assert costs["Aisha Bello"] == 165000 and costs["Ingrid Solberg"] == 85 * 2080
    plain = run_cli("import", EXPORTS / "bamboohr.csv", "--no-cost").stdout
    assert "cost:" not in plain and "Pay Rate" not in plain and "165" not in plain


def test_openings_of_one_requisition_are_written_in_full_for_hand_editing(tmp_path):
    """Two openings share their requisition's start date; PyYAML wrote it once as an anchor and then as an alias,
    so deleting the filled first opening broke the file ("found undefined alias"), new file and merge alike."""
    reqs = tmp_path / "jobs.csv"
    reqs.write_text(
        "Job Title,Job ID,Department,Job Status,Openings,Target Start Date\n"
        "Clinical Validation Scientist,J-1,Quality,Open,2,2027-02-01\n"
    )
    for out in (tmp_path / "new.yaml", tmp_path / "merged.yaml"):
        if out.name == "merged.yaml":
            assert run_cli("import", EXPORTS / "gusto.csv", "-o", out).code == 0
        assert run_cli("import", EXPORTS / "gusto.csv", "--reqs", reqs, "-o", out).code == 0
        text = out.read_text()
        assert "&id" not in text and "*id" not in text and text.count("start: 2027-02-01") == 2
        first = text.index("- name: 'Open req J-1 #1")
        edited = text[:first] + text[text.index("- name: 'Open req J-1 #2") :]
        out.write_text(edited)
        assert run_cli("check", out).code in (0, 1), out.name


def test_reimport_keeps_hand_edits(tmp_path):
    out = tmp_path / "team.yaml"
    assert run_cli("import", EXPORTS / "workday.csv", "-o", out).code == 0
    data = yaml.safe_load(out.read_text())
    for person in data["people"]:
        if person["name"] == "Kavya Iyer":
            person["layer"] = "ml_research"
            person["background"] = ["built the model registry"]
        if person["name"] == "Carmen Reyes":
            person["background"] = "RN, 12 years med-surg"
            person["name"] = "Carmen Reyes-Ortiz"  # renamed by hand: matched by id W-2001
    out.write_text(yaml.safe_dump(data, sort_keys=False))
    result = run_cli("import", EXPORTS / "workday.csv", "-o", out)
    assert result.code == 0, result.stderr
    assert 'updated 1: "Carmen Reyes" (name)' in result.stderr and "unchanged 5" in result.stderr
    again = {p["name"]: p for p in yaml.safe_load(out.read_text())["people"]}
    assert again["Kavya Iyer"]["layer"] == "ml_research"
    assert again["Kavya Iyer"]["background"] == ["built the model registry"]
    assert again["Carmen Reyes"]["background"] == "RN, 12 years med-surg"  # as written; the HRIS name comes back
    assert audit(out)["people"][0]["source"] == "rubric"


# A team file kept by hand: what an HRIS export does not carry must survive an import into it.
KEPT_TEAM = """\
# Acme's team, kept by hand since 2024.
organization: Acme Clinical AI   # legal name
as_of: 2026-11-01
people:
  - name: Aisha Bello
    id: 101
    title: Clinical Informatics Lead (RN, BSN)
    background:   # from her CV
      - RN, BSN
      - 8 years ICU nurse
    layer: clinical
  - {name: Chloe Martin, id: 102, title: Interface Engineer, skills: [HL7, Mirth]}
  # the ML group
  - name: Marcus Webb
    id: 104
    title: ML Engineer
    fte: 0.8   # four days a week
  - name: Zoe Hart
    id: 99
    title: Research Scientist
  - name: New Clinical Safety Officer
    title: Clinical Safety Officer (MD)
    status: planned
    start: 2027-03-01
  - name: Open req R-7 - FDA Regulatory Lead
    id: R-7
    title: Regulatory Affairs Lead
    status: open
"""


def kept_team(tmp_path: Path) -> Path:
    path = tmp_path / "team.yaml"
    path.write_text(KEPT_TEAM)
    return path


def people_of(path: Path) -> dict[str, dict]:
    return {p["name"]: p for p in yaml.safe_load(path.read_text())["people"]}


def test_import_into_a_kept_file_keeps_what_the_export_does_not_know(tmp_path):
    """Issue 15: import rewrote the file from the export alone: planned hires, open requisitions,
    `organization`, backgrounds and comments were gone."""
    team = kept_team(tmp_path)
    result = run_cli("import", EXPORTS / "bamboohr.csv", "-o", team)
    assert result.code == 0, result.stderr
    text = team.read_text()
    for kept in ("# Acme's team, kept by hand since 2024.", "# legal name", "# from her CV", "# the ML group"):
        assert kept in text, kept
    assert "# four days a week" in text
    assert "  - {name: Chloe Martin, id: 102, title: HL7 Interface Engineer, skills: [HL7, Mirth]," in text  # flow
    doc = yaml.safe_load(text)
    assert doc["organization"] == "Acme Clinical AI" and str(doc["as_of"]) == "2026-11-01"
    people = people_of(team)
    assert people["Aisha Bello"]["background"] == ["RN, BSN", "8 years ICU nurse"]
    assert people["Aisha Bello"]["layer"] == "clinical"
    assert people["Chloe Martin"]["skills"] == ["HL7", "Mirth"]
    assert people["Chloe Martin"]["title"] == "HL7 Interface Engineer"  # what the export knows is updated
    assert people["Marcus Webb"]["fte"] == 0.8  # the export has no FTE column: the file's stays
    assert people["New Clinical Safety Officer"]["status"] == "planned"
    assert people["Open req R-7 - FDA Regulatory Lead"]["status"] == "open"
    assert "Zoe Hart" in people  # missing from the export: kept without --remove-missing
    assert {"Noor Aziz", "Ingrid Solberg", "Lucy Grant"} <= set(people)
    assert list(people)[:6] == [
        "Aisha Bello",
        "Chloe Martin",
        "Marcus Webb",
        "Zoe Hart",
        "New Clinical Safety Officer",
        "Open req R-7 - FDA Regulatory Lead",
    ]
    assert audit(team)["people"][0]["source"] == "declared"


def test_import_into_a_kept_file_leaves_a_backup_and_never_overwrites_one(tmp_path):
    """Issue 15: no backup of the file import replaced."""
    team = kept_team(tmp_path)
    assert run_cli("import", EXPORTS / "bamboohr.csv", "-o", team).code == 0
    assert (tmp_path / "team.yaml.bak").read_text() == KEPT_TEAM
    first_import = team.read_text()
    hand_edited = first_import.replace("title: Machine Learning Engineer", "title: Principal ML Engineer")
    team.write_text(hand_edited)  # a title the export knows better: the next import updates it
    second = run_cli("import", EXPORTS / "bamboohr.csv", "-o", team)
    assert second.code == 0 and "team.yaml.bak.2" in second.stderr
    assert (tmp_path / "team.yaml.bak").read_text() == KEPT_TEAM  # the older backup is untouched
    assert (tmp_path / "team.yaml.bak.2").read_text() == hand_edited
    third = run_cli("import", EXPORTS / "bamboohr.csv", "-o", team)
    assert third.code == 0 and "nothing to change; not written" in third.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.yaml", "team.yaml.bak", "team.yaml.bak.2"]


def test_import_into_a_kept_file_says_what_it_added_updated_kept_and_removed(tmp_path):
    """Issue 15: the import gave no warning of what it dropped."""
    team = kept_team(tmp_path)
    result = run_cli("import", EXPORTS / "bamboohr.csv", "-o", team)
    assert result.code == 0, result.stderr
    err = result.stderr
    assert 'added 3: "Noor Aziz", "Ingrid Solberg", "Lucy Grant"' in err
    assert 'updated 3: "Aisha Bello" (team, employment), "Chloe Martin" (title, team, employment), "Marcus Webb"' in err
    assert 'kept 1: "Zoe Hart": not in the export; --remove-missing removes them' in err
    assert 'kept 2: "New Clinical Safety Officer", "Open req R-7 - FDA Regulatory Lead": their status' in err
    assert "removed 0" in err


def test_dry_run_prints_the_merge_and_writes_nothing(tmp_path):
    team = kept_team(tmp_path)
    result = run_cli("import", EXPORTS / "bamboohr.csv", "-o", team, "--dry-run", "--remove-missing")
    assert result.code == 0, result.stderr
    assert 'removed 1: "Zoe Hart"' in result.stderr and "dry run: nothing written" in result.stderr
    assert team.read_text() == KEPT_TEAM and sorted(p.name for p in tmp_path.iterdir()) == ["team.yaml"]
    assert result.stdout == ""


def test_remove_missing_removes_only_people_the_exports_cover(tmp_path):
    team = kept_team(tmp_path)
    result = run_cli("import", EXPORTS / "bamboohr.csv", "-o", team, "--remove-missing")
    assert result.code == 0 and 'removed 1: "Zoe Hart"' in result.stderr
    people = people_of(team)
    assert "Zoe Hart" not in people
    assert "New Clinical Safety Officer" in people and "Open req R-7 - FDA Regulatory Lead" in people  # no --reqs
    with_reqs = run_cli(
        "import",
        EXPORTS / "bamboohr.csv",
        "--reqs",
        EXPORTS / "greenhouse-openings.csv",
        "-o",
        team,
        "--remove-missing",
    )
    assert with_reqs.code == 0, with_reqs.stderr
    assert 'removed 1: "Open req R-7 - FDA Regulatory Lead"' in with_reqs.stderr  # its id says an ATS gave it
    assert (
        'kept 1: "New Clinical Safety Officer": planned or open, not in the export, and not written' in with_reqs.stderr
    )
    assert "Omar Farouk" in people_of(team) and "New Clinical Safety Officer" in people_of(team)


def test_round_trip_keeps_hand_edits_and_comments(tmp_path):
    """Import, edit by hand (comments, a layer, a background, a planned hire, a flow-style person), import again."""
    team = tmp_path / "team.yaml"
    assert run_cli("import", EXPORTS / "hibob.csv", "--reqs", EXPORTS / "ashby-jobs.csv", "-o", team).code == 0
    text = team.read_text()
    text = text.replace("- name: Eli Cohen\n", "# contract ends in June\n- name: Eli Cohen  # ask Dana\n")
    text = text.replace("  title: Nurse Informaticist\n", "  title: Nurse Informaticist\n  layer: clinical\n")
    text = text.replace(
        "people:\n", "organization: Hand Co\npeople:\n- {name: Ann Planned, title: RN, status: planned}\n"
    )
    text = text.replace(
        "  title: Sr. ML Engineer II - Ranking\n", "  title: Sr. ML Engineer II - Ranking\n  background: [PhD]\n"
    )
    for edit in ("# ask Dana", "# contract ends in June", "layer: clinical", "Hand Co", "Ann Planned", "[PhD]"):
        assert edit in text, edit
    team.write_text(text)
    assert run_cli("check", team).code in (0, 1)
    again = run_cli("import", EXPORTS / "hibob.csv", "--reqs", EXPORTS / "ashby-jobs.csv", "-o", team)
    assert again.code == 0, again.stderr
    assert "nothing to change; not written" in again.stderr
    assert team.read_text() == text
    (tmp_path / "hibob2.csv").write_text(
        (EXPORTS / "hibob.csv").read_text().replace("Sr. ML Engineer II - Ranking", "Staff ML Engineer")
    )
    third = run_cli("import", tmp_path / "hibob2.csv", "--reqs", EXPORTS / "ashby-jobs.csv", "-o", team)
    assert third.code == 0 and 'updated 1: "Daria Petrova" (title)' in third.stderr, third.stderr
    assert team.read_text() == text.replace("Sr. ML Engineer II - Ranking", "Staff ML Engineer")


@pytest.mark.parametrize(
    ("people", "below"),
    [("people:\n", "  # about Bo\n"), ("people:\n  ", "# about Bo\n  ")],
    ids=["people list at column 0", "people list indented"],
)
def test_a_merge_keeps_the_lists_and_comments_of_an_updated_person_as_written(tmp_path, people, below):
    """A hand-written `background:` list indented under its key came back re-indented to the people list's
    setting, and a key the export added went below the comment on the next person."""
    person = (
        "- name: Ann Lee  # ask Dana\n"
        "  id: '1'\n"
        "  title: Nurse Informaticist\n"
        "  background:   # from her CV\n"
        "    - RN, 4 years ED nurse   # her CV\n"
        "    # charge nurse too\n"
        "    - MSN\n"
    )
    pad = people[len("people:\n") :]
    text = (
        people + person.replace("\n", "\n" + pad).removesuffix(pad) + below + "- name: Bo Ek\n" + pad + "  title: RN\n"
    )
    team = tmp_path / "team.yaml"
    team.write_text(text)
    export = tmp_path / "p.csv"
    export.write_text("Employee #,Name,Job Title,Department\n1,Ann Lee,Nurse Informaticist,Clinical\n")
    result = run_cli("import", export, "-o", team)
    assert result.code == 0 and 'updated 1: "Ann Lee" (team)' in result.stderr, result.stderr
    added = f"{pad}  team: Clinical\n"
    at = text.index(below)
    assert team.read_text() == text[:at] + added + text[at:]


def test_reqs_is_repeatable(tmp_path):
    """Issue 16: a second --reqs silently replaced the first (offers and open jobs are separate exports)."""
    out = tmp_path / "team.yaml"
    result = run_cli(
        "import",
        EXPORTS / "gusto.csv",
        "--reqs",
        EXPORTS / "greenhouse-offers.csv",
        "--reqs",
        EXPORTS / "ashby-jobs.csv",
        "-o",
        out,
    )
    assert result.code == 0, result.stderr
    statuses = {p["name"]: p["status"] for p in audit(out)["people"] if p["status"] != "current"}
    assert statuses == {
        "Priya Shah": "planned",
        "Leo Brandt": "planned",
        "Open req ab-1 - Biostatistician": "open",
        "Open req ab-3 - HL7 Interface Engineer": "open",
    }


def test_summary_has_a_line_per_status_and_per_source(tmp_path):
    """Issue 16: the summary did not count planned hires."""
    result = run_cli(
        "import",
        EXPORTS / "gusto.csv",
        "--reqs",
        EXPORTS / "greenhouse-offers.csv",
        "--reqs",
        EXPORTS / "greenhouse-openings.csv",
    )
    assert result.code == 0, result.stderr
    lines = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines()]
    assert (
        f"{EXPORTS / 'gusto.csv'}: 5 people (5 current, 0 planned, 0 open); skipped 1 row (1 terminated or inactive)"
        in lines
    )
    assert (
        f"{EXPORTS / 'greenhouse-offers.csv'}: 2 people (0 current, 2 planned, 0 open); "
        "skipped 1 row (1 offer declined, rejected, withdrawn or rescinded)"
    ) in lines
    assert (
        f"{EXPORTS / 'greenhouse-offers.csv'}: 1 offer declined, rejected, withdrawn or rescinded: "
        "Max Weber (line 4, Offer Status: Declined); not added as a planned hire"
    ) in lines
    assert f"{EXPORTS / 'greenhouse-openings.csv'}: 3 people (0 current, 1 planned, 2 open); " in result.stderr
    assert "current: 5 people, 5.0 FTE" in lines
    assert "planned: 3 people, 3.0 FTE" in lines
    assert "open: 2 people, 2.0 FTE" in lines


def test_a_full_time_contractor_is_a_contractor_not_half_an_fte(tmp_path):
    """Issue 16: import turned a full-time contractor into 0.5 FTE."""
    out = tmp_path / "team.yaml"
    result = run_cli("import", EXPORTS / "bamboohr.csv", "-o", out)
    assert result.code == 0, result.stderr
    assert {p["name"]: p["fte"] for p in audit(out)["people"]}["Lucy Grant"] == 1.0
    people = people_of(out)
    assert people["Lucy Grant"]["employment"] == "contractor" and "fte" not in people["Lucy Grant"]
    assert people["Marcus Webb"]["employment"] == "employee"
    said = "1 contractor row without an FTE or hours column: 1.0 FTE (--assume-fte contractor=0.5 counts it"
    assert said in result.stderr
    assert "employment: contractor for contract" in out.read_text()  # the rule is written into the file
    hibob = run_cli("import", EXPORTS / "hibob.csv")
    eli = people_of_text(hibob.stdout)["Eli Cohen"]
    assert eli["employment"] == "contractor" and eli["fte"] == 0.5  # the FTE column says half time


def test_assume_fte_overrides_the_rule(tmp_path):
    out = tmp_path / "team.yaml"
    result = run_cli("import", EXPORTS / "bamboohr.csv", "--assume-fte", "contractor=0.5", "-o", out)
    assert result.code == 0, result.stderr
    assert "1 contractor row without an FTE or hours column: 0.5 FTE, as --assume-fte says" in result.stderr
    people = people_of(out)
    assert people["Lucy Grant"]["fte"] == 0.5 and "fte" not in people["Ingrid Solberg"]
    bad = run_cli("import", EXPORTS / "bamboohr.csv", "--assume-fte", "temp=2")
    assert bad.code == 2 and "the kind must be one of part-time, intern, contractor, advisor" in bad.stderr


def people_of_text(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in yaml.safe_load(text)["people"]}


def test_map_overrides_a_column(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Person,Role Name,Org\nAnn Lee,Registered Nurse,Clinical\n")
    result = run_cli("import", path)
    assert result.code == 2 and "no job-title column found" in result.stderr and "--map title=" in result.stderr
    ok = run_cli("import", path, "--map", "title=Role Name", "--map", "team=Org")
    assert ok.code == 0, ok.stderr
    person = yaml.safe_load(ok.stdout)["people"][0]
    assert person == {"name": "Ann Lee", "title": "Registered Nurse", "team": "Clinical"}
    bad = run_cli("import", path, "--map", "title=Nope")
    assert bad.code == 2 and "no such column" in bad.stderr


def test_columns_nothing_reads_are_named_and_common_short_headers_are_read(tmp_path):
    """A home-made export's 'Dept' and 'Hrs/wk' were dropped without a word: 3.0 FTE where the team had 1.6."""
    path = tmp_path / "home.csv"
    path.write_text(
        "Full Name,Role,Dept,Hrs/wk,Badge colour,Pay Rate\nAnn Lee,Registered Nurse,Clinical,20,red,$90000\n"
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["people"][0] == {
        "name": "Ann Lee",
        "title": "Registered Nurse",
        "team": "Clinical",
        "fte": 0.5,
    }
    assert f"{path}: not read: 'Badge colour' (--map" in result.stderr  # pay is left out on purpose, not listed


def test_a_person_the_export_marks_terminated_is_kept_and_said_to_be(tmp_path):
    """They were kept with "not in the export", though the export named them, as terminated."""
    team = tmp_path / "team.yaml"
    first = tmp_path / "a.csv"
    first.write_text("Name,Title,Status\nAnn Lee,Registered Nurse,Active\nKev Obi,Interface Analyst,Active\n")
    assert run_cli("import", first, "-o", team).code == 0
    later = tmp_path / "b.csv"
    later.write_text("Name,Title,Status\nAnn Lee,Registered Nurse,Active\nKev Obi,Interface Analyst,Terminated\n")
    result = run_cli("import", later, "-o", team)
    assert result.code == 0, result.stderr
    line = team.read_text().splitlines().index("- name: Kev Obi") + 1
    kept = (
        f'{team}:{line}: kept "Kev Obi": the people export lists them as left ({later} line 3, terminated or inactive)'
    )
    assert kept in result.stderr
    assert "not in the export" not in result.stderr
    removed = run_cli("import", later, "-o", team, "--remove-missing")
    assert 'removed 1: "Kev Obi"' in removed.stderr and "Kev Obi" not in team.read_text()


def test_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    import datetime as dt

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Employee Name", "Job Title", "Department", "Start Date", "FTE"])
    sheet.append(["Ann Lee", "Registered Nurse", "Clinical", dt.datetime(2021, 3, 1), 0.8])
    sheet.append(["Bo Park", "Data Scientist", "ML", dt.datetime(2022, 1, 3), 1])
    path = tmp_path / "export.xlsx"
    book.save(path)
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    people = yaml.safe_load(result.stdout)["people"]
    assert people[0] == {"name": "Ann Lee", "title": "Registered Nurse", "team": "Clinical", "fte": 0.8}


BAD = [
    ("empty", b"", ["file is empty"]),
    ("no header", b"Ann Lee,Registered Nurse,Clinical\nBo Park,Data Scientist,ML\n", ["no job-title column"]),
    ("data first row", b"101,ann@x.com\n102,bo@x.com\n", ["looks like data, not a header"]),
    ("single column", b"Name\nAnn\n", ["no header row"]),
    (
        "no title column",
        b"Name,Department\nAnn,Clinical\n",
        ["no job-title column found", "--map title=COLUMN, COLUMN one of: Name, Department"],
    ),
    ("no name column", b"Job Title,Department\nNurse,Clinical\n", ["no name column found"]),
    ("ragged long row", b"Name,Job Title\nAnn,Nurse,Clinical,Extra\n", [":2:", "row has 4 cells but the header has 2"]),
    ("duplicate header", b"Name,Job Title,name\nAnn,Nurse,A\n", ["names column 'Name' twice"]),
    ("binary", b"\x00\x01\x02PK garbage", ["not a text file"]),
    ("xlsx named csv", b"PK\x03\x04rest-of-zip", ["name it .xlsx"]),
    ("bad fte", b"Name,Job Title,FTE\nAnn,Nurse,lots\n", [":2:", "FTE 'lots' is not a number"]),
    ("every row skipped", b"Name,Job Title,Status\nAnn,Nurse,Terminated\n", ["no people to import: every row"]),
]


@pytest.mark.parametrize(("content", "fragments"), [(c, f) for _, c, f in BAD], ids=[b[0] for b in BAD])
def test_bad_csv(tmp_path, content, fragments):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    result = run_cli("import", path)
    assert result.code == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom + semicolons", "\ufeffName;Job Title;Department\nAnn Lee;Registered Nurse;Clinical\n".encode()),
        ("windows-1252", "Name,Job Title\nJosé Núñez,Registered Nurse\n".encode("cp1252")),
        ("tabs", b"Name\tJob Title\nAnn Lee\tRegistered Nurse\n"),
        ("crlf and blank lines", b"Name,Job Title\r\n\r\nAnn Lee,Registered Nurse\r\n"),
        ("short row padded", b"Name,Job Title,Department\nAnn Lee,Registered Nurse\n"),
        ("quoted delimiter", b'Name,Job Title\n"Lee, Ann","Nurse, ICU"\n'),
    ],
)
def test_quirky_csv_is_handled(tmp_path, name, content):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    person = yaml.safe_load(result.stdout)["people"][0]
    assert person["title"] in ("Registered Nurse", "Nurse, ICU")
    assert person["name"] in ("Ann Lee", "José Núñez")


def test_init_writes_a_valid_commented_file_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "team.yaml"
    result = run_cli("init", path)
    assert result.code == 0 and path.is_file()
    text = path.read_text()
    from teamaudit.roster import PERSON_KEYS

    # every key a person can have (it left out employment), and the file's own
    fields = [f"{name}:" for name in PERSON_KEYS]
    for key in (*fields, "organization:", "as_of:"):
        assert key in text, key
    assert run_cli("check", path).code in (0, 1)
    again = run_cli("init", path)
    assert again.code == 2 and "never overwrites" in again.stderr
    assert path.read_text() == text


def test_schema_validates_examples_and_matches_docs(tmp_path):
    result = run_cli("schema")
    assert result.code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    for example in sorted(EXAMPLES.glob("*.yaml")):
        jsonschema.validate(json.loads(json.dumps(yaml.safe_load(example.read_text()), default=str)), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"people": [{"name": "A", "titel": "RN"}]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"people": [{"name": "A", "title": "RN", "fte": 1.5}]}, schema)
    assert json.loads((ROOT / "docs" / "team.schema.json").read_text()) == schema


def test_three_openings_of_one_requisition_get_three_names(tmp_path):
    """The second and third opening of REQ-101 both became '... (REQ-101)': the file import wrote failed check
    with a duplicate name, and refused the next import into it."""
    reqs = tmp_path / "openings.csv"
    reqs.write_text(
        "Job,Job ID,Requisition ID,Opening ID,Opening Status,Department,Target Start Date,Candidate\n"
        + "".join(f"FHIR Engineer,4001,REQ-101,O-{i},Open,Integrations,2027-01-15,\n" for i in (1, 2, 3))
    )
    out = tmp_path / "team.yaml"
    assert run_cli("import", EXPORTS / "bamboohr.csv", "--reqs", reqs, "-o", out).code == 0
    names = [p["name"] for p in yaml.safe_load(out.read_text())["people"] if "REQ-101" in p["name"]]
    assert len(names) == 3 == len(set(names)), names
    assert run_cli("check", out).code in (0, 1)


HOSTILE_TITLE = "RN \u202e##[add-mask]x\u2028::error::y"


@pytest.mark.parametrize(
    ("existing", "organization"),
    [
        ("organization: X\npeople:\n  - name: Ann Lee\n    title: RN\n  - {name: Bob Roe, title: Eng}\n", "X"),
        # a flow list, or an organization to set, sends the whole file through the editor
        ("organization: X\npeople: [{name: Ann Lee, title: RN}]\n", "Org ##[warning]o"),
    ],
    ids=["person-edited", "whole-file"],
)
def test_a_merge_writes_what_a_terminal_or_diff_acts_on_escaped(tmp_path, existing, organization):
    """A new file escaped U+202E and `##[`, but an update to a kept file wrote them raw: a reversed title in a
    reviewer's diff, `##[add-mask]` in a CI log that prints the file."""
    export = tmp_path / "hris.csv"
    export.write_text(f'Employee Name,Job Title\nAnn Lee,"{HOSTILE_TITLE}"\nNew Person,"Eng ##[error]z"\n')
    team = tmp_path / "team.yaml"
    team.write_text("# kept \u202e as the user wrote it\n" + existing)
    extra = ("--organization", organization) if organization != "X" else ()
    result = run_cli("import", export, "-o", team, *extra)
    assert result.code == 0, result.stderr
    text = team.read_text()
    assert text.startswith("# kept \u202e as the user wrote it\n")  # what the file held is not rewritten
    written = text.split("\n", 1)[1]
    for raw in ("\u202e", "\u2028", "##["):
        assert raw not in written, (raw, written)
    assert not any(line.lstrip().startswith("::") for line in text.splitlines())
    data = yaml.safe_load(text)
    titles = {p["name"]: p["title"] for p in data["people"]}
    # The export's U+202E is removed and its line separator a space (importer/unseen.py); `##[` stays, escaped.
    assert titles["Ann Lee"] == "RN ##[add-mask]x ::error::y" and titles["New Person"] == "Eng ##[error]z"
    assert data["organization"] == organization


def test_a_merge_keeps_what_the_file_held_escaped_and_never_mistakes_its_text_for_a_placeholder(tmp_path):
    """A second read: ruamel.yaml wrote back raw the U+202E and `##[` a file held escaped (an untouched person, on
    the whole-file path), undoing an earlier import's escaping; and a title holding the private-use character the
    escaping uses, written escaped in the file, crashed the merge with an IndexError."""
    export = tmp_path / "hris.csv"
    export.write_text('Employee Name,Job Title\nAnn Lee,"RN \u202e x"\n')
    team = tmp_path / "team.yaml"
    team.write_text(
        'people: [{name: Ann Lee, title: RN}, {name: Bob Roe, title: "Eng \\u202e x ##\\x5b"},'
        ' {name: Cy Doe, title: "A\\ue0009\\ue000B"}]\n'
    )
    result = run_cli("import", export, "-o", team, "--organization", "Org")
    assert result.code == 0, result.stderr
    text = team.read_text()
    assert "\u202e" not in text and "##[" not in text, text
    titles = {p["name"]: p["title"] for p in yaml.safe_load(text)["people"]}
    # The export's U+202E is removed (importer/unseen.py); what the file held stays as it was.
    assert titles == {"Ann Lee": "RN  x", "Bob Roe": "Eng \u202e x ##[", "Cy Doe": "A\ue0009\ue000B"}
    again = run_cli("import", export, "-o", team, "--organization", "Org")
    assert again.code == 0 and "nothing to change; not written" in again.stderr, again.stderr


@pytest.mark.parametrize(
    ("name", "ending"),
    [
        ("out.csv", "a .csv name"),
        ("people.xlsx", "a .xlsx name"),
        ("report.json", "a .json name"),
        ("team", "a name with no .yaml ending"),
    ],
)
def test_import_writes_a_team_file_only_under_a_yaml_name(tmp_path, name, ending):
    """`import -o out.csv` wrote YAML into out.csv, which the next tool read as an export; check -o refuses a
    report's wrong name alike."""
    target = tmp_path / name
    if name == "people.xlsx":
        target.write_bytes(b"PK\x03\x04 somebody's export")
    before = target.read_bytes() if target.exists() else None
    result = run_cli("import", EXPORTS / "bamboohr.csv", "-o", target)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {target}: import writes a YAML team file, and will not write it under {ending} "
        "(name it team.yaml or team.yml, or give -o - for standard output)"
    ]
    assert (target.read_bytes() if target.exists() else None) == before
    upper = tmp_path / "TEAM.YML"
    assert run_cli("import", EXPORTS / "bamboohr.csv", "-o", upper).code == 0 and "people:" in upper.read_text()


SHARED = {
    # (file, where its first alias is, the anchor): each person the export updates is in the file
    "an alias edited": (
        "people:\n  - name: Ann Lee\n    title: &t RN\n  - name: Bob Roe\n    title: *t\n",
        "5:12",
        "t",
    ),
    "an anchor edited": (
        "people:\n  - name: Bob Roe\n    title: &t RN\n  - name: Ann Lee\n    title: *t\n",
        "5:12",
        "t",
    ),
    "a merge key": (
        "people:\n  - &p\n    name: Ann Lee\n    title: RN\n  - <<: *p\n    name: Bob Roe\n",
        "5:9",
        "p",
    ),
    "a whole person": ("people:\n  - &a {name: Bob Roe, title: RN}\n  - {<<: *a, name: Ann Lee}\n", "3:10", "a"),
}


@pytest.mark.parametrize("name", list(SHARED))
def test_a_merge_into_a_file_whose_people_share_anchors_is_refused_naming_the_alias(tmp_path, name):
    """Editing a person holding `*t` stopped with ruamel.yaml's ComposerError traceback; editing the one holding
    `&t` dropped the anchor and was refused as 'found undefined alias *t'."""
    text, where, anchor = SHARED[name]
    team = tmp_path / "team.yaml"
    team.write_text(text)
    assert run_cli("check", team).code in (0, 1)  # a valid file, read as it always was
    export = tmp_path / "hris.csv"
    export.write_text("Employee Name,Job Title\nBob Roe,Charge Nurse\n")
    result = run_cli("import", export, "-o", team)
    assert result.code == 2 and result.stdout == "", result.stderr
    assert result.stderr == (
        f"teamaudit: error: {team}:{where}: import cannot edit a team file whose people share YAML anchors: "
        f"*{anchor} repeats the value marked &{anchor} (write each person out in full, or import into a new file)\n"
    )
    assert team.read_text() == text and sorted(tmp_path.iterdir()) == sorted([team, export])  # and no backup
