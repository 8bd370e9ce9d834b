"""The evidence an HRIS export holds beside the title (skills, credentials) reaches the team file, so the audit
reads what the export says of each person rather than finding every layer unproven."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from conftest import run_cli

EXPORT = """\
Employee #,First Name,Last Name,Job Title,Department,Skills,Background
E1,Elena,Patel,Software Engineer,Interfaces,"HL7 v2, Mirth Connect",
E2,Nadia,Nakamura,Software Engineer,Interfaces,"FHIR R4; Epic Bridges",
E3,Ruth,Kessler,Clinical Content Specialist,Clinical,,"RN, BSN; 6 years med-surg"
E4,Ivan,Moreau,Regulatory Affairs Manager,Quality,,Filed 510(k)s for SaMD
E5,Ann,Lee,Machine Learning Engineer,ML,PyTorch,
"""


def _people(path: Path) -> dict[str, dict[str, object]]:
    return {p["name"]: p for p in yaml.safe_load(path.read_text(encoding="utf-8"))["people"]}


def test_skills_and_background_columns_are_written_and_prove_the_layers(tmp_path: Path):
    """They were 'not read', with a hint to --map them that --map refused; `check` then found nobody in the
    integration or compliance layer with hands-on evidence (TA004), though the export said HL7 v2 and 510(k)."""
    (tmp_path / "people.csv").write_text(EXPORT, encoding="utf-8")
    imported = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    assert "skills <- 'Skills'; background <- 'Background'" in imported.stderr
    assert "not read" not in imported.stderr
    people = _people(tmp_path / "team.yaml")
    assert people["Elena Patel"]["skills"] == "HL7 v2, Mirth Connect"
    assert people["Ruth Kessler"]["background"] == "RN, BSN; 6 years med-surg"
    assert "skills" not in people["Ruth Kessler"]  # an empty cell writes no key
    doc = json.loads(run_cli("check", tmp_path / "team.yaml", "-f", "json").stdout)
    assert not [f for f in doc["findings"] if f["rule"] == "TA004"], doc["findings"]
    layers = {p["name"]: (p["layer"], p["hands_on"]) for p in doc["people"]}
    assert layers["Elena Patel"] == ("integration", True)
    assert layers["Ivan Moreau"] == ("compliance", True)


def test_a_skills_column_of_another_name_is_read_with_map(tmp_path: Path):
    (tmp_path / "people.csv").write_text("Name,Job Title,Tech\nAnn Lee,Software Engineer,SMART on FHIR\n")
    imported = run_cli("import", "people.csv", "--map", "skills=Tech", "-o", "team.yaml", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    assert _people(tmp_path / "team.yaml")["Ann Lee"]["skills"] == "SMART on FHIR"


def test_a_merge_gives_them_where_the_file_has_none_and_keeps_the_files_own(tmp_path: Path):
    """The team file's skills and background are what someone wrote after the last import: a merge keeps them."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - name: Elena Patel\n    id: E1\n    title: Software Engineer\n"
        "    background: [built Epic Bridges interfaces at Mercy]\n",
        encoding="utf-8",
    )
    (tmp_path / "people.csv").write_text(EXPORT, encoding="utf-8")
    merged = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert merged.code == 0, merged.stderr
    people = _people(team)
    assert people["Elena Patel"]["background"] == ["built Epic Bridges interfaces at Mercy"]
    assert people["Elena Patel"]["skills"] == "HL7 v2, Mirth Connect"  # the file had none
    assert people["Nadia Nakamura"]["skills"] == "FHIR R4; Epic Bridges"


def test_a_skills_cell_is_held_to_the_team_files_limit_of_each_skill(tmp_path: Path):
    """A cell of 200 skills, 3,488 characters, was refused as 'more than the 2,000 characters a team file allows',
    which allows 2,000 a skill and reads that very text as 200 of them."""
    many = ", ".join(f"Skill number {n}" for n in range(200))
    long_one = "Epic, " + "x" * 2001
    rows = f'Name,Job Title,Skills\nAnn Lee,Nurse,"{many}"\nBo Chan,Nurse,"{long_one}"\n'
    (tmp_path / "people.csv").write_text(rows, encoding="utf-8")
    refused = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert refused.code == 2 and "people.csv:2" not in refused.stderr, refused.stderr
    assert "people.csv:3: skills 'Epic, xxx" in refused.stderr
    assert "(column 'Skills') holds a skill of more than the 2,000 characters a team file allows" in refused.stderr

    (tmp_path / "people.csv").write_text(rows.rsplit("Bo Chan", 1)[0], encoding="utf-8")
    imported = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    assert _people(tmp_path / "team.yaml")["Ann Lee"]["skills"] == many
    checked = run_cli("check", "team.yaml", "-f", "json", cwd=tmp_path)
    assert len(json.loads(checked.stdout)["people"][0]["skills"]) == 200


def test_a_cell_of_one_item_a_line_is_written_as_items(tmp_path: Path):
    """A spreadsheet cell lists one skill a line (Alt+Enter): written as one text, 'HL7 v2' and 'Mirth Connect' were
    one skill, quoted 'HL7 v2\\nMirth Connect' in every report, and the background's lines one line."""
    cells = (
        'Name,Job Title,Skills,Background\nAnn Lee,Software Engineer,"HL7 v2\r\nMirth Connect\n","RN\n6 years ICU"\n'
    )
    (tmp_path / "people.csv").write_text(cells, encoding="utf-8", newline="")
    imported = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    assert _people(tmp_path / "team.yaml")["Ann Lee"] == {
        "name": "Ann Lee",
        "title": "Software Engineer",
        "skills": "HL7 v2; Mirth Connect",
        "background": ["RN", "6 years ICU"],
    }
    explained = run_cli("explain", "team.yaml", "Ann Lee", cwd=tmp_path)
    assert "skills mention HL7 v2: 'HL7 v2'" in explained.stdout and "\\n" not in explained.stdout


def test_a_licence_number_is_left_out_and_the_credential_kept_but_never_from_what_a_person_typed(tmp_path: Path):
    """A Licenses column carried 'RN, CA #95012345' into the team file and every report made of it (unless --redact):
    the number looks the nurse up in the state board's public register and is no evidence the rubric reads."""
    (tmp_path / "people.csv").write_text(
        "Employee #,First Name,Last Name,Job Title,Licenses\n"
        'E1,Ruth,Kessler,Nurse Informaticist,"RN, CA #95012345"\n'
        "E2,Omar,Haddad,Hospitalist,MD; NPI 1234567890\n"
        "E3,Ivan,Moreau,Quality Engineer,ISO 13485 Lead Auditor\n",
        encoding="utf-8",
    )
    (tmp_path / "team.yaml").write_text(
        "people:\n  - name: Ivan Moreau\n    id: E3\n    title: Quality Engineer\n"
        "    background: 'CQA #44551 (ASQ)'  # typed by hand\n",
        encoding="utf-8",
    )
    imported = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    assert (
        "people.csv: licence numbers left out of 2 'Licenses' cells, the credential kept (line 2: a number after "
        "'#' left out, 'RN, CA' written)"
    ) in imported.stderr
    assert "95012345" not in imported.stderr  # stderr reaches CI logs
    people = _people(tmp_path / "team.yaml")
    assert people["Ruth Kessler"]["background"] == "RN, CA"
    assert people["Omar Haddad"]["background"] == "MD"
    assert people["Ivan Moreau"]["background"] == "CQA #44551 (ASQ)"  # the file's own, as typed
    assert "95012345" not in (tmp_path / "team.yaml").read_text(encoding="utf-8")


def _imported_licences(tmp_path: Path, rows: str) -> dict[str, dict[str, object]]:
    """The people a new import writes from a people export of these rows under a Licenses column."""
    (tmp_path / "people.csv").write_text(
        "Employee #,First Name,Last Name,Job Title,Licenses\n" + rows, encoding="utf-8"
    )
    imported = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    return _people(tmp_path / "team.yaml")


def test_a_credential_written_before_its_licence_number_and_a_regulation_s_number_are_kept(tmp_path: Path):
    """'License: RN 1234567' was left out whole, the nurse's RN with it (no background written), and 'EU Reg.
    2017/745' (the MDR) became 'EU/745'."""
    people = _imported_licences(
        tmp_path,
        "E1,Ruth,Kessler,Nurse Informaticist,License: RN 1234567\n"
        "E2,Ivan,Moreau,Regulatory Lead,EU Reg. 2017/745; ISO 13485; IEC 62304\n",
    )
    assert people["Ruth Kessler"]["background"] == "RN"
    assert people["Ivan Moreau"]["background"] == "EU Reg. 2017/745; ISO 13485; IEC 62304"
    assert "1234567" not in (tmp_path / "team.yaml").read_text(encoding="utf-8")


def test_a_count_after_a_licence_number_is_kept(tmp_path: Path):
    """'CCRN #1234 - 10 years ICU' was written 'CCRN years ICU': the number ran on into the years the rubric reads."""
    people = _imported_licences(
        tmp_path,
        "E1,Ruth,Kessler,Nurse Informaticist,CCRN #1234 - 10 years ICU\n"
        "E2,Omar,Haddad,Hospitalist,MD; Lic. No. 1234 5678\n",
    )
    assert people["Ruth Kessler"]["background"] == "CCRN - 10 years ICU"
    assert people["Omar Haddad"]["background"] == "MD; Lic."


def test_the_note_on_licence_numbers_never_quotes_one(tmp_path: Path):
    """stderr quoted the first cell whole, 'RN, CA #95012345', into every CI log that ran the import."""
    (tmp_path / "people.csv").write_text(
        "Employee #,First Name,Last Name,Job Title,Licenses\n"
        "E1,Omar,Haddad,Hospitalist,NPI 1234567890; License 9501 2345\n"
        'E2,Ruth,Kessler,Nurse Informaticist,"RN, CA #95012345"\n',
        encoding="utf-8",
    )
    imported = run_cli("import", "people.csv", "-o", "team.yaml", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    assert "people.csv: licence numbers left out of 2 'Licenses' cells" in imported.stderr
    assert "(line 2: numbers after 'NPI' and 'License' left out, nothing else in it, no background written)" in (
        imported.stderr
    )
    for number in ("1234567890", "9501", "2345", "95012345"):
        assert number not in imported.stderr and number not in (tmp_path / "team.yaml").read_text(encoding="utf-8")


def test_the_years_after_a_licence_number_are_kept(tmp_path: Path):
    """'RN, CA #95012345 2015-2020' was written 'RN, CA': the number ran on into the years the licence was held, and
    '2015–2020' (an en dash) was written 'RN, CA–2020'."""
    people = _imported_licences(
        tmp_path,
        'E1,Ruth,Kessler,Nurse Informaticist,"RN, CA #95012345 2015-2020"\n'
        "E2,Omar,Haddad,Hospitalist,MD #9501-2345 2015–2020\n"
        "E3,Ann,Lee,Nurse,RN Lic. 9501 2015 2345\n",
    )
    assert people["Ruth Kessler"]["background"] == "RN, CA 2015-2020"
    assert people["Omar Haddad"]["background"] == "MD 2015–2020"
    assert people["Ann Lee"]["background"] == "RN"  # 2015 between two groups is the number's own


def test_a_skills_cell_of_only_commas_writes_no_skills_and_says_so(tmp_path: Path):
    """`,,,` was written as `skills: ',,,'`, a key that lists no skill (check reads it as none) and that a merge
    then kept over the export's real skills at the next import, the file's being the person's own."""
    (tmp_path / "people.csv").write_text(
        'Name,Job Title,Tech Stack\nAnn Lee,RN,",,,"\nBo Park,ML Engineer," ; ,"\nCy Doe,Nurse,"HL7, ,FHIR"\n',
        encoding="utf-8",
    )
    team = tmp_path / "team.yaml"
    imported = run_cli("import", "people.csv", "-o", team, "--map", "skills=Tech Stack", cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    people = _people(team)
    assert "skills" not in people["Ann Lee"] and "skills" not in people["Bo Park"]
    assert people["Cy Doe"]["skills"] == "HL7, ,FHIR"  # a skill in it: written as the export writes it
    assert (
        "people.csv: 'Tech Stack' on 2 rows lists no skill, only commas or semicolons (lines 2, 3): no skills written\n"
    ) in imported.stderr
    (tmp_path / "people.csv").write_text("Name,Job Title,Tech Stack\nAnn Lee,RN,PyTorch\n", encoding="utf-8")
    merged = run_cli("import", "people.csv", "-o", team, "--map", "skills=Tech Stack", cwd=tmp_path)
    assert merged.code == 0, merged.stderr
    assert _people(team)["Ann Lee"]["skills"] == "PyTorch"


def test_a_background_cell_of_only_punctuation_writes_no_background_and_says_so(tmp_path: Path):
    """A Background cell of `;;` was written as `background: ;;`, shown in every report as the person's evidence;
    a line of punctuation in a cell of several (`--` between two) was a background line of its own."""
    (tmp_path / "people.csv").write_text(
        'Name,Job Title,Background\nAnn Lee,RN,;;\nBo Park,ML Engineer," - "\nCy Doe,Nurse,"RN\n--\nICU 6 yrs"\n'
        'Di Eng,RN,";;\n::error::x\x1b"\n',
        encoding="utf-8",
    )
    team = tmp_path / "team.yaml"
    imported = run_cli("import", "people.csv", "-o", team, cwd=tmp_path)
    assert imported.code == 0, imported.stderr
    people = _people(team)
    assert "background" not in people["Ann Lee"] and "background" not in people["Bo Park"]
    assert people["Cy Doe"]["background"] == ["RN", "ICU 6 yrs"]
    assert people["Di Eng"]["background"] == "::error::x"  # words in it: kept (import drops the ESC)
    assert "\x1b" not in imported.stderr and "\n::error" not in imported.stderr
    assert (
        "people.csv: 'Background' on 2 rows holds only punctuation (lines 2, 3): no background written\n"
    ) in imported.stderr
