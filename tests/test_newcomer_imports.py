"""What a newcomer met importing exports and writing a team file by hand (German dates, pay, keys)."""

from __future__ import annotations

import json
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


def test_a_dotted_date_with_a_two_digit_year_or_spaces_is_hinted_day_first(tmp_path: Path):
    """`1.2.27` was offered '2027-01-02 for 2 January 2027' first, `31.12.26` '2031-12-26 for 26 December 2031' beside
    the right date, and the German `1. 2. 2027` 'write the date itself, year first: 2027-03-01', a date not meant."""
    team = tmp_path / "team.yaml"
    cases = {
        "1.2.27": "(write the year in full, year first: 2027-02-01 for 1 February 2027)",
        "31.12.26": "(write the year in full, year first: 2026-12-31 for 31 December 2026)",
        "1. 2. 2027": "(write it year first: 2027-02-01 for 1 February)",
        "31.12.2026": "(write it year first: 2026-12-31 for 31 December)",
        "2027.02.01": "(write it with dashes: 2027-02-01)",
    }
    for written, hint in cases.items():
        team.write_text(
            f'people:\n  - {{name: Ann Ito, title: Registered Nurse, status: planned, start: "{written}"}}\n'
        )
        result = run_cli("check", str(team))
        assert result.code == 2 and f"got '{written}' {hint}" in result.stderr, (written, result.stderr)


PERSONIO_PAY = (
    "Vorname,Nachname,Stellenbezeichnung,Abteilung,Jahresgehalt\n"
    'Anna,Berg,Ärztin,Medizin,"95.000,00 €"\n'
    'Jörg,Schäfer,ML Engineer,KI,"85.000,00 €"\n'
    'Mia,Kurz,Pflegekraft,Medizin,"55.000,00 €"\n'
)


def test_a_german_pay_column_is_read_in_the_currency_its_cells_name(tmp_path: Path):
    """`Jahresgehalt` was 'not read' by --cost; mapped by hand it wrote `cost: 95000` and no currency, and the report
    said '$235,000' of euros."""
    export = tmp_path / "personio.csv"
    export.write_text(PERSONIO_PAY, encoding="utf-8")
    team = tmp_path / "team.yaml"
    result = run_cli("import", str(export), "--cost", "-o", str(team))
    assert result.code == 0, result.stderr
    assert "cost <- 'Jahresgehalt'" in result.stderr
    written = team.read_text(encoding="utf-8")
    assert "\ncurrency: EUR\n" in written and "cost: 95000" in written
    doc = json.loads(run_cli("check", str(team), "--format", "json").stdout)
    assert doc["cost_currency"] == "EUR" and doc["cost_total"]["current"] == 235000
    page = run_cli("check", str(team), "--format", "html").stdout
    assert "Annual cost in the team file: current €235,000" in page  # the hire ranges stay the rubric's USD


def test_pay_cells_in_two_currencies_are_a_problem_naming_the_cell(tmp_path: Path):
    export = tmp_path / "people.csv"
    export.write_text(PERSONIO_PAY.replace('"55.000,00 €"', '"55.000,00 CHF"'), encoding="utf-8")
    result = run_cli("import", str(export), "--cost", "-o", str(tmp_path / "team.yaml"))
    assert result.code == 2 and "Traceback" not in result.stderr
    assert f"{export}:4:" in result.stderr and "is in CHF, where line 2 is in EUR" in result.stderr, result.stderr


def test_unknown_keys_in_the_words_import_reads_point_at_the_team_file_s_keys(tmp_path: Path):
    """`abteilung:` got the list of known keys, though import reads an `Abteilung` column as team; `status:
    eingestellt` (German for hired) got the list of statuses."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n"
        "  - name: Anna\n    title: Ärztin\n    abteilung: Medical\n    wochenstunden: 20\n"
        "  - name: Jörg\n    title: Pflegekraft\n    status: eingestellt\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(team))
    assert result.code == 2
    assert f"{team}:4:5: unknown key 'abteilung' (did you mean team?)" in result.stderr, result.stderr
    assert f"{team}:5:5: unknown key 'wochenstunden' (did you mean fte?)" in result.stderr
    assert "'eingestellt' is not one of current, planned, open; did you mean current (on staff today) or planned" in (
        result.stderr
    )


def test_pay_merged_into_a_team_file_in_another_currency_is_refused(tmp_path: Path):
    """Merged into a file with no `currency:`, euros were read as the rubric's dollars."""
    export = tmp_path / "personio.csv"
    export.write_text(PERSONIO_PAY, encoding="utf-8")
    team = tmp_path / "team.yaml"
    team.write_text("people:\n  - {name: Zoe Ost, title: Registered Nurse}\n", encoding="utf-8")
    result = run_cli("import", str(export), "--cost", "-o", str(team))
    assert result.code == 2 and "Traceback" not in result.stderr
    assert f"{team}: the pay in {export} is in EUR" in result.stderr and "write currency: EUR" in result.stderr
    team.write_text("currency: EUR\n" + team.read_text(encoding="utf-8"), encoding="utf-8")
    assert run_cli("import", str(export), "--cost", "-o", str(team)).code == 0
    assert "cost: 95000" in team.read_text(encoding="utf-8")


def test_pay_naming_a_currency_import_cannot_tell_is_a_problem_not_dollars(tmp_path: Path):
    """'85 000 kr', '¥9,000,000' and 'NZ$ 90,000' wrote no `currency:` (reported as the rubric's dollars), and
    'C$ 85,000' and 'A$90,000' wrote `currency: USD`: each Canadian or Australian dollar counted as a US one."""
    export = tmp_path / "people.csv"
    team = tmp_path / "team.yaml"
    for cell, code in (("C$ 85,000", "CAD"), ("A$90,000", "AUD"), ("90.000,00 Euro", "EUR"), ("NZD 90,000", "NZD")):
        export.write_text(f'Name,Job Title,Annual Salary\nAnn Lee,Registered Nurse,"{cell}"\n', encoding="utf-8")
        result = run_cli("import", str(export), "--cost", "-o", "-")
        assert result.code == 0 and f"\ncurrency: {code}\n" in result.stdout, (cell, result.stdout, result.stderr)
    for cell in ("85 000 kr", "¥9,000,000", "NZ$ 90,000"):
        export.write_text(f'Name,Job Title,Annual Salary\nAnn Lee,Registered Nurse,"{cell}"\n', encoding="utf-8")
        result = run_cli("import", str(export), "--cost", "-o", str(team))
        assert result.code == 2 and "Traceback" not in result.stderr, (cell, result.stderr)
        assert f"{export}:2: pay '{cell}'" in result.stderr and "names no currency code" in result.stderr, cell
        assert not team.exists()


def test_german_pay_says_its_period_in_german(tmp_path: Path):
    """'4.500,00 € / Monat' was 4,500 a year (the month read as the year), and '450 € pro Jahr' 936,000 (an hourly
    rate, as a number under 500 is unless the cell says it is a year's)."""
    export = tmp_path / "personio.csv"
    cells = {"4.500,00 € / Monat": 54000, "4.500,00 € mtl.": 54000, "41,50 €/Std.": 86320, "450 € pro Jahr": 450}
    for cell, annual in cells.items():
        export.write_text(f'Vorname,Nachname,Stellenbezeichnung,Gehalt\nAnna,Berg,Ärztin,"{cell}"\n', encoding="utf-8")
        result = run_cli("import", str(export), "--cost", "-o", "-")
        assert result.code == 0 and f"  cost: {annual}\n" in result.stdout, (cell, result.stdout, result.stderr)
