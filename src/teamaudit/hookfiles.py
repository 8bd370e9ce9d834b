"""A config or rubric handed to the pre-commit hook, which a `files:` pattern matching every .yaml file does: each is
read as what it is, so a commit that breaks one fails at the hook, and one that reads passes with one line. Read as a
team file, a rubric printed an unknown-key error for each of its keys, and a config a hint to narrow the pattern."""

from __future__ import annotations

from pathlib import Path

from teamaudit.config import YAML_NAMES, resolve
from teamaudit.errors import TeamAuditError
from teamaudit.repository import refuse_link_out
from teamaudit.roster import ConfigFileGiven, RubricFileGiven
from teamaudit.rubric import load_rubric, read_rubric

NOT_A_TEAM_FILE = (ConfigFileGiven, RubricFileGiven)


def named_as_config(path: Path) -> bool:
    """`.teamaudit.yaml` by its name: one with a misspelt key is still the config, not a team file."""
    return path.name in YAML_NAMES


def read_as_what_it_is(path: Path, given: TeamAuditError | None = None) -> str:
    """What the file is, once it reads as that: a config, with the rubric it names, or a rubric, with the ones it
    extends. Its problems are a TeamAuditError (exit 2), as a team file's are. `given`: what reading it as a team
    file said it is, None for a config known by its name."""
    if isinstance(given, RubricFileGiven):
        read_rubric(path)
        return "a teamaudit rubric, not a team file: it reads as one"
    refuse_link_out(path)  # as a team file named so is: `.teamaudit.yaml` may be a pull request's link to any file
    settings = resolve(None, config=path, env={})
    load_rubric(settings.rubric, named_in=settings.rubric_named_in)
    return "a teamaudit config, not a team file: it reads as one, with the rubric it names"
