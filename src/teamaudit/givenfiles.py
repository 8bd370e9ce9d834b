"""A file handed as the team file that is something else: a typo of the team file's name beside it, a folder,
a teamaudit config or a rubric."""

from __future__ import annotations

from pathlib import Path

from teamaudit.errors import TeamAuditError


def close_file(folder: Path, name: str, cutoff: float = 0.8) -> Path | None:
    """`teams.yaml` where `team.yaml` is: the YAML file in `folder` a typo of `name` most likely meant, among the
    first 1,000 names there."""
    import difflib
    import itertools
    import os

    try:
        with os.scandir(folder) as entries:
            names = [e.name for e in itertools.islice(entries, 1000) if team_file_name(e.name)]
    except OSError:
        return None
    close = difflib.get_close_matches(name, sorted(names), n=1, cutoff=cutoff)
    return folder / close[0] if close else None


def team_file_name(name: str) -> bool:
    return name.endswith((".yaml", ".yml")) and not name.startswith(".")  # not .teamaudit.yaml or .pre-commit-...


class ConfigFileGiven(TeamAuditError):
    """A config file given where a team file was expected: every top-level key is a config setting."""


CONFIG_GIVEN_HINT = "check the team file instead, e.g. teamaudit check team.yaml; the config beside it applies"


def is_config(keys: list[object]) -> bool:
    """Whether the unknown top-level keys, of a file with no team-file key, are all a config file's (`fail-on`,
    `ignore`): `.teamaudit.yaml` handed to check, or to the pre-commit hook by a broad `files:` pattern."""
    if not keys:
        return False
    from teamaudit.configschema import setting_keys

    return all(isinstance(key, str) and key in setting_keys() for key in keys)


class RubricFileGiven(TeamAuditError):
    """A rubric given where a team file was expected: every top-level key is a rubric's, one only a rubric has."""


RUBRIC_ONLY_KEYS = frozenset({"schema_version", "extends", "layers"})  # `name` or `description` may be anyone's typo


def is_rubric(keys: list[object]) -> bool:
    """Whether the unknown top-level keys, of a file with no team-file key, are a rubric's: rubrics/ours.yaml handed
    to the pre-commit hook by a `files:` pattern that matches every .yaml file printed an error for each key."""
    from teamaudit.records import field_names
    from teamaudit.rubric import Rubric

    names = field_names(Rubric)
    return any(key in RUBRIC_ONLY_KEYS for key in keys) and all(isinstance(k, str) and k in names for k in keys)
