"""What a founder reads and acts on: the advice each finding ends in, and the hints of a first run."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result


def _company(ml: int, per_layer: int, others: int) -> str:
    """A team file as a large company's export reads: `ml` ML engineers, `per_layer` proven people in each layer."""
    rows = [f"  - {{name: ML Person {i}, title: Machine Learning Engineer}}" for i in range(ml)]
    for i in range(per_layer):
        rows.append(f"  - {{name: Nurse {i}, title: Clinical Informatics Nurse, background: 'RN, BSN; ICU nurse'}}")
        rows.append(f"  - {{name: Interface {i}, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}}")
        rows.append(f"  - {{name: Regulatory {i}, title: Regulatory Affairs Manager, background: filed 510(k)s}}")
    rows += [f"  - {{name: Engineer {i}, title: Software Engineer}}" for i in range(others)]
    return "organization: Bigco\nas_of: 2026-11-01\npeople:\n" + "\n".join(rows) + "\n"


def test_a_large_over_indexed_company_is_told_how_to_keep_the_gap_from_growing(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A 400-person company was told only the article's test, 'hire 105 people ... before the next ML hire': true,
    and no plan a founder of that size acts on. The figure stays; the pace that keeps the gap from growing is said
    in every format, the finding's (SARIF, JUnit, GitHub) and the advice's."""
    path = team(_company(ml=150, per_layer=15, others=205))
    text = cli("check", path).stdout
    assert "it takes 105 people full-time to close the 105.0 FTE gap, and each ML hire until then adds 1.0 FTE" in text
    assert "hire 105 people across clinical, integration and compliance before the next ML hire" in text
    assert "until the gap closes, hiring 1 person to the three layers for each ML hire keeps it from growing" in text
    for fmt in ("github", "sarif", "junit", "markdown", "html"):
        assert "each ML hire until then adds 1.0 FTE to it" in cli("check", path, "-f", fmt).stdout, fmt
    report = json.loads(cli("check", path, "-f", "json").stdout)
    assert "for each ML hire keeps it from growing" in report["recommendations"][0]["text"]
    config = team("thresholds:\n  ml_ratio: 1.5\n", "ratio.yaml")
    at_one_and_a_half = cli("check", path, "--config", config).stdout
    assert "each ML hire until then adds 0.67 FTE to it" in at_one_and_a_half
    assert "hiring 2 people to the three layers for every 3 ML hires keeps it from growing" in at_one_and_a_half
    headcount = cli("check", path, "--basis", "headcount").stdout
    assert "it takes 105 people to close the gap, and each ML hire until then adds 1 person to it" in headcount


ADVISED_TEAM = """\
organization: SepsisAI
as_of: 2026-12-01
people:
  - {name: Dana Cole, title: CEO}
  - {name: Raj Patel, title: ML Engineer}
  - name: Grace Kim
    title: Clinical Advisor
    employment: advisor
    background: [RN, 10 years ICU nurse]
  - {name: Tom Reyes, title: HL7 Interface Engineer, skills: [HL7 v2, FHIR]}
  - {name: Ike Obi, title: Integration Engineer, skills: [FHIR R4, Epic Bridges]}
  - {name: Noor Aziz, title: Regulatory Affairs Manager, background: [filed two 510(k) submissions]}
  - {name: Peter Novak, title: Quality Engineer ISO 13485, background: [built IEC 62304 audit trails]}
"""


def _advice(result: Result) -> list[str]:
    """The recommendations of a text report, one a line, without their numbers."""
    return [line.split("] ", 1)[1] for line in result.stdout.splitlines() if line.startswith("  ") and ". [TA" in line]


def test_a_layer_whose_one_holder_is_an_advisor_with_no_fte_asks_for_her_fte_first(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The clinical layer's one holder, an advisor with no fte, counted 1.0 FTE: the advice asked for a second
    hire, when her fte decides first whether she holds the layer at all or it rests on part-time help."""
    advice = _advice(cli("check", team(ADVISED_TEAM)))
    assert advice == [
        "Write the 'fte' of Grace Kim (line 6) first: it decides how thin the clinical layer is, since if they give"
        " it under 0.5 FTE, it rests on part-time help. Either way, hire one more clinical informaticist or clinical"
        " workflow lead (RN or MD who has practised, with EHR workflow experience), so the layer survives a"
        " resignation."
    ]
    written = _advice(cli("check", team(ADVISED_TEAM.replace("employment: advisor", "fte: 0.2"))))
    assert written[0].startswith("The clinical layer rests on part-time help: Grace Kim (line 6)."), written


def test_a_layer_held_by_two_people_is_not_said_to_be_held_by_one(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """With thin_layer_people 2 the rubric's wording said 'held by one person, Ike Obi (line 11), Tom Reyes (line
    10): add a second ...' of a layer two people hold."""
    config = team("thresholds:\n  thin_layer_people: 2\n", "two.yaml")
    advice = _advice(cli("check", team(ADVISED_TEAM), "--config", config))
    assert (
        "The integration layer is held by 2 people, Ike Obi (line 11), Tom Reyes (line 10): add a third EHR"
        " integration engineer"
    ) in "\n".join(advice)
    assert not [line for line in advice if "one person" in line and "line 10" in line]
    planned = ADVISED_TEAM.replace("title: Regulatory", "status: open, title: Regulatory").replace(
        "title: Quality", "status: planned, title: Quality"
    )
    advice = _advice(cli("check", team(planned), "--config", config))
    assert any(line.startswith("The compliance layer rests on 2 roles nobody holds yet") for line in advice)
    assert any("fill them, and plan a third" in line for line in advice), advice


def test_a_pdf_asked_of_a_team_file_on_stdin_is_told_to_pipe_it_in_again(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """`... | teamaudit check - -o x.pdf` was told to run `teamaudit report - -o x.html`, which waits on a terminal
    for a team file this run had read up."""
    pdf = tmp_path / "x.pdf"
    result = cli("check", "-", "-o", pdf)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert f"write {tmp_path / 'x.html'}: cat team.yaml | teamaudit report - -o {tmp_path / 'x.html'}; then" in (
        result.stderr
    )
    named = cli("check", "team.yaml", "-o", pdf)
    assert "cat team.yaml" not in named.stderr and ": teamaudit report team.yaml -o" in named.stderr


def test_curly_quotes_round_a_number_or_a_date_are_named(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """`fte: “50”` got no hint at all, and a date in curly quotes was told to write the date itself."""
    path = team(
        "people:\n"
        "  - {name: Ann Lee, title: Nurse, fte: \u201c50\u201d}\n"
        "  - {name: Bo Li, title: Nurse, fte: \u201c0.5\u201d}\n"
        "  - {name: Cy Li, title: Nurse, status: planned, start: \u201c2027-03-01\u201d, cost: \u201c185000\u201d}\n"
    )
    result = cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr
    curly = "\u201c \u201d are typographic quotes, which YAML reads as letters"
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:2:40: people[0] (Ann Lee).fte: must be a number > 0 and <= 1, got '\u201c50\u201d'"
        f" ({curly}: write 0.5 without them, as an fte is a share of a full week, at most 1)",
        f"teamaudit: error: {path}:3:38: people[1] (Bo Li).fte: must be a number > 0 and <= 1, got '\u201c0.5\u201d'"
        f" ({curly}: write 0.5 without them)",
        f"teamaudit: error: {path}:4:57: people[2] (Cy Li).start: must be a date like 2026-03-01, got"
        f" '\u201c2027-03-01\u201d' ({curly}: write the date without them)",
        f"teamaudit: error: {path}:4:77: people[2] (Cy Li).cost: must be a positive number (annual cost), got"
        f" '\u201c185000\u201d' ({curly}: write the amount without them, in plain digits)",
    ]


def test_a_windows_1252_file_is_named_with_what_its_bytes_are(cli: Callable[..., Result], tmp_path: Path) -> None:
    """Word's curly quotes saved as Windows-1252 ("ANSI") were 'not valid UTF-8 (byte 0x93) (save the file as
    UTF-8)': nothing said what 0x93 is, nor that two more lines hold such bytes."""
    path = tmp_path / "team.yaml"
    path.write_bytes(b"people:\n  - name: Ann Lee\n    title: \x93Nurse\x94\n    background: [\x93RN\x94]\n")
    path.write_bytes(path.read_bytes() + "  - {name: Jos\u00e9, title: RN}\n".encode("cp1252"))
    result = cli("check", path)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        f"teamaudit: error: {path}:3:12: not valid UTF-8 (byte 0x93) (the file looks saved as Windows-1252, where"
        " byte 0x93 is \u201c, a curly quote; lines 4, 5 hold such bytes too: save it as UTF-8)\n"
    )
    path.write_bytes(b"people:\n  - name: Ann Lee\n    title: \x81Nurse\n")  # no Windows-1252 byte: no guess
    assert cli("check", path).stderr.endswith("not valid UTF-8 (byte 0x81) (save the file as UTF-8)\n")


def test_a_two_digit_year_is_given_the_dates_it_may_mean(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """`start: 03/01/27` and `start: 27-03-01` were told only 'must be a date like 2026-03-01'."""
    path = team(
        "people:\n"
        "  - {name: Ann Lee, title: Nurse, status: planned, start: 03/01/27}\n"
        "  - {name: Bo Li, title: Nurse, status: planned, start: 27-03-01}\n"
    )
    result = cli("check", path)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"teamaudit: error: {path}:2:59: people[0] (Ann Lee).start: must be a date like 2026-03-01, got '03/01/27'"
        " (write the year in full, year first: 2027-03-01 for 1 March 2027 or 2027-01-03 for 3 January 2027)",
        f"teamaudit: error: {path}:3:57: people[1] (Bo Li).start: must be a date like 2026-03-01, got '27-03-01'"
        " (write the year in full, year first: 2027-03-01 for 1 March 2027 or 2001-03-27 for 27 March 2001)",
    ]


PRE_SEED = """\
organization: Lumen Triage
as_of: 2027-01-15
people:
  - {name: Maya Chen, title: CEO / co-founder}
  - {name: Priya Nair, title: Founding ML Engineer, skills: [PyTorch, RAG]}
  - {name: Dr. Leo Park, title: Clinical Advisor, fte: 0.5, background: "Emergency physician, MD, 12 years in the ED"}
  - {name: Jen Wu, title: Full-stack engineer}
  - {name: Tariq Aziz, title: "Founding Engineer, Integrations", skills: [FHIR, Epic sandbox]}
"""


def test_a_failing_team_that_is_not_over_indexed_is_told_what_fails(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A 5-person pre-seed team read 'FAIL  ML research 1.0 FTE vs clinical + integration + compliance 2.0 FTE': the
    figures of a pass, and no word of the missing compliance layer that failed it until the findings."""
    for fmt in ("text", "markdown"):
        lines = cli("check", team(PRE_SEED), "-f", fmt).stdout.splitlines()
        verdict = next(i for i, line in enumerate(lines) if "FAIL" in line)
        assert "The current view has no compliance layer." in "\n".join(lines[verdict + 1 : verdict + 5]), lines[:6]
    warned = cli("check", team(PRE_SEED), "--fail-on", "warning").stdout
    assert "The current view has no compliance layer and fails TA003 thin-layer for clinical and integration." in warned
    passing = cli("check", team(PRE_SEED + "  - {name: Noor Aziz, title: Regulatory Affairs Manager}\n")).stdout
    assert "The current view" not in passing  # a pass says nothing more


SERIES_B = "organization: Cadence\nas_of: 2027-02-01\npeople:\n" + "".join(
    [f"  - {{name: ML {i}, title: Senior ML Engineer}}\n" for i in range(12)]
    + ["  - {name: Ann Lee, title: Clinical Informatics Nurse, background: 'RN, BSN, 6 years med-surg'}\n"]
    + ["  - {name: 'Open req - Clinical Content Lead', title: Clinical Content Lead (RN), status: open}\n"]
    + ["  - {name: Bo Li, title: Integration Engineer, skills: [HL7 v2, FHIR R4]}\n"]
    + ["  - {name: Cy Ng, title: Director Regulatory Affairs, background: filed three 510(k)s}\n"]
)


def test_a_layers_share_of_the_hires_says_what_it_holds_today_and_in_the_plan(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The plan view's advice said 'Of those 9 people, 3 for clinical (2.0 FTE today)' of a layer one nurse holds
    today, the other being an open requisition."""
    advice = _advice(cli("check", team(SERIES_B)))
    assert any(line.endswith("for clinical (2.0 FTE in the plan, 1.0 today).") for line in advice), advice
    assert any(line.endswith("3 for compliance (1.0 FTE today).") for line in advice), advice
    current = _advice(cli("check", team(SERIES_B), "--scope", "current"))
    assert not [line for line in current if "in the plan" in line], current
    assert any(line.endswith("3 for compliance (1.0 FTE today).") for line in current), current


def test_the_thinnest_layer_is_advised_first(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """A thin team's first recommendation was a second integration engineer beside one full-time, and the compliance
    layer, resting on a 0.2-FTE consultant, came second because its line is further down the file."""
    path = team(
        "people:\n"
        "  - {name: Ray Kim, title: ML Engineer}\n"
        "  - {name: Nia Bell, title: Nurse Informaticist, background: 'RN, 10 years ICU'}\n"
        "  - {name: Omar Haddad, title: Clinical Pharmacist, background: 'PharmD, hospital pharmacist 5 years'}\n"
        "  - {name: Lev Stone, title: Interface Engineer, skills: [HL7 v2, Rhapsody]}\n"
        "  - {name: Kay Moss, title: Regulatory Consultant, fte: 0.2, background: filed 510(k)s}\n"
    )
    advice = _advice(cli("check", path))
    assert advice[0].startswith("The compliance layer rests on part-time help: Kay Moss (line 6)."), advice
    assert advice[1].startswith("The integration layer is held by one person, Lev Stone (line 5)"), advice


def test_an_as_of_in_curly_quotes_or_with_a_two_digit_year_says_so(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """`as_of: “2027-03-01”` was told to 'write the date itself, year first: 2027-03-01', which it had."""
    curly = cli("check", team("as_of: \u201c2027-03-01\u201d\npeople:\n  - {name: A, title: Nurse}\n"))
    assert curly.code == 2 and curly.stderr.endswith(
        "got '\u201c2027-03-01\u201d' (\u201c \u201d are typographic quotes, which YAML reads as letters: write the"
        " date without them)\n"
    )
    short = cli("check", team("as_of: 03/01/27\npeople:\n  - {name: A, title: Nurse}\n"))
    assert short.code == 2 and short.stderr.endswith(
        "(write the year in full, year first: 2027-03-01 for 1 March 2027 or 2027-01-03 for 3 January 2027)\n"
    )


def test_a_key_the_advice_names_is_code_in_markdown_and_html_and_plain_in_text(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The markdown report escaped the advice's backticks ("Write the \\`fte\\` of Grace Kim"), so a reader saw
    them; HTML made a code span of any name written between backticks. The wording's keys are code in markdown and
    HTML and plain in text; a name's backticks open nothing: markdown shows them escaped, as written, and HTML (which
    finds code spans by their pattern) as U+02CB; the HTML report's client sentence names no key, and shows them as
    written."""
    path = team(ADVISED_TEAM.replace("Grace Kim", "Grace `x` Kim"))
    markdown = cli("check", path, "--format", "markdown").stdout
    assert "Write the `fte` of Grace \\`x\\` Kim (line 6) first" in markdown
    page = cli("check", path, "--format", "html").stdout
    recommendations = page[page.index('<section id="recommendations">') :].split("</section>")[0]
    # the client's report asks the client, naming no key: the name's backticks are shown as written
    assert "Confirm first how much of a full-time week Grace `x` Kim work" in recommendations
    assert "<code>" not in recommendations
    assert "Write the 'fte' of Grace `x` Kim (line 6) first" in cli("check", path).stdout


def test_a_founder_the_title_keeps_other_though_their_skills_are_ml_is_told_they_can_declare_a_layer(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A Co-founder & CTO whose skills are PyTorch is `other`, as a founder is until they declare a layer
    (/work/shared/domain.md), but nothing told the founder they could: TA005 now notes it, and its advice says how."""
    founder = "  - {name: Dana Cole, title: Co-founder & CTO, skills: [PyTorch, transformers]}\n"
    text = cli("check", team(ADVISED_TEAM.replace("  - {name: Dana Cole, title: CEO}\n", founder))).stdout
    assert (
        "TA005 unclear-classification: Dana Cole (Co-founder & CTO) is other, as the title settles, though their "
        "record shows ML research work: skills mention ML framework: 'PyTorch'"
    ) in text
    assert "If Dana Cole does ML research work, declare 'layer: ml_research' for them" in text
    page = cli("check", team(ADVISED_TEAM.replace("  - {name: Dana Cole, title: CEO}\n", founder)), "-f", "html").stdout
    # the client's report names the work as people say it, and no layer id
    assert "If Dana Cole does ML research work, confirm it for their record" in page and "ml_research work" not in page
    assert "Dana Cole" not in cli("check", team(ADVISED_TEAM)).stdout.split("Findings", 1)[1]


@pytest.mark.parametrize(
    ("date", "hint"),
    [
        ("2027-02-30", "(February 2027 has 28 days: 2027-02-28 is its last)"),
        ("2028-02-30", "(February 2028 has 29 days: 2028-02-29 is its last)"),
        ("2027-04-31", "(April 2027 has 30 days: 2027-04-30 is its last)"),
        ("02/30/2027", "(February 2027 has 28 days: 2027-02-28 is its last)"),
        ("31/04/2027", "(April 2027 has 30 days: 2027-04-30 is its last)"),
        ("9999-02-30", "(February 9999 has 28 days: 9999-02-28 is its last)"),
    ],
)
def test_a_day_the_month_does_not_have_gets_its_last_day(
    cli: Callable[..., Result], team: Callable[..., Path], date: str, hint: str
) -> None:
    """`start: 2027-15-01` was told the month comes first, and `start: 2027-02-30` nothing but the format it
    already has: a founder counting to the end of February is told how long the month is, in start and as_of."""
    person = "people:\n  - {{name: A, title: Nurse, status: planned, start: {}}}\n"
    start = cli("check", team(person.format(date)))
    assert start.code == 2 and start.stderr.endswith(f"got '{date}' {hint}\n"), start.stderr
    as_of = cli("check", team(f"as_of: {date}\n" + person.format("2030-01-01")))
    assert as_of.code == 2 and hint in as_of.stderr


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("2027-02-29T10:00", "(February 2027 has 28 days: 2027-02-28 is its last; leave the time out)"),
        ("2027-02-30 09:30:00Z", "(February 2027 has 28 days: 2027-02-28 is its last; leave the time out)"),
        ("02/30/2027 10:00 AM", "(February 2027 has 28 days: 2027-02-28 is its last; leave the time out)"),
        ("2027-05-10T10:00", "(write the date alone, without the time: 2027-05-10)"),
        # en-US toLocaleString and a US date written out put a comma after the date; a log writes UTC
        ("2/29/2027, 10:00:00 AM", "(February 2027 has 28 days: 2027-02-28 is its last; leave the time out)"),
        (
            "3/1/2027, 10:00:00 AM",
            "(write it year first: 2027-03-01 for 1 March, or 2027-01-03 for 3 January; leave the time out)",
        ),
        ("Mar 1, 2027, 10:00 AM", "(write it year first: 2027-03-01; leave the time out)"),
        ("2027-02-29 10:00:00 UTC", "(February 2027 has 28 days: 2027-02-28 is its last; leave the time out)"),
    ],
)
def test_a_date_with_a_time_gets_the_hint_its_date_gets(
    cli: Callable[..., Result], team: Callable[..., Path], written: str, hint: str
) -> None:
    """`start: 2027-02-29T10:00` was told 'write the date itself, year first: 2027-03-01', a date of nobody's, where
    `start: 2027-02-29` is told February has 28 days; and `2027-05-10T10:00` was told to write 2027-03-01: a date
    with a time now gets its date's hint and the time left out, at the file, line and column of the value."""
    person = "people:\n  - name: A\n    title: Nurse\n    status: planned\n    start: {}\n"
    start = cli("check", team(person.format(written)))
    assert start.code == 2 and start.stderr.endswith(
        f"team.yaml:5:12: people[0] (A).start: must be a date like 2026-03-01, got '{written}' {hint}\n"
    ), start.stderr
    as_of = cli("check", team(f"as_of: {written}\n" + person.format("2030-01-01")))
    assert as_of.code == 2 and f"team.yaml:1:8: 'as_of' must be a date like 2026-01-31, got '{written}' {hint}" in (
        as_of.stderr
    )


def test_a_start_with_day_and_month_swapped_or_not_yet_known_gets_a_hint_to_act_on(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """`start: 2027-15-01` (year, day, month) got no hint; `start: TBD` was told to write 2027-03-01, a date the
    founder does not have: the first is given the date it reads as, the second told to leave `start` out."""
    person = "people:\n  - {{name: A, title: Nurse, status: planned, start: {}}}\n"
    swapped = cli("check", team(person.format("2027-15-01")))
    assert swapped.code == 2 and swapped.stderr.endswith(
        "got '2027-15-01' (the month comes before the day: 2027-01-15 for 15 January)\n"
    ), swapped.stderr
    as_of = cli("check", team("as_of: 2027-31-12\n" + person.format("2028-01-01")))
    assert as_of.code == 2 and "(the month comes before the day: 2027-12-31 for 31 December)" in as_of.stderr
    for unknown in ("TBD", "tbc", "n/a", "Unknown"):
        told = cli("check", team(person.format(unknown)))
        assert told.code == 2 and told.stderr.endswith(
            f"got '{unknown}' (leave start out until the date is known: a planned hire or an open requisition"
            " needs none)\n"
        ), told.stderr
    hostile = cli("check", team(person.format('"TBD\\n::error::x\\e"')))
    assert hostile.code == 2 and len(hostile.stderr.splitlines()) == 1 and "\x1b" not in hostile.stderr
    assert "got 'TBD\\n::error::x\\x1b' (write the date itself" in hostile.stderr
    left_out = cli("check", team("people:\n  - {name: A, title: Nurse, status: planned}\n"))
    assert left_out.code in (0, 1), left_out.stderr


WIDENING_PLAN = """people:
  - {name: Ann, title: Research Scientist}
  - {name: Bo, title: Machine Learning Engineer}
  - {name: Cy, title: Data Scientist}
  - {name: Di, title: Registered Nurse, background: ICU nurse}
  - {name: Planned - ML Engineer, title: ML Engineer, status: planned}
  - {name: Planned - Research Scientist, title: Research Scientist, status: planned}
  - {name: Open req - Regulatory, title: Regulatory Affairs Specialist, status: open}
"""


def test_a_plan_that_widens_the_gap_says_so_beside_the_verdict(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """Current staff (ML research 3.0 FTE vs 1.0) and the plan (5.0 vs 2.0) both fail TA001, and the report said
    only that: the plan's ratio is lower (2.50 against 3.00), so a founder read the plan as progress, though its two
    ML hires put the layers a further 1.0 FTE behind. A plan that narrows the gap says nothing of it."""
    widening = team(WIDENING_PLAN)
    said = (
        "The plan widens the gap from 2.0 to 3.0 FTE: its 2 planned hires and 1 open requisition add 2.0 FTE to ML "
        "research and 1.0 FTE to the three layers."
    )
    for fmt in ("text", "markdown", "html"):
        result = cli("check", widening, "-f", fmt)
        assert result.code == 1 and said in " ".join(result.stdout.split()), fmt
    narrowing = team(WIDENING_PLAN.replace("title: ML Engineer, status", "title: HL7 Interface Analyst, status"))
    assert "The plan widens" not in cli("check", narrowing).stdout


def test_a_plan_widened_by_one_requisition_says_it_adds(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """'its 1 open requisition add 1.0 FTE to ML research': one requisition adds, as one planned hire does."""
    one = "people:\n  - {name: A, title: Research Scientist}\n  - {name: B, title: Research Scientist}\n"
    one += "  - {name: N, title: Registered Nurse}\n  - {name: Open req, title: Data Scientist, status: open}\n"
    said = " ".join(cli("check", team(one)).stdout.split())
    assert "its 1 open requisition adds 1.0 FTE to ML research and nothing to the three layers." in said, said


def test_a_hire_with_no_salary_range_says_so_where_the_others_give_theirs(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The clinical hire, the first a founder was told to make, had no salary range, and text and markdown said
    nothing in its place while every other hire gave one: the silence read as a range the report forgot."""
    path = team(WIDENING_PLAN)
    for fmt in ("text", "markdown", "html"):
        out = " ".join(cli("check", path, "-f", fmt).stdout.split())
        assert re.search(r"workflow experience\); [\d.]+ FTE; no published salary range for this role", out), fmt
        assert re.search(r"ISO 14971\); [\d.]+ FTE; \\?\$155,000", out), fmt


def test_a_cost_total_says_how_many_people_it_leaves_out(
    cli: Callable[..., Result], team: Callable[..., Path], tmp_path: Path
) -> None:
    """The HTML report read 'current $600,000, plan $600,000': the plan's three hires have no cost yet, so its total
    was current staff's, the same figure beside three more people, with no word that they were left out."""
    costed = WIDENING_PLAN.replace("title: Research Scientist}", "title: Research Scientist, cost: 200000}", 1)
    for name in ("Bo", "Cy", "Di"):
        costed = costed.replace(f"{{name: {name}, ", f"{{name: {name}, cost: 200000, ")
    page = tmp_path / "r.html"
    assert cli("report", team(costed), "-o", page).code == 1
    assert (
        "Annual cost in the team file: current $800,000, plan $800,000 (3 people with no cost left out)."
        in page.read_text(encoding="utf-8")
    )


def test_converting_first_is_followed_by_the_hire_after_it_in_text_and_markdown(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The HTML summary said 'First: convert ... Then hire first: ...'; text and markdown stopped at the conversion,
    so a founder reading them knew what to retitle and not whom to hire next."""
    path = team(
        WIDENING_PLAN.replace(
            "title: Regulatory Affairs Specialist, status: open", "title: Data Scientist, status: open"
        )
    )
    then = (
        "First: convert 1 open ML requisition to integration (recommendation 1). Then hire first: FDA SaMD AI/ML "
        "regulatory specialist (510(k)/De Novo, IEC 62304, ISO 14971), for the compliance layer (1 person)."
    )
    assert then in cli("check", path).stdout.splitlines()
    markdown = cli("check", path, "-f", "markdown").stdout.replace("\\(", "(").replace("\\)", ")")
    assert f"**{then}**" in markdown


def test_a_layer_only_roles_nobody_holds_yet_keep_thin_is_not_said_to_be_held_by_a_person(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A seed founder whose one compliance role is an open requisition read 'the compliance layer is held by 1
    person: Open - Regulatory Affairs Lead', as if someone were doing the work: the finding says what holds it."""
    people = (
        "people:\n"
        "  - {name: Ann Lee, title: Registered Nurse, background: ICU nurse for 8 years}\n"
        "  - {name: Bo Chan, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect], status: planned}\n"
        "  - {name: Open - Regulatory Affairs Lead, title: Regulatory Affairs Lead, status: open}\n"
    )
    text = cli("check", team(people)).stdout
    assert "the compliance layer is held by 1 open requisition: Open - Regulatory Affairs Lead (line 4)" in text
    assert "the integration layer is held by 1 planned hire: Bo Chan (line 3)" in text
    assert "the clinical layer is held by 1 person: Ann Lee (line 2)" in text


def test_a_fix_the_plan_makes_is_said_to_wait_on_its_hires(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A seed founder whose only compliance role is an open requisition read 'Current staff has no compliance layer
    today; the plan fixes that.', which a board takes as done: the sentence says the fix waits on the hires."""
    people = (
        "people:\n"
        "  - {name: Ann Lee, title: Registered Nurse, background: ICU nurse for 8 years}\n"
        "  - {name: Bo Chan, title: HL7 Interface Engineer, skills: [HL7 v2, Mirth Connect]}\n"
        "  - {name: Cy Park, title: ML Engineer}\n"
        "  - {name: Open - Regulatory Affairs Lead, title: Regulatory Affairs Lead, status: open}\n"
    )
    for fmt in ("text", "markdown", "html"):
        out = cli("check", team(people), "-f", fmt).stdout
        assert "Current staff has no compliance layer today; the plan fixes it once its hires start." in out, fmt


def test_the_clients_report_names_an_unsure_persons_layers_as_people_say_them(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A consultant's client read 'teamaudit is 20% sure it is other, and the next candidate is ml_research': the
    packaged rubric's client sentence was filled with the id the team file's `layer:` takes. The client's report says
    'ML research'; check's text, which tells the founder which value to write, keeps the id."""
    people = (
        "organization: Northstar\npeople:\n"
        "  - {name: Kim Ro, title: Research Associate, skills: [PyTorch]}\n"
        "  - {name: Ann Lee, title: Registered Nurse}\n"
    )
    page = cli("check", team(people), "-f", "html").stdout
    recommendations = page[page.index('<section id="recommendations">') :].split("</section>")[0]
    assert "teamaudit is 20% sure it is other, and the next candidate is ML research." in recommendations
    assert "ml_research" not in recommendations
    assert "and the next candidate is ml_research." in cli("check", team(people)).stdout


def test_a_thin_layer_a_requisition_shares_with_people_names_each_kind_of_holder(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """The finding said what holds a thin layer only where it names everyone: beside a person it is unsure of, it read
    'held by 2 people, but only 1 for certain: Open - Regulatory Affairs Lead'; the advice read 'held by 3 people' of
    a person, a planned hire and a requisition, and 'held by one person without them' of a requisition alone."""
    people = (
        "people:\n"
        "  - {name: Open - Regulatory Affairs Lead, title: Regulatory Affairs Lead, status: open}\n"
        "  - {name: Dee Fox, title: Research Associate, skills: [clinical trial]}\n"
    )
    unsure = cli("check", team(people), "--config", team("thresholds:\n  confidence: 0.8\n", "sure.yaml")).stdout
    assert (
        "the compliance layer is held by 1 person and 1 open requisition, but only 1 for certain: Open - Regulatory"
        " Affairs Lead (line 2); unsure of the layer (TA005): Dee Fox (line 3)"
    ) in unsure
    mixed = people.replace(
        "Dee Fox, title: Research Associate, skills: [clinical trial]",
        "Noor Aziz, title: Regulatory Affairs Manager, background: [filed two 510(k) submissions]",
    )
    mixed += "  - {name: Cy Park, title: Quality Engineer ISO 13485, status: planned, start: 2030-01-01}\n"
    three = cli("check", team(mixed), "--config", team("thresholds:\n  thin_layer_people: 3\n", "three.yaml")).stdout
    assert (
        "The compliance layer is held by one person, one planned hire and one open requisition, Cy Park (line 4),"
    ) in " ".join(three.split())
    advisor = people.replace(
        "Dee Fox, title: Research Associate, skills: [clinical trial]",
        "Noor Aziz, title: Regulatory Advisor, employment: advisor, background: [filed two 510(k) submissions]",
    )
    two = cli("check", team(advisor), "--config", team("thresholds:\n  thin_layer_people: 2\n", "two.yaml")).stdout
    assert "if they give it under 0.5 FTE, it is held by one open requisition without them." in " ".join(two.split())


def test_a_file_with_a_byte_order_mark_is_named_at_its_bad_byte(cli: Callable[..., Result], tmp_path: Path) -> None:
    """Notepad's "UTF-8 with BOM" with an é pasted from a Windows-1252 file: the three bytes of the mark were
    counted out of the offset, and the message named the byte three before the é: 'line 2:12, byte 0x4a is J'."""
    path = tmp_path / "team.yaml"
    path.write_bytes(b"\xef\xbb\xbfpeople:\n  - {name: Jos\xe9, title: RN}\n  - {name: Ren\xe9, title: RN}\n")
    said = (
        f"teamaudit: error: {path}:2:15: not valid UTF-8 (byte 0xe9) (the file looks saved as Windows-1252, where"
        " byte 0xe9 is \u00e9; line 3 holds one too: save it as UTF-8)\n"
    )
    assert cli("check", path).stderr == said
    export = tmp_path / "people.csv"
    export.write_text("Name,Title\nAnn Lee,RN\n", encoding="utf-8")
    assert cli("import", export, "-o", path).stderr == said  # the team file merged into


def test_a_committed_file_with_a_byte_order_mark_is_named_at_its_bad_byte(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    """diff's BASE read from git, saved with a byte-order mark and an é in Windows-1252: 'byte 0x4a', the J three
    bytes before it."""
    team = tmp_path / "team.yaml"
    team.write_bytes(b"\xef\xbb\xbfpeople:\n  - {name: Jos\xe9, title: RN}\n")
    commit = ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base"]
    for args in (["init", "-q"], ["add", "team.yaml"], commit):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)
    team.write_text("people:\n  - {name: Jose, title: RN}\n", encoding="utf-8")
    result = cli("diff", "git:HEAD:team.yaml", "team.yaml", cwd=tmp_path)
    assert result.code == 2 and result.stderr == "teamaudit: error: 'git:HEAD:team.yaml': not valid UTF-8 (byte 0xe9)\n"
