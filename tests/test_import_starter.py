"""`teamaudit init` then `teamaudit import export.csv -o team.yaml`: the starter's example people are not the team."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import people_of, run_cli
from teamaudit.starter import STARTER_REPLACED

EXPORT = (
    "Employee #,First Name,Last Name,Job Title,Department,Employment Status\n"
    "E1,Priya,Nair,Nurse Informaticist,Clinical,Full-Time\n"
    "E2,Aisha,Bello,Clinical Informatics Lead,Clinical,Full-Time\n"
    "E3,Dan,Cho,ML Engineer,ML,Full-Time\n"
)


def _started(tmp_path: Path) -> tuple[Path, Path]:
    export = tmp_path / "people.csv"
    export.write_text(EXPORT, encoding="utf-8")
    team = tmp_path / "team.yaml"
    assert run_cli("init", team, cwd=tmp_path).code == 0
    return export, team


def test_an_import_into_the_starter_init_wrote_and_no_one_edited_replaces_it(tmp_path):
    """The import was merged into the starter: its Aisha Bello (E001), Chloe Martin, Marcus Webb and open requisition
    stayed beside the three people of the export (7 people, the export's Aisha added as 'Aisha Bello (E2)'), under the
    starter's 'Example Health AI' and as_of. The starter is the tool's own, unedited: it is replaced, and backed up."""
    export, team = _started(tmp_path)
    starter = team.read_bytes()
    result = run_cli("import", export, "-o", team)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in people_of(team)] == ["Priya Nair", "Aisha Bello", "Dan Cho"]
    written = yaml.safe_load(team.read_text(encoding="utf-8"))
    assert "organization" not in written and "as_of" not in written
    assert (
        f"teamaudit: {team}: the starter `teamaudit init` wrote, never edited: replaced by the import, without its "
        "examples\n"
    ) in result.stderr
    assert (tmp_path / "team.yaml.bak").read_bytes() == starter


def test_an_import_into_an_edited_starter_merges_and_names_the_examples_left_in_it(tmp_path):
    """Once edited, the file is the user's, merged into as any other; the examples still as init wrote them are named,
    as they are counted in every report: they were only 'kept ... not in the export'."""
    export, team = _started(tmp_path)
    team.write_text(team.read_text().replace("Example Health AI", "Acme Health"), encoding="utf-8")
    result = run_cli("import", export, "-o", team)
    assert result.code == 0, result.stderr
    names = [p["name"] for p in people_of(team)]
    assert "Priya Nair" in names and "Chloe Martin" in names
    assert yaml.safe_load(team.read_text())["organization"] == "Acme Health"
    assert (
        f"teamaudit: {team}: 4 of `teamaudit init`'s example people are still in it as init wrote them: "
        '"Aisha Bello", "Chloe Martin", '
        '"Open req - Regulatory Affairs Specialist", "Marcus Webb": not your team; delete them there\n'
    ) in result.stderr


STARTERS = Path(__file__).parent / "data" / "starters"


@pytest.mark.parametrize("written", sorted(STARTERS.glob("init-*.yaml")), ids=lambda path: path.stem)
@pytest.mark.parametrize("name", ["team.yaml", "plans/q1.yaml"])
def test_an_import_replaces_the_starter_an_earlier_init_wrote_too(tmp_path, written, name):
    """A starter written by an earlier `init` (its header comment said `teamaudit schema > team.schema.json` lets VS
    Code validate; before b71e5d6 it had no `employment:`) counted as edited: the import merged into it, the examples
    kept as people beside the export's (5 for 1), and only 3 of 4 named, as Aisha Bello's keys were not today's."""
    team = tmp_path / name
    team.parent.mkdir(parents=True, exist_ok=True)
    starter = written.read_text(encoding="utf-8").replace("teamaudit check team.yaml", f"teamaudit check {name}")
    team.write_text(starter, encoding="utf-8")
    export = tmp_path / "people.csv"
    export.write_text(EXPORT, encoding="utf-8")
    result = run_cli("import", export, "-o", team)
    assert result.code == 0, result.stderr
    assert [p["name"] for p in people_of(team)] == ["Priya Nair", "Aisha Bello", "Dan Cho"]
    assert f"{team}: {STARTER_REPLACED}" in result.stderr
    assert team.with_name(team.name + ".bak").read_text(encoding="utf-8") == starter


def test_an_edited_first_starter_merges_and_names_every_example_left(tmp_path):
    """Edited, the first starter (95456e1) is the user's, merged into; all 4 examples are named (Aisha Bello, with no
    `employment:` in it, was left out: 3 of 4)."""
    team = tmp_path / "team.yaml"
    first = (STARTERS / "init-95456e1.yaml").read_text(encoding="utf-8")
    team.write_text(first.replace("Example Health AI", "Acme Health"), encoding="utf-8")
    export = tmp_path / "people.csv"
    export.write_text(EXPORT.replace("E2,Aisha,Bello", "E2,Ana,Silva"), encoding="utf-8")
    result = run_cli("import", export, "-o", team)
    assert result.code == 0, result.stderr
    assert "Acme Health" in team.read_text(encoding="utf-8")
    assert (
        '4 of `teamaudit init`\'s example people are still in it as init wrote them: "Aisha Bello", "Chloe Martin", '
        '"Open req - Regulatory Affairs Specialist", "Marcus Webb"'
    ) in result.stderr
