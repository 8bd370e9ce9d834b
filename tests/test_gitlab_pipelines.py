"""docs/ci.md's .gitlab-ci.yml as GitLab runs it: which pipelines a push makes and which jobs run in each, by the
recipe's `workflow:` and job `rules:`, then those jobs' scripts run in a clone with the variables of their pipeline."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from test_ci_recipes import GITLAB_BASH, ONE_MORE_ML, TWO_ML, bash, git, gitlab_env, gitlab_recipe, pr_repo

__all__ = ["pr_repo"]  # the fixture, used by name

MERGE_REQUEST = "group/plans!1"


def _atom(text: str, env: dict[str, str]) -> bool:
    """GitLab's reading: a variable that is not set is null, no text, so `$UNSET == ""` is false and `$UNSET != ""`
    true; `null` is what an unset variable equals."""
    compared = re.fullmatch(r'\$(\w+)\s*(==|!=)\s*(?:"([^"]*)"|(null))', text)
    if compared:
        name, operator, literal, null = compared.groups()
        return (env.get(name) == (None if null else literal)) == (operator == "==")
    alone = re.fullmatch(r"\$(\w+)", text)
    assert alone, f"an if: the test cannot read: {text}"
    return bool(env.get(alone.group(1)))  # a variable is true when it is set and not empty


def matches(expression: str, env: dict[str, str]) -> bool:
    """A rule's `if:` for the forms the recipe uses: $VAR, $VAR == "text", $VAR != "text" (or null), joined by && and
    ||, && first."""
    return any(all(_atom(atom.strip(), env) for atom in either.split("&&")) for either in expression.split("||"))


def allowed(rules: list[dict[str, Any]], env: dict[str, str]) -> bool:
    """The first rule whose `if:` matches decides (`when: never` refuses); none matching refuses."""
    for rule in rules:
        assert set(rule) <= {"if", "when"}, f"a rule the test cannot read: {rule}"  # changes:, exists: would match
        if "if" not in rule or matches(rule["if"], env):
            return rule.get("when", "on_success") != "never"
    return False


def jobs_run(recipe: dict[str, Any], env: dict[str, str]) -> list[str]:
    """The jobs a pipeline with these variables runs: none when `workflow: rules:` refuses the pipeline; a job without
    `rules:` or `only:` runs in branch and tag pipelines only (GitLab's default `only: [branches, tags]`)."""
    workflow = recipe.get("workflow", {}).get("rules")
    if workflow is not None and not allowed(workflow, env):
        return []
    jobs = {name: job for name, job in recipe.items() if isinstance(job, dict) and "script" in job}
    in_merge_request = env["CI_PIPELINE_SOURCE"] == "merge_request_event"
    return [
        name for name, job in jobs.items() if (allowed(job["rules"], env) if "rules" in job else not in_merge_request)
    ]


def pipelines_of_a_push(origin: Path, merge_request_open: bool) -> list[dict[str, str]]:
    """The variables of each pipeline GitLab considers for a push to `hire-ml`: the branch pipeline, and the merge
    request pipeline when a merge request from it is open."""
    branch = {"CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "hire-ml"}
    if not merge_request_open:
        return [branch]
    opened = {"CI_OPEN_MERGE_REQUESTS": MERGE_REQUEST}
    merge_request = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "1"}
    return [branch | opened, merge_request | opened | gitlab_env(origin)]


def raise_the_ratio_and_hire(repo: Path) -> None:
    """What the platform engineer's merge request did: 3 ML hires, and `ml-ratio: 3.0` in its own config."""
    (repo / ".teamaudit.yaml").write_text("thresholds:\n  ml-ratio: 3.0\n")
    (repo / "team.yaml").write_text(TWO_ML + ONE_MORE_ML)
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "3 ML hires, and a looser threshold")


def script(job: str) -> str:
    return "\n".join(line for line in gitlab_recipe()[job]["script"] if not line.startswith("pip "))


@pytest.mark.process
def test_a_push_with_a_merge_request_open_is_judged_by_the_target_branch_s_gate(pr_repo: Path):
    """The check had no `rules:`, so it ran only in the branch pipeline, with no merge request variables, and read
    the merge request's own `ml-ratio: 3.0`: `PASS`, exit 0. Every job any pipeline of the push runs fails it now."""
    raise_the_ratio_and_hire(pr_repo)
    recipe = gitlab_recipe()
    ran = []
    for env in pipelines_of_a_push(pr_repo.parent / "origin", merge_request_open=True):
        for job in jobs_run(recipe, env):
            result = bash(script(job), pr_repo, env, GITLAB_BASH)
            ran.append((job, env["CI_PIPELINE_SOURCE"], result.returncode))
    assert ("teamaudit", "merge_request_event", 1) in ran, ran
    assert ("teamaudit-diff", "merge_request_event", 1) in ran, ran
    assert all(code == 1 for _, _, code in ran), ran  # no pipeline beside it passes by the branch's own gate


def test_a_push_to_a_branch_without_a_merge_request_runs_the_check_alone():
    recipe = gitlab_recipe()
    (branch,) = pipelines_of_a_push(Path("/nowhere"), merge_request_open=False)
    assert jobs_run(recipe, branch) == ["teamaudit"]


@pytest.mark.process
def test_the_diff_job_logs_text_and_keeps_the_markdown_for_a_note(pr_repo: Path):
    """The diff job printed markdown into the job log: `**`, tables, escaped `FETCH\\_HEAD`."""
    env = gitlab_env(pr_repo.parent / "origin") | {"CI_PIPELINE_SOURCE": "merge_request_event"}
    result = bash(script("teamaudit-diff"), pr_repo, env, GITLAB_BASH)
    assert result.returncode == 1, result.stderr
    assert "FAIL" in result.stdout and "Ivo Stark" in result.stdout
    assert "**" not in result.stdout and "|---" not in result.stdout and "\\_" not in result.stdout, result.stdout
    artifact = gitlab_recipe()["teamaudit-diff"]["artifacts"]["paths"][0]
    assert (pr_repo / artifact).read_text().startswith("## teamaudit diff: ❌ FAIL")


def test_the_rules_are_read_as_gitlab_reads_an_unset_variable():
    """The simulation read an unset variable as "", so `$CI_COMMIT_TAG == ""` held in a branch pipeline, where GitLab
    finds it false (the variable is null), and `$CI_COMMIT_TAG != ""` false where GitLab finds it true."""
    branch = {"CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "hire-ml"}
    assert not matches('$CI_COMMIT_TAG == ""', branch) and matches('$CI_COMMIT_TAG != ""', branch)
    assert matches("$CI_COMMIT_TAG == null", branch) and not matches("$CI_COMMIT_BRANCH == null", branch)
    assert matches('$CI_COMMIT_BRANCH == "hire-ml" && $CI_PIPELINE_SOURCE == "push" || $UNSET', branch)
    assert not matches('$UNSET || $CI_COMMIT_BRANCH == "main" && $CI_PIPELINE_SOURCE == "push"', branch)
