"""The name `check` suggests for a requisition or a planned hire with no name: one to paste, whatever its title."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import run_cli


@pytest.mark.parametrize("title", ["Nurse " * 166_666 + "Lead", "x" * 250, "Director of " + "Clinical " * 30 + "AI"])
def test_a_requisitions_suggested_name_is_short_whatever_its_title(tmp_path, title):
    """A 1 MB title (refused at its line) made the hint suggest 'Open req - Nurse Nurse ... [999,997 characters]',
    its cut-down quote, and a 250-character one a name over the 200 a name may hold: neither worked pasted in."""
    path = tmp_path / "team.yaml"
    path.write_text(f"people:\n  - name: Ann\n    title: RN\n  - title: {title}\n    status: open\n")
    result = run_cli("check", path)
    hint = re.search(r"needs one too, unique in the file: e\.g\. (name: .*)\)$", result.stderr, re.MULTILINE)
    assert result.code == 2 and hint, result.stderr
    (name,) = yaml.safe_load(hint.group(1)).values()
    assert name.startswith("Open req - ") and len(name) <= 80 and "characters]" not in name
    assert title.startswith(name.removeprefix("Open req - "))  # whole words of the title
    pasted = f"  - {hint.group(1)}\n    title: {title}\n    status: open\n"
    path.write_text(f"people:\n  - name: Ann\n    title: RN\n{pasted}")
    result = run_cli("check", path)
    assert ".name:" not in result.stderr and "missing 'name'" not in result.stderr, result.stderr[:2000]
    if len(title) <= 300:
        assert result.code in (0, 1), result.stderr


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ('"Nurse\\x1b[31m Reviewer\\tICU\\a lead\\u200b"', "Open req - Nurse Reviewer ICU lead"),
        # an OSC sequence (ESC ] 0 ; text BEL, a terminal's window title; ESC ] 8 a link) is left out whole
        ('"\\e]0;pwned\\aNurse Reviewer\\e]8;;https://x.example\\e\\\\ ICU"', "Open req - Nurse Reviewer ICU"),
    ],
)
def test_a_requisitions_suggested_name_leaves_out_the_control_characters_of_its_title(tmp_path, title, name):
    """A title holding a terminal's colour code and a bell suggested 'Open req - Nurse\\x1b[31m Reviewer ICU\\x07 lead',
    as the message escapes them: pasted back in single quotes, a name holding backslashes no one would type. One holding
    a window title's OSC sequence suggested 'Open req - 0;pwnedNurse Reviewer': only ESC ] and the bell were left out,
    not the text between them; the hint now reads the title with the pattern import cleans its cells with
    (invisible.UNSEEN), which takes the sequence whole."""
    path = tmp_path / "team.yaml"
    path.write_text(f"people:\n  - name: Ann\n    title: RN\n  - title: {title}\n    status: open\n")
    result = run_cli("check", path)
    hint = re.search(r"needs one too, unique in the file: e\.g\. (name: .*)\)$", result.stderr, re.MULTILINE)
    assert result.code == 2 and hint, result.stderr
    assert yaml.safe_load(hint.group(1)) == {"name": name}
    pasted = f"  - {hint.group(1)}\n    title: {title}\n    status: open\n"
    path.write_text(f"people:\n  - name: Ann\n    title: RN\n{pasted}")
    assert run_cli("check", path).code in (0, 1)
