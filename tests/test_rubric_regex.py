"""Rubric patterns: RE2 for every user pattern, Python's re only for the packaged rubrics' own."""

from __future__ import annotations

import json
import re
import time

import pytest

from conftest import run_process
from teamaudit.rubric import load_rubric
from teamaudit.rubricpatterns import rubric_regex


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
def test_a_pattern_whose_counted_repeats_compile_past_the_budget_is_refused_at_once(tmp_path, cli, repeat):
    """Forty `[a-z]{1,1000}` in one 2 KB pattern took RE2 4.6 s to compile, and four such signals made `check`
    run for over a minute and end in a traceback ("failed to compile Set")."""
    pattern = repeat * 40 + "x"
    path = tmp_path / "slow.yaml"
    path.write_text(
        "extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  other:\n    signals:\n"
        f"      - {{field: title, weight: 1, label: l, pattern: '{pattern}'}}\n",
        encoding="utf-8",
    )
    started = time.process_time()
    result = cli("rubric", "validate", path)
    assert result.code == 2 and f"{path}:7:" in result.stderr
    assert "pattern: is too large: RE2 compiles it to more than 20,000 instructions" in result.stderr
    assert time.process_time() - started < 1


def _signals(path, patterns, field="any"):
    """A rubric extending the packaged one with a signal per pattern, each on its own line from line 7."""
    rows = "".join(
        f"      - {{id: s{i}, field: {field}, weight: 1, label: s{i}, pattern: '{p}'}}\n"
        for i, p in enumerate(patterns)
    )
    path.write_text(
        f"extends: healthcare-ai\nname: x\nversion: '1'\nlayers:\n  ml_research:\n    signals:\n{rows}",
        encoding="utf-8",
    )
    return path


def test_a_short_pattern_that_compiles_large_is_refused_before_it_slows_every_check(tmp_path, cli):
    """`(?:\\pL|\\pN){0,300}` repeats 300 times fewer than the old limit on counted repeats allowed, but `\\pL` alone
    is hundreds of byte ranges: three such signals validated, and then every `check` took 6 s and 320 MB to
    compile them (ten took `rubric validate` 13 s and 596 MB to refuse)."""
    rubric = _signals(tmp_path / "slow.yaml", [f"(?:\\pL|\\pN){{0,300}}x{i}" for i in range(3)])
    started = time.process_time()
    result = cli("rubric", "validate", rubric)
    assert result.code == 2, result.stdout
    too_large = (
        "is too large: RE2 compiles it to more than 20,000 instructions (`\\pL` alone is hundreds, and {n,m} makes "
        "m copies of what it repeats)"
    )
    assert result.stderr == "".join(
        f"teamaudit: error: {rubric}:{7 + i}:61: layers.ml_research.signals.{i}.pattern: {too_large}\n"
        for i in range(3)
    )
    checked = cli("check", "examples/messy-40.yaml", "--rubric", rubric)
    assert checked.code == 2 and checked.stdout == "" and checked.stderr == result.stderr
    assert time.process_time() - started < 2


def test_compiling_stops_at_the_twentieth_problem(tmp_path, cli):
    """1,700 signals of `(?:\\pL|\\pN){0,999}x` (158 KB) made `rubric validate` take 273 s: each pattern took RE2
    0.1 s to find too large, and every one was compiled to report 20 of them."""
    rubric = _signals(tmp_path / "many.yaml", [f"(?:\\pL|\\pN){{0,999}}y{i}" for i in range(300)])
    started = time.process_time()
    result = cli("rubric", "validate", rubric)
    assert time.process_time() - started < 2
    lines = result.stderr.splitlines()
    assert result.code == 2 and len(lines) == 20 and all("is too large" in line for line in lines)
    assert f"{rubric}:26:" in lines[-1]  # the twentieth signal's line; the 280 after it are not compiled


@pytest.mark.parametrize(
    ("patterns", "field", "problem"),
    [
        # 4,038 instructions each: the 25th takes the titles' patterns past 100,000
        (
            [f"(?:\\pL|\\pN){{0,3}}z{i}q" for i in range(30)],
            "title",
            ("signals.24", "the patterns matched against titles compile to more than 100,000 RE2 instructions"),
        ),
        # read in all four fields: counted in each
        (
            [f"(?:\\pL|\\pN){{0,3}}w{i}q" for i in range(30)],
            "any",
            ("signals.24", "the patterns matched against titles compile to more than 100,000 RE2 instructions"),
        ),
        # a Unicode class costs RE2 half a millisecond to read even where it compiles to nothing
        (
            [f"(?:\\pL){{0}}v{i}q" for i in range(120)],
            "skills",
            ("signals.100", "the rubric's patterns hold more than 100 Unicode classes (\\p, \\P) with this one"),
        ),
        (
            [f"(?:{'[^a]' * 1_240}){{0}}t{i}q" for i in range(45)],
            "background",
            ("signals.40", "the rubric's patterns come to more than 200,000 characters with this one"),
        ),
    ],
    ids=["one field", "every field", "unicode classes", "characters"],
)
def test_a_rubric_whose_patterns_cost_too_much_together_is_refused_at_the_signal_that_passes_the_limit(
    tmp_path, cli, patterns, field, problem
):
    """Each of these rubrics validated, and made every `check` that used it slower: the patterns of a field are
    compiled together on every run."""
    rubric = _signals(tmp_path / "costly.yaml", patterns, field)
    started = time.process_time()
    result = cli("rubric", "validate", rubric)
    at, message = problem
    assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert f": layers.ml_research.{at}: {message}" in result.stderr
    assert result.stderr.rstrip().endswith("; patterns after it are not checked")
    assert time.process_time() - started < 2


def test_a_drop_list_too_large_to_match_together_is_refused(tmp_path, cli):
    drop = ", ".join(f"'(?:\\pL|\\pN){{0,3}}d{i}q'" for i in range(30))
    path = tmp_path / "drop.yaml"
    path.write_text(f"extends: healthcare-ai\nname: x\nversion: '1'\nnormalization:\n  drop: [{drop}]\n")
    result = cli("rubric", "validate", path)
    assert result.code == 2 and f"{path}:5:9: normalization.drop: the patterns matched against titles to drop " in (
        result.stderr
    )


def test_a_rubric_within_every_limit_validates_and_checks(tmp_path, cli):
    """Up to the limits: 24 signals of 4,038 instructions read in every field."""
    rubric = _signals(tmp_path / "large.yaml", [f"(?:\\pL|\\pN){{0,3}}u{i}q" for i in range(24)])
    assert cli("rubric", "validate", rubric).code == 0
    assert cli("check", "examples/messy-40.yaml", "--rubric", rubric).code == 1


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
    from teamaudit.classify import patternset, setgroups
    from teamaudit.errors import TeamAuditError

    class Refusing:
        def __init__(self, options):
            pass

        def Add(self, pattern):
            return 0

        def Compile(self):
            raise setgroups.re2.error("failed to compile Set")

    monkeypatch.setattr(setgroups.re2.Set, "SearchSet", Refusing)
    with pytest.raises(TeamAuditError) as caught:
        patternset.PatternSet(["nurse", "doctor"], "mine.yaml").matching("nurse")
    assert str(caught.value).startswith("mine.yaml: the rubric's 2 patterns for one field are too large")


def test_patterns_wide_enough_to_make_every_line_slow_are_refused_at_their_line(tmp_path, cli):
    """Ninety skills signals `[ab]*a[ab]{900}c` compile to 908 instructions each, inside every compile limit, but a
    text of a's and b's keeps 902 places of each open at once: every distinct 2,000-character skills line cost
    RE2 4.6 s of CPU, so a team file of them ran for days."""
    rubric = _signals(tmp_path / "wide.yaml", [f"[ab]*a[ab]{{900}}c{i}" for i in range(90)], field="skills")
    started = time.process_time()
    result = cli("rubric", "validate", rubric)
    assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert f"{rubric}:9:" in result.stderr  # the third signal takes the skills' patterns past 2,500 places
    assert (
        "layers.ml_research.signals.2: the patterns matched against skills are more than 2,500 places wide together "
        "with this one" in result.stderr
    )
    team = tmp_path / "team.yaml"
    team.write_text("people:\n  - {name: A, title: Engineer, skills: [" + "ab" * 995 + "]}\n", encoding="utf-8")
    checked = cli("check", team, "--rubric", rubric)
    assert checked.code == 2 and checked.stderr == result.stderr
    assert time.process_time() - started < 2


def test_signals_wide_only_on_their_own_letters_fit_together_as_one_text_opens_them(tmp_path, cli):
    """A field's patterns are counted as one pattern of them all: a text has one pair of last characters, so forty
    title signals each 80 places wide on a run of its own letter keep at most 80 open at once, not 3,200. Added up,
    they were refused at the 32nd, as a rubric with a word list per language was; a run of each letter still costs
    what 80 places cost."""
    letters = [chr(ord("a") + i) for i in range(26)] + [chr(ord("α") + i) for i in range(14)]
    rubric = _signals(tmp_path / "wide.yaml", [rf"\b{letter}{{80}}\b" for letter in letters], field="title")
    started = time.process_time()
    result = cli("rubric", "validate", rubric)
    assert result.code == 0, result.stderr
    team = tmp_path / "team.yaml"
    people = "".join(
        f"  - {{name: P{i}, title: {letter * (290 + i % 7)} {i}}}\n" for i, letter in enumerate(letters * 5)
    )
    team.write_text("people:\n" + people, encoding="utf-8")
    checked = cli("check", team, "--rubric", rubric, "--format", "json")
    assert checked.code in (0, 1), checked.stderr
    assert time.process_time() - started < 4


@pytest.mark.parametrize("member", [r"\x{61}\x{62}", r"\x{61}", r"[:alpha:]"])
def test_a_class_in_re2_only_syntax_is_open_with_every_letter(tmp_path, cli, member):
    """`[\\x{61}\\x{62}]` or `[[:alpha:]]` was read for its width as `[.]`, which Python's parser makes a literal dot:
    counted together, its places were open only on runs of dots, so a rubric of `[\\x{61}\\x{62}]*a[\\x{61}\\x{62}]{N}c`
    at 2,500 places (as costly as `[ab]`) let in `a{N}` signals at 2,500 more, open on the same a's: a team file
    of runs of a's cost `check` 110 us a byte, 23 times a normal roster's (the `[ab]` rubric at the limit: 82)."""
    patterns = [f"[{member}]{{900}}y", f"[{member}]{{900}}z", "a{900}x"]
    result = cli("rubric", "validate", _signals(tmp_path / "wide.yaml", patterns, field="skills"))
    assert result.code == 2 and "signals.2: the patterns matched against skills are more than 2,500" in result.stderr


def test_a_place_followed_by_many_characters_of_one_first_byte_counts_each_of_them(tmp_path, cli):
    """RE2 reads bytes: between the first byte of a Greek letter and its second, every next place whose letter begins
    with that byte is open. `α(?:βz|γz|...|οz)` keeps fifteen open there, one after the letter: seven signals of
    fifteen such branches repeated 180 times were counted 182 places wide each (1,274 together) and a team file of
    Greek letters and z's cost `check` more than 16 times what the `[ab]` rubric at the width limit did."""
    branches = "(?:" + "|".join(f"{letter}z" for letter in "αβγδεζηθικλμνξο") + ")"
    result = cli("rubric", "validate", _signals(tmp_path / "fan.yaml", [f"{branches}*βz{branches}{{180}}q"], "skills"))
    assert result.code == 2 and "signals.0: the patterns matched against skills are more than 2,500" in result.stderr


@pytest.mark.parametrize(
    ("pattern", "width"),
    [
        (r"\bnurse\b", 1),  # one open place at a time: "nurse" has no repeated letter
        (r"\bnurs(?:e|es|ing)\b", 2),  # after "...es": the s of "nurs" and the s of "es"
        (r"\bphd\b.{0,60}\bmachine learning\b", 61),  # 60 places of any character open together, and an m
        ("[ab]*a[ab]{900}c", 902),
        ("[ab]*a" + "[ab]" * 900 + "c", 902),  # written out: as wide
    ],
)
def test_a_patterns_width_counts_the_places_one_text_keeps_open(pattern, width):
    from teamaudit.patterncost import PatternBudget

    assert PatternBudget().width_of(pattern) == width


def test_the_packaged_rubrics_patterns_fit_the_width_limit_of_each_field():
    """A copy of the packaged rubric (`rubric show`) is counted like anyone's rubric and must stay valid."""
    from teamaudit import patterncost
    from teamaudit.accents import fold_pattern
    from teamaudit.rubrickeys import FIELDS_READ

    budget = patterncost.PatternBudget()
    for definition in load_rubric("healthcare-ai").layers.values():
        for signal in (*definition.signals, *definition.negative):
            budget.charge(
                signal.pattern, FIELDS_READ[signal.field], 0, budget.openings_of(fold_pattern(signal.pattern))
            )
    assert 1_500 < max(budget.widths.values()) < patterncost.MAX_FIELD_WIDTH, budget.widths


def test_a_set_search_that_gives_up_is_answered_pattern_by_pattern(monkeypatch):
    """RE2's set answers a search it gives up on (its DFA out of memory) as it answers one where nothing matched;
    such a line was read as matching no signal. RE2 since 2019 does not give up once a set compiles, so the
    failure is simulated here."""
    from teamaudit.classify import patternset

    class GivingUp:
        def __init__(self, built):
            self._built = built

        def Match(self, text):
            return None

    matcher = patternset.PatternSet([r"\bnurse\b", r"\bdoctor\b", "nurs"], "mine.yaml")
    assert matcher.matching("a nurse") == [0, 2]
    sets = matcher._sets
    monkeypatch.setattr(sets, "_sets", [(GivingUp(built), *rest) for built, *rest in sets._sets])
    assert matcher.matching("a nurse") == [0, 2]
    assert matcher.matching("a doctor") == [1]


def test_titles_that_slow_pythons_re_are_ruled_out_by_re2_first(tmp_path, cli):
    """The packaged rubric's lookaround patterns run on Python's re: a distinct 300-character title of `1 1 1 ...`
    cost about 6 ms (a real title 0.4 ms), so a 50 MB team file of them ran for a quarter of an hour. An RE2 set of
    the patterns without their lookarounds (classify/prefilter.py) now rules them out."""
    title = " ".join("1" * 148)
    team = tmp_path / "team.yaml"
    rows = "".join(f'  - {{name: P{i}, title: "{title} {i}"}}\n' for i in range(1000))
    team.write_text(f"people:\n{rows}", encoding="utf-8")
    started = time.process_time()
    result = cli("check", team, "--format", "json")
    assert result.code in (0, 1), result.stderr
    assert time.process_time() - started < 3  # 6 to 11 s before


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!x)\b\d+ years\b", "٣ years"),  # Python's \d is Unicode's digits; RE2's only ASCII's
        (r"\b\w+ologist\b(?!s)", "中ologist"),  # and its \w, \b
        (r"a\sb(?=c)", "a\u2003bc"),  # and its \s
        (r"^(?!.*\bx\b).*?nurse$", "nurse\n"),  # `$` before a final line break
        (r"(?s:a.b)", "a\nb"),
        (r"[^\w]x", "-x"),
        (r"ſ", "S"),  # a letter Python folds with s
        (r"i(?!y)", "\u0130"),  # and İ with i
        (r"(?<!q)в", "\u1c80"),  # Cyrillic в and its rounded form
        ("(?<!q)醫師", "醫師"),  # a character without case is itself
    ],
)
def test_the_relaxed_form_of_a_python_only_pattern_matches_wherever_the_pattern_does(pattern, text):
    from teamaudit.classify.prefilter import relaxed

    assert re.search(pattern, text, re.IGNORECASE)
    assert rubric_regex(relaxed(pattern) or "", re.IGNORECASE).search(text)


def test_the_prefilter_changes_no_match_of_the_labelled_people(monkeypatch):
    from pathlib import Path

    import yaml

    from teamaudit.classify import patternset
    from teamaudit.classify.index import SignalIndex
    from teamaudit.normalize import TitleNormalizer, normalize_text

    rubric = load_rubric("healthcare-ai")
    rows = yaml.safe_load(Path("benchmarks/data/people.yaml").read_text(encoding="utf-8"))["people"]
    titles = TitleNormalizer(rubric.normalization)
    monkeypatch.setattr(patternset, "_PREFILTER_AFTER", float("inf"))
    without = SignalIndex(rubric)
    fields = {"title": [titles.normalize(r[0]) for r in rows]}
    fields["skills"] = fields["background"] = [normalize_text(line) for r in rows for line in (*r[1], *r[2])]
    expected = {field: [without.sets[field].matching(text) for text in texts] for field, texts in fields.items()}
    monkeypatch.setattr(patternset, "_PREFILTER_AFTER", -1.0)  # built at once
    prefiltered = SignalIndex(rubric)
    assert {field: [prefiltered.sets[field].matching(text) for text in texts] for field, texts in fields.items()} == (
        expected
    )
    assert all(prefiltered.sets[field]._prefilter is not None for field in fields)


def _folded_into_ascii() -> dict[str, str]:
    """Every character outside ASCII that Python's re, ignoring case, matches to an ASCII character, by letter."""
    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found: dict[str, str] = {}
    for code in range(0x80, 0x110000):
        if ascii_class.fullmatch(chr(code)):
            for letter in "abcdefghijklmnopqrstuvwxyz":
                if re.fullmatch(letter, chr(code), re.IGNORECASE):
                    found[letter] = found.get(letter, "") + chr(code)
    return found


def test_the_prefilter_knows_every_character_python_folds_into_an_ascii_letter():
    from teamaudit.classify.prefilter import _FOLDED_INTO_ASCII

    assert _folded_into_ascii() == _FOLDED_INTO_ASCII


def test_the_prefilter_writes_as_itself_only_a_character_python_matches_to_nothing_else():
    """Python's re, ignoring case, matches a character that has no case (its `iscased`) only to itself."""
    import _sre

    from teamaudit.classify.prefilter import _uncased

    assert not [x for x in range(0x80, 0x110000) if _sre.unicode_iscased(x) and _uncased(x, x)]


def test_the_prefilter_knows_every_character_whose_lowercase_is_not_its_uppercases():
    """What Python's re matches to a character outside ASCII is read from its lowercase: the characters with that
    lowercase are it, its uppercase and a few others (`İ` for `i`, the Ohm sign for `ω`), which the prefilter lists."""
    import _sre

    from teamaudit.classify.prefilter import _IRREGULAR_UPPER

    irregular = {}
    for code in range(0x110000):
        lower = _sre.unicode_tolower(code)
        if code != lower and chr(code) != chr(lower).upper():
            irregular[chr(lower)] = irregular.get(chr(lower), "") + chr(code)
    assert irregular == _IRREGULAR_UPPER


def test_the_prefilter_never_rules_out_a_text_a_python_only_pattern_matches(monkeypatch):
    """Python's re, ignoring case, reads `i` and the dotless `ı` alike, RE2 does not: "Practıtioner" was clinical
    in a small team and `other` in a large one, whose titles had cost Python's re enough to build the prefilter."""
    from pathlib import Path

    import yaml

    from teamaudit.accents import fold_pattern
    from teamaudit.classify.patternset import _options
    from teamaudit.classify.prefilter import Prefilter
    from teamaudit.normalize import TitleNormalizer

    rubric = load_rubric("healthcare-ai")
    patterns = [fold_pattern(s.pattern) for d in rubric.layers.values() for s in (*d.signals, *d.negative)]
    compiled = [rubric_regex(p, re.IGNORECASE) for p in patterns]
    prefilter = Prefilter(patterns, _options)
    rows = yaml.safe_load(Path("benchmarks/data/people.yaml").read_text(encoding="utf-8"))["people"]
    normalizer = TitleNormalizer(rubric.normalization)
    titles = sorted({normalizer.normalize(r[0]) for r in rows})[::16]
    titles += ["doctor or practitioner", "epic analyst", "integration engineer", "skilled kinesiologist"]
    texts = [*titles, *(t.upper() for t in titles)]
    for letter, characters in _folded_into_ascii().items():
        for character in characters:
            texts += [t.replace(letter, character) for t in titles if letter in t]
    checked = 0
    for text in texts:
        allowed = set(prefilter.candidates(text))
        for index, pattern in enumerate(compiled):
            if pattern.search(text):
                checked += 1
                assert index in allowed, (patterns[index], text)
    assert checked > 200


def test_a_title_with_a_dotless_i_reads_alike_in_a_small_team_and_a_large_one(tmp_path, cli, monkeypatch):
    """A team of one "Practıtioner" is clinical (Python's re reads `ı` as `i`); in a team whose titles had cost
    Python's re 0.1 s, the prefilter then built ruled it out, and it was `other` 0.30."""
    from teamaudit.classify import patternset

    team = tmp_path / "team.yaml"
    team.write_text(
        "organization: X\npeople:\n  - {id: f1, name: Filler, title: Analyst}\n"
        "  - {id: p1, name: Zed One, title: Practıtioner}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(patternset, "_PREFILTER_AFTER", -1.0)  # built after the first title, as in a large team
    result = cli("check", team, "--format", "json")
    zed = next(p for p in json.loads(result.stdout)["people"] if p["name"] == "Zed One")
    assert (zed["layer"], zed["confidence"]) == ("clinical", 1.0), zed
    assert "title matches 'doctor or practitioner'" in zed["evidence"]


def _copy_with_title_signals(cli, monkeypatch, path, patterns):
    """`rubric show healthcare-ai` with a title signal per pattern at the top of the `other` layer's signals; the
    line of the first. Validated then as in a process that has not read the packaged rubric (whose patterns it
    trusts once read)."""
    from teamaudit import rubricpatterns

    shown = cli("rubric", "show", "healthcare-ai").stdout
    monkeypatch.setattr(rubricpatterns, "_BUILTIN_PATTERNS", set())
    head, tail = shown.split("  other:\n", 1)
    before, after = tail.split("    signals:\n", 1)
    rows = "".join(
        f"    - {{id: mine{i}, pattern: '{p}', weight: 1, label: mine {i}, field: title}}\n"
        for i, p in enumerate(patterns)
    )
    path.write_text(f"{head}  other:\n{before}    signals:\n{rows}{after}", encoding="utf-8")
    return (head + "  other:\n" + before).count("\n") + 2


def test_a_copy_of_the_packaged_rubric_has_the_width_of_its_field_for_its_own_signals(tmp_path, cli, monkeypatch):
    """A copy's own patterns counted toward the 2,500 places of titles (about 2,010 of them): eight modest title signals
    were refused, at a packaged signal the user never touched, while the same signals under `extends:` passed."""
    patterns = [rf"\b(?:senior|lead|staff) nurse\b.{{0,40}}\b(?:ward|unit) {chr(65 + i % 26)}{i}\b" for i in range(30)]
    copy = tmp_path / "mine.yaml"
    _copy_with_title_signals(cli, monkeypatch, copy, patterns)
    result = cli("rubric", "validate", copy)
    assert result.code == 0, result.stderr


def test_wide_signals_in_a_copy_of_the_packaged_rubric_are_refused_at_the_users_own_line(tmp_path, cli, monkeypatch):
    copy = tmp_path / "mine.yaml"
    first = _copy_with_title_signals(cli, monkeypatch, copy, [f"[ab]*a[ab]{{900}}c{i}" for i in range(5)])
    result = cli("rubric", "validate", copy)
    assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert f"{copy}:{first + 2}:" in result.stderr  # the third takes titles past 2,500 places
    assert "layers.other.signals.2: the patterns matched against titles are more than 2,500 places" in result.stderr
