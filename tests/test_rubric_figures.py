"""The figures the docs and the limits' comments give for the packaged rubric's patterns are what they measure.

They explain why each limit is where it is (2,500 places a field, 200,000 characters). Written exactly, they went
stale with every rubric change (2,217 wide in titles written, 2,256 measured); written as "about N", they are held
within 5% here, so a change that moves one further has to write it again.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from teamaudit import patterncost, rubricpatterns
from teamaudit.rubric import read_rubric

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.05


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    """What validating a `rubric show` copy of the packaged rubric counts, as anyone's rubric is counted."""
    from typer.testing import CliRunner

    from teamaudit.cli import app

    shown = CliRunner().invoke(app, ["rubric", "show", "healthcare-ai"])
    assert shown.exit_code == 0, shown.output
    copy = tmp_path_factory.mktemp("figures") / "copy.yaml"
    copy.write_text(shown.stdout, encoding="utf-8")
    budgets: list[patterncost.PatternBudget] = []
    budgeted = patterncost.budgeted

    def keeping(*args, **kwargs):
        context = budgeted(*args, **kwargs)

        class Kept:
            def __enter__(self):
                budgets.append(context.__enter__())
                return budgets[-1]

            def __exit__(self, *exc):
                return context.__exit__(*exc)

        return Kept()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(patterncost, "budgeted", keeping)
        # as a fresh process reads a copy: each pattern counted
        patch.setattr(rubricpatterns, "_BUILTIN_PATTERNS", set())
        read_rubric(copy)
    (budget,) = budgets
    largest = max(patterncost.program_size(p) or 0 for p, *_ in budget.charged)
    return {
        "title width": budget.widths["title"],
        "background width": budget.widths["background"],
        "skills width": budget.widths["skills"],
        "team width": budget.widths["team"],
        "title program": budget.program["title"],
        "characters": budget.text,
        "program": budget.counted,
        "largest": largest,
    }


def _number(text: str) -> int:
    return int(text.replace(",", ""))


# (file, a pattern whose groups are "about" figures, the measures they give, in order)
WRITTEN = [
    (
        "docs/rubrics.md",
        r"built-in rubric is about ([\d,]+) wide in titles and ([\d,]+) in\s+background lines",
        ("title width", "background width"),
    ),
    ("docs/rubrics.md", r"tenths of the\s+characters \(about ([\d,]+)\)", ("characters",)),
    ("docs/rubrics.md", r"a long alternation of words, to about ([\d,]+);", ("largest",)),
    ("docs/security.md", r"own not counted \(about ([\d,]+) in titles\)", ("title width",)),
    ("docs/security.md", r"own\s+about ([\d,]+) in titles, which an edited copy must fit", ("title width",)),
    (
        "src/teamaudit/patterncost.py",
        r"largest pattern compiles to about ([\d,]+) instructions; its title patterns to about ([\d,]+)",
        ("largest", "title program"),
    ),
    (
        "src/teamaudit/patterncost.py",
        r"titles about ([\d,]+) wide, background lines ([\d,]+), skills ([\d,]+), teams ([\d,]+)",
        ("title width", "background width", "skills width", "team width"),
    ),
    ("src/teamaudit/patterncost.py", r"packaged rubric compiles to about ([\d,]+)\)", ("program",)),
    ("src/teamaudit/patterncost.py", r"packaged rubric's patterns are about ([\d,]+)", ("characters",)),
    ("tests/test_rubric_regex.py", r"2,500 places of titles \(about ([\d,]+) of them\)", ("title width",)),
]


@pytest.mark.parametrize(("path", "pattern", "measures"), WRITTEN, ids=[f"{w[0]}:{w[2]}" for w in WRITTEN])
def test_a_written_figure_of_the_packaged_rubric_is_within_5_percent_of_what_it_measures(
    measured, path, pattern, measures
):
    found = re.search(pattern, (ROOT / path).read_text(encoding="utf-8"))
    assert found, f"{path} no longer says {pattern!r}: write the figure again, or change this test"
    for written, name in zip(found.groups(), measures, strict=True):
        assert abs(_number(written) - measured[name]) <= TOLERANCE * measured[name], (
            f"{path} says about {written} for the packaged rubric's {name}; it measures {measured[name]:,}"
        )
