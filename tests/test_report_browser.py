"""The HTML report in a real browser (headless Chromium via Playwright), and --redact in every format."""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, run_cli
from teamaudit.render import Format

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        if os.environ.get("TEAMAUDIT_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here (TEAMAUDIT_REQUIRE_BROWSER) but was not found")
        pytest.skip("Chromium not installed (apt-get install chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield instance
        instance.close()


def open_report(browser, path: Path):
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda req: requests.append(req.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("networkidle")
    return page, errors, requests


@pytest.mark.parametrize("example", sorted(p.stem for p in EXAMPLES.glob("*.yaml")))
def test_report_renders_with_right_numbers(browser, tmp_path, example):
    out = tmp_path / f"{example}.html"
    result = run_cli("report", f"examples/{example}.yaml", "-o", out, "--client", "Board", "--author", "QA")
    assert result.code in (0, 1), result.stderr
    page, errors, requests = open_report(browser, out)
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []  # nothing left the page
    verdict = page.locator("#verdict")
    doc = json.loads(run_cli("check", f"examples/{example}.yaml", "--format", "json").stdout)
    over = "TA001" in {f["rule"] for f in doc["findings"]}
    assert verdict.is_visible() and verdict.inner_text().startswith("Over-indexed" if over else "Not over-indexed")
    charts = page.locator("svg.chart[data-view='current'], svg.chart[data-view='plan']")
    assert (
        charts.count() == (2 if doc["composition"]["plan"] != doc["composition"]["current"] else 1)
        or charts.count() >= 1
    )
    for i in range(charts.count()):
        chart = charts.nth(i)
        box = chart.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 100
        view = chart.get_attribute("data-view")
        expected = doc["composition"][view]
        for layer, count in expected["layers"].items():
            value = float(chart.locator(f"g.bar[data-key='{layer}']").get_attribute("data-value"))
            assert value == pytest.approx(count["fte"])
            bar = chart.locator(f"g.bar[data-key='{layer}'] rect").bounding_box()
            assert bar is not None and (bar["width"] > 0) == (count["fte"] > 0)
        assert float(chart.locator("g.bar[data-key='ml'] ").get_attribute("data-value")) == pytest.approx(
            expected["ml_research"]
        )
        threshold = float(chart.locator("line.threshold").get_attribute("data-allowed"))
        assert threshold == pytest.approx(expected["three_layers"] * doc["thresholds"]["ml_ratio"])
    assert _text_outside_its_chart(page) == []
    assert _severities_broken_over_lines(page) == []
    page.close()


def _severities_broken_over_lines(page) -> list[str]:
    """A findings table's severity drawn on more than one line ("WARNIN" over "G", as a newcomer saw it)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('td.sev')].filter(td => {
            const range = document.createRange(); range.selectNodeContents(td);
            return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1;
        }).map(td => td.textContent)"""
    )


def _text_outside_its_chart(page) -> list[str]:
    """Labels and notes the browser draws past a chart's edges, where they are cut off."""
    return page.evaluate(
        """() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
            const view = svg.viewBox.baseVal;
            return [...svg.querySelectorAll('text')]
                .filter(t => { const b = t.getBBox(); return b.x < 0 || b.x + b.width > view.width; })
                .map(t => t.textContent);
        })"""
    )


def test_backwards_report_cost_of_closing_the_gap_and_before_after(browser, tmp_path):
    out = tmp_path / "backwards.html"
    run_cli("report", "examples/backwards.yaml", "-o", out)
    page, _errors, _ = open_report(browser, out)
    total = page.locator("#cost-total")
    # The 8.5 FTE gap in 9 whole hires: 4 of integration at $180,000-$275,000, 2 of compliance at
    # $155,000-$235,000 (more than TA003's 1), and 3 of clinical, which has no published range.
    assert int(total.get_attribute("data-low")) == 4 * 180000 + 2 * 155000
    assert int(total.get_attribute("data-high")) == 4 * 275000 + 2 * 235000
    assert page.locator("svg[data-view='before-after']").count() == 1
    assert page.locator("#methodology").inner_text().count("O*NET") >= 1
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 20_000
    page.close()


def _pdf_pages(page, pdf: Path) -> int:
    page.pdf(path=str(pdf), format="A4", print_background=True)
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


# The most A4 pages each example may print to: a cover with the summary, the body, the people, the methodology.
# backwards has eight recommendations, each now saying how it stands to the gap: one more page.
PAGE_BOUNDS = {"backwards": 9, "balanced": 7, "messy-40": 10, "plan-fixes": 7}


@pytest.mark.parametrize("example", sorted(PAGE_BOUNDS))
def test_print_to_pdf_stays_within_its_page_bound(browser, tmp_path, example):
    out = tmp_path / f"{example}.html"
    run_cli("report", f"examples/{example}.yaml", "-o", out)
    page, _, _ = open_report(browser, out)
    pages = _pdf_pages(page, tmp_path / f"{example}.pdf")
    assert 4 <= pages <= PAGE_BOUNDS[example], pages
    page.close()


A4_CONTENT_PX = round((210 - 2 * 14) / 25.4 * 96)  # A4 less the report's 14 mm side margins, in CSS pixels

LONG_WORDS_TEAM = """organization: Supercalifragilistic-Clinical-Artificial-Intelligence-Holdings-International-Group
people:
  - name: Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessenschafewarenwohlgepflege
    title: Registered-Nurse-and-Clinical-Informatics-Specialist-for-the-Emergency-Department-and-Intensive-Care
    background: ["RN; https://example.org/a/very/long/address/without/any/spaces/that/keeps/going/and/going/on/and/on"]
  - {name: Bo, title: HL7 Interface Engineer, skills: [HL7v2-FHIR-R4-Epic-Bridges-Cerner-Millennium-Mirth]}
  - {name: Cy, title: Research Scientist}
"""


def _past_the_right_margin(page) -> list[str]:
    return page.evaluate(
        """() => { const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 0.5)
                .map(e => e.tagName + ': ' + (e.textContent || '').slice(0, 60)); }"""
    )


@pytest.mark.parametrize("team", [*sorted(PAGE_BOUNDS), "long-words"])
def test_nothing_is_cut_off_at_the_printed_margins(browser, tmp_path, team):
    source = tmp_path / "team.yaml"
    if team == "long-words":
        source.write_text(LONG_WORDS_TEAM, encoding="utf-8")
    else:
        source = EXAMPLES / f"{team}.yaml"
    out = tmp_path / "report.html"
    assert run_cli("report", source, "-o", out, "--client", "A board").code in (0, 1)
    page = browser.new_page(viewport={"width": A4_CONTENT_PX, "height": 1000})
    page.goto(out.as_uri())
    page.emulate_media(media="print")
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_CONTENT_PX
    assert _past_the_right_margin(page) == []
    assert _text_outside_its_chart(page) == []
    page.close()


def _words_broken_over_lines(page) -> list[str]:
    """Words (letters and digits) drawn on more than one line, outside the charts, with the section they are in."""
    return page.evaluate(
        r"""() => { const broken = [];
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (node.parentElement.closest('svg, style, title')) continue;
                for (const word of node.textContent.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
                    const range = document.createRange();
                    range.setStart(node, word.index); range.setEnd(node, word.index + word[0].length);
                    const drawn = [...range.getClientRects()].filter(r => r.width > 0);
                    const lines = new Set(drawn.map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(`${node.parentElement.closest('section').id}: ${word[0]}`);
                } }
            return broken; }"""
    )


def _opened_at(browser, out: Path, width: int | str):
    """The report in a page `width` px wide, or as printed on A4 ("print"), and that width."""
    viewport = A4_CONTENT_PX if width == "print" else int(width)
    page = browser.new_page(viewport={"width": viewport, "height": 1000})
    page.goto(out.as_uri())
    if width == "print":
        page.emulate_media(media="print")
    return page, viewport


@pytest.mark.parametrize("width", [375, 1200, "print"])
@pytest.mark.parametrize("team", [*sorted(PAGE_BOUNDS), "long-words"])
def test_words_wrap_at_spaces_and_hyphens_and_the_page_fits_a_phone(browser, tmp_path, team, width):
    """Tables squeezed their narrow columns to a letter's width and broke words anywhere ('Complia nce',
    'unprove n-layer', 'invalid-suppres sion' at 1200 px), yet at 375 px the page was 631 px wide. A word now
    breaks only where it cannot fit its column (a 100-letter name), and a table too wide for a phone scrolls
    in its own box or, for the people, stacks each person's cells."""
    source = tmp_path / "team.yaml"
    if team == "long-words":
        source.write_text(LONG_WORDS_TEAM, encoding="utf-8")
    else:
        source = EXAMPLES / f"{team}.yaml"
    out = tmp_path / "report.html"
    assert run_cli("report", source, "-o", out).code in (0, 1)
    page, viewport = _opened_at(browser, out, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport
    if team != "long-words":
        assert _words_broken_over_lines(page) == []
    page.close()


def _chart_text_sizes(page) -> list[tuple[str, float]]:
    """Each chart label's font size as drawn: the chart is scaled to its box, and its labels with it."""
    return page.evaluate(
        """() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map(t =>
                [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale]);
        })"""
    )


def _overlapping_chart_labels(page) -> list[str]:
    return page.evaluate(
        """() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
            const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()]);
            return boxes.flatMap(([a, p], i) => boxes.slice(i + 1)
                .filter(([, q]) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom)
                .map(([b]) => `${a} / ${b}`));
        })"""
    )


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("example", ["backwards", "plan-fixes"])
def test_chart_labels_are_readable_on_a_phone(browser, tmp_path, example, width):
    """A 640-unit chart drawn 350 px wide on a phone shrank its 13 px labels to 7 px ('Clinical', '8.0 FTE', the
    threshold's note): a client could not read them. On a phone they are drawn at 10 px or more, inside the chart
    and clear of one another."""
    out = tmp_path / "report.html"
    assert run_cli("report", f"examples/{example}.yaml", "-o", out).code in (0, 1)
    page, _ = _opened_at(browser, out, width)
    small = [(text, round(px, 1)) for text, px in _chart_text_sizes(page) if px < 10]
    assert small == []
    assert _text_outside_its_chart(page) == []
    assert _overlapping_chart_labels(page) == []
    page.close()


def test_docs_screenshot_shows_todays_report(tmp_path):
    """The README's picture said rubric 2026.11 and a 10.5 FTE gap long after the report said 8.5: it records
    what it shows, and that must be what the report says today (else run `python docs/screenshot.py`)."""
    png = ROOT / "docs" / "report.png"
    assert png.is_file() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "docs/report.png" in (ROOT / "README.md").read_text()
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "docs" / "screenshot.py")
    assert spec and spec.loader
    screenshot = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshot)
    today = screenshot.facts(screenshot.report_html(tmp_path))
    assert "Closing the whole gap" in today and "rubric healthcare-ai" in today
    assert screenshot.recorded(png.read_bytes()) == today, "docs/report.png is stale: run python docs/screenshot.py"


SECRET_TEAM = """organization: Privacy Test Co
people:
  - {name: Zelda Quartermaine, id: EMP-7781, title: Registered Nurse, cost: 131313, background: "ICU nurse"}
  - {name: Yusuf Blackwood, id: EMP-7782, title: Research Scientist, cost: 242424}
  - {name: Xiomara Fenwick, title: Research Scientist, cost: 252525, status: open}
  - {name: Wolfgang Ashdown, title: HL7 Interface Engineer, cost: 161616}
"""
SECRETS = [
    "Zelda",
    "Quartermaine",
    "Yusuf",
    "Blackwood",
    "Xiomara",
    "Fenwick",
    "Wolfgang",
    "Ashdown",
    "EMP-7781",
    "131313",
    "242424",
    "252525",
    "161616",
    "131,313",
    "242,424",
    "252,525",
    "161,616",
]


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_redact_leaves_no_name_or_pay_in_any_format(tmp_path, fmt):
    team = tmp_path / "team.yaml"
    team.write_text(SECRET_TEAM)
    result = run_cli("check", team, "--format", fmt, "--redact", "--details")
    assert result.code in (0, 1), result.stderr
    leaked = [s for s in SECRETS if s in result.stdout]
    assert leaked == [], leaked
    assert "Person 1" in result.stdout or "Person 01" in result.stdout


def test_redact_report_keeps_totals(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(SECRET_TEAM)
    out = tmp_path / "r.html"
    assert run_cli("report", team, "-o", out, "--redact").code in (0, 1)
    html = out.read_text()
    assert [s for s in SECRETS if s in html] == []
    assert "$535,353" in html  # three people's pay: the current total stays
    assert "$787,878" not in html  # the plan adds one person: plan minus current would be their pay
    doc = json.loads(run_cli("check", team, "--format", "json", "--redact").stdout)
    assert doc["cost_total"] == {"current": 535353, "plan": None}
    assert [p["name"] for p in doc["people"]] == ["Person 01", "Person 02", "Person 03", "Person 04"]


def test_logo_is_embedded_and_bad_logo_is_refused(tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    )
    out = tmp_path / "r.html"
    assert run_cli("report", "examples/balanced.yaml", "-o", out, "--logo", logo, "--title", "Q4 audit").code == 0
    html = out.read_text()
    assert 'src="data:image/svg+xml;base64,' in html and "<title>Q4 audit</title>" in html
    bad = run_cli("report", "examples/balanced.yaml", "-o", out, "--logo", tmp_path / "logo.bmp")
    assert bad.code == 2 and "a logo must be" in bad.stderr


def test_report_never_embeds_the_input_or_fetches_anything(tmp_path):
    out = tmp_path / "r.html"
    run_cli("report", "examples/messy-40.yaml", "-o", out)
    html = out.read_text()
    assert "people:" not in html and "# expect:" not in html
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html) and "<script" not in html


def test_redacted_diff_still_matches_people_and_leaks_nothing(tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text(SECRET_TEAM)
    head = tmp_path / "head.yaml"
    head.write_text(
        SECRET_TEAM.replace("  - {name: Wolfgang Ashdown, title: HL7 Interface Engineer, cost: 161616}\n", "")
        + "  - {name: Quentin Oyelaran, title: Machine Learning Engineer, status: planned}\n"
    )
    result = run_cli("diff", base, head, "--format", "json", "--redact")
    assert result.code == 1, result.stderr
    assert [s for s in [*SECRETS, "Quentin", "Oyelaran"] if s in result.stdout] == []
    doc = json.loads(result.stdout)
    assert [c["name"] for c in doc["people"]["added"]] == ["Person 05"]
    assert [c["name"] for c in doc["people"]["removed"]] == ["Person 04"]
    assert doc["people"]["reclassified"] == []  # unchanged people keep one pseudonym on both sides


def test_redacted_explain(tmp_path):
    team = tmp_path / "team.yaml"
    team.write_text(SECRET_TEAM)
    result = run_cli("explain", team, "--redact")
    assert result.code == 0 and "Person 01 (line 3): Registered Nurse" in result.stdout
    assert [s for s in SECRETS if s in result.stdout] == []


@pytest.mark.parametrize("name", ["logo.png", "logo.svg", "logo.jpg", "logo.gif", "logo.webp"])
def test_a_logo_without_its_metadata_is_still_drawn(browser, tmp_path, name):
    from test_logo_metadata import CRAFTED

    logo = tmp_path / name
    logo.write_bytes(CRAFTED[name]())
    out = tmp_path / "r.html"
    assert run_cli("report", "examples/balanced.yaml", "-o", out, "--logo", logo).code == 0
    page, errors, _ = open_report(browser, out)
    drawn = page.eval_on_selector("img.logo", "img => img.complete && img.naturalWidth > 0")
    page.close()
    assert drawn and errors == []


@pytest.mark.parametrize("name", ["logo.jpg", "logo.png"])
def test_a_rotated_photo_as_a_logo_is_drawn_upright(browser, tmp_path, name):
    from test_logo_metadata import chunk, png
    from test_logo_orientation import exif, photo

    logo = tmp_path / name
    logo.write_bytes(photo(6) if name == "logo.jpg" else png(chunk(b"eXIf", exif(6)), width=16, height=8))
    out = tmp_path / "r.html"
    assert run_cli("report", "examples/balanced.yaml", "-o", out, "--logo", logo).code == 0
    page, errors, _ = open_report(browser, out)
    page.add_style_tag(content="img.logo { max-height: none; }")  # drawn at its own size
    natural = page.eval_on_selector("img.logo", "img => [img.naturalWidth, img.naturalHeight]")
    shot = page.locator("img.logo").screenshot()
    page.close()
    assert natural == [8, 16] and errors == []  # stored 16 x 8, turned a quarter
    assert struct.unpack(">II", shot[16:24]) == (8, 16)  # the screenshot's PNG header: as tall as it is drawn


@pytest.mark.parametrize("name", ["logo.png", "logo.webp"])
def test_an_animated_logo_whose_frames_fit_is_drawn(browser, tmp_path, name):
    from test_logo_frames import animated_webp, apng

    logo = tmp_path / name
    logo.write_bytes(apng() if name == "logo.png" else animated_webp())
    out = tmp_path / "r.html"
    assert run_cli("report", "examples/balanced.yaml", "-o", out, "--logo", logo).code == 0
    page, errors, _ = open_report(browser, out)
    natural = page.eval_on_selector("img.logo", "img => img.complete && [img.naturalWidth, img.naturalHeight]")
    page.close()
    assert natural == ([2, 2] if name == "logo.png" else [16, 16]) and errors == []


NAMED_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><style>/* by Ann Lee */ .ann-lee-mark {fill: #c00}'
    ' #ann-lee-logo:hover {opacity: .5}</style><defs><linearGradient id="ann.lee.grad"><stop offset="0" '
    'stop-color="#00c"/><stop offset="1" stop-color="#0c0"/></linearGradient><rect id="ann.lee.dot" width="6" '
    'height="6"/></defs><g id="ann-lee-logo"><rect width="40" height="10" fill="url(#ann.lee.grad)"/>'
    '<use href="#ann.lee.dot" y="12" class="ann-lee-mark"/></g></svg>'
)


def _drawn(browser, src: str) -> bytes:
    """A screenshot of the picture at `src` drawn at 40 x 20 pixels."""
    page = browser.new_page(viewport={"width": 100, "height": 60})
    page.set_content(f'<body style="margin:0;background:#fff"><img src="{src}" width="40" height="20"></body>')
    page.wait_for_load_state("networkidle")
    shot = page.locator("img").screenshot()
    page.close()
    return shot


def test_an_svg_logos_renamed_ids_and_classes_draw_it_as_given(browser, tmp_path):
    """Under --redact the logo's ids and classes are renamed, not dropped, where something refers to them: an id
    with dots (`url(#ann.lee.grad)`) was dropped while its reference stayed, and the gradient was not drawn."""
    logo = tmp_path / "logo.svg"
    logo.write_text(NAMED_SVG, encoding="utf-8")
    out = tmp_path / "r.html"
    assert run_cli("report", "examples/balanced.yaml", "--redact", "-o", out, "--logo", logo).code == 0
    page, errors, _ = open_report(browser, out)
    embedded = page.get_attribute("img.logo", "src")
    page.close()
    assert embedded and errors == []
    given = "data:image/svg+xml;base64," + base64.b64encode(NAMED_SVG.encode()).decode()
    assert _drawn(browser, embedded) == _drawn(browser, given)
    assert "ann" not in base64.b64decode(embedded.partition(",")[2]).decode()


SCALED = {
    "transform": '<g transform="scale(1000000)">{}</g>',
    "css-transform": "<style>rect {{ transform: scale(100000) }}</style>{}",
    "zoom": '<g style="zoom: 10000">{}</g><style>svg {{ zoom: 10000 }}</style>',
    "nested": '<g transform="scale(10)">' * 12 + "{}" + "</g>" * 12,
    "masked": '<mask id="m"><rect width="10" height="10" fill="#fff"/></mask>'
    '<g transform="scale(1e5)" mask="url(#m)">{}</g>',
    "patterned": '<pattern id="p" width="0.001" height="0.001" patternUnits="userSpaceOnUse"><rect width="0.0005" '
    'height="0.0005"/></pattern><rect width="40" height="20" fill="url(#p)"/>{}',
}


@pytest.mark.parametrize("scaled", sorted(SCALED))
def test_an_svg_scaled_up_inside_is_drawn_in_its_declared_box(browser, tmp_path, scaled):
    """A scale or zoom inside a 40 x 20 SVG grows what it draws, not the picture: the <img> keeps the declared size
    (the report's style bounds it to 200 x 64 besides), and the browser draws only what falls inside that box, as fast
    as an unscaled logo (measured: 0.1 s a screenshot, 0.1 to 0.3 s a PDF, whatever the scale), a mask or a pattern
    of tiles a thousandth of a pixel wide too. So a scale is not bounded as a width is; a filter, which is drawn at
    its element's scaled size, is refused (test_logo_svg_content.py)."""
    drawing = '<rect width="10" height="10" fill="#0a7"/><circle cx="5" cy="5" r="4" fill="#f00"/>'
    logo = tmp_path / "logo.svg"
    logo.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">{SCALED[scaled].format(drawing)}</svg>'
    )
    out = tmp_path / "r.html"
    assert run_cli("report", "examples/balanced.yaml", "-o", out, "--logo", logo).code == 0
    page, errors, _ = open_report(browser, out)
    started = time.perf_counter()
    box = page.eval_on_selector(
        "img.logo", "img => [img.naturalWidth, img.naturalHeight, img.offsetWidth, img.offsetHeight]"
    )
    shot = page.locator("img.logo").screenshot()
    pages = _pdf_pages(page, tmp_path / "r.pdf")
    page.close()
    assert box == [40, 20, 40, 20] and errors == [] and pages >= 1
    assert struct.unpack(">II", shot[16:24]) == (40, 20)
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize("example", ["backwards", "messy-40"])
def test_the_cost_of_closing_the_gap_is_read_whole_on_a_phone(browser, tmp_path, example):
    """At 375 px the cost table scrolled in its box: a founder saw 'Low $720,000' and 'no publis', the High column
    and the total's upper figure past the screen's edge. On a phone each hire is now a block: layer, role, then
    'hires: 4 · $720,000 – $1,100,000', every figure on screen."""
    out = tmp_path / "report.html"
    assert run_cli("report", f"examples/{example}.yaml", "-o", out).code in (0, 1)
    page = browser.new_page(viewport={"width": 375, "height": 1000})
    page.goto(out.as_uri())
    cells = page.evaluate(
        """() => [...document.querySelectorAll('#recommendations table td')].filter(td => td.textContent.trim())
            .map(td => [td.textContent, td.getBoundingClientRect().right])"""
    )
    assert cells and [text for text, right in cells if right > 375] == []
    assert ["$1,570,000", "$745,000"][: 2 if example == "backwards" else 0] == [
        text for text, _ in cells if text in ("$1,570,000", "$745,000")
    ]  # backwards: the totals' upper figures, before and after converting
    page.close()


# ML research 4.5 FTE just under the 5.0 FTE the three layers allow: its figure ran across the threshold line.
JUST_UNDER_TEAM = """organization: Just Under Health
people:
  - {name: Ann, title: "Nurse Informaticist", background: "RN; former ICU nurse"}
  - {name: Ben, title: "Clinical Informatics Specialist (RN, BSN)", background: "ED nurse for 6 years"}
  - {name: Cat, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}
  - {name: Dan, title: FHIR Integration Engineer, skills: [FHIR R4, Epic Bridges]}
  - {name: Eve, title: Regulatory Affairs Manager, background: "filed two 510(k)s"}
  - {name: Fay, title: Research Scientist}
  - {name: Gus, title: ML Engineer}
  - {name: Hal, title: Machine Learning Engineer}
  - {name: Ivy, title: Data Scientist}
  - {name: Max, title: Applied Scientist, fte: 0.5}
  - {name: Jo, title: Software Engineer}
  - {name: Kai, title: Product Designer}
  - {name: Lou, title: Operations Manager}
"""


def _labels_crossed_by_the_threshold(page) -> list[str]:
    return page.evaluate(
        """() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
            const lines = [...svg.querySelectorAll('line.threshold')].map(l => l.getBoundingClientRect());
            return [...svg.querySelectorAll('text')].flatMap(t => { const r = t.getBoundingClientRect();
                return lines.filter(l => l.left < r.right && r.left < l.right && l.top < r.bottom && r.top < l.bottom)
                    .map(() => `${svg.dataset.view}: ${t.textContent}`); });
        })"""
    )


@pytest.mark.parametrize("width", [375, 1100])
def test_the_threshold_line_crosses_no_figure(browser, tmp_path, width):
    """A team just under the threshold (ML research 4.5 FTE, the layers allowing 5.0) read its ML figure struck
    through by the dashed threshold line: the figure now starts after the line when the line would cross it."""
    source, out = tmp_path / "team.yaml", tmp_path / "report.html"
    source.write_text(JUST_UNDER_TEAM, encoding="utf-8")
    assert run_cli("report", source, "-o", out).code in (0, 1)
    page, _ = _opened_at(browser, out, width)
    assert float(page.locator("svg.chart g.bar[data-key='ml']").get_attribute("data-value")) == 4.5
    assert page.locator("svg.chart line.threshold").get_attribute("data-allowed") == "5"
    assert _labels_crossed_by_the_threshold(page) == []
    assert _text_outside_its_chart(page) == []
    page.close()


WIDE_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120" viewBox="0 0 600 120">'
    '<rect width="600" height="120" fill="#0a5"/></svg>'
)
LONG_NAME_TEAM = """organization: Halcyon Clinical AI Labs of Greater Boston and the Northeastern Seaboard, Incorporated
people:
  - {name: Ann, title: Nurse Informaticist, background: "RN; former ICU nurse"}
  - {name: Bo, title: Research Scientist}
"""


@pytest.mark.parametrize("width", [360, 375])
def test_a_wide_logo_and_a_long_name_fit_a_phones_cover(browser, tmp_path, width):
    """A 5:1 logo beside a long organization name on a 375 px phone: the logo ran 50 px off the screen and squeezed
    the title into a 187 px column, twelve lines and 540 px tall. On a phone the logo now sits above the title,
    which takes the page's width."""
    source, logo, out = tmp_path / "team.yaml", tmp_path / "logo.svg", tmp_path / "report.html"
    source.write_text(LONG_NAME_TEAM, encoding="utf-8")
    logo.write_text(WIDE_LOGO, encoding="utf-8")
    assert run_cli("report", source, "-o", out, "--logo", logo).code in (0, 1)
    page, _ = _opened_at(browser, out, width)
    assert _past_the_right_margin(page) == []
    title, picture = page.locator("h1").bounding_box(), page.locator("img.logo").bounding_box()
    content = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('main')); "
        "return document.querySelector('main').clientWidth - parseFloat(s.paddingLeft) "
        "- parseFloat(s.paddingRight); })()"
    )
    assert picture["y"] + picture["height"] <= title["y"]  # above the title, not beside it
    assert title["width"] >= content - 1
    assert title["height"] <= 6 * 36  # six lines at most
    page.close()


PDFTOPPM = shutil.which("pdftoppm")


def _pixels_near(ppm: bytes, colour: tuple[int, int, int], within: int = 40) -> int:
    """How many pixels of a binary PPM (P6) are within `within` of a colour."""
    fields = ppm.split(maxsplit=4)
    width, height, pixels = int(fields[1]), int(fields[2]), fields[4]
    red, green, blue = colour
    return sum(
        1
        for i in range(0, width * height * 3, 3)
        if abs(pixels[i] - red) + abs(pixels[i + 1] - green) + abs(pixels[i + 2] - blue) <= within
    )


@pytest.mark.skipif(not PDFTOPPM, reason="needs pdftoppm (poppler-utils)")
def test_the_layer_swatches_print_with_background_graphics_off(browser, tmp_path):
    """A browser prints without background graphics unless asked: the composition table's colour key printed as
    empty boxes, so the table no longer matched the charts. The swatches now print their colour either way."""
    source, out, pdf = tmp_path / "team.yaml", tmp_path / "report.html", tmp_path / "report.pdf"
    source.write_text(JUST_UNDER_TEAM, encoding="utf-8")
    assert run_cli("report", source, "-o", out).code in (0, 1)
    page = browser.new_page()
    page.goto(out.as_uri())
    page.pdf(path=str(pdf), format="A4", print_background=False)
    page.close()
    ppm = subprocess.run(
        [PDFTOPPM, "-r", "96", "-f", "1", "-l", "1", str(pdf)], capture_output=True, check=True, timeout=60
    ).stdout
    # page 1 holds the composition table, whose integration swatch is the page's only navy: 10 x 10 px when filled,
    # its 1 px border alone 36
    assert _pixels_near(ppm, (0x1D, 0x3A, 0x87)) >= 64


COMPOUND_NAME_TEAM = """organization: Krankenhausinformationssystemegesellschaft Nordrhein-Westfalen mbH
people:
  - {name: Ann, title: Nurse Informaticist, background: "RN; former ICU nurse"}
  - {name: Bo, title: Research Scientist}
"""


@pytest.mark.parametrize("width", [375, 1280, "print"])
def test_a_long_compound_word_in_the_name_stays_on_the_cover(browser, tmp_path, width):
    """A German organization name, one 40-letter word, beside a logo: the cover's title would not wrap inside
    its word and ran past the page's right edge on a phone, a desktop and the printed page alike."""
    source, logo, out = tmp_path / "team.yaml", tmp_path / "logo.svg", tmp_path / "report.html"
    source.write_text(COMPOUND_NAME_TEAM, encoding="utf-8")
    logo.write_text(WIDE_LOGO, encoding="utf-8")
    assert run_cli("report", source, "-o", out, "--logo", logo).code in (0, 1)
    page, viewport = _opened_at(browser, out, width)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport
    assert _past_the_right_margin(page) == []
    page.close()


@pytest.mark.parametrize("width", [375, 1100])
def test_each_summary_line_says_its_firmness_on_a_line_of_its_own(browser, tmp_path, width):
    """The cover's firmness note sits beside the verdict, and its style reached the Summary's notes too: at 1100 px
    the notes were indented 10 px, and the plan's ran on after 'no integration layer.' on its line where its line had
    room (as the plan's did once its head said 'is over-indexed (2 errors)')."""
    out = tmp_path / "report.html"
    assert run_cli("report", "examples/backwards.yaml", "-o", out).code == 1
    page, _ = _opened_at(browser, out, width)
    starts = page.evaluate(
        """() => [...document.querySelectorAll('#summary li')].map(li => {
            const note = li.querySelector('.firmness'), before = document.createRange();
            before.setStartBefore(li.firstChild); before.setEndBefore(note);
            const at = note.getBoundingClientRect();
            return [at.left - li.getBoundingClientRect().left, at.top >= before.getBoundingClientRect().bottom - 1];
        })"""
    )
    page.close()
    assert starts == [[0, True], [0, True]], starts


@pytest.mark.parametrize("width", [360, 375])
def test_the_covers_firmness_note_lines_up_with_the_page_when_it_wraps(browser, tmp_path, width):
    """The 80-person client's firmness note ('firm whatever the 3 unsure people turn out to be and whatever the one
    person with no FTE gives') is too long to sit beside the verdict on a phone and wrapped under it 10 px in from
    every other line of the cover. The 10 px gap is now the verdict's, kept where the note sits beside it."""
    out = tmp_path / "report.html"
    assert run_cli("report", ROOT / "tests" / "data" / "northwind-80.yaml", "-o", out).code == 1
    page, _ = _opened_at(browser, out, width)
    verdict, note, words = (page.locator(s).bounding_box() for s in ("#verdict", "#firmness", "#cover p"))
    page.close()
    assert note["y"] >= verdict["y"] + verdict["height"] and note["x"] == words["x"], (verdict, note, words)
