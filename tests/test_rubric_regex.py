"""Rubric patterns: RE2 for every user pattern, Python's re only for the packaged rubrics' own."""

from __future__ import annotations

import json
import re
import time

import pytest

from conftest import run_process
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


def test_a_copy_of_the_packaged_rubric_is_accepted_as_shipped_and_refused_once_edited(tmp_path, cli):
    """`rubric show healthcare-ai > mine.yaml` wrote a file `rubric validate` refused: its Python-only patterns
    were trusted only inside the installed package. A pattern exactly as shipped is trusted wherever it is written;
    one edited by a character runs on RE2 like any other, and is refused. Fresh processes: one that has read the
    packaged rubric already trusts its patterns, which is what hid this."""
    copy = tmp_path / "mine.yaml"
    copy.write_text(cli("rubric", "show", "healthcare-ai").stdout, encoding="utf-8")
    assert run_process("rubric", "validate", copy).code == 0
    team = "examples/messy-40.yaml"
    shipped = json.loads(cli("check", team, "--format", "json").stdout)["people"]
    copied = json.loads(run_process("check", team, "--format", "json", "--rubric", copy).stdout)["people"]
    assert [(p["layer"], p["confidence"]) for p in copied] == [(p["layer"], p["confidence"]) for p in shipped]
    text = copy.read_text(encoding="utf-8")
    assert text.count("staff(?= \\w)") == 1
    copy.write_text(text.replace("staff(?= \\w)", "staff(?= \\w+)"), encoding="utf-8")
    result = run_process("rubric", "validate", copy)
    assert result.code == 2 and "RE2" in result.stderr


@pytest.mark.parametrize("repeat", ["[a-z]{1,1000}", "\\\\{1,1000}"])  # the second: a backslash, repeated
def test_a_pattern_whose_counted_repeats_add_up_past_the_budget_is_refused_at_once(tmp_path, cli, repeat):
    """Forty `[a-z]{1,1000}` in one 2 KB pattern took RE2 4.6 s to compile, and four such signals made `check`
    run for over a minute and end in a traceback ("failed to compile Set")."""
    pattern = repeat * 40 + "x"
    path = tmp_path / "slow.yaml"
    path.write_text(
        "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
        f"      - {{field: title, weight: 1, label: l, pattern: '{pattern}'}}\n",
        encoding="utf-8",
    )
    started = time.perf_counter()
    result = cli("rubric", "validate", path)
    assert result.code == 2 and f"{path}:7:" in result.stderr
    assert "counted repeats ({n,m}) add up to 40,000, over 1,000" in result.stderr
    assert time.perf_counter() - started < 2


def test_a_rubric_of_thousands_of_signals_is_refused(tmp_path, cli):
    rows = "".join(f"      - {{field: text, weight: 1, label: l, pattern: 'q{i}'}}\n" for i in range(2000))
    path = tmp_path / "many.yaml"
    path.write_text(f"extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n{rows}")
    packaged = load_rubric("healthcare-ai")
    total = 2000 + sum(len(d.signals) + len(d.negative) for d in packaged.layers.values())
    result = cli("rubric", "validate", path)
    assert (
        result.code == 2 and f"{path}:5:3: layers: {total:,} signals, over the 2,000 a rubric may hold" in result.stderr
    )


def test_a_pattern_set_re2_cannot_build_is_an_input_error_naming_the_rubric(monkeypatch):
    """A set too large for RE2's memory ended `check` in a traceback with exit 1 (read as 'findings' in CI)."""
    from teamaudit.classify import patternset
    from teamaudit.errors import TeamAuditError

    class Refusing:
        def __init__(self, options):
            pass

        def Add(self, pattern):
            return 0

        def Compile(self):
            raise patternset.re2.error("failed to compile Set")

    monkeypatch.setattr(patternset.re2.Set, "SearchSet", Refusing)
    with pytest.raises(TeamAuditError) as caught:
        patternset.PatternSet(["nurse", "doctor"], "mine.yaml").matching("nurse")
    assert str(caught.value).startswith("mine.yaml: the rubric's 2 patterns for one field are too large")
