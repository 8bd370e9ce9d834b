"""What a newcomer met importing exports and writing a team file by hand (German dates, pay, keys)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from teamaudit.importer.columns import LAYOUTS


def test_import_help_names_every_export_it_recognises():
    """`import --help` left out Personio, whose columns (English and German) import reads, as docs/import.md says."""
    help_text = " ".join(run_cli("import", "--help").stdout.split())
    assert [vendor for vendor, _ in LAYOUTS if vendor not in help_text] == []
