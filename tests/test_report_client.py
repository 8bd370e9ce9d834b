"""The client report a consultant hands over unedited (issue 16 point 7): what a reader sees in the HTML.

Each test runs `teamaudit report` in-process on a real file and reads the page the way a person does: its
visible text, not its markup."""

from __future__ import annotations

import itertools
import math
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


def test_a_real_logo_is_shown_saying_whose_it_is(tmp_path: Path) -> None:
    """The logo's text was 'logo', which a screen reader says of any picture: it names the organization now, escaped
    as every text of the page is, and a file that names none gets 'Logo'."""
    logo = tmp_path / "logo.png"
    logo.write_bytes((ROOT / "docs" / "report.png").read_bytes())
    assert '<img class="logo" alt="Northwind Health AI logo" src="data:image/png;base64,iVBOR' in report(
        tmp_path, EXAMPLES / "balanced.yaml", "--logo", logo
    )
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(
        'organization: "Acme \\" onload=\\"x <b>&\\e[31m\\n::error::co"\n'
        "people:\n  - {name: Ann Lee, title: Registered Nurse}\n",
        encoding="utf-8",
    )
    page = report(tmp_path, hostile, "--logo", logo)
    assert '<img class="logo" alt="Acme &quot; onload=&quot;x &lt;b&gt;&amp;\\x1b[31m ::error::co logo" src=' in page
    unnamed = tmp_path / "unnamed.yaml"
    unnamed.write_text("people:\n  - {name: Ann Lee, title: Registered Nurse}\n", encoding="utf-8")
    assert '<img class="logo" alt="Logo" src=' in report(tmp_path, unnamed, "--logo", logo)


def test_executive_summary_comes_first_with_each_view_and_the_first_hire(examples: dict[str, str]) -> None:
    html = examples["backwards"]
    assert html.index('id="summary"') < html.index('id="composition"')
    summary = visible(section(html, "summary"))
    assert "Current staff is over-indexed" in summary and "The plan is over-indexed" in summary
    assert "no integration layer" in summary
    # recommendation 1 converts the 2 open ML requisitions to integration; clinical is then the thinnest layer
    assert "First: convert the 2 open ML requisitions to integration (recommendation 1;" in summary
    assert "Then hire first: Clinical informaticist" in summary and "for the clinical layer (2 people)" in summary
    assert "Axe Recruiting" in summary  # the source of the ranges the gap is priced from
    assert "$1,030,000–$1,570,000" in summary  # the whole gap, priced: 4 integration hires and 2 compliance


def test_executive_summary_when_the_plan_fixes_today(examples: dict[str, str]) -> None:
    summary = visible(section(examples["plan-fixes"], "summary"))
    assert "Current staff is over-indexed" in summary and "The plan is not over-indexed" in summary
    assert "ML research 5.0 FTE outnumbers the three layers, 3.0 FTE" in summary


def test_executive_summary_when_nothing_is_needed(examples: dict[str, str]) -> None:
    summary = visible(section(examples["balanced"], "summary"))
    assert "is not over-indexed" in summary and "Hire first" not in summary


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


# Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color vision deficiency",
# severity 1.0, on linear sRGB: how a reader without one kind of cone sees a colour.
_DEFICIENCIES = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.01182, 0.04294, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.3039)),
}


def _linear(color: str) -> tuple[float, ...]:
    channels = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return tuple(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)


def _lab(rgb: tuple[float, ...]) -> tuple[float, float, float]:
    """CIELAB (D65) of a linear sRGB colour."""
    r, g, b = (min(max(c, 0.0), 1.0) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _seen(color: str, vision: str) -> tuple[float, float, float]:
    rgb = _linear(color)
    if vision in _DEFICIENCIES:
        rgb = tuple(sum(m * c for m, c in zip(row, rgb, strict=True)) for row in _DEFICIENCIES[vision])
    lightness, a, b = _lab(rgb)
    return (lightness, 0.0, 0.0) if vision == "greyscale" else (lightness, a, b)


@pytest.mark.parametrize("vision", ["greyscale", *_DEFICIENCIES])
def test_the_layers_colours_stay_apart_printed_in_grey_and_for_colour_blind_readers(
    examples: dict[str, str], vision: str
) -> None:
    """The clinical, integration and ML research bars were one grey on a black-and-white printer (CIELAB lightness
    59, 57 and 61): the chart's bars are told apart by colour across the page (the composition table's swatches,
    each layer's heading), so each pair of layers must differ by a colour difference (CIE76) a reader sees at a
    glance, 10 or more, in lightness alone when printed in grey."""
    drawn = r'<g class="bar" data-key="(\w+)" data-value="[^"]*">.*?fill="(#[0-9a-f]{6})"'
    bars = re.findall(drawn, examples["messy-40"])
    colours = {key: colour for key, colour in bars if key not in ("ml", "layers")}
    assert len(colours) == 5, colours
    seen = {key: _seen(colour, vision) for key, colour in colours.items()}
    close = [
        (a, b, round(math.dist(seen[a], seen[b]), 1))
        for a, b in itertools.combinations(sorted(seen), 2)
        if math.dist(seen[a], seen[b]) < 10
    ]
    assert close == [], close


def _edge(rect: str) -> str:
    """The colour a bar's edge is drawn in on white paper: its stroke, else its fill seen through its opacity."""
    attributes = dict(re.findall(r'([\w-]+)="([^"]*)"', rect))
    if "stroke" in attributes:
        return attributes["stroke"]
    opacity = float(attributes.get("fill-opacity", "1"))
    channels = (int(attributes["fill"][i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(opacity * c + (1 - opacity) * 255):02x}" for c in channels)


def test_every_bar_stands_out_from_the_white_page(examples: dict[str, str]) -> None:
    """The before-and-after chart draws current staff at 45% opacity: the Other layer's bar was a grey of lightness
    85 on white paper, which a laser printer all but drops. Every bar's edge must be 20 or more darker than white."""
    rects = re.findall(r'<g class="bar"[^>]*>.*?(<rect [^>]*>)', examples["backwards"])
    assert len(rects) >= 17
    faint = {rect for rect in rects if 100 - _seen(_edge(rect), "greyscale")[0] < 20}
    assert faint == set(), faint


def _contrast_with_white(colour: str) -> float:
    """WCAG 2.1's contrast ratio of a colour against the white page."""
    red, green, blue = _linear(colour)
    return 1.05 / (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05)


def _swatch_edge(style: str) -> str:
    """The colour a swatch's edge is drawn in: its border, else its background."""
    found = re.search(r"border:1px solid (#[0-9a-f]{6})", style) or re.search(r"background:(#[0-9a-f]{6})", style)
    assert found, style
    return found.group(1)


@pytest.mark.parametrize("example", ["backwards", "messy-40"])
def test_every_bar_and_swatch_has_an_edge_of_3_to_1_against_the_page(examples: dict[str, str], example: str) -> None:
    """WCAG 2.1 AA, success criterion 1.4.11 (non-text contrast): a graphic a reader needs, a bar or a layer's
    swatch, contrasts 3:1 or more with what is next to it. The compliance and other layers' bars and swatches were
    2.67:1 and 1.85:1 against the white page; their light fills stay (printed in grey they keep the layers apart),
    outlined in their own hue darkened to 3.34:1."""
    html = examples[example]
    rects = re.findall(r'<g class="bar"[^>]*>.*?(<rect [^>]*>)', html)
    swatches = re.findall(r'<span class="swatch" style="([^"]*)"', html)
    assert len(rects) >= 12 and len(swatches) >= 5
    edges = [_edge(rect) for rect in rects] + [_swatch_edge(style) for style in swatches]
    faint = sorted({(edge, round(_contrast_with_white(edge), 2)) for edge in edges if _contrast_with_white(edge) < 3})
    assert faint == []


def test_a_finding_both_views_hold_word_for_word_is_listed_once(tmp_path: Path) -> None:
    """The 80-person client's report listed its four unsure people (TA005) under the plan's findings and again,
    word for word, under the current view's; the second table now lists what differs (TA001's figures) and says
    the rest holds there too."""
    html = report(tmp_path, ROOT / "tests" / "data" / "northwind-80.yaml", "--client", "Northwind board")
    findings = visible(section(html, "findings"))
    # Victoria Chen, "Executive Assistant to Dr. Okafor", was the fourth until rubric 2026.12.48 settled her as other
    for unsure in ("Jamal Washington", "Sam Rivera", "Chris Morgan"):
        assert findings.count(unsure) == 1, findings
    assert findings.count("ML research (31.6 FTE) outnumbers") == 1  # the plan's TA001
    assert findings.count("ML research (25.6 FTE) outnumbers") == 1  # current staff's, which differs
    assert "3 findings of the plan view above (TA005) hold in the current view too, word for word." in findings


def test_a_backtick_in_a_name_opens_no_code_span_in_the_findings(tmp_path: Path) -> None:
    """A finding's message quotes names and titles; 'Grace `x` Kim' was shown as Grace <code>x</code> Kim, markup
    a team file wrote into the report. Only the rules' own wording names keys as code."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - {name: 'Grace `x` Kim', title: Registered Nurse}\n"
        "  - {name: B, title: Regulatory Affairs Specialist}\n  - {name: C, title: Research Scientist}\n",
        encoding="utf-8",
    )
    html = report(tmp_path, team)
    assert "<code>x</code>" not in html
    assert "Grace `x` Kim" in visible(html)


def test_the_before_and_after_charts_figures_carry_their_unit(examples: dict[str, str]) -> None:
    """The composition charts read '8.0 FTE', the before-and-after chart under them 'current 8.0' and 'plan 10.0':
    a board could not tell FTE from people there. Each of its figures now says which."""
    chart = examples["backwards"].split('data-view="before-after"', 1)[1].split("</svg>", 1)[0]
    figures = re.findall(r'class="note">([^<]*)</text>', chart)
    assert len(figures) == 10 and all(re.fullmatch(r"(current|plan) \d+\.\d FTE", f) for f in figures), figures


# Every kind of advice that tells the consultant which key of the team file to write: TA004's planned hire without
# evidence, TA005's unclear person, TA003's person with no fte, TA007's declared layer, and costs with no currency
TO_WRITE = """organization: Halcyon Clinical AI
people:
  - {name: Ana Ruiz, title: CEO, cost: 200000}
  - {name: Bo Chan, title: ML Engineer, cost: 180000}
  - {name: Cy Park, title: Research Scientist, cost: 190000}
  - {name: Dee Roy, title: Registered Nurse, background: [ICU nurse], cost: 120000}
  - {name: Eve Lund, title: Interface Analyst, employment: contractor}
  - {name: Fay Ito, title: Regulatory Affairs Specialist, status: planned}
  - {name: Gus Oak, title: Product Designer, layer: clinical}
  - {name: Hal Berg, title: Associate}
"""


def test_the_clients_sentences_tell_no_one_to_edit_the_team_file(tmp_path: Path) -> None:
    """A client read 'record the evidence in their `background:` if it exists' and 'write `currency: EUR` at its
    top': instructions to the consultant about a YAML file. The client's report now asks the client (confirm, have it
    added to their record); which key says so is in the technical appendix, and in the consultant's text output."""
    team = tmp_path / "team.yaml"
    team.write_text(TO_WRITE, encoding="utf-8")
    html = report(tmp_path, team)
    appendix = html.index("<h3>Technical appendix</h3>")
    page = visible(html[:appendix])
    assert [r for r in ("TA003", "TA004", "TA005", "TA007") if f"<strong>{r}</strong>" not in html] == []
    said = re.findall(r"[^.]*(?:`|\b[Dd]eclare\b|\b[Rr]ecord (?:it|the)\b|\b[Ww]rite\b|\bfte\b)[^.]*", page)
    assert said == []
    assert "<code>" not in html[:appendix]
    assert "<code>currency:</code>" in html[appendix:]
    text = CliRunner().invoke(app, ["check", str(team), "--format", "text"]).output
    assert "background:" in text and "layer:" in text  # the consultant's own output keeps the keys
    assert "write the contractor's fte first" in text.lower() and "confirm the contractor's FTE first" in page


def test_a_rubric_that_rewords_advice_is_shown_its_words_and_may_give_the_client_its_own(tmp_path: Path) -> None:
    """A rubric extending the packaged one rewords TA004: its client's report showed the packaged rubric's client
    sentence (TA004_client), which says other words. Reworded, an advice drops its parent's client sentence; a
    rubric's own KEY_client is shown to the client instead."""
    child = tmp_path / "child.yaml"
    child.write_text(
        'name: child\nversion: "1"\nextends: healthcare-ai\nrecommendations:\n'
        "  TA004: CUSTOM advice for {people}, see `background:`.\n",
        encoding="utf-8",
    )
    html = report(tmp_path, EXAMPLES / "backwards.yaml", "--rubric", child)
    assert "<strong>TA004</strong> CUSTOM advice for Grace Liu, see <code>background:</code>." in html
    own = tmp_path / "own.yaml"  # another path: a process reads a rubric's path once
    own.write_text(child.read_text(encoding="utf-8") + "  TA004_client: CLIENT advice for {people}.\n")
    html = report(tmp_path, EXAMPLES / "backwards.yaml", "--rubric", own)
    assert "<strong>TA004</strong> CLIENT advice for Grace Liu." in html
