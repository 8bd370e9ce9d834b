"""Every way `check --format sarif` runs in CI gives a document valid against the OASIS SARIF 2.1.0 schema, its
`uri` and `date-time` values included, which jsonschema does not check unless told (its format checker knows
neither without extra packages): the modes a workflow sets (`--redact`, `--scope current`, `--details`,
`--config-from` with the base's suppressions), suppressions accepted and expired, and team files in folders whose
names a URI must escape (a space, `#`, `%`, `?`, `[`, a backslash, a non-ASCII letter, `::warning`), inside the
workspace and outside it. tests/test_formats.py checks the examples as they are; tests/test_ci_formats_hostile.py
hostile names."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator, FormatChecker

from conftest import EXAMPLES, run_cli
from test_formats import SARIF_SCHEMA_PATHS

# RFC 3986's grammar, its appendix A: a URI reference is a scheme (for `uri`), an authority, a path, a query and a
# fragment made of unreserved characters, sub-delimiters, ':' and '@', and percent-escapes; nothing else.
_PCHAR = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})"
_REFERENCE = re.compile(rf"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?(?://{_PCHAR}*)?(?:{_PCHAR}|/)*(?:\?(?:{_PCHAR}|[/?])*)?")
_REFERENCE_END = re.compile(rf"(?:#(?:{_PCHAR}|[/?])*)?")
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")  # RFC 3339, section 5.6

FORMATS = FormatChecker()


@FORMATS.checks("uri-reference")
def _uri_reference(value: object) -> bool:
    if not isinstance(value, str):
        return True
    start = _REFERENCE.match(value)
    return start is not None and _REFERENCE_END.fullmatch(value, start.end()) is not None


@FORMATS.checks("uri")
def _uri(value: object) -> bool:
    return not isinstance(value, str) or (_uri_reference(value) and bool(re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", value)))


@FORMATS.checks("date-time")
def _date_time(value: object) -> bool:
    return not isinstance(value, str) or _DATE_TIME.fullmatch(value) is not None


@pytest.fixture(scope="module")
def validator() -> Draft7Validator:
    path = next(p for p in SARIF_SCHEMA_PATHS if p.is_file())
    return Draft7Validator(json.loads(path.read_text(encoding="utf-8")), format_checker=FORMATS)


def _valid(validator: Draft7Validator, result: Any) -> dict[str, Any]:
    assert result.code in (0, 1), result
    doc: dict[str, Any] = json.loads(result.stdout)
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
    assert not problems, problems[:5]
    return doc


def test_the_format_checks_refuse_what_they_are_for(validator):
    assert not _uri_reference("team plan.yaml") and not _uri_reference("a#b#c") and not _uri_reference("100%.yaml")
    assert _uri_reference("teams/q1%20plan%232.yaml") and not _uri("teams/x.yaml") and _uri("file:///tmp/x.yaml")
    assert not _date_time("2026-12-04 10:00:00") and _date_time("2026-12-04T10:00:00Z")


@pytest.mark.parametrize("example", ["backwards.yaml", "balanced.yaml", "messy-40.yaml", "plan-fixes.yaml"])
@pytest.mark.parametrize("mode", [[], ["--redact"], ["--scope", "current"], ["--details"], ["--fail-on", "info"]])
def test_every_mode_a_workflow_sets_gives_valid_sarif(validator, example, mode):
    _valid(validator, run_cli("check", EXAMPLES / example, "--format", "sarif", *mode))


_SUPPRESSIONS = """\
ignore:
  - rule: TA003
    reason: "accepted until the hire starts"
    until: 2099-01-01
  - rule: TA002
    reason: expired
    until: 2020-01-01
"""


@pytest.mark.parametrize(
    "folder", ["with space", "pct%41", "hash#x", "q?x", "üñí", "brack[1]", "back\\slash", "::warning title=x::ok"]
)
def test_a_team_file_in_a_folder_a_uri_must_escape_gives_valid_sarif(validator, tmp_path: Path, folder: str):
    where = tmp_path / "ws" / folder
    where.mkdir(parents=True)
    shutil.copy(EXAMPLES / "backwards.yaml", where / "team.yaml")
    (where / ".teamaudit.yaml").write_text(_SUPPRESSIONS)
    inside = run_cli("check", where / "team.yaml", "-f", "sarif", cwd=tmp_path / "ws", env={"GITHUB_WORKSPACE": "."})
    outside = run_cli("check", where / "team.yaml", "-f", "sarif", cwd=tmp_path, env={"GITHUB_WORKSPACE": "/nowhere"})
    for doc in (_valid(validator, inside), _valid(validator, outside)):
        assert any(r.get("suppressions") for r in doc["runs"][0]["results"])


def test_the_base_branch_s_suppressions_give_valid_sarif(validator, tmp_path: Path):
    """Under `--config-from`, a finding about the base's config names `git:REF:PATH`, which SARIF gives as PATH."""
    shutil.copy(EXAMPLES / "backwards.yaml", tmp_path / "team.yaml")
    (tmp_path / ".teamaudit.yaml").write_text(_SUPPRESSIONS)
    for command in (["init", "-q"], ["add", "-A"], ["-c", "user.name=a", "-c", "user.email=a@b", "commit", "-qm", "x"]):
        subprocess.run(["git", *command], cwd=tmp_path, check=True)
    result = run_cli("check", "team.yaml", "-f", "sarif", "--config-from", "HEAD", cwd=tmp_path)
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for r in _valid(validator, result)["runs"][0]["results"]
        for location in r["locations"]
    }
    assert ".teamaudit.yaml" in uris
