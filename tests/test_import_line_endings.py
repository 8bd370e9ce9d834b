"""A merge into a team file saved with Windows line endings (CRLF) keeps them on every line it writes: the people it
updates, adds and the comments around them, whether it edits person by person or sends the whole file through
ruamel.yaml. It wrote LF on the lines it touched, leaving the file with both."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import run_cli

EXPORT = "Name,Title,Department\nAnn Lee,RN,Clinical\nBo Park,MD,Clinical\nCy Dee,PA,Clinical\n"


def merged(tmp_path: Path, team_text: str, *args: str) -> bytes:
    team = tmp_path / "team.yaml"
    team.write_bytes(team_text.encode())
    export = tmp_path / "people.csv"
    export.write_text(EXPORT, encoding="utf-8")
    result = run_cli("import", export, "-o", team, *args)
    assert result.code == 0, result.stderr
    return team.read_bytes()


def endings(data: bytes) -> set[bytes]:
    """The line breaks of `data`: b'\\r\\n', b'\\n' (a LF alone) or both."""
    crlf = data.count(b"\r\n")
    return ({b"\r\n"} if crlf else set()) | ({b"\n"} if data.count(b"\n") > crlf else set())


CRLF_TEAMS = {
    "trailing comment": (
        "# our team\r\npeople:\r\n- name: Ann Lee  # lead\r\n  # hired from the ICU\r\n  title: RN\r\n"
        "# about Bo\r\n- name: Bo Park\r\n  title: MD\r\n# trailing comment\r\n"
    ),
    "trailing comment, no final line break": (
        "people:\r\n- name: Ann Lee\r\n  title: RN\r\n- name: Bo Park\r\n  title: MD\r\n# trailing comment"
    ),
    "comment inside the last person": (
        "people:\r\n- name: Ann Lee\r\n  title: RN\r\n- name: Bo Park\r\n  title: MD\r\n  # trailing comment\r\n"
        "organization: Acme\r\n"
    ),
    "a person after a trailing comment": (
        "people:\r\n- name: Ann Lee\r\n  title: RN\r\n# leaving in March\r\n- name: Bo Park\r\n  title: MD  # locum"
    ),
    "flow style": "people: [{name: Ann Lee, title: RN}, {name: Bo Park, title: MD}]\r\n# trailing comment\r\n",
}


@pytest.mark.parametrize("text", CRLF_TEAMS.values(), ids=CRLF_TEAMS)
def test_a_merge_into_a_crlf_file_writes_crlf_throughout(tmp_path, text):
    data = merged(tmp_path, text)
    assert endings(data) == {b"\r\n"}, data
    people = {p["name"]: p for p in yaml.safe_load(data.decode())["people"]}
    assert list(people) == ["Ann Lee", "Bo Park", "Cy Dee"]
    assert all(p["team"] == "Clinical" for p in people.values())
    for comment in ("# trailing comment", "# leaving in March", "# locum", "# about Bo", "# hired from the ICU"):
        assert (comment in data.decode()) == (comment in text)
    assert data.count(b"\r\n") == data.count(b"\n")  # no line lost its break, no line holds a CR alone


def test_the_comment_ending_a_file_stays_last_without_a_line_break(tmp_path):
    """The file's last line, a comment with no line break, was ended with a LF before the people added; they now go
    before it, and it stays the file's last line, as it was."""
    data = merged(tmp_path, "people:\r\n- name: Ann Lee\r\n  title: RN\r\n# no line break after me")
    assert data.endswith(b"- name: Cy Dee\r\n  title: PA\r\n  team: Clinical\r\n# no line break after me")
    assert endings(data) == {b"\r\n"}


def test_a_merge_with_removals_and_an_organization_keeps_crlf(tmp_path):
    text = (
        "organization: Old\r\npeople:\r\n- name: Zed Ray\r\n  title: RN\r\n# about Ann\r\n"
        "- name: Ann Lee\r\n  title: RN\r\n"
    )
    data = merged(tmp_path, text, "--remove-missing", "--organization", "New")
    assert endings(data) == {b"\r\n"} and b"organization: New\r\n" in data and b"Zed Ray" not in data


def test_untouched_people_of_a_crlf_file_are_copied_byte_for_byte(tmp_path):
    untouched = "- name: Bo Park   # spacing kept\r\n  title: MD\r\n  team: Clinical\r\n"
    data = merged(tmp_path, f"people:\r\n- name: Ann Lee\r\n  title: RN\r\n{untouched}")
    assert untouched.encode() in data and endings(data) == {b"\r\n"}


def test_a_lf_file_stays_lf(tmp_path):
    data = merged(tmp_path, "people:\n- name: Ann Lee\n  title: RN\n- name: Bo Park\n  title: MD\n# trailing comment")
    assert endings(data) == {b"\n"} and data.endswith(
        b"- name: Cy Dee\n  title: PA\n  team: Clinical\n# trailing comment"
    )
