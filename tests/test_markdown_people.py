"""Markdown's People by layer: what the HTML report lists, in a pull-request comment (a newcomer's trial found the
HTML had the section and markdown did not), with the same names under --redact and nothing a name can inject."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

HOSTILE = """people:
  - name: "| x | **y** <b>"
    title: "Nurse <script>alert(1)</script> `code` [link](http://e.com) @team"
    background: ["RN; 6 years ICU | **bold** <i>"]
  - {name: Hannah Lee, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth]}
  - {name: Maya Patel, title: Regulatory Affairs Specialist, background: [filed two 510(k)s]}
  - {name: Omar Haddad, title: ML Engineer, team: Hannah Lee's team}
  - {name: "- Open req", title: Clinical Informaticist, status: open}
  - {name: Ravi, title: CTO}
"""


def _markdown_people(text: str) -> list[tuple[str, list[str]]]:
    """Each heading of the section, and each row's cells as a reader sees them (escapes undone)."""
    section = text.split("### People by layer\n", 1)[1].split("\n</details>\n", 1)[0]
    out: list[tuple[str, list[str]]] = []
    for line in section.splitlines():
        if line.startswith("#### "):
            out.append((_seen(line[5:]), []))
        elif line.startswith("| ") and not line.startswith(("| name |", "| line |")):
            cells = re.split(r"(?<!\\)\|", line)[1:-1]
            out[-1][1].append([_seen(cell.strip()) for cell in cells])
    return out


def _seen(markdown: str) -> str:
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown)).replace("\u200b", "")


def _html_people(page: str) -> list[tuple[str, list[str]]]:
    section = re.search(r'<section id="people">.*?</section>', page, re.S)
    assert section
    out: list[tuple[str, list[str]]] = []
    for heading, rows in re.findall(r"<h3>(.*?)</h3>(.*?)</table>", section.group(), re.S):
        people = [
            [html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", rows)
            if "<td" in row
        ]
        out.append((html.unescape(re.sub(r"<[^>]+>", "", heading)), people))
    return out


@pytest.mark.parametrize("redact", [[], ["--redact"]])
@pytest.mark.parametrize("team", [*sorted(p.stem for p in EXAMPLES.glob("*.yaml")), "hostile"])
def test_markdown_lists_the_people_by_layer_the_html_report_does(tmp_path: Path, team: str, redact: list[str]):
    source = EXAMPLES / f"{team}.yaml"
    if team == "hostile":
        source = tmp_path / "team.yaml"
        source.write_text(HOSTILE, encoding="utf-8")
    markdown = run_cli("check", source, "--format", "markdown", *redact).stdout
    page = tmp_path / "report.html"
    assert run_cli("report", source, "-o", page, *redact).code in (0, 1)
    listed = _markdown_people(markdown)
    assert listed == _html_people(page.read_text(encoding="utf-8"))
    everyone = json.loads(run_cli("check", source, "--format", "json").stdout)["people"]
    assert sum(len(rows) for _, rows in listed) == len(everyone)
    if redact:
        names = [row[0] for _, rows in listed for row in rows]
        assert all(re.fullmatch(r"Person \d\d", name) for name in names), names
        assert "Hannah" not in markdown and "| x |" not in markdown.replace("\\|", "")


def test_a_name_cannot_break_the_table_or_inject_markup(tmp_path: Path):
    source = tmp_path / "team.yaml"
    source.write_text(HOSTILE, encoding="utf-8")
    text = run_cli("check", source, "--format", "markdown").stdout
    section = text.split("### People by layer\n", 1)[1]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    assert rows and all(len(re.findall(r"(?<!\\)\|", row)) == 7 for row in rows), rows
    assert not re.search(r"<(?!/?details|/?summary)", section), section  # no raw tag but the fold's own
    assert "**y**" not in section and "**bold**" not in section and not re.search(r"(?<!\\)\[link", section)
    assert not any(line.startswith(("- ", "-Open")) for line in section.splitlines())


def test_a_large_layer_lists_fifty_people_and_counts_the_rest(tmp_path: Path):
    """A job summary holds 1 MiB on GitHub: a 10,000-person export would not fit. --details lists everyone."""
    source = tmp_path / "team.yaml"
    source.write_text(
        "people:\n" + "".join(f"  - {{name: Eng {i:03d}, title: ML Engineer}}\n" for i in range(60)), encoding="utf-8"
    )
    short = _markdown_people(run_cli("check", source, "--format", "markdown").stdout)
    assert [(heading, len(rows)) for heading, rows in short] == [("ML research: 60 people", 50)]
    assert "... and 10 more ML research people; --details" in run_cli("check", source, "-f", "markdown").stdout
    full = _markdown_people(run_cli("check", source, "--format", "markdown", "--details").stdout)
    assert [(heading, len(rows)) for heading, rows in full] == [("ML research: 60 people", 60)]


@pytest.mark.parametrize("team", sorted(p.stem for p in EXAMPLES.glob("*.yaml")))
def test_details_list_each_person_once_with_their_line(team: str):
    """`--format markdown --details` listed everyone twice: in People by layer and again in a file-order table.
    The one list now serves both: every person once, under their layer, with their line and the layer's evidence."""
    source = EXAMPLES / f"{team}.yaml"
    markdown = run_cli("check", source, "--format", "markdown", "--details").stdout
    everyone = json.loads(run_cli("check", source, "--format", "json").stdout)["people"]
    rows = [row for _, rows in _markdown_people(markdown) for row in rows]
    assert sorted((int(row[0]), row[1]) for row in rows) == sorted((p["line"], p["name"]) for p in everyone)
    for person in everyone:  # a name in a table row once: nowhere else in a row of its own
        assert sum(line.startswith(f"| {person['line']} | ") for line in markdown.splitlines()) == 1
    assert "<summary>People (" not in markdown
    page = run_cli("check", source, "--format", "html").stdout
    assert [(h, [row[1:7] for row in rows]) for h, rows in _markdown_people(markdown)] == _html_people(page)


ONE_LINE_MANY_SIGNALS = """people:
  - {name: Dr. Hamid Karimi, title: Medical Director (part-time), fte: 0.4, background: [practicing hospitalist]}
  - {name: Omar Haddad, title: Product Manager, background: ["former ICU nurse (RN, BSN), 6 years at Mass General"]}
  - {name: Ivan Petrenko, title: Integration Engineer, skills: [HL7 v2, Mirth Connect]}
"""


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_line_several_signals_match_is_quoted_once(tmp_path: Path, fmt: str) -> None:
    """An 80-person client's report quoted 'practicing hospitalist' twice in one cell and a CMO's background line
    three times ('background mention clinical practice: ...; background mention names a clinical profession: ...'),
    which made the people pages half as long again; each line is now quoted once, after every signal it matched."""
    (tmp_path / "team.yaml").write_text(ONE_LINE_MANY_SIGNALS, encoding="utf-8")
    result = run_cli("check", "team.yaml", "-f", fmt, cwd=tmp_path)
    assert result.code in (0, 1), result.stderr
    text = html.unescape(re.sub(r"<[^>]+>", "", result.stdout)) if fmt == "html" else result.stdout
    for line in ("practicing hospitalist", "former ICU nurse (RN, BSN), 6 years at Mass General"):
        assert text.count(f"'{line}'") == 1, text
    assert "background mention clinical practice, names a clinical profession: 'practicing hospitalist'" in text
    assert "background mention clinical practice, worked as a clinician: 'former ICU nurse" in text
