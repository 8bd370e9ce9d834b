"""The RE2 stand-ins of the packaged rubric's Python-only patterns: a check compiles with Python's `re` only the
patterns a text of its team can match, and every pattern answers as it did when all were compiled up front."""

from __future__ import annotations

import random
import re
import sys

import pytest
import re2
import yaml

from conftest import ROOT
from teamaudit import rubric as rubric_module
from teamaudit.classify import Classifier, patternset
from teamaudit.classify.index import SignalIndex
from teamaudit.classify.prefilter import stand_in
from teamaudit.normalize import TitleNormalizer, normalize_text
from teamaudit.roster import load_roster
from teamaudit.rubric import load_rubric

LOOKAROUND = re.compile(r"\(\?<?[=!]")


def _re2(pattern: str):
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    return re2.compile(pattern, options)


def _python_only(pattern: str) -> bool:
    try:
        _re2(pattern)
    except re2.error:
        return True
    return False


@pytest.fixture(scope="module")
def packaged():
    return load_rubric("healthcare-ai")


def test_every_python_only_pattern_of_the_packaged_rubric_has_a_stand_in(packaged):
    sets = SignalIndex(packaged).sets.values()
    python_only = {p for s in sets for p in s._patterns if _python_only(p)}
    assert len(python_only) > 20  # the measurement works
    assert [p for p in python_only if stand_in(p) is None or _python_only(stand_in(p))] == []


def test_a_check_compiles_only_the_python_patterns_its_team_can_match(packaged, monkeypatch):
    """Compiling all of them with Python's `re` cost more than the rest of a 20-person check."""
    rubric_module._compile.cache_clear()
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(rubric_module.re, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags))
    classifier = Classifier(packaged)  # its own pattern sets, built on first use
    for person in load_roster(ROOT / "examples" / "plan-fixes.yaml").people:
        classifier.classify(person)
    with_lookarounds = {p for p in compiled if LOOKAROUND.search(p)}
    assert 0 < len(with_lookarounds) <= 12, len(with_lookarounds)


def _texts() -> list[str]:
    """Titles, skills and background lines of the examples and test files, and words of the patterns themselves
    joined at random, also to letters and spaces that are not ASCII, so the stand-ins match often."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted([*(ROOT / "examples").glob("*.yaml"), *(ROOT / "tests" / "data").rglob("*.yaml")]):
        try:
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
    sets = SignalIndex(load_rubric("healthcare-ai")).sets.values()
    words = sorted({w for s in sets for p in s._patterns if _python_only(p) for w in re.findall(r"[^\W\d_]{2,}", p)})
    joins = [" ", " ", " ", "-", " of ", ", ", "", "ж", "ı", "\u00a0", "\n", "2 ", " 10+ years ", "é"]
    rng = random.Random(7)
    for _ in range(4000):
        found.append("".join(rng.choice(words) + rng.choice(joins) for _ in range(rng.randint(1, 5))).strip(" "))
    return found


def test_a_stand_in_never_changes_what_a_pattern_matches(packaged, monkeypatch):
    with_stand_ins = SignalIndex(packaged).sets
    monkeypatch.setattr(patternset, "stand_in", lambda pattern: None)
    compiled_up_front = SignalIndex(packaged).sets
    normalizer = TitleNormalizer(packaged.normalization)
    texts = {variant for t in _texts() for variant in (t, t.lower(), normalize_text(t), normalizer.normalize(t))}
    differ = [
        (field, text)
        for field, patterns in with_stand_ins.items()
        for text in texts
        if patterns.matching(text) != compiled_up_front[field].matching(text)
    ]
    assert len(texts) > 5_000 and not differ, differ[:3]


def _python_case_partners() -> list[list[str]]:
    """Every group of characters Python's case-insensitive `re` reads as one letter (lower case, upper case and
    its own extra cases, re._casefix), with more than one member."""
    from re import _casefix  # type: ignore[attr-defined]

    parent: dict[int, int] = {}

    def root(c: int) -> int:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    def join(a: int, b: int) -> None:
        parent[root(a)] = root(b)

    for c in range(sys.maxunicode + 1):
        if 0xD800 <= c <= 0xDFFF:
            continue
        for other in (chr(c).lower(), chr(c).upper()):
            if len(other) == 1 and ord(other) != c:
                join(c, ord(other))
    for c, extra in _casefix._EXTRA_CASES.items():
        for other in extra:
            join(c, other)
    groups: dict[int, list[str]] = {}
    for c in list(parent):
        groups.setdefault(root(c), []).append(chr(c))
    return [sorted(set(g) | {chr(r)}) for r, g in groups.items()]


def test_a_stand_in_matches_every_letter_python_reads_as_the_same_letter():
    groups = _python_case_partners()
    assert len(groups) > 1000  # the measurement works
    missed = []
    for group in groups:
        text = "".join(group)
        for letter in group:
            python = {m.group() for m in re.finditer(re.escape(letter), text, re.IGNORECASE)}
            stood = _re2(stand_in(re.escape(letter)) or "")
            missed += [(letter, other) for other in python if not stood.fullmatch(other)]
    assert missed == []


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!x)\bж", " ж"),  # a boundary to Python, where RE2 sees two characters that are not ASCII word ones
        (r"\bnurse\b(?!s)", "nurse\u3000"),
        (r"(?!x)\w+ist\b", "жist"),
        (r"(?!x)\d+ years", "٣ years"),
        (r"(?!x)a\sb", "a\u00a0b"),
        (r"(?!x)a\sb", "a\x1cb"),
        (r"clinic(?!al)", "clınic"),  # Python's i matches a dotless ı
        (r"[a-z]+ian(?!s)", "xİan"),
        (r"nurse$(?<!x)", "nurse\n"),  # and its $ matches before a last newline
        (r"[\w-]+ lead(?!er)", "жж- lead"),
    ],
)
def test_a_stand_in_matches_where_the_engines_read_a_text_differently(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    assert _re2(stand_in(pattern) or "").search(text)


@pytest.mark.parametrize(
    "pattern",
    [
        r"x(?=y)*",  # a quantified lookaround: removing it would quantify what comes before
        r"\b?x",
        r"a{,3}(?!b)",  # RE2 reads {,3} as text
        r"[[:alpha:]](?!b)",
        r"(?#note)a(?!b)",
        r"[^a](?!b)",  # a negated class: widening it would narrow what it matches
        r"\W(?!b)",
        r"[À-ÿ](?!b)",  # a range that is not ASCII, which Python may close under case otherwise
        r"a(?!b",
    ],
)
def test_no_stand_in_where_one_might_miss_a_match(pattern):
    assert stand_in(pattern) is None
