"""Rubric patterns: RE2 for every user pattern, Python's re only for the packaged rubrics' own."""

from __future__ import annotations

import re
import time

import pytest

from teamaudit.rubric import load_rubric, rubric_regex


def test_a_backtracking_pattern_runs_in_linear_time():
    pattern = rubric_regex(r"(a+)+$", re.IGNORECASE)
    started = time.perf_counter()
    assert pattern.search("A" * 100_000 + "!") is None
    assert pattern.search("xx aaa") is not None
    assert time.perf_counter() - started < 1


def test_the_pattern_answers_search_and_sub_as_re_does():
    pattern = rubric_regex(r"\b(?:senior|junior)\b")
    assert pattern.search("senior nurse")
    assert pattern.sub(" ", "senior nurse junior") == "  nurse  "


@pytest.mark.parametrize("pattern", [r"nurse(?!ry)", r"(?<=x)y", r"(a)\1"])
def test_what_re2_cannot_run_is_refused(pattern):
    with pytest.raises(re.error, match="RE2"):
        rubric_regex(pattern)


def test_the_packaged_rubric_keeps_its_python_only_patterns():
    rubric = load_rubric("healthcare-ai")
    lookarounds = [
        s.pattern
        for d in rubric.layers.values()
        for s in (*d.signals, *d.negative)
        if "(?<" in s.pattern or "(?!" in s.pattern
    ]
    assert lookarounds
    for pattern in lookarounds:
        assert isinstance(rubric_regex(pattern, re.IGNORECASE), re.Pattern)  # Python's re, not refused


def test_a_rubric_validates_with_the_line_of_a_pattern_re2_refuses(tmp_path, cli):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "extends: healthcare-ai\nname: mine\nversion: '1'\nnormalization:\n  drop: ['staff(?= \\w)', 'senior']\n",
        encoding="utf-8",
    )
    result = cli("rubric", "validate", path)
    assert result.code == 2 and len(result.stderr.splitlines()) == 1
    assert f"{path}:5:" in result.stderr and "RE2" in result.stderr
