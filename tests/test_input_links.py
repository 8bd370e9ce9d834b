"""A team file or export that is a link out of its repository is refused, never read.

In CI the team file comes from the pull request, which can commit `team.yaml -> /proc/self/environ` or
`people.csv -> ~/.ssh/id_rsa`; teamaudit followed the link and its error messages quoted the target's lines (an
unknown key, a column name) into the CI log. The secret here is a file beside the fake repository, as the runner's
environment and keys are beside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import EXAMPLES, run_cli

SECRET = "xyz"
REFUSED = "a link to a file outside the repository it is in"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout (a `.git` folder) with a real team file, and a secret outside it that old teamaudit quoted."""
    (tmp_path / "environ").write_text(f"SECRET={SECRET}: 1\n")  # quoted as the unknown key 'SECRET=xyz'
    (tmp_path / "plain-environ").write_text(f"SECRET={SECRET}\n")
    (tmp_path / "id_rsa.csv").write_text(f"SECRET={SECRET},TOKEN={SECRET}\nName,Title\n")  # columns were listed
    checkout = tmp_path / "checkout"
    (checkout / ".git").mkdir(parents=True)
    (checkout / "people").mkdir()
    (checkout / "people" / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (checkout / "export.csv").write_text("Name,Title\nAnn Lee,Registered Nurse\n")
    return checkout


def _refused(result, name: str) -> None:
    assert result.code == 2, result
    assert f"{name}: {REFUSED}" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("target", ["environ", "plain-environ"])
@pytest.mark.parametrize(
    "command",
    [
        ["check", "team.yaml"],
        ["check", "team.yaml", "--format", "github"],
        ["check", "team.yaml", "--format", "json", "--redact"],
        ["report", "team.yaml", "-o", "report.html"],
        ["explain", "team.yaml"],
        ["diff", "people/team.yaml", "team.yaml"],
        ["diff", "team.yaml", "people/team.yaml"],
        ["pre-commit", "team.yaml"],
    ],
)
def test_a_team_file_linked_out_of_the_repository_is_refused_by_every_command(repo, target, command):
    (repo / "team.yaml").symlink_to(repo.parent / target)
    _refused(run_cli(*command, cwd=repo), "team.yaml")
    assert not (repo / "report.html").exists()


def test_an_export_linked_out_of_the_repository_is_refused_by_import(repo):
    (repo / "people.csv").symlink_to(repo.parent / "id_rsa.csv")
    _refused(run_cli("import", "people.csv", "-o", "team-new.yaml", cwd=repo), "people.csv")
    _refused(run_cli("import", "export.csv", "--reqs", "people.csv", "-o", "-", cwd=repo), "people.csv")
    assert not (repo / "team-new.yaml").exists()


def test_an_absolute_link_a_dangling_link_and_a_loop_are_refused_alike(repo):
    """Nothing tells what the link leads to: not even whether it exists."""
    (repo / "absolute.yaml").symlink_to(repo.parent / "environ")
    (repo / "dangling.yaml").symlink_to(repo.parent / "no-such-file")
    (repo / "loop.yaml").symlink_to(repo / "loop.yaml")
    for name in ("absolute.yaml", "dangling.yaml", "loop.yaml"):
        _refused(run_cli("check", name, cwd=repo), name)


def test_a_folder_linked_out_of_the_repository_does_not_lead_out_of_it(repo):
    """`people -> ~/.ssh` committed as a folder link, then `check people/id_rsa`: the folder is no repository top."""
    (repo / "keys").symlink_to(repo.parent)
    _refused(run_cli("check", "keys/environ", cwd=repo), "keys/environ")
    (repo / "deep").symlink_to(repo.parent / "checkout-other" / "sub")
    (repo.parent / "checkout-other" / "sub").mkdir(parents=True)
    (repo.parent / "checkout-other" / "environ").write_text(f"SECRET={SECRET}: 1\n")
    (repo / "environ").write_text("people: []\n")  # what `deep/../environ` would be, were `..` taken as written
    _refused(run_cli("check", "deep/../environ", cwd=repo), "deep/../environ")


def test_links_inside_the_repository_are_read(repo):
    (repo / "team.yaml").symlink_to("people/team.yaml")
    (repo / "people" / "back.yaml").symlink_to("../team.yaml")  # a link to a link, both inside
    (repo / "staff.csv").symlink_to("export.csv")
    assert run_cli("check", "team.yaml", cwd=repo).code == 1
    assert run_cli("check", "people/back.yaml", cwd=repo).code == 1
    assert run_cli("diff", "team.yaml", "people/team.yaml", cwd=repo).code == 0
    imported = run_cli("import", "staff.csv", "-o", "-", cwd=repo)
    assert imported.code == 0 and "Ann Lee" in imported.stdout


def test_a_file_named_outside_the_repository_is_the_operators_choice(repo):
    """Only links are bounded: a path the command line gives, wherever it is, is read."""
    result = run_cli("check", repo.parent / "environ", cwd=repo)
    assert result.code == 2 and "unknown key" in result.stderr


def test_outside_any_repository_a_link_stays_in_its_own_folder(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (folder / "linked.yaml").symlink_to("team.yaml")
    (tmp_path / "environ").write_text(f"SECRET={SECRET}: 1\n")
    (folder / "out.yaml").symlink_to(tmp_path / "environ")
    assert run_cli("check", "linked.yaml", cwd=folder).code == 1
    result = run_cli("check", "out.yaml", cwd=folder)
    assert result.code == 2 and "out.yaml: a link to a file outside the folder it is in" in result.stderr
    assert SECRET not in result.stdout + result.stderr


def test_a_logo_linked_out_of_the_repository_is_not_embedded(repo):
    picture = repo.parent / "private.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + os.urandom(64))
    (repo / "logo.png").symlink_to(picture)
    result = run_cli("report", "people/team.yaml", "-o", "report.html", "--logo", "logo.png", cwd=repo)
    assert result.code == 2 and f"logo.png: {REFUSED}" in result.stderr
    assert not (repo / "report.html").exists()


def test_a_file_that_is_not_yaml_is_quoted_only_as_a_short_escaped_excerpt(tmp_path):
    """Inside the repository the file is the pull request's own, so quoting it tells the log nothing new; still,
    a file that is not YAML at all yields one message with at most 80 of its characters, escaped (a bidi control
    shows as `\\u202e`)."""
    path = tmp_path / "team.yaml"
    path.write_text("key \u202e" + "S" * 500 + "\nnext: 1\n" + "more text\n" * 200)
    result = run_cli("check", path)
    assert result.code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "S" * 81 not in lines[0] and "[505 characters]" in lines[0]
    assert "\u202e" not in lines[0] and "\\u202e" in lines[0] and "more text" not in lines[0]


@pytest.fixture
def other_repository(repo: Path) -> Path:
    """A second checkout beside the first (the runner's /work holds others), whose files the first must not reach:
    a team file, and a config whose unknown key old teamaudit quoted."""
    other = repo.parent / "other" / "x"
    (other / ".git").mkdir(parents=True)
    (other / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (other / "rubric.yaml").write_text(f"SECRET_{SECRET}: 1\n")
    (other / ".teamaudit.yaml").write_text(f"SECRET_{SECRET}: 1\n")
    (repo / "hr").symlink_to(repo.parent / "other")  # `hr -> /work`, committed by the pull request
    return other


@pytest.mark.parametrize(
    "command",
    [
        ["check", "hr/x/team.yaml"],
        ["check", "--format", "sarif", "hr/x/team.yaml"],
        ["explain", "hr/x/team.yaml"],
        ["diff", "people/team.yaml", "hr/x/team.yaml"],
        ["pre-commit", "hr/x/team.yaml"],
        ["pre-commit", "hr/x/.teamaudit.yaml"],
        ["pre-commit", "hr/x/rubric.yaml"],
    ],
)
def test_a_folder_link_into_another_repository_does_not_lead_out_of_this_one(repo, other_repository, command):
    """`hr -> /work`, then `hr/x/team.yaml` with a repository at /work/x: its `.git`, seen through the link, made
    /work/x the repository the file was in, and the file, its config beside it and the keys that config lacked
    were read. The message names the link."""
    result = run_cli(*command, cwd=repo)
    _refused(result, command[-1])
    assert "through the folder link hr: not read" in result.stderr


def test_a_config_named_through_such_a_link_is_not_read(repo, other_repository):
    (repo / ".teamaudit.yaml").write_text("rubric: hr/x/rubric.yaml\n")
    result = run_cli("check", "people/team.yaml", cwd=repo)
    assert result.code == 2 and "is outside the repository it is in" in result.stderr
    assert SECRET not in result.stdout + result.stderr


def test_a_link_to_a_nested_repository_inside_this_one_is_read(repo):
    """A submodule's `.git` seen through a link that stays in the repository is no way out."""
    nested = repo / "vendor" / "sub"
    (nested / ".git").mkdir(parents=True)
    (nested / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (repo / "v").symlink_to("vendor")
    assert run_cli("check", "v/sub/team.yaml", cwd=repo).code == 1


def test_a_link_above_the_repository_is_the_systems(repo):
    """/tmp -> /private/tmp on macOS: a link above every `.git` is no link out of the repository."""
    (repo.parent / "alias").symlink_to(repo.parent)
    named = repo.parent / "alias" / repo.name / "people" / "team.yaml"
    assert run_cli("check", named, cwd=repo).code == 1


def test_no_config_is_looked_for_through_a_link_out(repo):
    """`pl -> /work/plain`, a folder of no repository holding a config: walking up from `pl/team.yaml` found that
    config and quoted its keys before the team file was refused for the link."""
    plain = repo.parent / "plain"
    plain.mkdir()
    (plain / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (plain / ".teamaudit.yaml").write_text(f"SECRET_{SECRET}: 1\n")
    (repo / "pl").symlink_to(plain)
    for command in (["check", "pl/team.yaml"], ["report", "pl/team.yaml", "-o", "r.html"], ["explain", "pl/team.yaml"]):
        result = run_cli(*command, cwd=repo)
        _refused(result, "pl/team.yaml")
        assert "through the folder link pl: not read" in result.stderr


def test_a_folder_link_of_another_repository_above_the_file_is_the_operators(tmp_path):
    """A home folder kept in git, `~/code -> /srv/code`, and `check ~/code/proj/team.yaml` typed from the project:
    the link is not the checked repository's, so the project's `.git` seen through it holds the file."""
    home, project = tmp_path / "home", tmp_path / "srv" / "code" / "proj"
    (home / ".git").mkdir(parents=True)
    (project / ".git").mkdir(parents=True)
    (project / "team.yaml").write_bytes((EXAMPLES / "backwards.yaml").read_bytes())
    (home / "code").symlink_to(project.parent)
    assert run_cli("check", home / "code" / "proj" / "team.yaml", cwd=project).code == 1


def test_a_folder_link_out_is_refused_when_the_name_is_typed_through_a_system_link(repo, other_repository):
    """/tmp -> /private/tmp on macOS: `check /tmp/.../checkout/hr/x/team.yaml` typed whole, from the checkout."""
    (repo.parent / "alias").symlink_to(repo.parent)
    _refused(run_cli("check", repo.parent / "alias" / repo.name / "hr" / "x" / "team.yaml", cwd=repo), "team.yaml")
