"""A merge into an existing team file leaves what the file's author wrote as written: ids spelt as YAML 1.1 numbers
(`007`, `0x1F`), an fte --assume-fte would only guess, tabs before comments, a byte-order mark, the final line
break or its absence. Each, whether the merge edits person by person or sends the whole file through ruamel.yaml
(`--organization`)."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

WHOLE = {"person by person": (), "whole file": ("--organization", "Acme")}


def merge(tmp_path: Path, team: str | bytes, export: str, *args: str):
    path = tmp_path / "team.yaml"
    path.write_bytes(team if isinstance(team, bytes) else team.encode())
    csv = tmp_path / "people.csv"
    csv.write_text(export, encoding="utf-8")
    return run_cli("import", csv, "-o", path, *args), path


def people(path: Path) -> dict[str, dict]:
    # libyaml, as check reads it: PyYAML's own scanner refuses a tab before a comment
    return {p["name"]: p for p in yaml.load(path.read_text(encoding="utf-8-sig"), yaml.CSafeLoader)["people"]}


# An id as written, and a different id YAML 1.1 reads as the same number (or, for 1e3, as a float near it).
IDS = {"007": "7", "0x1F": "31", "1_000": "1000", "1e3": "1000.0", "1:30": "90"}


@pytest.mark.filterwarnings("error")  # as a warning it is only seen on the stderr of a process
@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
@pytest.mark.parametrize(("written", "number"), IDS.items(), ids=IDS)
def test_ids_are_matched_and_kept_as_written(tmp_path, written, number, args):
    """ruamel.yaml read `id: 007` as 7 and wrote it back as `07`, so the merge refused the file (`1:30` became 90);
    `1e3` put a YAML 1.1 warning from ruamel.yaml on stderr."""
    team = (
        f"people:\n  - name: Ann Lee\n    id: {written}\n    title: RN\n"
        f"  - name: Bo Park\n    id: '{number}'\n    title: MD\n"
    )
    export = f"Employee ID,Name,Job Title\n{written},Ann Lee-Smith,Nurse Informaticist\n{number},Bo Park,Physician\n"
    result, path = merge(tmp_path, team, export, *args)
    assert result.code == 0, result.stderr
    assert "Warning" not in result.stderr and "warn" not in result.stderr
    assert 'updated 2: "Ann Lee-Smith" (name, title), "Bo Park" (title)' in result.stderr
    text = path.read_text()
    assert f"    id: {written}\n    title: Nurse Informaticist\n" in text
    assert people(path) == {
        "Ann Lee-Smith": {
            "name": "Ann Lee-Smith",
            "id": yaml.safe_load(f"id: {written}")["id"],
            "title": "Nurse Informaticist",
        },
        "Bo Park": {"name": "Bo Park", "id": number, "title": "Physician"},
    }
    check = run_cli("check", path, "--format", "json")
    assert [p["id"] for p in json.loads(check.stdout)["people"]] == [written, number]


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_tabs_before_comments_are_read_and_kept(tmp_path, args):
    """libyaml (check) reads a tab between a value and its comment; ruamel.yaml stopped on it with a traceback."""
    team = (
        "people:\t# our team\n  - name: Ann Lee\t# lead\n    # a\tcomment\n    title:\tRN\t# since\t2020\n"
        "  - name: Bo Park\n    title: MD\t\t# locum\n"
    )
    result, path = merge(tmp_path, team, "Name,Job Title\nAnn Lee,Nurse Informaticist\nBo Park,MD\n", *args)
    assert result.code == 0, result.stderr
    text = path.read_text()
    for line in ("  - name: Ann Lee\t# lead\n", "    # a\tcomment\n", "  - name: Bo Park\n    title: MD\t\t# locum\n"):
        assert line in text, line
    assert "    title: Nurse Informaticist # since\t2020\n" in text  # the line it rewrote keeps its comment
    assert people(path)["Ann Lee"]["title"] == "Nurse Informaticist"


# A value holding a tab on a line ruamel.yaml cannot read: quoted, with a tab before its comment, or written plain
# (ruamel.yaml refuses a tab in a plain value even with no comment).
TAB_VALUES = {
    "quoted": '"Ward\t7"\t# night shift',
    "plain": "Ward\t7",
    "plain with a comment": "Ward\t7\t# night",
    "hostile": '"Ward\t7\\n::error::x\\e[31m\\u202e"\t# night',  # a workflow command, ESC, a bidi override
}


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
@pytest.mark.parametrize("replaced", [True, False], ids=["replaced", "kept"])
@pytest.mark.parametrize("written", TAB_VALUES.values(), ids=TAB_VALUES)
def test_a_value_holding_a_tab_is_merged(tmp_path, written, replaced, args):
    """The merge refused the file (`a tab in a value ahead of a comment`), even when the export replaced that very
    value: a tab inside a value was made a space like those between tokens, which changed the value."""
    team = f"people:\n  - name: Ann Lee\n    title: RN\n    team: {written}\n  - name: Bo Park\n    title: MD\n"
    export = "Name,Job Title,Department\nAnn Lee,Nurse,ICU\n" if replaced else "Name,Job Title\nAnn Lee,Nurse\n"
    result, path = merge(tmp_path, team, export + "Bo Park,MD\n", *args)
    assert result.code == 0, result.stderr
    text = path.read_text()
    assert "    title: Nurse\n" in text
    as_written = yaml.load(f"team: {written}", yaml.CSafeLoader)["team"]
    assert people(path)["Ann Lee"]["team"] == ("ICU" if replaced else as_written)
    if replaced:
        assert "Ward" not in text and ("# night" in text) == ("# night" in written)
    else:  # the line as the file wrote it, tabs and all
        assert f"    team: {written}\n" in text


def test_a_tab_in_a_plain_value_over_several_lines_is_an_error_naming_its_line(tmp_path):
    team = "people:\n  - name: Ann Lee\n    title: RN\n    team: Ward\n      7\tNorth  # night\n"
    result, path = merge(tmp_path, team, "Name,Job Title\nAnn Lee,Nurse Informaticist\n")
    assert result.code == 2 and "Traceback" not in result.stderr
    assert "team.yaml:5: a tab in a value written plain over several lines" in result.stderr
    assert path.read_text() == team


FTE_TEAM = (
    "people:\n"
    "  - name: Ann Lee\n    title: Nurse, part-time\n    fte: 0.8\n"
    "  - name: Bo Park\n    title: Physician, part-time\n    fte: 1.0  # full time since May\n"
    "  - name: Cy Dee\n    title: Pharmacist, part-time\n"
)
FTE_EXPORT = "Name,Job Title,Employment Status\nAnn Lee,RN,Part-Time\nBo Park,MD,Part-Time\nCy Dee,PharmD,Part-Time\n"
FLOW_FTE_TEAM = (
    "people: [{name: Ann Lee, title: 'Nurse, part-time', fte: 0.8},\n"
    "  {name: Bo Park, title: 'Physician, part-time', fte: 1.0}, {name: Cy Dee, title: 'Pharmacist, part-time'}]\n"
)


@pytest.mark.parametrize("team", [FTE_TEAM, FLOW_FTE_TEAM], ids=["block", "flow"])
def test_assume_fte_never_replaces_an_fte_the_file_writes(tmp_path, team):
    """--assume-fte replaced the fte the file's author wrote (0.8, and a 1.0 written on purpose) with its guess."""
    result, path = merge(tmp_path, team, FTE_EXPORT, "--assume-fte", "part-time=0.5")
    assert result.code == 0, result.stderr
    ftes = {name: p.get("fte") for name, p in people(path).items()}
    assert ftes == {"Ann Lee": 0.8, "Bo Park": 1.0, "Cy Dee": 0.5}
    line = 2 if team is FTE_TEAM else 1
    err = result.stderr
    assert (
        f"team.yaml:{line}: kept the fte written for Ann Lee, 0.8: the export gives none, and "
        "--assume-fte part-time=0.5 would have given 0.5"
    ) in err
    assert "kept the fte written for Bo Park, 1.0: the export gives none" in err
    assert "Cy Dee" not in err.split("kept the fte")[-1]
    assert "in place of any fte" not in err
    if team is FTE_TEAM:
        assert "    fte: 1.0  # full time since May\n" in path.read_text()
        assert (
            'updated 3: "Ann Lee" (title, employment), "Bo Park" (title, employment), "Cy Dee" (title, employment, fte)'
            in err
        )


def test_assume_fte_alone_changes_nothing_the_file_writes(tmp_path):
    team = "people:\n  - name: Ann Lee\n    title: RN\n    employment: employee\n    fte: 0.8\n"
    result, path = merge(
        tmp_path, team, "Name,Job Title,Employment Status\nAnn Lee,RN,Part-Time\n", "--assume-fte", "part-time=0.5"
    )
    assert result.code == 0, result.stderr
    assert "unchanged 1" in result.stderr and "nothing to change; not written" in result.stderr
    assert path.read_text() == team


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_a_byte_order_mark_is_kept(tmp_path, args):
    """The file was decoded without its mark and written back without it."""
    team = codecs.BOM_UTF8 + b"# our team\npeople:\n  - name: Ann Lee\n    title: RN\n"
    result, path = merge(tmp_path, team, "Name,Job Title\nAnn Lee,Nurse Informaticist\nBo Park,MD\n", *args)
    assert result.code == 0, result.stderr
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8 + b"# our team\n") and data.count(codecs.BOM_UTF8) == 1
    assert list(people(path)) == ["Ann Lee", "Bo Park"]


ENDS = {"no final line break": "", "a final line break": "\n", "a blank line": "\n\n", "a comment": "\n# end"}
EXPORTS = {"updated": "Name,Job Title\nBo Park,Physician\n", "added": "Name,Job Title\nBo Park,MD\nCy Dee,PA\n"}


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
@pytest.mark.parametrize("export", EXPORTS.values(), ids=EXPORTS)
@pytest.mark.parametrize("end", ENDS.values(), ids=ENDS)
def test_the_end_of_the_file_is_kept(tmp_path, end, export, args):
    """A file with no final line break got one when a person was added (or the whole file rewritten), and the
    blank lines and comment ending it went before the people added."""
    result, path = merge(
        tmp_path, f"people:\n  - name: Ann Lee\n    title: RN\n  - name: Bo Park\n    title: MD{end}", export, *args
    )
    assert result.code == 0, result.stderr
    last = "  - name: Cy Dee\n    title: PA" if "Cy Dee" in export else "  - name: Bo Park\n    title: Physician"
    assert path.read_text().endswith(last + end)


CLOSING_TEAM = (
    "people:\n  - name: Ann Lee\n    title: RN  # since 2020\n  # about Bo\n  - name: Bo Park\n    title: MD  # locum\n"
    "# the snapshot date\n\nas_of: 2026-11-01\n"
)


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_comments_after_a_person_stay_after_the_keys_and_people_added(tmp_path, args):
    """Through ruamel.yaml whole, a key added to Ann went below '# about Bo', and one added to Bo (and the people
    added) below '# the snapshot date'."""
    export = "Name,Job Title,Department\nAnn Lee,RN,Clinical\nBo Park,MD,Clinical\nCy Dee,PA,Clinical\n"
    result, path = merge(tmp_path, CLOSING_TEAM, export, *args)
    assert result.code == 0, result.stderr
    assert path.read_text().endswith(
        "  - name: Ann Lee\n    title: RN  # since 2020\n    team: Clinical\n  # about Bo\n"
        "  - name: Bo Park\n    title: MD  # locum\n    team: Clinical\n  - name: Cy Dee\n    title: PA\n"
        "    team: Clinical\n# the snapshot date\n\nas_of: 2026-11-01\n"
    )


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_the_comments_after_a_person_removed_are_kept(tmp_path, args):
    result, path = merge(tmp_path, CLOSING_TEAM, "Name,Job Title\nAnn Lee,RN\n", "--remove-missing", *args)
    assert result.code == 0, result.stderr
    assert "Bo Park" not in path.read_text()
    assert path.read_text().endswith("# the snapshot date\n\nas_of: 2026-11-01\n")


def test_a_file_of_many_tabs_is_merged_keeping_each_line_it_leaves(tmp_path):
    """Each of 2,000 lines has a tab before its comment, and values hold tabs: every line the merge does not change
    is the file's."""
    people_lines = "".join(f"  - name: P{n}\t# c\n    title: RN\n    team: Ward\t{n}\n" for n in range(2000))
    team = f'people:\n{people_lines}  - name: Bad\n    title: RN\n    team: "Ward\t7"\t# x\n'
    result, path = merge(tmp_path, team, "Name,Job Title\nP1,Nurse\n", "--organization", "Acme")
    assert result.code == 0, result.stderr
    text = path.read_text()
    updated = team.replace("P1\t# c\n    title: RN", "P1\t# c\n    title: Nurse")
    assert text.replace("organization: Acme\n", "") == updated


# A quoted name holding LINE SEPARATORs (a name copied from a web page): str.splitlines cut the file there, so the
# merge's lines drifted from the person lines check names, and Bo's keys were read from the wrong cut.
_SEPARATED = (
    'organization: Acme\npeople:\n  - name: "Ann\u2028  - Zed\u2028  - name: Q"\n    title: Nurse Informaticist\n'
    "  - name: Bo\n    title: HL7 Engineer\n    employment: contractor\n    fte: 0.4\n"
)


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_a_quoted_line_separator_does_not_move_the_merge_off_its_people(tmp_path, args):
    export = "Name,Job Title,Employment Type\nBo,HL7 Engineer,Contractor\nCy,Interface Analyst,Employee\n"
    result, path = merge(tmp_path, _SEPARATED, export, "--assume-fte", "contractor=0.5", *args)
    assert result.code == 0, result.stderr
    merged = people(path)
    assert merged["Bo"]["fte"] == 0.4
    assert set(merged) == {"Ann\u2028- Zed\u2028- name: Q", "Bo", "Cy"}
    if not args:  # person by person: Ann and Bo are copied as written, Cy added after them
        written = path.read_text(encoding="utf-8")
        assert written.startswith(_SEPARATED) and written.count("\n") > _SEPARATED.count("\n")


# How a person ends decides where ruamel.yaml keeps the comments after it: on its last plain value, the last item
# of its block list, a block scalar, or, after a flow list, the next person or the list's end.
LAST_VALUES = {
    "plain": "    title: RN\n",
    "plain with its comment": "    title: RN  # since 2020\n",
    "block list": "    title: RN\n    skills:\n      - triage\n",
    "block list with a comment": "    title: RN\n    skills:\n      - triage  # ICU\n      # more to come\n",
    "flow list": "    title: RN\n    skills: [triage, ICU]\n",
    "flow list with its comment": "    title: RN\n    skills: [triage]  # ICU\n",
    "block scalar": "    title: RN\n    background: |\n      8 years ICU\n",
    "block scalar in a list": "    title: RN\n    background:\n      - |\n        8 years ICU\n\n",
}
NAMES = ("Ann Lee", "Bo Park", "Cy Dee")
MERGES = {  # the export, and whether it is merged with --remove-missing
    "remove the first": (("Bo Park", "Cy Dee"), True),
    "remove the middle": (("Ann Lee", "Cy Dee"), True),
    "remove the last": (("Ann Lee", "Bo Park"), True),
    "add a key and a person": (("Ann Lee", "Bo Park", "Cy Dee", "Di Eng"), False),
}


def _between_people_team(last: str) -> str:
    ann, bo, cy = (f"  - name: {name}\n{last}" for name in NAMES)
    return (
        f"people:\n  # about Ann\n{ann}  # about Bo\n\n{bo}  # about Cy\n{cy}# the snapshot date\nas_of: 2026-11-01\n"
    )


def _above(lines: list[str], line: str) -> str:
    """The line above `line`, blank lines aside."""
    index = lines.index(line)
    return next(above for above in reversed(lines[:index]) if above.strip())


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
@pytest.mark.parametrize("merge_kind", MERGES)
@pytest.mark.parametrize("last", LAST_VALUES.values(), ids=LAST_VALUES)
def test_comments_between_people_stay_above_the_next_person(tmp_path, last, merge_kind, args):
    """Through ruamel.yaml whole, the comments after a person whose last value is a list or a block scalar stayed
    on it: a key added to it went below `# about Bo`, and removing it removed them, as removing the first person
    did whatever its last value."""
    names, remove = MERGES[merge_kind]
    export = "Name,Job Title,Department\n" + "".join(f"{name},RN,ICU\n" for name in names)
    team = _between_people_team(last)
    result, path = merge(tmp_path, team, export, *args, *(("--remove-missing",) if remove else ()))
    assert result.code == 0, result.stderr
    text = path.read_text()
    lines = text.splitlines()
    comments = [line for line in team.splitlines() if line.lstrip().startswith("#") and "about" in line]
    assert [line for line in lines if "# about" in line] == comments  # every one, in its order
    for name in names:
        about = f"  # about {name.split()[0]}"
        if about in lines:
            assert _above(lines, f"  - name: {name}") == about, text
    assert _above(lines, "as_of: 2026-11-01") == "# the snapshot date", text
    for own in ("# since 2020", "# ICU"):  # the comment on a kept person's line stays, a removed one's goes with it
        assert text.count(own) == team.count(own) // 3 * sum(name in names for name in NAMES), own
    assert text.count("# more to come") == team.count("# more to come")  # a line after the last, as `# about`
    kept = people(path)
    assert list(kept) == list(names)
    if not remove:
        assert all(person["team"] == "ICU" for person in kept.values())
    assert "8 years ICU" not in last or all(
        "8 years ICU" in str(person["background"]) for name, person in kept.items() if name != "Di Eng"
    )


FLOW_TEAM = (
    "people: [\n  # about Ann\n  {name: Ann Lee, title: RN},  # lead\n  # about Bo\n  {name: Bo Park, title: RN},\n"
    "  # about Cy\n  {name: Cy Dee, title: RN}\n  # the end of the list\n  ]\n# the snapshot date\nas_of: 2026-11-01\n"
)


@pytest.mark.parametrize("merge_kind", MERGES)
def test_comments_in_a_flow_list_are_kept(tmp_path, merge_kind):
    """A flow-style list goes through ruamel.yaml whole, which writes no comment at the end of one (`# the end of the
    list` was lost from every merge) and keeps those above a person on that person (removing it removed them)."""
    names, remove = MERGES[merge_kind]
    export = "Name,Job Title,Department\n" + "".join(f"{name},RN,ICU\n" for name in names)
    result, path = merge(tmp_path, FLOW_TEAM, export, *(("--remove-missing",) if remove else ()))
    assert result.code == 0, result.stderr
    text = path.read_text()
    assert re.findall("#.*", text) == re.findall("#.*", FLOW_TEAM), text  # every one, in its order
    assert list(people(path)) == list(names)
    assert "people: [" in text


def test_docs_say_comments_between_people_stay_on_every_path():
    doc = " ".join((Path(__file__).parents[1] / "docs" / "import.md").read_text(encoding="utf-8").split())
    assert "the comments stay on that person" not in doc  # the exception a whole-file merge had
    assert "and the comments between people (`# about Bo`), which stay above the person they precede" in doc


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_a_comment_indented_as_the_last_persons_keys_stays_with_that_person(tmp_path, args):
    """A person added after Di was written between her keys and her own comment, which then read as the new person's
    note; a comment at the list's own indentation still closes the list, after the people added."""
    team = (
        "people:\n  - name: Ann Lee\n    title: ML Engineer\n  - name: Di Eve\n    title: Nurse   # RN\n"
        "    # Di: on leave until March, do not count her\n\n  # hires for Q2 go below\n"
    )
    export = "Name,Job Title\nAnn Lee,ML Engineer\nDi Eve,Nurse\nEd Fox,Nurse\n"
    result, path = merge(tmp_path, team, export, *args)
    assert result.code == 0, result.stderr
    assert path.read_text().endswith(
        "    title: Nurse   # RN\n    # Di: on leave until March, do not count her\n"
        "  - name: Ed Fox\n    title: Nurse\n\n  # hires for Q2 go below\n"
    )


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_a_block_scalar_stays_a_block_unless_a_line_of_it_could_act_in_a_log(tmp_path, args):
    """Ann's `background: |` came back as one double-quoted line: the same value, but not the layout she wrote."""
    team = (
        "people:\n  - name: Ann Lee\n    title: ML Engineer\n    background: |\n      PhD ML\n\n      Postdoc\n"
        "  - name: Bo Park\n    title: Nurse\n    background: |\n      RN\n      ::error::x\n"
    )
    export = "Name,Job Title,Department\nAnn Lee,ML Engineer,Research\nBo Park,Nurse,Clinical\n"
    result, path = merge(tmp_path, team, export, *args)
    assert result.code == 0, result.stderr
    text = path.read_text()
    assert "    background: |\n      PhD ML\n\n      Postdoc\n    team: Research\n" in text
    assert '    background: "RN\\n::error::x\\n"\n' in text
    assert people(path)["Ann Lee"]["background"] == "PhD ML\n\nPostdoc\n"


SHARED = (
    "people:\n  - name: Priya Nair\n    id: E1\n    title: Nurse Informaticist\n    fte: 0.5  # job share with Ana\n"
)
FTE_SOURCES = {
    "hours": ("hours", "Standard Hours Per Week", "40", "1.0"),
    "percent": ("fte", "FTE %", "80 %", "0.8"),
    "escaped header": ("fte", "FTE\x1b[31m\n::error::x", "1", "1.0"),
}
SHOWN = {"FTE\x1b[31m\n::error::x": "FTE\\x1b[31m\\n::error::x"}  # as stderr shows it, escaped


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
@pytest.mark.parametrize(("key", "column", "cell", "fte"), FTE_SOURCES.values(), ids=FTE_SOURCES)
def test_an_fte_written_by_hand_replaced_by_the_export_names_the_column_and_cell(
    tmp_path, key, column, cell, fte, args
):
    """`fte: 0.5  # job share with Ana` became 1.0 and stderr said only `fte 0.5 -> 1.0`: nothing said it came from
    the hours column, whose 40 the founder could then correct in the HRIS. The comment stays beside the new value."""
    header = '"' + column + '"' if "\n" in column else column
    export = f'Employee #,First Name,Last Name,Job Title,{header}\nE1,Priya,Nair,Nurse Informaticist,"{cell}"\n'
    result, path = merge(tmp_path, SHARED, export, *args, "--map", f"{key}={column}")
    assert result.code == 0, result.stderr
    shown = SHOWN.get(column, column)
    line = 3 if args else 2  # --organization writes a line above her
    assert f"team.yaml:{line}: updated \"Priya Nair\": fte 0.5 -> {fte} ({shown} '{cell}')\n" in result.stderr
    assert f"    fte: {fte}  # job share with Ana\n" in path.read_text(encoding="utf-8")
    assert not any(line.startswith("::") for line in result.stderr.splitlines())


@contextmanager
def files_at_most(size: int) -> Iterator[None]:
    """No file over `size` bytes can be written (RLIMIT_FSIZE; Python ignores SIGXFSZ, so a write over it is an
    OSError), as in a shell after `ulimit -f`."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@pytest.mark.parametrize("into", ["people:\n  - name: Old One\n    title: CEO\n", None])
def test_what_was_added_is_said_only_once_the_file_is_written(tmp_path, into):
    """`import new.csv -o team.yaml` said `added 3,000` and the counts, then that the write failed (File too large):
    the merge it reported was not in the file. What the file holds is said after it is written."""
    rows = "".join(f"Person {i},Registered Nurse,RN BSN six years ICU Epic certified\n" for i in range(3000))
    (tmp_path / "new.csv").write_text("Name,Job Title,Background\n" + rows)
    if into is not None:
        (tmp_path / "team.yaml").write_text(into)
    with files_at_most(64 * 1024):
        result = run_cli("import", "new.csv", "-o", "team.yaml", cwd=tmp_path)
    assert result.code == 2 and "cannot write output: File too large" in result.stderr, result.stderr
    assert "team.yaml: added" not in result.stderr and "current: 3," not in result.stderr, result.stderr
    assert "new.csv: 3,000 people (3,000 current" in result.stderr  # what was read is still said
    assert (tmp_path / "team.yaml").exists() == (into is not None)
    assert into is None or (tmp_path / "team.yaml").read_text() == into


COMMENTED = """people:
  - name: Bo Park
    id: E2
    title: ML Engineer
    fte: 0.5  # half time until her PhD ends in June
  - name: Cy Dee
    id: E3
    title: Nurse Informaticist
    status: planned
    start: 2026-01-05  # offer signed 2025-11-20
    # relocating from Leeds
    team: Clinical
"""


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_a_comment_beside_a_value_the_merge_replaces_or_removes_is_kept_and_named(tmp_path, args):
    """`fte: 0.5  # half time until June` became `fte: 1.0  # half time until June` without a word, a comment
    now contradicting its value; and a start the merge removed (a planned hire now on staff, the export giving no
    hire date) took its comment, and the comment on a line of its own after it, with it. Both are kept, the first
    named with its old and new value, the second as lines of their own where the start was."""
    export = "Employee ID,Name,Job Title,Hours Per Week\nE2,Bo Park,ML Engineer,40\nE3,Cy Dee,Nurse Informaticist,40\n"
    result, path = merge(tmp_path, COMMENTED, export, *args)
    assert result.code == 0, result.stderr
    text = path.read_text()
    assert "    fte: 1.0  # half time until her PhD ends in June\n" in text
    assert (
        "    status: current\n    # offer signed 2025-11-20\n    # relocating from Leeds\n    team: Clinical\n" in text
    )
    lines = text.splitlines()
    fte_line = lines.index("    fte: 1.0  # half time until her PhD ends in June") + 1
    start_line = lines.index("    # offer signed 2025-11-20") + 1
    said = [line.removeprefix("teamaudit: ") for line in result.stderr.splitlines() if "kept the comment" in line]
    assert said == [
        f'{path}:{fte_line}: kept the comment beside "Bo Park"\'s fte, written when it was 0.5, now 1.0: '
        "'# half time until her PhD ends in June'; edit or delete it if it no longer holds",
        f'{path}:{start_line}: kept the comment on "Cy Dee"\'s start 2026-01-05, which the merge removed, as a line '
        "of its own: '# offer signed 2025-11-20'; edit or delete it if it no longer holds",
    ]
    assert people(path)["Bo Park"]["fte"] == 1.0 and "start" not in people(path)["Cy Dee"]


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_a_kept_comment_is_named_at_its_own_line_where_another_value_has_the_same_comment(tmp_path, args):
    """`title: ML Engineer  # TBD` above `fte: 0.5  # TBD`: the line named for the fte's comment was the first line
    holding '# TBD' nearest the fte's line before the merge, the title's once --organization wrote a line above."""
    team = "people:\n  - name: Bo Park\n    id: E2\n    title: ML Engineer  # TBD\n    fte: 0.5  # TBD\n"
    export = "Employee ID,Name,Job Title,Hours Per Week\nE2,Bo Park,ML Engineer,40\n"
    result, path = merge(tmp_path, team, export, *args)
    assert result.code == 0, result.stderr
    lines = path.read_text().splitlines()
    said = [line for line in result.stderr.splitlines() if "kept the comment" in line]
    assert len(said) == 1 and f"{path}:{lines.index('    fte: 1.0  # TBD') + 1}: kept" in said[0]


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_a_comment_kept_where_a_removed_value_was_after_a_block_scalar_adds_no_blank_line(tmp_path, args):
    """A start removed after a `background: |` block kept its comment below a blank line the merge wrote, splitting
    the person in two to the eye."""
    team = (
        "people:\n  - name: Cy Dee\n    id: E3\n    title: Nurse\n    status: planned\n    background: |\n"
        "      Ten years bedside ICU.\n    start: 2026-01-05  # offer signed 2025-11-20\n    team: Clinical\n"
    )
    result, path = merge(tmp_path, team, "Employee ID,Name,Job Title,Hours Per Week\nE3,Cy Dee,Nurse,40\n", *args)
    assert result.code == 0, result.stderr
    assert "      Ten years bedside ICU.\n    # offer signed 2025-11-20\n    team: Clinical\n" in path.read_text()
    assert people(path)["Cy Dee"]["background"] == "Ten years bedside ICU.\n"


def lines_read(monkeypatch) -> list[str]:
    """The lines yamledit reads to find a kept comment, one entry each time it reads one."""
    from teamaudit.importer import yamledit

    asked: list[str] = []
    holds = yamledit._holds
    monkeypatch.setattr(yamledit, "_holds", lambda remark, line: asked.append(line) or holds(remark, line))
    return asked


def test_the_kept_comments_of_a_whole_file_merge_are_placed_without_reading_the_file_once_per_comment(
    tmp_path, monkeypatch
):
    """Each comment kept beside a replaced value was looked for on every line of the merged file: 5,000 people with
    `fte: 0.5  # part time` merged with --organization took 134 s, where the merge before took 15 s."""
    asked = lines_read(monkeypatch)
    count = 60
    team = "people:\n" + "".join(
        f"  - name: P{i} Q\n    id: E{i}\n    title: Nurse\n    fte: 0.5  # part time {i % 2}\n" for i in range(count)
    )
    export = "Employee ID,Name,Job Title,Hours Per Week\n" + "".join(f"E{i},P{i} Q,Nurse,40\n" for i in range(count))
    result, path = merge(tmp_path, team, export, "--organization", "Acme")
    assert result.code == 0, result.stderr
    lines = path.read_text().splitlines()
    said = [line for line in result.stderr.splitlines() if "kept the comment" in line]
    assert said[1].startswith(f"teamaudit: {path}:{lines.index('    fte: 1.0  # part time 1') + 1}: ")
    assert len(asked) <= count * 2 * 2  # the lines holding a comment's words, for each comment: not every line


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_the_comments_kept_beside_replaced_values_are_named_in_the_order_of_their_lines(tmp_path, args):
    """A person whose file writes `fte:` above `title:`, each with a comment: the comment of line 5 was named before
    that of line 4, in the order the merge sets keys (title, then fte), not the order of the file."""
    team = (
        "people:\n  - name: Bo Park\n    id: E2\n    fte: 0.5  # half time until June\n"
        "    title: ML Engineer  # acting lead\n"
    )
    export = "Employee ID,Name,Job Title,Hours Per Week\nE2,Bo Park,Staff ML Engineer,40\n"
    result, path = merge(tmp_path, team, export, *args)
    assert result.code == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "kept the comment" in line]
    lines = [int(re.search(rf"{re.escape(str(path))}:(\d+):", line)[1]) for line in said]
    assert len(said) == 2 and lines == sorted(lines), said
    assert "'s fte" in said[0] and "'s title" in said[1]


@pytest.mark.parametrize("title", ["Nurse #2 lead", "Nurse #1 #2 #3 #4 #5 #6 #7 #8 #9 lead"], ids=["one #", "nine #"])
def test_a_comment_after_a_value_holding_hashes_is_placed_reading_only_the_lines_near_it(tmp_path, monkeypatch, title):
    """A title from the export holding ' #' ('Nurse #2 lead') hid the comment after it from the index of comments
    (a second `_COMMENT` pattern, reading one '#' a line, replaced the first), and each such comment was then looked
    for on every line of the merged file: 4,000 people took 29 s, 12,500 (a file of 50,000 lines) several minutes."""
    asked = lines_read(monkeypatch)
    count = 300
    team = "people:\n" + "".join(
        f"  - name: P{i} Q\n    id: E{i}\n    title: Nurse  # acting {i}\n    team: Clinical\n" for i in range(count)
    )
    export = "Employee ID,Name,Job Title\n" + "".join(f"E{i},P{i} Q,{title}\n" for i in range(count))
    result, path = merge(tmp_path, team, export, "--organization", "Acme")
    assert result.code == 0, result.stderr
    lines = path.read_text().splitlines()
    said = [line for line in result.stderr.splitlines() if "kept the comment" in line]
    at = next(n for n, line in enumerate(lines, 1) if line.endswith("# acting 7"))
    assert said[7].startswith(f'teamaudit: {path}:{at}: kept the comment beside "P7 Q"\'s title')
    assert len(asked) <= count * 201  # the 100 lines either side of each comment's place (_NEAR), not every line


@pytest.mark.parametrize("args", WHOLE.values(), ids=WHOLE)
def test_the_people_a_merge_names_are_named_at_their_lines_in_the_file_written(tmp_path, args):
    """A first import into a hand-kept file gave each person an id, a team and an employment, three lines each: the
    stderr lines then named every person below the first at their line before the merge, told once the file was
    written, so `team.yaml:10: kept "Dr. Maria Lopez"` sent the founder to another person's keys, and so did the
    line of a part-timer whose fte the file keeps. A --dry-run, which leaves the file as it is, names them at their
    lines there, and the comments kept beside replaced values too (it named those at their lines in the merged
    file it did not write)."""
    team = (
        "people:\n  - name: Priya Raman\n    title: CEO\n  - name: Dan Okafor\n    title: CTO\n"
        "  - name: Dr. Maria Lopez\n    title: CMO\n  - name: Tom Ward\n    title: Nurse Reviewer  # per diem\n"
        "    fte: 0.5\n"
    )
    export = (
        "Employee #,First Name,Last Name,Job Title,Department,Employment Status\n"
        "101,Priya,Raman,CEO,Executive,Full-Time\n102,Dan,Okafor,CTO,Engineering,Full-Time\n"
        "103,Maria,Lopez,CMO,Clinical,Full-Time\n105,Tom,Ward,Senior Nurse Reviewer,Clinical,Part-Time\n"
    )
    dry, _ = merge(tmp_path, team, export, *args, "--dry-run")
    result, path = merge(tmp_path, team, export, *args)
    assert result.code == dry.code == 0, result.stderr
    for run, text in ((dry, team), (result, path.read_text(encoding="utf-8"))):
        lines = text.splitlines()
        dan, maria, tom = (
            lines.index(f"  - name: {name}") + 1 for name in ("Dan Okafor", "Dr. Maria Lopez", "Tom Ward")
        )
        assert f'{path}:{dan}: updated "Dan Okafor": ' in run.stderr, run.stderr
        assert f"keeps the fte it gives Tom Ward ({path} line {tom}, fte 0.5)" in run.stderr, run.stderr
        comment = next(n for n, line in enumerate(lines, 1) if line.endswith("# per diem"))
        assert f'{path}:{comment}: kept the comment beside "Tom Ward"\'s title' in run.stderr, run.stderr
        assert f'{path}:{maria}: matched "Dr. Maria Lopez" with the export\'s "Maria Lopez"' in run.stderr
