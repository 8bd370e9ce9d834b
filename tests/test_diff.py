"""`teamaudit diff`: plan changes that worsen, improve or keep the ratio; git references; formats."""

from __future__ import annotations

import json
import shlex
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli

# ML research 4.0 FTE vs three layers 4.0 FTE: exactly balanced, which passes (outnumber means strictly more).
BALANCED = """people:
  - {name: Ann Ito, title: Registered Nurse}
  - {name: Ben Oduya, title: ICU Nurse}
  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7]}
  - {name: Dee Roy, title: Regulatory Affairs Specialist, background: "filed a 510(k)"}
  - {name: Eve Lund, title: Research Scientist}
  - {name: Fay Moss, title: Machine Learning Engineer}
  - {name: Gus Hart, title: Data Scientist}
  - {name: Hal Nye, title: Applied Scientist}
"""
TWO_ML = (
    BALANCED
    + """  - {name: Ivo Stark, title: Research Scientist, status: planned}
  - {name: Jun Sato, title: ML Engineer, status: open}
"""
)
TWO_LAYERS = (
    BALANCED
    + """  - {name: Kim Cole, title: FHIR Integration Engineer, status: planned, skills: [FHIR]}
  - {name: Lou Diaz, title: Clinical Validation Lead, status: open}
"""
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_adding_two_ml_researchers_to_a_balanced_team_fails_naming_them(tmp_path):
    base, head = write(tmp_path, "base.yaml", BALANCED), write(tmp_path, "head.yaml", TWO_ML)
    assert run_cli("check", base).code == 0
    result = run_cli("diff", base, head)
    assert result.code == 1, result.stdout + result.stderr
    assert "TA001 ml-over-index appeared" in result.stdout
    assert "ML research added by this change: Ivo Stark (line 10), Jun Sato (line 11)" in result.stdout
    assert "1.00 -> 1.50" in result.stdout


def test_an_fte_that_changes_is_listed_and_named_when_it_tips_the_plan(tmp_path):
    """A medical director's fte: 0.2 took 0.8 FTE off clinical: the plan failed, its table lost 0.8 FTE, and no
    line of the diff named anyone, so the figures could not be added up from the people listed."""
    base = write(tmp_path, "base.yaml", BALANCED)
    head = write(
        tmp_path, "head.yaml", BALANCED.replace("title: Registered Nurse}", "title: Registered Nurse, fte: 0.2}")
    )
    result = run_cli("diff", base, head)
    assert result.code == 1, result.stdout + result.stderr
    assert "fte changed in this change: Ann Ito (line 2, clinical, fte 1.0 -> 0.2)" in result.stdout
    assert "people whose fte changed:\n  - Ann Ito (Registered Nurse, fte 1.0 -> 0.2): clinical\n" in result.stdout
    markdown = run_cli("diff", base, head, "-f", "markdown").stdout
    assert "**People whose fte changed**\n\n- Ann Ito (Registered Nurse, fte 1.0 → 0.2): clinical\n" in markdown
    doc = json.loads(run_cli("diff", base, head, "-f", "json").stdout)
    assert [(c["name"], c["fte_before"], c["fte_after"]) for c in doc["people"]["fte_changed"]] == [
        ("Ann Ito", 1.0, 0.2)
    ]


@pytest.mark.parametrize(
    ("config", "standing", "why"),
    [
        ("fail-on: never\n", "(not failing)", "TA001 is below --fail-on never"),
        ("rules: {TA001: warning}\n", "(not failing)", "TA001 is below --fail-on error"),
        ("rules: {TA001: off}\n", None, "TA001 is turned off"),
        (
            "ignore:\n  - {rule: TA001, reason: board accepted the research phase, until: 2099-12-31}\n",
            "(suppressed: board accepted the research phase)",
            "TA001 is suppressed",
        ),
    ],
    ids=["fail-on never", "TA001 a warning", "TA001 off", "TA001 suppressed"],
)
def test_diff_gates_as_check_does(tmp_path, config, standing, why):
    """The ratio rule failed every diff whatever --fail-on, the rule's level or a suppression said: a team that
    had accepted TA001, or rolled teamaudit out advisory, still had every pull request adding ML blocked."""
    write(tmp_path, "base.yaml", BALANCED), write(tmp_path, "head.yaml", TWO_ML)
    (tmp_path / ".teamaudit.yaml").write_text(config)
    assert run_cli("check", "head.yaml", cwd=tmp_path).code == 0
    result = run_cli("diff", "base.yaml", "head.yaml", cwd=tmp_path)
    assert result.code == 0, result.stdout + result.stderr
    doc = json.loads(run_cli("diff", "base.yaml", "head.yaml", "-f", "json", cwd=tmp_path).stdout)
    appeared = [f for f in doc["findings"]["appeared"] if f["rule"] == "TA001"]
    if standing is None:
        assert appeared == []
    else:
        assert standing in result.stdout and appeared and not appeared[0]["failing"]
    # It passes, and says the truth: the ratio did rise, the run does not fail on it, and why.
    rose = "the plan's ML-to-layers ratio rose above the threshold 1.00: 1.00 -> 1.50, which does not fail this run"
    assert f"PASS  {rose}: {why}" in result.stdout and "does not make the team more over-indexed" not in result.stdout
    assert doc["quiet_rise"] == f"{rose}: {why}" and doc["reasons"] == []


def test_improving_change_passes(tmp_path):
    base, head = write(tmp_path, "base.yaml", BALANCED), write(tmp_path, "head.yaml", TWO_LAYERS)
    result = run_cli("diff", base, head, "--format", "json")
    assert result.code == 0, result.stdout
    doc = json.loads(result.stdout)
    assert doc["verdict"] == "pass" and doc["reasons"] == []
    assert [c["name"] for c in doc["people"]["added"]] == ["Kim Cole", "Lou Diaz"]
    assert (
        doc["composition"]["plan"]["head"]["ml_to_layers_ratio"]
        < doc["composition"]["plan"]["base"]["ml_to_layers_ratio"]
    )
    assert any(f["rule"] == "TA003" for f in doc["findings"]["resolved"])  # integration no longer thin


def test_same_ratio_passes(tmp_path):
    base = write(tmp_path, "base.yaml", BALANCED)
    head = write(tmp_path, "head.yaml", BALANCED.replace("Research Scientist}", "Research Scientist, team: NLP}"))
    result = run_cli("diff", base, head)
    assert result.code == 0 and result.stdout.splitlines()[1].startswith("PASS")


def test_rising_while_already_over_fails_without_a_new_finding(tmp_path):
    over = BALANCED + "  - {name: Mo Reyes, title: Research Scientist}\n"
    worse = over + "  - {name: Ned Kay, title: Data Scientist, status: open}\n"
    base, head = write(tmp_path, "base.yaml", over), write(tmp_path, "head.yaml", worse)
    result = run_cli("diff", base, head)
    assert result.code == 1
    assert "rose while already over the threshold 1.00: 1.25 -> 1.50" in result.stdout
    assert "Ned Kay" in result.stdout


ML_ONLY = "people:\n  - {name: Al Ng, title: Research Scientist}\n"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_more_ml_research_with_no_layers_at_all_fails(tmp_path, fmt):
    """With nobody in the three layers the ratio is infinite on both sides, so it never "rose": a change that
    doubled ML research passed as "does not make the team more over-indexed"."""
    worse = ML_ONLY + "  - {name: Ned Kay, title: Data Scientist, status: open}\n"
    base, head = write(tmp_path, "base.yaml", ML_ONLY), write(tmp_path, "head.yaml", worse)
    result = run_cli("diff", base, head, "--format", fmt)
    assert result.code == 1, result.stdout
    assert "ML research rose with no layers to weigh it against: 1.0 -> 2.0 FTE" in result.stdout.replace("→", "->")
    assert "Ned Kay" in result.stdout
    assert run_cli("diff", head, base).code == 0
    assert run_cli("diff", base, base).code == 0
    quiet = run_cli("diff", base, head, "--fail-on", "never")
    assert quiet.code == 0 and "which does not fail this run: TA001 is below --fail-on never" in quiet.stdout


def test_a_large_change_fits_a_job_summary_and_names_a_few_in_its_reasons(tmp_path):
    """A change of 3,000 people wrote a 200 KB markdown diff, 2 MB at 30,000, and a failing reason naming each ML
    hire on one line: over GitHub's 1 MiB job summary, which is then dropped, so the reviewer saw nothing."""
    hires = "".join(f"  - {{name: Hire {i}, title: Research Scientist, status: open}}\n" for i in range(3_000))
    base, head = write(tmp_path, "base.yaml", BALANCED), write(tmp_path, "head.yaml", BALANCED + hires)
    result = run_cli("diff", base, head, "--format", "markdown")
    assert result.code == 1
    assert len(result.stdout.encode()) < 60_000, len(result.stdout.encode())
    assert "Hire 9 (line 19) and 2,990 more" in result.stdout and "Hire 10 (line" not in result.stdout
    added = result.stdout.split("**People added**\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(added) == 51 and added[-1] == "- *... and 2,950 more; the text or JSON output lists them all*"
    everyone = json.loads(run_cli("diff", base, head, "--format", "json").stdout)
    assert len(everyone["people"]["added"]) == 3_000
    assert "Hire 2999" in run_cli("diff", base, head).stdout


def test_with_scope_current_the_ratio_gate_is_current_staffs_as_in_check(tmp_path):
    """`--scope current` (or `scope: current` in the config, which the action reads for both steps) passed check
    and failed diff on the plan's ratio: two planned ML hires blocked the pull request that check let through."""
    base, head = write(tmp_path, "base.yaml", BALANCED), write(tmp_path, "head.yaml", TWO_ML)
    assert run_cli("check", head, "--scope", "current").code == 0
    result = run_cli("diff", base, head, "--scope", "current")
    assert result.code == 0, result.stdout
    assert "The plan becomes over-indexed" in result.stdout  # still said, as check's other view is
    assert run_cli("diff", base, head).code == 1
    hired = BALANCED + "  - {name: Ivo Stark, title: Research Scientist}\n"
    result = run_cli("diff", base, write(tmp_path, "hired.yaml", hired), "--scope", "current")
    assert result.code == 1
    assert "current staff's ML-to-layers ratio rose above the threshold 1.00: 1.00 -> 1.25" in result.stdout


def test_reclassification_and_removal_are_reported(tmp_path):
    base = write(tmp_path, "base.yaml", BALANCED)
    head = write(
        tmp_path,
        "head.yaml",
        BALANCED.replace("  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7]}\n", "").replace(
            "title: ICU Nurse", "title: Data Scientist"
        ),
    )
    doc = json.loads(run_cli("diff", base, head, "--format", "json").stdout)
    assert doc["people"]["removed"][0]["name"] == "Cy Park"
    assert doc["people"]["reclassified"][0] == {
        "name": "Ben Oduya",
        "title": "Data Scientist",
        "before": "clinical",
        "after": "ml_research",
        "before_guess": False,
        "after_guess": False,
        "line": 3,
        "was": None,
        "status_before": "current",
        "status_after": "current",
        "declared_before": False,
        "declared_after": False,
        "id_before": None,
        "id_after": None,
        "unsure": False,
        "fte_before": 1.0,
        "fte_after": 1.0,
    }
    assert doc["verdict"] == "fail"
    assert any("left the three layers" in r and "Cy Park (integration)" in r for r in doc["reasons"])


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "team.yaml").write_text(BALANCED)
    git("add", ".")
    git("commit", "-qm", "base")
    (tmp_path / "plans" / "team.yaml").write_text(TWO_ML)
    git("commit", "-qam", "hire ML")
    return tmp_path


def test_git_references(repo):
    result = run_cli("diff", "git:HEAD~1:plans/team.yaml", "git:HEAD:plans/team.yaml", cwd=repo)
    assert result.code == 1, result.stderr
    assert "git:HEAD~1:plans/team.yaml -> git:HEAD:plans/team.yaml" in result.stdout
    assert "Ivo Stark" in result.stdout
    mixed = run_cli("diff", "git:main~1:team.yaml", "team.yaml", cwd=repo / "plans")
    assert mixed.code == 1, mixed.stderr


def test_git_errors_are_clear(repo):
    result = run_cli("diff", "git:nope:plans/team.yaml", "plans/team.yaml", cwd=repo)
    assert result.code == 2 and "'nope' is not a commit" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("diff", "git:HEAD", "plans/team.yaml", cwd=repo)
    assert result.code == 2 and "git:REF:PATH" in result.stderr


def test_a_shallow_clone_says_what_to_fetch(repo, tmp_path_factory):
    """CI checks out one commit (`fetch-depth: 1`): `git:origin/main:...` and `git:HEAD~1:...` were 'not a commit
    of this repository', with nothing said of the clone being shallow or what to fetch."""
    clone = tmp_path_factory.mktemp("ci") / "checkout"
    subprocess.run(["git", "clone", "-q", "--depth=1", f"file://{repo}", str(clone)], check=True, capture_output=True)
    result = run_cli("diff", "git:origin/release:plans/team.yaml", "plans/team.yaml", cwd=clone)
    assert result.code == 2 and result.stderr.strip() == (
        "teamaudit: error: 'git:origin/release:plans/team.yaml': 'origin/release' is not a commit of this repository "
        "(this clone is shallow and holds only the commits fetched: fetch it first, git fetch --no-tags --depth=1 "
        "origin release, then name git:FETCH_HEAD:plans/team.yaml; or check out with actions/checkout's "
        "fetch-depth: 0, which fetches every branch and every tag, then name git:origin/release:plans/team.yaml)"
    )
    result = run_cli("diff", "git:HEAD~1:plans/team.yaml", "plans/team.yaml", cwd=clone)
    assert result.code == 2 and result.stderr.strip().endswith(
        "'HEAD~1' is not a commit of this repository (this clone is shallow and holds no history before its "
        "commits: fetch more of it, git fetch --deepen=50, or check out with fetch-depth: 0)"
    )
    result = run_cli("diff", "git:cafe:plans/team.yaml", "plans/team.yaml", cwd=clone)  # a branch, no commit id
    assert result.code == 2 and "git fetch --no-tags --depth=1 origin cafe, then name" in result.stderr
    result = run_cli("diff", "git:nope:plans/team.yaml", "plans/team.yaml", cwd=repo)  # a full clone: no hint
    assert result.stderr.strip().endswith("'nope' is not a commit of this repository")


def test_a_branch_given_as_a_side_says_how_to_write_a_git_side(repo):
    """A newcomer's first try, `teamaudit diff main team.yaml`, was told only 'main: no such file'."""
    result = run_cli("diff", "main", "plans/team.yaml", cwd=repo)
    assert result.code == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "teamaudit: error: main: no such file (a team file at a git branch or commit is written git:REF:PATH, "
        "e.g. git:main:plans/team.yaml)"
    )
    result = run_cli("diff", "git:main~1:team.yaml", "HEAD", cwd=repo / "plans")
    assert result.code == 2 and "HEAD: no such file" in result.stderr and "e.g. git:HEAD:team.yaml" in result.stderr
    result = run_cli("diff", "old.yaml", "plans/team.yaml", cwd=repo)  # a file's name: no git hint
    assert result.code == 2 and result.stderr.strip() == "teamaudit: error: old.yaml: no such file"


@pytest.mark.parametrize(
    ("sides", "folder", "example"),
    [
        (["main", "HEAD"], "plans", "git:main:team.yaml"),  # HEAD is no path: this folder's team file
        (["main", "HEAD"], ".", "git:main:TEAM_FILE"),  # no team file here to name
        (["HEAD", "main"], "plans", "git:HEAD:team.yaml"),
        (["team.yaml", "main"], "plans", "git:main:team.yaml"),
        (["HEAD:team.yaml", "team.yaml"], "plans", "git:HEAD:team.yaml"),  # git show's form, without git:
        (["team.yaml", "main:team.yaml"], "plans", "git:main:team.yaml"),
    ],
)
def test_the_git_side_hint_names_a_file_never_a_ref(repo, sides, folder, example):
    """`teamaudit diff main HEAD` was told "e.g. git:main:HEAD", the other side taken for a path; `HEAD~1:team.yaml`
    had no hint at all. Every form now names a file: the other side's, this folder's team file, or TEAM_FILE."""
    result = run_cli("diff", *sides, cwd=repo / folder)
    assert result.code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.strip().endswith(f"written git:REF:PATH, e.g. {example})"), result.stderr


def test_the_git_side_hint_names_a_path_git_can_read(repo, tmp_path_factory):
    """The other side given as an absolute path was suggested as git:HEAD:/abs/path, which git cannot read; a name
    with a space came unquoted, so the suggested command split it in two."""
    result = run_cli("diff", "HEAD", repo / "plans" / "team.yaml", cwd=repo / "plans")
    assert result.code == 2 and result.stderr.strip().endswith("e.g. git:HEAD:team.yaml)")
    assert run_cli("diff", "git:HEAD:team.yaml", "team.yaml", cwd=repo / "plans").code == 0
    (repo / "my team.yaml").write_text((repo / "plans" / "team.yaml").read_text())
    result = run_cli("diff", "main", "my team.yaml", cwd=repo)
    assert result.code == 2 and result.stderr.strip().endswith("e.g. 'git:main:my team.yaml')")
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "team.yaml"  # in no repository: no git side can name it
    elsewhere.write_text((repo / "plans" / "team.yaml").read_text())
    result = run_cli("diff", "HEAD", elsewhere, cwd=repo)
    assert result.code == 2 and result.stderr.strip() == "teamaudit: error: HEAD: no such file"


def test_a_git_side_from_a_subfolder_says_where_its_path_starts(repo):
    """git show reads REF:PATH from the repository root; a git side reads it from the current folder, as a path
    side does. From plans/, 'git:HEAD~1:plans/team.yaml' said only 'no file plans/team.yaml in HEAD~1'."""
    result = run_cli("diff", "git:HEAD~1:plans/team.yaml", "team.yaml", cwd=repo / "plans")
    assert result.code == 2
    assert "no file plans/plans/team.yaml in HEAD~1 (a git side's path starts from the current folder, plans/)" in (
        result.stderr
    )
    assert "for plans/team.yaml at the repository root, write 'git:HEAD~1:../plans/team.yaml'" in result.stderr
    assert run_cli("diff", "git:HEAD~1:../plans/team.yaml", "team.yaml", cwd=repo / "plans").code == 1


def test_a_git_side_naming_a_folder_says_so_and_which_file_to_name(repo):
    """`git:HEAD:plans` and `git:HEAD:.` said 'team file is empty': a folder has no text for git to give."""
    result = run_cli("diff", "git:HEAD:plans", "plans/team.yaml", cwd=repo)
    assert result.code == 2, result.stderr
    assert result.stderr == (
        "teamaudit: error: 'git:HEAD:plans': plans is a folder in HEAD, not a team file "
        "(name the team file in it: git:HEAD:plans/team.yaml)\n"
    )
    here = run_cli("diff", "git:HEAD:.", "team.yaml", cwd=repo / "plans")
    assert here.code == 2, here.stderr
    assert "'git:HEAD:.': . is a folder in HEAD, not a team file (name the team file in it: git:HEAD:team.yaml)" in (
        here.stderr
    )


def test_a_git_side_naming_a_symbolic_link_is_refused(repo):
    """A committed link's blob is the text of its target's path, which was read as the team file ('the top level
    must be a mapping ...'), whatever the link pointed at."""
    (repo / "plans" / "current.yaml").symlink_to("team.yaml")
    (repo / "plans" / "elsewhere.yaml").symlink_to("/etc/passwd")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", "links"], cwd=repo, check=True)
    result = run_cli("diff", "git:HEAD:current.yaml", "team.yaml", cwd=repo / "plans")
    assert result.code == 2, result.stdout
    assert result.stderr == (
        "teamaudit: error: 'git:HEAD:current.yaml': current.yaml is a symbolic link in HEAD, not a team file; "
        "a git side does not follow links (it points to team.yaml: write git:HEAD:team.yaml)\n"
    )
    outside = run_cli("diff", "git:HEAD:plans/elsewhere.yaml", "plans/team.yaml", cwd=repo)
    assert outside.code == 2 and "(it points to /etc/passwd, outside the repository)" in outside.stderr
    assert run_cli("diff", "git:HEAD:team.yaml", "team.yaml", cwd=repo / "plans").code == 0


def test_every_git_side_a_hint_suggests_is_quoted_for_a_shell(repo):
    """Only the hint for `diff main team.yaml` was quoted: a folder's files, a link's target and the path from the
    repository root came bare, so a name with a space or a quote, pasted, split in two or opened a quote."""
    folder = repo / "it's plans"
    folder.mkdir()
    (folder / "my team.yaml").write_text(BALANCED)
    (folder / "now's.yaml").symlink_to("my team.yaml")
    (repo / "no yaml").mkdir()
    (repo / "no yaml" / "notes.txt").write_text("notes\n")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", "quoted names"], cwd=repo, check=True)
    cases = [  # where the command runs, the side given, what the hint says before the side it suggests, that side
        (repo, "git:HEAD:it's plans", "name the team file in it:", "git:HEAD:it's plans/my team.yaml"),
        (folder, "git:HEAD:now's.yaml", "it points to my team.yaml: write", "git:HEAD:my team.yaml"),
        (
            folder,
            "git:HEAD:it's plans/my team.yaml",
            "at the repository root, write",
            "git:HEAD:../it's plans/my team.yaml",
        ),
    ]
    for cwd, spec, said, suggested in cases:
        result = run_cli("diff", spec, folder / "my team.yaml", cwd=cwd)
        assert result.code == 2 and result.stderr.endswith(f"{said} {shlex.quote(suggested)})\n"), result.stderr
        pasted = shlex.split(result.stderr.rpartition(f"{said} ")[2].removesuffix(")\n"))
        assert pasted == [suggested] and run_cli("diff", suggested, folder / "my team.yaml", cwd=cwd).code == 0
    empty = run_cli("diff", "git:HEAD:no yaml", "plans/team.yaml", cwd=repo)
    assert empty.stderr.endswith("name the team file: 'git:HEAD:no yaml/team.yaml')\n"), empty.stderr


def test_bad_yaml_in_git_side_names_the_side(repo):
    (repo / "plans" / "team.yaml").write_text("people: [\n")
    subprocess.run(["git", "commit", "-qam", "broken"], cwd=repo, check=True)
    result = run_cli("diff", "git:HEAD~1:plans/team.yaml", "git:HEAD:plans/team.yaml", cwd=repo)
    assert result.code == 2 and result.stderr.startswith("teamaudit: error: git:HEAD:plans/team.yaml:")


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_findings_of_the_view_beside_the_scope_appear_too(tmp_path, fmt):
    """check shows both views' findings; diff showed only the scope's, so losing the one current integration
    person (a planned hire still covers the plan) hid a new current-view TA002 error. It appears now, marked as
    the other view's and not failing; the exit code is still the plan's."""
    base = write(tmp_path, "base.yaml", TWO_LAYERS)
    head = write(
        tmp_path,
        "head.yaml",
        TWO_LAYERS.replace("  - {name: Cy Park, title: HL7 Interface Engineer, skills: [HL7]}\n", ""),
    )
    result = run_cli("diff", base, head, "--format", fmt)
    if fmt == "json":
        appeared = json.loads(result.stdout)["findings"]["appeared"]
        missing = [f for f in appeared if f["rule"] == "TA002"]
        assert [(f["view"], f["layer"], f["failing"]) for f in missing] == [("current", "integration", False)]
    else:
        rows = [line for line in result.stdout.splitlines() if "TA002" in line and "missing-layer" in line]
        assert len(rows) == 1 and rows[0].endswith("(current view; not failing)"), rows
    scoped = run_cli("diff", base, head, "--format", "json", "--scope", "current")
    assert scoped.code == 1
    assert any(f["rule"] == "TA002" and f["failing"] for f in json.loads(scoped.stdout)["findings"]["appeared"])


def test_max_people_caps_both_sides_as_check_does(repo):
    """diff read any number of people whatever the limit check was given; a CI job that caps check must be able
    to cap the diff of the same files, a git side as well as a path."""
    both = ("git:HEAD~1:plans/team.yaml", "plans/team.yaml")
    assert run_cli("diff", *both, "--max-people", "20", cwd=repo).code == 1
    result = run_cli("diff", *both, "--max-people", "2", cwd=repo)
    assert result.code == 2 and result.stderr.startswith("teamaudit: error: git:HEAD~1:plans/team.yaml:")
    assert "more than 2 people, over the limit" in result.stderr
    result = run_cli("diff", *reversed(both), "--max-people", "2", cwd=repo)
    assert result.code == 2 and result.stderr.startswith("teamaudit: error: plans/team.yaml:")


def test_markdown_is_a_pr_comment(tmp_path):
    base, head = write(tmp_path, "base.yaml", BALANCED), write(tmp_path, "head.yaml", TWO_ML)
    out = run_cli("diff", base, head, "--format", "markdown").stdout
    assert out.startswith("## teamaudit diff: ❌ FAIL")
    assert "| `ml_research` | 4 → 6 (+2) | 4.0 → 6.0 (+2.0) |" in out
    assert "- Ivo Stark (Research Scientist, planned): - → ml_research" in out
    assert "- the plan's ML-to-layers ratio rose above the threshold 1.00: 1.00 → 1.50" in out and "&gt;" not in out


def test_text_diff_columns_line_up_at_any_size(tmp_path):
    people = "".join(f"  - {{name: P{i}, title: ML Engineer}}\n" for i in range(12_000))
    base = tmp_path / "base.yaml"
    base.write_text("people:\n  - {name: Ann, title: Registered Nurse}\n" + people)
    head = tmp_path / "head.yaml"
    head.write_text("people:\n" + people)
    out = run_cli("diff", base, head).stdout.splitlines()
    table = out[out.index("current view (FTE):") + 1 :][:6]
    assert len({len(line) for line in table}) == 1, table  # right-aligned columns end together
    assert table[4].split() == ["ml_research", "12000", "->", "12000", "(+0)", "12000.0", "->", "12000.0", "(0)"]


GUESS_BASE = """people:
  - {name: Mel, title: ML Engineer}
  - {name: Nia, title: Nurse Practitioner}
  - {name: Rob, title: Regulatory Affairs Manager}
  - {name: Ann, title: Analyst, skills: [HL7 interfaces, Epic Bridges]}
"""


@pytest.mark.parametrize(
    ("fmt", "line"),
    [
        ("text", "  - Ann (Analyst): integration -> integration (guess)"),
        ("markdown", "- Ann (Analyst): integration → integration (guess)"),
    ],
)
def test_a_holder_who_becomes_a_guess_is_reported_and_named(tmp_path, fmt, line):
    """Ann stays in integration, but only as the word model's guess: the layer has lost its holder (TA002), so the
    diff lists her and the reasons say she left the three layers, as if she had been removed."""
    base = write(tmp_path, "base.yaml", GUESS_BASE)
    guessed = GUESS_BASE.replace("[HL7 interfaces, Epic Bridges]", "[data quality, EHR reporting]")
    head = write(tmp_path, "head.yaml", guessed)
    result = run_cli("diff", base, head, "--format", fmt)
    assert result.code == 1
    assert line in result.stdout.splitlines()
    assert "left the three layers in this change: Ann (integration, now a guess)" in result.stdout
    doc = json.loads(run_cli("diff", base, head, "--format", "json").stdout)
    assert doc["people"]["reclassified"] == [
        {
            "name": "Ann",
            "title": "Analyst",
            "before": "integration",
            "after": "integration",
            "before_guess": False,
            "after_guess": True,
            "line": 5,
            "was": None,
            "status_before": "current",
            "status_after": "current",
            "declared_before": False,
            "declared_after": False,
            "id_before": None,
            "id_after": None,
            "unsure": False,
            "fte_before": 1.0,
            "fte_after": 1.0,
        }
    ]
    back = json.loads(run_cli("diff", head, base, "--format", "json").stdout)
    assert back["verdict"] == "pass" and back["people"]["reclassified"][0]["before_guess"] is True


def test_an_ml_researcher_who_becomes_a_guess_is_not_ml_research_added(tmp_path):
    """Review: Bo, firm ML research before and an ML guess after, was named among the 'ML research added'."""
    base_text = GUESS_BASE + "  - {name: Bo, title: Scientist, skills: [PyTorch, deep learning, model training]}\n"
    head_text = (
        base_text.replace("[PyTorch, deep learning, model training]", "[language models, learning from EHR documents]")
        + "  - {name: Max, title: ML Engineer}\n  - {name: Kim, title: ML Engineer}\n"
        + "  - {name: Lee, title: ML Engineer}\n"
    )
    base, head = write(tmp_path, "base.yaml", base_text), write(tmp_path, "head.yaml", head_text)
    doc = json.loads(run_cli("diff", base, head, "--format", "json").stdout)
    assert {c["name"]: c["after_guess"] for c in doc["people"]["reclassified"]} == {"Bo": True}
    added = [r for r in doc["reasons"] if r.startswith("ML research added by this change")]
    assert added == ["ML research added by this change: Max (line 7), Kim (line 8), Lee (line 9)"]


def test_a_plan_added_on_one_side_does_not_make_every_current_finding_new(tmp_path):
    """A side with no planned or open people audits one view; keyed by view, its findings all looked new (or
    resolved) beside a side with a plan, though current staff had not changed (a second read of this change)."""
    base = write(tmp_path, "base.yaml", BALANCED)
    head = write(tmp_path, "head.yaml", BALANCED + "  - {name: Nia Cole, title: Registered Nurse, status: planned}\n")
    for a, b in ((base, head), (head, base)):
        doc = json.loads(run_cli("diff", a, b, "--format", "json").stdout)
        changed = doc["findings"]["appeared"] + doc["findings"]["resolved"]
        assert all(f["view"] == "plan" for f in changed), changed


RENAME_BASE = """people:
  - {name: Ann Lee, id: E1, title: Registered Nurse}
  - {name: Bob Roe, id: E2, title: ML Engineer}
  - {name: Cy Park, id: E3, title: HL7 Interface Analyst, skills: [HL7]}
  - {name: Di Fox, title: Regulatory Affairs Manager, background: "filed a 510(k)"}
"""


def test_a_name_an_import_turned_given_name_first_is_a_rename(tmp_path):
    """A reviewer's find: after a re-import wrote 'Lee, Ann, RN' as 'Ann Lee, RN', the diff of the backup against the
    file listed three people removed and three added, and a thin-layer warning about each 'appeared', failing the
    gate at --fail-on warning on a team that had not changed."""
    base = write(
        tmp_path,
        "base.yaml",
        "people:\n"
        '  - {name: "Lee, Ann, RN", title: Registered Nurse}\n'
        '  - {name: "King, Martin Jr.", title: ML Engineer}\n'
        '  - {name: "de la Cruz, Juan", title: HL7 Interface Engineer}\n',
    )
    head = write(
        tmp_path,
        "head.yaml",
        "people:\n"
        '  - {name: "Ann Lee, RN", title: Registered Nurse}\n'
        '  - {name: "Martin King Jr.", title: ML Engineer}\n'
        '  - {name: "Juan de la Cruz", title: HL7 Interface Engineer}\n',
    )
    result = run_cli("diff", str(base), str(head), "--fail-on", "warning")
    assert result.code == 0, result.stdout
    assert "  - Martin King Jr. (ML Engineer, was King, Martin Jr.): ml_research\n" in result.stdout
    assert "added" not in result.stdout and "removed" not in result.stdout and "appeared" not in result.stdout


def test_a_name_written_without_its_accents_is_the_same_person(tmp_path):
    """An export without accents ('Jose Perez' for 'José Pérez') read as one nurse leaving and another joining, as
    import and explain never read it (namefolding.py); a head holding both spellings keeps them two people."""
    base = write(tmp_path, "base.yaml", "people:\n  - {name: José Pérez, title: Registered Nurse}\n")
    head = write(tmp_path, "head.yaml", "people:\n  - {name: Jose Perez, title: Registered Nurse}\n")
    result = run_cli("diff", str(base), str(head), "--fail-on", "warning")
    assert result.code == 0, result.stdout
    assert "people renamed:\n  - Jose Perez (Registered Nurse, was José Pérez): clinical\n" in result.stdout
    assert "added" not in result.stdout and "removed" not in result.stdout and "appeared" not in result.stdout
    both = write(
        tmp_path,
        "both.yaml",
        "people:\n  - {name: José Pérez, title: Registered Nurse}\n  - {name: Jose Perez, title: Registered Nurse}\n",
    )
    result = run_cli("diff", str(base), str(both))
    assert "people added:\n  - Jose Perez (Registered Nurse, current): - -> clinical\n" in result.stdout
    assert "renamed" not in result.stdout and "removed" not in result.stdout


def test_a_renamed_person_is_matched_by_id_not_removed_and_added(tmp_path):
    """A name change under the same id read as the nurse leaving and a stranger joining: TA003 about her
    'appeared' and failed the gate at --fail-on warning though the team was the same."""
    base = write(tmp_path, "base.yaml", RENAME_BASE)
    head = write(tmp_path, "head.yaml", RENAME_BASE.replace("name: Ann Lee,", "name: Ann Lee-Smith,"))
    result = run_cli("diff", str(base), str(head), "--fail-on", "warning")
    assert result.code == 0, result.stdout
    assert "people renamed:\n  - Ann Lee-Smith (Registered Nurse, was Ann Lee): clinical\n" in result.stdout
    assert "added" not in result.stdout and "removed" not in result.stdout and "appeared" not in result.stdout
    doc = json.loads(run_cli("diff", str(base), str(head), "--format", "json").stdout)
    assert [(c["name"], c["was"]) for c in doc["people"]["renamed"]] == [("Ann Lee-Smith", "Ann Lee")]
    assert doc["findings"] == {"appeared": [], "resolved": []}
    redacted = json.loads(run_cli("diff", str(base), str(head), "--redact", "--format", "json").stdout)
    assert redacted["people"] == {  # one pseudonym
        "added": [],
        "removed": [],
        "reclassified": [],
        "status_changed": [],
        "renamed": [],
        "id_changed": [],
        "fte_changed": [],
    }


def test_a_renamed_person_who_changes_layer_is_one_reclassification(tmp_path):
    base = write(tmp_path, "base.yaml", RENAME_BASE)
    head = write(
        tmp_path,
        "head.yaml",
        RENAME_BASE.replace(
            "name: Ann Lee, id: E1, title: Registered Nurse", "name: Ann Lee-Smith, id: E1, title: ML Engineer"
        ),
    )
    result = run_cli("diff", str(base), str(head))
    assert (
        "people reclassified:\n  - Ann Lee-Smith (ML Engineer, was Ann Lee): clinical -> ml_research\n" in result.stdout
    )
    assert "people added" not in result.stdout and "people removed" not in result.stdout
    assert "ML research added by this change: Ann Lee-Smith (line 2)" in result.stdout


def test_the_same_name_under_another_id_is_still_matched_by_name(tmp_path):
    """Ids only join what names would split: a file that gains ids, or drops them, changes nobody."""
    base = write(tmp_path, "base.yaml", RENAME_BASE.replace(", id: E1", ""))
    head = write(tmp_path, "head.yaml", RENAME_BASE)
    result = run_cli("diff", str(base), str(head))
    assert result.code == 0 and "people added" not in result.stdout and "people renamed" not in result.stdout


def test_a_diff_names_status_changes_a_declared_layer_and_what_was_added(tmp_path):
    """A nurse turned into an open requisition showed only as findings, an ML engineer declared clinical by one
    line of YAML read as any reclassification, and an open requisition as a hire."""
    base = write(tmp_path, "base.yaml", RENAME_BASE)
    head = write(
        tmp_path,
        "head.yaml",
        RENAME_BASE.replace("title: Registered Nurse}", "title: Registered Nurse, status: open}").replace(
            "title: ML Engineer}", "title: ML Engineer, layer: clinical}"
        )
        + "  - {name: REQ-1042, title: Applied Scientist, status: open}\n"
        + "  - {name: Kim Ode, title: Applied Scientist, status: planned}\n",
    )
    out = run_cli("diff", str(base), str(head)).stdout
    assert (
        "people added:\n"
        "  - REQ-1042 (Applied Scientist, open): - -> ml_research\n"
        "  - Kim Ode (Applied Scientist, planned): - -> ml_research\n"
        "people reclassified:\n"
        "  - Bob Roe (ML Engineer): ml_research -> clinical (declared)\n"
        "people whose status changed:\n"
        "  - Ann Lee (Registered Nurse): clinical; current -> open\n"
    ) in out
    doc = json.loads(run_cli("diff", str(base), str(head), "--format", "json").stdout)["people"]
    assert [(c["name"], c["status_before"], c["status_after"]) for c in doc["status_changed"]] == [
        ("Ann Lee", "current", "open")
    ]
    assert doc["reclassified"][0]["declared_after"] is True and doc["added"][0]["status_after"] == "open"
    markdown = run_cli("diff", str(base), str(head), "--format", "markdown").stdout
    assert "- Ann Lee (Registered Nurse): clinical; current → open" in markdown


def test_a_change_that_adds_the_team_file_passes_with_nothing_to_compare(repo):
    """The plain CI recipes failed every first pull request (`no file plans/team.yaml in main`), though docs/ci.md
    says a base branch without the team file is nothing to compare; a typo in BASE's path still fails."""
    (repo / "plans" / "next.yaml").write_text(TWO_ML)
    result = run_cli("diff", "git:HEAD:next.yaml", "next.yaml", "--format", "json", cwd=repo / "plans")
    assert result.code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["verdict"] == "pass" and doc["reasons"] == []
    assert "the change adds the team file, so there is nothing to compare; everyone is new;" in doc["quiet_rise"]
    assert len(doc["people"]["added"]) == 10 and doc["findings"]["resolved"] == []
    typo = run_cli("diff", "git:HEAD:nxet.yaml", "next.yaml", cwd=repo / "plans")
    assert typo.code == 2 and "no file plans/nxet.yaml in HEAD" in typo.stderr


def test_a_git_side_with_an_absolute_path_reads_the_committed_file(repo, tmp_path_factory):
    """`git:main:$PWD/team.yaml` found no file (git reads REF:/x inside the tree), and with HEAD at the same path
    the diff passed as "the change adds the team file": a CI script that wrote absolute paths had no gate at all."""
    absolute = repo / "plans" / "team.yaml"
    for cwd in (repo, repo / "plans"):
        result = run_cli("diff", f"git:HEAD~1:{absolute}", absolute, cwd=cwd)
        assert result.code == 1 and "nothing to compare" not in result.stdout, result.stdout + result.stderr
        assert "Ivo Stark" in result.stdout
        assert run_cli("diff", f"git:HEAD~1:{absolute}", "plans/team.yaml", cwd=repo).code == 1
    (repo / "plans" / "next.yaml").write_text(TWO_ML)
    new = run_cli("diff", f"git:HEAD:{repo / 'plans' / 'next.yaml'}", "plans/next.yaml", cwd=repo)
    assert new.code == 0 and "nothing to compare" in new.stdout, new.stderr
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "team.yaml"
    elsewhere.write_text(TWO_ML)
    outside = run_cli("diff", f"git:HEAD:{elsewhere}", elsewhere, cwd=repo)
    assert outside.code == 2 and "nothing to compare" not in outside.stdout
    assert f"'git:HEAD:{elsewhere}': {elsewhere} is outside this repository" in outside.stderr


def test_two_people_who_swap_names_are_each_matched_by_id_redacted_or_not(tmp_path):
    """With --redact this was a KeyError traceback: both names were a renamed person's, in both versions."""
    base = write(tmp_path, "base.yaml", RENAME_BASE)
    swapped = RENAME_BASE.replace("Ann Lee", "X").replace("Bob Roe", "Ann Lee").replace("X", "Bob Roe")
    head = write(tmp_path, "head.yaml", swapped)
    for args, renamed in (([], 2), (["--redact"], 0)):  # redacted, each keeps one pseudonym: nothing renamed
        result = run_cli("diff", str(base), str(head), "--format", "json", *args)
        assert result.code == 0, result.stderr
        people = json.loads(result.stdout)["people"]
        assert people["added"] == people["removed"] == people["reclassified"] == []
        assert len(people["renamed"]) == renamed


def test_a_new_hire_who_takes_a_renamed_persons_old_name_is_a_new_person(tmp_path):
    """Ann Lee (E1) became Ann Smith, and a new Ann Lee (E99) joined: the nurse read as reclassified to ML and
    Ann Smith vanished; redacted, both were Person 01. A pseudonym is one person's, in both versions."""
    base = write(tmp_path, "base.yaml", RENAME_BASE)
    head = write(
        tmp_path,
        "head.yaml",
        RENAME_BASE.replace("name: Ann Lee,", "name: Ann Smith,")
        + "  - {name: Ann Lee, id: E99, title: ML Engineer, status: planned}\n",
    )
    for args, new, renamed in (([], "Ann Lee", ("Ann Smith", "Ann Lee")), (["--redact"], "Person 05", None)):
        people = json.loads(run_cli("diff", str(base), str(head), "--format", "json", *args).stdout)["people"]
        assert [c["name"] for c in people["added"]] == [new]
        assert people["removed"] == people["reclassified"] == []
        if renamed:
            assert [(c["name"], c["was"]) for c in people["renamed"]] == [renamed]
        else:  # redacted, one pseudonym a person: the nurse is Person 01 in both versions, so nothing is renamed
            assert people["renamed"] == []


REKEY_BASE = """people:
  - {name: Ann Lee, title: Registered Nurse, id: E1}
  - {name: Bob Ray, title: ML Engineer, id: E2}
  - {name: Cat Poe, title: HL7 Interface Engineer}
  - {name: Dan Ko, title: Regulatory Affairs Manager, id: E4}
"""


@pytest.mark.parametrize(
    ("fmt", "heading", "line"),
    [
        ("text", "people whose id changed:", "  - Dan Ko (Regulatory Affairs Manager, id E4 -> 0004): compliance"),
        ("markdown", "**People whose id changed**", "- Dan Ko (Regulatory Affairs Manager, id E4 → 0004): compliance"),
    ],
)
def test_an_id_changed_under_the_same_name_is_the_same_person(tmp_path, fmt, heading, line):
    """An HRIS migration re-keyed Dan Ko's id: the diff failed at --fail-on warning saying TA003 about him appeared
    and that he left the three layers, listed him as added and removed, and the same TA003 as appeared and
    resolved, while every layer count was unchanged."""
    base = write(tmp_path, "base.yaml", REKEY_BASE)
    head = write(tmp_path, "head.yaml", REKEY_BASE.replace("id: E4", 'id: "0004"'))
    result = run_cli("diff", base, head, "--fail-on", "warning", "--format", fmt)
    assert result.code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert lines[lines.index(heading) + 1 + (fmt == "markdown")] == line
    for word in ("added", "removed", "appeared", "resolved", "left the three layers"):
        assert word not in result.stdout.lower()


def test_an_id_change_in_json_and_redacted(tmp_path):
    base = write(tmp_path, "base.yaml", REKEY_BASE)
    head = write(tmp_path, "head.yaml", REKEY_BASE.replace("id: E4", 'id: "0004"'))
    doc = json.loads(run_cli("diff", base, head, "--fail-on", "warning", "--format", "json").stdout)
    assert doc["verdict"] == "pass" and doc["reasons"] == []
    assert doc["findings"] == {"appeared": [], "resolved": []}
    people = doc["people"]
    assert [(c["name"], c["id_before"], c["id_after"], c["was"], c["unsure"]) for c in people["id_changed"]] == [
        ("Dan Ko", "E4", "0004", None, False)
    ]
    assert all(people[kind] == [] for kind in people if kind != "id_changed")
    redacted = run_cli("diff", base, head, "--fail-on", "warning", "--format", "json", "--redact")
    doc = json.loads(redacted.stdout)  # ids are not shown redacted, so neither is their change
    assert redacted.code == 0 and "0004" not in redacted.stdout and "E4" not in redacted.stdout
    assert all(changes == [] for changes in doc["people"].values()) and doc["findings"]["appeared"] == []


def test_two_people_who_swap_ids_keep_their_names_when_their_records_say_so(tmp_path):
    """Re-keyed ids can land on each other: matched by id alone, the nurse became the ML engineer renamed and
    reclassified, 'ML research added by this change', and TA003 about the nurse appeared and failed the run."""
    base = write(tmp_path, "base.yaml", REKEY_BASE)
    head = write(
        tmp_path,
        "head.yaml",
        REKEY_BASE.replace("Nurse, id: E1", "Nurse, id: E2").replace("Engineer, id: E2", "Engineer, id: E1"),
    )
    result = run_cli("diff", base, head, "--fail-on", "warning")
    assert result.code == 0, result.stdout
    assert (
        "people whose id changed:\n"
        "  - Ann Lee (Registered Nurse, id E1 -> E2): clinical\n"
        "  - Bob Ray (ML Engineer, id E2 -> E1): ml_research\n"
    ) in result.stdout
    assert "reclassified" not in result.stdout and "renamed" not in result.stdout and "appeared" not in result.stdout


UNSURE_BASE = """people:
  - {name: Ann Lee, title: Registered Nurse, id: E1}
  - {name: Eve Sun, title: Registered Nurse, id: E2, status: open}
  - {name: Bob Ray, title: ML Engineer, id: E5}
  - {name: Cat Poe, title: HL7 Interface Engineer, id: E3}
  - {name: Dan Ko, title: Regulatory Affairs Manager, id: E4}
"""
UNSURE_LINE = ", unsure who is who: ids and names point at different people"


def test_people_whose_ids_and_names_disagree_past_what_their_records_tell_are_marked_unsure(tmp_path):
    """Two nurses whose ids swapped, one current and one a requisition: by id, the current nurse is Eve, so TA003
    (clinical held by 1 person, in the current view) named someone else, appeared and resolved at once, and failed
    the run. Their records cannot tell who is who: the diff says so, and no finding about them appears or goes."""
    base = write(tmp_path, "base.yaml", UNSURE_BASE)
    swapped = UNSURE_BASE.replace("Nurse, id: E1}", "Nurse, id: E2}").replace(
        "Nurse, id: E2, status", "Nurse, id: E1, status"
    )
    head = write(tmp_path, "head.yaml", swapped)
    result = run_cli("diff", base, head, "--scope", "current", "--fail-on", "warning")
    assert result.code == 0, result.stdout
    assert f"  - Ann Lee (Registered Nurse, was Eve Sun{UNSURE_LINE}): clinical; open -> current" in result.stdout
    assert f"  - Eve Sun (Registered Nurse, was Ann Lee{UNSURE_LINE}): clinical; current -> open" in result.stdout
    assert "appeared" not in result.stdout and "resolved" not in result.stdout
    doc = json.loads(run_cli("diff", base, head, "--scope", "current", "--format", "json").stdout)
    assert [c["unsure"] for c in doc["people"]["status_changed"]] == [True, True]
    assert doc["findings"] == {"appeared": [], "resolved": []}


def test_who_left_is_marked_unsure_when_ids_and_names_point_at_different_people(tmp_path):
    """One of two nurses left and the other took her id: someone left, but the records cannot tell who."""
    base = write(tmp_path, "base.yaml", UNSURE_BASE.replace(", status: open", ""))
    head = write(
        tmp_path,
        "head.yaml",
        UNSURE_BASE.replace("Nurse, id: E1}", "Nurse, id: E2}").replace(
            "  - {name: Eve Sun, title: Registered Nurse, id: E2, status: open}\n", ""
        ),
    )
    out = run_cli("diff", base, head, "--fail-on", "warning").stdout
    assert f"people removed:\n  - Ann Lee (Registered Nurse, current{UNSURE_LINE}): clinical -> -\n" in out
    assert "left the three layers in this change: Ann Lee (clinical, unsure who is who)" in out
    doc = json.loads(run_cli("diff", base, head, "--format", "json").stdout)
    assert [(c["name"], c["unsure"]) for c in doc["people"]["removed"]] == [("Ann Lee", True)]


def test_a_name_respelt_in_case_or_spacing_is_the_same_person(tmp_path):
    """A team file's names must differ by more than case and spacing; across versions they were two people."""
    base = write(tmp_path, "base.yaml", REKEY_BASE)
    head = write(tmp_path, "head.yaml", REKEY_BASE.replace("name: Cat Poe", "name: 'Cat  POE'"))
    result = run_cli("diff", base, head, "--fail-on", "warning")
    assert result.code == 0, result.stdout
    assert "people renamed:\n  - Cat  POE (HL7 Interface Engineer, was Cat Poe): integration\n" in result.stdout


def test_a_diff_finding_in_json_is_the_finding_check_gives(tmp_path):
    """`diff -f json` findings lacked the `file` and `line` that `check -f json` gives the same finding, so a bot
    could not point a review comment at it."""
    unsure = "  - {name: Pat Doe, title: Associate, status: planned}\n"
    base, head = write(tmp_path, "base.yaml", BALANCED), write(tmp_path, "head.yaml", TWO_ML + unsure)
    checked = json.loads(run_cli("check", head, "--format", "json").stdout)["findings"]
    appeared = json.loads(run_cli("diff", base, head, "--format", "json").stdout)["findings"]["appeared"]
    assert appeared and all(f in checked for f in appeared), (appeared, checked)
    assert any(f["line"] == TWO_ML.count("\n") + 1 for f in appeared), appeared
