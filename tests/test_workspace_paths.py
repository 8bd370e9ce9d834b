"""GitHub attaches annotations, and code scanning alerts, only to paths relative to the workspace: a config found
by walking up, a rubric the config names ('../rubrics/r.yaml') and a team file given by its absolute path were
annotated at '/tmp/.../repo/.teamaudit.yaml' or 'repo/../../r.yaml', which GitHub shows nowhere."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from conftest import EXAMPLES, run_cli
from teamaudit.render.workspace import workspace_path
from test_formats import SARIF_SCHEMA_PATHS

TEAM = (EXAMPLES / "backwards.yaml").read_text()
BAD_RUBRIC = "name: r\nversion: 1\n"  # line 2, column 10: version must be a string


def annotated_files(out: str) -> set[str]:
    return {line.split("file=", 1)[1].split(",", 1)[0] for line in out.splitlines() if "file=" in line}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "team.yaml").write_text(TEAM)
    return tmp_path / "repo"


@pytest.fixture
def sarif_schema():
    return json.loads(next(p for p in SARIF_SCHEMA_PATHS if p.is_file()).read_text())


@pytest.mark.parametrize("team", ["team.yaml", "ABSOLUTE"])
def test_a_bad_config_is_annotated_relative_to_the_workspace(repo: Path, team: str):
    (repo / ".teamaudit.yaml").write_text("fail-on: [x\n")
    result = run_cli("check", repo / "team.yaml" if team == "ABSOLUTE" else team, "--format", "github", cwd=repo)
    assert result.code == 2
    assert result.stdout.startswith(
        "::error file=.teamaudit.yaml,line=1,col=10,title=teamaudit cannot read this file::"
    )


def test_a_rubric_the_config_names_is_annotated_without_dot_segments(repo: Path):
    (repo / "ci").mkdir()
    (repo / "rubrics").mkdir()
    (repo / "rubrics" / "r.yaml").write_text(BAD_RUBRIC)
    (repo / "ci" / ".teamaudit.yaml").write_text("rubric: ../rubrics/r.yaml\n")
    result = run_cli("check", "team.yaml", "--config", repo / "ci" / ".teamaudit.yaml", "--format", "github", cwd=repo)
    assert result.code == 2 and annotated_files(result.stdout) == {"rubrics/r.yaml"}, result.stdout
    assert ",line=2,col=10," in result.stdout


def test_a_file_outside_the_workspace_keeps_a_normalised_absolute_path(repo: Path, tmp_path: Path):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "lookahead.yaml").write_text(BAD_RUBRIC)
    # the command line's, as a config may name only a rubric inside its repository
    result = run_cli("check", "team.yaml", "--format", "github", "--rubric", "../r/lookahead.yaml", cwd=repo)
    assert annotated_files(result.stdout) == {str((tmp_path / "r" / "lookahead.yaml").resolve())}, result.stdout


def test_github_workspace_is_the_root_when_set(repo: Path, tmp_path: Path):
    """A job can run teamaudit in a folder of the repository (`working-directory:`); GitHub still wants paths
    from the repository's root."""
    (repo / "hr").mkdir()
    (repo / "hr" / "team.yaml").write_text(TEAM)
    result = run_cli("check", "team.yaml", "--format", "github", cwd=repo / "hr", env={"GITHUB_WORKSPACE": str(repo)})
    assert annotated_files(result.stdout) == {"hr/team.yaml"}
    elsewhere = run_cli(
        "check", "team.yaml", "--format", "github", cwd=repo, env={"GITHUB_WORKSPACE": str(tmp_path / "x")}
    )
    assert annotated_files(elsewhere.stdout) == {str((repo / "team.yaml").resolve())}


def test_sarif_names_a_file_inside_the_workspace_relatively(repo: Path, sarif_schema):
    (repo / ".teamaudit.yaml").write_text("ignore:\n  - {rule: TA003, layer: clinical}\n")  # TA006: no reason
    doc = json.loads(run_cli("check", repo / "team.yaml", "--format", "sarif", cwd=repo).stdout)
    jsonschema.validate(doc, sarif_schema)
    run = doc["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["team.yaml", ".teamaudit.yaml"]
    github = run_cli("check", repo / "team.yaml", "--format", "github", cwd=repo).stdout
    assert annotated_files(github) == {"team.yaml", ".teamaudit.yaml"}


def test_sarif_of_a_file_outside_the_workspace_is_a_valid_file_uri(repo: Path, tmp_path: Path, sarif_schema):
    (tmp_path / "elsewhere").mkdir()
    doc = json.loads(run_cli("check", "../repo/team.yaml", "--format", "sarif", cwd=tmp_path / "elsewhere").stdout)
    jsonschema.validate(doc, sarif_schema)
    assert doc["runs"][0]["artifacts"][0]["location"]["uri"] == (repo / "team.yaml").resolve().as_uri()


@pytest.mark.skipif(os.name == "nt", reason="POSIX links")
def test_dot_dot_after_a_link_is_resolved_as_the_system_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """'link/../r.yaml' opens the r.yaml beside the link's target, not beside the link."""
    (tmp_path / "deep" / "dir").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "deep" / "dir")
    monkeypatch.chdir(tmp_path)
    assert workspace_path("link/../r.yaml") == "deep/r.yaml"
    assert workspace_path("./link/t.yaml") == "deep/dir/t.yaml"
    assert workspace_path("<stdin>") == "<stdin>"


@pytest.mark.parametrize("fmt", ["github", "sarif"])
def test_a_deleted_working_folder_leaves_the_path_as_given(repo, tmp_path, fmt):
    """realpath(os.curdir) calls getcwd(), which raises when the working folder was deleted under the run: github
    and SARIF ended in a FileNotFoundError traceback (a hostile review). A fresh process: the folder is gone for the
    whole run."""
    import subprocess
    import sys

    gone = tmp_path / "gone"
    gone.mkdir()
    script = (
        "import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]); "
        "from teamaudit.cli import main; "
        "sys.argv = ['teamaudit', 'check', sys.argv[2], '--format', sys.argv[3]]; main()"
    )
    team = str(repo / "team.yaml")
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_WORKSPACE"}
    proc = subprocess.run([sys.executable, "-c", script, str(gone), team, fmt], capture_output=True, text=True, env=env)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    if fmt == "github":
        assert annotated_files(proc.stdout) == {team}
    else:
        uris = {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(proc.stdout)["runs"][0]["results"]
            if r.get("locations")
        }
        assert uris == {Path(team).as_uri()}
