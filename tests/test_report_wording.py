"""The words a founder reads and a consultant hands over, each a sentence a helper found wrong in a format: run
through the CLI on real team files, read as the user reads them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLES, ROOT, run_cli

# One ML researcher against three people at a third of a week each: the layers give 0.999 FTE, ML research 1.0,
# a ratio of 1.001, over-indexed, where two decimals read 1.00, the threshold, which passes.
THIRDS = """people:
  - {{name: Ann Ito, title: Registered Nurse, background: "ICU nurse", fte: 0.333}}
  - {{name: Cy Park, title: HL7 Interface Engineer, skills: [HL7 v2], fte: 0.333}}
  - {{name: Dee Roy, title: Regulatory Affairs Manager, background: "filed a 510(k)", fte: {third}}}
  - {{name: Eve Lund, title: Research Scientist}}
"""


def test_text_advice_keeps_a_key_apart_from_the_sentence_around_it() -> None:
    """'record the evidence in their background: if it exists': the code span's backticks were dropped, and the
    key's colon read as the sentence's."""
    out = run_cli("check", EXAMPLES / "backwards.yaml").stdout
    assert "in their background: if" not in out
    assert "record the evidence in their 'background:' if it exists" in out


def test_a_source_key_in_a_hire_s_why_is_shown_as_the_source_it_names(tmp_path: Path) -> None:
    """'the article calls this layer the actual moat (three-layer)': a key only the rubric's author can read. Every
    source key of every packaged rubric, in every format a person reads."""
    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        rubric = yaml.safe_load(path.read_text(encoding="utf-8"))
        for fmt in ("text", "markdown", "html", "json"):
            out = run_cli("check", EXAMPLES / "backwards.yaml", "--rubric", path, "-f", fmt).stdout
            for key in rubric.get("sources", {}):
                assert f"({key})" not in out, (path.name, key, fmt)
    text = run_cli("check", EXAMPLES / "backwards.yaml").stdout
    assert 'the actual moat (Klement Gunndu, "Why Your Healthcare AI Hiring Strategy Is Completely Backwards")' in text


def test_text_and_html_count_the_findings_in_one_wording(tmp_path: Path) -> None:
    """Text said '0 errors, 0 warnings, 0 info' where the HTML report said 'no errors, no warnings, no notes'."""
    out = run_cli("check", EXAMPLES / "balanced.yaml").stdout
    assert "no errors, no warnings, no notes" in out
    page = tmp_path / "r.html"
    run_cli("report", EXAMPLES / "balanced.yaml", "-o", page)
    assert "No errors, no warnings, no notes." in page.read_text(encoding="utf-8")
    backwards = run_cli("check", EXAMPLES / "backwards.yaml").stdout
    assert "2 errors, 3 warnings, no notes" in backwards


def test_diff_shows_a_ratio_over_the_threshold_as_over_it(tmp_path: Path) -> None:
    """A change that takes the ratio from 1.00 to 1.001 fails, and its diff read '1.00 -> 1.00 (max 1.00)'."""
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(THIRDS.format(third=0.334))
    head.write_text(THIRDS.format(third=0.333))
    assert "ratio 1.001" in run_cli("check", head).stdout
    for fmt in ("text", "markdown"):
        result = run_cli("diff", base, head, "-f", fmt)
        assert result.code == 1, result.stdout + result.stderr
        assert re.search(r"1\.00\*{0,2} (->|→) \*{0,2}1\.001", result.stdout), result.stdout


def test_check_writing_a_file_says_so_and_the_verdict_on_stderr_only(tmp_path: Path) -> None:
    """`report -o` said 'wrote r.html: FAIL, ...'; `check -f html -o` said nothing: a user could not tell the file
    was written, nor the verdict it holds. stdout stays empty for CI steps that read it."""
    for fmt in ("html", "json", "text"):
        out = tmp_path / f"x.{fmt}"
        result = run_cli("check", EXAMPLES / "backwards.yaml", "-f", fmt, "-o", out)
        assert result.code == 1
        assert result.stdout == ""
        assert f"wrote {out}: FAIL, ML research 10.0 FTE" in result.stderr
        assert out.stat().st_size > 0
    to_stdout = run_cli("check", EXAMPLES / "backwards.yaml", "-f", "json")
    assert "wrote" not in to_stdout.stderr


UNSURE = """organization: Lumen Health AI
people:
  - {name: Ann Ito, title: Registered Nurse, background: "ICU nurse"}
  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7 v2]}
  - {name: Dee Roy, title: Regulatory Affairs Manager, background: "filed a 510(k)"}
  - {name: Eve Lund, title: Research Scientist}
  - {name: Max Bell, title: Associate, fte: 0.5}
  - {name: Ola Berg, title: Product Manager, layer: clinical, background: "ICU nurse for 6 years"}
"""


def _client_part(page: str) -> str:
    """The methodology a client reads, before its technical appendix, as the page shows it."""
    from test_report_client import section, visible

    return visible(section(page, "methodology")).split("Technical appendix")[0]


def test_the_methodology_is_written_for_the_client_with_each_figure_s_source(tmp_path: Path) -> None:
    """`report examples/messy-40.yaml --redact` read 'thresholds.ml_ratio', '--basis headcount' and 'word model' in
    its Methodology: developer text, not a page a consultant hands over. The client part says what was counted,
    how people were placed, the threshold with its source and how sure the placing is, in this file's figures;
    the appendix keeps the keys."""
    page = tmp_path / "r.html"
    run_cli("report", EXAMPLES / "messy-40.yaml", "--redact", "-o", page)
    client = _client_part(page.read_text(encoding="utf-8"))
    for developer in ("thresholds.", "ml_ratio", "--basis", "--scope", "word model", "Fires when", "(three-layer)"):
        assert developer not in client, developer
    assert "40 people" in client and "The verdict is the plan view's" in client
    assert "above 1.00" in client and "Why Your Healthcare AI Hiring Strategy Is Completely Backwards" in client
    assert "below 0.50 (a heuristic)" in client and "In this report, none of the 40 people is to confirm" in client
    appendix = page.read_text(encoding="utf-8").split("Technical appendix")[1]
    assert (
        "<code>thresholds.<wbr>ml_<wbr>ratio</code>" in appendix
        and "the article\u2019s \u201coutnumber\u201d (Klement Gunndu" in appendix
    )

    team = tmp_path / "team.yaml"
    team.write_text(UNSURE)
    data = json.loads(run_cli("check", team, "-f", "json").stdout)
    unsure = {f["person"] for f in data["findings"] if f["rule"] == "TA005"}
    assert len(unsure) == 1, data["findings"]
    run_cli("report", team, "-o", page)
    client = _client_part(page.read_text(encoding="utf-8"))
    assert "In this report, 1 of the 6 people is to confirm" in client
    assert "in this file, 1 of the 6 people has one" in client


@pytest.mark.parametrize(("ratio", "source"), [(None, "the article"), ("1.5", "set for this audit by its rubric")])
def test_the_threshold_s_source_is_said_once_in_one_wording(tmp_path: Path, ratio: str | None, source: str) -> None:
    """The Methodology and its appendix each decided whether the threshold is the article's, and said it two ways:
    'the article's "outnumber"' beside 'the three-layer audit's "outnumber"', and at 1.5 'set for this audit by its
    rubric or configuration; the article's "outnumber" is 1.00' beside "this audit's rubric or configuration"."""
    team = tmp_path / "team.yaml"
    team.write_text(THIRDS.format(third=0.333))
    if ratio:
        (tmp_path / ".teamaudit.yaml").write_text(f"thresholds:\n  ml-ratio: {ratio}\n")
    page = tmp_path / "r.html"
    assert run_cli("report", team, "-o", page, cwd=tmp_path).code in (0, 1)
    text = page.read_text(encoding="utf-8")
    cell = re.search(r"ml_<wbr>ratio</code></td><td>[\d.]+</td><td>([^<]*)</td>", text)
    assert cell is not None and cell[1].startswith(source), text.split("Technical appendix")[1][:800]
    assert f"Source: {cell[1]}." in text.split("Technical appendix")[0]


def test_diff_writing_a_file_says_so_and_the_verdict_on_stderr_only(tmp_path: Path) -> None:
    """`check -o` said 'wrote x.json: FAIL, ...'; `diff -o` wrote its file and said nothing, so a user could not
    tell it was written, nor the verdict it holds. A file name that holds a line break and a workflow command is
    shown, never obeyed."""
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(THIRDS.format(third=0.334))
    head.write_text(THIRDS.format(third=0.333))
    for name in ("d.md", "d.json", "d.txt", "x\n::error::y.md"):
        out = tmp_path / name
        result = run_cli("diff", base, head, "-o", out)
        assert result.code == 1 and result.stdout == "" and out.stat().st_size > 0
        lines = result.stderr.splitlines()
        assert lines[-1].endswith(": FAIL, ML : layers 1.00 -> 1.001 (current view, max 1.00)"), result.stderr
        assert lines[-1].startswith("wrote ") and not any(line.startswith("::") for line in lines)
    passing = run_cli("diff", base, base, "-o", tmp_path / "same.json")
    assert passing.code == 0 and passing.stderr.endswith("PASS, ML : layers 1.00 -> 1.00 (current view, max 1.00)\n")
    assert "wrote" not in run_cli("diff", base, head).stderr
