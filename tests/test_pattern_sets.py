"""The packaged rubric's patterns, matched in small RE2 sets behind a prefilter, match exactly what each pattern
searched on its own matches: on the rubric's own trap titles and lines, and on texts made to tell them apart."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import test_classifier_traps as traps
from conftest import run_cli
from teamaudit.classify import patternset
from teamaudit.classify.index import FIELDS, SignalIndex
from teamaudit.classify.prefilter import relaxed
from teamaudit.normalize import TitleNormalizer, normalize_text
from teamaudit.rubric import load_rubric
from teamaudit.rubricpatterns import rubric_regex

# Characters on either side of a word that Python's `\b` and RE2's read differently: letters outside ASCII, the
# characters Python folds into an ASCII letter, an underscore, a digit, CJK.
_EDGES = ["", " ", "_", "1", "é", "中", "ı", "İ", "ſ", "\u212a", "-", "ß", "\u0660"]


def _trap_texts() -> dict[str, list[str]]:
    rubric = load_rubric("healthcare-ai")
    titles = TitleNormalizer(rubric.normalization)
    people = [
        person
        for name in dir(traps)
        if name.isupper() and isinstance(getattr(traps, name), list)
        for person in getattr(traps, name)
    ]
    # Each trap begins with its title; its skills and background lines are the tuples of text after it.
    lines = [
        normalize_text(line)
        for person in people
        for part in person[1:]
        if isinstance(part, (tuple, list))
        for line in part
        if isinstance(line, str)
    ]
    return {"title": [titles.normalize(p[0]) for p in people if p and isinstance(p[0], str)], "lines": lines}


def _hostile_texts(words: list[str], seed: int) -> list[str]:
    """Texts of the rubric's own words, glued to each other and to characters read differently at a word's edge."""
    rng = random.Random(seed)
    texts = []
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts += [rng.choice(_EDGES), rng.choice(words), rng.choice(_EDGES), rng.choice(["", " ", "  "])]
        texts.append("".join(parts))
    return texts


def _rubric_words(patterns: list[str]) -> list[str]:
    return sorted({w for p in patterns for w in re.findall(r"[a-z]{2,}(?: [a-z]{2,})?", p)})


@pytest.mark.parametrize("field", FIELDS)
def test_small_sets_and_the_prefilter_match_what_each_pattern_does_on_its_own(monkeypatch, field):
    monkeypatch.setattr(patternset, "_PREFILTER_AFTER", -1.0)  # the prefilter built at once
    index = SignalIndex(load_rubric("healthcare-ai"))
    matcher = index.sets[field]
    patterns = matcher._patterns
    alone = [rubric_regex(p, re.IGNORECASE) for p in patterns]
    found = _trap_texts()
    texts = found["title"] if field == "title" else found["lines"]
    texts += _hostile_texts(_rubric_words(patterns), seed=FIELDS.index(field))
    matched = 0
    for text in texts:
        expected = [i for i, pattern in enumerate(alone) if pattern.search(text)]
        assert matcher.matching(text) == expected, text
        matched += bool(expected)
    assert matcher._prefilter is not None and matched > 50


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bsenior\b", "ſenior"),  # Python folds ſ into s: a word character, so `\b` holds before it
        (r"\bkine", "\u212aine"),  # and the Kelvin sign into k
        (r"\bic", "İc"),
        (r"\bnurse", "é nurse"),
        (r"\bnurse", "中 nurse"),
        (r"\b\w+ologist", "中ologist"),  # \w: any letter, no boundary asked of RE2 before one outside ASCII
        (r"\b\d+ years", "\u0663 years"),
        (r"\b(?:ab)+c", "ababc"),  # the boundary before the first copy only
        (r"x\b ?(?:y|\bz)", "x z"),  # a boundary after what the pattern matched, and one inside a branch
        (r"(?<!q)\b(?:\bn|m)urse", "a nurse"),
        (r"^(?!.*\bphd\b).*?\bnurse", "nurse"),
    ],
)
def test_the_relaxed_form_keeps_a_boundary_only_where_python_would_find_one(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    assert rubric_regex(relaxed(pattern) or "", re.IGNORECASE).search(text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(r"\bnurse\b", "cybernurse"), (r"\b(?:phd|postdoc\w*)\b", "aphd"), (r"\b\d+ years", "a1 years")],
)
def test_the_relaxed_form_rules_out_a_word_inside_another(pattern, text):
    """Without `\\b`, the relaxed forms looked for every word of the patterns inside every word of a title: an RE2
    set of them cost more than the patterns on titles of the rubric's own words."""
    assert not re.search(pattern, text, re.IGNORECASE)
    assert not rubric_regex(relaxed(pattern) or "", re.IGNORECASE).search(text)


def test_a_fields_patterns_are_matched_in_a_few_small_sets():
    """One RE2 set of the 111 title patterns builds a DFA state for each combination of places a text leaves open
    in them: a title of the rubric's own words cost 1.4 ms, against 0.3 ms in sets of about ten (setgroups.py)."""
    from teamaudit.classify import setgroups

    matcher = SignalIndex(load_rubric("healthcare-ai")).sets["title"]
    matcher.build()
    sizes = [len(entries) for _, entries, _ in matcher._sets._sets]
    assert 1 < len(sizes) <= setgroups.MOST_SETS and max(sizes) <= 2 * setgroups.GROUP


def test_a_field_without_patterns_matches_nothing():
    """A rubric may give a field no signal (no `team:` pattern): its texts are still asked about."""
    assert patternset.PatternSet([], "mine.yaml").matching("Platform team") == []


def _heavy_rubric(tmp_path: Path) -> Path:
    """The packaged rubric and seven title signals each within the per-pattern limit, one of them longer than the
    set of ten patterns they share a field's memory with could hold."""
    signals = "".join(
        f"      - {{id: zq{i}, field: title, weight: 1, label: zq{i}, pattern: '(?:\\pL|\\pN){{0,10}}zq{i}'}}\n"
        for i in range(7)
    )
    path = tmp_path / "heavy.yaml"
    head = 'extends: healthcare-ai\nname: heavy\nversion: "1"\nlayers:\n  clinical:\n    signals:\n'
    path.write_text(head + signals, encoding="utf-8")
    return path


def test_large_patterns_one_set_of_all_could_hold_are_not_refused(tmp_path):
    """A few sets share the memory one set of all the patterns had; a set its share was too small for is given it
    all, so a rubric that set accepted is still accepted."""
    result = run_cli("rubric", "validate", _heavy_rubric(tmp_path))
    assert result.code == 0, result.stderr
    assert "heavy 1" in result.stdout


def test_patterns_too_large_for_all_the_memory_are_named(tmp_path, monkeypatch):
    """With less memory than each of the seven alone needs (700 kB; the packaged rubric's need 512 kB or less),
    the error names them rather than the field's first patterns."""
    monkeypatch.setattr(patternset, "_SET_MEMORY", 600 << 10)
    result = run_cli("rubric", "validate", _heavy_rubric(tmp_path))
    assert result.code == 2 and "Traceback" not in result.stderr
    assert "heavy.yaml" in result.stderr and "too large to match together" in result.stderr
    assert "those that did not fit: 'zq0', 'zq1', 'zq2', 'zq3', 'zq4' and 2 more)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
