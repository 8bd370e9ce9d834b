"""The client report a consultant hands over unedited (issue 16 point 7): what a reader sees in the HTML.

Each test runs `teamaudit report` in-process on a real file and reads the page the way a person does: its
visible text, not its markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from teamaudit.cli import app

EXAMPLE_NAMES = sorted(p.stem for p in EXAMPLES.glob("*.yaml"))


def report(tmp_path: Path, team: Path | str, *options: str | Path) -> str:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(team), "-o", str(out), *map(str, options)])
    assert result.exit_code in (0, 1), result.output
    return out.read_text(encoding="utf-8")


class _Visible(HTMLParser):
    """The text a reader sees, per element id it sits in; <style> and <title> are not on the page."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title"):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def section(html: str, name: str) -> str:
    found = re.search(rf'<section[^>]*id="{name}".*?</section>', html, re.S)
    assert found, name
    return found.group()


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    pages = {}
    for name in EXAMPLE_NAMES:
        folder = tmp_path_factory.mktemp(name)
        pages[name] = report(folder, EXAMPLES / f"{name}.yaml")
    return pages


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_no_markdown_syntax_reaches_the_page(examples: dict[str, str], example: str) -> None:
    """Rule docs and rubric texts name config keys in `backticks`; the page shows them as code, not as ticks."""
    text = visible(examples[example])
    assert "`" not in text and "**" not in text
    assert "<code>thresholds.<wbr>ml_<wbr>ratio</code>" in examples[example]  # it may break after . and _


@pytest.mark.parametrize("example", EXAMPLE_NAMES)
def test_layers_have_prose_names(examples: dict[str, str], example: str) -> None:
    text = visible(examples[example])
    assert re.findall(r"\bml_research\b", text) == []
    composition = visible(section(examples[example], "composition"))
    assert "ML research" in composition and "Clinical" in composition


TEAM_WITH_A_LONG_QUOTE = """organization: Northwind Health AI
people:
  - name: Ana Ruiz
    title: Nurse Informaticist
    background:
      - "RN, 8 years ICU nurse at a level-one trauma centre before moving into clinical informatics and Epic"
  - {name: Bo Lind, title: HL7 Interface Engineer}
  - {name: Cy Park, title: Regulatory Affairs Specialist}
  - {name: Di Wu, title: Research Scientist}
"""


def test_evidence_is_cut_at_a_word_and_kept_whole(tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(TEAM_WITH_A_LONG_QUOTE, encoding="utf-8")
    html = report(tmp_path, team)
    people = visible(section(html, "people"))
    cuts = re.findall(r"'([^']*)…'", people)
    assert cuts, people
    line = "RN, 8 years ICU nurse at a level-one trauma centre before moving into clinical informatics and Epic"
    for cut in cuts:
        assert line.startswith(cut) and line[len(cut)] == " ", cut  # the cut ends where a word ends
    assert f'title="{line}"' in html  # the whole line is there, on hover


def test_counts_are_singular_for_one(tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - {name: A, title: Registered Nurse}\n  - {name: B, title: Regulatory Affairs Specialist}\n"
        "  - {name: C, title: Research Scientist}\n",
        encoding="utf-8",
    )
    cover = visible(section(report(tmp_path, team), "cover"))
    assert "1 error," in cover, cover  # no integration layer
    assert "(s)" not in cover


def test_a_gap_with_no_published_salary_range_is_not_priced_at_zero(tmp_path: Path) -> None:
    """The thinnest layer is clinical, for which the rubric cites no salary: the summary read "$0-$0 a year for
    the priced hires" and the cost table had a $0 total."""
    team = tmp_path / "team.yaml"
    people = [("Registered Nurse", 0.5)] * 2 + [("Interface Analyst", 1.0), ("Regulatory Affairs Specialist", 1.0)] * 2
    people += [("Research Scientist", 1.0)] * 6
    rows = "".join(f"  - {{name: P{i}, title: {title}, fte: {fte}}}\n" for i, (title, fte) in enumerate(people))
    team.write_text("people:\n" + rows, encoding="utf-8")
    html = report(tmp_path, team)
    summary = visible(section(html, "summary"))
    assert "$0" not in html and 'id="cost-total"' not in html
    assert "Closing the whole gap: 1 person across 1 layer" in summary, summary
    assert ", no published salary range for clinical" in summary, summary
    assert "clinical layer: the 1 person the gap takes. No published salary range for this role." in summary


def test_the_gap_total_says_in_its_headline_which_layer_it_leaves_out(examples: dict[str, str], tmp_path: Path) -> None:
    """backwards.yaml: the 8.5 FTE gap is 9 whole hires, 4 integration and 2 compliance, priced, and 3 clinical,
    which has no published range. The headline gave one figure "for the priced hires"; a reader took it for the
    whole gap."""
    summary = visible(section(examples["backwards"], "summary"))
    assert (
        "Closing the whole gap: 9 people across 3 layers (full-time hires for 8.5 FTE); $1,030,000–$1,570,000 a year "
        "for 6 of the 9 people; clinical (3 people) has no published range."
    ) in summary, summary
    total = re.search(r'<tr class="total" id="cost-total".*?</tr>', examples["backwards"])
    assert total is not None
    cells = " ".join(visible(total.group(0)).split())
    assert cells == "Total, priced hires (not clinical) 6 of 9 $1,030,000 $1,570,000"


def test_the_gap_says_what_converting_the_open_ml_requisitions_leaves(examples: dict[str, str]) -> None:
    """backwards.yaml: converting the 2 open ML requisitions to integration takes 2.0 FTE off ML research as well
    as adding it to integration: 8.0 vs 3.5 FTE, 4.5 FTE to add, not 8.5 - 2.0. The cover gave 8.5 FTE alone."""
    summary = visible(section(examples["backwards"], "summary"))
    assert (
        "If the 2 open ML requisitions are converted instead (the budget is already approved): 5 people across 3 "
        "layers; $490,000–$745,000 a year for 3 of the 5 people; clinical (2 people) has no published range."
    ) in summary, summary
    total = re.search(r'<tr class="total" id="cost-total-converted".*?</tr>', examples["backwards"])
    assert total is not None
    cells = " ".join(visible(total.group(0)).split())
    assert cells == "Total, priced hires (not clinical) 3 of 5 $490,000 $745,000"  # 0.7 integration, 1.6 compliance


def test_a_gap_priced_in_full_gives_one_figure(tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"  # TA003 on compliance alone: one priced hire
    team.write_text(
        "people:\n  - {name: A, title: Registered Nurse}\n  - {name: B, title: Registered Nurse}\n"
        "  - {name: C, title: Interface Analyst}\n  - {name: D, title: Interface Analyst}\n"
        "  - {name: E, title: Regulatory Affairs Specialist}\n",
        encoding="utf-8",
    )
    summary = visible(section(report(tmp_path, team), "summary"))
    assert "Closing the whole gap: 1 person across 1 layer, $155,000–$235,000 a year." in summary, summary


def test_the_organization_is_named_once_in_the_header(examples: dict[str, str], tmp_path: Path) -> None:
    assert visible(section(examples["backwards"], "cover")).count("Acme Clinical AI") == 1
    titled = visible(section(report(tmp_path, EXAMPLES / "backwards.yaml", "--title", "Q4 board pack"), "cover"))
    assert titled.count("Acme Clinical AI") == 1 and "Q4 board pack" in titled


def test_no_logo_box_without_a_logo(tmp_path: Path) -> None:
    # An empty or mislabelled logo file is refused: tests/hostile/cases/report.yaml.
    assert "<img" not in report(tmp_path, EXAMPLES / "balanced.yaml")


def test_a_real_logo_is_shown(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes((ROOT / "docs" / "report.png").read_bytes())
    assert '<img class="logo" alt="logo" src="data:image/png;base64,iVBOR' in report(
        tmp_path, EXAMPLES / "balanced.yaml", "--logo", logo
    )


def test_executive_summary_comes_first_with_each_view_and_the_first_hire(examples: dict[str, str]) -> None:
    html = examples["backwards"]
    assert html.index('id="summary"') < html.index('id="composition"')
    summary = visible(section(html, "summary"))
    assert "Current staff fails" in summary and "The plan fails" in summary
    assert "no integration layer" in summary
    assert "Hire first: EHR integration engineer" in summary
    assert "$180,000–$275,000 a year per FTE" in summary and "Axe Recruiting" in summary  # range and source
    assert "$1,030,000–$1,570,000" in summary  # the whole gap, priced: 4 integration hires and 2 compliance


def test_executive_summary_when_the_plan_fixes_today(examples: dict[str, str]) -> None:
    summary = visible(section(examples["plan-fixes"], "summary"))
    assert "Current staff fails" in summary and "The plan passes" in summary
    assert "ML research 5.0 FTE outnumbers the three layers, 3.0 FTE" in summary


def test_executive_summary_when_nothing_is_needed(examples: dict[str, str]) -> None:
    summary = visible(section(examples["balanced"], "summary"))
    assert "passes" in summary and "Hire first" not in summary


def test_a_physician_founder_is_not_shown_as_lacking_evidence(tmp_path: Path) -> None:
    """Founders are `other` whatever their degrees; "none found" under hands-on evidence read as a missing
    credential on a board page. The other group has no layer to prove."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n"
        "  - {name: Maya Ortiz, title: Founder & CEO, background: ['MD, former hospitalist 6 yrs']}\n"
        "  - {name: Kelly Nguyen, title: Clinical Informatics RN}\n",
        encoding="utf-8",
    )
    people = visible(section(report(tmp_path, team), "people"))
    assert "Maya Ortiz Founder & CEO current 1.0 0.90 — (no layer to prove)" in people, people


def test_a_chart_read_aloud_gives_each_layers_figure(examples: dict[str, str]) -> None:
    """A screen reader heard 'plan view: FTE per layer' and nothing of the bars the chart draws."""
    labels = re.findall(r'<svg class="chart" role="img" aria-label="([^"]*)"', examples["backwards"])
    assert labels[1] == (
        "plan view, FTE per layer: Clinical 0.5, Integration 0.0, Compliance 1.0, ML research 10.0, Other 2.0; "
        "ML-to-layers ratio 6.67 (threshold 1.00)"
    )
    assert "ML research 8.0 now, 10.0 planned" in labels[2]


@pytest.mark.parametrize("example", ["plan-fixes", "backwards", "messy-40"])
def test_every_chart_of_a_report_draws_one_scale(examples: dict[str, str], example: str) -> None:
    """Each chart was scaled to its own longest bar: in plan-fixes, current staff's 5.0 FTE of ML research was
    drawn 425 px long and the plan's 5.0 FTE 266 px, so a board comparing the two saw ML research shrink."""
    bars = re.findall(
        r'<g class="bar" data-key="(\w+)"(?: data-series="(\w+)")? data-value="([^"]+)">.*?<rect [^>]*width="([^"]+)"',
        examples[example],
    )
    drawn = [(float(value), float(width)) for _, _, value, width in bars if float(value) > 0]
    assert len(drawn) >= 15
    longest = max(drawn)
    k = longest[1] / longest[0]  # pixels per FTE, read where rounding to 0.1 px matters least
    assert all(abs(width - value * k) <= 0.1 for value, width in drawn), sorted({round(w / v, 1) for v, w in drawn})


def test_report_details_lists_every_unclear_person_as_check_html_does(tmp_path: Path) -> None:
    """`report --details` was refused ('No such option: --details (Possible options: --title)'), so a client's
    report of a team with 12 unclear people named 10 of them, while `check -f html --details` named all 12."""
    team = tmp_path / "team.yaml"
    hosts = "".join(f"  - {{name: Host {i:02d}, title: Karaoke Host}}\n" for i in range(12))
    team.write_text(f"people:\n{hosts}  - {{name: Ro Sen, title: Research Scientist}}\n", encoding="utf-8")
    assert 'id="findings-left-out"' in report(tmp_path, team)
    page = report(tmp_path, team, "--details")
    assert 'id="findings-left-out"' not in page
    assert all(f"Host {i:02d} (Karaoke Host) is other" in page for i in range(12))


def test_a_redacted_report_says_on_its_cover_why_people_are_numbered(tmp_path: Path) -> None:
    """A board reading a --redact report met 'Person 01' with no word of why, nor of what else was left out."""
    cover = re.compile(r'<section id="cover">.*?</section>', re.S)
    redacted = cover.search(report(tmp_path, EXAMPLES / "backwards.yaml", "--redact"))
    assert redacted and "Names and personal details removed: people appear as Person 01" in redacted.group()
    plain = cover.search(report(tmp_path, EXAMPLES / "backwards.yaml"))
    assert plain and "Person 01" not in plain.group() and "removed" not in plain.group()


def test_the_methodology_says_whose_accuracy_is_measured(tmp_path: Path, examples: dict[str, str]) -> None:
    """A consultant's trial: a report made with a client's own rubric cited the packaged rubric's measurement, as
    if it were the rubric the report used."""
    packaged = visible(section(examples["balanced"], "methodology"))
    assert "default rubric is measured" in packaged and "not the packaged one" not in packaged
    own = visible(
        section(
            report(tmp_path, EXAMPLES / "balanced.yaml", "--rubric", ROOT / "examples/rubrics/payer-ai.yaml"),
            "methodology",
        )
    )
    assert "This report's rubric, payer-ai 2026.11, is not the packaged one" in own
    assert "teamaudit has not measured how often it places people rightly" in own
