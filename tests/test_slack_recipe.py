"""Sharing a report in Slack, as docs/usage.md says to: Slack draws no markdown table, heading or <details>, so the
docs give a recipe for the text report, and the recipe must give text Slack shows as it is."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from conftest import EXAMPLES, ROOT, run_cli

USAGE = ROOT / "docs" / "usage.md"


def _recipe() -> list[str]:
    """The command the In Slack section of usage.md gives, as words."""
    found = re.search(r"^### In Slack\n(.*?)^#", USAGE.read_text(encoding="utf-8") + "\n#", re.S | re.M)
    assert found, "docs/usage.md has no 'In Slack' section"
    command = re.search(r"```sh\n(teamaudit .*?)\n```", found.group(1))
    assert command, found.group(1)
    return shlex.split(command.group(1))


def test_the_slack_recipe_writes_plain_text_with_the_verdict_and_no_markup(tmp_path: Path) -> None:
    """A user who pasted --format markdown into Slack saw `| layer | current people |` and `<details>` as written."""
    words = _recipe()
    assert words[:3] == ["teamaudit", "check", "team.yaml"], words
    (tmp_path / "team.yaml").write_text((EXAMPLES / "messy-40.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli(*words[1:], cwd=tmp_path)
    assert result.code == 1, result.stderr
    out = next(word for word in words if word.endswith(".txt"))
    text = (tmp_path / out).read_text(encoding="utf-8")
    assert text.startswith("teamaudit ") and "\nFAIL " in text
    assert text.isascii() and "\x1b" not in text, "plain ASCII, no colour"
    assert not re.search(r"^\|.*\|$|<details>|^#+ |\*\*", text, re.M), "markdown Slack would show as written"
    assert "Person 37" in text and "Kira Novak" not in text, "--redact, as the recipe says"
