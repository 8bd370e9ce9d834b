"""`diff` audits both sides with this branch's config, so a suppression the change adds accepts its findings on
both sides, and the diff showed nothing of it but that the config differs: it names each suppression the change
adds or lets last longer, where it is written and until when."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from test_diff import TWO_ML
from test_diff_gate_edits import git
from test_diff_git_lookups import commit

BASE_CONFIG = 'ignore:\n  - rule: TA002\n    reason: "Epic partner"\n    until: 2027-01-01\n'


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "team.yaml").write_text(TWO_ML)
    (tmp_path / ".teamaudit.yaml").write_text(BASE_CONFIG)
    commit(tmp_path, "base")
    return tmp_path


def test_a_suppression_the_change_adds_is_named_with_its_until(repo: Path):
    """The team's plan is over the threshold; the pull request suppresses TA001 until 2099 in the config and
    leaves TA002's without an end. The diff said only that .teamaudit.yaml differs."""
    (repo / ".teamaudit.yaml").write_text(
        'ignore:\n  - rule: TA002\n    reason: "Epic partner"\n'
        '  - rule: TA001\n    view: plan\n    reason: "board approved"\n    until: 2099-12-31\n'
    )
    result = run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo)
    assert result.code == 0, result.stderr
    assert (
        "This change adds suppressions, and both sides were audited with them, so the findings they accept are in "
        "neither: TA002 at .teamaudit.yaml:2 with no until, so it never expires (the base's until 2027-01-01); "
        "TA001 (plan view) at .teamaudit.yaml:4 until 2099-12-31."
    ) in result.stdout.splitlines()
    markdown = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "markdown", cwd=repo).stdout
    assert "**This change adds suppressions, and both sides were audited with them" in markdown
    doc = json.loads(run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo).stdout)
    assert [(s["rule"], s["line"], s["until"], s["base_until"]) for s in doc["suppressions_added"]] == [
        ("TA002", 2, None, "2027-01-01"),
        ("TA001", 4, "2099-12-31", None),
    ]


def test_a_suppression_the_base_holds_as_long_is_not_named(repo: Path):
    (repo / ".teamaudit.yaml").write_text(BASE_CONFIG.replace("2027-01-01", "2026-12-31") + "fail-on: warning\n")
    doc = json.loads(run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo).stdout)
    assert doc["suppressions_added"] == [] and doc["gate_edited"] == [".teamaudit.yaml"]
    assert "adds suppressions" not in run_cli("diff", "git:main:team.yaml", "team.yaml", cwd=repo).stdout


def test_a_reason_cannot_steer_the_note_and_a_person_is_not_named(repo: Path):
    (repo / ".teamaudit.yaml").write_text(
        BASE_CONFIG
        + '  - rule: TA005\n    person: "Ann Ito"\n    reason: "x\\n::error::forged"\n    until: 2027-02-01\n'
    )
    for fmt in ("text", "markdown", "json"):
        out = run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", fmt, "--redact", cwd=repo).stdout
        assert "Ann Ito" not in out and not any(line.startswith("::") for line in out.splitlines()), fmt
        if fmt == "json":
            assert json.loads(out)["suppressions_added"][0]["one_person"] is True
        else:
            assert "TA005 (one person) at .teamaudit.yaml:5 until 2027-02-01" in out, fmt


def test_a_config_turned_into_a_link_is_compared_with_the_base_config_at_its_place(repo: Path):
    """The base holds an example config with a suppression beside its own; the pull request makes .teamaudit.yaml
    a link to the example. Looked up where the link leads, the base held the same file, and no suppression was
    named as added (only that .teamaudit.yaml differs)."""
    (repo / "docs").mkdir()
    (repo / "docs" / "example.yaml").write_text(
        'ignore:\n  - rule: TA001\n    reason: "board approved"\n    until: 2099-12-31\n'
    )
    commit(repo, "an example config")
    (repo / ".teamaudit.yaml").unlink()
    (repo / ".teamaudit.yaml").symlink_to("docs/example.yaml")
    doc = json.loads(run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo).stdout)
    assert doc["gate_edited"] == [".teamaudit.yaml"]
    assert [(s["rule"], s["until"], s["base_had_one"]) for s in doc["suppressions_added"]] == [
        ("TA001", "2099-12-31", False)
    ]


def test_a_config_that_is_the_same_link_on_both_sides_adds_nothing(repo: Path):
    (repo / "docs").mkdir()
    (repo / "docs" / "example.yaml").write_text(BASE_CONFIG)
    (repo / ".teamaudit.yaml").unlink()
    (repo / ".teamaudit.yaml").symlink_to("docs/example.yaml")
    commit(repo, "the config is a link")
    doc = json.loads(run_cli("diff", "git:main:team.yaml", "team.yaml", "--format", "json", cwd=repo).stdout)
    assert doc["suppressions_added"] == [] and doc["gate_edited"] == []


def test_a_name_in_the_configs_folder_is_hidden_under_redact(tmp_path: Path):
    """The team file and its config in a folder named for a person: --redact showed the team file as 'Person 01/
    team.yaml' and the config, in the gate note, the suppression note and JSON, as 'Ivo Stark/.teamaudit.yaml'."""
    git(tmp_path, "init", "-q", "-b", "main")
    folder = tmp_path / "Ivo Stark"
    folder.mkdir()
    (folder / "team.yaml").write_text(TWO_ML)
    (folder / ".teamaudit.yaml").write_text(BASE_CONFIG)
    commit(tmp_path, "base")
    (folder / ".teamaudit.yaml").write_text(BASE_CONFIG + '  - rule: TA001\n    reason: "ok"\n    until: 2099-12-31\n')
    for fmt in ("text", "markdown", "json"):
        result = run_cli(
            "diff", "git:main:Ivo Stark/team.yaml", "Ivo Stark/team.yaml", "--format", fmt, "--redact", cwd=tmp_path
        )
        assert result.code == 0 and "Ivo" not in result.stdout + result.stderr, (fmt, result.stdout)
        assert "/.teamaudit.yaml" in result.stdout, fmt


def test_a_folders_config_deleted_to_fall_back_on_a_parents_names_the_parents_suppressions(tmp_path: Path):
    """The base judged hr/team.yaml by hr/.teamaudit.yaml; the top config suppresses TA001 for another team. The
    pull request deletes hr/.teamaudit.yaml, so the top config's suppression now accepts hr's finding; the top
    config being the same on both sides, no suppression was named as added (only that the config was deleted)."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "hr").mkdir()
    (tmp_path / "hr" / "team.yaml").write_text(TWO_ML)
    (tmp_path / "hr" / ".teamaudit.yaml").write_text(BASE_CONFIG)
    (tmp_path / ".teamaudit.yaml").write_text(
        BASE_CONFIG + '  - rule: TA001\n    reason: "ok"\n    until: 2099-12-31\n'
    )
    commit(tmp_path, "base")
    (tmp_path / "hr" / ".teamaudit.yaml").unlink()
    doc = json.loads(run_cli("diff", "git:main:hr/team.yaml", "hr/team.yaml", "--format", "json", cwd=tmp_path).stdout)
    assert doc["gate_edited"] == ["hr/.teamaudit.yaml"]
    assert [(s["rule"], s["file"], s["until"]) for s in doc["suppressions_added"]] == [
        ("TA001", ".teamaudit.yaml", "2099-12-31")
    ]
