"""A rubric author's trial: what `rubric show` writes reads back the same, `remove:` means only `true`, an
`extends:` that cannot be followed is reported at the child's line, and a rubric is read as strictly as a team
file, every problem of the file in one run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

ERROR = "teamaudit: error: "
CHILD = """extends: healthcare-ai
name: child
version: "1"
layers:
  clinical:
    signals:
      - {id: names-clinical-profession, remove: true}
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _signals(stdout: str) -> int:
    found = re.search(r"; (\d+) signals\)$", stdout.strip())
    assert found, stdout
    return int(found.group(1))


def _layers(rubric: Path) -> list[tuple[str, float]]:
    result = run_cli("check", ROOT / "examples" / "messy-40.yaml", "--format", "json", "--rubric", rubric)
    assert result.code in (0, 1), result.stderr
    return [(p["layer"], p["confidence"]) for p in json.loads(result.stdout)["people"]]


@pytest.mark.parametrize("child_name", ["child.yaml", "payer-ai.yaml"])
def test_a_shown_child_saved_and_validated_is_the_same_rubric(tmp_path: Path, child_name: str) -> None:
    """`rubric show child.yaml > copy.yaml` kept `extends:`: the copy merged the parent in again, so the signal
    the child removed came back (one more signal) under the same name and version."""
    if child_name == "payer-ai.yaml":
        child = ROOT / "examples" / "rubrics" / "payer-ai.yaml"
    else:
        child = _write(tmp_path, child_name, CHILD)
    shown = run_cli("rubric", "show", child)
    assert shown.code == 0, shown.stderr
    first, _, rest = shown.stdout.partition("\n")
    assert first.startswith("# ") and first.endswith(
        "over healthcare-ai (built-in), merged. It extends nothing: saved, it reads the same."
    )
    assert "\nextends:" not in rest
    copy = _write(tmp_path, "copy.yaml", shown.stdout)
    original, copied = run_cli("rubric", "validate", child), run_cli("rubric", "validate", copy)
    assert original.code == copied.code == 0, copied.stderr
    assert _signals(copied.stdout) == _signals(original.stdout)
    assert ", extends" not in copied.stdout
    assert _layers(copy) == _layers(child)


def test_a_shown_child_has_one_signal_fewer_than_its_parent(tmp_path: Path) -> None:
    child = _write(tmp_path, "child.yaml", CHILD)
    parent = _signals(run_cli("rubric", "validate", ROOT / "rubrics" / "healthcare-ai.yaml").stdout)
    copy = _write(tmp_path, "copy.yaml", run_cli("rubric", "show", child).stdout)
    assert (
        run_cli("rubric", "validate", "copy.yaml", cwd=tmp_path).stdout
        == f"copy.yaml: ok (child 1; {parent - 1} signals)\n"
    )
    assert copy.read_text().startswith(f"# child 1: {child} over healthcare-ai (built-in), merged.")


def test_a_shown_rubric_that_extends_nothing_is_written_as_before(tmp_path: Path) -> None:
    shown = run_cli("rubric", "show", "healthcare-ai").stdout
    assert shown.startswith("schema_version: 1\nname: healthcare-ai\n") and "extends" not in shown


@pytest.mark.parametrize(
    ("written", "got"),
    [('"no"', "'no'"), ('"yes"', "'yes'"), ("no", "no"), ("false", "false"), ("1", "1"), ("''", "empty text")],
)
def test_remove_is_only_true(tmp_path: Path, written: str, got: str) -> None:
    """`remove: "no"` deleted the signal: it was read by Python truthiness."""
    _write(tmp_path, "child.yaml", CHILD.replace("remove: true", f"remove: {written}"))
    result = run_cli("rubric", "validate", "child.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        f"{ERROR}child.yaml:7:49: layers.clinical.signals.0.remove: must be true, got {got} "
        "(`remove: true` deletes the signal; leave `remove` out to keep it)\n"
    )


@pytest.mark.parametrize(
    ("extends", "files", "message"),
    [
        (
            "healthcare-aii",
            {},
            "extends: unknown rubric 'healthcare-aii' (did you mean healthcare-ai? built-in rubrics: healthcare-ai; "
            "or give a path from the folder of child.yaml)",
        ),
        ("./nothere.yaml", {}, "extends: './nothere.yaml' (nothere.yaml): no such file"),
        (
            "team.yaml",
            {"team.yaml": "people:\n  - {name: Ann Lee, title: RN}\n"},
            "extends: 'team.yaml' (team.yaml:1:1): not a rubric: its top level is not a mapping of rubric keys "
            "(a team file?)",
        ),
        ("empty.yaml", {"empty.yaml": ""}, "extends: 'empty.yaml' (empty.yaml:1:1): rubric is empty"),
        (
            "braces.yaml",
            {"braces.yaml": "{}\n"},
            "extends: 'braces.yaml' (braces.yaml:1:1): not a rubric: its top level is not a mapping of rubric keys",
        ),
        ("list.yaml", {"list.yaml": "- a\n"}, "extends: 'list.yaml' (list.yaml:1:1): a rubric must be a mapping"),
    ],
)
def test_an_extends_that_cannot_be_followed_is_reported_at_the_childs_line(
    tmp_path: Path, extends: str, files: dict[str, str], message: str
) -> None:
    """The unknown name had no file, the missing file was named alone, and a team file was blamed for lacking
    a version."""
    for name, text in files.items():
        _write(tmp_path, name, text)
    _write(tmp_path, "child.yaml", f'name: child\nversion: "1"\nextends: {extends}\n')
    result = run_cli("rubric", "validate", "child.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stderr == f"{ERROR}child.yaml:3:10: {message}\n"


def test_check_with_a_child_whose_parent_is_missing_names_the_child(tmp_path: Path) -> None:
    _write(tmp_path, "child.yaml", 'name: child\nversion: "1"\nextends: ./nothere.yaml\n')
    _write(tmp_path, "team.yaml", "people:\n  - {name: Ann Lee, title: RN}\n")
    result = run_cli("check", "team.yaml", "--rubric", "child.yaml", cwd=tmp_path)
    assert result.code == 2
    assert result.stderr == f"{ERROR}child.yaml:3:10: extends: './nothere.yaml' (nothere.yaml): no such file\n"


LAX = """extends: healthcare-ai
name: lax
version: "1"
thresholds: {ml_ratio: "1.5", thin_layer_people: 2.0}
layers:
  clinical:
    signals:
      - {id: names-clinical-profession, remove: "yes"}
      - {id: a, field: title, weight: "5", label: a, pattern: 'zzz'}
      - {id: b, field: title, weight: .nan, label: b, pattern: 'yyy', feild: title}
      - {id: c, field: title, weight: 20, label: c, pattern: ''}
      - {id: d, field: title, weight: 20, label: d, pattern: 'nurse|'}
      - {id: e, field: title, weight: 5, label: e, pattern: '\\b', hands_on: "yes"}
"""


def test_every_problem_of_a_rubric_is_reported_in_one_run_in_the_files_terms(tmp_path: Path) -> None:
    """Quoted numbers, `remove: "yes"`, a NaN weight and an empty pattern were accepted or reported one per run,
    a NaN as "less than or equal to 20", a misspelt key with no suggestion."""
    _write(tmp_path, "lax.yaml", LAX)
    result = run_cli("rubric", "validate", "lax.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stdout == ""
    quoted = "(write the number without quotes: a quoted one is text)"
    assert result.stderr.splitlines() == [
        f"{ERROR}lax.yaml:4:24: thresholds.ml_ratio: must be a number, got '1.5' {quoted}",
        f"{ERROR}lax.yaml:4:50: thresholds.thin_layer_people: must be a whole number, got 2.0",
        f"{ERROR}lax.yaml:8:49: layers.clinical.signals.0.remove: must be true, got 'yes' "
        "(`remove: true` deletes the signal; leave `remove` out to keep it)",
        f"{ERROR}lax.yaml:9:39: layers.clinical.signals.1.weight: must be a number, got '5' {quoted}",
        f"{ERROR}lax.yaml:10:39: layers.clinical.signals.2.weight: must be a number, got .nan",
        f"{ERROR}lax.yaml:10:71: layers.clinical.signals.2.feild: unknown key (did you mean field?)",
        f"{ERROR}lax.yaml:11:62: layers.clinical.signals.3.pattern: is empty: an empty pattern matches every person",
        f"{ERROR}lax.yaml:12:62: layers.clinical.signals.4.pattern: matches empty text, so it matches every "
        "person: make it match some words",
        f"{ERROR}lax.yaml:13:61: layers.clinical.signals.5.pattern: matches empty text, so it matches every "
        "person: make it match some words",
        f"{ERROR}lax.yaml:13:77: layers.clinical.signals.5.hands_on: must be true or false, got 'yes'",
    ]


def test_a_weight_over_the_limit_says_what_it_got(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "r.yaml",
        LAX.split("layers:")[0].replace('"1.5", thin_layer_people: 2.0', "0") + "layers:\n"
        "  clinical:\n    signals:\n      - {id: a, weight: 25, label: a, pattern: zzz}\n",
    )
    result = run_cli("rubric", "validate", "r.yaml", cwd=tmp_path)
    assert result.stderr == (
        f"{ERROR}r.yaml:4:24: thresholds.ml_ratio: Input should be greater than 0, got 0\n"
        f"{ERROR}r.yaml:8:25: layers.clinical.signals.0.weight: Input should be less than or equal to 20, got 25\n"
    )


def test_a_rubric_that_extends_another_needs_its_own_version(tmp_path: Path) -> None:
    """A child with no version was shown in reports as the parent's version: `child 2026.12.40`."""
    _write(tmp_path, "child.yaml", "name: child\nextends: healthcare-ai\n")
    result = run_cli("rubric", "validate", "child.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stderr == (
        f"{ERROR}child.yaml:2:10: version is missing: a rubric that extends another needs its own, or it shows "
        "the parent's\n"
    )


def test_a_child_with_no_name_is_named_after_its_file_not_its_parent(tmp_path: Path) -> None:
    """It was shown as `healthcare-ai` with the child's version: another rubric under the built-in's name."""
    _write(tmp_path, "payer.yaml", 'extends: healthcare-ai\nversion: "3"\n')
    result = run_cli("rubric", "validate", "payer.yaml", cwd=tmp_path)
    assert result.code == 0 and result.stdout.startswith("payer.yaml: ok (payer 3, extends healthcare-ai; ")


def test_a_normalization_pattern_that_matches_empty_text_is_refused(tmp_path: Path) -> None:
    """A hedge of '(?:)' hedged every background line, so no credential counted, and `validate` said ok."""
    _write(
        tmp_path,
        "r.yaml",
        'extends: healthcare-ai\nname: r\nversion: "1"\nnormalization:\n  drop: ["x*", "senior"]\n'
        '  hedges: ["(?:)", "aspiring"]\n',
    )
    result = run_cli("rubric", "validate", "r.yaml", cwd=tmp_path)
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"{ERROR}r.yaml:5:9: normalization.drop: 'x*' matches empty text, so it applies everywhere: make it "
        "match words",
        f"{ERROR}r.yaml:6:11: normalization.hedges: '(?:)' matches empty text, so it applies everywhere: make it "
        "match words",
    ]


@pytest.mark.process
def test_a_rubric_shown_on_a_narrow_stdout_reads_back(tmp_path: Path) -> None:
    """`rubric show > mine.yaml` took stdout's encoding: on cp1252 (Python on a Windows runner, writing to a file)
    the built-in rubric's `é` was a byte teamaudit then refused as not UTF-8, and what cp1252 lacks became `\\u...`
    text inside the rubric's own strings."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    shown = subprocess.run(
        [sys.executable, "-m", "teamaudit", "rubric", "show", "healthcare-ai"], env=env, capture_output=True, timeout=60
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.decode("utf-8") == run_cli("rubric", "show", "healthcare-ai").stdout
    (tmp_path / "mine.yaml").write_bytes(shown.stdout)
    assert run_cli("rubric", "validate", "mine.yaml", cwd=tmp_path).code == 0
