"""A config or rubric handed to the pre-commit hook, which a `files:` pattern matching every .yaml file does: each is
read as what it is, so a commit that breaks one fails at the hook, and one that reads passes with one line. Read as a
team file, a rubric printed an unknown-key error for each of its keys, and a config a hint to narrow the pattern."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from teamaudit.config import YAML_NAMES, Settings, resolve
from teamaudit.errors import TeamAuditError, clipped
from teamaudit.gatefiles import gate_files
from teamaudit.givenfiles import ConfigFileGiven, RubricFileGiven
from teamaudit.repository import refuse_link_out
from teamaudit.rubric import load_rubric, read_rubric

NOT_A_TEAM_FILE = (ConfigFileGiven, RubricFileGiven)
HOOK_FILES_HINT = (
    "rename it, or narrow the hook's files: pattern in .pre-commit-config.yaml to the team files, e.g. "
    "files: ^team\\.yaml$"
)


def refuse_files_read_as_options(argv: Sequence[str]) -> None:
    """Refuse a run the hook was handed a file whose name starts with `-`: pre-commit puts the names it matched
    after the options, where `--config=lax.yaml` is the option, so a pull request that added that file and a lax
    `lax.yaml` beside it turned every rule off for the run (with a `files:` pattern that matches any .yaml)."""
    for token in argv:
        if token == "--":
            return
        if token.startswith("-") and os.path.lexists(token):
            raise TeamAuditError(
                f"'{clipped(token)}' is a file the hook was handed, and a name that starts with '-' is read as an "
                "option: nothing was checked",
                hint=HOOK_FILES_HINT,
            )


def named_as_config(path: Path) -> bool:
    """`.teamaudit.yaml` by its name: one with a misspelt key is still the config, not a team file."""
    return path.name in YAML_NAMES


def read_as_what_it_is(path: Path, given: TeamAuditError | None = None, settings: Settings | None = None) -> str:
    """What the file is, once it reads as that: a config, with the rubric it names, or a rubric, with the ones it
    extends. Its problems are a TeamAuditError (exit 2), as a team file's are. `given`: what reading it as a team
    file said it is, None for a config known by its name; `settings`: those a team file there is checked with."""
    if isinstance(given, RubricFileGiven):
        read_rubric(path)
        _refuse_unused(path, given, settings)
        return "a teamaudit rubric, not a team file: it reads as one"
    refuse_link_out(path)  # as a team file named so is: `.teamaudit.yaml` may be a pull request's link to any file
    own = resolve(None, config=path, env={})
    load_rubric(own.rubric, named_in=own.rubric_named_in)
    if given is not None:
        _refuse_unused(path, given, settings)
    return "a teamaudit config, not a team file: it reads as one, with the rubric it names"


def _refuse_unused(path: Path, given: TeamAuditError, settings: Settings | None) -> None:
    """Refuse a rubric, or a config not named `.teamaudit.yaml`, that the hook's own settings for its folder do not
    use: passed, a pull request that rewrote team.yaml as a valid rubric or config passed a hook whose `files:` is
    `^team\\.yaml$` with one line, the team unchecked (before: the error that it is no team file)."""
    if settings is not None and any(path.resolve() == file.resolve() for file in gate_files(settings)):
        return
    raise TeamAuditError(
        f"{given.message}, and nothing here uses it (no --config, --rubric or config of its folder names it): a "
        "team file rewritten as one would pass unchecked",
        file=given.file,
        line=given.line,
        column=given.column,
        hint=HOOK_FILES_HINT,
    )
