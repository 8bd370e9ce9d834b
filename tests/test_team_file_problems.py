"""Properties of the team-file loader's error collection and of its forgiving spellings."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teamaudit.errors import MAX_SHOWN, TeamAuditError, TeamAuditErrors
from teamaudit.lenient import enum_spelling, enum_spelling_pattern
from teamaudit.model import Employment, Layer, Status
from teamaudit.roster import roster_from_text

GOOD = "  - {{name: P{i}, title: Registered Nurse}}\n"
BAD = [  # one problem each, on the person's line
    "  - {{name: P{i}, title: Registered Nurse, fte: 2}}\n",
    "  - {{name: P{i}, titel: Registered Nurse}}\n",
    "  - {{name: P{i}, title: Registered Nurse, status: hired}}\n",
    "  - {{name: P{i}}}\n",
    "  - {{name: P{i}, title: Registered Nurse, layer: ML}}\n",
    "  - P{i}\n",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([None, *range(len(BAD))]), min_size=1, max_size=40))
def test_every_bad_person_is_reported_once_in_file_order(kinds: list[int | None]) -> None:
    text = "people:\n" + "".join((GOOD if k is None else BAD[k]).format(i=i) for i, k in enumerate(kinds))
    bad_lines = [i + 2 for i, k in enumerate(kinds) if k is not None]
    if not bad_lines:
        assert len(roster_from_text(text, Path("t.yaml")).people) == len(kinds)
        return
    with pytest.raises(TeamAuditError) as caught:
        roster_from_text(text, Path("t.yaml"))
    lines = caught.value.lines()
    shown = bad_lines[:MAX_SHOWN]
    assert [int(re.match(r"t\.yaml:(\d+):", line).group(1)) for line in lines[: len(shown)]] == shown  # type: ignore[union-attr]
    more = len(bad_lines) - len(shown)
    assert len(lines) == len(shown) + (1 if more else 0)
    if more:
        assert isinstance(caught.value, TeamAuditErrors) and f"{more:,} more problem" in lines[-1]


@st.composite
def _respelt(draw: st.DrawFn, values: tuple[str, ...]) -> str:
    """One of `values` in random case, with each `_` as a random separator (or none), maybe padded."""
    out = []
    for char in draw(st.sampled_from(values)):
        if char == "_":
            out.append(draw(st.sampled_from(["_", "-", " ", " - ", "__", "\t", "", "."])))
        else:
            out.append(char.upper() if draw(st.booleans()) else char)
    pad = st.sampled_from(["", " ", "\t", "x"])
    return draw(pad) + "".join(out) + draw(pad)


@pytest.mark.parametrize("enum", [Status, Layer, Employment])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_the_schema_pattern_matches_exactly_what_the_validator_normalises(enum: type, data: st.DataObject) -> None:
    values = tuple(member.value for member in enum)
    text = data.draw(st.one_of(_respelt(values), st.text(max_size=12)))
    assert (enum_spelling(text) in values) is bool(re.search(enum_spelling_pattern(values), text))


def test_values_far_longer_than_any_real_one_are_refused_with_their_line(tmp_path: Path) -> None:
    """A pull request's 50,000-character name padded every row of `check --details` to it: 2,000 people made a
    100 MB report. Names, titles, teams and each skill or background line have a length no real one reaches."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text(
        f'organization: "{"O" * 301}"\npeople:\n  - {{name: "{"N" * 50_000}", title: Nurse}}\n'
        f'  - {{name: B, title: "{"T" * 301}", team: "{"D" * 301}", skills: ["{"S" * 2001}"]}}\n'
        f'  - {{name: C, title: Nurse, background: ["fine", "{"B" * 2001}"]}}\n',
        encoding="utf-8",
    )
    result = run_cli("check", path, "--format", "json")
    lines = result.stderr.strip().splitlines()
    assert result.code == 2 and result.stdout == "" and len(result.stderr) < 3000
    assert [re.search(r"team\.yaml:(\d+):", line).group(1) for line in lines] == ["1", "3", "4", "4", "4", "5"]
    assert "'organization' is 301 characters, more than the 300 allowed" in lines[0]
    assert ".name: is 50,000 characters, more than the 200 allowed (a pasted document?)" in lines[1]
    assert ".background: is 2,001 characters, more than the 2,000 allowed: 'BBB" in lines[5]
    path.write_text(f'people:\n  - {{name: "{"N" * 200}", title: "{"T" * 300}"}}\n', encoding="utf-8")
    assert run_cli("check", path).code in (0, 1)  # at the limit is fine


def test_names_that_differ_only_in_case_or_spacing_are_one_name(tmp_path: Path) -> None:
    """`Ann` and `ann` were two people, while `"Ann Lee "` beside `Ann Lee` was a duplicate; `explain x ANN` then
    printed both. A reader, and explain, take them for one person: one rule, case and spacing aside."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n  - name: Ann\n    title: Registered Nurse\n  - name: ann\n    title: Data Scientist\n"
        "  - {name: Ann Lee, title: Nurse}\n  - {name: 'ANN  LEE ', title: Nurse}\n  - {name: Ann, title: Nurse}\n",
        encoding="utf-8",
    )
    result = run_cli("check", path)
    assert result.code == 2 and result.stdout == ""
    hint = " (names must be unique; add an initial or a team)"
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:4:11: duplicate name 'ann' (first used on line 2, as 'Ann'){hint}",
        f"teamaudit: error: {path}:7:12: duplicate name 'ANN  LEE' (first used on line 6, as 'Ann Lee'){hint}",
        f"teamaudit: error: {path}:8:12: duplicate name 'Ann' (first used on line 2){hint}",
    ]


DATED = (
    "people:\n"
    "  - {name: Cy, title: Registered Nurse, status: planned, start: 2026-01-01}\n"
    "  - {name: Di, title: Registered Nurse, status: current, start: 2030-01-01}\n"
    "  - {name: Ed, title: Registered Nurse, status: planned, start: 2030-01-01}\n"
    "  - {name: Fa, title: Registered Nurse, status: current, start: 2026-01-01}\n"
)


def test_a_start_date_the_status_contradicts_is_a_warning_that_fails_nothing(tmp_path: Path) -> None:
    """A hire still `planned` after their start, or someone `current` who starts in 2030, passed in silence: a
    status nobody updated moves a person between the current and the plan view."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text("as_of: 2026-11-01\n" + DATED, encoding="utf-8")
    quiet = tmp_path / "quiet.yaml"
    quiet.write_text(
        "as_of: 2026-11-01\n" + DATED.replace("2026-01-01", "2026-11-01").replace("2030-01-01", "2026-11-01")
    )
    expected = [
        f"teamaudit: warning: {path}:3:65: people[0] (Cy).start: status planned but start 2026-01-01 is before"
        " as_of 2026-11-01 (still planned, or on staff?)",
        f"teamaudit: warning: {path}:4:65: people[1] (Di).start: status current but start 2030-01-01 is after"
        " as_of 2026-11-01 (not started yet: planned?)",
    ]
    for args in (["--format", "json"], ["--redact"], ["--fail-on", "info"]):
        result, without = run_cli("check", path, *args), run_cli("check", quiet, *args)
        named = (
            [line.replace(" (Cy)", "").replace(" (Di)", "") for line in expected] if "--redact" in args else expected
        )
        assert result.stderr.splitlines() == named and without.stderr == ""
        assert result.code == without.code and result.stdout.replace("team.yaml", "quiet.yaml") == without.stdout
    # No as_of: the file is dated today.
    path.write_text(DATED.replace("2026-01-01", "2000-01-01"), encoding="utf-8")
    result = run_cli("check", path)
    assert [line.split(".start: ")[1].split(" (")[0] for line in result.stderr.splitlines()] == [
        "status planned but start 2000-01-01 is before today, " + dt.date.today().isoformat(),
        "status current but start 2030-01-01 is after today, " + dt.date.today().isoformat(),
    ]


def test_an_advisor_with_no_fte_is_a_warning_that_they_count_in_full(tmp_path: Path) -> None:
    """Two advisors and a contractor counted as three full-time layer staff and turned TA001 into a pass, with no
    word that the advisors' share of a week was never given."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n"
        "  - {name: A, title: ML Engineer}\n"
        "  - {name: B, title: ML Engineer}\n"
        "  - {name: C, title: Clinical Advisor, employment: advisor, background: [MD]}\n"
        "  - {name: D, title: Regulatory Advisor, employment: advisor, fte: 0.1}\n"
        "  - {name: E, title: Epic Consultant, employment: contractor}\n",
        encoding="utf-8",
    )
    for args, who in (([], "people[2] (C)"), (["--redact", "--format", "sarif"], "people[2]")):
        result = run_cli("check", path, *args)
        assert result.stderr.splitlines() == [
            f"teamaudit: warning: {path}:4:52: {who}.employment: an advisor with no fte counts as a full 1.0 FTE"
            " (write the share of a week they give, e.g. fte: 0.1)"
        ]
    github = run_cli("check", "team.yaml", "--format", "github", cwd=tmp_path).stdout.splitlines()
    assert github[-1] == (
        "::warning file=team.yaml,line=4,col=52,title=teamaudit%3A check this line::people[2] (C).employment: an"
        " advisor with no fte counts as a full 1.0 FTE (write the share of a week they give, e.g. fte: 0.1)"
    )
    redacted = run_cli("check", "team.yaml", "--format", "github", "--redact", cwd=tmp_path).stdout.splitlines()
    assert redacted[-1] == github[-1].replace("people[2] (C)", "people[2]")


def test_the_pre_commit_hook_and_diff_give_the_same_warnings_as_check(tmp_path: Path) -> None:
    """The local hook and the plan diff said nothing of an advisor counted in full, which check warned of."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n  - {name: A, title: ML Engineer}\n  - {name: C, title: Clinical Advisor, employment: advisor}\n",
        encoding="utf-8",
    )
    warning = f"teamaudit: warning: {path}:3:52: people[1] (C).employment: an advisor with no fte counts as a full 1.0"
    for args in (["check", path], ["pre-commit", str(path)], ["diff", path, path]):
        assert run_cli(*args).stderr.startswith(warning), args


def test_warnings_past_twenty_are_counted_by_kind_on_stderr_and_as_one_annotation(tmp_path: Path) -> None:
    """A file of 100,000 advisors without an fte printed 100,000 warnings on stderr, and as many annotations on a
    pull request, where errors stop at 20 and count the rest."""
    from conftest import run_cli

    advisors = "".join(f"  - {{name: A{i}, title: Clinical Advisor, employment: advisor}}\n" for i in range(10_000))
    path = tmp_path / "team.yaml"
    path.write_text(
        "as_of: 2026-11-01\npeople:\n  - {name: Fa, title: Registered Nurse, start: 2030-01-01}\n" + advisors,
        encoding="utf-8",
    )
    more = "9,981 more warnings not shown: 9,981 advisors with no fte"
    for args in (["check", path], ["pre-commit", str(path)], ["diff", path, path]):
        lines = run_cli(*args).stderr.splitlines()
        assert lines[0].startswith(f"teamaudit: warning: {path}:3:48: people[0] (Fa).start: status current"), args
        assert lines[19].startswith(f"teamaudit: warning: {path}:22:54: people[19] (A18).employment: an"), args
        assert lines[20] == f"teamaudit: warning: {path}: {more}", args
        assert len([line for line in lines if "warning" in line]) == 21, args
    annotations = [
        line
        for line in run_cli("check", "team.yaml", "--format", "github", cwd=tmp_path).stdout.splitlines()
        if "title=teamaudit%3A check this line" in line
    ]
    assert len(annotations) == 21
    assert annotations[-1] == f"::warning file=team.yaml,title=teamaudit%3A check this line::{more}"


def test_a_title_saying_part_time_with_no_fte_is_a_warning_that_they_count_in_full(tmp_path: Path) -> None:
    """`Medical Director (part-time)` with no fte counted a full 1.0 FTE in silence; with an fte, or a title that
    says nothing of the kind, there is nothing to say."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n"
        "  - {name: A, title: ML Engineer}\n"
        "  - {name: B, title: Medical Director (part-time), employment: employee}\n"
        "  - {name: C, title: Half Time Nurse Informaticist}\n"
        "  - {name: D, title: Pharmacist (Part-Time), fte: 0.5}\n"
        "  - {name: E, title: Department Time Analyst}\n",
        encoding="utf-8",
    )
    warning = "teamaudit: warning: {}:{}: people[{}] ({}).title: the title says '{}', but with no fte the person counts"
    hint = " as a full 1.0 FTE (write the share of a week they give, e.g. fte: 0.5)"
    assert run_cli("check", path).stderr.splitlines() == [
        warning.format(path, "3:22", 1, "B", "part-time") + hint,
        warning.format(path, "4:22", 2, "C", "half time") + hint,
    ]


def test_a_title_stating_its_fte_is_told_to_write_that_fte(tmp_path: Path) -> None:
    """`Medical Director (part-time, 0.2 FTE)` was told "e.g. fte: 0.5", and `Pharmacist, 50% FTE` counted a full
    1.0 FTE without a word; a share of 1.0 or more is no part-time."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text(
        "people:\n"
        "  - {name: A, title: 'Medical Director (part-time, 0.2 FTE)'}\n"
        "  - {name: B, title: 'Pharmacist, 50% FTE'}\n"
        "  - {name: C, title: 'Nurse Informaticist, 1.0 FTE'}\n"
        "  - {name: D, title: 'Clinical Lead (0.6 FTE)', fte: 0.6}\n",
        encoding="utf-8",
    )
    warning = "teamaudit: warning: {}:{}: people[{}] ({}).title: the title says '{}', but with no fte the person counts"
    hint = " as a full 1.0 FTE (write the share of a week they give, as the title does: fte: {})"
    result = run_cli("check", path, "--format", "json")
    assert result.stderr.splitlines() == [
        warning.format(path, "2:22", 0, "A", "part-time") + hint.format("0.2"),
        warning.format(path, "3:22", 1, "B", "50% FTE") + hint.format("0.5"),
    ]
    firmness = json.loads(result.stdout)["firmness"]["plan"]
    assert firmness["fte_in_doubt_kinds"] == {"part-time": 2}


def test_whether_an_fte_is_in_doubt_is_no_key_of_the_team_file(tmp_path: Path) -> None:
    """The program marks a person whose fte is in doubt; a file cannot."""
    from conftest import run_cli

    path = tmp_path / "team.yaml"
    path.write_text("people:\n  - {name: A, title: ML Engineer, fte_doubt: advisor}\n", encoding="utf-8")
    result = run_cli("check", path)
    assert result.code == 2 and "unknown key 'fte_doubt'" in result.stderr
