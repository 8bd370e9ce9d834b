"""action.yml and every workflow and pipeline docs/ci.md gives are what GitHub and GitLab accept, checked offline.

No test here runs GitHub or GitLab (tests/test_ci_recipes.py runs the recipes' commands in a local simulation). What
can be checked without them is the files' shape against the schemas the forges' own editors validate with:
check-jsonschema (PyPI) vendors SchemaStore's github-workflows and github-actions schemas and GitLab's own
gitlab-ci schema, and its custom github-workflows-require-timeout schema asks each job for `timeout-minutes`, as a
job left to GitHub's default runs 360 minutes before it is cancelled (docs.github.com, "Workflow syntax for GitHub
Actions", jobs.<job_id>.timeout-minutes). pre-commit's own `validate-manifest` and `validate-config` check the hook
this repository publishes (`.pre-commit-hooks.yaml`) and the config docs/ci.md gives for it. Without
check-jsonschema or pre-commit those tests are skipped, saying so; the script-injection check needs nothing.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

NO_CHECKER = importlib.util.find_spec("check_jsonschema") is None
needs_checker = pytest.mark.skipif(NO_CHECKER, reason="check-jsonschema is not installed (pip install -e '.[test]')")
needs_pre_commit = pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed (pip install -e '.[test]')"
)


def _yaml_blocks() -> list[str]:
    return [
        block
        for doc in (ROOT / "docs" / "ci.md", ROOT / "README.md")
        for block in re.findall(r"```yaml\n(.*?)```", doc.read_text(encoding="utf-8"), flags=re.S)
    ]


def _workflows() -> list[str]:
    return [block for block in _yaml_blocks() if "runs-on:" in block]


def _pipelines() -> list[str]:
    return [block for block in _yaml_blocks() if "# .gitlab-ci.yml" in block]


def _hook_configs() -> list[str]:
    return [block for block in _yaml_blocks() if "# .pre-commit-config.yaml" in block]


def _validate(schema: str, text: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    instance = tmp_path / "instance.yaml"
    instance.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(instance)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_docs_hold_the_workflows_and_the_pipeline_checked_here():
    assert len(_workflows()) == 2 and len(_pipelines()) == 1 and len(_hook_configs()) == 1


@needs_checker
def test_action_yml_is_a_valid_action(tmp_path: Path):
    result = _validate("vendor.github-actions", (ROOT / "action.yml").read_text(encoding="utf-8"), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_checker
@pytest.mark.parametrize("schema", ["vendor.github-workflows", "custom.github-workflows-require-timeout"])
@pytest.mark.parametrize("index", range(2))
def test_each_documented_workflow_is_valid_and_bounded_in_time(tmp_path: Path, schema: str, index: int):
    """A job that hangs (a pip install waiting on a mirror) held a runner for GitHub's default 360 minutes."""
    result = _validate(schema, _workflows()[index], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_checker
def test_the_documented_gitlab_pipeline_is_valid(tmp_path: Path):
    result = _validate("vendor.gitlab-ci", _pipelines()[0], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_pre_commit
def test_the_published_hook_and_the_documented_hook_config_are_what_pre_commit_reads(tmp_path: Path):
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(_hook_configs()[0], encoding="utf-8")
    for command, file in (("validate-manifest", ROOT / ".pre-commit-hooks.yaml"), ("validate-config", config)):
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", command, str(file)], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stdout + result.stderr


def _scripts(steps: list[dict[str, object]]) -> list[str]:
    return [str(step["run"]) for step in steps if "run" in step]


def test_no_run_script_expands_an_expression_the_workflow_does_not_write():
    """`${{ inputs.x }}` or `${{ github.head_ref }}` inside `run:` is pasted into the script before bash reads it,
    so a branch name `x";curl ...;"` runs (GitHub's "Security hardening for GitHub Actions", script injection):
    every value reaches the scripts through `env:` instead."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    scripts = _scripts(action["runs"]["steps"])
    for block in _workflows():
        for job in yaml.safe_load(block)["jobs"].values():
            scripts += _scripts(job["steps"])
    assert scripts
    assert not [script for script in scripts if "${{" in script]
