"""What a config or rubric author reads about their own file: keys they may write, and each value as they
wrote it, never a Python value (`datetime.date(2026, 1, 1)`, `True`, `None`, `b'...'`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

ERROR = "teamaudit: error: "
CHILD = 'extends: healthcare-ai\nname: child\nversion: "1"\n'


def _rubric(tmp_path: Path, text: str) -> str:
    (tmp_path / "r.yaml").write_text(CHILD + text, encoding="utf-8")
    result = run_cli("rubric", "validate", "r.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stdout == ""
    return result.stderr


@pytest.mark.parametrize("key", ["pth", "paths", "file", "filez"])
def test_a_misspelt_rubric_key_is_never_said_to_mean_a_field_teamaudit_fills_in(tmp_path: Path, key: str) -> None:
    """`pth:` was 'did you mean path?': a key no rubric may hold (teamaudit sets where the rubric was read)."""
    stderr = _rubric(tmp_path, f"{key}: x\n")
    assert stderr.startswith(f"{ERROR}r.yaml:4:1: {key}: unknown key (")
    assert "path" not in stderr.removeprefix(f"{ERROR}r.yaml:4:1: {key}")
    assert "files" not in stderr.removeprefix(f"{ERROR}r.yaml:4:1: {key}")


@pytest.mark.parametrize("key", ["path", "files"])
def test_a_rubric_that_writes_path_or_files_is_told_it_is_no_key(tmp_path: Path, key: str) -> None:
    """It was accepted and silently replaced by where the rubric was read from."""
    assert _rubric(tmp_path, f"{key}: elsewhere.yaml\n").startswith(f"{ERROR}r.yaml:4:1: {key}: unknown key (")


def test_a_source_named_files_is_found_where_it_is_written(tmp_path: Path) -> None:
    """`sources: {files: ...}` lost its `files` step: the message said `sources.title`, at the wrong column."""
    stderr = _rubric(tmp_path, "sources: {files: {title: 5}}\n")
    assert stderr.startswith(f"{ERROR}r.yaml:4:26: sources.files.title: must be text, got 5")


PYTHON_VALUES = ("datetime", "True", "False", "None", "b'")
KNOWN_CONFIG = "(known keys: rubric, scope, basis, fail-on, rules, thresholds, ignore, suppression-max-days)"


def _config_problems(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / "team.yaml").write_text((EXAMPLES / "balanced.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("check", "team.yaml", "--config", name, cwd=tmp_path)
    assert result.code == 2 and result.stdout == ""
    assert not any(python in result.stderr for python in PYTHON_VALUES), result.stderr
    return [line.removeprefix(f"{ERROR}{name}:") for line in result.stderr.splitlines()]


@pytest.mark.parametrize(
    "until",
    ["2026-01-01T10:00:00", "2026-1-1 10:00:00", "2026-01-01t10:00:00Z", "2026-01-01 10:00:00 +02:00"],
)
def test_a_suppression_until_a_date_and_time_is_quoted_as_written(tmp_path: Path, until: str) -> None:
    """YAML reads these as datetimes: the message said `2026-01-01 10:00:00` (or `+00:00`) for each, and not how
    to write it."""
    problems = _config_problems(tmp_path, "c.yaml", f"ignore:\n  - {{rule: TA002, reason: x, until: {until}}}\n")
    assert problems == [
        f"2:37: ignore[0].until: must be a date like 2026-03-01, got {until} "
        "(a date and time: write the date alone, 2026-01-01)"
    ]


def test_a_toml_suppression_until_a_date_and_time_says_how_to_write_it(tmp_path: Path) -> None:
    problems = _config_problems(
        tmp_path, "c.toml", '[[tool.teamaudit.ignore]]\nrule = "TA002"\nreason = "x"\nuntil = 2026-01-01 10:00:00\n'
    )
    assert problems == [
        "4:9: tool.teamaudit.ignore[0].until: must be a date like 2026-03-01, got 2026-01-01 10:00:00 "
        "(a date and time: write the date alone, 2026-01-01)"
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("rules: {2026-01-01: off}", "1:9: rules: a rule is named by text, not 2026-01-01"),
        ("rules: {2026-01-01T10:00:00: off}", "1:9: rules: a rule is named by text, not 2026-01-01T10:00:00"),
        ("rules: {Yes: off}", "1:9: rules: a rule is named by text, not Yes"),
        ("rules: {~: off}", "1:9: rules: a rule is named by text, not ~"),
        (
            "rules: {TA001: 2026-01-01T10:00:00}",
            "1:16: rules.TA001: 2026-01-01T10:00:00 is not one of error, warning, info, off",
        ),
        ("yes: 1", f"1:1: a key must be text, not yes {KNOWN_CONFIG}"),
        ("2026-01-01: 1", f"1:1: a key must be text, not 2026-01-01 {KNOWN_CONFIG}"),
        ("null: 1", f"1:1: a key must be text, not null {KNOWN_CONFIG}"),
        (
            "thresholds: {on: 1}",
            "1:14: thresholds: a key must be text, not on "
            "(known keys: ml-ratio, confidence, thin-layer-people, thin-layer-min-fte)",
        ),
        (
            "ignore: [{rule: TA002, reason: x, ~: 1}]",
            "1:35: ignore[0]: a key must be text, not ~ (known keys: rule, layer, person, view, reason, until)",
        ),
        ("scope: 2026-01-01T10:00:00", "1:8: scope: 2026-01-01T10:00:00 is not valid; allowed: plan, current"),
        (
            "ignore: [{rule: TA002, reason: x, until: 10:00:00}]",
            "1:42: ignore[0].until: must be a date like 2026-03-01, got 10:00:00",
        ),
        (
            "thresholds: {ml-ratio: !!binary aGVsbG8=}",
            "1:24: thresholds.ml-ratio: must be a number, got binary data (!!binary)",
        ),
        (
            "a: &b !!binary aGVsbG8=\nthresholds: {ml-ratio: *b}",
            "2:24: thresholds.ml-ratio: must be a number, got binary data (!!binary)",
        ),
    ],
)
def test_a_config_value_or_key_that_is_not_text_is_said_as_the_file_writes_it(
    tmp_path: Path, text: str, problem: str
) -> None:
    """`rules: {2026-01-01: off}` said `not datetime.date(2026, 1, 1)`, `yes: 1` said `1: Keys should be strings`,
    `~: 1` said `None: ...`, a YAML time `10:00:00` (a number in YAML 1.1) said 36000, !!binary said b'hello'."""
    assert problem in _config_problems(tmp_path, "c.yaml", text + "\n")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("sources: {2026-01-01: {title: x}}", "4:10: sources.2026-01-01: must be text, got 2026-01-01"),
        (
            "layers: {yes: {name: x}}",
            "4:9: layers.yes: unknown layer yes; layers are: clinical, integration, compliance, ml_research, other",
        ),
        (
            "layers: {clinical: {credentials: {On: 3}}}",
            "4:34: layers.clinical.credentials.On: must be text, got On (YAML reads an unquoted On as true: quote it)",
        ),
        (
            "layers: {clinical: {credentials: {RN: 0x1F}}}",
            "4:39: layers.clinical.credentials.RN: 0x1F is a hexadecimal number to YAML 1.1, not the decimal it looks "
            "like (write it in decimal digits)",
        ),
        (
            "recommendations: {yes: x}",
            "4:18: recommendations.yes: must be text, got yes (YAML reads an unquoted yes as true: quote it)",
        ),
        ("description: 2026-01-01T10:00:00", "4:14: description: must be text, got 2026-01-01T10:00:00"),
        (
            "layers: {clinical: {signals: [{id: a, pattern: x, weight: 1, label: l, field: 2026-01-01T10:00:00}]}}",
            "4:79: layers.clinical.signals.0.field: must be one of title, skills, background, team, text or any, "
            "got 2026-01-01T10:00:00",
        ),
        (
            "thresholds: {~: 1}",
            "4:14: thresholds: a key must be text, not ~ (known keys: ml_ratio, confidence, "
            "thin_layer_people, thin_layer_min_fte)",
        ),
    ],
)
def test_a_rubric_value_or_key_that_is_not_text_is_said_as_the_file_writes_it(
    tmp_path: Path, text: str, problem: str
) -> None:
    """`sources: {2026-01-01: ...}` was `sources.datetime.date(2026, 1, 1)`, `layers: {yes: ...}` was `unknown layer
    'True'`, a credential `yes` or a recommendation `yes` was `True`, a weight 0x1F was 31, and a signal's field
    said `Input should be 'title', ...` without what it got."""
    stderr = _rubric(tmp_path, text + "\n")
    assert not any(python in stderr for python in PYTHON_VALUES), stderr
    assert f"{ERROR}r.yaml:{problem}" in stderr.splitlines()
