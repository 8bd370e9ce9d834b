"""action.yml and every workflow and pipeline docs/ci.md gives are what GitHub and GitLab accept, checked offline.

No test here runs GitHub or GitLab (tests/test_ci_recipes.py runs the recipes' commands in a local simulation). What
can be checked without them is the files' shape against the schemas the forges' own editors validate with:
check-jsonschema (PyPI) vendors SchemaStore's github-workflows and github-actions schemas and GitLab's own
gitlab-ci schema, and its custom github-workflows-require-timeout schema asks each job for `timeout-minutes`, as a
job left to GitHub's default runs 360 minutes before it is cancelled (docs.github.com, "Workflow syntax for GitHub
Actions", jobs.<job_id>.timeout-minutes). The hook this repository publishes
(`.pre-commit-hooks.yaml`) and the config docs/ci.md gives for it are checked against the keys pre-commit reads
(below), not by pre-commit's own `validate-manifest`, which passes a misspelt key with a warning and exit 0 and cost
ten packages to install. Without check-jsonschema those tests are skipped, saying so; the others need nothing.
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
# The keys of a hook and their types, as pre-commit 4.7.0 reads them (pre_commit/clientlib.py: MANIFEST_HOOK_DICT; a
# config's hook may set each, only `id` required), the top-level keys of a config and of a repo in it, and its
# languages (pre_commit/all_languages.py).
_HOOK_KEYS: dict[str, type] = {
    **dict.fromkeys(["id", "name", "entry", "language", "alias", "files", "exclude", "description"], str),
    **dict.fromkeys(["language_version", "log_file", "minimum_pre_commit_version"], str),
    **dict.fromkeys(["types", "types_or", "exclude_types", "additional_dependencies", "args", "stages"], list),
    **dict.fromkeys(["always_run", "fail_fast", "pass_filenames", "require_serial", "verbose"], bool),
}
_CONFIG_KEYS = {"repos", "default_install_hook_types", "default_language_version", "default_stages", "files"}
_CONFIG_KEYS |= {"exclude", "fail_fast", "minimum_pre_commit_version", "ci"}
_LANGUAGES = {"conda", "coursier", "dart", "docker", "docker_image", "dotnet", "fail", "golang", "haskell", "julia"}
_LANGUAGES |= {
    "lua",
    "node",
    "perl",
    "pygrep",
    "python",
    "r",
    "ruby",
    "rust",
    "swift",
    "unsupported",
    "unsupported_script",
}
_LANGUAGES |= {"system", "script"}  # the old names of the last two, which pre-commit still takes


def _hook_problems(hook: dict[str, object], required: set[str]) -> list[str]:
    """What pre-commit would refuse in `hook`, and every key it would skip unread (a misspelling)."""
    problems = [f"{key}: missing" for key in sorted(required - hook.keys())]
    problems += [f"{key}: a key pre-commit does not read" for key in sorted(hook.keys() - _HOOK_KEYS.keys())]
    for key in sorted(hook.keys() & _HOOK_KEYS.keys()):
        if not isinstance(hook[key], _HOOK_KEYS[key]):
            problems.append(f"{key}: not a {_HOOK_KEYS[key].__name__}")
    if "language" in hook and hook["language"] not in _LANGUAGES:
        problems.append(f"language: {hook['language']} is no language of pre-commit's")
    for key in ("files", "exclude"):
        try:
            re.compile(str(hook.get(key, "")))
        except re.error as error:
            problems.append(f"{key}: {error}")
    return problems


def _manifest_problems(manifest: object) -> list[str]:
    assert isinstance(manifest, list) and manifest, "a manifest is a list of hooks"
    return [problem for hook in manifest for problem in _hook_problems(hook, {"id", "name", "entry", "language"})]


def _config_problems(config: dict[str, object]) -> list[str]:
    problems = [f"{key}: a key pre-commit does not read" for key in sorted(config.keys() - _CONFIG_KEYS)]
    for repo in config["repos"]:  # type: ignore[attr-defined]
        problems += [
            f"{key}: a repo key pre-commit does not read" for key in sorted(repo.keys() - {"repo", "rev", "hooks"})
        ]
        problems += [problem for hook in repo["hooks"] for problem in _hook_problems(hook, {"id"})]
    return problems


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


def test_the_published_hook_and_the_documented_hook_config_are_what_pre_commit_reads():
    assert _manifest_problems(yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))) == []
    assert _config_problems(yaml.safe_load(_hook_configs()[0])) == []


def test_the_hook_check_refuses_what_pre_commit_would_skip_or_refuse():
    """pre-commit 4.7.0's `validate-manifest` and `validate-config` passed the first two (exit 0, nothing said) and
    refused each of the rest (exit 1)."""
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    assert _manifest_problems([{**hook, "pass_filename": False}]) == ["pass_filename: a key pre-commit does not read"]
    config = {"repos": [{"repo": "x", "rev": "v1", "hooks": [{"id": "teamaudit", "file": "^team\\.yaml$"}]}]}
    assert _config_problems(config) == ["file: a key pre-commit does not read"]
    assert _manifest_problems([{k: v for k, v in hook.items() if k != "entry"}]) == ["entry: missing"]
    assert _manifest_problems([{**hook, "language": "python3"}]) == ["language: python3 is no language of pre-commit's"]
    assert _manifest_problems([{**hook, "pass_filenames": "yes", "files": "("}])[0] == "pass_filenames: not a bool"


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
