"""The README and docs/ are what a newcomer reads first: every relative link in them leads somewhere, and the
README's sample of `check` output is what `check` prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
CODE = re.compile(r"`[^`\n]*`")


def _links(page: Path) -> list[str]:
    text = CODE.sub("", FENCE.sub("", page.read_text(encoding="utf-8")))
    return [target for target in LINK.findall(text) if not re.match(r"[a-z]+:", target)]


def _anchors(page: Path) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", FENCE.sub("", page.read_text(encoding="utf-8")), re.M)
    return {re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_every_relative_link_leads_to_a_file_and_heading_that_exist(page):
    broken = []
    for target in _links(page):
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            broken.append(f"{target}: no such heading")
    assert not broken, broken


def test_the_link_check_finds_a_broken_link_and_a_broken_anchor(tmp_path):
    (tmp_path / "other.md").write_text("# A heading\n")
    page = tmp_path / "page.md"
    page.write_text("[ok](other.md#a-heading) [gone](missing.md) [bad](other.md#nope) `[code](x.md)`\n")
    assert _links(page) == ["other.md#a-heading", "missing.md", "other.md#nope"]
    assert _anchors(tmp_path / "other.md") == {"a-heading"}


def test_the_readme_sample_is_what_check_prints():
    """Each line of the README's sample (`...` marks lines left out) is a line of the real output, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"The start of `teamaudit check examples/backwards.yaml`.*?```text\n(.*?)```", readme, re.S)
    assert sample, "the README's sample output is missing"
    output = run_cli("check", "examples/backwards.yaml").stdout.splitlines()
    at = 0
    for line in sample.group(1).splitlines():
        if line == "...":
            continue
        assert line in output[at:], f"not in `check` output (or out of order): {line}"
        at = output.index(line, at) + 1


def test_the_readme_shows_the_team_file_as_its_reference_does():
    """The README's example team file is docs/team-file.md's, so the brief cannot drift from the reference."""
    block = re.compile(r"```yaml\n(.*?)```", re.S)
    readme = block.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert readme and readme.group(1) in block.findall((ROOT / "docs" / "team-file.md").read_text(encoding="utf-8"))


def test_the_readme_stays_a_first_read():
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) < 180


def test_architecture_names_every_module():
    """docs/architecture.md is the next engineer's map: a module it does not name is a room off the map."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"[\w]+\.py", text))
    package = ROOT / "src" / "teamaudit"
    unnamed = sorted(
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if path.name != "__init__.py" and path.name not in named
    )
    assert not unnamed, f"name these in docs/architecture.md: {unnamed}"


def test_usage_says_which_reports_name_a_no_plan_file_s_one_view():
    """docs/usage.md said every report says 'current view; no planned hires or open requisitions'; JSON, SARIF
    and the GitHub annotations do not: the page names the formats that do, and what the others say instead."""
    usage = " ".join((ROOT / "docs" / "usage.md").read_text(encoding="utf-8").split())
    words = "current view; no planned hires or open requisitions"
    said = re.search(r"the text, Markdown and HTML reports and JUnit's opening comment say so \(\"(.+?)\"\)", usage)
    assert said and said.group(1) == words
    assert "JSON, SARIF and `github` name it only in their verdict-firmness text" in usage
    team = ROOT / "examples" / "balanced.yaml"  # no planned hires, no open requisitions
    for form in ("text", "markdown", "html", "junit"):
        assert words in run_cli("check", team, "-f", form).stdout, form
    for form in ("json", "sarif", "github"):
        out = run_cli("check", team, "-f", form).stdout
        assert words not in out and "the current view is not over-indexed" in out, form
