"""`--config-from REF`: a pull request could loosen the gate that judged it (a rule turned off, a threshold raised,
`fail-on: never`, a rubric of its own) and pass `check` and `diff`, with only a note in the diff. Judged by the config
and rubrics committed at the base, each of those edits fails as the base's gate would have it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from teamaudit.configschema import FileConfig, ThresholdOverrides
from teamaudit.records import field_names
from test_diff import BALANCED, TWO_ML
from test_diff_gate_edits import CHILD, PARENT

STURDY = BALANCED + (
    "  - {name: Kim Cole, title: FHIR Integration Engineer, skills: [FHIR], fte: 0.8}\n"
    "  - {name: Lou Diaz, title: Clinical Validation Lead}\n"
)
UNSURE = STURDY + "  - {name: Pat Doe, title: Associate}\n"  # confidence 0.30: TA005 under the default 0.5
PART_TIME_ML = (
    BALANCED.replace("Applied Scientist}", "Applied Scientist, fte: 0.5}")
    + "  - {name: Ida Wu, title: ML Engineer, fte: 0.5}\n"
)  # 5 ML people against 4: over the threshold by headcount, not by FTE
LAX = 'extends: healthcare-ai\nname: lax\nversion: "1"\nthresholds:\n  ml_ratio: 9.0\n'
THIN = "rules: {TA003: error}\n"
NO_UNTIL = "ignore:\n  - rule: TA001\n    reason: board approved\n"

# (the setting loosened, the base's config, the team, this branch's config or None to delete it, files it adds)
LOOSENED = [
    ("rubric", "rubric: rubrics/child.yaml\n", TWO_ML, "rubric: rubrics/lax.yaml\n", {"rubrics/lax.yaml": LAX}),
    ("rubric", "rubric: rubrics/child.yaml\n", TWO_ML, None, {"rubrics/parent.yaml": LAX}),  # a file it extends
    ("scope", "fail-on: error\n", TWO_ML, "scope: current\n", {}),
    ("basis", "basis: headcount\n", PART_TIME_ML, "basis: fte\n", {}),
    ("fail-on", "fail-on: error\n", TWO_ML, "fail-on: never\n", {}),
    ("rules", "fail-on: error\n", TWO_ML, "rules: {TA001: off}\n", {}),
    ("rules", "fail-on: error\n", TWO_ML, "rules: {ml-over-index: info}\n", {}),
    ("thresholds.ml-ratio", "fail-on: error\n", TWO_ML, "thresholds: {ml-ratio: 2.0}\n", {}),
    (
        "thresholds.confidence",
        "rules: {TA005: error}\n",
        UNSURE,
        "rules: {TA005: error}\nthresholds: {confidence: 0.2}\n",
        {},
    ),
    (
        "thresholds.thin-layer-people",
        "rules: {TA003: error}\nthresholds: {thin-layer-people: 2}\n",
        STURDY,
        "rules: {TA003: error}\n",
        {},
    ),
    (
        "thresholds.thin-layer-min-fte",
        "rules: {TA003: error}\nthresholds: {thin-layer-min-fte: 1.0}\n",
        STURDY,
        "rules: {TA003: error}\n",
        {},
    ),
    ("ignore", "fail-on: error\n", TWO_ML, NO_UNTIL, {}),
    ("suppression-max-days", "suppression-max-days: 30\n" + NO_UNTIL, TWO_ML, NO_UNTIL, {}),
    ("the config itself", "rules: {TA005: error}\n", UNSURE, None, {".teamaudit.yaml": None}),  # deleted
]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def base_repo(root: Path, config: str, team: str) -> Path:
    """A repository whose `main` holds the team, the config and a rubric extending another, on a branch `pr`."""
    git(root, "init", "-q", "-b", "main")
    (root / "rubrics").mkdir()
    (root / "rubrics" / "parent.yaml").write_text(PARENT)
    (root / "rubrics" / "child.yaml").write_text(CHILD)
    (root / ".teamaudit.yaml").write_text(config)
    (root / "team.yaml").write_text(team)
    git(root, "add", ".")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    git(root, "checkout", "-qb", "pr")
    return root


def loosen(root: Path, config: str | None, files: dict[str, str | None]) -> None:
    if config is not None:
        (root / ".teamaudit.yaml").write_text(config)
    for name, text in files.items():
        if text is None:
            (root / name).unlink()
        else:
            (root / name).write_text(text)


def test_every_setting_of_a_config_is_a_case_below():
    """The cases name each key config.py reads, so a setting added later needs a case here."""
    keys = {key.replace("_", "-") for key in field_names(FileConfig)} - {"rubric-at", "thresholds"}
    keys |= {f"thresholds.{key.replace('_', '-')}" for key in field_names(ThresholdOverrides)}
    assert keys <= {case[0] for case in LOOSENED}


@pytest.mark.parametrize(("setting", "base", "team", "config", "files"), LOOSENED)
def test_a_change_that_loosens_the_gate_fails_as_the_base_judges_it(
    tmp_path: Path, setting: str, base: str, team: str, config: str | None, files: dict[str, str | None]
):
    repo = base_repo(tmp_path, base, team)
    loosen(repo, config, files)
    assert run_cli("check", "team.yaml", cwd=repo).code == 0, setting  # the working tree's gate lets it pass
    judged = run_cli("check", "team.yaml", "--config-from", "main", cwd=repo)
    assert judged.code == 1, (setting, judged.stdout, judged.stderr)


def test_a_diff_judged_by_the_base_fails_a_hire_the_change_turned_its_rule_off_for(tmp_path: Path):
    repo = base_repo(tmp_path, "rubric: rubrics/child.yaml\n", BALANCED)
    (repo / "team.yaml").write_text(TWO_ML)
    loosen(repo, "rubric: rubrics/lax.yaml\nrules: {TA001: off}\n", {"rubrics/lax.yaml": LAX})
    assert run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo).code == 0
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", "--config-from", "main", cwd=repo)
    assert result.code == 1, result.stdout + result.stderr
    assert "TA001 ml-over-index appeared" in result.stdout
    assert (
        "This change edits what judges it: .teamaudit.yaml differs from the base; rubrics/lax.yaml is new (the base "
        "has no file there); both sides were judged by the files committed at main (--config-from), so the edit takes "
        "effect once merged."
    ) in result.stdout.splitlines()
    doc = json.loads(
        run_cli("diff", "git:main:team.yaml", "team.yaml", "--config-from", "main", "-f", "json", cwd=repo).stdout
    )
    assert doc["judged_at"] == "main" and doc["gate_edited"] == [".teamaudit.yaml", "rubrics/lax.yaml"]


def test_a_finding_of_the_base_config_points_at_it_as_a_git_side(tmp_path: Path):
    """TA006 of a suppression in the base's config names it `git:main:.teamaudit.yaml`, not the private copy."""
    repo = base_repo(tmp_path, "suppression-max-days: 30\n" + NO_UNTIL, TWO_ML)
    result = run_cli("check", "team.yaml", "--config-from", "main", "--format", "json", cwd=repo)
    invalid = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "TA006"]
    assert [(f["file"], f["line"]) for f in invalid] == [("git:main:.teamaudit.yaml", 3)] * len(invalid)
    assert "git:main:.teamaudit.yaml:3 has no until" in invalid[0]["message"]


@pytest.mark.parametrize("folder", [".", "plans"])
def test_annotations_of_the_base_config_are_on_its_path_in_the_repository(tmp_path: Path, folder: str):
    """GitHub annotated TA006 at `file=git%3Amain%3A.teamaudit.yaml` and SARIF pointed at that URI: a file of no
    repository, so the annotation and the alert landed nowhere. They name `.teamaudit.yaml`, run from the top or a
    folder below it (`git:main:../.teamaudit.yaml`)."""
    repo = base_repo(tmp_path, "suppression-max-days: 30\n" + NO_UNTIL, TWO_ML)
    (repo / "plans").mkdir()
    cwd, team = repo / folder, "team.yaml" if folder == "." else "../team.yaml"
    env = {"GITHUB_WORKSPACE": str(repo)}
    github = run_cli("check", team, "--config-from", "main", "--format", "github", cwd=cwd, env=env)
    about_config = [line for line in github.stdout.splitlines() if "title=TA006" in line]
    assert about_config and all(line.startswith("::warning file=.teamaudit.yaml,line=3,") for line in about_config)
    assert "git:main:" in about_config[0].split("::")[2]  # the message still says whose config it is
    sarif = json.loads(run_cli("check", team, "--config-from", "main", "--format", "sarif", cwd=cwd, env=env).stdout)
    run = sarif["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["team.yaml", ".teamaudit.yaml"]
    ta006 = [r for r in run["results"] if r["ruleId"] == "TA006"]
    assert ta006 and {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in ta006} == {
        ".teamaudit.yaml"
    }


@pytest.mark.parametrize("ref", ["main@{2099-01-01 10:00:00}", "main^{/chore: audit gate}", ":/chore: audit gate"])
def test_a_base_named_with_a_colon_is_split_where_git_splits_it(tmp_path: Path, ref: str):
    """A reflog date, or a search of the commit messages (`chore: ...`, as conventional commits write them), names a
    commit with a colon in its name. Split at the first colon, TA006 was annotated at `file= base}%3A.teamaudit.yaml`
    and `git:main^{/chore: audit gate}:team.yaml` was "'main^{/chore' is not a commit"; `:/chore: audit gate`, read
    with `^{commit}` after it, was no commit at all."""
    repo = base_repo(tmp_path, "suppression-max-days: 30\n" + NO_UNTIL, TWO_ML)
    git(repo, "checkout", "-q", "main")
    git(
        repo,
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "commit",
        "--allow-empty",
        "-qm",
        "chore: audit gate",
    )
    git(repo, "checkout", "-q", "pr")
    env = {"GITHUB_WORKSPACE": str(repo)}
    github = run_cli("check", "team.yaml", "--config-from", ref, "--format", "github", cwd=repo, env=env)
    about_config = [line for line in github.stdout.splitlines() if "title=TA006" in line]
    assert about_config and all(line.startswith("::warning file=.teamaudit.yaml,line=3,") for line in about_config)
    assert f"git:{ref}:.teamaudit.yaml:3" in about_config[0]
    sarif = json.loads(run_cli("check", "team.yaml", "--config-from", ref, "--format", "sarif", cwd=repo).stdout)
    assert [a["location"]["uri"] for a in sarif["runs"][0]["artifacts"]] == ["team.yaml", ".teamaudit.yaml"]
    (repo / "team.yaml").write_text(BALANCED)
    result = run_cli("diff", f"git:{ref}:team.yaml", "team.yaml", "--config-from", ref, "-f", "json", cwd=repo)
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["judged_at"] == ref


@pytest.mark.parametrize(
    ("ref", "commit", "said"),
    [
        ("nope", {}, "teamaudit: error: --config-from: 'nope' is not a commit of this repository"),
        ("--output=x", {}, "teamaudit: error: --config-from: '--output=x' is not a commit of this repository"),
        (
            "main",
            {".teamaudit.yaml": b"\x00\xff binary"},
            "teamaudit: error: git:main:.teamaudit.yaml:1:2: not valid UTF-8 (byte 0xff) (the file looks saved as "
            "Windows-1252, where byte 0xff is ÿ: save it as UTF-8)",
        ),
        (
            "main",
            {".teamaudit.yaml": "/etc/passwd"},  # committed as a link
            "teamaudit: error: --config-from main: .teamaudit.yaml is a symbolic link there, and --config-from reads "
            "only files (commit the file itself on the base branch)",
        ),
        (
            "main",
            {".teamaudit.yaml": b"rubric: ../../etc/passwd\n"},
            "teamaudit: error: git:main:.teamaudit.yaml:1:9: rubric: '../../etc/passwd' is outside the repository it "
            "is in (git:main:.): not read (a config or rubric names only files inside it; give a rubric elsewhere "
            "with --rubric)",
        ),
    ],
)
def test_a_base_that_cannot_judge_is_an_error_saying_why(tmp_path: Path, ref: str, commit: dict, said: str):
    repo = tmp_path / "repo"
    repo.mkdir()
    base_repo(repo, "fail-on: error\n", TWO_ML)
    if commit:
        git(repo, "checkout", "-q", "main")
        for name, content in commit.items():
            (repo / name).unlink()
            if isinstance(content, bytes):
                (repo / name).write_bytes(content)
            else:
                (repo / name).symlink_to(content)
        git(repo, "add", "-A")
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "hostile base")
        git(repo, "checkout", "-q", "pr")
    for command in (("check", "team.yaml"), ("diff", "git:main:team.yaml", "team.yaml")):
        result = run_cli(*command, "--config-from", ref, cwd=repo)
        assert result.code == 2 and result.stderr.splitlines()[0].startswith(said), result.stderr
        assert "Traceback" not in result.stderr and "teamaudit-base-" not in result.stderr
    assert not (repo / "x").exists()


@pytest.mark.parametrize(
    ("ref", "hint"),
    [
        ("main:.teamaudit.yaml", "--config-from names a commit (a branch, a tag, a commit's id), not a file: "),
        ("main..pr", "--config-from names one commit, the base's (main, FETCH_HEAD), not a range"),
        ("--output=x", "--config-from names a commit (a branch, a tag, a commit's id), not an option"),
    ],
)
def test_a_file_a_range_or_an_option_given_as_the_base_says_to_name_a_commit(tmp_path: Path, ref: str, hint: str):
    """`--config-from main:.teamaudit.yaml`, git's way to name a file, was told to fetch the commit."""
    repo = base_repo(tmp_path, "fail-on: error\n", TWO_ML)
    for command in (("check", "team.yaml"), ("diff", "git:main:team.yaml", "team.yaml")):
        result = run_cli(*command, "--config-from", ref, cwd=repo)
        assert result.code == 2 and hint in result.stderr, result.stderr
        assert "git fetch" not in result.stderr


def test_a_config_the_change_breaks_is_an_error_though_the_base_judges(tmp_path: Path):
    """Judged by the base's files, a change that broke `.teamaudit.yaml` passed `check`, and the action took the
    diff's exit 2 for a base team file it could not read: the gate broke once merged."""
    repo = base_repo(tmp_path, "fail-on: error\n", BALANCED)
    (repo / ".teamaudit.yaml").write_text("fail-on: [\n")
    for command in (("check", "team.yaml"), ("diff", "git:main:team.yaml", "team.yaml")):
        result = run_cli(*command, "--config-from", "main", cwd=repo)
        said = f"teamaudit: error: {repo / '.teamaudit.yaml'}:2:1: invalid YAML"
        assert result.code == 2 and result.stderr.startswith(said), result.stderr


def test_a_rubric_the_workflow_names_in_the_repository_is_read_at_the_base_too(tmp_path: Path, tmp_path_factory):
    """The action's `rubric:` input (TEAMAUDIT_RUBRIC) names a file of the checkout, which the pull request can edit;
    a rubric outside the repository is the operator's and read where it is."""
    repo = base_repo(tmp_path, "fail-on: error\n", TWO_ML)
    (repo / "rubrics" / "child.yaml").write_text(CHILD + "thresholds:\n  ml_ratio: 9.0\n")
    env = {"TEAMAUDIT_RUBRIC": "rubrics/child.yaml"}
    assert run_cli("check", "team.yaml", cwd=repo, env=env).code == 0
    assert run_cli("check", "team.yaml", "--config-from", "main", cwd=repo, env=env).code == 1
    shared = tmp_path_factory.mktemp("shared") / "lax.yaml"
    shared.write_text(LAX)
    assert run_cli("check", "team.yaml", "--config-from", "main", "--rubric", shared, cwd=repo).code == 0


def test_a_team_folder_the_change_replaces_by_a_link_leads_nowhere_else_at_the_base(tmp_path: Path):
    """The files of the base are looked up by the paths as written: a team folder the change turned into a link to
    another folder led the search for the config there, away from the base's own in the team's folder, and passed."""
    repo = tmp_path / "repo"
    (repo / "teams").mkdir(parents=True)
    base_repo(repo, "fail-on: error\n", BALANCED)
    (repo / "team.yaml").rename(repo / "teams" / "team.yaml")
    (repo / ".teamaudit.yaml").rename(repo / "teams" / ".teamaudit.yaml")
    (repo / "teams" / ".teamaudit.yaml").write_text("thresholds: {ml-ratio: 0.5}\n")
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "team in its folder")
    git(repo, "branch", "-f", "main")
    assert run_cli("check", "teams/team.yaml", "--config-from", "main", cwd=repo).code == 1  # 2 ML for 1 of 4
    (repo / "elsewhere").mkdir()
    (repo / "teams" / "team.yaml").rename(repo / "elsewhere" / "team.yaml")
    shutil.rmtree(repo / "teams")
    (repo / "teams").symlink_to("elsewhere")
    assert run_cli("check", "teams/team.yaml", cwd=repo).code == 0  # the working tree's gate lets it pass
    judged = run_cli("check", "teams/team.yaml", "--config-from", "main", cwd=repo)
    assert judged.code == 1, judged.stdout + judged.stderr


def test_each_base_rubric_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """basegate read each base rubric's `extends:` with a YAML parse of its own, and the rubric reader parsed the
    file again: a 5 MB base rubric cost two parses."""
    from teamaudit.yamlread import yamlfile

    repo = base_repo(tmp_path, "rubric: rubrics/child.yaml\n", BALANCED)
    parsed: list[str] = []
    parse = yamlfile.parse_yaml

    def counted(text: str, path: Path, *, what: str = "file") -> yamlfile.YamlDocument:
        parsed.append(Path(path).name)
        return parse(text, path, what=what)

    monkeypatch.setattr(yamlfile, "parse_yaml", counted)
    result = run_cli("check", "team.yaml", "--config-from", "main", cwd=repo)
    assert result.code == 0, result.stderr
    assert (parsed.count("child.yaml"), parsed.count("parent.yaml")) == (1, 1), parsed


def test_a_base_rubric_reached_through_a_folder_link_is_refused_as_a_link(tmp_path: Path):
    """git follows no link: `rubrics/` committed as a link to `real/` read as "rubrics/child.yaml: no such file"."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "parent.yaml").write_text(PARENT)
    (tmp_path / "real" / "child.yaml").write_text(CHILD)
    (tmp_path / "rubrics").symlink_to("real")
    (tmp_path / ".teamaudit.yaml").write_text("rubric: rubrics/child.yaml\n")
    (tmp_path / "team.yaml").write_text(TWO_ML)
    git(tmp_path, "add", ".")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "base")
    result = run_cli("check", "team.yaml", "--config-from", "main", cwd=tmp_path)
    assert result.code == 2, result.stdout + result.stderr
    assert result.stderr.startswith(
        "teamaudit: error: --config-from main: rubrics is a symbolic link there, and --config-from reads only files"
    ), result.stderr
    assert "no such file" not in result.stderr


@pytest.mark.parametrize(
    ("ref", "hint"),
    [
        (  # the base branch, not fetched: what to fetch, and what to set in actions/checkout instead
            "main",
            "this clone is shallow and holds only the commits fetched: fetch it first, git fetch --no-tags --depth=1 "
            "origin main, then --config-from FETCH_HEAD; or check out with actions/checkout's fetch-depth: 0, which "
            "fetches every branch and every tag, then --config-from origin/main if main is a branch, --config-from "
            "main if a tag)",
        ),
        (  # origin's branch by the name it was given: fetch-depth: 0 fetches it as that
            "origin/release",
            "git fetch --no-tags --depth=1 origin release, then --config-from FETCH_HEAD; or check out with "
            "actions/checkout's fetch-depth: 0, which fetches every branch and every tag, then --config-from "
            "origin/release)",
        ),
        (  # a tag: not 'main', and fetch-depth: 0 fetches it as v1, never as origin/v1 (the hint said only that)
            "v1",
            "git fetch --no-tags --depth=1 origin v1, then --config-from FETCH_HEAD; or check out with "
            "actions/checkout's fetch-depth: 0, which fetches every branch and every tag, then --config-from "
            "origin/v1 if v1 is a branch, --config-from v1 if a tag)",
        ),
        (  # nothing fetched yet: the base branch to fetch, not `git fetch origin FETCH_HEAD`
            "FETCH_HEAD",
            "nothing was fetched into FETCH_HEAD: fetch the base branch first, git fetch --no-tags --depth=1 origin "
            "main, then --config-from FETCH_HEAD",
        ),
        ("HEAD~1", "this clone is shallow and holds no history before its commits: fetch more of it, "),
        (  # a commit's full id, as ${{ github.event.pull_request.base.sha }} gives it: fetched by its id
            "0123456789abcdef0123456789abcdef01234567",
            "this clone is shallow and holds only the commits fetched: fetch that commit first, git fetch --no-tags "
            "--depth=1 origin 0123456789abcdef0123456789abcdef01234567, then --config-from "
            "0123456789abcdef0123456789abcdef01234567)",
        ),
    ],
)
def test_a_shallow_clone_says_what_to_fetch_for_config_from(tmp_path: Path, ref: str, hint: str):
    """actions/checkout's default `fetch-depth: 1` holds one commit: `--config-from` said 'git fetch ... origin main'
    whatever it was given (`v1`, `HEAD~1`, `FETCH_HEAD`), and nothing of what to set in actions/checkout."""
    (tmp_path / "origin").mkdir()
    base_repo(tmp_path / "origin", "fail-on: error\n", TWO_ML)
    git(tmp_path / "origin", "tag", "v1", "main")
    clone = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", "--depth=1", "--no-tags", "-b", "pr", f"file://{tmp_path / 'origin'}", str(clone))
    for command in (("check", "team.yaml"), ("diff", "git:HEAD:team.yaml", "team.yaml")):
        result = run_cli(*command, "--config-from", ref, cwd=clone)
        assert result.code == 2 and hint in result.stderr, result.stderr


def test_a_full_clone_without_the_local_branch_names_origin_s(tmp_path: Path):
    """`fetch-depth: 0` leaves origin's branches as origin/NAME and no local `main`: `--config-from main` was told to
    fetch what the clone holds."""
    (tmp_path / "origin").mkdir()
    base_repo(tmp_path / "origin", "fail-on: error\n", TWO_ML)
    clone = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", "-b", "pr", f"file://{tmp_path / 'origin'}", str(clone))
    result = run_cli("check", "team.yaml", "--config-from", "main", cwd=clone)
    assert result.code == 2 and result.stderr.strip().endswith(
        "'main' is not a commit of this repository (origin's branch is origin/main here: --config-from origin/main)"
    ), result.stderr


def test_origin_s_branch_named_in_a_hint_is_quoted_for_a_shell(tmp_path: Path):
    """A branch may be named `x$(touch${IFS}pwned)`: the hint's command to paste said `--config-from
    origin/x$(touch${IFS}pwned)`, which a shell runs."""
    (tmp_path / "origin").mkdir()
    base_repo(tmp_path / "origin", "fail-on: error\n", TWO_ML)
    git(tmp_path / "origin", "branch", "x$(touch${IFS}pwned)", "main")
    clone = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", "-b", "pr", f"file://{tmp_path / 'origin'}", str(clone))
    result = run_cli("check", "team.yaml", "--config-from", "x$(touch${IFS}pwned)", cwd=clone)
    assert result.code == 2 and result.stderr.strip().endswith("here: --config-from 'origin/x$(touch${IFS}pwned)'"), (
        result.stderr
    )


def test_a_long_ref_is_clipped_in_what_to_fetch(tmp_path: Path):
    """A 100,000-character ref was quoted whole in the message and each command of its hint: 200 KB of stderr for
    --config-from, 400 KB for a git side."""
    (tmp_path / "origin").mkdir()
    base_repo(tmp_path / "origin", "fail-on: error\n", TWO_ML)
    clone = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", "--depth=1", "--no-tags", "-b", "pr", f"file://{tmp_path / 'origin'}", str(clone))
    ref = "x" * 100_000
    for command in (("check", "team.yaml", "--config-from", ref), ("diff", f"git:{ref}:team.yaml", "team.yaml")):
        result = run_cli(*command, cwd=clone)
        assert result.code == 2 and "[100,000 characters]" in result.stderr, result.stderr[:300]
        assert len(result.stderr) < 2_000, len(result.stderr)


@pytest.mark.parametrize(
    ("committed", "said"),
    [
        (b"version https://git-lfs.github.com/spec/v1\noid sha256:" + b"0" * 64 + b"\nsize 99999999999\n", "Git LFS"),
        (None, "is a symbolic link there"),
        (b"fail-on: [\n", "[40,004 characters]:.teamaudit.yaml:2:1: invalid YAML"),
    ],
)
def test_a_long_ref_that_names_a_commit_is_clipped_in_what_is_wrong_there(
    tmp_path: Path, committed: bytes | None, said: str
):
    """`main~0~0...` of 40,000 characters names main: a base config that is a symbolic link, a Git LFS file over
    the limit, or invalid YAML (named `git:REF:.teamaudit.yaml`) was refused with the ref quoted whole (40 KB of
    stderr)."""
    repo = base_repo(tmp_path, "fail-on: error\n", TWO_ML)
    git(repo, "checkout", "-q", "main")
    (repo / ".teamaudit.yaml").unlink()
    if committed is None:
        (repo / ".teamaudit.yaml").symlink_to("team.yaml")
    else:
        (repo / ".teamaudit.yaml").write_bytes(committed)
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "a config no reader takes")
    git(repo, "checkout", "-q", "pr")
    result = run_cli("check", "team.yaml", "--config-from", "main" + "~0" * 20_000, cwd=repo)
    assert result.code == 2 and said in result.stderr, result.stderr[:300]
    assert len(result.stderr) < 1_000, len(result.stderr)


@pytest.mark.parametrize("ref", [":/no such: gate", ":/a..b", ":/nothing"])
def test_a_search_of_the_commit_messages_that_finds_none_is_said_so(tmp_path: Path, ref: str):
    """`:/chore: gate` names the newest commit whose message matches: one that matches none was told it named a
    file (`main:.teamaudit.yaml`, for its colon) or a range (for its `..`), and a git side of it was told nothing."""
    repo = base_repo(tmp_path, "fail-on: error\n", TWO_ML)
    said = f"names the newest commit whose message matches '{ref[2:]}'"
    for command in (
        ["check", "team.yaml", "--config-from", ref],
        ["diff", f"git:{ref}:team.yaml", "team.yaml"],
    ):
        result = run_cli(*command, cwd=repo)
        assert result.code == 2 and said in result.stderr, result.stderr
        assert "not a file" not in result.stderr and "not a range" not in result.stderr
