"""What a newcomer met importing exports and writing a team file by hand (German dates, pay, keys)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from teamaudit.importer.columns import LAYOUTS


def test_import_help_names_every_export_it_recognises():
    """`import --help` left out Personio, whose columns (English and German) import reads, as docs/import.md says."""
    help_text = " ".join(run_cli("import", "--help").stdout.split())
    assert [vendor for vendor, _ in LAYOUTS if vendor not in help_text] == []


def test_a_dotted_date_in_the_team_file_is_hinted_day_first(tmp_path: Path):
    """`start: 1.2.2027` was 'write it year first: 2027-01-02 for 2 January, or 2027-02-01 for 1 February', though a
    dotted date is day first wherever it is written, as import reads `04.03.2026`."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n"
        "  - {name: Ann Ito, title: Registered Nurse, status: planned, start: 1.2.2027}\n"
        "  - {name: Bo Li, title: Registered Nurse, status: planned, start: 04.03.2026}\n"
    )
    result = run_cli("check", str(team))
    assert result.code == 2 and "Traceback" not in result.stderr
    assert f"{team}:2:70: people[0] (Ann Ito).start:" in result.stderr
    assert "(write it year first: 2027-02-01 for 1 February)" in result.stderr, result.stderr
    assert "(write it year first: 2026-03-04 for 4 March)" in result.stderr
    assert "January" not in result.stderr and "April" not in result.stderr
