"""A rubric's `comp: {currency: ...}` is the currency every format shows its pay ranges and cost totals in: a
rubric in EUR read '$180,000-$275,000 per FTE' and JSON said "currency": "USD"."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli
from teamaudit.model import Recommendation, RubricInfo


def _rubric(tmp_path: Path, *currencies: str) -> Path:
    shown = run_cli("rubric", "show", "healthcare-ai")
    assert shown.code == 0, shown.stderr
    text = shown.stdout
    assert text.count("currency: USD") == len(currencies)
    for currency in currencies:
        text = text.replace("currency: USD", f"currency: {currency}", 1)
    path = tmp_path / "rubric.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _check(tmp_path: Path, currency: str, fmt: str) -> str:
    result = run_cli("check", EXAMPLES / "backwards.yaml", "--rubric", _rubric(tmp_path, currency, currency), "-f", fmt)
    assert result.code in (0, 1), result.stderr
    return result.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize(("currency", "shown"), [("EUR", "€180,000"), ("GBP", "£180,000"), ("CHF", "CHF 180,000")])
def test_each_format_shows_the_pay_range_in_the_rubrics_currency(tmp_path, fmt, currency, shown):
    out = _check(tmp_path, currency, fmt)
    assert shown in out
    assert "$180,000" not in out


def test_html_cost_totals_are_in_the_rubrics_currency(tmp_path):
    out = _check(tmp_path, "EUR", "html")
    assert 'class="num low">€720,000</td>' in out  # 4 FTE at the integration range's low
    assert "$" not in out.replace("$schema", "")


def test_html_says_a_rubric_of_ones_own_gives_the_ranges(tmp_path):
    out = _check(tmp_path, "EUR", "html")
    assert "2026 US ranges" not in out
    assert "Annual base salary, the rubric's ranges (Axe Recruiting" in out


def test_json_names_the_rubrics_currency(tmp_path):
    report = json.loads(_check(tmp_path, "EUR", "json"))
    currencies = {r["compensation"]["currency"] for r in report["recommendations"] if r["compensation"]}
    assert currencies == {"EUR"}
    assert report["rubric"]["currency"] == "EUR"  # what cost_total is in


def _paid_team(tmp_path: Path, top: str = "") -> Path:
    people = "".join(f"  - {{name: P{i}, title: Registered nurse, cost: 90000}}\n" for i in range(3))
    team = tmp_path / "team.yaml"
    team.write_text(f"{top}people:\n{people}", encoding="utf-8")
    return team


def _cost_in_file(team: Path, *options: str | Path) -> str:
    result = run_cli("check", team, *options, "-f", "html")
    assert result.code in (0, 1), result.stderr
    return result.stdout.split('id="cost-in-file">', 1)[1].split("</p>", 1)[0]


def test_a_team_file_naming_no_currency_is_read_in_the_rubrics_and_says_so(tmp_path):
    cost = _cost_in_file(_paid_team(tmp_path), "--rubric", _rubric(tmp_path, "GBP", "GBP"))
    assert "current £270,000" in cost and "$" not in cost
    assert "The team file names no currency, so these totals take its costs to be in GBP" in cost


def test_a_berlin_team_file_in_euros_shows_its_costs_in_euros_under_the_us_rubric(tmp_path):
    """A founder in Berlin writes her people's pay in euros; the built-in rubric's ranges are US dollars. Her
    `cost: 90000` read '$270,000' for three people: `currency: EUR` shows '€270,000', the hires' ranges stay '$'."""
    team = _paid_team(tmp_path, "currency: EUR\n")
    cost = _cost_in_file(team)
    assert "current €270,000" in cost and "$" not in cost and "names no currency" not in cost
    assert "the hires' salary ranges are the rubric's, in USD, and are not converted" in cost  # said nowhere before
    doc = json.loads(run_cli("check", team, "-f", "json").stdout)
    assert (doc["cost_currency"], doc["cost_total"]["current"], doc["rubric"]["currency"]) == ("EUR", 270000, "USD")
    assert "$180,000" in run_cli("check", team).stdout  # the integration hire's US range


NO_ISO_CODES = ["eur", "EURO", "€", "NO", "978", '"EU\\n::error::x"', '"\\e[31mEUR"', "[EUR]"]


@pytest.mark.parametrize("currency", [*NO_ISO_CODES, pytest.param("E" * 2**20, id="1MB")])
def test_a_team_files_currency_that_is_no_iso_code_is_refused_at_its_line(tmp_path, currency):
    team = _paid_team(tmp_path, f"organization: Acme\ncurrency: {currency}\n")
    result = run_cli("check", team)
    assert result.code == 2 and result.stdout == ""
    assert f"{team}:2:11: 'currency' must be an ISO 4217 code, three capital letters" in result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    assert not any(line.startswith("::") for line in result.stderr.splitlines())


@pytest.mark.parametrize("currency", ["eur", "EURO", '"E\\nx"', '"EU\\n::error::x"', "''"])
def test_a_currency_that_is_no_iso_code_is_refused_at_its_line(tmp_path, currency):
    rubric = _rubric(tmp_path, currency, "EUR")
    result = run_cli("check", EXAMPLES / "backwards.yaml", "--rubric", rubric)
    assert result.code == 2
    assert "currency must be an ISO 4217 code, three capital letters" in result.stderr
    assert f"{rubric}:" in result.stderr
    assert not any(line.startswith("::") for line in result.stderr.splitlines())


def test_a_team_file_in_the_rubrics_currency_says_nothing_of_converting(tmp_path):
    cost = _cost_in_file(_paid_team(tmp_path, "currency: USD\n"))
    assert "current $270,000" in cost and "converted" not in cost and "names no currency" not in cost


def test_ranges_in_two_currencies_are_refused(tmp_path):
    result = run_cli("check", EXAMPLES / "backwards.yaml", "--rubric", _rubric(tmp_path, "EUR", "USD"))
    assert result.code == 2
    assert "in EUR and USD: write every one in one currency" in result.stderr


def test_the_currency_has_one_source_the_rubrics():
    """A recommendation carried its range's currency beside RubricInfo.currency, and the HTML gap re-derived it from
    the hires: three places to keep in step. Every format now reads RubricInfo.currency."""
    assert [f.name for f in fields(Recommendation) if "currency" in f.name] == []
    assert [f.name for f in fields(RubricInfo) if "currency" in f.name] == ["currency"]
