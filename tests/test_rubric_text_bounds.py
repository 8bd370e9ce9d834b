"""A rubric from a pull request cannot make one report huge or one run slow through its texts: a signal's label,
a recommendation template (its length, its placeholders, their formats) and `abbreviations:` are bounded, each
refused at its line with exit 2, and abbreviations cannot grow a title without bound."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli
from teamaudit.rubric import load_rubric

ERROR = "teamaudit: error: "
HEAD = 'extends: healthcare-ai\nname: mine\nversion: "1"\n'
TEAM = "people:\n" + "".join(f"  - {{name: P{i}, title: Zookeeper {i}}}\n" for i in range(3))


def _check(tmp_path: Path, rubric: str, *options: str) -> tuple[int, list[str]]:
    (tmp_path / "team.yaml").write_text(TEAM, encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(HEAD + rubric, encoding="utf-8")
    result = run_cli("check", tmp_path / "team.yaml", "--rubric", tmp_path / "mine.yaml", *options)
    assert "Traceback" not in result.stderr
    return result.code, result.stderr.splitlines()


def test_a_label_is_at_most_200_characters(tmp_path: Path) -> None:
    # A 1 MB label over 300 nurses made `check --details` 300 MB in text, JSON and markdown.
    signal = f"      - {{field: title, weight: 3, pattern: zookeeper, label: {'L' * 100_000}}}\n"
    code, errors = _check(tmp_path, "layers:\n  clinical:\n    signals:\n" + signal, "--details")
    assert code == 2 and len(errors) == 1
    assert errors[0].startswith(f"{ERROR}{tmp_path}/mine.yaml:7:")
    assert "layers.clinical.signals.0.label: String should have at most 200 characters" in errors[0]


def test_a_label_of_200_characters_is_shown(tmp_path: Path) -> None:
    signal = f"      - {{field: title, weight: 3, pattern: zookeeper, label: {'L' * 200}}}\n"
    code, _ = _check(tmp_path, "layers:\n  clinical:\n    signals:\n" + signal, "--details")
    assert code in (0, 1)


def test_a_format_that_pads_a_placeholder_is_refused(tmp_path: Path) -> None:
    # 50 characters made 300 MB for each person TA005 names: five people took 181 s and 5.9 GB.
    code, errors = _check(tmp_path, 'recommendations:\n  TA005: "Declare {person:>300000000}"\n')
    assert code == 2 and len(errors) == 1
    assert (
        "mine.yaml:5:3: recommendations: TA005: bad template: {person:>300000000} pads or cuts to over 99"
        in (errors[0])
    )


def test_a_placeholder_inside_a_format_is_refused(tmp_path: Path) -> None:
    # `{person:{line}}` padded each name by its line number, which the team file sets.
    code, errors = _check(tmp_path, 'recommendations:\n  TA005: "Declare {person:{line}}"\n')
    assert code == 2 and errors == [
        f"{ERROR}{tmp_path}/mine.yaml:5:3: recommendations: TA005: bad template: {{person:...}} holds a "
        "placeholder in its format"
    ]


def test_an_unknown_placeholder_inside_a_format_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    code, errors = _check(tmp_path, 'recommendations:\n  TA005: "Declare {person:{nosuch}}"\n')
    assert code == 2 and len(errors) == 1 and "TA005: bad template" in errors[0]


def test_a_template_holds_at_most_20_placeholders_and_2000_characters(tmp_path: Path) -> None:
    code, errors = _check(tmp_path, f'recommendations:\n  TA005: "{"{title} " * 21}"\n')
    assert code == 2 and "TA005: 21 placeholders, over the 20 a template may hold" in errors[0]
    code, errors = _check(tmp_path, f'recommendations:\n  TA005: "Declare {{person}}. {"x" * 2000}"\n')
    assert code == 2 and "TA005: 2,018 characters, over the 2,000 a template may have" in errors[0]
    code, _ = _check(tmp_path, f'recommendations:\n  TA005: "{"{title} " * 20}{{confidence:.0%}}"\n')
    assert code == 2  # 21 with the confidence
    code, _ = _check(tmp_path, f'recommendations:\n  TA005: "{"{title} " * 19}{{confidence:6.0%}}"\n')
    assert code in (0, 1)


def test_abbreviations_are_bounded_in_number_and_length(tmp_path: Path) -> None:
    # 100,000 abbreviations, each tried at every position of every title, made 1,000 titles take 77 s (18 s without).
    many = "".join(f"    k{i:05d}: v\n" for i in range(1_000))
    code, errors = _check(tmp_path, "normalization:\n  abbreviations:\n" + many)
    assert code == 2 and len(errors) == 1
    merged = 1_000 + len(load_rubric().normalization.abbreviations)  # the packaged rubric's are merged in
    assert f"mine.yaml:6:5: normalization.abbreviations: {merged:,} abbreviations, over the 1,000" in errors[0]
    code, errors = _check(tmp_path, f"normalization:\n  abbreviations:\n    zz: {'word ' * 13}\n")
    assert code == 2 and "normalization.abbreviations.zz: String should have at most 60 characters" in errors[0]
    code, errors = _check(tmp_path, f"normalization:\n  abbreviations:\n    {'k' * 61}: v\n")
    assert code == 2 and f"'{'k' * 61}' is 61 characters, over the 60 an abbreviation may have" in errors[0]


def test_abbreviations_grow_a_title_by_at_most_100_characters(tmp_path: Path) -> None:
    # "BDR" 75 times read as 2,600 characters: 10 ms a title on every title pattern, 27 minutes for a 50 MB file.
    title = ("bdr " * 75).strip()
    (tmp_path / "team.yaml").write_text(f"people:\n  - {{name: Ann, title: {title}}}\n", encoding="utf-8")
    result = run_cli("explain", tmp_path / "team.yaml")
    assert result.code == 0, result.stderr
    (normalised,) = [line for line in result.stdout.splitlines() if "normalised title:" in line]
    shown = normalised.split("normalised title: ", 1)[1]
    assert len(title) < len(shown) <= len(title) + 100
    assert shown.startswith("business development representative business development representative")
