"""The team file's JSON Schema beside a file `init` writes, so its `$schema=team.schema.json` header works on a
fresh machine: editors resolve it next to the YAML file. Written only where no such file is; never replaced."""

from __future__ import annotations

import json
from pathlib import Path

from teamaudit.schema import team_file_schema

SCHEMA_NAME = "team.schema.json"  # the name the team file's first line points at


def write_schema_beside(team_file: Path) -> Path | None:
    """The schema written beside `team_file`, or None when a file of that name is already there (kept as it is)."""
    target = team_file.with_name(SCHEMA_NAME)
    try:
        with target.open("x", encoding="utf-8") as out:
            out.write(json.dumps(team_file_schema(), indent=2) + "\n")
    except FileExistsError:
        return None
    return target
