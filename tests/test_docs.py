"""The README and docs/ are what a newcomer reads first: every relative link in them leads somewhere, the
README's sample of `check` output is what `check` prints, every command and option they name exists, and every
example they show runs as shown."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import shlex
import shutil
import types
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath

import pytest

from conftest import EXAMPLES, ROOT, run_cli
from teamaudit.render import Format
from teamaudit.rules import RULES

PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
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
    """Under 180 lines, so a newcomer reads it to the end; what grows with the code (the rules, the formats' options)
    lives in docs/, which the README links to."""
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) < 180


def test_a_new_rule_leaves_the_readme_as_it_is(monkeypatch):
    """The README held the generated rules table: at 179 of 180 lines, adding TA008 failed the test above. The
    table is docs/rules.md; the generator, given one rule more, writes that page and the rule's, never the README."""
    spec = importlib.util.spec_from_file_location("generate_rules", ROOT / "docs" / "generate_rules.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    extra = types.SimpleNamespace(**{**{k: getattr(RULES[0], k) for k in ("SEVERITY", "WORDING")}, "ID": "TA999"})
    extra.NAME, extra.PER_PERSON, extra.CLOSES_GAP, extra.__doc__ = "new-rule", False, False, "TA999 new-rule: a test."
    monkeypatch.setattr(generator, "RULES", (*RULES, extra))
    written = generator.wanted()
    assert ROOT / "README.md" not in written
    assert "| [TA999](rules/TA999.md) | new-rule |" in written[ROOT / "docs" / "rules.md"]
    pages = {ROOT / "docs" / "rules" / f"{rule.ID}.md" for rule in (*RULES, extra)}
    assert set(written) == {ROOT / "docs" / "rules.md", *pages}


def _unnamed_modules(map_text: str, package: Path) -> list[str]:
    """The modules of `package` that `map_text` does not name. A module is named by its path in the package
    (`render/diff.py`), or by its file name alone when no other module has that name; a package's
    `__init__.py` only by its path (`importer/__init__.py`), as every package has one."""
    written = {word.removeprefix("src/teamaudit/") for word in re.findall(r"[\w/]+\.py", map_text)}
    paths = [path.relative_to(package).as_posix() for path in sorted(package.rglob("*.py"))]
    names = Counter(PurePosixPath(path).name for path in paths)
    named = {
        path
        for path in paths
        if path in written
        or ((name := PurePosixPath(path).name) in written and names[name] == 1 and name != "__init__.py")
    }
    return [p for p in paths if p not in named and p != "__init__.py"]


def test_architecture_names_every_module():
    """docs/architecture.md is the next engineer's map: a module it does not name is a room off the map. A
    module that shares its file name with another (`diff.py`, `render/diff.py`) is named by its path."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    unnamed = _unnamed_modules(text, ROOT / "src" / "teamaudit")
    assert not unnamed, f"name these in docs/architecture.md: {unnamed}"


def _gone_modules(map_text: str, package: Path, root: Path) -> list[str]:
    """The .py files `map_text` names that are nowhere: not a module of `package` (by path, or by file name), not
    a file under `root`'s folders (`benchmarks/classify.py`, or `classify.py` where one folder has it). A module
    renamed or removed stayed on the map, which only asked that every module be named."""
    names = {path.name for folder in ("src", "benchmarks", "tests", "docs") for path in (root / folder).rglob("*.py")}
    gone = []
    for word in sorted(set(re.findall(r"[\w/]+\.py", map_text))):
        if re.search(r"(?:^|/)[A-Z_]+\.py$|N_", word):  # a placeholder: render/NAME.py, rules/ta00N_name.py
            continue
        inside = word.removeprefix("src/teamaudit/")
        if (package / inside).exists() or (root / word).exists() or ("/" not in word and word in names):
            continue
        gone.append(word)
    return gone


def test_every_module_the_map_names_is_there():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    gone = _gone_modules(text, ROOT / "src" / "teamaudit", ROOT)
    assert not gone, f"docs/architecture.md names files that are not there: {gone}"


def test_the_map_check_finds_a_module_that_is_gone():
    package = ROOT / "src" / "teamaudit"
    assert _gone_modules("`render/diff.py`, `diff_git.py`, `render/NAME.py`", package, ROOT) == []
    assert _gone_modules("`render/dif.py`, `roster2.py`", package, ROOT) == ["render/dif.py", "roster2.py"]


def test_the_map_check_wants_a_shared_file_name_by_its_path(tmp_path):
    for module in ("diff.py", "render/diff.py", "render/text.py", "render/__init__.py", "__init__.py"):
        (tmp_path / module).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / module).write_text("")
    assert _unnamed_modules("`diff.py`, `text.py`", tmp_path) == ["render/__init__.py", "render/diff.py"]
    assert _unnamed_modules("`diff.py`, `render/diff.py`, `text.py`, `render/__init__.py`", tmp_path) == []
    assert _unnamed_modules("`src/teamaudit/render/diff.py`", tmp_path) == [
        "diff.py",
        "render/__init__.py",
        "render/text.py",
    ]


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


def test_every_format_is_listed_where_the_docs_list_the_formats():
    """README's row for `check` and docs/usage.md's `--format` list name every format `check` writes, and no other
    (usage.md, which the README calls the place for every format, had no entry for `html`)."""
    readme = re.search(r"`--format ([\w\\|]+)`", (ROOT / "README.md").read_text(encoding="utf-8"))
    usage = re.search(r"^`--format`:\n(.*?)\n\n", (ROOT / "docs" / "usage.md").read_text(encoding="utf-8"), re.S | re.M)
    assert readme and usage
    formats = {fmt.value for fmt in Format}
    assert set(readme.group(1).split("\\|")) == formats
    assert set(re.findall(r"^- `(\w+)`", usage.group(1), re.M)) == formats


PROMPT = "$ "
COMMAND_SPAN = re.compile(r"`(teamaudit [^`\n]+)`")
SHELL_BLOCK = re.compile(r"^```(?:sh|shell|console)\n(.*?)^```", re.S | re.M)
PLACEHOLDER = re.compile(r"^[A-Z_]+(\.\.\.)?$|[\[\]|$]")


@dataclass
class DocCommand:
    page: str
    command: str
    words: list[str]  # without what the shell does after it (a pipe, a redirection)
    shown: list[str]  # the output lines a block shows under it
    example: bool  # not only the name of a command in prose (`teamaudit diff`)

    @property
    def arguments(self) -> list[str]:
        return self.words[3 if self.words[1] == "rubric" and len(self.words) > 2 else 2 :]


def _words(command: str) -> list[str]:
    words = shlex.split(command)
    cut = next((i for i, word in enumerate(words) if word.startswith(("|", ">", "2>"))), None)
    return words[:cut]


def _doc_commands(page: Path) -> list[DocCommand]:
    """The teamaudit commands a page shows: in code spans, and in shell blocks (after a `$ ` prompt, or on a line
    of their own in a block without prompts, or after `&&`), each with the output lines a block shows under it."""
    text, where = page.read_text(encoding="utf-8"), page.relative_to(ROOT).as_posix()
    found = []
    for span in COMMAND_SPAN.findall(FENCE.sub("", text)):
        named = DocCommand(where, span, _words(span.replace("\\|", "|")), [], example=False)
        named.example = bool(named.arguments)
        found.append(named)
    for block in SHELL_BLOCK.findall(text):
        prompted, shown = PROMPT in block, None
        for line in block.splitlines():
            command = line.removeprefix(PROMPT).rpartition("&& ")[2].split("  #")[0].strip()
            if command.startswith("teamaudit ") and (line.startswith(PROMPT) or not prompted):
                found.append(DocCommand(where, command, _words(command), shown := [], example=True))
            elif line.startswith(PROMPT):
                shown = None
            elif prompted and shown is not None:
                shown.append(line)
    return found


DOC_COMMANDS = [
    found for page in [*PAGES, *sorted((ROOT / "docs" / "rules").glob("*.md"))] for found in _doc_commands(page)
]


@cache
def _help(command: tuple[str, ...]) -> str:
    result = run_cli(*command, "--help")
    assert result.code == 0, f"`teamaudit {' '.join(command)}`: no such command"
    return result.stdout


@pytest.mark.parametrize("doc", DOC_COMMANDS, ids=[f"{doc.page}: {doc.command}" for doc in DOC_COMMANDS])
def test_every_command_and_option_the_docs_name_exists(doc):
    command = doc.words[1 : len(doc.words) - len(doc.arguments)]
    if command == ["COMMAND"]:
        return
    for name in command[1].split("|") if len(command) > 1 else [None]:
        usage = _help(tuple(command[:1] + ([name] if name else [])))
        for option in (word.partition("=")[0] for word in doc.arguments if word.startswith("-") and word != "-"):
            assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", usage), f"`{doc.command}`: no {option}"


def _runs_as_written(doc: DocCommand) -> bool:
    """An example that names only files in this repository and no placeholder (`team.yaml`, `BASE`, `NAME...`)."""
    paths = [word for word in doc.arguments if not word.startswith("-") and ("." in word or "/" in word)]
    written = doc.example and not any(PLACEHOLDER.search(word) for word in doc.words)
    return written and all((ROOT / path).exists() for path in paths)


RUNNABLE = [doc for doc in DOC_COMMANDS if _runs_as_written(doc)]
TOP_FOLDERS = {path.name for path in ROOT.iterdir() if path.is_dir() and not path.name.startswith(".")}


def _missing_repository_files(doc: DocCommand) -> list[str]:
    """The files `doc` names in one of the repository's folders (`examples/backwards.yaml`) that are not there: an
    example naming a renamed or misspelt one was left out of RUNNABLE, as one naming the reader's `team.yaml` is,
    and its page went stale unseen."""
    paths = [word for word in doc.arguments if not word.startswith("-") and "/" in word]
    in_repository = [path for path in paths if path.split("/")[0] in TOP_FOLDERS and not _placeholder(path)]
    return [path for path in in_repository if not (ROOT / path).exists()]


def _placeholder(path: str) -> bool:
    """`rubrics/NAME.yaml`: a part of the path, or its name without the extension, is a placeholder."""
    return any(PLACEHOLDER.search(part) or PLACEHOLDER.search(part.partition(".")[0]) for part in path.split("/"))


@pytest.mark.parametrize("doc", DOC_COMMANDS, ids=[f"{doc.page}: {doc.command}" for doc in DOC_COMMANDS])
def test_every_repository_file_the_docs_name_in_a_command_exists(doc):
    assert not _missing_repository_files(doc), f"`{doc.command}` names a file the repository does not have"


def test_an_example_naming_a_missing_repository_file_is_stale_not_skipped():
    stale = DocCommand("docs/usage.md", "teamaudit check examples/balancd.yaml", [], [], example=True)
    stale.words = _words(stale.command)
    assert not _runs_as_written(stale) and _missing_repository_files(stale) == ["examples/balancd.yaml"]
    placeholder = DocCommand("docs/usage.md", "teamaudit check my/team.yaml --rubric rubrics/NAME.yaml", [], [], True)
    placeholder.words = _words(placeholder.command)
    assert _missing_repository_files(placeholder) == []


@pytest.mark.parametrize("doc", RUNNABLE, ids=[f"{doc.page}: {doc.command}" for doc in RUNNABLE])
def test_every_example_command_runs_as_shown(doc):
    """Each example a newcomer can paste runs from the repository's root without a usage or input error, and
    prints each output line its page shows, in order (`...` marks lines left out, or a part of a line)."""
    result = run_cli(*doc.words[1:])
    assert result.code in (0, 1), f"`{doc.command}`: exit {result.code}: {result.stderr[-500:]}"
    output, at = result.stdout.splitlines(), 0
    for line in (line for line in doc.shown if line != "..."):
        pattern = re.compile(".*?".join(map(re.escape, line.split("..."))) + "$")
        at = next((i for i in range(at, len(output)) if pattern.match(output[i])), -1) + 1
        assert at, f"`{doc.command}` does not print (or not in this order): {line}"


def test_the_config_keys_the_map_says_a_rule_is_read_by_are_config_keys():
    """The map's step for a new rule named `severities:`, the resolved settings' field, as the config key that
    sets a rule's level: a config written so is refused, 'severities: unknown key'. The key is `rules:`."""
    from teamaudit.configschema import setting_keys

    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = re.search(r"Config \(([^)]*)\)", text)
    assert named, "docs/architecture.md no longer says which config keys read the rule registry"
    keys = re.findall(r"`([\w-]+):`", named.group(1))
    assert keys and not [key for key in keys if key not in setting_keys()], keys


def _sections(page: Path) -> list[str]:
    """A page's `## ` sections, each with its code blocks (a `# ` comment in a block is no heading)."""
    text, fences = page.read_text(encoding="utf-8"), []
    masked = FENCE.sub(lambda block: fences.append(block.group()) or f"\0{len(fences) - 1}\0", text)
    parts = re.split(r"^(?=## )", masked, flags=re.M)
    return [re.sub(r"\0(\d+)\0", lambda at: fences[int(at.group(1))], part) for part in parts]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(ROOT).as_posix())
def test_a_section_pinning_the_unreleased_tag_says_to_pin_a_commit(page):
    """A CI owner pasted docs/ci.md's pre-commit config, `rev: v0.1.0`, and pre-commit stopped at `pathspec
    'v0.1.0' did not match`: the tag is the first release's, and only the Actions section said to pin a commit."""
    for section in _sections(page):
        if re.search(r"(rev: |@)v0\.1\.0", section):
            assert "pin a commit" in section or "names a commit" in section, section.splitlines()[0]


def test_the_pre_commit_recipe_says_how_the_hook_is_switched_on():
    """Pasting `.pre-commit-config.yaml` does nothing until `pre-commit install`; the page never said so."""
    section = next(part for part in _sections(ROOT / "docs" / "ci.md") if part.startswith("## pre-commit"))
    assert "pre-commit install" in section


def test_the_readme_says_what_the_plan_view_is_before_its_sample_shows_it():
    """A founder read `FAIL ... (plan view)` and `Findings (plan view)` in the README's sample with nothing above
    it saying which people the plan view counts, or that it, not today's staff, sets the exit code."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    prose = CODE.sub("", text[: text.index("```text")])
    assert re.search(r"plan view\*? counts\s+current staff, planned hires and open requisitions", prose)
    assert "current view" in prose


def test_no_shell_block_imports_into_the_starter_file_it_just_made():
    """docs/import.md opened with `teamaudit init team.yaml` then `teamaudit import ... -o team.yaml`: a People
    Ops lead who ran both got a merge that kept the starter's sample people beside the export's."""
    for page in PAGES:
        for block in SHELL_BLOCK.findall(page.read_text(encoding="utf-8")):
            started = set(re.findall(r"^teamaudit init (\S+)", block, re.M))
            imported = set(re.findall(r"^teamaudit import .*?(?:-o|--output)[ =](\S+)", block, re.M))
            assert not started & imported, f"{page.name}: imports into the file `init` wrote: {started & imported}"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as export:
        return list(csv.DictReader(export))


def test_the_first_import_runs_as_written_on_a_copy_of_the_examples(tmp_path):
    """A founder found ~300 lines of edge cases in docs/import.md before any example, and no export in examples/ to
    copy column names from: they guessed BambooHR's. The page opens with a first import of the sample exports; its
    commands run as written, each with the exit code its comment states, and write the people the exports hold."""
    first = [*_sections(ROOT / "docs" / "import.md"), ""][1]
    assert first.startswith("## First import in one minute\n"), "docs/import.md does not open with a first import"
    block = SHELL_BLOCK.search(first)
    assert block, "the first import shows no commands"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    for line in block.group(1).splitlines():
        command, _, said = line.partition("  # exit ")
        result = run_cli(*shlex.split(command)[1:], cwd=tmp_path)
        assert said and result.code == int(said[0]), f"`{command}`: exit {result.code}: {result.stderr[-500:]}"
    people = _rows(EXAMPLES / "bamboohr-people.csv")
    jobs = _rows(EXAMPLES / "greenhouse-jobs.csv")
    assert 8 <= len(people) <= 12 and 8 <= len(jobs) <= 12
    written = json.loads(run_cli("check", "team.yaml", "-f", "json", cwd=tmp_path).stdout)["people"]
    staff = [f"{row['First Name']} {row['Last Name']}" for row in people if row["Status"] == "Active"]
    opened = [row["Requisition ID"] for row in jobs if row["Opening Status"] == "Open"]
    assert [person["name"] for person in written if person["status"] == "current"] == staff
    assert [person["id"] for person in written if person["status"] == "open"] == opened
    assert {person["name"]: person["fte"] for person in written}["Rosa Delgado"] == 0.5  # 20 hours a week
    prose = " ".join(first.split())
    assert f"{len(staff)} current staff" in prose and f"{len(opened)} open requisitions" in prose
    table = re.findall(r"^\| (`.*?) \|", first, re.M)
    assert set(re.findall(r"`([^`]+)`", " ".join(table))) == set(people[0]), "the column table is the sample's header"


def test_redaction_opens_with_what_is_hidden_what_is_kept_and_what_names_someone_anyway(tmp_path):
    """A consultant could not find "are titles kept?" in docs/redaction.md: its answers were in a table whose cell on
    names in titles ran to 24,327 characters on one line. The page opens with the short answers, which hold for a
    15-person company's CEO, and no line of it is a wall."""
    page = ROOT / "docs" / "redaction.md"
    first = " ".join([*_sections(page), ""][1].split())
    assert first.startswith("## In short"), "docs/redaction.md does not open with the short answers"
    for answer in ("**Hidden**: every person's name", "**Kept**: each person's title (yes, titles are kept"):
        assert answer in first
    assert "**Identifies a person anyway**: a title only one person holds. `CEO`" in first
    assert max(len(line) for line in page.read_text(encoding="utf-8").splitlines()) <= 500
    people = "".join(
        f"  - {{name: Dana Whitfield{n}, title: {title}, team: Ops, skills: [Python]}}\n"
        for n, title in enumerate(["CEO", *["Registered Nurse"] * 14])
    )
    (tmp_path / "team.yaml").write_text(f"people:\n{people}", encoding="utf-8")
    report = run_cli("check", "team.yaml", "--redact", "-f", "json", cwd=tmp_path).stdout
    shown = json.loads(report)["people"][0]
    assert (shown["name"], shown["title"], shown["team"], shown["skills"]) == ("Person 01", "CEO", None, [])
    assert "Dana" not in report and "Python" not in report


def test_the_docs_say_report_exits_1_for_a_failing_team_though_the_file_is_written(tmp_path):
    """`teamaudit report t.yaml -o r.html && open r.html` never opened a failing team's report: `report` exits 1 with
    the HTML written, and the README said nothing of it where it introduces `report`. There and in docs/usage.md it is
    said, with the `--fail-on never` form, and both hold."""
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    start = readme.index("`teamaudit report team.yaml -o report.html` writes it all")
    intro = readme[start : readme.index("![", start)]
    section = next(part for part in _sections(ROOT / "docs" / "usage.md") if part.startswith("## Reports for clients"))
    for said in (intro, " ".join(section.split())):
        assert re.search(r"exits (as `check` does: )?1 when the audit fails, the file written all the same", said)
        assert "--fail-on never && open report.html" in said
        assert "the exit code and stderr then read PASS; the report itself does not change" in said
    for options, code, verdict in (((), 1, "FAIL"), (("--fail-on", "never"), 0, "PASS")):
        written = tmp_path / f"report{code}.html"
        result = run_cli("report", EXAMPLES / "backwards.yaml", "-o", written, *options)
        assert result.code == code and f"wrote {written}: {verdict}," in result.stderr, result.stderr
        assert 'id="verdict">Over-indexed on ML research' in written.read_text(encoding="utf-8")
