"""A quarter in the life of a People Ops lead's team file: imported, edited by hand, and imported again from the next
quarter's exports, where accepted offers have started, people left or were promoted, and requisitions were filled."""

from __future__ import annotations

import datetime as dt

import yaml

from conftest import people_of, run_cli, write_utf8

PEOPLE = (
    "Employee #,First Name,Last Name,Job Title,Department,Employment Status,Hire Date\n"
    "E001,Robert,Smith,Chief Medical Officer,Clinical,Full-Time,2023-01-15\n"
    "E160,Ngozi,Okafor,Nurse Reviewer,Clinical,Full-Time,2026-11-10\n"
)
TEAM = """\
people:
  - name: Robert Smith
    id: E001
    title: Chief Medical Officer
    team: Clinical
    employment: employee
  # starts in November; ICU nurse for 8 years
  - name: Ngozi Okafor
    id: REQ-103
    title: Nurse Reviewer
    team: Clinical
    employment: employee
    status: planned
    start: 2026-11-10
    layer: clinical  # settled by hand
    background: RN, 8 years ICU
"""


def test_a_planned_hire_written_with_a_requisition_id_who_has_started_is_updated_not_added_again(tmp_path):
    """An accepted offer an import wrote with its requisition id (REQ-103) started and the people export lists her
    with an employee id (E160): the two ids made her two people, 'Ngozi Okafor (E160)' added beside the planned
    hire, counted twice, and --remove-missing removed the planned one with the layer and background typed on it."""
    people = write_utf8(tmp_path / "people.csv", PEOPLE)
    team = write_utf8(tmp_path / "team.yaml", TEAM)
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert 'updated 1: "Ngozi Okafor" (id, status)' in result.stderr
    text = team.read_text(encoding="utf-8")
    assert "# starts in November; ICU nurse for 8 years\n" in text
    assert "    layer: clinical  # settled by hand\n" in text
    ngozi = [p for p in people_of(team) if "Okafor" in str(p["name"])]
    assert ngozi == [
        {
            "name": "Ngozi Okafor",
            "id": "E160",
            "title": "Nurse Reviewer",
            "team": "Clinical",
            "employment": "employee",
            "status": "current",
            "start": dt.date(2026, 11, 10),
            "layer": "clinical",
            "background": "RN, 8 years ICU",
        }
    ]


def test_skills_the_export_now_gives_otherwise_are_kept_and_named_with_the_export_s_value(tmp_path):
    """After a promotion the export's Skills cell changed; the re-import kept the file's skills without a word, so the
    new ones never reached the file and nobody knew: a hand edit and a value an earlier import wrote look alike."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n"
        "  - name: María José Núñez\n    id: E002\n    title: Director of Clinical Informatics\n"
        "    skills: Epic ClinDoc; HL7 v2\n"
        "  - name: Wei Wang\n    id: E003\n    title: Staff ML Engineer\n"
        "    skills: PyTorch, CUDA, clinical NLP  # added by hand after a 1:1\n"
        "  - name: Ann Lee\n    id: E005\n    title: Regulatory Affairs Specialist\n    skills: 510(k), IEC 62304\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee #,Name,Job Title,Skills\n"
        'E002,María José Núñez,Director of Clinical Informatics,"Epic ClinDoc; HL7 v2; FHIR\n::error::x"\n'
        'E003,Wei Wang,Staff ML Engineer,"PyTorch, CUDA, JAX"\n'
        'E005,Ann Lee,Regulatory Affairs Specialist,"510(k); IEC 62304"\n',
    )
    before = team.read_text(encoding="utf-8")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == f"teamaudit: {team}: nothing to change; not written"
    assert team.read_text(encoding="utf-8") == before
    kept = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines() if "kept the skills" in line]
    assert kept == [
        f"{team}:2: kept the skills written for \"María José Núñez\", 'Epic ClinDoc; HL7 v2': the export now gives "
        "'Epic ClinDoc; HL7 v2; FHIR; ::error::x'; delete the skills: key there to take the export's at the next "
        "import",
        f"{team}:6: kept the skills written for \"Wei Wang\", 'PyTorch; CUDA; clinical NLP': the export now gives "
        "'PyTorch; CUDA; JAX'; delete the skills: key there to take the export's at the next import",
    ]


def test_someone_who_left_and_was_hired_again_under_a_new_id_is_updated_not_added_again(tmp_path):
    """The export lists Tom Ward's old employment (E004) as terminated and his new one (E150) as current: the file's
    Tom Ward (E004) was kept as one who left and 'Tom Ward (E150)' added beside him, two people counted for one, and
    --remove-missing removed the one with the layer typed on him."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Tom Ward\n    id: E004\n    title: Interface Engineer\n"
        "    layer: integration  # built our Epic Bridges feeds\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee #,Name,Job Title,Employment Status,Hire Date,Termination Date\n"
        "E004,Tom Ward,Interface Engineer,Terminated,2022-01-10,2026-02-28\n"
        "E150,Tom Ward,Senior Interface Engineer,Full-Time,2026-09-01,\n",
    )
    result = run_cli("import", people, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert 'updated 1: "Tom Ward" (id, title, employment)' in result.stderr
    # 'id 'E004' -> 'E150'' alone did not say he came back, in words People Ops use
    assert f"{team}:2: updated \"Tom Ward\" (rehired): Employee # 'E004' -> 'E150'; Job Title " in result.stderr
    assert people_of(team) == [
        {
            "name": "Tom Ward",
            "id": "E150",
            "title": "Senior Interface Engineer",
            "layer": "integration",
            "employment": "employee",
        }
    ]
    assert "    layer: integration  # built our Epic Bridges feeds\n" in team.read_text(encoding="utf-8")


def test_someone_of_the_same_name_hired_before_the_one_who_left_had_left_is_another_person(tmp_path):
    """A Tom Ward (E150) hired in 2019, while the file's Tom Ward (E004) worked until February 2026, was taken for his
    rehire: E004's person became a Sales Representative with E150's id and kept the integration layer typed on him."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Tom Ward\n    id: E004\n    title: Interface Engineer\n    layer: integration\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee #,Name,Job Title,Employment Status,Hire Date,Termination Date\n"
        "E004,Tom Ward,Interface Engineer,Terminated,2022-01-10,2026-02-28\n"
        "E150,Tom Ward,Sales Representative,Full-Time,2019-05-01,\n",
    )
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert [(p["name"], p["id"], p["title"], p.get("layer")) for p in people_of(team)] == [
        ("Tom Ward", "E004", "Interface Engineer", "integration"),
        ("Tom Ward (E150)", "E150", "Sales Representative", None),
    ]


def test_someone_of_a_planned_hire_s_name_hired_years_before_the_planned_start_is_another_person(tmp_path):
    """A planned nurse (REQ-7, starting 2027-03-01) and the export's Ann Lee, a Sales Director hired in 2015 under
    E12: she was taken for the planned hire who had started, and the nurse's layer and background were hers."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Ann Lee\n    id: REQ-7\n    title: Nurse Reviewer\n    status: planned\n"
        "    start: 2027-03-01\n    layer: clinical\n",
    )
    people = write_utf8(
        tmp_path / "people.csv", "Employee ID,Name,Job Title,Hire Date\nE12,Ann Lee,Sales Director,2015-06-01\n"
    )
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert [(p["name"], p["id"], p["title"], p.get("layer")) for p in people_of(team)] == [
        ("Ann Lee", "REQ-7", "Nurse Reviewer", "clinical"),
        ("Ann Lee (E12)", "E12", "Sales Director", None),
    ]


def test_when_one_of_two_people_of_one_name_leaves_the_other_keeps_the_name_that_tells_them_apart(tmp_path):
    """Two Ann Lees were imported as 'Ann Lee' and 'Ann Lee (E009)'; once E005 left, the export named E009 plain 'Ann
    Lee', and the re-import was refused, exit 2: 'duplicate name 'Ann Lee' ... the merged file would be invalid'."""
    team = tmp_path / "team.yaml"
    first = write_utf8(
        tmp_path / "q1.csv",
        "Employee #,Name,Job Title,Employment Status\n"
        "E005,Ann Lee,Regulatory Affairs Specialist,Full-Time\nE009,Ann Lee,Data Scientist,Full-Time\n",
    )
    assert run_cli("import", first, "-o", team).code == 0
    second = write_utf8(
        tmp_path / "q2.csv",
        "Employee #,Name,Job Title,Employment Status\n"
        "E005,Ann Lee,Regulatory Affairs Specialist,Terminated\nE009,Ann Lee,Senior Data Scientist,Full-Time\n",
    )
    result = run_cli("import", second, "-o", team)
    assert result.code == 0, result.stderr
    assert 'updated 1: "Ann Lee (E009)" (title)' in result.stderr
    assert [(p["name"], p["id"], p["title"]) for p in people_of(team)] == [
        ("Ann Lee", "E005", "Regulatory Affairs Specialist"),
        ("Ann Lee (E009)", "E009", "Senior Data Scientist"),
    ]
    removed = run_cli("import", second, "-o", team, "--remove-missing")
    assert removed.code == 0, removed.stderr
    assert [p["name"] for p in people_of(team)] == ["Ann Lee (E009)"]


def test_a_name_typed_with_decomposed_accents_or_none_is_the_export_s_person(tmp_path):
    """'José Pérez' typed with decomposed accents (as macOS pastes it) and 'Maria Jose Nunez' typed without them
    matched nobody: the export's NFC names were added beside them, each person counted twice, and --remove-missing
    removed the ones with the layer typed on them."""
    decomposed = "Jose\u0301 Pe\u0301rez"
    team = write_utf8(
        tmp_path / "team.yaml",
        f"people:\n  - name: {decomposed}\n    title: RN\n    layer: clinical\n"
        "  - name: Maria Jose Nunez\n    title: Nurse Informaticist\n    layer: clinical\n"
        "  - name: Ann Lee\n    title: RN\n  - name: Ánn Lee\n    title: Pharmacist\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Name,Job Title\nJosé Pérez,RN\nMaría José Núñez,Director of Clinical Informatics\nÁnn Lee,Pharmacist\n"
        "Ann Lee,RN\n",
    )
    result = run_cli("import", people, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert "added 0" in result.stderr and "removed 0" in result.stderr
    assert [(p["name"], p["title"], p.get("layer")) for p in people_of(team)] == [
        ("José Pérez", "RN", "clinical"),
        ("María José Núñez", "Director of Clinical Informatics", "clinical"),
        ("Ann Lee", "RN", None),
        ("Ánn Lee", "Pharmacist", None),
    ]


def test_two_people_of_the_export_who_fold_to_one_name_are_not_matched_with_the_file_s_person_by_folding(tmp_path):
    """An export listing 'Jose Perez' (E2, an ML engineer) above 'José Pérez' (E1): E2 matched the nurse typed by hand,
    took her layer and background, and she was added as 'José Pérez (E1)'."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: José Pérez\n    title: Nurse Informaticist\n    layer: clinical\n"
        "    background: RN, 10 years ICU\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee ID,Name,Job Title\nE2,Jose Perez,ML Engineer\nE1,José Pérez,Nurse Informaticist\n",
    )
    result = run_cli("import", people, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert [(p["name"], p["id"], p["title"], p.get("layer")) for p in people_of(team)] == [
        ("José Pérez", "E1", "Nurse Informaticist", "clinical"),
        ("Jose Perez", "E2", "ML Engineer", None),
    ]


def test_a_requisition_whose_openings_change_keeps_its_first_opening_and_what_was_typed_on_it(tmp_path):
    """Two openings of a-1 were written 'a-1-1' and 'a-1-2'; one was filled and the export says 1 opening, written
    'a-1': it matched neither, so the plan counted 3 open requisitions for 1, and --remove-missing replaced them with
    a new one, dropping the layer typed on them. And back: one opening that became two."""
    people = write_utf8(tmp_path / "people.csv", "Name,Job Title\nAnn Lee,RN\n")
    team = tmp_path / "team.yaml"
    two = write_utf8(tmp_path / "two.csv", "Job Title,Job ID,Job Status,Openings\nRegulatory Specialist,a-1,Open,2\n")
    one = write_utf8(tmp_path / "one.csv", "Job Title,Job ID,Job Status,Openings\nRegulatory Specialist,a-1,Open,1\n")
    assert run_cli("import", people, "--reqs", two, "-o", team).code == 0
    typed = team.read_text(encoding="utf-8").replace("  status: open\n", "  status: open\n  layer: compliance\n")
    team.write_text(typed, encoding="utf-8")
    result = run_cli("import", people, "--reqs", one, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert "open: 1 person, 1.0 FTE" in result.stderr
    assert [(p["name"], p["id"], p.get("layer")) for p in people_of(team)[1:]] == [
        ("Open req a-1 - Regulatory Specialist", "a-1", "compliance")
    ]
    result = run_cli("import", people, "--reqs", two, "-o", team)
    assert result.code == 0, result.stderr
    assert [(p["name"], p["id"], p.get("layer")) for p in people_of(team)[1:]] == [
        ("Open req a-1 #1 - Regulatory Specialist", "a-1-1", "compliance"),
        ("Open req a-1 #2 - Regulatory Specialist", "a-1-2", None),
    ]


def test_each_person_updated_is_named_with_what_the_file_said_and_what_it_says_now(tmp_path):
    """A quarter's re-import said 'updated 3: "Zoë Varga" (title), "Eli Park" (team), "Ann Cruz" (fte)': to learn
    whether a promotion, a move or a cut to part time had come through, she had to diff the file."""
    before = (
        "Employee #,First Name,Last Name,Job Title,Department,Hours Per Week,Hire Date\n"
        "E1,Zoë,Varga,Software Engineer,Platform,40,2020-01-06\n"
        "E2,Eli,Park,ML Engineer,ML,40,2021-03-01\n"
        "E3,Ann,Cruz,Registered Nurse,Clinical,40,2022-05-02\n"
    )
    after = before.replace("Software Engineer", '"Senior ML Engineer\n::error::x"').replace("ML,40", "Platform,40")
    team = tmp_path / "team.yaml"
    assert run_cli("import", write_utf8(tmp_path / "q1.csv", before), "-o", team).code == 0
    q2 = write_utf8(tmp_path / "q2.csv", after.replace("Clinical,40", "Clinical,20"))
    result = run_cli("import", q2, "-o", team)
    assert result.code == 0, result.stderr
    assert f"{team}:12: updated \"Zoë Varga\": Job Title 'Software Engineer' -> 'Senior ML Engineer ::error::x'" in (
        result.stderr
    )
    # the export's name of the column, where the line is about one: it says 'Department', the file 'team'
    assert f"{team}:16: updated \"Eli Park\": Department 'ML' -> 'Platform'" in result.stderr
    assert f'{team}:20: updated "Ann Cruz": fte 1.0 -> 0.5' in result.stderr
    assert "\n::error::" not in result.stderr


def test_an_update_line_names_each_export_s_own_column(tmp_path):
    """A people export's 'Job Title' and a requisition export's 'Job Name' are both the file's title: each line about
    a column's value names the column as the export that gave it does."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Ann Lee\n    id: E1\n    title: Nurse\n"
        "  - name: Open req REQ-7 - Nurse\n    id: REQ-7\n    title: Nurse\n    status: open\n",
    )
    people = write_utf8(tmp_path / "people.csv", "Employee ID,Name,Job Title\nE1,Ann Lee,Charge Nurse\n")
    jobs = write_utf8(tmp_path / "jobs.csv", "Requisition ID,Job Name,Job Status,Openings\nREQ-7,Senior Nurse,Open,1\n")
    result = run_cli("import", people, "--reqs", jobs, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert f"{team}:2: updated \"Ann Lee\": Job Title 'Nurse' -> 'Charge Nurse'" in result.stderr
    assert f"{team}:5: updated \"Open req REQ-7 - Senior Nurse\": name 'Open req REQ-7 - Nurse' -> " in result.stderr
    assert "-> 'Open req REQ-7 - Senior Nurse'; Job Name 'Nurse' -> 'Senior Nurse'" in result.stderr


def test_someone_kept_beside_a_row_of_their_name_added_under_a_new_id_is_named_as_perhaps_counted_twice(tmp_path):
    """Workday's report of active workers listed Per Olsen, rehired, as W-9 only: the file's Per Olsen (W-5) was kept as
    'not in the export' and 'Per Olsen (W-9)' added, two lines apart, and the current count held him twice without a
    word saying so."""
    header = "Employee ID,Worker,Business Title,Time Type\n"
    first = write_utf8(
        tmp_path / "q1.csv", header + 'W-1,Ann Lee,RN,Full time\nW-5,"Olsen, Per",ML Engineer,Full time\n'
    )
    team = tmp_path / "team.yaml"
    assert run_cli("import", first, "-o", team).code == 0
    later = write_utf8(
        tmp_path / "q3.csv", header + 'W-1,Ann Lee,RN,Full time\nW-9,"Olsen, Per",ML Engineer,Full time\n'
    )
    removed = run_cli("import", later, "-o", team, "--remove-missing", "--dry-run")  # W-5 goes: no one counted twice
    assert removed.code == 0 and 'removed 1: "Per Olsen"' in removed.stderr and "twice" not in removed.stderr
    result = run_cli("import", later, "-o", team)
    assert result.code == 0, result.stderr
    line = next(n for n, text in enumerate(team.read_text().splitlines(), 1) if text == "- name: Per Olsen")
    assert (
        f'teamaudit: {team}:{line}: kept "Per Olsen" (id W-5), not in the export, and added "Per Olsen (W-9)" '
        "(id W-9): if one person was rehired under a new id, they are counted twice; move what was typed on the first "
        "to the second and delete the first\n"
    ) in result.stderr


QUARTER = """\
people:
  - name: Ann Lee
    id: E1
    title: Nurse Informaticist
    layer: clinical  # shadowed ICU nurses
  - name: Dan Cho  # our first ML hire
    id: E3
    title: ML Engineer
    layer: ml_research
    background: PhD, NeurIPS 2021
  - name: 王伟
    id: E4
    title: Clinical Data Manager
"""


def test_an_id_re_used_for_a_new_hire_is_refused_and_a_name_changed_by_marriage_is_updated(tmp_path):
    """The HRIS gave Dan Cho's id, E3, to Eva Stone when he left: the merge renamed him to her, her title replacing
    his, and his typed `layer: ml_research` and PhD background then classified the regulatory specialist. Ann Lee,
    married, is Ann Park under her own id: one person renamed. Nothing is written until the file says who E3 is."""
    team = write_utf8(tmp_path / "team.yaml", QUARTER)
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee #,First Name,Last Name,Job Title\n"
        "E1,Ann,Park,Nurse Informaticist\n"
        "E3,Eva,Stone,Regulatory Affairs Specialist\n"
        "E4,伟,王,Clinical Data Manager\n",
    )
    refused = run_cli("import", people, "-o", team)
    assert refused.code == 2, refused.stderr
    assert (
        f'{team}:6: id "E3" is "Dan Cho" here and "Eva Stone" in the people export: no part of the names is alike, so '
        "the id may have been re-used for a new hire; nothing written"
    ) in refused.stderr
    assert "Ann" not in refused.stderr and "王" not in refused.stderr  # a married name and a name's order: alike
    assert team.read_text(encoding="utf-8") == QUARTER and not (tmp_path / "team.yaml.bak").exists()
    write_utf8(team, QUARTER.replace("    id: E3\n", "    id: E3-left\n"))  # as the hint says
    merged = run_cli("import", people, "-o", team)
    assert merged.code == 0, merged.stderr
    names = {p["name"]: p for p in people_of(team)}
    assert names["Ann Park"]["layer"] == "clinical" and names["Dan Cho"]["layer"] == "ml_research"
    assert "layer" not in names["Eva Stone"] and names["Eva Stone"]["id"] == "E3"


def test_someone_renamed_in_an_export_without_ids_is_named_as_perhaps_counted_twice(tmp_path):
    """From an export with no id column, Ann Lee, married, came back as Ann Park: she was added beside the Ann Lee
    the file kept, her typed layer on the one the export no longer lists, and stderr said only 'added' and 'kept'."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Ann Lee\n    title: Nurse Informaticist\n    layer: clinical\n"
        "  - name: Ann Cho\n    title: ML Engineer\n",
    )
    people = write_utf8(tmp_path / "people.csv", "Name,Job Title\nAnn Park,Nurse Informaticist\nAnn Cho,ML Engineer\n")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert (
        f'{team}:2: kept "Ann Lee", not in the export, and added "Ann Park" with the same given name and title: if one '
        "person was renamed (a married name?), they are counted twice; move what was typed on the first to the second "
        "and delete the first"
    ) in result.stderr
    assert result.stderr.count("counted twice") == 1  # Ann Cho is matched; a given name alone is no rename
    assert [p["name"] for p in people_of(team)] == ["Ann Lee", "Ann Cho", "Ann Park"]


def test_an_hris_that_numbers_everyone_anew_is_told_how_to_import_it(tmp_path):
    """An HRIS that gave everyone new ids (Dan Cho E1 -> 1001, Eva Stone E2 -> E1) was refused as if E1 had been
    re-used for a new hire, with a hint for someone who left or was renamed: neither was so, and following it (Dan
    Cho given another id) refused E2 next. The refusal says the export numbers people anew and how to import it."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n"
        "  - {name: Dan Cho, id: E1, title: ML Engineer, layer: ml_research}\n"
        "  - {name: Eva Stone, id: E2, title: Regulatory Specialist}\n"
        "  - {name: Raj Patel, id: C7, title: Interface Engineer, employment: contractor}\n",
    )
    before = team.read_text(encoding="utf-8")
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee ID,First Name,Last Name,Job Title,Employment Type\n"
        "1001,Dan,Cho,ML Engineer,Full-time\n"
        "E1,Eva,Stone,Regulatory Specialist,Full-time\n"
        "C7,Raj,Patel,Interface Engineer,Full-time\n",  # a contractor made an employee under the same id
    )
    refused = run_cli("import", people, "-o", team)
    assert refused.code == 2, refused.stderr
    assert (
        f'{team}:2: id "E1" is "Dan Cho" here and "Eva Stone" in the people export, which gives "Dan Cho" the id '
        '"1001" and "Eva Stone" is "E2" here: the export numbers people anew; nothing written (delete the id: of each '
        f"current person in {team} and import again: they are then matched by name and given the export's ids)"
    ) in refused.stderr
    assert "Raj" not in refused.stderr and team.read_text(encoding="utf-8") == before
    write_utf8(team, before.replace(" id: E1,", "").replace(" id: E2,", "").replace(" id: C7,", ""))  # as the hint says
    merged = run_cli("import", people, "-o", team)
    assert merged.code == 0, merged.stderr
    names = {p["name"]: p for p in people_of(team)}
    assert (names["Dan Cho"]["id"], names["Eva Stone"]["id"], names["Raj Patel"]["id"]) == ("1001", "E1", "C7")
    assert names["Dan Cho"]["layer"] == "ml_research" and names["Raj Patel"]["employment"] == "employee"


def test_one_person_spelt_otherwise_by_the_hris_is_no_re_used_id(tmp_path):
    """The file's `Mohammed Al-Rashid` is the HRIS's `Muhammad Alrashid`, its `Zhang Wei` the HRIS's `张伟`, under the
    ids the file gives them: each was refused as an id re-used for a new hire, no part of the names alike. A
    surname joined or hyphenated is one part, and a name in another script is compared with nothing: both update."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n"
        "  - {name: Mohammed Al-Rashid, id: E9, title: Interface Engineer}\n"
        "  - {name: Zhang Wei, id: E8, title: ML Engineer}\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee ID,First Name,Last Name,Job Title\nE9,Muhammad,Alrashid,Interface Engineer\nE8,伟,张,ML Engineer\n",
    )
    merged = run_cli("import", people, "-o", team)
    assert merged.code == 0, merged.stderr
    assert [(p["name"], p["id"]) for p in people_of(team)] == [("Muhammad Alrashid", "E9"), ("张伟", "E8")]


def test_a_part_timer_the_next_export_lists_as_full_time_is_named_where_the_file_keeps_their_fte(tmp_path):
    """Ann went part time for her PhD; the quarter after, BambooHR lists her as Full-Time, with no hours column. The
    merge keeps the team file's `fte: 0.5`, as an export with no hours gives no FTE, but it did so without a word:
    the plan counted her half a person while the HRIS said full time."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Ann Lee\n    id: E5\n    title: ML Engineer\n    employment: employee\n"
        "    fte: 0.5  # half time until her PhD defence\n  - name: Bo Park\n    id: E6\n    title: Nurse\n"
        "    employment: employee\n    fte: 0.6\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee #,Last Name,First Name,Job Title,Employment Status\n"
        "E5,Lee,Ann,ML Engineer,Full-Time\nE6,Park,Bo,Nurse,Part-Time\n",
    )
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert (
        f"teamaudit: {team} keeps the fte it gives Ann Lee ({team} line 2, fte 0.5; {people} line 2), whom {people} "
        "lists as full time; write fte: 1.0 there for anyone who now works full time\n"
    ) in result.stderr
    assert f"{team} keeps the fte it gives Bo Park ({team} line 7, fte 0.6)\n" in result.stderr  # part time, as before
    assert yaml.safe_load(team.read_text())["people"][0]["fte"] == 0.5  # the export gives no FTE to replace it


def test_an_open_requisition_typed_by_hand_beside_a_hire_of_its_title_is_named(tmp_path):
    """'Open req - Biostatistician', typed by hand, stayed open in the plan once the HRIS listed the Biostatistician
    hired: the plan counted her twice, as staff and as a hire still to make, and stderr said only that its status
    is not one the exports cover."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Robert Smith\n    id: E001\n    title: Chief Medical Officer\n"
        "  - name: Open req - Biostatistician  # budgeted for Q1\n    title: Biostatistician\n    status: open\n"
        "  - name: Open req - Nurse Reviewer\n    title: Nurse Reviewer\n    status: open\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee #,First Name,Last Name,Job Title\nE001,Robert,Smith,Chief Medical Officer\n"
        "E170,Ngozi,Okafor,Biostatistician\n",
    )
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "still counted open" in line]
    assert said == [
        f'teamaudit: {team}:5: kept "Open req - Biostatistician", still counted open in the plan, and added "Ngozi '
        "Okafor\", current, with its title, 'Biostatistician': if they filled it, delete the requisition there"
    ]
    statuses = {p["name"]: p.get("status", "current") for p in yaml.safe_load(team.read_text())["people"]}
    assert statuses["Open req - Biostatistician"] == "open" and statuses["Ngozi Okafor"] == "current"  # kept


def test_an_ats_offer_the_people_export_lists_as_a_planned_hire_is_not_said_to_be_on_staff(tmp_path):
    """Rippling lists an accepted offer as a person of its own ('Role state: Accepted offer'); Ashby's offer of the
    same candidate was skipped, rightly, but as '1 accepted offers already on staff': she starts in January."""
    people = write_utf8(
        tmp_path / "rippling.csv",
        "Employee number,Legal first name,Legal last name,Title,Role state,Start date\n"
        '1,Priya,Raman,CEO,Active,2022-03-01\n11,Li,Wei,"Software Engineer, FHIR",Accepted offer,2027-01-11\n',
    )
    offers = write_utf8(
        tmp_path / "offers.csv",
        "Candidate Name,Job Title,Job ID,Offer Status,Start Date\n"
        '"Wei, Li","Software Engineer, FHIR",ab-12,Accepted,"Jan 11, 2027"\n',
    )
    result = run_cli("import", people, "--reqs", offers)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == ["Priya Raman", "Li Wei"]
    assert (
        f"{offers}: 0 people (0 current, 0 planned, 0 open); skipped 1 row (1 accepted offer the people export lists "
        "as a planned hire)\n"
    ) in result.stderr
    assert (
        f"{offers}: 1 accepted offer is of a planned hire the people export already lists: Li Wei ({people} line 3); "
        "not added twice\n"
    ) in result.stderr
    assert "on staff" not in result.stderr


def test_an_id_re_used_for_a_name_in_another_script_is_caught_by_the_hire_date(tmp_path):
    """An HRIS that re-used the id of a `Zhang Wei` who left for a new hire `李明` had the merge rename him to her,
    giving her his title and `layer:`: names in two scripts were compared with nothing. A person keeps their hire
    date whatever script the HRIS writes their name in, so a different one says another person: refused, exit 2,
    nothing written; with the same date it is the same person, renamed. The refusal said the dates differ, not
    which they were: a wrong date in either file could not be told from a re-used id without opening both."""
    written = "people:\n  - {name: Zhang Wei, id: E8, title: ML Engineer, layer: ml_research, start: 2021-03-01}\n"
    team = write_utf8(tmp_path / "team.yaml", written)
    header = "Employee ID,First Name,Last Name,Job Title,Hire Date\n"
    people = write_utf8(tmp_path / "people.csv", header + "E8,明,李,Regulatory Specialist,2026-09-01\n")
    refused = run_cli("import", people, "-o", team)
    assert refused.code == 2, refused.stderr
    assert (
        "the names are in two scripts and the hire dates differ (2021-03-01 here, 2026-09-01 in the export), so the id "
        "may have been re-used"
    ) in refused.stderr
    assert team.read_text(encoding="utf-8") == written
    same = write_utf8(tmp_path / "same.csv", header + "E8,伟,张,ML Engineer,2021-03-01\n")
    merged = run_cli("import", same, "-o", team)
    assert merged.code == 0, merged.stderr
    assert [(p["name"], p["id"]) for p in people_of(team)] == [("张伟", "E8")]


def test_an_id_re_used_for_a_hire_still_to_start_is_refused(tmp_path):
    """An HRIS gives a new hire an id when the offer is accepted, before she starts: its `E8` for an `Eva Stone` (or a
    `李明`) who starts next year renamed the file's current Dan Cho (Zhang Wei), made him planned and gave her his
    typed `layer:`, as only a row of current staff was compared with the current person its id matched."""
    later = dt.date.today() + dt.timedelta(days=400)
    for mine, theirs in (("Dan Cho", "E8,Eva,Stone"), ("Zhang Wei", "E8,明,李")):
        written = f"people:\n  - {{name: {mine}, id: E8, title: ML Engineer, layer: ml_research, start: 2021-03-01}}\n"
        team = write_utf8(tmp_path / "team.yaml", written)
        header = "Employee ID,First Name,Last Name,Job Title,Hire Date\n"
        people = write_utf8(tmp_path / "people.csv", header + f"{theirs},Regulatory Specialist,{later}\n")
        refused = run_cli("import", people, "-o", team)
        assert refused.code == 2, refused.stderr
        assert "so the id may have been re-used for a new hire" in refused.stderr
        assert team.read_text(encoding="utf-8") == written
