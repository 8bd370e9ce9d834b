"""The name `teamaudit import` writes for a person: the name they go by (a preferred name), and a name written surname
first with a generation, a credential or a surname of several words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import run_cli


def export(tmp_path: Path, text: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def names(stdout: str) -> list[str]:
    return [p["name"] for p in yaml.safe_load(stdout)["people"]]


@pytest.mark.parametrize(
    ("header", "cell", "expected"),
    [
        ("Preferred Name", "Bob", "Bob Smith"),  # BambooHR's: a first name
        ("Preferred First Name", "Bob", "Bob Smith"),
        ("Preferred Name", "Bob Smith", "Bob Smith"),  # already a full name
        ("Preferred Full Name", "Bobby Smith-Jones", "Bobby Smith-Jones"),  # Rippling's: a full name
        ("Preferred Name", "", "Robert Smith"),  # an empty cell: the legal name
        ("Preferred Name", "Smith", "Robert Smith"),  # the last name alone, copied into the column: 'Smith' alone
        ("Preferred Name", "ROBERT", "Robert Smith"),  # the first name already written: 'ROBERT Smith'
    ],
)
def test_the_preferred_name_wins_over_first_and_last_name(tmp_path, header, cell, expected):
    """First Name and Last Name were read and the preferred name left out: 'Robert Smith', a name nobody calls him."""
    path = export(tmp_path, f"First Name,Last Name,{header},Job Title\nRobert,Smith,{cell},RN\nAnn,Lee,,RN\n")
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert names(result.stdout) == [expected, "Ann Lee"]


def test_a_preferred_full_name_alone_names_the_person(tmp_path):
    result = run_cli("import", export(tmp_path, "Preferred Full Name,Job Title\nBob Smith,RN\n"))
    assert result.code == 0, result.stderr
    assert names(result.stdout) == ["Bob Smith"]


def test_adding_a_preferred_name_column_renames_people_rather_than_duplicating_them(tmp_path):
    """A file imported before the export had 'Preferred Name' holds the legal name and, without an id, the preferred
    name matched nobody: a second 'Bob Smith' beside 'Robert Smith'."""
    team = tmp_path / "team.yaml"
    first = export(tmp_path, "First Name,Last Name,Job Title\nRobert,Smith,RN\nAnn,Lee,Pharmacist\n", "a.csv")
    assert run_cli("import", first, "-o", team).code == 0
    again = export(
        tmp_path, "First Name,Last Name,Preferred Name,Job Title\nRobert,Smith,Bob,RN\nAnn,Lee,,Pharmacist\n", "b.csv"
    )
    result = run_cli("import", again, "-o", team)
    assert result.code == 0, result.stderr
    assert names(team.read_text(encoding="utf-8")) == ["Bob Smith", "Ann Lee"]
    result = run_cli("import", again, "-o", team)  # and again: nothing left to change
    assert result.code == 0, result.stderr
    assert names(team.read_text(encoding="utf-8")) == ["Bob Smith", "Ann Lee"]


def test_a_preferred_name_with_an_id_is_matched_by_the_id(tmp_path):
    team = tmp_path / "team.yaml"
    first = export(tmp_path, "Employee #,First Name,Last Name,Job Title\nE1,Robert,Smith,RN\n", "a.csv")
    assert run_cli("import", first, "-o", team).code == 0
    again = export(tmp_path, "Employee #,First Name,Last Name,Preferred Name,Job Title\nE1,Robert,Smith,Bob,RN\n")
    assert run_cli("import", again, "-o", team).code == 0
    written = yaml.safe_load(team.read_text(encoding="utf-8"))["people"]
    assert written == [{"name": "Bob Smith", "id": "E1", "title": "RN"}]


def test_a_row_whose_preferred_and_legal_names_are_two_people_of_the_file_is_refused(tmp_path):
    """A reviewer's find: with an imported 'Robert Smith' and a hand-typed CMO 'Bob Smith' in the file, a re-import
    with 'Preferred Name' Bob matched the CMO by the name he goes by and wrote the nurse's title over his."""
    team = tmp_path / "team.yaml"
    assert (
        run_cli(
            "import", export(tmp_path, "First Name,Last Name,Job Title\nRobert,Smith,RN\n", "a.csv"), "-o", team
        ).code
        == 0
    )
    with team.open("a", encoding="utf-8") as out:
        out.write("- name: Bob Smith\n  id: E1\n  title: Chief Medical Officer\n")
    before = team.read_text(encoding="utf-8")
    again = export(tmp_path, "First Name,Last Name,Preferred Name,Job Title\nRobert,Smith,Bob,RN\n", "b.csv")
    result = run_cli("import", again, "-o", team)
    assert result.code == 2, result.stderr
    cmo = before.splitlines().index("- name: Bob Smith") + 1
    nurse = before.splitlines().index("- name: Robert Smith") + 1
    assert (
        f'teamaudit: error: {team}:{cmo}: the export\'s "Bob Smith" (legal name "Robert Smith") is two people of this '
        f'file: "Bob Smith" (line {cmo}) by the name they go by, "Robert Smith" (line {nurse}) by the legal name; '
        "nothing written"
    ) in result.stderr, result.stderr
    assert team.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("King, Martin Jr.", "Martin King Jr."),  # was 'Martin Jr. King'
        ("King, Martin III", "Martin King III"),
        ("Okafor-Reyes, Ana María", "Ana María Okafor-Reyes"),
        ("de la Cruz, Juan", "Juan de la Cruz"),  # was kept as written, comma and all
        ("Van der Berg, Ann", "Ann Van der Berg"),
        ("Smith, John, MD", "John Smith, MD"),  # was kept as written
        ("Smith, John MD", "John Smith, MD"),  # was 'John MD Smith'
        ("Smith, John Paul III, MD", "John Paul Smith III, MD"),
        ("Ann Lee, Nurse", "Ann Lee, Nurse"),  # no surname before the comma: as written
        ("King, Jr.", "King, Jr."),  # no given name: as written
    ],
)
def test_a_name_written_surname_first_keeps_what_ends_it_at_the_end(tmp_path, written, expected):
    result = run_cli("import", export(tmp_path, f'Worker,Business Title\n"{written}",RN\n'))
    assert result.code == 0, result.stderr
    assert names(result.stdout) == [expected]


def test_a_chinese_japanese_or_korean_name_is_written_family_name_first(tmp_path):
    """First Name 伟 and Last Name 王 were written '伟 王', a name no one writes: Chinese, Japanese and Korean write the
    family name first, without a space. A name in that script in one part only is written given name first."""
    path = export(
        tmp_path,
        "First Name,Last Name,Preferred Name,Job Title\n"
        "伟,王,,Nurse\n"  # Han
        "민준,김,,Nurse\n"  # Hangul
        "さくら,佐藤,,Nurse\n"  # kana and Han
        "John,王,,Nurse\n"  # Latin script with a Chinese surname
        "伟,Wang,,Nurse\n"
        "伟,王,小伟,Nurse\n",  # a preferred given name
    )
    result = run_cli("import", path)
    assert result.code == 0, result.stderr
    assert names(result.stdout) == ["王伟", "김민준", "佐藤さくら", "John 王", "伟 Wang", "王小伟"]
    worker = export(tmp_path, 'Worker,Job Title\n"王, 伟",Nurse\n"Lee, Ann",RN\n', "workday.csv")
    result = run_cli("import", worker)
    assert result.code == 0, result.stderr
    assert names(result.stdout) == ["王伟", "Ann Lee"]


def test_a_chinese_name_an_earlier_import_wrote_given_name_first_is_renamed_not_added_again(tmp_path):
    """The file an import before wrote holds '伟 王' with no id: the export's 王伟 must be her, renamed, not a second
    person counted beside her, and what was typed on her kept."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - name: 伟 王\n    title: Nurse\n    layer: clinical  # typed by hand\n"
        "  - name: 민준 김\n    title: Nurse\n"
        "  - name: 山田 太郎\n    title: Nurse\n",  # typed family name first, with a space
        encoding="utf-8",
    )
    path = export(tmp_path, "First Name,Last Name,Job Title\n伟,王,Nurse\n민준,김,Nurse Educator\n太郎,山田,Nurse\n")
    result = run_cli("import", path, "-o", team)
    assert result.code == 0, result.stderr
    assert 'updated 3: "王伟" (name), "김민준" (name, title), "山田太郎" (name)' in result.stderr
    assert "added 0" in result.stderr
    written = yaml.safe_load(team.read_text(encoding="utf-8"))["people"]
    assert written == [
        {"name": "王伟", "title": "Nurse", "layer": "clinical"},
        {"name": "김민준", "title": "Nurse Educator"},
        {"name": "山田太郎", "title": "Nurse"},
    ]
    assert "layer: clinical  # typed by hand" in team.read_text(encoding="utf-8")


def test_a_hand_typed_name_with_a_title_initial_or_credential_is_the_export_s_person(tmp_path):
    """A founder's hand-typed 'Dr. Priya Raman', 'Marcus J. Chen' and 'Whitfield, Dana, RN' matched no row of the
    first HRIS export ('Priya Raman', ...): each was kept and the export's added, 6 people counted for 3 (later only
    warned of). Each is matched, given the export's id and title, and keeps the name typed; Dr. Ann Lee is not Ann
    Park."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - name: Dr. Priya Raman\n    title: CEO\n    layer: clinical  # practising MD\n"
        "  - name: Marcus J. Chen\n    title: CTO\n  - name: Whitfield, Dana, RN\n    title: Lead\n"
        "  - name: Dr. Ann Lee\n    title: Nurse\n",
        encoding="utf-8",
    )
    people = export(
        tmp_path,
        "Employee ID,Name,Job Title\n1,Priya Raman,CEO\n2,Marcus Chen,CTO\n3,Dana Whitfield,Lead\n4,Ann Park,Nurse\n",
    )
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    written = yaml.safe_load(team.read_text(encoding="utf-8"))["people"]
    assert [(p["name"], p.get("id")) for p in written] == [
        ("Dr. Priya Raman", "1"),
        ("Marcus J. Chen", "2"),
        ("Whitfield, Dana, RN", "3"),
        ("Dr. Ann Lee", None),
        ("Ann Park", "4"),
    ]
    assert written[0]["layer"] == "clinical"
    matched = [line for line in result.stderr.splitlines() if ": matched " in line]
    assert [line.split(": matched ")[1].split(", one name")[0] for line in matched] == [
        '"Dr. Priya Raman" with the export\'s "Priya Raman"',
        '"Marcus J. Chen" with the export\'s "Marcus Chen"',
        '"Whitfield, Dana, RN" with the export\'s "Dana Whitfield"',
    ]
    again = run_cli("import", people, "-o", team)  # matched by id now, the names typed kept
    assert again.code == 0, again.stderr
    assert f"{team}: nothing to change; not written" in again.stderr, again.stderr


def test_people_of_one_given_name_and_surname_but_another_middle_name_are_not_named_as_one(tmp_path):
    """'Mary Ann Smith', typed by hand, and the export's 'Mary Beth Smith' were named 'of one name but for a title, an
    initial or a credential': only the first and last word were compared, a middle name of its own being no initial.
    A credential written with no comma ('Ann Lee MD') was the one left unread: she is the export's Ann Lee."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - name: Mary Ann Smith\n    title: Nurse Reviewer\n  - name: José María García López\n"
        "    title: Advisor\n  - name: Ann Lee MD\n    title: Physician\n",
        encoding="utf-8",
    )
    people = export(
        tmp_path,
        "Employee ID,Name,Job Title\n1,Mary Beth Smith,Data Scientist\n2,José López,Engineer\n3,Ann Lee,Physician\n",
    )
    result = run_cli("import", people, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert "of one name but for" not in result.stderr
    matched = [line for line in result.stderr.splitlines() if ": matched " in line]
    assert [line.split(": matched ")[1].split(" with ")[0] for line in matched] == ['"Ann Lee MD"']
    assert 'added 2: "Mary Beth Smith", "José López"' in result.stderr


@pytest.mark.parametrize(
    ("full", "preferred", "written"),
    [
        ("Daniel Okafor", "Dan", "Dan Okafor"),
        ("Okafor, Daniel", "Dan", "Dan Okafor"),
        ("Mary Ann Smith", "Molly", "Mary Ann Smith"),  # 'Molly' could stand for 'Mary' or 'Mary Ann'
        ("Daniel Okafor", "", "Daniel Okafor"),
    ],
)
def test_a_preferred_first_name_beside_a_full_name_of_two_words_replaces_its_first(tmp_path, full, preferred, written):
    """Rippling's export has 'Full Name' and 'Preferred Name' and no last-name column: 'Dan' was not read, so a merge
    into a file naming him 'Dan Okafor' kept him, 'not in the export', and added 'Daniel Okafor': one CTO counted
    twice."""
    team = tmp_path / "team.yaml"
    team.write_text("people:\n  - name: Dan Okafor\n    title: CTO\n", encoding="utf-8")
    export = tmp_path / "rippling.csv"
    export.write_text(f'Full Name,Preferred Name,Title,Role State\n"{full}",{preferred},CTO,ACTIVE\n', encoding="utf-8")
    new = run_cli("import", export)
    assert new.code == 0, new.stderr
    assert [p["name"] for p in yaml.safe_load(new.stdout)["people"]] == [written]
    result = run_cli("import", export, "-o", team)
    assert result.code == 0, result.stderr
    names = [p["name"] for p in yaml.safe_load(team.read_text())["people"]]
    assert names == (["Dan Okafor"] if written == "Dan Okafor" else ["Dan Okafor", written])


@pytest.mark.parametrize(
    ("full", "preferred", "said"),
    [
        ("Daniel K. Okafor", "Dan", True),
        ("Mary Ann Smith", "Molly", True),
        ("Mary Ann Smith", "Mary", False),  # one of its words: nothing left out
        ("Madonna", "Maddy", False),  # one word, no 'more than two'
    ],
)
def test_a_preferred_first_name_left_out_beside_a_longer_full_name_is_said(tmp_path, full, preferred, said):
    """'Dan' beside 'Daniel K. Okafor' was dropped without a word, the columns line saying 'Preferred Name' was read:
    a merge into the file naming him 'Dan Okafor' then added him again, the CTO counted twice, unsaid."""
    export = tmp_path / "rippling.csv"
    export.write_text(f'Full Name,Preferred Name,Title,Role State\n"{full}",{preferred},CTO,ACTIVE\n', encoding="utf-8")
    result = run_cli("import", export)
    assert result.code == 0, result.stderr
    line = (
        f"{export}: 1 preferred first name not read beside a full name of more than two words, as nothing says which "
        f"of its words it replaces: '{preferred}' beside '{full}' (line 2)"
    )
    assert (line in result.stderr) is said, result.stderr


@pytest.mark.parametrize(
    "header",
    ["First Name,Last Name,Preferred Name,Job Title", "Full Name,Preferred Name,Job Title"],
    ids=["first and last name", "full name"],
)
def test_a_preferred_name_that_is_a_title_or_credential_keeps_the_legal_name(tmp_path, header):
    """'Dr.' in Preferred Name wrote 'Dr. Li' and 'Jo, RN' wrote 'Jo, RN Park': a title is no name, and a credential
    after a preferred name is no part of it."""
    rows = ["Wei,Li,Dr.,Nurse", 'Joanne,Park,"Jo, RN",Nurse', "Sam,Ortiz,Ms. RN,Nurse", "Ann,Lee,Annie,Nurse"]
    if header.startswith("Full Name"):
        rows = [row.replace(",", " ", 1) for row in rows]
    result = run_cli("import", export(tmp_path, "\n".join([header, *rows]) + "\n"))
    assert result.code == 0, result.stderr
    assert names(result.stdout) == ["Wei Li", "Jo Park", "Sam Ortiz", "Annie Lee"]
    assert (
        "2 preferred first names are only a title or a credential, not a name: 'Dr.' (line 2), 'Ms. RN' (line 4); "
        "the legal name written"
    ) in result.stderr
    assert (
        "1 preferred first name is read without the credential after it, no part of a name: 'Jo, RN' as 'Jo' (line 3)"
        in (result.stderr)
    )
