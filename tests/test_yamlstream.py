"""The streaming reader builds exactly what PyYAML's safe loader builds, and refuses what it should."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_cli
from teamaudit.errors import TeamAuditError
from teamaudit.roster import load_roster, roster_from_text
from teamaudit.yamlread.yamlnodes import NodeBuilder, allowed_alias_ratio
from teamaudit.yamlread.yamlstream import YamlStream

TRICKY = [
    "a: yes\nb: no\nc: on\nd: ~\ne: null\nf: 0x1F\ng: 1_000\nh: .inf\ni: 2026-01-31\nj: '2026-01-31'\nk: 1.5e3\n",
    "base: &base {fte: 0.5, team: Ops}\nx:\n  <<: *base\n  team: Clinical\n",
    "a: &a {p: 1}\nb: &b {q: 2, p: 3}\nc:\n  <<: [*a, *b]\n  r: 4\n",
    "text: |\n  line one\n  line two\nfolded: >-\n  one\n  two\n",
    "list: &l [x, y]\nagain: *l\nnested: [[1, 2], {k: v}]\n",
    "quoted: \"tab\\there\"\nsingle: 'it''s'\nempty: ''\nplain: a-b\n",
    "? complex key\n: value\n1: one\n2.5: two and a half\n",
    "when: 2026-01-31 10:00:00\nstr: !!str 2026\nint: !!int '7'\n",
]


def build(text: str) -> object:
    stream = YamlStream(text, Path("t.yaml"))
    with stream.errors():
        assert stream.begin()
        value = stream.build()
        stream.finish()
    return value


@pytest.mark.parametrize("text", TRICKY)
def test_builds_what_pyyaml_builds(text: str):
    assert build(text) == yaml.safe_load(text)


@pytest.mark.parametrize("path", [*sorted((ROOT / "examples").glob("*.yaml")), ROOT / "benchmarks/data/people.yaml"])
def test_real_files_build_identically_from_text_and_bytes(path: Path):
    expected = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert build(path.read_text(encoding="utf-8")) == expected
    stream = YamlStream(io.BytesIO(path.read_bytes()), path)
    with stream.errors():
        stream.begin()
        assert stream.build() == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a: 1\n---\nb: 2\n", "t.yaml:2:1: expected a single document"),
        ("a: 1\na: 2\n", "t.yaml:2:1: duplicate key 'a'"),
        ("a: *nowhere\n", "t.yaml:1:4: found undefined alias"),
        ("a: !custom x\n", "t.yaml:1:4: invalid YAML: teamaudit does not read the tag '!custom'"),
        ("a: !!python/name:os.system x\n", "t.yaml:1:4: invalid YAML: teamaudit does not read the tag '!!python/name"),
        ("a: !!set {x}\n", "t.yaml:1:4: invalid YAML: teamaudit does not read a set (!!set)"),
        ("a: !!omap [x: 1]\n", "t.yaml:1:4: invalid YAML: teamaudit does not read an ordered mapping (!!omap)"),
        ("a: [\n", "t.yaml:2:1: invalid YAML"),
        ("? [a, b]\n: c\n", "t.yaml:1:3: a mapping key must be text or a number"),
        ("x:\n  <<: 3\n", "t.yaml:2:7: a merge key (<<) needs a mapping"),
    ],
)
def test_refuses_with_the_line(text: str, fragment: str):
    with pytest.raises(TeamAuditError) as caught:
        build(text)
    assert fragment in str(caught.value)


def test_people_may_share_values_through_anchors():
    roster = roster_from_text(
        "people:\n"
        "  - &alice {name: Alice, title: RN, skills: &s [triage, EHR]}\n"
        "  - {<<: *alice, name: Bea, id: 7}\n"
        "  - {name: Cy, title: ML Engineer, skills: *s}\n",
        Path("team.yaml"),
    )
    assert [(p.name, p.title, p.skills, p.id, p.line) for p in roster.people] == [
        ("Alice", "RN", ("triage", "EHR"), None, 2),
        ("Bea", "RN", ("triage", "EHR"), "7", 3),
        ("Cy", "ML Engineer", ("triage", "EHR"), None, 4),
    ]


def test_duplicate_names_on_one_line_are_caught():
    with pytest.raises(TeamAuditError) as caught:
        roster_from_text("people: [{name: A, title: RN}, {name: A, title: RN}]\n", Path("team.yaml"))
    assert "team.yaml:1:" in str(caught.value) and "duplicate name 'A' (first used on line 1)" in str(caught.value)


def test_shared_values_are_stored_once():
    row = "  - {{name: P{}, title: Nurse Manager, team: Care, skills: [triage]}}\n"
    roster = roster_from_text("people:\n" + "".join(row.format(i) for i in range(3)), Path("team.yaml"))
    first, *rest = roster.people
    assert all(p.title is first.title and p.team is first.team and p.skills is first.skills for p in rest)


def test_control_character_is_located(tmp_path: Path):
    path = tmp_path / "team.yaml"
    path.write_text("people:\n  - name: A\x01B\n    title: RN\n", encoding="utf-8")
    result = run_cli("check", path)
    assert result.code == 2
    assert result.stderr.strip() == (
        f"teamaudit: error: {path}:2:12: invalid YAML: control characters are not allowed (character U+0001)"
    )


def test_an_alias_of_the_streamed_people_list_is_refused():
    with pytest.raises(TeamAuditError) as caught:
        roster_from_text("people: &all\n  - {name: A, title: RN}\norganization: *all\n", Path("team.yaml"))
    assert "team.yaml:3:15: alias *all refers to a collection too large to repeat" in str(caught.value)


def locate(text: str):
    stream = YamlStream(text, Path("t.yaml"))
    with stream.errors():
        stream.begin()
        located = stream.build_located()
        stream.finish()
    return located


def test_every_piece_is_located():
    located = locate(
        "layers:\n  clinical:\n    signals:\n      - {pattern: nurse, weight: 8}\n      - pattern: md\n"
        "        weight: 7\n"
    )
    assert located.value == yaml.safe_load(
        "layers: {clinical: {signals: [{pattern: nurse, weight: 8}, {pattern: md, weight: 7}]}}"
    )
    assert located.at == (1, 1)
    assert located.locate(("layers", "clinical", "signals", 0, "weight")) == (4, 34)
    assert located.locate(("layers", "clinical", "signals", 1, "weight")) == (6, 17)
    assert located.locate(("layers", "clinical", "signals", 1)) == (5, 9)
    assert located.key_location(("layers", "clinical", "signals", 1), "weight") == (6, 9)
    # Absent pieces fall back to their nearest ancestor.
    assert located.locate(("layers", "clinical", "negative", 3)) == (3, 5)
    assert located.key_location(("layers",), "compliance") == (2, 3)


def test_merged_and_aliased_pieces_are_located_where_they_are_used():
    located = locate("base: &b {weight: 8}\none:\n  <<: *b\n  pattern: x\ntwo: *b\n")
    assert located.value["one"] == {"weight": 8, "pattern": "x"}
    assert located.locate(("one", "weight")) == (3, 7)
    assert located.locate(("one", "pattern")) == (4, 12)
    assert located.locate(("two", "weight")) == (5, 6)


def test_a_40000_person_file_written_by_pyyaml_loads(tmp_path):
    """PyYAML's dumper anchors every list two people share; the aliases are a small share of the file."""

    skills = [["Epic ClinDoc", "FHIR"], ["PyTorch", "JAX"], ["HL7 v2", "Mirth"], ["ISO 13485", "IEC 62304"]]
    people = [
        {"name": f"Person {i}", "title": "Registered Nurse", "skills": skills[i % 4], "background": skills[i % 3]}
        for i in range(40_000)
    ]
    path = tmp_path / "team.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # the same anchors as yaml.safe_dump, 20x faster
    path.write_text(yaml.dump({"people": people}, Dumper=dumper), encoding="utf-8")
    assert "*id001" in path.read_text(encoding="utf-8")
    roster = load_roster(path)
    assert len(roster.people) == 40_000 and roster.people[-1].skills == ("ISO 13485", "IEC 62304")


def test_an_alias_bomb_is_refused_in_bounded_memory(tmp_path):
    import tracemalloc

    levels = ["      - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"]
    levels += [f"      - &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 40)]
    path = tmp_path / "team.yaml"
    path.write_text("people:\n  - name: A\n    title: RN\n    skills:\n" + "".join(levels), encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(TeamAuditError, match="refusing to expand"):
            load_roster(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000


@pytest.mark.parametrize(
    ("nodes", "ratio"), [(1_000, 0.99), (400_000, 0.99), (2_200_000, 0.545), (4_000_000, 0.10), (9_000_000, 0.10)]
)
def test_the_share_aliases_may_expand_to_tightens_as_the_document_grows(nodes, ratio):
    assert allowed_alias_ratio(nodes) == pytest.approx(ratio)


def test_the_node_builder_knows_no_file_it_reports_through_the_function_it_is_given() -> None:
    loader = yaml.SafeLoader("a: [1, *x]\n")
    for _ in range(2):
        loader.get_event()  # StreamStart, DocumentStart
    problems: list[tuple[str, tuple[int, int] | None]] = []

    def fail(message: str, at: tuple[int, int] | None, hint: str | None) -> ValueError:
        problems.append((message, at))
        return ValueError(message)

    with pytest.raises(ValueError, match=r"undefined alias \*x"):
        NodeBuilder(loader, fail).build()
    assert problems == [("found undefined alias *x", (1, 8))]


def test_a_date_impossible_by_its_day_or_month_is_text_unless_tagged():
    assert build("a: 2027-02-30\nb: 2026-13-01\nc: 2026-02-28\n") == {
        "a": "2027-02-30",
        "b": "2026-13-01",
        "c": yaml.safe_load("c: 2026-02-28")["c"],
    }
    with pytest.raises(TeamAuditError, match=r"t\.yaml:1:4: invalid YAML value '2027-02-30' for timestamp"):
        build("a: !!timestamp 2027-02-30\n")
