"""A newcomer's first hour, following the README and --help only: each place where doing what teamaudit said, or
reading what it printed, led them astray (their files: a founder's headcount of 18 people)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, Result

FOUNDER_TEAM = """\
organization: Cardiosense AI
as_of: 2026-12-01
people:
  - {name: Maya Patel, title: CEO & Co-founder, team: Exec}
  - name: Jonah Reyes
    title: CTO & Co-founder
    team: Engineering
    skills: [Python, AWS, PyTorch]
  - {name: Sofia Alvarez, title: Head of Machine Learning, skills: [PyTorch, transformers]}
  - {name: Kevin O'Brien, title: Clinical Informatics Nurse, background: [RN, BSN, 6 years telemetry nurse]}
  - {name: Ana Ruiz, title: Nurse Informaticist, background: [RN, 8 years ICU nurse]}
  - {name: Ethan Zhou, title: HL7 Interface Engineer, skills: [FHIR, HL7, Mirth]}
  - {name: Ike Obi, title: Integration Engineer, skills: [FHIR R4, Epic Bridges]}
  - {name: Noor Aziz, title: Regulatory Affairs Manager, background: [filed two 510(k) submissions]}
  - {name: Nadia Haddad, title: Quality Engineer ISO 13485, background: [built IEC 62304 audit trails]}
"""


def test_declaring_the_layer_ta005_advises_passes_at_warning(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """TA005 told the founder to declare their CTO `layer: ml_research`, his skills being PyTorch; once declared,
    TA007 called the declaration contradicted ('record the skills or background that show it', which the record
    did), and `--fail-on warning` failed the CI run that followed the advice."""
    path = team(FOUNDER_TEAM)
    advised = cli("check", path, "--fail-on", "warning")
    assert advised.code == 0, advised.stdout
    declare = re.search(r"If Jonah Reyes does ([\w ]+) work, declare 'layer: (\w+)' for them", advised.stdout)
    assert declare is not None, advised.stdout
    path.write_text(
        FOUNDER_TEAM.replace("    team: Engineering\n", f"    layer: {declare[2]}\n    team: Engineering\n"), "utf-8"
    )
    followed = cli("check", path, "--fail-on", "warning")
    assert "TA007" not in followed.stdout, followed.stdout
    assert "Jonah Reyes" not in followed.stdout.split("Composition", 1)[1], followed.stdout
    assert followed.code == 0


def test_a_declaration_the_record_does_not_back_still_warns(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The CTO declared clinical: nothing in his record shows clinical work, so TA007 still says so."""
    path = team(FOUNDER_TEAM.replace("    team: Engineering\n", "    layer: clinical\n    team: Engineering\n"))
    result = cli("check", path, "--fail-on", "warning")
    assert "TA007 declared-layer-contradicts-evidence: Jonah Reyes (CTO & Co-founder) is declared clinical" in (
        result.stdout
    )
    assert result.code == 1


UNSURE_REQ = """\
  - {name: Open - Clinical Data Annotator, title: Clinical Data Annotator, status: open, employment: contractor}
"""


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "junit", "github", "json"])
def test_the_firmness_sentence_counts_every_person_ta005_names(
    cli: Callable[..., Result], team: Callable[..., Path], fmt: str
) -> None:
    """Two TA005 notes were listed (the CTO the title keeps `other`, an unsure requisition) under a firmness line
    that said 'whatever the 1 unsure person (TA005) turns out to be': it counted only the people below the
    confidence threshold. It counts both now, and the CTO can only be ML research, which the worst case counts."""
    result = cli("check", team(FOUNDER_TEAM + UNSURE_REQ), "--format", fmt)
    assert "the plan view is not over-indexed whatever the 2 unsure people (TA005) turn out to be" in result.stdout
    assert "the current view is not over-indexed whatever the 1 unsure person (TA005) turns out to be" in (
        result.stdout
    )
    # the CTO could be ML research, never a layer: the worst case counts him, the best case not
    assert "ML research vs layers: 1.0 vs 7.0 FTE at best, 3.0 vs 6.0 FTE at worst." in result.stdout


def test_init_samples_left_beside_the_founders_people_are_named_by_check(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """A founder ran `init`, appended their people and never deleted the four samples: `check` counted a sample
    nurse, interface engineer, requisition and ML engineer in every layer without a word (import names them)."""
    path = tmp_path / "team.yaml"
    assert cli("init", path).code == 0
    starter = cli("check", path)
    assert "example people" not in starter.stderr  # the starter alone is shown off, not warned about
    path.write_text(path.read_text("utf-8") + "  - {name: Sofia Alvarez, title: Head of Machine Learning}\n", "utf-8")
    result = cli("check", path)
    assert result.code == 0, result.stderr
    assert (
        f"teamaudit: warning: {path}:7: 4 of `teamaudit init`'s example people are still in it as init wrote them:"
        ' "Aisha Bello" (line 7), "Chloe Martin" (line 19), "Open req - Regulatory Affairs Specialist" (line 24),'
        ' "Marcus Webb" (line 28): not your team, yet counted in every report (delete them there)'
    ) in result.stderr
    redacted = cli("check", path, "--redact").stderr
    assert "still in it as init wrote them: line 7, line 19, line 24, line 28: not your team" in redacted
    assert "Aisha" not in redacted
    lines = path.read_text("utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:6] + lines[18:]), "utf-8")  # Aisha Bello deleted
    assert '3 of `teamaudit init`\'s example people are still in it as init wrote them: "Chloe Martin" (line 7)' in (
        cli("check", path).stderr
    )


def test_the_first_step_and_the_hiring_advice_say_why_they_start_in_different_layers(
    cli: Callable[..., Result],
) -> None:
    """backwards.yaml's header said 'Then hire first: Clinical informaticist ... (2 people)' while recommendation 2
    said 'starting with the missing integration layer', two answers to 'whom first?'. Converting the open ML
    requisitions staffs integration first; the recommendation now says so, and the header's 'Then' follows it."""
    text = cli("check", ROOT / "examples" / "backwards.yaml", "--details").stdout
    header = text.split("\n\n", 1)[0]
    assert "convert 2 open ML requisitions to integration (recommendation 1). Then hire first: Clinical" in header
    advice = next(line for line in text.splitlines() if line.startswith("  2. [TA001]"))
    assert (
        "starting with the missing integration layer, which converting the 2 open ML requisitions staffs first."
    ) in advice


def test_a_tab_indenting_a_line_is_named_with_every_other_problem_of_the_file(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A tab in the file stopped the check at the tab; once it was fixed, five more errors appeared. The file is
    read past the tab (its line indented as the line above), so one run names the tab and the five, exit 2."""
    text = (
        "people:\n"
        "  - name: Jonah Reyes\n"
        "    title: CTO & Co-founder\n"
        "\tteam: Engineering\n"
        "  - name: Ben Sato\n"
        "    title: Product Manager\n"
        "  - name: Ben Sato\n"
        "    employmnet: contractor\n"
        "  - name: Alex Moreno\n"
        "    title: Senior ML Engineer\n"
        "    status: planed\n"
        "  - name: Priya Nair\n"
        "    title: FHIR Integration Engineer\n"
        " \t  status: planned\n"
        "    start: 03/15/2027\n"
    )
    path = team(text)
    result = cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr, result.stderr
    said = [line.removeprefix(f"teamaudit: error: {path}:") for line in result.stderr.splitlines()]
    assert said == [
        "4:1: invalid YAML: found a tab character ('\\t') that violates indentation (indent with spaces, not tabs;"
        " the rest of the file was read with it as spaces)",
        "7:5: people[2] (Ben Sato) is missing 'title'",
        "7:11: duplicate name 'Ben Sato' (first used on line 5) (names must be unique; add an initial or a team)",
        "8:5: unknown key 'employmnet' (did you mean employment?)",
        "11:13: people[3] (Alex Moreno).status: 'planed' is not one of current, planned, open (did you mean planned?)",
        "14:2: invalid YAML: a tab character ('\\t') indents this line too (indent with spaces, not tabs; the rest of"
        " the file was read with it as spaces)",
        "15:12: people[4] (Priya Nair).start: must be a date like 2026-03-01, got '03/15/2027' (write it year first:"
        " 2027-03-15)",
    ], result.stderr


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("part-time", "part-time is employment: employee with the share of a week as fte, e.g. fte: 0.5 for half time"),
        ("Full Time", "full-time is employment: employee; full time is fte's default of 1.0"),
        ("intern", "an intern is employment: employee with the share of a week as fte, e.g. fte: 0.5 for half time"),
        ("contract", "a contract is employment: contractor, with the share of a week as fte if it is not full time"),
    ],
)
def test_a_form_of_work_written_as_the_employment_is_told_employment_and_fte(
    cli: Callable[..., Result], team: Callable[..., Path], written: str, hint: str
) -> None:
    """`employment: part-time` was told 'did you mean employee?', and the person then counted full time: the
    share of a week is fte's, so the hint names both keys."""
    path = team(f"people:\n  - name: Ann Lee\n    title: RN\n    employment: {written}\n")
    result = cli("check", path)
    assert result.code == 2
    assert result.stderr == (
        f"teamaudit: error: {path}:4:17: people[0] (Ann Lee).employment: '{written}' is not one of employee,"
        f" contractor, advisor ({hint})\n"
    )


def test_a_config_error_names_its_suppression_and_its_date_as_the_team_file_does(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """`ignore.1.until` named the 2nd suppression where the team file says `people[1]`, and `until: 03/31/2027` got
    no hint where the team file's `start: 03/31/2027` is told to write it year first."""
    path = team(FOUNDER_TEAM)
    config = path.parent / ".teamaudit.yaml"
    config.write_text(
        "ignore:\n  - {rule: TA003, reason: hiring}\n  - rule: TA005\n    reason: ok\n    until: 03/31/2027\n"
        "    reasn: typo\n",
        "utf-8",
    )
    result = cli("check", path, cwd=path.parent)
    assert result.code == 2
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {config}:5:12: ignore[1].until: must be a date like 2026-03-01, got '03/31/2027' (write it"
        " year first: 2027-03-31)",
        f"teamaudit: error: {config}:6:5: ignore[1].reasn: unknown key (did you mean reason?)",
    ]


def test_warnings_are_in_the_order_of_their_lines(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """Start-date warnings came before the missing-FTE ones, so stderr read lines 8, 14, 5, 10."""
    path = team(
        "as_of: 2026-12-01\npeople:\n"
        "  - name: A\n    title: Clinical Advisor\n    employment: advisor\n"
        "  - name: B\n    title: RN\n    start: 2027-03-01\n"
        "  - name: C\n    title: Part-time nurse\n"
        "  - name: D\n    title: ML Engineer\n    status: planned\n    start: 2026-01-01\n"
    )
    lines = [int(line.split(f"{path}:", 1)[1].split(":")[0]) for line in cli("check", path).stderr.splitlines()]
    assert lines == [5, 8, 10, 14]


def test_explain_shows_who_is_found_and_names_who_is_not(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """`explain team.yaml Ravi nobody` printed nothing for Ravi: a typo in one name lost the others' answers."""
    path = team(FOUNDER_TEAM)
    result = cli("explain", path, "Sofia", "nobody", "Ike Obi")
    assert result.code == 2
    assert [line for line in result.stdout.splitlines() if line.startswith("== ")] == [
        "== Sofia Alvarez (line 9): Head of Machine Learning",
        "== Ike Obi (line 13): Integration Engineer",
    ]
    assert f"teamaudit: error: {path}: no person named 'nobody' (by name, part of a name, or id)" in result.stderr
    alone = cli("explain", path, "nobody")
    assert (alone.code, alone.stdout) == (2, "")


def test_the_help_a_newcomer_reads_first_is_in_order_uncut_and_names_its_values(cli: Callable[..., Result]) -> None:
    """--help listed the commands in no clear order, each cut by '...'; `import --help` showed `<str>` for --reqs,
    --map and --assume-fte; `report --help` said --details adds every person in text and markdown, which it
    does not write."""
    listed = cli("--help").stdout.partition("\nCommands:\n")[2].splitlines()
    assert [line.split()[0] for line in listed if line.strip()] == [
        "init",
        "import",
        "check",
        "report",
        "explain",
        "diff",
        "config",
        "schema",
        "rubric",
        "pre-commit",
    ]
    assert not any(line.rstrip().endswith("...") for line in listed), listed
    imports = cli("import", "--help").stdout
    assert "<str>" not in imports
    assert all(f"{option} <" in imports for option in ("--reqs", "--map", "--assume-fte"))
    report = " ".join(cli("report", "--help").stdout.split())
    assert "text and markdown" not in report and "the HTML report lists every person either way" in report


CLINICIAN_DECLARED_ML = """\
organization: Acme
as_of: 2026-01-01
people:
  - name: Ana Ruiz
    title: Registered Nurse
    layer: ml_research
    skills: [PyTorch]
    background: 12 years ICU nurse; licensed registered nurse
  - name: Di Eck
    title: Integration Engineer
    layer: ml_research
    skills: [HL7, FHIR, Mirth Connect, scikit-learn]
    background: built HL7 interfaces for 6 hospitals
  - {name: Bo Ng, title: Registered Nurse, layer: ml_research, skills: [PyTorch]}
"""


def test_one_ml_word_in_the_skills_does_not_back_a_declaration_the_record_speaks_against(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A nurse of 12 years in the ICU, an interface engineer with six hospitals' HL7 feeds, and a nurse by title
    alone, each declared ml_research with one ML framework in the skills: the framework backed each declaration
    and TA007 fell silent for all three, though their records show hands-on work of their own layer."""
    result = cli("check", team(CLINICIAN_DECLARED_ML), "--fail-on", "warning")
    for who in ("Ana Ruiz (Registered Nurse)", "Di Eck (Integration Engineer)", "Bo Ng (Registered Nurse)"):
        assert f"TA007 declared-layer-contradicts-evidence: {who} is declared ml_research" in result.stdout, who
    assert result.code == 1


HEAD = "organization: Acme\nas_of: 2026-01-01\npeople:\n"
TABS_YAML_TAKES = (
    "organization: Acme\nas_of: 2026-01-01\npeople:\n  - name: Ann\n\ttitle: Nurse\n"
    "    background: |\n      line one\n      \tcode indented with a tab\n"
    '  - name: "Bo\n\tLi"\n    title: Nurse\n    skills: [a,\n\tb]\n'
    "  - name: Bob\n    title: ML Engineer\n    fte: x\n"
)


def test_a_tab_yaml_takes_is_not_named_beside_the_one_it_refuses(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A tab inside a block scalar's text (line 8), a quoted name (line 10) and a flow list (line 13) is text YAML
    takes: check named each as 'a tab indents this line too' once another tab (line 5) was refused."""
    result = cli("check", team(TABS_YAML_TAKES))
    lines = result.stderr.splitlines()
    assert [line.split(".yaml:", 1)[1].split(":", 2)[:2] for line in lines] == [["5", "1"], ["16", "10"]], lines
    assert result.code == 2


def test_a_line_the_copy_indents_wrongly_is_not_reported_as_the_founders_mistake(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A tab-indented key after a nested list (line 7, meant at Ann's keys) was indented like the list item above
    it, and the copy's own 'mapping values are not allowed' was reported at line 7 under a hint saying the rest of
    the file was read: the file was read no further. A tab-indented block scalar's text (line 11) was read as a key
    ('could not find expected ':''). Only the tabs are named now, and how far the file was read."""
    guessed = cli("check", team(f"{HEAD}  - name: Ann\n    skills:\n      - PyTorch\n\ttitle: Nurse\n    fte: x\n"))
    assert guessed.stderr.count("error:") == 1, guessed.stderr
    assert "7:1: invalid YAML: found a tab" in guessed.stderr
    assert "read with it as spaces as far as line 7, whose indentation is unclear" in guessed.stderr
    scalar = cli("check", team(f"{HEAD}  - name: Ann\n\ttitle: Nurse\n\tbackground: |\n\t  ICU nurse\n    fte: x\n"))
    assert "could not find expected" not in scalar.stderr, scalar.stderr
    assert "8:10: people[0] (Ann).fte: must be a number" in scalar.stderr, scalar.stderr


def test_a_quote_or_bracket_inside_a_plain_value_opens_nothing(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """`title: Nurse "Lead` and `name: Bob [ML` are plain values: reading them as a quote or a flow list left open
    took every later line for its text, and the tab at line 7 and Bob's fte went unnamed."""
    plain = f'{HEAD}  - name: Ann\n\ttitle: Nurse "Lead\n  - name: Bob [ML\n\ttitle: X\n    fte: x\n'
    result = cli("check", team(plain))
    assert "7:1: invalid YAML: a tab character ('\\t') indents this line too" in result.stderr, result.stderr
    assert "8:10: people[1] (Bob [ML).fte: must be a number" in result.stderr, result.stderr
    flow = cli("check", team(f"{HEAD}  - name: Ann\n\ttitle: X\n    skills: [O'Brien,\n\tb]\n    fte: x\n"))
    assert "7:1" not in flow.stderr and "8:10: people[0] (Ann).fte: must be a number" in flow.stderr, flow.stderr
