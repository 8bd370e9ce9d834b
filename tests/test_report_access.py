"""The HTML report as a screen reader meets it, in Chromium's accessibility tree (Playwright's aria snapshot)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli
from test_report_browser import browser  # noqa: F401  (the fixture)

PEOPLE = ["Name", "Title", "Status", "FTE", "Confidence", "Hands-on evidence"]
COST = ["Layer", "Role", "Hires", "Low", "High", "Range"]


def _headers(snapshot: str) -> list[str]:
    return re.findall(r'columnheader "([^"]*)"', snapshot)


@pytest.mark.parametrize("width", [360, 375])
def test_a_screen_reader_is_told_each_tables_column_headers_on_a_phone(browser, tmp_path: Path, width: int) -> None:  # noqa: F811
    """At 375 px the people and cost tables stack each row's cells, and their header rows were `display: none`:
    a screen reader heard '1.0', '0.83' with no column to say they were FTE and confidence. The headers are now
    out of sight there, but read."""
    out = tmp_path / "report.html"
    assert run_cli("report", EXAMPLES / "backwards.yaml", "-o", out).code == 1
    page = browser.new_page(viewport={"width": width, "height": 1000})
    page.goto(out.as_uri())
    people, cost = page.locator("table.people").first, page.locator("table.cost").first
    assert _headers(people.aria_snapshot()) == PEOPLE
    assert _headers(cost.aria_snapshot()) == COST
    for table in (people, cost):  # stacked: no header row is drawn
        box = table.locator("thead").bounding_box()
        assert box is not None and box["width"] <= 1 and box["height"] <= 1
    page.close()
