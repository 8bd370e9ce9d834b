"""A founder's first hour with teamaudit, at a terminal: the places a new user met a useless or misleading answer."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from conftest import ROOT, Result, run_cli

SEPSIS_TEAM = """\
organization: SepsisAI
as_of: 2026-12-01
people:
  - {name: Dana Cole, title: CEO}
  - {name: Raj Patel, title: ML Engineer}
  - {name: Lin Wu, title: Research Scientist}
  - name: Grace Kim
    title: Clinical Advisor
    employment: advisor
    background: [RN, 10 years ICU nurse]
  - {name: Tom Reyes, title: Epic Integration Consultant, employment: contractor, fte: 0.5, skills: [Epic Bridges]}
"""


def test_the_board_report_says_the_one_clinician_is_an_advisor_with_no_fte(
    cli: Callable[..., Result], team: Callable[..., Path], tmp_path: Path
) -> None:
    """The stderr warning about an advisor with no fte never reaches a board: the HTML report said 'the clinical
    layer is held by 1 person: Grace Kim', which reads as a full-time clinician who may give a day a month."""
    out = tmp_path / "report.html"
    result = cli("report", team(SEPSIS_TEAM), "-o", out)
    assert result.code == 1, result.stderr
    page = out.read_text(encoding="utf-8")
    assert (
        "the clinical layer is held by 1 person: Grace Kim, an advisor with no FTE in the file, counted as 1.0 FTE"
        in page
    )
    text = cli("check", team(SEPSIS_TEAM)).stdout
    assert "held by 1 person: Grace Kim (line 7), an advisor with no FTE in the file, counted as 1.0 FTE" in text
    assert "held by 1 person: Tom Reyes (line 11)\n" in text  # a contractor whose fte is written is not in doubt


def test_a_layer_of_two_names_which_holder_has_no_fte(cli: Callable[..., Result], team: Callable[..., Path]) -> None:
    """With thin_layer_people 2, a clinical layer of a nurse and an advisor with no fte read 'held by 2 people: Aaron
    Kim (line 7), Amy Stone (line 11), an advisor with no fte, ...': said after the last name, of the nurse."""
    two = SEPSIS_TEAM.replace("Grace Kim", "Aaron Kim") + "  - {name: Amy Stone, title: Registered Nurse}\n"
    config = team("thresholds:\n  thin_layer_people: 2\n", ".teamaudit.yaml")
    text = cli("check", team(two), "--config", config).stdout
    assert (
        "the clinical layer is held by 2 people: Aaron Kim (line 7), Amy Stone (line 12); Aaron Kim (line 7) is an"
        " advisor with no FTE in the file, counted as 1.0 FTE\n"
    ) in text
    both = two.replace("title: Registered Nurse}", "title: Registered Nurse, employment: advisor}")
    text = cli("check", team(both), "--config", config).stdout
    assert (
        "; advisors with no FTE in the file, each counted as 1.0 FTE: Aaron Kim (line 7), Amy Stone (line 12)\n" in text
    )


def test_a_title_quoted_with_typographic_quotes_is_told_to_use_straight_ones(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A team typed in Notes quotes a title holding a colon as “Nurse: ICU”: YAML reads “ as a letter, and the
    hint said to quote a value that holds ': ', which the founder had done."""
    path = team("people:\n  - name: Ann Lee\n    title: \u201cNurse: ICU\u201d\n")
    result = cli("check", path)
    assert result.code == 2
    assert result.stderr == (
        f"teamaudit: error: {path}:3:18: invalid YAML: mapping values are not allowed in this context"
        " (\u201c is a typographic quote, which YAML reads as a letter: quote the value with straight quotes,"
        " \" or ')\n"
    )
    plain = cli("check", team("people:\n  - name: Ann Lee\n    title: Nurse: ICU\n"))
    assert "(quote the value, which holds ': ', as title: 'Nurse: ICU')" in plain.stderr


def test_a_person_whose_dash_is_missing_is_told_to_add_it(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A list item missing its dash joins the person above, and the message was only that YAML keeps the last
    'name': the founder's fix is the dash."""
    path = team("people:\n  - name: Ann Lee\n    title: Nurse\n\n    name: Sam Roe\n    title: ML Engineer\n")
    result = cli("check", path)
    assert result.code == 2
    assert result.stderr.splitlines()[0] == (
        f"teamaudit: error: {path}:5:5: duplicate key 'name' in the same mapping (YAML keeps only the last one;"
        " if another person starts here, write '- name:', with its dash)"
    )


def test_a_start_written_as_a_spreadsheet_writes_it_is_given_the_dates_it_may_mean(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """`start: 03/01/2027` is 1 March to an American founder and 3 January to a European one; the message only said
    'must be a date like 2026-03-01'. Every bad date in the file is named at once, as_of too."""
    path = team(
        "as_of: 12/31/2026\npeople:\n"
        "  - {name: Open req - ML, title: ML Engineer, status: open, start: 03/01/2027}\n"
        "  - {name: Open req - RN, title: Nurse Informaticist, status: open, start: 13/01/2027}\n"
        "  - {name: Open req - QA, title: Regulatory Affairs Specialist, status: open, start: March 2027}\n"
        "  - {name: Open req - HL7, title: HL7 Interface Engineer, status: open, start: next month}\n"
    )
    result = cli("check", path)
    assert result.code == 2
    hints = [line.rsplit(" (", 1)[1] for line in result.stderr.splitlines()]
    assert hints == [
        "write it year first: 2026-12-31)",
        "write it year first: 2027-03-01 for 1 March, or 2027-01-03 for 3 January)",
        "write it year first: 2027-01-13)",
        "write it year first: 2027-03-01, or the day it starts)",
        "write the date itself, year first: 2027-03-01)",
    ]


def test_converting_requisitions_is_said_to_spare_hires_not_to_close_people(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """Converting 3 open ML requisitions 'closes 6 of the 11 people it takes': the founder read it as 3 requisitions
    closing 6 people. Converting closes FTE; what it spares is hiring."""
    reqs = "".join(f"  - {{name: Open req - ML Engineer {i}, title: ML Engineer, status: open}}\n" for i in range(1, 4))
    out = cli("check", team(SEPSIS_TEAM.replace("  - {name: Dana Cole", reqs + "  - {name: Dana Cole"))).stdout
    assert "converting these ends the over-indexing and spares hiring 2 of the 4 people it takes; 2 people left" in out
    assert "closes 2 of the" not in out


def test_a_diff_that_cuts_the_over_indexing_says_by_how_much(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """Converting two open ML requisitions ended the over-indexing (ML : layers 2.67 to 0.57), and the verdict said only
    that the change 'does not make the team more over-indexed', as it says of a change that moves nothing."""
    reqs = "".join(f"  - {{name: Open req {i}, title: ML Engineer, status: open}}\n" for i in (1, 2))
    base = team(SEPSIS_TEAM + reqs, "base.yaml")
    head = team(SEPSIS_TEAM + reqs.replace("ML Engineer", "Regulatory Affairs Specialist"), "head.yaml")
    result = cli("diff", base, head)
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        "PASS  the change ends the over-indexing: ML : layers 2.67 -> 0.57 (plan view, max 1.00)"
    )
    same = cli("diff", base, base)
    assert same.stdout.splitlines()[1] == "PASS  the change does not make the team more over-indexed"


def test_a_diff_that_lowers_a_ratio_under_the_max_does_not_call_the_team_over_indexed(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A team at ML : layers 0.50, under the max of 1.00, that hired a regulatory lead was told 'the change makes the
    team less over-indexed', of a team that never was."""
    three = (
        "people:\n  - {name: Raj Patel, title: ML Engineer}\n  - {name: Amy Stone, title: Registered Nurse}\n"
        "  - {name: Tom Reyes, title: Epic Integration Engineer, skills: [Epic Bridges]}\n"
    )
    base = team(three, "base.yaml")
    head = team(three + "  - {name: Kim Lo, title: Regulatory Affairs Manager}\n", "head.yaml")
    text = cli("diff", base, head).stdout.splitlines()[1]
    assert text == (
        "PASS  the change lowers the ratio, over-indexed neither before nor after: ML : layers 0.50 -> 0.33"
        " (current view, max 1.00)"
    )
    markdown = cli("diff", base, head, "-f", "markdown").stdout
    assert "The change lowers the ratio, over-indexed neither before nor after: ML : layers 0.50 → 0.33" in markdown


def test_a_diff_that_gives_ml_research_its_first_layer_says_it_ends_the_over_indexing(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A seed team of one ML engineer and one open ML requisition had no ratio (no layers at all); converting the
    requisition to a nurse ended the over-indexing, and the verdict said only 'does not make the team more
    over-indexed', as a change that moves nothing."""
    seed = "people:\n  - {name: Raj Patel, title: ML Engineer}\n"
    seed += "  - {name: Open req 1, title: ML Engineer, status: open}\n"
    base = team(seed, "base.yaml")
    head = team(seed.replace("ML Engineer, status", "Registered Nurse, status"), "head.yaml")
    assert cli("diff", base, head).stdout.splitlines()[1] == (
        "PASS  the change ends the over-indexing: ML : layers 1.00, from no layers at all (plan view, max 1.00)"
    )
    # `diff -o` says the same figures on stderr, where it said 'n/a -> 1.00'
    written = cli("diff", base, head, "-o", base.with_name("d.md")).stderr
    assert written.endswith("d.md: PASS, ML : layers 1.00, from no layers at all (plan view, max 1.00)\n"), written


def test_a_key_indented_with_a_no_break_space_names_the_space(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """A line pasted from a notes app indents with a no-break space: YAML reads it as a letter, so the line is the
    top-level key '\u00a0   title', and the message read "unknown key '    title'", spaces a founder cannot see."""
    path = team("people:\n  - name: Ann Lee\n\u00a0   title: Nurse\n")
    result = cli("check", path)
    assert result.code == 2
    assert (
        f"{path}:3:1: unknown key '\u00a0   title'; the key begins with a no-break space (U+00A0), which YAML reads as"
        " a letter, not a space: retype the indentation as plain spaces\n"
    ) in result.stderr
    path = team("people:\n  - name: Bo Li\n    title\u00a0: ML Engineer\n")
    result = cli("check", path)
    assert (
        f"{path}:3:5: unknown key 'title\u00a0'; the key holds a no-break space (U+00A0), which YAML reads as a letter,"
        " not a space: delete it\n"
    ) in result.stderr
    em = cli("check", team("people:\n  - name: Bo Li\n    title\u2003: ML Engineer\n")).stderr
    assert "the key holds an em space (U+2003), which YAML reads as a letter" in em  # was 'a em space'


def test_a_team_file_given_without_a_command_is_told_the_command(tmp_path: Path, team: Callable[..., Path]) -> None:
    """`teamaudit team.yaml`, the first thing a founder typed after init, said "No such command 'team.yaml'"."""
    team(SEPSIS_TEAM)
    result = run_cli("team.yaml", cwd=tmp_path)
    assert (result.code, result.stderr) == (
        2,
        "teamaudit: error: 'team.yaml' is not a command (to audit it: teamaudit check team.yaml)\n",
    )
    table = run_cli("people.csv", cwd=tmp_path)
    assert table.stderr.endswith("(to import it: teamaudit import people.csv -o team.yaml)\n")
    assert "No such command 'nosuch'" in run_cli("nosuch", cwd=tmp_path).stderr  # a word is a command mistyped
    # the words typed after it are kept: pasted without them, `teamaudit team.yaml -f json` printed text
    kept = run_cli("team.yaml", "-f", "json", "--fail-on", "never", cwd=tmp_path).stderr
    assert kept.endswith("(to audit it: teamaudit check team.yaml -f json --fail-on never)\n")
    assert run_cli("people.csv", "-o", "t 2.yaml", cwd=tmp_path).stderr.endswith(
        "(to import it: teamaudit import people.csv -o 't 2.yaml')\n"
    )


def test_an_empty_file_a_zero_fte_and_a_curly_quoted_fte_say_what_to_write(
    cli: Callable[..., Result], team: Callable[..., Path]
) -> None:
    """Three of a hurried founder's slips that named the problem but not the way out."""
    empty = cli("check", team("# the team, to do\n"))
    assert empty.stderr.endswith(
        "team file is empty (teamaudit init starter.yaml writes a commented one to copy from)\n"
    )
    path = team(
        "people:\n  - {name: Ann Lee, title: Nurse, fte: 0}\n"
        "  - {name: Bo Li, title: ML Engineer, fte: \u201c0.5\u201d}\n"
    )
    lines = cli("check", path).stderr.splitlines()
    assert lines[0].endswith(
        "got 0 (someone who gives no time is not on the team: leave them out, or write the share of a week they give)"
    )
    assert lines[1].endswith(
        "got '\u201c0.5\u201d' (\u201c \u201d are typographic quotes, which YAML reads as letters:"
        " write 0.5 without them)"
    )


def _from_stdin(text: str, cwd: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = [sys.executable, "-m", "teamaudit", "check", "-"]
    return subprocess.run(run, input=text, capture_output=True, text=True, cwd=cwd, env=env, timeout=120).stderr


def test_a_table_or_a_rubric_read_from_stdin_is_told_to_save_it_first(tmp_path: Path) -> None:
    """`check -` given an export or a rubric on stdin was told 'teamaudit import '<stdin>' -o team.yaml' and
    '--rubric '<stdin>'': pasted, each named a file called <stdin>; '-' is no file to either."""
    table = _from_stdin("First Name,Last Name,Job Title\nAnn,Lee,Nurse\n", tmp_path)
    assert table.endswith(
        "(save it as people.csv, then turn it into one with: teamaudit import people.csv -o team.yaml)\n"
    ), table
    rubric = _from_stdin("schema_version: 1\nlayers: {}\n", tmp_path)
    assert rubric.endswith(
        "(save it as rubric.yaml, then name it as the rubric: teamaudit check team.yaml --rubric rubric.yaml)\n"
    ), rubric
    (tmp_path / "p q.csv").write_text("First Name,Last Name,Job Title\nAnn,Lee,Nurse\n", encoding="utf-8")
    named = run_cli("check", "p q.csv", cwd=tmp_path)
    assert named.stderr.endswith("(turn it into one with: teamaudit import 'p q.csv' -o team.yaml)\n")
