"""Replace a team file with its merged version, leaving a backup of the previous one.

The backup is `team.yaml.bak`; when that name holds something else, `team.yaml.bak.2`, `.bak.3` and so on,
the first free name: a backup is never overwritten. A backup that already holds exactly the previous file
is used again rather than copied twice.
"""

from __future__ import annotations

from pathlib import Path

from teamaudit.atomic import backup as _backup
from teamaudit.errors import TeamAuditError, file_error


def replace_with_backup(path: Path, text: str, original: bytes) -> Path:
    """Write `text` to `path` atomically, backing up `original`, what the merge read, once the new version is
    written and about to replace it; returns the backup."""
    from teamaudit.atomic import write_atomic

    try:
        now = path.read_bytes()
    except OSError as exc:
        raise file_error(exc, path) from None
    if now != original:
        raise TeamAuditError(
            "the file changed while importing; nothing written", file=path, hint="run the import again"
        )
    kept: list[Path] = []
    write_atomic(path, text, before_replace=lambda: kept.append(_backup(path, original).path))
    return kept[0]
