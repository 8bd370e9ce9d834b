"""The client report's cover states the audit's verdict, not the CI gate's, and its logo's text says whose it is.

`report --fail-on never` exits 0 for a failing team, as a script opening the file wants; the cover read PASS beside
'ML research 10.0 FTE outnumbers the three layers'. Each test runs `teamaudit report` in-process on a real file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, run_cli
from test_report_client import section, visible


def _report(tmp_path: Path, team: Path, *options: str | Path) -> tuple[int, str]:
    out = tmp_path / "report.html"
    result = run_cli("report", team, "-o", out, *options)
    assert result.code in (0, 1), result.stderr
    return result.code, out.read_text(encoding="utf-8")


def _verdict(page: str) -> tuple[str, str]:
    """The cover's verdict: its class (the colour it is drawn in) and its words."""
    found = re.search(r'<div class="verdict (\w+)" id="verdict">(.*?)</div>', page)
    assert found, page[:2000]
    return found.group(1), found.group(2)


@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_the_cover_states_the_audit_verdict_whatever_fail_on_gates(tmp_path: Path, fail_on: str) -> None:
    code, page = _report(tmp_path, EXAMPLES / "backwards.yaml", "--fail-on", fail_on)
    assert code == (0 if fail_on == "never" else 1)  # the gate is the exit code's
    assert _verdict(page) == ("fail", "Over-indexed on ML research; no integration layer")
    summary = visible(section(page, "summary"))
    assert "Current staff is over-indexed (2 errors)" in summary and "The plan is over-indexed (2 errors)" in summary
    assert "passes" not in summary and "fails" not in summary


@pytest.mark.parametrize("example", ["balanced", "plan-fixes"])
def test_a_team_within_the_threshold_is_said_so_in_green(tmp_path: Path, example: str) -> None:
    _, page = _report(tmp_path, EXAMPLES / f"{example}.yaml")
    assert _verdict(page) == ("pass", "Not over-indexed")
    summary = visible(section(page, "summary"))
    if example == "balanced":
        assert "Current staff is not over-indexed : ML research 3.0 FTE" in summary  # visible() spaces each text
    else:  # the plan decides; current staff is over-indexed until it is carried out
        assert "Current staff is over-indexed (1 error)" in summary and "The plan is not over-indexed" in summary


MISSING_COMPLIANCE = """organization: Lantern Care
people:
  - {name: Ann, title: Nurse Informaticist, background: "RN; former ICU nurse"}
  - {name: Bo, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}
  - {name: Cy, title: Research Scientist}
"""


@pytest.mark.parametrize("fail_on", ["error", "never"])
def test_a_team_within_the_threshold_that_lacks_a_layer_is_not_shown_in_green(tmp_path: Path, fail_on: str) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(MISSING_COMPLIANCE, encoding="utf-8")
    _, page = _report(tmp_path, team, "--fail-on", fail_on)
    assert _verdict(page) == ("fail", "Not over-indexed; no compliance layer")


def _logo(tmp_path: Path) -> Path:
    logo = tmp_path / "logo.png"
    logo.write_bytes((ROOT / "docs" / "report.png").read_bytes())
    return logo


def _alt(page: str) -> str | None:
    found = re.search(r'<img class="logo" alt="([^"]*)" src="data:image/png;base64,', page)
    return found.group(1) if found else None


def test_a_consultants_own_logo_is_read_out_as_theirs(tmp_path: Path) -> None:
    """A consultant's firm's logo on the cover was read out as 'Northwind Health AI logo', the client's."""
    logo = _logo(tmp_path)
    _, page = _report(tmp_path, EXAMPLES / "balanced.yaml", "--logo", logo, "--logo-alt", "Halcyon Partners logo")
    assert _alt(page) == "Halcyon Partners logo"
    _, page = _report(tmp_path, EXAMPLES / "balanced.yaml", "--logo", logo)
    assert _alt(page) == "Northwind Health AI logo"  # the default: the organization's


def test_a_decorative_logo_is_read_by_no_screen_reader(tmp_path: Path) -> None:
    _, page = _report(tmp_path, EXAMPLES / "balanced.yaml", "--logo", _logo(tmp_path), "--logo-alt", "")
    assert _alt(page) == ""


def test_the_logos_text_is_escaped_and_names_nobody_under_redact(tmp_path: Path) -> None:
    team = tmp_path / "team.yaml"
    team.write_text(
        "organization: Privacy Test Co\npeople:\n  - {name: Zelda Quartermaine, title: Registered Nurse}\n"
        "  - {name: Yusuf Blackwood, title: Research Scientist}\n",
        encoding="utf-8",
    )
    hostile = 'Zelda Quartermaine\'s " onload="x <b>\x1b[31m\n::error::firm'
    _, page = _report(tmp_path, team, "--logo", _logo(tmp_path), "--logo-alt", hostile, "--redact")
    alt = _alt(page)
    assert alt is not None and "Zelda" not in page and "Quartermaine" not in page
    assert "<b>" not in alt and "\x1b" not in alt and "\n" not in alt and "::error::firm" in alt


def test_logo_alt_without_a_logo_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_cli("report", EXAMPLES / "balanced.yaml", "-o", out, "--logo-alt", "Halcyon Partners logo")
    assert result.code == 2 and not out.exists()
    assert "--logo-alt is the text of the logo --logo embeds (add --logo FILE" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_covers_threshold_names_its_source_and_the_methodology_says_over_indexed(tmp_path: Path) -> None:
    """The cover read 'ML-to-layers ratio 6.67 against a threshold of 1.00.' with no word of where 1.00 comes from,
    and the Methodology 'The team fails when ML research outnumbers...' beside a cover that says over-indexed."""
    _, page = _report(tmp_path, EXAMPLES / "backwards.yaml")
    assert "against a threshold of 1.00 (its source: see Methodology)." in section(page, "cover")
    assert "The team is over-indexed when ML research outnumbers the three layers combined" in visible(
        section(page, "methodology")
    )


ACCEPTED = """fail-on: error
ignore:
  - rule: TA001
    reason: "The board <b>accepted</b> a research-first year; Mei Chen reviews it"
    until: 2099-03-01
  - rule: TA002
    layer: integration
    reason: "Integration is contracted to an Epic partner until our first go-live"
"""


def test_an_accepted_over_indexing_is_said_so_on_the_cover(tmp_path: Path) -> None:
    """A consultant who accepted TA001 and TA002 in the config, each with a reason, handed over a cover reading
    'Over-indexed on ML research; no integration layer' in red beside exit 0 and stderr's PASS, with no word that
    either was accepted, until when, nor why. The cover still says what the figures are, and now under them that
    each was accepted."""
    team = tmp_path / "team.yaml"
    team.write_text((EXAMPLES / "backwards.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".teamaudit.yaml").write_text(ACCEPTED, encoding="utf-8")
    code, page = _report(tmp_path, team, "--config", tmp_path / ".teamaudit.yaml")
    assert code == 0 and _verdict(page) == ("fail", "Over-indexed on ML research; no integration layer")
    assert visible(section(page, "cover")).count("Accepted in the config: over-indexed on ML research") == 1
    accepted = re.search(r'<p class="accepted" id="accepted">(.*?)</p>', page)
    assert accepted, section(page, "cover")
    assert accepted.group(1) == (
        "Accepted in the config: over-indexed on ML research until 2099-03-01 (&#x27;The board &lt;b&gt;accepted"
        "&lt;/b&gt; a research-first year; Mei Chen reviews it&#x27;); no integration layer (&#x27;Integration is "
        "contracted to an Epic partner until our first go-live&#x27;)."
    )
    _, page = _report(tmp_path, team, "--config", tmp_path / ".teamaudit.yaml", "--redact")
    assert "Chen" not in page and 'id="accepted">Accepted in the config: over-indexed on ML research' in page
    _, page = _report(tmp_path, EXAMPLES / "backwards.yaml")  # nothing accepted: no such line
    assert 'id="accepted"' not in page


def test_json_gives_each_accepted_findings_until_as_the_cover_does(tmp_path: Path) -> None:
    """The cover says an over-indexing is accepted until 2099-03-01; JSON gave the reason alone, so a dashboard
    could not say when the acceptance ends."""
    (tmp_path / ".teamaudit.yaml").write_text(ACCEPTED, encoding="utf-8")
    result = run_cli("check", EXAMPLES / "backwards.yaml", "-f", "json", "--config", tmp_path / ".teamaudit.yaml")
    until = {(f["rule"], f["view"]): f["suppressed_until"] for f in json.loads(result.stdout)["findings"]}
    assert until[("TA001", "plan")] == "2099-03-01" and until[("TA002", "plan")] is None, until
