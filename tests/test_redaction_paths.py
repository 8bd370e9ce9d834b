"""`--redact` and the names in the team file's path, which every format prints in its header or its locations
(docs/redaction.md)."""

from __future__ import annotations

import re

from conftest import run_cli
from teamaudit.render import Format

TEAM = """organization: Acme Health
people:
  - {name: Jane Doe, title: Registered Nurse}
  - {name: Bo Chan, title: Research Scientist}
"""
NAMED = re.compile(r"(?i)jane|\bdoe\b")


def test_a_name_in_the_team_files_path_reaches_no_format(tmp_path):
    """A team file named `jane-doe-offer.yaml` was printed as it is in the header of every format, SARIF's and
    JUnit's locations and GitHub's annotations, and in both paths of a `diff`."""
    team = tmp_path / "jane-doe-offer.yaml"
    team.write_text(TEAM, encoding="utf-8")
    head = tmp_path / "jane-doe-offer-v2.yaml"
    head.write_text(TEAM.replace("Research Scientist", "ML Engineer"), encoding="utf-8")
    assert NAMED.search(run_cli("check", team).stdout)  # there to be found
    for fmt in Format:
        result = run_cli("check", team, "--redact", "--details", "-f", fmt.value)
        assert result.code in (0, 1), result.stderr
        shown = result.stdout.replace(f"file={team.as_posix()},", "") if fmt is Format.GITHUB else result.stdout
        assert NAMED.findall(shown) == [], fmt
    html = tmp_path / "report.html"
    assert run_cli("report", team, "--redact", "-o", html).code in (0, 1)
    assert NAMED.findall(html.read_text(encoding="utf-8")) == []
    diff = run_cli("diff", team, head, "--redact")
    assert diff.code in (0, 1), diff.stderr
    assert NAMED.findall(diff.stdout) == []
    assert "Person 01-offer.yaml -> " in diff.stdout and "Person 01-offer-v2.yaml" in diff.stdout


def test_github_annotations_land_on_the_team_file_whose_path_holds_a_name(tmp_path):
    """Under --redact, GitHub's annotations named `Person 01-offer.yaml`, a file that does not exist, so none landed on
    the team file; they name it as given now (the run's log and annotations are read by those who can read the
    repository, and the file), their messages still hidden. SARIF and JUnit, files that leave the run, keep the path
    with the name hidden."""
    team = tmp_path / "jane-doe-offer.yaml"
    team.write_text(TEAM, encoding="utf-8")
    github = run_cli("check", "jane-doe-offer.yaml", "--redact", "-f", "github", cwd=tmp_path)
    assert github.code in (0, 1), github.stderr
    lines = github.stdout.splitlines()
    assert lines and all(line.startswith("::") and "file=jane-doe-offer.yaml," in line for line in lines)
    assert NAMED.findall("".join(line.split("::", 2)[2] for line in lines)) == []  # the messages
    sarif = run_cli("check", "jane-doe-offer.yaml", "--redact", "-f", "sarif", cwd=tmp_path)
    assert '"uri": "Person%2001-offer.yaml"' in sarif.stdout and NAMED.findall(sarif.stdout) == []


def test_a_redacted_report_names_a_team_file_outside_the_working_folder_by_its_name_alone(tmp_path):
    """`check /home/<user>/clients/acme/team.yaml --redact -f markdown` showed the consultant's folders; the HTML
    showed no path. A file inside the working folder keeps the path a reader there can open."""
    folder = tmp_path / "home" / "mcole" / "clients" / "acme"
    folder.mkdir(parents=True)
    team = folder / "team.yaml"
    team.write_text(TEAM, encoding="utf-8")
    work = tmp_path / "work"
    (work / "teams").mkdir(parents=True)
    (work / "teams" / "team.yaml").write_text(TEAM, encoding="utf-8")
    for fmt in [f for f in Format if f not in (Format.GITHUB, Format.HTML)]:  # annotations land on the file
        shown = run_cli("check", team, "--redact", "-f", fmt.value, cwd=work).stdout
        assert "mcole" not in shown and "clients" not in shown and "team.yaml" in shown, fmt
        inside = run_cli("check", work / "teams" / "team.yaml", "--redact", "-f", fmt.value, cwd=work).stdout
        assert "teams/team.yaml" in inside and str(tmp_path) not in inside, fmt
    diff = run_cli("diff", team, "teams/team.yaml", "--redact", cwd=work).stdout
    assert "team.yaml -> teams/team.yaml" in diff and "mcole" not in diff
