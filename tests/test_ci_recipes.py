"""The shipped integrations, run as far as the commands they contain: action.yml, docs/ci.md, pre-commit."""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, run_cli
from test_diff import BALANCED, TWO_LAYERS, TWO_ML

BIN = str(Path(shutil.which("teamaudit") or Path(sys.executable).parent / "teamaudit").parent)


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def pr_repo(tmp_path: Path) -> Path:
    """A clone whose origin has `main` with a balanced team; the clone's branch adds two ML hires."""
    origin = tmp_path / "origin"
    origin.mkdir()
    git(origin, "init", "-q", "-b", "main")
    git(origin, "config", "user.email", "t@example.com")
    git(origin, "config", "user.name", "t")
    (origin / "team.yaml").write_text(BALANCED)
    git(origin, "add", ".")
    git(origin, "commit", "-qm", "team")
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", f"file://{origin}", str(work))
    git(work, "config", "user.email", "t@example.com")
    git(work, "config", "user.name", "t")
    git(work, "checkout", "-qb", "hire-ml")
    (work / "team.yaml").write_text(TWO_ML)
    git(work, "commit", "-qam", "two ML hires")
    return work


def merge_checkout(repo: Path, base_ref: str = "main") -> str:
    """Check out what `pull_request` checks out, refs/pull/N/merge: a merge commit whose parents are the base branch's
    tip and the branch (its tree the branch's here, a merge that conflicts nowhere the test looks); the tip's id."""
    git(repo, "fetch", "-q", "origin", base_ref)
    tip = git(repo, "rev-parse", "FETCH_HEAD").strip()
    merge = ["commit-tree", "HEAD^{tree}", "-p", tip, "-p", "HEAD", "-m", "merge"]
    merged = git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", *merge).strip()
    git(repo, "checkout", "-q", "--detach", merged)
    git(repo, "push", "-q", "origin", "HEAD:refs/pull/1/merge")  # where GitHub keeps it, and fetches it from
    return tip


def bash(
    script: str, cwd: Path, env: dict[str, str], flags: Sequence[str] = ("-e",)
) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}", "NO_COLOR": "1", **env}
    command = ["bash", *flags, "-c", script]
    return subprocess.run(command, cwd=cwd, env=full, capture_output=True, text=True, timeout=120)


GITHUB_BASH = ("--noprofile", "--norc", "-eo", "pipefail")  # how GitHub runs a step's `shell: bash`
GITLAB_BASH = ("-eo", "pipefail")  # how GitLab Runner's bash shell runs a job's script


def substitute(text: str, values: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        key = match.group(1).strip()
        if re.fullmatch(r"steps\.\w+\.outputs\.\w+", key):
            return values.get(key, "")  # GitHub gives an output a step did not set as empty
        assert key in values, f"action.yml uses ${{{{ {key} }}}} that the test does not provide"
        return values[key]

    return re.sub(r"\$\{\{\s*([^}]+?)\s*\}\}", one, text)


@dataclass
class ActionRun:
    ran: list[tuple[str, int]]  # each step's name and exit code
    outputs: dict[str, dict[str, str]]  # by step id
    summary: str
    log: str  # every step's stdout, where GitHub reads workflow commands


def condition(expression: str, values: dict[str, str]) -> bool:
    """A step's `if:`, evaluated as GitHub does for the operators action.yml uses (==, !=, &&, ||, !, parentheses,
    string literals, always()); a context the test does not provide is an error, an unset step output empty."""
    tokens = re.findall(r"\|\||&&|==|!=|!|\(|\)|'[^']*'|[\w.-]+\(\)|[\w.-]+", expression.strip().strip("${}"))
    words = {"&&": " and ", "||": " or ", "!": " not ", "==": "==", "!=": "!=", "(": "(", ")": ")"}
    python = []
    for token in tokens:
        if token in words:
            python.append(words[token])
        elif token.startswith("'"):
            python.append(repr(token[1:-1]))
        elif token in ("always()", "success()"):
            python.append("True")
        else:
            assert token in values or token.startswith("steps."), f"if: uses {token} that the test does not provide"
            python.append(repr(values.get(token, "")))
    return bool(eval("".join(python), {"__builtins__": {}}))  # the action's own expressions, no input


def run_action(
    repo: Path,
    tmp_path: Path,
    base_ref: str = "main",
    inputs: dict[str, str] | None = None,
    event: str = "pull_request",
    event_commit: str = "",
    head_sha: str = "",
) -> ActionRun:
    """action.yml's own steps, in order, as GitHub would run them on a pull request against `base_ref` (`event`,
    whose `github.sha` is `event_commit`), with the workflow's `with:` values in `inputs`; a step whose `if:` is
    false is skipped and not listed."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    for name, spec in action["inputs"].items():
        assert spec.get("description"), f"input {name} is not documented"
    assert set(inputs or {}) <= set(action["inputs"])
    values = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    values.update({f"inputs.{k}": v for k, v in (inputs or {}).items()})
    values.update({"github.base_ref": base_ref, "github.event_name": event, "github.action_path": str(ROOT)})
    values["github.sha"] = event_commit
    values["github.event.pull_request.head.sha"] = head_sha  # the pull request's branch tip (empty on a push)
    output_file, summary = tmp_path / "out.txt", tmp_path / "summary.md"
    summary.write_text("")
    runner_temp = tmp_path / "runner-temp"  # the runner's own folder for the job, outside the checkout
    runner_temp.mkdir(exist_ok=True)
    outputs: dict[str, dict[str, str]] = {}
    ran, log = [], []
    for step in action["runs"]["steps"]:
        if "uses" in step or step.get("name") == "Install teamaudit":
            continue  # setup-python, the SARIF upload and pip install are GitHub's and pip's own
        for key, value in outputs.items():
            for k, v in value.items():
                values[f"steps.{key}.outputs.{k}"] = v
        if "if" in step and not condition(str(step["if"]), values):
            continue
        env = {k: substitute(str(v), values) for k, v in step.get("env", {}).items()}
        output_file.write_text("")
        env.update(
            {
                "GITHUB_OUTPUT": str(output_file),
                "GITHUB_STEP_SUMMARY": str(summary),
                "GITHUB_WORKSPACE": str(repo),
                "RUNNER_TEMP": str(runner_temp),
                "TEST_STEP": step.get("id", ""),  # whose git processes a git_shim logs
            }
        )
        result = bash(step["run"], repo, env, GITHUB_BASH)
        ran.append((step["name"], result.returncode))
        log.append(result.stdout)
        if step.get("id"):
            outputs[step["id"]] = dict(
                line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line
            )
    return ActionRun(ran, outputs, summary.read_text(), "".join(log))


def verdict_and_code(outputs: dict[str, str]) -> dict[str, str]:
    return {key: value for key, value in outputs.items() if key in ("verdict", "code")}


@pytest.mark.process
def test_action_runs_check_diff_and_fails_by_exit_code(pr_repo: Path, tmp_path: Path):
    run = run_action(pr_repo, tmp_path)
    ran, outputs, text = run.ran, run.outputs, run.summary
    assert ran == [
        ("Fetch the base branch", 0),
        ("teamaudit check", 0),
        ("teamaudit diff against the base branch", 0),
        ("Fail by exit code", 1),
    ]
    sarif = uploaded_sarif(run, pr_repo)
    assert sarif is not None and sarif.is_file()
    assert outputs["check"] == {"verdict": "fail", "code": "1", "sarif": outputs["check"]["sarif"]}  # 6.0 ML FTE vs 4.0
    assert verdict_and_code(outputs["diff"]) == {"verdict": "fail", "code": "1"}
    assert "## teamaudit:" in text and "## teamaudit diff: ❌ FAIL" in text and "Ivo Stark" in text


def uploaded_sarif(run: ActionRun, repo: Path) -> Path | None:
    """What the SARIF upload step sends to code scanning (a file, or a folder of them), None when it is skipped:
    its `if:` and `sarif_file:` read as GitHub reads them, hashFiles counting the files inside a folder it names."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    upload = next(step for step in action["runs"]["steps"] if "upload-sarif" in step.get("uses", ""))
    values = {f"steps.{key}.outputs.{k}": v for key, value in run.outputs.items() for k, v in value.items()}
    values.setdefault("steps.check.outputs.sarif", "")
    condition = upload["if"].replace("always() && inputs.upload-sarif == 'true' && ", "")
    if hashed := re.fullmatch(r"hashFiles\('([^']+)'\) != ''", condition):
        named = repo / hashed.group(1)
        runs = named.is_file() or (named.is_dir() and any(p.is_file() for p in named.rglob("*")))
    else:
        assert condition == "steps.check.outputs.sarif != ''", condition
        runs = values["steps.check.outputs.sarif"] != ""
    return repo / substitute(upload["with"]["sarif_file"], values) if runs else None


@pytest.mark.process
def test_a_pull_request_cannot_put_its_own_sarif_where_the_upload_reads(pr_repo: Path, tmp_path: Path):
    """The report was written to `teamaudit.sarif` in the checkout and uploaded from there. A pull request that
    commits a folder of that name holding its own SARIF made the write fail (exit 2, unheeded) and the upload,
    which takes a folder's every .sarif file, sent the forged one to code scanning: no alerts, whatever the team."""
    forged = pr_repo / "teamaudit.sarif" / "forged.sarif"
    forged.parent.mkdir()
    forged.write_text('{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "teamaudit"}}, "results": []}]}')
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "a report of our own")
    run = run_action(pr_repo, tmp_path)
    sarif = uploaded_sarif(run, pr_repo)
    assert sarif is not None and sarif.is_file() and pr_repo not in sarif.parents, sarif
    results = json.loads(sarif.read_text())["runs"][0]["results"]
    assert any(r["ruleId"] == "TA001" and r["level"] == "error" for r in results)
    assert forged.read_text().endswith("[]}]}")  # the pull request's file is left as it was, just not sent
    assert run.ran[-1] == ("Fail by exit code", 1)


@pytest.mark.process
def test_a_pull_request_that_fixes_a_broken_team_file_can_pass(pr_repo: Path, tmp_path: Path):
    """The base branch's file did not read, so diff exited 2 and the job stayed red until the fix was merged."""
    origin = tmp_path / "origin"
    (origin / "team.yaml").write_text(BALANCED.replace("title: Registered Nurse", "titel: Registered Nurse"))
    git(origin, "commit", "-qam", "broken on main")
    (pr_repo / "team.yaml").write_text(BALANCED)
    git(pr_repo, "commit", "-qam", "the fix")
    (pr_repo / "teamaudit.sarif").symlink_to(tmp_path / "victim")  # and a link where the report once went
    merge_checkout(pr_repo)
    run = run_action(pr_repo, tmp_path)
    ran, outputs, text = run.ran, run.outputs, run.summary
    assert ran[-1] == ("Fail by exit code", 0), (ran, outputs, text)
    assert outputs["check"]["verdict"] == "pass" and verdict_and_code(outputs["diff"]) == {
        "verdict": "pass",
        "code": "0",
    }
    assert "cannot be read (the log says why): nothing to compare" in text
    sarif = uploaded_sarif(run, pr_repo)
    assert not (tmp_path / "victim").exists() and sarif is not None and sarif.is_file()


@pytest.mark.process
def test_a_team_file_that_cannot_be_read_says_so_in_the_summary(pr_repo: Path, tmp_path: Path):
    """The job summary was empty: `check --format markdown` writes no report on exit 2, so a reviewer opening the
    summary saw nothing at all, as if teamaudit had not run."""
    (pr_repo / "team.yaml").write_text("people:\n  - name: [\n")
    git(pr_repo, "commit", "-qam", "broken")
    run = run_action(pr_repo, tmp_path)
    assert run.outputs["check"] == {"verdict": "error", "code": "2"} and run.ran[-1] == ("Fail by exit code", 2)
    assert "::error file=team.yaml,line=3,col=1,title=teamaudit cannot read this file::" in run.log
    assert run.summary == (
        "teamaudit could not audit team.yaml (bad input, config or setting): the error annotations and the step's "
        "log say why.\n"
    )


@pytest.mark.process
@pytest.mark.parametrize(
    ("base_ref", "origin", "git_says"),
    [
        ("no-such-branch", None, "couldn't find remote ref no-such-branch"),
        ("main", "gone", "does not appear to be a git repository"),
    ],
)
def test_a_base_branch_that_cannot_be_fetched_fails_the_action(
    pr_repo: Path, tmp_path: Path, base_ref: str, origin: str | None, git_says: str
):
    """The failed fetch left FETCH_HEAD without the file, so the step said "The base branch has no team.yaml"
    and passed: the diff gate was off without a word."""
    if origin:
        git(pr_repo, "remote", "set-url", "origin", str(tmp_path / origin))
    run = run_action(pr_repo, tmp_path, base_ref)
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "error", "code": "2"}
    assert run.ran[-1] == ("Fail by exit code", 2)
    errors = [line for line in run.log.splitlines() if line.startswith("::error title=teamaudit diff::")]
    assert len(errors) == 1, run.log  # git's message of several lines stays one annotation
    assert f"Cannot fetch the base branch '{base_ref}' from origin" in errors[0] and git_says in errors[0]
    assert "nothing to compare" not in run.summary and "the plan was not compared" in run.summary


@pytest.mark.process
def test_a_base_branch_without_the_team_file_is_nothing_to_compare(pr_repo: Path, tmp_path: Path):
    origin = tmp_path / "origin"
    git(origin, "checkout", "-qb", "before-teamaudit")
    git(origin, "rm", "-q", "team.yaml")
    (origin / "README").write_text("no team file yet\n")
    git(origin, "add", "README")
    git(origin, "commit", "-qm", "no team file")
    git(origin, "checkout", "-q", "main")
    merge_checkout(pr_repo, "before-teamaudit")
    run = run_action(pr_repo, tmp_path, "before-teamaudit")
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "pass", "code": "0"}
    assert "The base branch has no team.yaml: nothing to compare." in run.summary
    assert "::error title=teamaudit diff" not in run.log
    assert run.ran[-1] == ("Fail by exit code", 1)  # the check itself still fails TWO_ML's plan


@pytest.mark.process
@pytest.mark.parametrize("team_file", ["./team.yaml", "{repo}/team.yaml"])
def test_the_action_compares_a_team_file_named_with_dot_or_from_the_root_of_the_disk(
    pr_repo: Path, tmp_path: Path, team_file: str
):
    """`team-file: ${{ github.workspace }}/team.yaml` was looked up in the base branch as FETCH_HEAD:/home/...,
    which git never finds: "The base branch has no team file: nothing to compare", and the diff gate was off."""
    run = run_action(pr_repo, tmp_path, inputs={"team-file": team_file.format(repo=pr_repo)})
    assert run.outputs["check"]["verdict"] == "fail" and run.outputs["check"]["code"] == "1"
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "fail", "code": "1"}, run.summary
    assert "nothing to compare" not in run.summary and "## teamaudit diff: ❌ FAIL" in run.summary


NURSE = "  - {name: Kit Vale, title: ICU Nurse, status: planned}\n"
ONE_MORE_ML = "  - {name: Lev Moro, title: Research Scientist, status: planned}\n"


def pull_request(tmp_path: Path, base: str, head: str, head_name: str = "team.yaml") -> Path:
    """A clone of an origin whose `main` holds `base` as team.yaml, on a branch whose change leaves `head` at
    `head_name` (a rename when it is another name)."""
    origin = tmp_path / "origin"
    origin.mkdir()
    git(origin, "init", "-q", "-b", "main")
    (origin / "team.yaml").write_text(base)
    git(origin, "add", ".")
    git(origin, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "team")
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", f"file://{origin}", str(work))
    git(work, "checkout", "-qb", "change")
    if head_name != "team.yaml":
        (work / head_name).parent.mkdir(parents=True, exist_ok=True)
        git(work, "mv", "team.yaml", head_name)
    (work / head_name).write_text(head)
    git(work, "add", ".")
    git(work, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", "change")
    return work


@pytest.mark.process
@pytest.mark.parametrize(
    ("gate", "head", "job"),
    [
        ("check", TWO_ML + NURSE, 1),  # today's behaviour: the team is over the threshold, so every change fails
        ("diff", TWO_ML + NURSE, 0),  # a clinical hire makes the plan better: it passes
        ("diff", TWO_ML + ONE_MORE_ML, 1),  # one more ML hire makes it worse: it fails
        ("diff", TWO_ML, 0),  # no change to the plan
    ],
)
def test_gate_diff_fails_only_a_change_that_makes_an_over_indexed_plan_worse(
    tmp_path: Path, gate: str, head: str, job: int
):
    """A team already over the threshold failed every pull request, a clinical hire included: the diff, which
    knows whether a change makes the plan worse, could never pass a job the check failed."""
    work = pull_request(tmp_path, TWO_ML, head)
    run = run_action(work, tmp_path, inputs={"gate": gate})
    assert run.outputs["check"]["code"] == "1"  # the plan is over-indexed whatever the change
    assert run.ran[-1] == ("Fail by exit code", job), (run.ran, run.outputs)
    assert ("The job passes: with `gate: diff`" in run.summary) == (gate == "diff" and job == 0)


@pytest.mark.process
def test_gate_diff_falls_back_to_the_check_when_there_is_nothing_to_compare(tmp_path: Path):
    """A pull request that moves the team file and adds ML hires has no base file to compare with: the check
    gates it, or moving the file would switch the gate off."""
    work = pull_request(tmp_path, TWO_ML, TWO_ML + ONE_MORE_ML + NURSE, "plan/team.yaml")
    run = run_action(work, tmp_path, inputs={"gate": "diff", "team-file": "plan/team.yaml"})
    assert "The base branch has no plan/team.yaml: nothing to compare." in run.summary
    assert run.ran[-1] == ("Fail by exit code", 1)


@pytest.mark.process
@pytest.mark.process
def test_the_workflow_holds_suppressions_to_a_horizon_the_pull_request_cannot_lift(pr_repo: Path, tmp_path: Path):
    """The pull request hires two ML people and suppresses TA001 with no until in `.teamaudit.yaml`: the job
    passed. With `suppression-max-days: 30` in the workflow, the suppression does not apply and the check fails."""
    (pr_repo / ".teamaudit.yaml").write_text("ignore:\n  - rule: TA001\n    reason: board approved\n")
    own = {"trusted-config": "false"}  # judged by the pull request's config, as the action did before trusted-config
    assert run_action(pr_repo, tmp_path, inputs=own).outputs["check"]["verdict"] == "pass"
    held = run_action(pr_repo, tmp_path, inputs={**own, "suppression-max-days": "30"})
    assert held.outputs["check"]["verdict"] == "fail"
    assert "has no until, and TEAMAUDIT_SUPPRESSION_MAX_DAYS: 30 asks for an until by" in held.log


@pytest.mark.process
@pytest.mark.parametrize(
    ("config", "rubric"),
    [
        ("rules: {TA001: off}\n", None),
        ("fail-on: never\n", None),
        ("rubric: lax.yaml\n", 'extends: healthcare-ai\nname: lax\nversion: "1"\nthresholds:\n  ml_ratio: 9.0\n'),
    ],
)
def test_a_pull_request_that_loosens_the_gate_is_judged_by_the_base_branchs(
    pr_repo: Path, tmp_path: Path, config: str, rubric: str | None
):
    """The pull request hires two ML people and, in the same change, turns TA001 off, sets `fail-on: never` or
    names a lax rubric of its own: the check and the diff passed, with only a note in the summary."""
    (pr_repo / ".teamaudit.yaml").write_text(config)
    if rubric is not None:
        (pr_repo / "lax.yaml").write_text(rubric)
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "loosen the gate")
    own = run_action(pr_repo, tmp_path, inputs={"trusted-config": "false"})
    assert own.outputs["check"]["verdict"] == "pass" and own.ran[-1] == ("Fail by exit code", 0)
    run = run_action(pr_repo, tmp_path)
    assert run.outputs["check"]["verdict"] == "fail" and verdict_and_code(run.outputs["diff"])["verdict"] == "fail"
    assert run.ran[-1] == ("Fail by exit code", 1)
    assert "so the edit takes effect once merged" in run.summary


@pytest.mark.process
def test_pull_request_target_judges_the_pull_request_by_the_base_branch_s_gate(pr_repo: Path, tmp_path: Path):
    """pull_request_target runs the base branch's workflow, here on the pull request's checkout: the action ran
    neither --config-from nor the diff there, so a pull request that turned TA001 off passed with its two ML hires."""
    (pr_repo / ".teamaudit.yaml").write_text("rules: {TA001: off}\n")
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "two ML hires, and TA001 off")
    base = git(pr_repo, "rev-parse", "origin/main").strip()
    run = run_action(pr_repo, tmp_path, event="pull_request_target", event_commit=base)
    assert [name for name, _ in run.ran][:3] == [
        "Fetch the base branch",
        "teamaudit check",
        "teamaudit diff against the base branch",
    ]
    assert verdict_and_code(run.outputs["check"]) == {"verdict": "fail", "code": "1"}
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "fail", "code": "1"}
    assert run.ran[-1] == ("Fail by exit code", 1)
    assert "judged by the files committed at" in run.summary


@pytest.mark.process
def test_pull_request_target_on_the_base_branch_s_checkout_is_an_error(pr_repo: Path, tmp_path: Path):
    """pull_request_target checks out the base branch unless the workflow says otherwise: the action audited the
    base's own team file and passed a pull request it never read."""
    base = git(pr_repo, "rev-parse", "origin/main").strip()
    git(pr_repo, "checkout", "-q", "--detach", base)
    run = run_action(pr_repo, tmp_path, event="pull_request_target", event_commit=base)
    assert run.outputs["check"]["verdict"] == "error" and run.ran[-1] == ("Fail by exit code", 2)
    assert "::error title=teamaudit::pull_request_target checked out the base branch" in run.log
    assert "refs/pull/<number>/merge" in run.log and "audited nothing" in run.summary


@pytest.mark.process
@pytest.mark.parametrize("shallow", [False, True])
def test_pull_request_target_on_the_branch_alone_compares_with_where_it_started(
    pr_repo: Path, tmp_path: Path, shallow: bool
):
    """A pull_request_target workflow that checks out `github.event.pull_request.head.sha` has the branch alone: the
    diff compared it with the base branch's tip, so two layer hires merged into main after the branch started read
    as removed by the pull request. It compares with the merge base, fetched as deep as it takes (fetch-depth 1)."""
    main_moves_on(tmp_path / "origin")
    git(pr_repo, "push", "-q", "origin", "hire-ml")
    head = git(pr_repo, "rev-parse", "HEAD").strip()
    assert_only_the_branch_s_hires(run_on_the_branch_alone(pr_repo, tmp_path, shallow, head))


def main_moves_on(origin: Path) -> None:
    """Two layer hires merged into origin's main after the branch started, and three more commits."""
    (origin / "team.yaml").write_text(TWO_LAYERS)
    git(origin, "commit", "-qam", "two layer hires, merged after the branch started")
    for n in range(3):  # main moves on by more than one commit
        (origin / f"note{n}.txt").write_text(str(n))
        git(origin, "add", ".")
        git(origin, "commit", "-qm", f"note {n}")


def run_on_the_branch_alone(pr_repo: Path, tmp_path: Path, shallow: bool, head_sha: str) -> ActionRun:
    """The action on `pull_request_target` with the branch `hire-ml` checked out alone, as pushed to origin: the
    clone itself, or (`shallow`) one commit of it as actions/checkout leaves it; `head_sha` is the event's."""
    origin, work = tmp_path / "origin", pr_repo
    if shallow:
        work = tmp_path / "shallow"
        git(tmp_path, "clone", "-q", "--depth=1", "--no-tags", "-b", "hire-ml", f"file://{origin}", str(work))
    tip = git(origin, "rev-parse", "main").strip()
    return run_action(work, tmp_path, event="pull_request_target", event_commit=tip, head_sha=head_sha)


def assert_only_the_branch_s_hires(run: ActionRun) -> None:
    """The diff fails on the pull request's own ML hires, and lists none of main's layer hires as removed."""
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "fail", "code": "1"}, run.log + run.summary
    assert "Ivo Stark" in run.summary
    assert "Kim Cole" not in run.summary and "Lou Diaz" not in run.summary, run.summary


@pytest.mark.process
@pytest.mark.parametrize("shallow", [False, True])
def test_the_branch_alone_after_another_push_compares_with_where_it_started(
    pr_repo: Path, tmp_path: Path, shallow: bool
):
    """The event's head.sha is the commit the workflow was started for; a checkout of refs/pull/N/head after another
    push holds a later one. The merge base was used only when HEAD was head.sha exactly, so there the diff compared
    with main's tip, and main's two layer hires read as removed by the pull request."""
    main_moves_on(tmp_path / "origin")
    git(pr_repo, "push", "-q", "origin", "hire-ml")
    started_for = git(pr_repo, "rev-parse", "HEAD").strip()
    (pr_repo / "notes.txt").write_text("another push\n")
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "another push")
    git(pr_repo, "push", "-q", "origin", "hire-ml")
    assert_only_the_branch_s_hires(run_on_the_branch_alone(pr_repo, tmp_path, shallow, started_for))


@pytest.mark.process
def test_the_merge_checkout_is_compared_with_the_tip_it_merged(pr_repo: Path, tmp_path: Path):
    """refs/pull/N/merge holds the base branch's tip as a parent: that tip is the base, found with no history fetched.
    When main moves on after GitHub made the merge, the tip fetched is not the merge's parent: compared with it,
    main's two layer hires since read as removed by the pull request; the merge's own parent is the base."""
    merged_tip = merge_checkout(pr_repo)
    run = run_action(pr_repo, tmp_path)
    assert run.outputs["base"]["since"] == run.outputs["base"]["commit"] == merged_tip
    main_moves_on(tmp_path / "origin")
    run = run_action(pr_repo, tmp_path)
    assert run.outputs["base"]["since"] == merged_tip != run.outputs["base"]["commit"], run.log
    assert_only_the_branch_s_hires(run)


def run_with_a_failing_deepen(pr_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stderr: str) -> ActionRun:
    """The action on a shallow checkout of the branch alone, main moved on, with every `git fetch --deepen` failing
    after the shell command `stderr` wrote git's message, as a runner runs it (a UTF-8 locale)."""
    origin = tmp_path / "origin"
    main_moves_on(origin)
    git(pr_repo, "push", "-q", "origin", "hire-ml")
    head = git(pr_repo, "rev-parse", "HEAD").strip()
    work = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth=1", "--no-tags", "-b", "hire-ml", f"file://{origin}", str(work))
    git_shim(tmp_path, monkeypatch, f'case " $* " in *" --deepen="*)\n  {{ {stderr}; }} >&2; exit 128 ;;\nesac')
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # GitHub's runners: LANG=C.UTF-8
    tip = git(origin, "rev-parse", "main").strip()
    return run_action(work, tmp_path, event="pull_request_target", event_commit=tip, head_sha=head)


def git_shim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, before: str) -> None:
    """A `git` first on PATH that runs the shell lines `before`, then the real git with its arguments."""
    shim = tmp_path / "bin" / "git"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\n{before}\nexec {shutil.which("git")} "$@"\n')
    shim.chmod(0o755)
    monkeypatch.setenv("PATH", f"{shim.parent}{os.pathsep}{os.environ['PATH']}")


@pytest.mark.process
def test_a_failed_fetch_of_the_branch_s_history_says_why(
    pr_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A shallow checkout of the branch alone is deepened to find where it started: git fetch's message went to
    /dev/null, so an authentication failure read as "shares no commit with the base branch". Git's message is the
    remote's to write: it is shown clipped, on the one annotation line, with no escape sequence."""
    stderr = (
        "printf \"fatal: Authentication failed for 'https://example.com/o/r/'\\n::error::forged\\033[31m\"; "
        "head -c 1000000 /dev/zero | tr '\\0' x"
    )
    run = run_with_a_failing_deepen(pr_repo, tmp_path, monkeypatch, stderr)
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "error", "code": "2"}, run.log + run.summary
    errors = [line for line in run.log.splitlines() if line.startswith("::error title=teamaudit diff::")]
    assert len(errors) == 1 and errors[0].startswith("::error title=teamaudit diff::Cannot fetch the history"), errors
    assert not any(line.startswith("::error::") for line in run.log.splitlines())
    assert "Authentication failed for 'https://example.com/o/r/'%0A::error::forged[31m" in errors[0]
    assert "shares no commit" not in run.log and "\x1b" not in run.log and len(errors[0]) < 1500
    assert "Cannot fetch the branch's history from origin (the log says why)" in run.summary


@pytest.mark.process
def test_a_message_of_many_control_characters_is_clipped_before_it_is_cleaned(
    pr_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Bash's ${m//pattern/} takes time that grows with the square of the matches in a UTF-8 locale: the control
    characters were dropped from the whole message before it was clipped: 40,000 ESCs took 14 s, 200,000 107 s, and
    these 300,000 held the step past the test's 120 s. Clipped first, the step ends at once."""
    run = run_with_a_failing_deepen(
        pr_repo, tmp_path, monkeypatch, "printf 'fatal: no'; head -c 300000 /dev/zero | tr '\\0' '\\033'"
    )
    errors = [line for line in run.log.splitlines() if line.startswith("::error title=teamaudit diff::")]
    assert len(errors) == 1 and errors[0].endswith(": fatal: no..."), errors
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "error", "code": "2"}


@pytest.mark.process
def test_a_branch_alone_started_before_the_team_file_says_where_it_looked(tmp_path: Path):
    """On the branch alone (ref: head.sha) the diff looks in the merge base: when main added the team file after the
    branch started, the summary said 'The base branch has no team.yaml', which holds one."""
    origin, work = tmp_path / "origin", tmp_path / "work"
    origin.mkdir()
    git(origin, "init", "-q", "-b", "main")
    (origin / "README.md").write_text("plans\n")
    git(origin, "add", ".")
    git(origin, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "start")
    started = git(origin, "rev-parse", "HEAD").strip()
    git(tmp_path, "clone", "-q", f"file://{origin}", str(work))
    git(work, "checkout", "-qb", "hire-ml")
    (work / "team.yaml").write_text(TWO_ML)
    git(work, "add", ".")
    git(work, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "a team file, two ML hires")
    git(work, "push", "-q", "origin", "hire-ml")  # origin holds the head commit, as GitHub's refs/pull/N/head
    (origin / "team.yaml").write_text(BALANCED)
    git(origin, "add", ".")
    git(origin, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "main's team file")
    tip, head = git(origin, "rev-parse", "HEAD").strip(), git(work, "rev-parse", "HEAD").strip()
    run = run_action(work, tmp_path, event="pull_request_target", event_commit=tip, head_sha=head)
    assert f"The commit the branch started from ({started}) has no team.yaml: nothing to compare." in run.summary
    assert "The base branch has no team.yaml" not in run.summary, run.summary


@pytest.mark.process
def test_a_branch_alone_that_shares_no_commit_with_the_base_is_an_error(pr_repo: Path, tmp_path: Path):
    """A head commit with no history in common with the base branch has no merge base: comparing it with the base
    branch's tip would list everything the base holds as undone by it; the diff is an error instead, never a pass."""
    git(pr_repo, "checkout", "-q", "--orphan", "unrelated")
    (pr_repo / "team.yaml").write_text(TWO_LAYERS)
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "a history of its own")
    git(pr_repo, "push", "-q", "origin", "unrelated")  # origin holds the head commit, as GitHub's refs/pull/N/head
    head = git(pr_repo, "rev-parse", "HEAD").strip()
    tip = git(pr_repo, "rev-parse", "origin/main").strip()
    run = run_action(pr_repo, tmp_path, event="pull_request_target", event_commit=tip, head_sha=head)
    assert verdict_and_code(run.outputs["diff"]) == {"verdict": "error", "code": "2"}, run.log + run.summary
    assert "::error title=teamaudit diff::The pull request's branch (" + head + ") shares no commit" in run.log
    assert run.ran[-1] == ("Fail by exit code", 2)
    quiet = run_action(
        pr_repo, tmp_path, event="pull_request_target", event_commit=tip, inputs={"diff": "false"}, head_sha=head
    )  # no diff to run: nothing to say of where the branch started
    assert "shares no commit" not in quiet.log and quiet.ran[-1] == ("Fail by exit code", 0), quiet.log


@pytest.mark.process
@pytest.mark.parametrize(
    ("diff", "checkout", "expected"),
    [
        ("false", "merge", ["fetch", "rev-parse"]),
        ("false", "branch", ["fetch", "rev-parse"]),
        ("true", "merge", ["fetch", "rev-parse", "cat-file"]),
    ],
)
def test_the_base_step_runs_only_the_git_its_diff_needs(
    pr_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, diff: str, checkout: str, expected: list[str]
):
    """With `diff: false` the base step is there for the gate's commit alone (--config-from), and read HEAD and its
    parents all the same: 4 git processes where 2 are needed. On the merge checkout HEAD's id is not needed either."""
    main_moves_on(tmp_path / "origin")  # the branch's parent is no longer the tip: alone, it needs the merge base
    if checkout == "merge":
        merge_checkout(pr_repo)
    log = tmp_path / "git.log"
    git_shim(tmp_path, monkeypatch, f'echo "$TEST_STEP $1" >> {log}')
    run = run_action(pr_repo, tmp_path, inputs={"diff": diff})
    ran = [line.split()[1] for line in log.read_text().splitlines() if line.startswith("base ")]
    assert ran == expected, ran
    assert run.outputs["base"]["commit"] and run.outputs["check"]["code"] == "1"  # judged by the base's gate


@pytest.mark.process
def test_a_push_runs_neither_the_base_fetch_nor_the_diff(pr_repo: Path, tmp_path: Path):
    run = run_action(pr_repo, tmp_path, event="push", event_commit=git(pr_repo, "rev-parse", "HEAD").strip())
    assert [name for name, _ in run.ran] == ["teamaudit check", "Fail by exit code"]
    assert "diff" not in run.outputs


@pytest.mark.process
def test_the_install_step_runs_pip_not_a_pip_the_pull_request_commits(pr_repo: Path, tmp_path: Path):
    """`python -m pip` puts the working folder, the pull request's checkout, first on Python's path: a committed
    `pip/__main__.py` ran in pip's place, in the job, before teamaudit was installed."""
    (pr_repo / "pip").mkdir()
    (pr_repo / "pip" / "__init__.py").write_text("")
    (pr_repo / "pip" / "__main__.py").write_text("print('the pull request ran here')\n")
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    install = next(step for step in action["runs"]["steps"] if step.get("name") == "Install teamaudit")
    script = install["run"].replace("--quiet", "--quiet --dry-run --no-deps --no-build-isolation")
    result = bash(script, pr_repo, {"ACTION_PATH": str(tmp_path / "no-such-folder")}, GITHUB_BASH)
    assert "the pull request ran here" not in result.stdout + result.stderr


def test_a_gate_that_is_neither_check_nor_diff_is_an_error(pr_repo: Path, tmp_path: Path):
    run = run_action(pr_repo, tmp_path, inputs={"gate": "dif"})
    assert run.ran[-1] == ("Fail by exit code", 2)
    assert "::error title=teamaudit::The gate input must be check or diff." in run.log


def _blocks(language: str) -> list[str]:
    doc = (ROOT / "docs" / "ci.md").read_text()
    return re.findall(rf"```{language}\n(.*?)```", doc, flags=re.S)


def gitlab_env(origin: Path, target: str = "main", base: str | None = None) -> dict[str, str]:
    """The variables GitLab sets in a merge-request pipeline that the recipe reads: the target project's URL, which
    the recipe completes with `.git` as GitLab's clone URLs are written (a link `origin.git` to the repository
    here), the target branch, and the base of the merge request's diff when given."""
    link = origin.parent / f"{origin.name}.git"
    if not link.exists():
        link.symlink_to(origin)
    env = {"CI_MERGE_REQUEST_PROJECT_URL": f"file://{origin}", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": target}
    return env | ({"CI_MERGE_REQUEST_DIFF_BASE_SHA": base} if base else {})


def gitlab_recipe() -> dict[str, Any]:
    """docs/ci.md's .gitlab-ci.yml, its jobs by name."""
    return next(yaml.safe_load(b) for b in _blocks("yaml") if "teamaudit-diff:" in b)


def gitlab_script(job: str) -> str:
    """The script of a job of docs/ci.md's .gitlab-ci.yml, a command a line, without its `pip install`."""
    return "\n".join(line for line in gitlab_recipe()[job]["script"] if not line.startswith("pip "))


@pytest.mark.process
def test_gitlab_recipe_runs(pr_repo: Path):
    env = gitlab_env(pr_repo.parent / "origin")
    check = gitlab_script("teamaudit")
    result = bash(check, pr_repo, env)
    report = pr_repo / gitlab_recipe()["teamaudit"]["artifacts"]["reports"]["junit"]
    assert result.returncode == 1 and report.is_file()  # TWO_ML over-indexes the plan: the job fails
    assert "<testsuites" in report.read_text()
    diff = gitlab_script("teamaudit-diff")
    result = bash(diff, pr_repo, env)
    assert result.returncode == 1 and "\nFAIL " in result.stdout  # text in the job log; the markdown is a file


@pytest.mark.process
def test_the_gitlab_diff_compares_with_where_the_branch_started(pr_repo: Path, tmp_path: Path):
    """The recipe compared with the target branch's tip: two layer hires merged into main after the merge request
    branched off were listed as people it removed, and counted against it."""
    origin = tmp_path / "origin"
    (origin / "team.yaml").write_text(TWO_LAYERS)
    git(origin, "commit", "-qam", "two layer hires, merged after the branch started")
    diff = gitlab_script("teamaudit-diff")
    result = bash(diff, pr_repo, gitlab_env(origin))
    assert result.returncode == 1 and "Ivo Stark" in result.stdout, result.stderr  # this branch's ML hires
    assert "Kim Cole" not in result.stdout and "Lou Diaz" not in result.stdout, result.stdout


@pytest.mark.process
def test_the_gitlab_diff_of_a_merged_results_pipeline_compares_with_the_target_it_merged(pr_repo: Path, tmp_path: Path):
    """A merged results pipeline checks out the merge of the source branch into the target's tip, and GitLab sets
    CI_MERGE_REQUEST_TARGET_BRANCH_SHA to that tip. Compared with the merge base (CI_MERGE_REQUEST_DIFF_BASE_SHA),
    the two layer hires merged into main after the branch started were listed as added by the merge request."""
    origin = tmp_path / "origin"
    started = git(origin, "rev-parse", "main").strip()
    main_moves_on(origin)
    git(pr_repo, "fetch", "-q", "origin", "main")
    tip = git(pr_repo, "rev-parse", "FETCH_HEAD").strip()
    subprocess.run(["git", "merge", "-q", "--no-commit", tip], cwd=pr_repo, capture_output=True)  # team.yaml conflicts
    (pr_repo / "team.yaml").write_text(TWO_LAYERS + TWO_ML.removeprefix(BALANCED))
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "merged result")
    git(pr_repo, "checkout", "-q", "--detach")
    env = gitlab_env(origin, base=started) | {"CI_MERGE_REQUEST_TARGET_BRANCH_SHA": tip}
    result = bash(gitlab_script("teamaudit-diff"), pr_repo, env, GITLAB_BASH)
    assert "Ivo Stark" in result.stdout, result.stderr  # this merge request's ML hires
    assert "Kim Cole" not in result.stdout and "Lou Diaz" not in result.stdout, result.stdout


@pytest.mark.process
@pytest.mark.parametrize("diff_base_given", [True, False])
def test_the_gitlab_diff_of_a_merge_request_from_a_fork(tmp_path: Path, diff_base_given: bool):
    """A fork made of the default branch only, and a merge request into upstream's `plans`: the fork's clone has no
    `plans`, so `git fetch origin plans` failed and the diff never ran. Two layer hires merged into `plans` after the
    branch started are not this merge request's doing."""
    seed, upstream, fork = tmp_path / "seed", tmp_path / "upstream", tmp_path / "fork"
    seed.mkdir()
    git(seed, "init", "-q", "-b", "main")
    (seed / "team.yaml").write_text(BALANCED)
    git(seed, "add", ".")
    git(seed, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "team")
    started = git(seed, "rev-parse", "HEAD").strip()
    git(seed, "branch", "plans")
    git(tmp_path, "clone", "-q", "--bare", str(seed), str(upstream))
    git(tmp_path, "clone", "-q", "--bare", "--single-branch", "-b", "main", str(upstream), str(fork))
    work = tmp_path / "work"
    git(tmp_path, "clone", "-q", f"file://{fork}", str(work))
    git(work, "checkout", "-qb", "hire-ml")
    (work / "team.yaml").write_text(TWO_ML)
    git(work, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "two ML hires")
    git(seed, "checkout", "-q", "plans")
    (seed / "team.yaml").write_text(TWO_LAYERS)
    git(seed, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "two layer hires")
    git(seed, "push", "-q", str(upstream), "plans")
    diff = gitlab_script("teamaudit-diff")
    env = gitlab_env(upstream, "plans", started if diff_base_given else None)
    result = bash(diff, work, env)
    assert result.returncode == 1 and "Ivo Stark" in result.stdout, result.stderr
    assert "Kim Cole" not in result.stdout and "Lou Diaz" not in result.stdout, result.stdout


@pytest.mark.process
def test_the_gitlab_jobs_judge_a_merge_request_by_the_target_branch_s_gate(pr_repo: Path):
    """The merge request turns TA001 off in `.teamaudit.yaml` and adds two more ML hires: both jobs judged it by its
    own config and passed. They read the target branch's, and fail; on a branch pipeline the check reads its own."""
    (pr_repo / ".teamaudit.yaml").write_text("rules: {TA001: off}\n")
    (pr_repo / "team.yaml").write_text(TWO_ML + ONE_MORE_ML)
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "TA001 off, and one more ML hire")
    env = gitlab_env(pr_repo.parent / "origin")
    for job in ("teamaudit", "teamaudit-diff"):
        result = bash(gitlab_script(job), pr_repo, env)
        assert result.returncode == 1, (job, result.stdout[-2000:], result.stderr[-2000:])
    check = gitlab_script("teamaudit")
    assert bash(check, pr_repo, {}).returncode == 0  # a branch pipeline: the branch's own gate


@pytest.mark.process
def test_the_gitlab_check_fails_when_the_target_branch_cannot_be_fetched(pr_repo: Path):
    """The recipe fetched the target branch with `git fetch ... && judge=(--config-from FETCH_HEAD)`: a command before
    `&&` is one `set -e` does not stop on, so a fetch that failed (a target branch deleted, a project URL it cannot
    read) left the judge empty and the check read the merge request's own config, which turned TA001 off: it passed."""
    (pr_repo / ".teamaudit.yaml").write_text("rules: {TA001: off}\n")
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "TA001 off")
    env = gitlab_env(pr_repo.parent / "origin", target="gone")  # no such branch at the target project
    check = gitlab_script("teamaudit")
    result = bash(check, pr_repo, env, GITLAB_BASH)
    assert result.returncode != 0, (result.stdout[-2000:], result.stderr[-2000:])
    assert not (pr_repo / gitlab_recipe()["teamaudit"]["artifacts"]["reports"]["junit"]).exists()  # judged by nothing


def test_the_documented_workflow_audits_a_pull_request_that_changes_only_the_rubric():
    """The workflow's `paths: ["team.yaml", ".teamaudit.yaml"]` left out the rubric the config names: a pull
    request that raised its ml_ratio, or read ML titles as clinical, ran no audit at all."""
    block = next(b for b in _blocks("yaml") if "# .github/workflows/teamaudit.yml" in b)
    workflow = yaml.safe_load(block)
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true; GitHub reads it as `on`
    changed = "rubrics/ours.yaml"
    filters = (triggers["pull_request"] or {}).get("paths")
    assert filters is None or any(fnmatch.fnmatch(changed, pattern) for pattern in filters), filters
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    step = next(s for s in workflow["jobs"]["audit"]["steps"] if s["uses"].startswith("teamaudit/teamaudit@"))
    assert set(step["with"]) <= set(action["inputs"])


def plain_steps(repo: Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    """The exit code and the job summary of the plain steps docs/ci.md gives for a workflow without the action, run
    in `repo` as GitHub runs a `run:` step (`bash -e`); the SARIF is asserted written whatever the verdict."""
    steps = next(b for b in _blocks("sh") if "teamaudit check team.yaml" in b and "--format github" in b)
    script = "\n".join(line for line in steps.splitlines() if not line.startswith("pip "))
    runner_temp, summary = repo.parent / "runner-temp", repo.parent / "summary.md"
    runner_temp.mkdir(exist_ok=True)
    summary.write_text("")
    values = {"RUNNER_TEMP": str(runner_temp), "GITHUB_STEP_SUMMARY": str(summary), **(env or {})}
    result = bash(script, repo, values, GITHUB_BASH)
    if result.returncode in (0, 1):
        assert (runner_temp / "teamaudit.sarif").is_file(), result.stdout  # outside the checkout, for the upload
    return result.returncode, summary.read_text()


def github_checkout(origin: Path, ref: str, where: Path) -> Path:
    """What actions/checkout leaves for `ref`: one commit fetched (fetch-depth: 1), FETCH_HEAD that commit."""
    where.mkdir()
    git(where, "init", "-q")
    git(where, "remote", "add", "origin", f"file://{origin}")
    git(where, "fetch", "-q", "--no-tags", "--depth=1", "origin", f"+{ref}:refs/remotes/checkout")
    git(where, "checkout", "-q", "--detach", "refs/remotes/checkout")
    return where


@pytest.mark.process
def test_plain_github_steps_run(pr_repo: Path):
    code, summary = plain_steps(pr_repo)
    assert code == 1 and "## teamaudit diff: ❌ FAIL" in summary  # TWO_ML over-indexes the plan
    sarif = pr_repo.parent / "runner-temp" / "teamaudit.sarif"
    sarif.unlink()
    sarif.mkdir()  # a report that cannot be written is the worst code, though the checks after it say 1
    assert plain_steps(pr_repo)[0] == 2


@pytest.mark.process
def test_plain_github_steps_judge_by_the_base_branch_s_gate(pr_repo: Path, tmp_path: Path):
    """Without --config-from, a pull request that turned TA001 off passed every plain step with its ML hires. Run
    as the one `run:` step they are, a command a line, the first failing check stopped the step: the SARIF was never
    written for the upload, and the diff never ran."""
    (pr_repo / ".teamaudit.yaml").write_text("rules: {TA001: off}\n")
    git(pr_repo, "add", ".")
    git(pr_repo, "commit", "-qm", "TA001 off")
    merge_checkout(pr_repo)
    checkout = github_checkout(tmp_path / "origin", "refs/pull/1/merge", tmp_path / "checkout")
    code, summary = plain_steps(checkout, {"GITHUB_BASE_REF": "main"})
    assert code == 1 and "## teamaudit diff: ❌ FAIL" in summary, summary
    sarif = json.loads((tmp_path / "runner-temp" / "teamaudit.sarif").read_text())
    assert any(r["ruleId"] == "TA001" and r["level"] == "error" for r in sarif["runs"][0]["results"])
    # A base that cannot be fetched is no gate at all: an error, never a pass.
    code, _ = plain_steps(checkout, {"GITHUB_BASE_REF": "gone"})
    assert code not in (0, 1)


@pytest.mark.process
def test_pre_commit_hook(pr_repo: Path):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "teamaudit")
    pattern = re.compile(hook["files"])
    assert pattern.search("team.yaml") and pattern.search("org/headcount-2027.yml")
    assert not pattern.search("src/config.yaml")
    excluded = re.compile(hook["exclude"])  # the workflow docs/ci.md has you write is named teamaudit.yml
    for path in (".github/workflows/teamaudit.yml", ".teamaudit.yaml", "ci/teamaudit.yaml"):
        assert pattern.search(path) is None or excluded.search(path), path
    assert not excluded.search("team.yaml") and not excluded.search("people/team-2027.yaml")
    (pr_repo / "balanced-team.yaml").write_text(BALANCED)
    result = bash(f"{hook['entry']} team.yaml balanced-team.yaml", pr_repo, {})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("team.yaml: FAIL ML research 6.0 FTE")
    assert lines[1].startswith("team.yaml:11: error TA001 ml-over-index:")  # the open ML requisition to convert
    assert any(line.startswith("balanced-team.yaml: PASS") for line in lines)


def test_pre_commit_bad_file_exits_2(tmp_path: Path):
    bad = tmp_path / "team.yaml"
    bad.write_text("people: 3\n")
    result = run_cli("pre-commit", bad)
    assert result.code == 2 and "'people' must be a list" in result.stderr


def test_pre_commit_given_the_config_reads_it_as_one(tmp_path: Path):
    """A broad `files:` pattern hands the hook .teamaudit.yaml: it is read as the config it is."""
    (tmp_path / ".teamaudit.yaml").write_text("fail-on: warning\n")
    (tmp_path / "team.yaml").write_text(BALANCED)
    result = run_cli("pre-commit", ".teamaudit.yaml", "team.yaml", cwd=tmp_path)
    assert result.stderr == "" and result.stdout.splitlines()[0] == (
        ".teamaudit.yaml: a teamaudit config, not a team file: it reads as one, with the rubric it names"
    )
    assert result.stdout.splitlines()[1].startswith("team.yaml: FAIL")  # the team file is still checked


def test_docs_suppression_example_is_valid(tmp_path: Path):
    block = next(b for b in _blocks("yaml") if "ignore:" in b)
    (tmp_path / ".teamaudit.yaml").write_text(block)
    (tmp_path / "team.yaml").write_text("people:\n  - {name: A, title: Registered Nurse}\n")
    assert run_cli("config", "team.yaml", cwd=tmp_path).code == 0


def test_the_action_leaves_fail_on_to_the_config_unless_given(tmp_path: Path):
    """The input defaulted to `error` and went out as TEAMAUDIT_FAIL_ON, which beats the config file: a
    repository's `fail-on: warning` was silently ignored under the action."""
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    default = str(action["inputs"]["fail-on"].get("default", ""))
    assert default == ""
    (tmp_path / "team.yaml").write_text("people:\n  - {name: A, title: Registered Nurse}\n")  # warnings only
    (tmp_path / ".teamaudit.yaml").write_text("fail-on: warning\n")
    result = run_cli("check", "team.yaml", cwd=tmp_path, env={"TEAMAUDIT_FAIL_ON": default})
    assert result.code == 1, result.stdout


def test_the_action_installs_only_its_own_copy():
    """A `version` input installed "teamaudit" from PyPI, where it is not published: the step failed, and anyone
    who registered the name would have run code in every pipeline that set it. The action's ref is the version."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert "version" not in action["inputs"]
    install = next(step for step in action["runs"]["steps"] if step.get("name") == "Install teamaudit")
    assert install["run"].strip() == 'python -I -m pip install --quiet "$ACTION_PATH"'
    assert install["env"] == {"ACTION_PATH": "${{ github.action_path }}"}
    for output in action["outputs"].values():
        assert "error" in output["description"]


@pytest.mark.parametrize(
    ("event", "head_repo", "actor", "tolerated"),
    [
        ("pull_request", "someone/fork", "someone", True),  # the token is capped at security-events: read
        ("pull_request", "teamaudit/team", "maintainer", False),
        ("push", "", "dependabot[bot]", True),  # Dependabot's runs get a read-only token too
        ("push", "", "maintainer", False),
        ("pull_request_target", "someone/fork", "someone", False),  # the base's workflow, a token that writes
    ],
)
def test_a_sarif_upload_the_token_cannot_make_does_not_turn_the_job_red(event, head_repo, actor, tolerated):
    """A pull request from a fork runs with a token capped at `security-events: read`; the upload refused there made
    the job red whatever the verdict (and skipped the gate's step). It may fail only there, and the gate is after it."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    steps = action["runs"]["steps"]
    upload = next(i for i, step in enumerate(steps) if "upload-sarif" in step.get("uses", ""))
    values = {
        "github.event_name": event,
        "github.event.pull_request.head.repo.full_name": head_repo,
        "github.repository": "teamaudit/team",
        "github.actor": actor,
    }
    tolerance = steps[upload].get("continue-on-error")
    assert tolerance is not None, "a refused upload fails the job on every event"
    assert condition(str(tolerance), values) is tolerated
    gate = steps[upload + 1]
    assert gate["name"] == "Fail by exit code" and "if" not in gate
    assert all("continue-on-error" not in step for i, step in enumerate(steps) if i != upload)
