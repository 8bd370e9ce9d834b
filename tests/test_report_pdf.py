"""The PDF a user gets by pasting the command `report -o board.pdf` suggests: a page for a board, with nothing of
the browser's around it (the print time, the report's local path)."""

from __future__ import annotations

import html
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
PDFTOTEXT = shutil.which("pdftotext")  # poppler-utils


def _suggested_commands(tmp_path: Path, *args: str | Path) -> tuple[list[str], list[str]]:
    """The two commands a refused `-o board.pdf` tells the user to paste: teamaudit's, which writes the HTML, and
    Chromium's, which prints it."""
    refused = run_cli(*args, "-o", "board.pdf", cwd=tmp_path)
    assert refused.code == 2, refused.stderr
    found = re.search(r"board\.html: (teamaudit report .*?); then .*?, or: (chromium .*)\)$", refused.stderr.rstrip())
    assert found, refused.stderr
    return shlex.split(found.group(1)), shlex.split(found.group(2))


def test_the_suggested_pdf_command_turns_off_the_browsers_header_and_footer(tmp_path: Path):
    writing, command = _suggested_commands(tmp_path, "report", EXAMPLES / "backwards.yaml")
    assert writing == ["teamaudit", "report", str(EXAMPLES / "backwards.yaml"), "-o", "board.html"]
    sandbox = ["--no-sandbox"] if os.geteuid() == 0 else []
    assert command == [
        "chromium",
        "--headless",
        *sandbox,
        "--no-pdf-header-footer",
        "--print-to-pdf=board.pdf",
        "board.html",
    ]


BASH = shutil.which("bash")


@pytest.mark.skipif(not BASH, reason="needs bash, whose $'...' the hint writes")
def test_a_team_file_named_with_a_newline_or_esc_is_named_so_in_the_pasted_command(tmp_path: Path):
    """The hint shows a newline in a file's name as \\n: in '...' quotes, as shlex writes them, the pasted command
    named a file of a backslash and an n ('nl\\n::error::x.yaml': no such file); in bash's $'...' it is the file."""
    name = "nl\n::error::\x1b[31m it's.yaml"
    (tmp_path / name).write_text((EXAMPLES / "backwards.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    refused = run_cli("check", name, "-o", "board.pdf", cwd=tmp_path)
    assert refused.code == 2 and "\n" not in refused.stderr.rstrip("\n") and "\x1b" not in refused.stderr
    found = re.search(r"board\.html: teamaudit report (.*?) -o board\.html;", refused.stderr)
    assert found and found.group(1).startswith("$'"), refused.stderr
    pasted = subprocess.run([str(BASH), "-c", f"printf %s {found.group(1)}"], capture_output=True, check=True)
    assert pasted.stdout.decode() == name


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
def test_the_pdf_the_suggested_commands_print_shows_no_local_path(tmp_path: Path):
    """Pasted as suggested, every page of the PDF held `file:///home/.../board.html` and the time it was printed.
    Both commands are pasted as the hint gives them: as root (a container) Chromium refused to start without
    --no-sandbox, which the hint did not say; and `check -f json -o board.pdf` said to write board.html without the
    command that writes it, which keeps --redact."""
    team = tmp_path / "team.yaml"
    team.write_text((EXAMPLES / "backwards.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    writing, command = _suggested_commands(tmp_path, "check", "team.yaml", "-f", "json", "--redact")
    assert writing == ["teamaudit", "report", "team.yaml", "--redact", "-o", "board.html"]
    written = run_cli(*writing[1:], cwd=tmp_path)
    assert written.code == 1, written.stderr
    subprocess.run([str(CHROMIUM), *command[1:]], cwd=tmp_path, capture_output=True, timeout=120, check=True)
    text = subprocess.run([str(PDFTOTEXT), "board.pdf", "-"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "ML research" in text and "Person 01" in text
    assert "file://" not in text and str(tmp_path) not in text


# A seed company's team whose printed report put the heading of the second cost table at the foot of page 4 and
# its table on page 5.
SEED = """\
organization: Lumen Triage Health, Inc.
as_of: 2026-11-30
people:
  - {name: Priya Raman, title: Co-founder & CEO}
  - {name: Daniel Okafor, title: Co-founder & CTO, skills: [PyTorch, transformers]}
  - {name: Dr. Helen Mbeki-Castellanos, title: Chief Medical Officer (part-time), fte: 0.4, background: [MD]}
  - {name: Tomas Ferreira, title: Machine Learning Engineer, skills: [PyTorch, LLM fine-tuning, RLHF]}
  - {name: Grace Liu, title: Research Scientist, background: [PhD, NeurIPS papers]}
  - {name: Arjun Mehta, title: ML Engineer, skills: [JAX, distributed training]}
  - {name: Sofia Kowalczyk, title: Full-Stack Engineer, skills: [TypeScript, React, Postgres]}
  - {name: Marcus Bell, title: Integration Engineer, skills: [FHIR R4, SMART on FHIR, Epic App Orchard]}
  - {name: Noor Haddad, title: Product Designer}
  - {name: Dr. Samuel Adeyemi, title: Clinical Advisor, employment: advisor, background: [MD, hospitalist]}
  - {name: Rebecca Stone, title: Regulatory Advisor, employment: advisor, fte: 0.1, background: [Filed 510(k)s]}
  - {name: Open req - Senior ML Engineer, title: Senior ML Engineer, status: open, start: 2027-02-01}
"""


def _page_number(line: str) -> re.Match[str] | None:
    """The page's number in its bottom margin, `Page 2 of 8`: not the page's text."""
    return re.fullmatch(r"\s*Page (\d+) of (\d+)\s*", line)


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
@pytest.mark.parametrize("team", [SEED, (EXAMPLES / "backwards.yaml").read_text(encoding="utf-8")])
def test_no_printed_page_ends_with_a_heading(tmp_path: Path, team: str):
    (tmp_path / "team.yaml").write_text(team, encoding="utf-8")
    written = run_cli("report", "team.yaml", "-o", "board.html", "--client", "Board", cwd=tmp_path)
    assert written.code == 1, written.stderr
    page = (tmp_path / "board.html").read_text(encoding="utf-8")
    headings = {html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<h[2-4][^>]*>(.*?)</h", page)}
    command = [str(CHROMIUM), "--headless", "--no-pdf-header-footer", "--print-to-pdf=board.pdf", "board.html"]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")
    subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=120, check=True)
    text = subprocess.run([str(PDFTOTEXT), "board.pdf", "-"], cwd=tmp_path, capture_output=True, text=True).stdout
    pages = [
        [line.strip() for line in p.splitlines() if line.strip() and not _page_number(line)] for p in text.split("\f")
    ]
    feet = [(number, lines[-1]) for number, lines in enumerate(pages, start=1) if lines]
    assert len(feet) > 3 and not [(number, foot) for number, foot in feet if foot in headings], feet


NORTHWIND = Path(__file__).parent / "data" / "northwind-80.yaml"


def _printed(tmp_path: Path, *args: str) -> str:
    """The text of the report `report ARGS` writes, printed to PDF by Chromium, laid out as on the page."""
    written = run_cli("report", *args, "-o", "board.html", cwd=tmp_path)
    assert written.code in (0, 1), written.stderr
    command = [str(CHROMIUM), "--headless", "--no-pdf-header-footer", "--print-to-pdf=board.pdf", "board.html"]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")
    subprocess.run(command, cwd=tmp_path, capture_output=True, timeout=120, check=True)
    layout = [str(PDFTOTEXT), "-layout", "board.pdf", "-"]
    return subprocess.run(layout, cwd=tmp_path, capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
@pytest.mark.parametrize("redact", [False, True], ids=["named", "redacted"])
def test_the_composition_and_cost_tables_are_each_printed_on_one_page(tmp_path: Path, redact: bool):
    """A board reads these few rows at once. The 80-person client's printed report carried the cost table's
    compliance row and its total over to the next page, and redacted the composition table's Other row; Chromium
    repeats a table's header on each page it runs onto, so a header printed twice is a table cut in two."""
    args = [str(NORTHWIND), "--client", "Northwind board", *(["--redact"] if redact else [])]
    text = _printed(tmp_path, *args)
    assert len(re.findall(r"Layer +Current people +Current FTE", text)) == 1, text
    assert len(re.findall(r"Layer +Role +Hires +Low +High +Range", text)) == 2, text  # before and after converting


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
@pytest.mark.parametrize(("paper", "points"), [("a4", ("594.95996", "841.91998")), ("letter", ("612", "792"))])
def test_the_report_prints_on_the_paper_asked_for(tmp_path: Path, paper: str, points: tuple[str, str]):
    """The page named A4, which a print dialog cannot override: a US client's Letter printout came out as A4
    pages, shrunk or cut at the foot. `--paper letter` prints Letter pages (612 x 792 points), the composition and
    cost tables each still on one page."""
    text = _printed(tmp_path, str(NORTHWIND), "--client", "Northwind board", "--paper", paper)
    boxes = set(re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", (tmp_path / "board.pdf").read_bytes()))
    assert boxes == {tuple(x.encode() for x in points)}, boxes
    assert len(re.findall(r"Layer +Current people +Current FTE", text)) == 1, text
    assert len(re.findall(r"Layer +Role +Hires +Low +High +Range", text)) == 2, text


PAID_SEED = "\n".join(
    [
        "organization: Halcyon Clinical AI",
        "people:",
        *(
            f"  - {{name: {name}, title: {title}, cost: 150000}}"
            for name, title in [
                ("Ana", "CEO"),
                ("Bo", "CTO"),
                ("Cy", "ML Engineer"),
                ("Dee", "Research Scientist"),
                ("Ed", "ML Engineer"),
                ("Fay", "Data Scientist"),
                ("Gus", "Software Engineer"),
                ("Hal", "Full-Stack Engineer"),
                ("Ivy", "Clinical Content Lead (RN)"),
                ("Jo", "Product Designer"),
                ("Kai", "Founding Engineer"),
                ("Lou", "Operations Manager"),
            ]
        ),
        "  - {name: Open req - FHIR Integration Engineer, title: FHIR Integration Engineer, status: open}",
        "",
    ]
)


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_team_files_cost_is_printed_beside_the_composition_table(tmp_path: Path, paper: str):
    """The file's cost totals came after the three charts: a 12-person client's printout opened page 3 with
    'Annual cost in the team file: ...' alone at its head, two pages from the table whose people it totals."""
    (tmp_path / "team.yaml").write_text(PAID_SEED, encoding="utf-8")
    pages = _printed(tmp_path, "team.yaml", "--paper", paper).split("\f")
    table = [n for n, page in enumerate(pages) if re.search(r"Layer +Current people +Current FTE", page)]
    cost = [n for n, page in enumerate(pages) if "Annual cost in the team file" in page]
    assert len(table) == 1 and cost == table, (table, cost)


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_printed_page_is_numbered(tmp_path: Path, paper: str):
    """The suggested command turns the browser's header and footer off (they showed the local path and the print
    time), which took the page numbers with them: a 16-page report for a 200-person client had none, and a board
    could not say 'page 9'. Each page now says `Page n of N` in its bottom margin."""
    (tmp_path / "team.yaml").write_text(PAID_SEED, encoding="utf-8")
    pages = [p for p in _printed(tmp_path, "team.yaml", "--paper", paper).split("\f") if p.strip()]
    numbers = [[m.groups() for line in p.splitlines() if (m := _page_number(line))] for p in pages]
    assert len(pages) > 3 and numbers == [[(str(n), str(len(pages)))] for n in range(1, len(pages) + 1)], numbers


BOARD_PACK = (
    "Northwind Clinical Intelligence, Inc.: team composition audit for the board of directors, fourth quarter 2026, "
    "draft for discussion"
)


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
def test_the_cost_line_is_printed_with_its_table_under_a_long_title(tmp_path: Path):
    """Titled as a board pack, a title of three lines, the 80-person client's A4 printout ended page 1 with the
    composition table and opened page 2 with 'Annual cost in the team file: current $12,900,000 ...', the totals a
    page from the rows they total. The line now keeps to its table's page, the table moving over with it."""
    printed = _printed(tmp_path, str(NORTHWIND), "--client", "Northwind board", "--title", BOARD_PACK)
    pages = printed.split("\f")
    table = [n for n, page in enumerate(pages) if re.search(r"Layer +Current people +Current FTE", page)]
    cost = [n for n, page in enumerate(pages) if "Annual cost in the team file" in page]
    assert len(table) == 1 and cost == table, (table, cost)


@pytest.mark.skipif(not (CHROMIUM and PDFTOTEXT), reason="needs Chromium and pdftotext (poppler-utils)")
def test_the_salary_ranges_source_is_printed_under_its_table(tmp_path: Path):
    """On Letter the 80-person client's page 6 held nothing but 'Annual base salary, 2026 US ranges from Axe
    Recruiting's ... No published range for: clinical.', the source of the cost tables a page before it, and the
    people began on page 7. The last cost table and its source now print on one page."""
    pages = _printed(tmp_path, str(NORTHWIND), "--client", "Northwind board", "--paper", "letter").split("\f")
    source = [n for n, page in enumerate(pages) if "Annual base salary" in page or "No published range for" in page]
    tables = [n for n, page in enumerate(pages) if re.search(r"Layer +Role +Hires +Low +High +Range", page)]
    assert len(set(source)) == 1 and source[0] == tables[-1], (source, tables)
