"""What the name given to `-o` (or to `init`) says before any file is looked at. `Path("")` is `.` and
`Path("team.json/")` is `team.json`, so an empty name and a folder's name must be read as the user typed them."""

from __future__ import annotations

import os
from pathlib import Path

from teamaudit.errors import TeamAuditError

TEAM_FILE_SUFFIXES = (".yaml", ".yml")


def output_path(raw: str) -> Path:
    """The path `raw` names as a file to write; an empty name, or one that names a folder (a trailing `/`,
    a last part `.` or `..`), is refused."""
    if not raw:
        raise TeamAuditError(
            "cannot write output: the file name is empty", hint="give a file name, or - for standard output"
        )
    last = (raw.replace(os.altsep, os.sep) if os.altsep else raw).rsplit(os.sep, 1)[-1]
    if last in ("", ".", ".."):
        raise TeamAuditError(
            f"cannot write output: a name ending in {last or os.sep} names a folder", file=raw, hint="name a file"
        )
    return Path(raw)


def team_file_output(path: Path, command: str) -> None:
    """`import -o` and `init` write a YAML team file, only under a .yaml or .yml name: YAML in people.csv or
    report.json would be read as a CSV export or a report by anything that trusts the name."""
    if path.suffix.lower() not in TEAM_FILE_SUFFIXES:
        or_stdout = ", or give -o - for standard output" if command == "import" else ", or - for standard output"
        ending = f"a {path.suffix} name" if path.suffix else "a name with no .yaml ending"
        raise TeamAuditError(
            f"{command} writes a YAML team file, and will not write it under {ending}",
            file=path,
            hint=f"name it team.yaml or team.yml{or_stdout}",
        )
