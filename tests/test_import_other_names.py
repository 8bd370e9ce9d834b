"""A re-import finds the person of the file by another name than the export's: the one an older import wrote of a
preferred cell that was only a title or a credential, or one alike but for a title, an initial or a credential typed
by hand. Each was added a second time beside them."""

from __future__ import annotations

import pytest
import yaml

from conftest import people_of, run_cli, write_utf8


@pytest.mark.parametrize(
    ("header", "cells", "older"),
    [
        ("First Name,Last Name,Preferred Name", "Wei,Li,Dr.", "Dr. Li"),
        ("Full Name,Preferred Name", "Wei Li,Dr.", "Dr. Li"),  # Rippling's
        ("First Name,Last Name,Preferred Name", 'Wei,Li,"Wei, RN"', "Wei, RN Li"),
        ("First Name,Last Name,Preferred Full Name", "Wei,Li,Dr.", "Dr."),
    ],
)
def test_the_name_an_older_import_wrote_of_a_preferred_title_is_renamed_not_doubled(tmp_path, header, cells, older):
    """A team file an older teamaudit wrote holds `name: Dr. Li` (its 'Preferred Name' cell was only 'Dr.'); this
    version writes the legal name, Wei Li, and the re-import added Wei Li beside Dr. Li: the CMO counted twice, the
    layer typed on the first not on the second."""
    team = write_utf8(
        tmp_path / "team.yaml",
        f"organization: Acme\npeople:\n  - name: {older}  # our CMO\n    title: Chief Medical Officer\n"
        "    layer: clinical\n  - name: Ann Lee\n    title: RN\n",
    )
    people = write_utf8(tmp_path / "people.csv", f"{header},Job Title\n{cells},Chief Medical Officer\nAnn Lee,,RN\n")
    if header.startswith("First"):
        people = write_utf8(people, f"{header},Job Title\n{cells},Chief Medical Officer\nAnn,Lee,,RN\n")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert people_of(team) == [
        {"name": "Wei Li", "title": "Chief Medical Officer", "layer": "clinical"},
        {"name": "Ann Lee", "title": "RN"},
    ]
    assert "added 0" in result.stderr
    assert 'updated "Wei Li": ' in result.stderr and f"'{older}' -> 'Wei Li'" in result.stderr
    assert "# our CMO" in team.read_text(encoding="utf-8")


def test_a_preferred_full_name_of_a_title_alone_is_no_name(tmp_path):
    """A 'Preferred Full Name' cell of only 'Dr.' was written as the person's name, `name: Dr.`."""
    people = write_utf8(tmp_path / "people.csv", "First Name,Last Name,Preferred Full Name,Job Title\nWei,Li,Dr.,CMO\n")
    result = run_cli("import", people)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == ["Wei Li"]
    assert (
        "1 preferred full name is only a title or a credential, not a name: 'Dr.' (line 2); the legal name written"
        in result.stderr
    )


def test_a_hand_typed_title_makes_no_second_person(tmp_path):
    """'Dr. Maria Lopez' typed in the file and 'Maria Lopez' in the export were two people, only warned of: the CMO
    counted twice, the layer typed on one. She is matched, keeps the name typed and takes the export's id, so the
    next import matches her by it and leaves the name typed as it is."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "organization: Acme\npeople:\n  - name: Dr. Maria Lopez\n    title: CMO\n    layer: clinical\n",
    )
    people = write_utf8(tmp_path / "people.csv", "Employee #,First Name,Last Name,Job Title\n7,Maria,Lopez,CMO\n")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert people_of(team) == [{"name": "Dr. Maria Lopez", "id": "7", "title": "CMO", "layer": "clinical"}]
    assert (
        f'{team}:3: matched "Dr. Maria Lopez" with the export\'s "Maria Lopez", one name but for a title, an '
        "initial or a credential" in result.stderr
    )
    again = run_cli("import", people, "-o", team)
    assert again.code == 0, again.stderr
    assert f"{team}: nothing to change; not written" in again.stderr
    for typed, rows in (
        ("Martin King Jr.", "1,Martin King Sr.,Nurse\n"),  # father and son
        ("Marcus J. Chen", "1,Marcus K. Chen,Nurse\n"),  # two initials
        ("Dr. Maria Lopez", "1,Maria Lopez,Nurse\n2,Maria Lopez MD,Nurse\n"),  # which of the two?
        ("Dr. Li", "1,Wei Li,Nurse\n"),  # a surname alone is no name to match
    ):
        team = write_utf8(tmp_path / "other.yaml", f"people:\n  - name: {typed}\n    title: Nurse\n")
        people = write_utf8(tmp_path / "other.csv", f"Employee ID,Name,Job Title\n{rows}")
        result = run_cli("import", people, "-o", team)
        assert result.code == 0, result.stderr
        assert people_of(team)[0]["name"] == typed
        assert len(people_of(team)) == 1 + rows.count("\n"), typed
        assert ": matched " not in result.stderr

    # a requisition typed by hand is no person: 'Open req 7 - Nurse' of an ATS is not it but for an initial '7'
    team = write_utf8(
        tmp_path / "reqs.yaml",
        "people:\n  - name: Ann Lee\n    title: RN\n  - name: Open req - Nurse\n    title: Nurse\n    status: open\n",
    )
    people = write_utf8(tmp_path / "people.csv", "Name,Job Title\nAnn Lee,RN\n")
    reqs = write_utf8(tmp_path / "jobs.csv", "Job,Requisition ID,Opening Status\nNurse,7,Open\n")
    result = run_cli("import", people, "--reqs", reqs, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert ": matched " not in result.stderr
    assert 'added 1: "Open req 7 - Nurse"' in result.stderr


def test_a_name_matched_by_id_keeps_the_title_typed_on_it(tmp_path):
    """Matched by id, 'Dr. Priya Raman' was renamed 'Priya Raman', the export's: the title typed by hand lost."""
    team = write_utf8(tmp_path / "team.yaml", "people:\n  - name: Dr. Priya Raman\n    id: '1'\n    title: CEO\n")
    people = write_utf8(tmp_path / "people.csv", "Employee ID,Name,Job Title\n1,Priya Raman,CEO\n")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert people_of(team) == [{"name": "Dr. Priya Raman", "id": "1", "title": "CEO"}]
    # a person with an id is the row of that id (Ann Lee, married, is Ann Park), not a row alike before it
    team = write_utf8(tmp_path / "other.yaml", "people:\n  - name: Ann Lee\n    id: '1'\n    title: Nurse\n")
    people = write_utf8(tmp_path / "other.csv", "Employee ID,Name,Job Title\n,Dr. Ann Lee,Nurse\n1,Ann Park,Nurse\n")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert [(p["name"], p.get("id")) for p in people_of(team)] == [("Ann Park", "1"), ("Dr. Ann Lee", None)]


def test_the_name_an_older_import_wrote_of_someone_who_left_is_named_as_left(tmp_path):
    """Once Wei Li left, the file's `Dr. Li` an older import wrote was said to be 'not in the export', not listed as
    left by the people export with the line that says so."""
    team = write_utf8(
        tmp_path / "team.yaml", "people:\n  - name: Dr. Li\n    title: CMO\n  - name: Ann Lee\n    title: RN\n"
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "First Name,Last Name,Preferred Name,Job Title,Status\nWei,Li,Dr.,CMO,Terminated\nAnn,Lee,,RN,Active\n",
    )
    result = run_cli("import", people, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert f'{team}:2: kept "Dr. Li": the people export lists them as left ({people} line 2' in result.stderr


@pytest.mark.parametrize(
    "rows", ["1,Maria Lopez,CMO\n2,Maria Lopez,Nurse\n", "2,Maria Lopez,Nurse\n1,Maria Lopez,CMO\n"]
)
def test_a_hand_typed_title_is_matched_with_neither_of_two_rows_of_one_name(tmp_path, rows):
    """Two rows named 'Maria Lopez' (import writes the second 'Maria Lopez (1)') and the file's 'Dr. Maria Lopez':
    she was matched with the first, the CMO given the nurse's id and title, and the CMO's own row added as a second
    person: which of the two she is, nothing says."""
    team = write_utf8(
        tmp_path / "team.yaml", "people:\n  - name: Dr. Maria Lopez\n    title: CMO\n    layer: clinical\n"
    )
    people = write_utf8(tmp_path / "people.csv", f"Employee ID,Name,Job Title\n{rows}")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert people_of(team)[0] == {"name": "Dr. Maria Lopez", "title": "CMO", "layer": "clinical"}
    assert len(people_of(team)) == 3
    assert ": matched " not in result.stderr


def test_a_surname_of_two_words_written_first_is_not_another_given_name_s(tmp_path):
    """'Lopez Garcia, Maria' (a Spanish surname of two words, written first) was read as 'Lopez Garcia' alone, her
    given name dropped: she was matched with the export's 'Lopez Garcia, José', renamed José, given his id and title,
    the layer typed on her his. Two people, one written."""
    team = write_utf8(
        tmp_path / "team.yaml", "people:\n  - name: Lopez Garcia, Maria\n    title: CMO\n    layer: clinical\n"
    )
    people = write_utf8(tmp_path / "people.csv", 'Employee ID,Name,Job Title\n1,"Lopez Garcia, José",Nurse\n')
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert people_of(team) == [
        {"name": "Lopez Garcia, Maria", "title": "CMO", "layer": "clinical"},
        {"name": "Lopez Garcia, José", "id": "1", "title": "Nurse"},
    ]
    assert "of one name but for" not in result.stderr and ": matched " not in result.stderr
    # and she is still the export's 'Lopez Garcia, Maria, RN' but for the credential
    people = write_utf8(people, 'Employee ID,Name,Job Title\n2,"Lopez Garcia, Maria, RN",CMO\n')
    result = run_cli("import", people, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert ': matched "Lopez Garcia, Maria" with the export\'s "Lopez Garcia, Maria, RN"' in result.stderr


@pytest.mark.parametrize(
    "rows", ["1,Dr. Maria Lopez,CMO\n2,Maria Lopez,Nurse\n", "2,Maria Lopez,Nurse\n1,Dr. Maria Lopez,CMO\n"]
)
def test_a_person_a_row_names_is_not_taken_by_an_earlier_row_alike(tmp_path, rows):
    """The file's nurse 'Lopez, Maria' is the export's 'Maria Lopez'; a row 'Dr. Maria Lopez' (the CMO) before hers
    took her, as one name but for a title: the nurse renamed the CMO, given the CMO's id and title and the layer typed
    on her, and her own row added as someone new."""
    team = write_utf8(
        tmp_path / "team.yaml", "people:\n  - name: Lopez, Maria\n    title: Nurse\n    layer: clinical\n"
    )
    people = write_utf8(tmp_path / "people.csv", f"Employee ID,Name,Job Title\n{rows}")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert sorted((p["name"], p["id"], p["title"], p.get("layer")) for p in people_of(team)) == [
        ("Dr. Maria Lopez", "1", "CMO", None),
        ("Maria Lopez", "2", "Nurse", "clinical"),
    ]
    assert ": matched " not in result.stderr


@pytest.mark.parametrize(
    ("header", "rows", "tail"),
    [
        (
            "Name,Job Title,Status",
            "Maria Lopez,CMO,Terminated\nBo Chen,Engineer,Active\n",
            "--remove-missing removes them",
        ),
        (  # with ids, a person with none is typed by hand: --remove-missing keeps her
            "Employee ID,Name,Job Title,Status",
            "E1,Maria Lopez,CMO,Terminated\nE2,Bo Chen,Engineer,Active\n",
            "if they are one person, remove them yourself",
        ),
    ],
)
def test_a_hand_typed_title_of_someone_who_left_is_named_as_left(tmp_path, header, rows, tail):
    """The file's 'Dr. Maria Lopez', whom the people export lists as 'Maria Lopez', terminated, was said to be 'not in
    the export' (or typed by hand), not named beside the row that says she left."""
    team = write_utf8(tmp_path / "team.yaml", "people:\n  - name: Dr. Maria Lopez\n    title: CMO\n  - name: Bo Chen\n")
    team = write_utf8(team, team.read_text(encoding="utf-8") + "    title: Engineer\n")
    people = write_utf8(tmp_path / "people.csv", f"{header}\n{rows}")
    result = run_cli("import", people, "-o", team, "--dry-run")
    assert result.code == 0, result.stderr
    assert (
        f'{team}:2: kept "Dr. Maria Lopez": the people export lists "Maria Lopez", of one name but for a title, an '
        f"initial or a credential, as left ({people} line 2, terminated or inactive); {tail}" in result.stderr
    ), result.stderr
    assert "not in the export" not in result.stderr


def test_two_people_matched_by_a_name_alike_are_parted_as_the_line_says(tmp_path):
    """The line naming a match said 'if they are two people, give them other names there'; renamed, the CMO kept the
    nurse's id and title the merge wrote on her, and the next import matched her by it again, renamed the nurse."""
    typed = "organization: Acme\npeople:\n  - name: Dr. Maria Lopez\n    title: CMO\n    layer: clinical\n"
    team = write_utf8(tmp_path / "team.yaml", typed)
    people = write_utf8(tmp_path / "people.csv", "Employee ID,Name,Job Title\n7,Maria Lopez,Nurse\n")
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert (
        "if they are two people, put back what this import changed on them and rename the one in the file (by more "
        "than a title, an initial or a credential), or the next import matches them again" in result.stderr
    )
    write_utf8(team, typed.replace("Dr. Maria Lopez", "Dr. Maria Lopez (CMO)"))
    again = run_cli("import", people, "-o", team)
    assert again.code == 0, again.stderr
    assert people_of(team) == [
        {"name": "Dr. Maria Lopez (CMO)", "title": "CMO", "layer": "clinical"},
        {"name": "Maria Lopez", "id": "7", "title": "Nurse"},
    ]


def test_a_hand_typed_name_like_one_an_older_import_wrote_of_a_leaver_is_not_removed(tmp_path):
    """The advisor typed by hand as 'Dr. Li', with no id where the export gives everyone one, was removed by
    --remove-missing once Wei Li, whose 'Preferred Name' cell is 'Dr.', left: a surname is no one's name, and an
    import that wrote 'Dr. Li' of him wrote his id too, which names him as left."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Dr. Li  # advisor\n    title: Clinical Advisor\n  - name: Bo Chen\n    id: E2\n"
        "    title: Engineer\n",
    )
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee ID,First Name,Last Name,Preferred Name,Job Title,Status\nE1,Wei,Li,Dr.,CMO,Terminated\n"
        "E2,Bo,Chen,,Engineer,Active\n",
    )
    result = run_cli("import", people, "-o", team, "--remove-missing")
    assert result.code == 0, result.stderr
    assert [p["name"] for p in people_of(team)] == ["Dr. Li", "Bo Chen"]
    assert f'{team}: kept 1: "Dr. Li": not in the export, and with no id' in result.stderr


def test_a_hand_typed_name_like_one_an_older_import_wrote_is_not_renamed_by_an_export_with_ids(tmp_path):
    """The advisor typed by hand as 'Dr. Li' was renamed Wei Li, the CMO of an export whose 'Preferred Name' cell is
    'Dr.', and given his id and title: the advisor lost. An import that wrote 'Dr. Li' of an export with ids wrote
    his id too, and the id finds him."""
    typed = "people:\n  - name: Dr. Li  # advisor\n    title: Clinical Advisor\n    employment: advisor\n"
    team = write_utf8(tmp_path / "team.yaml", typed)
    people = write_utf8(
        tmp_path / "people.csv",
        "Employee ID,First Name,Last Name,Preferred Name,Job Title\nE1,Wei,Li,Dr.,CMO\n",
    )
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert people_of(team) == [
        {"name": "Dr. Li", "title": "Clinical Advisor", "employment": "advisor"},
        {"name": "Wei Li", "id": "E1", "title": "CMO"},
    ]
    write_utf8(team, typed.replace("    title: Clinical", "    id: E1\n    title: Clinical"))  # as an import wrote him
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in people_of(team)] == ["Wei Li"]


def test_the_name_an_older_import_wrote_of_two_rows_is_neither_s(tmp_path):
    """Jun Li and Wei Li, both 'Dr.' in the Preferred Name column, were written 'Dr. Li' and 'Dr. Li (2)' by an
    older import; re-imported with the rows in another order, the nurse's 'Dr. Li' was renamed Jun Li and made the
    CMO, her layer his, and the CMO's kept as not in the export (removed with --remove-missing)."""
    team = write_utf8(
        tmp_path / "team.yaml",
        "people:\n  - name: Dr. Li\n    title: Nurse\n    layer: clinical\n  - name: Dr. Li (2)\n    title: CMO\n",
    )
    people = write_utf8(
        tmp_path / "people.csv", "First Name,Last Name,Preferred Name,Job Title\nJun,Li,Dr.,CMO\nWei,Li,Dr.,Nurse\n"
    )
    result = run_cli("import", people, "-o", team)
    assert result.code == 0, result.stderr
    assert people_of(team)[:2] == [
        {"name": "Dr. Li", "title": "Nurse", "layer": "clinical"},
        {"name": "Dr. Li (2)", "title": "CMO"},
    ]
    assert 'added 2: "Jun Li", "Wei Li"' in result.stderr
