"""The figures in the advice and the verdict read as a person would write them: layers that tie are said to tie,
and with `--basis headcount` people are counted in whole people ("5 people", "1 person"), never "5.0 people"."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import run_cli

FORMATS = ["text", "markdown", "html", "json", "sarif", "junit", "github"]


def _team(tmp_path: Path, layers: str) -> Path:
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n" + "".join(f"  - {{name: M{i}, title: Research Scientist}}\n" for i in range(6)) + layers,
        encoding="utf-8",
    )
    return team


NURSE = "  - {name: N, title: Registered Nurse, background: ICU nurse}\n"
HL7 = "  - {name: H, title: Interface Analyst, skills: [HL7]}\n"
RA = "  - {name: C, title: Regulatory Affairs Specialist, background: filed a 510(k)}\n"


def test_three_layers_that_tie_are_not_called_one_thinnest_layer():
    """examples/plan-fixes.yaml today: clinical, integration and compliance hold 1.0 FTE each. The advice said
    "starting with the thinnest layer, clinical (1.0 FTE)"."""
    out = run_cli("check", "examples/plan-fixes.yaml", "--scope", "current").stdout
    assert "the thinnest layer, clinical" not in out
    assert "starting with any of them: the three layers tie at 1.0 FTE each." in out


def test_two_layers_that_tie_are_both_named(tmp_path):
    team = _team(tmp_path, NURSE + HL7 + HL7.replace("name: H", "name: H2") + RA)
    out = run_cli("check", team).stdout
    assert "starting with the thinnest layers, clinical and compliance (1.0 FTE each)." in out


def test_one_thinnest_layer_is_named_alone(tmp_path):
    team = _team(tmp_path, NURSE + NURSE.replace("name: N", "name: N2") + HL7 + HL7.replace("name: H", "name: H2") + RA)
    out = run_cli("check", team).stdout
    assert "hire 1 person for the thinnest layer, compliance (1.0 FTE), before the next ML hire." in out


def test_two_missing_layers_are_both_named(tmp_path):
    out = run_cli("check", _team(tmp_path, RA)).stdout
    assert "starting with the missing clinical and integration layers." in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_headcount_counts_whole_people(fmt):
    result = run_cli("check", "examples/plan-fixes.yaml", "--scope", "current", "--basis", "headcount", "-f", fmt)
    assert result.code == 1, result.stderr
    out = html.unescape(result.stdout)
    assert not re.findall(r"\d\.\d+ (?:people|person)\b", out)
    assert "1 people" not in out
    if fmt in ("text", "markdown", "html"):
        assert "ML research 5 people vs clinical + integration + compliance 3 people (current view)" in out
        assert (
            "Current staff is over-indexed today, ML research 5 vs layers 3 people; the plan fixes it once its "
            "hires start." in out
        )
    if fmt in ("text", "markdown", "html", "json"):
        assert "Of those 2 people, 1 for integration (1 person today)." in out


def test_headcount_findings_and_details_in_json():
    doc = json.loads(
        run_cli("check", "examples/plan-fixes.yaml", "--scope", "current", "--basis", "headcount", "-f", "json").stdout
    )
    ta001 = next(f for f in doc["findings"] if f["rule"] == "TA001")
    assert ta001["message"].startswith("ML research (5 people) outnumbers clinical + integration + compliance combined")
    assert "(3 people)" in ta001["message"]


PARENTHESES_TEAM = (
    "people:\n"
    + "".join(f"  - {{name: M{i}, title: Research Scientist}}\n" for i in range(6))
    + "".join(f"  - {{name: Req ML{i}, title: ML Engineer, status: open}}\n" for i in range(2))
    + "  - {name: Bo, title: Registered Nurse, fte: 0.2, background: ICU nurse}\n"
    + "  - {name: Cy, title: Registered Nurse, fte: 0.3, background: ICU nurse}\n"
    + "  - {name: Req RA, title: Regulatory Affairs Specialist, status: open}\n"
    + "  - {name: Di, title: Integration Analyst}\n"
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("team", ["examples/backwards.yaml", "examples/messy-40.yaml", "scenario"])
def test_a_line_number_is_never_in_parentheses_inside_parentheses(tmp_path, fmt, team):
    """`held by one person (Dr. Alan Whitfield (line 40))`, `Convert 2 open ML requisitions (Open req - Model
    Optimization (line 49), ...)`: the rubric put the names, each with its `(line N)`, in parentheses. The scenario
    has every wording that names people: part-time help, a layer held by an open role, unproven layers, requisitions
    to convert."""
    if team == "scenario":
        team = tmp_path / "team.yaml"
        team.write_text(PARENTHESES_TEAM, encoding="utf-8")
    out = run_cli("check", team, "--format", fmt).stdout
    found = 0
    for piece in re.split(r"<[^>]*>|\n", out):  # a line, or the text between two HTML tags
        for at in re.finditer(r"\(line \d+\)", piece):
            before = piece[: at.start()]
            assert before.count("(") == before.count(")"), piece
            found += 1
    assert found or fmt == "html"  # the board's report names people without their lines


SRC = Path(__file__).resolve().parents[1] / "src" / "teamaudit"
# What a founder reads: every count's noun there is said by `counted` (counts.py), which says 0, 1 and 2 each
# right ("no people", "1 person", "2 people") and groups thousands; render/'s CI formats are not read as prose.
READ_BY_PEOPLE = [
    *sorted((SRC / "rules").glob("*.py")),
    *(SRC / "render" / f"{name}.py" for name in ("text", "plaintext", "markdown", "html", "html_summary", "common")),
    *(SRC / "render" / f"{name}.py" for name in ("gap", "diff", "people", "prose", "html_text", "charts")),
    *(SRC / f"{name}.py" for name in ("paytotals", "firmness", "headroom", "recommend")),
    *sorted((SRC / "importer").glob("*.py")),
]


@pytest.mark.parametrize("module", READ_BY_PEOPLE, ids=lambda path: path.name)
def test_a_count_of_people_is_said_by_the_one_plural_helper(module: Path) -> None:
    """paytotals.py wrote '"1 person has" if len(costs) == 1 else f"{len(costs)} people have"' and render/diff.py
    its own "1 person's layer": each a plural kept apart from the helper that says 0 and thousands too."""
    inline = re.findall(r"\"1 [^\"{]*\" if [^\n]*== 1 else", module.read_text(encoding="utf-8"))
    assert inline == [], f"{module.name}: use counts.py's counted"


@pytest.mark.parametrize("module", [m for m in READ_BY_PEOPLE if m.parent.name != "importer"], ids=lambda p: p.name)
def test_a_count_written_with_its_own_plural_is_said_by_the_helper_too(module: Path) -> None:
    """render/common.py wrote '"The finding" if len(repeated) == 1 else f"The {len(repeated):,} findings"', a
    plural of its own beside the helper that says 0, 1 and thousands. (importer/summary.py, whose owner is
    another, still has one: `f"1 accepted offer {one}" if ... else f"{len(offers):,} accepted offers"`.)"""
    inline = re.findall(r"== 1 else f\"[^\"]*\{[^}]*:,\}", module.read_text(encoding="utf-8"))
    assert inline == [], f"{module.name}: use counts.py's counted"


def _thirds(tmp_path: Path, third: float = 0.333) -> Path:
    """One ML researcher beside three part-timers at 0.333 FTE, one in each layer: 1.0 FTE against 0.999."""
    people = [("Research Scientist", 1.0), ("Registered Nurse", third), ("HL7 Interface Engineer", third)]
    people.append(("Regulatory Affairs Specialist", third))
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n" + "".join(f"  - {{name: P{i}, title: {t}, fte: {f}}}\n" for i, (t, f) in enumerate(people)),
        encoding="utf-8",
    )
    return team


def test_three_people_at_a_third_read_as_less_than_one_fte_never_as_one_dot(tmp_path: Path) -> None:
    """Three part-timers at 0.333 FTE hold 0.999 FTE: the verdict read 'ML research 1.0 FTE vs clinical +
    integration + compliance 1. FTE', a broken figure that also looked equal to ML's, which is no over-indexing."""
    team = _thirds(tmp_path)
    for fmt in ("text", "markdown", "html"):
        result = run_cli("check", team, "-f", fmt)
        assert result.code == 1, result.stderr
        assert "0.999 FTE" in result.stdout, fmt
        assert re.findall(r"\d\.(?: FTE|\)|,)", result.stdout) == [], fmt


@pytest.mark.parametrize(
    ("fmt", "said"),
    [
        ("text", "ratio 1.001, threshold 1.00"),
        ("markdown", "**1.001** | max 1.00"),
        ("html", "ML-to-layers ratio 1.001 against a threshold of 1.00"),
    ],
)
def test_a_ratio_just_over_the_threshold_never_reads_as_equal_to_it(tmp_path: Path, fmt: str, said: str) -> None:
    """FAIL beside 'ratio 1.00, threshold 1.00': equal passes (the article's 'outnumber' is strictly more), so the
    reader saw a verdict its own figures contradicted. The ratio keeps the decimal that shows it is over."""
    result = run_cli("check", _thirds(tmp_path), "-f", fmt)
    assert result.code == 1 and said in result.stdout
    assert re.search(r"ratio 1\.00(?:,| against| \(threshold)|\*\*1\.00\*\*", result.stdout) is None


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_ratio_over_by_less_than_four_decimals_show_is_not_said_equal(tmp_path: Path, fmt: str) -> None:
    """Three part-timers at 0.33333 FTE: TA001 fails ML's 1.0 FTE against 0.99999, and the report read 'ML research
    1.0 FTE vs clinical + integration + compliance 1.0 FTE' and 'ratio 1.00, threshold 1.00': the four decimals
    Composition.ratio and fmt kept rounded the difference away."""
    result = run_cli("check", _thirds(tmp_path, 0.33333), "-f", fmt)
    out = html.unescape(result.stdout)
    assert result.code == 1 and "compliance 0.99999 FTE" in out, fmt
    assert "1.00001" in out and "compliance 1.0 FTE" not in out, fmt
    assert re.search(r"ratio 1\.00(?:,| against| \(threshold)|\*\*1\.00\*\*", out) is None, fmt


def test_a_ratio_at_the_threshold_reads_as_it(tmp_path: Path) -> None:
    """Equal is no over-indexing, and is said to two decimals, not to as many as a float's last bit would take."""
    team = tmp_path / "team.yaml"
    people = [("Research Scientist", 1.0), ("Registered Nurse", 0.1), ("HL7 Interface Engineer", 0.2)]
    people.append(("Regulatory Affairs Specialist", 0.7))
    team.write_text(
        "people:\n" + "".join(f"  - {{name: P{i}, title: {t}, fte: {f}}}\n" for i, (t, f) in enumerate(people)),
        encoding="utf-8",
    )
    result = run_cli("check", team)
    assert result.code == 0 and "ratio 1.00, max 1.00" in result.stdout and "| max 1.00" in result.stdout


def test_json_keeps_the_figures_that_fail_the_verdict(tmp_path: Path) -> None:
    """Three part-timers at 0.33333 FTE beside one ML researcher fail TA001, and JSON, rounding to four decimals,
    gave ML research 1.0 against three layers 1.0 and a ratio of 1.0 beside `"verdict": "fail"`; its gap was 0.1."""
    result = run_cli("check", _thirds(tmp_path, 0.33333), "-f", "json")
    doc = json.loads(result.stdout)
    assert result.code == 1 and doc["verdict"] == "fail"
    view = doc["composition"]["plan"]
    assert (view["ml_research"], view["three_layers"], view["ml_to_layers_ratio"]) == (1.0, 0.99999, 1.00001)
    assert view["layers"]["clinical"]["fte"] == 0.33333 and view["total"]["fte"] == 1.99999
    assert doc["firmness"]["plan"]["worst_case"] == {"ml_research": 1.0, "three_layers": 0.99999}
    assert doc["gap"]["shortfall"] == 0.00001 and doc["gap"]["over_index"] == 1


def test_the_html_chart_s_data_keeps_the_ratio_that_fails_the_verdict(tmp_path: Path) -> None:
    """The chart's data-ratio read '1.0' beside data-threshold '1.0' of three part-timers at 0.33333 FTE against one
    ML researcher, a FAIL whose machine-readable figures say equal, which passes; it keeps the digits JSON keeps."""
    page = run_cli("check", _thirds(tmp_path, 0.33333), "-f", "html").stdout
    assert 'data-ratio="1.00001" data-threshold="1.0"' in page, re.findall(r'data-ratio="[^"]*"', page)


def test_the_gap_is_said_as_it_is_not_rounded_up_to_a_tenth(tmp_path: Path) -> None:
    """ML research 1.0 FTE against 0.999 read 'it takes 1 person full-time to close the 0.1 FTE gap': a hundred
    times the gap, rounded up to a tenth. The hires stay whole: one person closes 0.001 FTE."""
    team = _thirds(tmp_path)
    text = run_cli("check", team).stdout
    assert "it takes 1 person full-time to close the 0.001 FTE gap" in text
    assert "0.1 FTE gap" not in text
    assert json.loads(run_cli("check", team, "-f", "json").stdout)["gap"]["shortfall"] == 0.001


def test_the_gap_said_is_never_less_than_the_gap(tmp_path: Path) -> None:
    """ML research 2.0 FTE against a nurse at 0.337 is a 1.663 FTE gap, which two decimals said as 'the 1.66 FTE
    gap': layers grown by the 1.66 said stay 0.003 short, still over-indexed. Said to the decimals shown, the gap
    is rounded up, as it was to tenths before, and the JSON gives the figure the text does."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n  - {name: A, title: Research Scientist}\n  - {name: B, title: Research Scientist}\n"
        "  - {name: N, title: Registered Nurse, fte: 0.337}\n",
        encoding="utf-8",
    )
    text = " ".join(run_cli("check", team).stdout.split())
    assert "it takes 2 people full-time to close the 1.67 FTE gap" in text, text
    assert "1.66" not in text
    assert json.loads(run_cli("check", team, "-f", "json").stdout)["gap"]["shortfall"] == 1.67


def test_diff_keeps_the_figures_that_fail_the_change(tmp_path: Path) -> None:
    """A change to three people at 0.33333 FTE fails, and diff read 'ratio rose above the threshold 1.00: 0.98 ->
    1.00', 'ML : layers 0.98 -> 1.00 (max 1.00)' and, in JSON, a ratio of 1.0: the figures of a pass."""
    (tmp_path / "base").mkdir()
    (tmp_path / "head").mkdir()
    base, head = _thirds(tmp_path / "base", 0.34), _thirds(tmp_path / "head", 0.33333)
    for fmt in ("text", "markdown", "json"):
        result = run_cli("diff", base, head, "-f", fmt)
        assert result.code == 1, result.stdout + result.stderr
        assert re.search(r"(->|→) \**1\.00\b", result.stdout) is None, fmt
        assert re.search(r"(->|→) \**1\.00001", result.stdout), fmt
        assert "ratio 1.00001, max 1.00" in result.stdout, fmt
    doc = json.loads(run_cli("diff", base, head, "-f", "json").stdout)
    assert doc["composition"]["plan"]["head"]["ml_to_layers_ratio"] == 1.00001


def test_a_threshold_with_more_decimals_is_shown_as_written(tmp_path: Path) -> None:
    """`ml-ratio: 1.234` read 'ratio 1.232, max 1.23' beside a PASS: two decimals made the threshold look lower than
    a ratio it is above. It is shown as the config writes it, wherever a threshold is."""
    team = tmp_path / "team.yaml"
    people = [("Registered Nurse", 0.4), ("HL7 Interface Engineer", 0.3), ("Regulatory Affairs Specialist", 0.3)]
    people += [("Research Scientist", 1.0), ("Research Scientist", 0.232)]
    team.write_text(
        "people:\n" + "".join(f"  - {{name: P{i}, title: {t}, fte: {f}}}\n" for i, (t, f) in enumerate(people)),
        encoding="utf-8",
    )
    (tmp_path / ".teamaudit.yaml").write_text("thresholds:\n  ml-ratio: 1.234\n", encoding="utf-8")
    for fmt in ("text", "markdown", "html"):
        result = run_cli("check", team, "-f", fmt, cwd=tmp_path)
        out = " ".join(html.unescape(result.stdout).split())
        assert result.code == 0 and "ratio 1.232, max 1.234" in out and "1.23)" not in out, fmt
    over = tmp_path / "over.yaml"
    over.write_text(team.read_text(encoding="utf-8").replace("fte: 0.232", "fte: 0.236"), encoding="utf-8")
    result = run_cli("diff", team, over, cwd=tmp_path)
    assert result.code == 1 and "ratio 1.24, threshold 1.234" in result.stdout
    assert "ML : layers  1.232 -> 1.24 (max 1.234)" in result.stdout


def test_diff_gives_a_person_s_fte_as_the_file_writes_it(tmp_path: Path) -> None:
    """Three people moved from 0.34 to 0.33333 FTE fail the change, and diff read 'fte 0.34 -> 0.33' for each: two
    decimals hid the change that failed it."""
    (tmp_path / "base").mkdir()
    (tmp_path / "head").mkdir()
    base, head = _thirds(tmp_path / "base", 0.34), _thirds(tmp_path / "head", 0.33333)
    for fmt in ("text", "markdown"):
        result = run_cli("diff", base, head, "-f", fmt)
        assert result.code == 1 and "fte 0.33)" not in result.stdout, fmt
        assert re.search(r"fte 0\.34 (->|→) 0\.33333\)", result.stdout), fmt


def test_a_conversion_that_ends_the_over_indexing_says_whose_the_hires_left_are(tmp_path):
    """Converting the one open ML requisition 'closes the whole 2.0 FTE gap', and the note under it said '2 people
    left to hire' as if that gap were still open: those hires are the thin layers' (TA003), not the over-indexing's."""
    team = tmp_path / "team.yaml"
    team.write_text(
        "people:\n"
        + "".join(f"  - {{name: M{i}, title: Research Scientist}}\n" for i in range(4))
        + "  - {name: Open ML, title: Research Scientist, status: open}\n"
        + NURSE
        + HL7
        + RA,
        encoding="utf-8",
    )
    for fmt in ("text", "markdown", "html"):
        out = " ".join(html.unescape(run_cli("check", team, "--format", fmt).stdout).split())
        assert "so this closes the whole 2.0 FTE gap." in out
        assert "2 people left to hire: 1 for integration and 1 for compliance, which the other findings ask for" in out
