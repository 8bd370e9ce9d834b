"""`teamaudit import --cost` on pay written the way Europe, Switzerland and India write it: 85.000,00 was read as
85, then taken for an hourly rate (176,800 a year), and 85 000,00 as 8,500,000. A cell that settles its own dots and
commas is read as written; 85.000 alone is read as the column's other cells write numbers, or refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from conftest import run_cli
from teamaudit.importer.grouping import Ungrouped, find_number


def export(tmp_path: Path, cells: list[str], name: str = "pay.csv") -> Path:
    path = tmp_path / name
    rows = "".join(f'Person {n},RN,"{cell}"\n' for n, cell in enumerate(cells, 1))
    path.write_text("Name,Job Title,Annual Salary\n" + rows, encoding="utf-8")
    return path


def costs(stdout: str) -> list[int | None]:
    return [person.get("cost") for person in yaml.safe_load(stdout)["people"]]


def errors(stderr: str) -> list[str]:
    return [line.removeprefix("teamaudit: error: ") for line in stderr.splitlines()]


@pytest.mark.parametrize(
    ("cell", "cost"),
    [
        ("85.000,00", 85_000),  # was 176,800: 85, hourly
        ("1.234.567,50", 1_234_568),  # was 2,567: 1.234, hourly
        ("85 000,00", 85_000),  # was 8,500,000
        ("85\u00a0000,00 €", 85_000),  # a no-break space, as French exports write it: was 176,800
        ("85'000.00", 85_000),  # Swiss: was 176,800
        ("CHF 85\u2019000", 85_000),  # was 176,800
        ("EUR 1.234.567", 1_234_567),  # was 2,567
        ("12,34,567.00", 1_234_567),  # Indian grouping: was 1,234,567 already
        ("41,50/hour", 86_320),  # was 8,632,000: 4,150 an hour
        ("3.500,00 monthly", 42_000),  # was 7,280: 3.5 an hour
        ("$165,000.00 Annual", 165_000),
        ("142,000", 142_000),
    ],
)
def test_a_cell_that_settles_its_marks_is_read_as_written(tmp_path, cell, cost):
    result = run_cli("import", export(tmp_path, [cell]), "--cost")
    assert result.code == 0, result.stderr
    assert costs(result.stdout) == [cost]


def test_a_dot_before_three_digits_is_read_as_the_column_writes_decimals(tmp_path):
    """One cell written with a decimal comma settles the column's 92.500 and € 78.000 as thousands, and its 41,500 as
    41.5; the stderr says which cell settled it. They were 192,400, 162,240 and 86,320,000."""
    path = export(tmp_path, ["85.000,00", "92.500", "€ 78.000", "41,50/hour", "1.234", "41,500/hour"])
    result = run_cli("import", path, "--cost")
    assert result.code == 0, result.stderr
    assert costs(result.stdout) == [85_000, 92_500, 78_000, 86_320, 1_234, 86_320]
    note = (
        f"teamaudit: {path}: pay column 'Annual Salary' writes a decimal comma, as line 2 '85.000,00' shows: read 4 "
        "values by it, '92.500' (line 3) as 92,500 and 3 more"
    )
    assert note in result.stderr.splitlines()


def test_in_a_column_with_a_decimal_point_the_dot_marks_decimals(tmp_path):
    """A US export whose rates carry three decimals: 41.125 is 41.125 an hour, beside 120,000.00 a year."""
    path = export(tmp_path, ["$120,000.00", "41.125", "85,000"])
    result = run_cli("import", path, "--cost")
    assert result.code == 0, result.stderr
    assert costs(result.stdout) == [120_000, 85_540, 85_000]
    assert "writes a decimal point, as line 2 '$120,000.00' shows: read 1 value by it, '41.125' (line 3) as 41.125" in (
        result.stderr
    )


def test_a_dot_before_three_digits_nothing_settles_is_refused(tmp_path):
    """85.000 and € 92.500 alone were read as 85 and 92.5 an hour, 176,800 and 192,400 a year, exit 0."""
    path = export(tmp_path, ["85.000", "€ 92.500", "75000"])
    result = run_cli("import", path, "--cost")
    assert result.code == 2 and result.stdout == "", result.stderr
    why = "no other cell of the column shows whether a dot groups thousands"
    settles = "one cell of the column written with decimals, such as 85.000,00, settles them all"
    assert errors(result.stderr) == [
        f"{path}:2: pay '85.000' (column 'Annual Salary') could be 85 or 85,000: {why} (write 85000 or 85; {settles})",
        f"{path}:3: pay '€ 92.500' (column 'Annual Salary') could be 92.5 or 92,500: {why} (write 92500 or 92.5; "
        f"{settles})",
    ]


def test_a_column_written_both_ways_settles_nothing(tmp_path):
    """An export merged from two countries' payrolls: each cell that settles itself is read, but 92.500 and 7,500
    could be either, and the column says both."""
    path = export(tmp_path, ["85.000,00", "$120,000.50", "92.500", "7,500 monthly"])
    result = run_cli("import", path, "--cost")
    assert result.code == 2 and result.stdout == "", result.stderr
    both = (
        "and the column writes both ways: line 2 '85.000,00' with a decimal comma, line 3 '$120,000.50' with a "
        "decimal point"
    )
    assert errors(result.stderr) == [
        f"{path}:4: pay '92.500' (column 'Annual Salary') could be 92.5 or 92,500, {both} (write 92500 or 92.5)",
        f"{path}:5: pay '7,500 monthly' (column 'Annual Salary') could be 7.5 or 7,500, {both} (write 7500 or 7.5)",
    ]


@pytest.mark.parametrize("cell", ["1.23.4", "85 00", "1.234,56,7", "1 234.567,50"])
def test_digits_grouped_no_known_way_are_refused(tmp_path, cell):
    """1.23.4 was 1.23 an hour, 2,558 a year; 85 00 was 8,500."""
    path = export(tmp_path, ["90000", cell])
    result = run_cli("import", path, "--cost")
    assert result.code == 2 and result.stdout == "", result.stderr
    hint = "(write the pay in plain digits, e.g. 85000, 41.50/hour or 7000 monthly, or leave the cell empty)"
    assert errors(result.stderr) == [
        f"{path}:3: pay '{cell}' (column 'Annual Salary') groups its digits in no way import reads {hint}"
    ]


def test_a_us_export_without_decimals_reads_as_before(tmp_path):
    result = run_cli("import", export(tmp_path, ["85,000", "142,000", "7,500 monthly", "41.50/hr"]), "--cost")
    assert result.code == 0, result.stderr
    assert costs(result.stdout) == [85_000, 142_000, 90_000, 86_320]
    assert "pay column" not in result.stderr


def xlsx(tmp_path: Path, cells: list[object]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Job Title", "Annual Salary"])
    for n, cell in enumerate(cells, 1):
        sheet.append([f"Person {n}", "RN", cell])
    path = tmp_path / "pay.xlsx"
    book.save(path)
    return path


def test_an_xlsx_number_is_the_number_it_is_and_its_text_cells_follow_their_column(tmp_path):
    """The number cells 85000 and 41.125 (an hourly rate) are read as they are; the text cells typed in beside them,
    85.000,00 and 92.500, were 176,800 and 192,400 a year."""
    pytest.importorskip("openpyxl")
    result = run_cli("import", xlsx(tmp_path, [85000, 41.125, "85.000,00", "92.500"]), "--cost")
    assert result.code == 0, result.stderr
    assert costs(result.stdout) == [85_000, 85_540, 85_000, 92_500]


def test_an_xlsx_number_settles_nothing_for_the_text_cells_beside_it(tmp_path):
    """41.5 is a number, not a cell written with a decimal point: the text 85.000 beside it is still undecided."""
    pytest.importorskip("openpyxl")
    path = xlsx(tmp_path, [41.5, "85.000"])
    result = run_cli("import", path, "--cost")
    assert result.code == 2, result.stderr
    assert f"{path}:3: pay '85.000' (column 'Annual Salary') could be 85 or 85,000" in result.stderr


def _indian(whole: int) -> str:
    digits = str(whole)
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        head, groups = head[:-2], [head[-2:], *groups]
    return ",".join([g for g in [head, *groups] if g] + [tail])


CONVENTIONS = {
    "US": lambda whole, cents: f"{whole:,}.{cents:02d}",
    "German": lambda whole, cents: f"{whole:,}".replace(",", ".") + f",{cents:02d}",
    "French": lambda whole, cents: f"{whole:,}".replace(",", "\u202f") + f",{cents:02d}",
    "Swiss": lambda whole, cents: f"{whole:,}".replace(",", "'") + f".{cents:02d}",
    "Indian": lambda whole, cents: f"{_indian(whole)}.{cents:02d}",
}


@given(
    st.integers(min_value=0, max_value=10**11),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(sorted(CONVENTIONS)),
)
def test_an_amount_with_cents_reads_back_in_every_convention(whole, cents, convention):
    written = CONVENTIONS[convention](whole, cents)
    number = find_number(f"€ {written} Annual")
    assert number is not None and number.undecided is None, written
    assert round(number.value * 100) == whole * 100 + cents, written


@given(st.text(alphabet="0123456789.,' \u00a0e-+x", max_size=30))
def test_any_text_is_a_number_none_or_ungrouped(text):
    try:
        number = find_number(text)
    except Ungrouped:
        return
    assert number is None or number.value >= 0
