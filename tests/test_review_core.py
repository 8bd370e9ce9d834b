"""A reviewer's findings, each run as a user meets it: a traceback, an import that lost data, diff, config."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

IN_DOUBT = {
    "fractions in titles": ("Medical Director (0.2 FTE)", "Pharmacist, 50% FTE"),
    "part-time titles": ("Medical Director (part-time)", "Pharmacist (part-time)"),
}


@pytest.mark.parametrize("titles", IN_DOUBT.values(), ids=IN_DOUBT.keys())
@pytest.mark.parametrize(
    "command",
    [
        ("check",),
        ("check", "--format", "json"),
        ("check", "--format", "markdown"),
        ("check", "--format", "sarif"),
        ("check", "--format", "junit"),
        ("report", "-o", "r.html"),
        ("explain",),
    ],
)
def test_a_thin_layer_held_only_by_people_whose_fte_is_in_doubt_is_reported(
    tmp_path: Path, titles: tuple[str, str], command: tuple[str, ...]
):
    team = tmp_path / "t.yaml"
    team.write_text(
        "organization: Acme\n"
        "people:\n"
        f'  - {{name: Ann Lee, title: "{titles[0]}", team: Clinical}}\n'
        f'  - {{name: Bo Chen, title: "{titles[1]}", team: Clinical}}\n',
        encoding="utf-8",
    )
    result = run_cli(command[0], team, *command[1:], cwd=tmp_path)
    assert "Traceback" not in result.stderr and result.code in (0, 1), result.stderr
    if command == ("check", "--format", "json"):
        thin = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "TA003"]
        assert [f["line"] for f in thin] == [3]  # Ann Lee, the first person the message names
