"""`suppression-max-days`: a config that asks every suppression for an `until` at most that many days away, as a
security scanner's ignore file asks for an expiry. A suppression without one, or past it, does not apply and is
TA006 at its line; without the setting, one with no `until` never expired and was never reported."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import run_cli
from test_diff import TWO_ML


def config(tmp_path: Path, text: str) -> Path:
    (tmp_path / ".teamaudit.yaml").write_text(text)
    (tmp_path / "team.yaml").write_text(TWO_ML)
    return tmp_path


def test_a_suppression_past_the_horizon_or_without_until_does_not_apply(tmp_path: Path):
    today = dt.date.today()
    far, near = today + dt.timedelta(days=4000), today + dt.timedelta(days=30)
    config(
        tmp_path,
        f"suppression-max-days: 90\nignore:\n  - rule: TA001\n    reason: board approved\n    until: {far}\n"
        "  - rule: TA003\n    reason: hiring\n"
        f"  - rule: TA004\n    reason: audit booked\n    until: {near}\n",
    )
    result = run_cli("check", "team.yaml", "--format", "json", cwd=tmp_path)
    assert result.code == 1  # TA001 fails the run again: its suppression does not apply
    findings = json.loads(result.stdout)["findings"]
    latest = (today + dt.timedelta(days=90)).isoformat()
    invalid = {(f["line"], f["message"]) for f in findings if f["rule"] == "TA006"}
    assert invalid == {
        (
            3,
            f"the suppression of TA001 at .teamaudit.yaml:3 lasts until {far}, and suppression-max-days: 90 asks "
            f"for an until by {latest} at the latest; it does not apply",
        ),
        (
            6,
            "the suppression of TA003 at .teamaudit.yaml:6 has no until, and suppression-max-days: 90 asks for an "
            f"until by {latest} at the latest; it does not apply",
        ),
    }
    assert all(f["file"] == ".teamaudit.yaml" for f in findings if f["rule"] == "TA006")
    assert not any(f["suppressed"] for f in findings if f["rule"] in ("TA001", "TA003"))


@pytest.mark.parametrize("value", ["0", "lots", "99999"])
def test_a_horizon_that_is_no_number_of_days_is_an_error_at_its_line(tmp_path: Path, value: str):
    config(tmp_path, f"fail-on: warning\nsuppression-max-days: {value}\n")
    result = run_cli("check", "team.yaml", cwd=tmp_path)
    assert result.code == 2
    assert result.stderr.startswith("teamaudit: error: ") and ".teamaudit.yaml:2:" in result.stderr
    assert "suppression-max-days" in result.stderr and "unknown key" not in result.stderr


def test_the_horizon_is_read_from_pyproject_too(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.teamaudit]\nsuppression-max-days = 30\nignore = [{rule = "TA001", reason = "board"}]\n'
    )
    (tmp_path / "team.yaml").write_text(TWO_ML)
    result = run_cli("check", "team.yaml", "--format", "json", cwd=tmp_path)
    invalid = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "TA006"]
    assert result.code == 1 and invalid and invalid[0]["file"] == "pyproject.toml" and invalid[0]["line"] == 3


def test_the_workflow_sets_the_horizon_where_a_pull_request_does_not_reach_it(tmp_path: Path):
    """A config with no horizon, as a pull request can leave it: TEAMAUDIT_SUPPRESSION_MAX_DAYS holds every
    suppression to one all the same."""
    config(tmp_path, "ignore:\n  - rule: TA001\n    reason: board approved\n")
    env = {"TEAMAUDIT_SUPPRESSION_MAX_DAYS": "30"}
    result = run_cli("check", "team.yaml", "--format", "json", cwd=tmp_path, env=env)
    invalid = [f["message"] for f in json.loads(result.stdout)["findings"] if f["rule"] == "TA006"]
    assert result.code == 1 and invalid[0].startswith("the suppression of TA001 at .teamaudit.yaml:2 has no until")
    bad = run_cli("check", "team.yaml", cwd=tmp_path, env={"TEAMAUDIT_SUPPRESSION_MAX_DAYS": "soon\n::error::x"})
    assert bad.code == 2 and bad.stderr == (
        "teamaudit: error: environment variable TEAMAUDIT_SUPPRESSION_MAX_DAYS: 'soon\\n::error::x' is not a number "
        "of days from 1 to 3,660\n"
    )


@pytest.mark.parametrize(
    ("file_days", "env_days", "applies"), [(30, "3660", False), (3660, "30", False), (400, "365", True)]
)
def test_the_stricter_horizon_wins_whichever_sets_it(tmp_path: Path, file_days: int, env_days: str, applies: bool):
    """A horizon is a limit: the workflow's TEAMAUDIT_SUPPRESSION_MAX_DAYS=3660 (a pull request can edit the workflow
    file too) replaced the config's 30, and a suppression for 100 days applied again."""
    until = dt.date.today() + dt.timedelta(days=100)
    config(
        tmp_path,
        f"suppression-max-days: {file_days}\nignore:\n  - rule: TA001\n    reason: board\n    until: {until}\n",
    )
    result = run_cli(
        "check", "team.yaml", "--format", "json", cwd=tmp_path, env={"TEAMAUDIT_SUPPRESSION_MAX_DAYS": env_days}
    )
    invalid = [f["message"] for f in json.loads(result.stdout)["findings"] if f["rule"] == "TA006"]
    assert result.code == (0 if applies else 1), result.stdout
    if not applies:
        strictest = min(file_days, int(env_days))
        by = "suppression-max-days" if strictest == file_days else "TEAMAUDIT_SUPPRESSION_MAX_DAYS"
        assert invalid == [
            f"the suppression of TA001 at .teamaudit.yaml:3 lasts until {until}, and {by}: {strictest} asks for an "
            f"until by {dt.date.today() + dt.timedelta(days=strictest)} at the latest; it does not apply"
        ]
