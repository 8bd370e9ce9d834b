"""A reviewer's findings, each run as a user meets it: a traceback, an import that lost data, diff, config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

IN_DOUBT = {
    "fractions in titles": ("Medical Director (0.2 FTE)", "Pharmacist, 50% FTE"),
    "part-time titles": ("Medical Director (part-time)", "Pharmacist (part-time)"),
}


@pytest.mark.parametrize("titles", IN_DOUBT.values(), ids=IN_DOUBT.keys())
@pytest.mark.parametrize(
    "command",
    [
        ("check",),
        ("check", "--format", "json"),
        ("check", "--format", "markdown"),
        ("check", "--format", "sarif"),
        ("check", "--format", "junit"),
        ("report", "-o", "r.html"),
        ("explain",),
    ],
)
def test_a_thin_layer_held_only_by_people_whose_fte_is_in_doubt_is_reported(
    tmp_path: Path, titles: tuple[str, str], command: tuple[str, ...]
):
    team = tmp_path / "t.yaml"
    team.write_text(
        "organization: Acme\n"
        "people:\n"
        f'  - {{name: Ann Lee, title: "{titles[0]}", team: Clinical}}\n'
        f'  - {{name: Bo Chen, title: "{titles[1]}", team: Clinical}}\n',
        encoding="utf-8",
    )
    result = run_cli(command[0], team, *command[1:], cwd=tmp_path)
    assert "Traceback" not in result.stderr and result.code in (0, 1), result.stderr
    if command == ("check", "--format", "json"):
        thin = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "TA003"]
        assert [f["line"] for f in thin] == [3]  # Ann Lee, the first person the message names


BAMBOOHR_BOTH = (
    '"Last Name, First Name",First Name,Last Name,Job Title,Department\n"Lee, Ann",Ann,Lee,Medical Director,Clinical\n'
)


def test_an_export_with_a_surname_first_column_and_first_and_last_names_writes_the_name_first_name_first(
    tmp_path: Path,
):
    export = tmp_path / "bh.csv"
    export.write_text(BAMBOOHR_BOTH, encoding="utf-8")
    result = run_cli("import", export, "-o", "-", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == ["Ann Lee"]


def test_importing_it_over_a_file_holding_the_person_leaves_her_once(tmp_path: Path):
    export = tmp_path / "bh.csv"
    export.write_text(BAMBOOHR_BOTH, encoding="utf-8")
    team = tmp_path / "t.yaml"
    team.write_text(
        "organization: Acme\npeople:\n  - {name: Ann Lee, title: Medical Director, team: Clinical}\n", encoding="utf-8"
    )
    result = run_cli("import", export, "-o", team, cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(team.read_text(encoding="utf-8"))["people"]] == ["Ann Lee"]


@pytest.mark.parametrize("written", ["King, Jr.", "Chen, MD", "Ortiz, III", "Park, PhD"])
def test_a_name_whose_part_after_the_comma_is_a_suffix_is_imported_as_written(tmp_path: Path, written: str):
    export = tmp_path / "people.csv"
    export.write_text(f'Employee Name,Job Title\n"{written}",Medical Director\n', encoding="utf-8")
    result = run_cli("import", export, "-o", "-", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in yaml.safe_load(result.stdout)["people"]] == [written]


BALANCED = """people:
  - {name: Ann Ito, id: E1, title: Registered Nurse}
  - {name: Ben Oduya, id: E2, title: ICU Nurse}
  - {name: Cy Park, id: E3, title: HL7 Interface Engineer, skills: [HL7]}
  - {name: Dee Roy, id: E4, title: Regulatory Affairs Specialist, background: "filed a 510(k)"}
  - {name: Eve Lund, id: E5, title: Research Scientist}
  - {name: Fay Moss, id: E6, title: Machine Learning Engineer}
  - {name: Gus Hart, id: E7, title: Data Scientist}
  - {name: Hal Nye, id: E8, title: Applied Scientist}
"""
CUT = {
    "renamed": ("{name: Ann Ito, id: E1,", "{name: Ann Ito-Baker, id: E1, fte: 0.2,", "Ann Ito-Baker"),
    "id changed": ("{name: Ann Ito, id: E1,", "{name: Ann Ito, id: W-001, fte: 0.2,", "Ann Ito"),
}


@pytest.mark.parametrize(("old", "new", "shown"), CUT.values(), ids=CUT.keys())
def test_a_renamed_or_re_keyed_person_whose_fte_cut_fails_the_plan_is_named_in_the_verdict(
    tmp_path: Path, old: str, new: str, shown: str
):
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(BALANCED, encoding="utf-8")
    head.write_text(BALANCED.replace(old, new), encoding="utf-8")
    said = f"fte changed in this change: {shown} (line 2, clinical, fte 1.0 -> 0.2)"
    text = run_cli("diff", base, head, cwd=tmp_path)
    assert text.code == 1 and said in text.stdout, text.stdout + text.stderr
    markdown = run_cli("diff", base, head, "-f", "markdown", cwd=tmp_path).stdout
    assert f"- {said.replace(' -> ', ' → ')}" in markdown, markdown
    assert said in json.loads(run_cli("diff", base, head, "-f", "json", cwd=tmp_path).stdout)["reasons"]


def test_config_given_a_folder_looks_for_the_config_from_it_and_a_missing_path_is_still_an_error(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".teamaudit.yaml").write_text("fail-on: warning\n", encoding="utf-8")
    here = run_cli("config", ".", cwd=tmp_path)
    assert here.code == 0 and "(none)" in here.stdout, here.stderr
    sub = run_cli("config", "sub", cwd=tmp_path)
    assert sub.code == 0, sub.stderr
    assert [line.split()[1] for line in sub.stdout.splitlines() if line.startswith("fail-on")] == ["warning"]
    missing = run_cli("config", "nope.yaml", cwd=tmp_path)
    assert missing.code == 2 and "nope.yaml: no such file" in missing.stderr
