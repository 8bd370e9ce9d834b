"""Replace a team file with its merged version, leaving a backup of the previous one.

The backup is `team.yaml.bak`; when that name holds something else, `team.yaml.bak.2`, `.bak.3` and so on,
the first free name: a backup is never overwritten. A backup that already holds exactly the previous file
is used again rather than copied twice.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from teamaudit.errors import TeamAuditError

MAX_BACKUPS = 1000


def replace_with_backup(path: Path, text: str, original: bytes) -> Path:
    """Write `text` to `path` atomically after backing up `original`, what the merge read; returns the backup."""
    from teamaudit.atomic import write_atomic

    try:
        now = path.read_bytes()
    except OSError as exc:
        raise TeamAuditError(f"cannot read file: {exc.strerror}", file=path) from None
    if now != original:
        raise TeamAuditError(
            "the file changed while importing; nothing written", file=path, hint="run the import again"
        )
    backup = _backup(path, original)
    write_atomic(path, text)
    return backup


def _backup(path: Path, content: bytes) -> Path:
    mode = stat.S_IMODE(path.stat().st_mode)
    for n in range(1, MAX_BACKUPS + 1):
        candidate = path.with_name(f"{path.name}.bak" + (f".{n}" if n > 1 else ""))
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)  # never follows or replaces a name
        except FileExistsError:
            if _holds(candidate, content):
                return candidate
            continue
        except OSError as exc:
            raise TeamAuditError(f"cannot write the backup: {exc.strerror}; nothing written", file=candidate) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException as exc:  # a half-written backup is worse than none, even on Ctrl-C
            candidate.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise TeamAuditError(
                    f"cannot write the backup: {exc.strerror}; nothing written", file=candidate
                ) from None
            raise
        return candidate
    raise TeamAuditError(
        f"{MAX_BACKUPS} backups already beside it; nothing written", file=path, hint="delete old .bak files"
    )


def _holds(candidate: Path, content: bytes) -> bool:
    try:
        info = candidate.lstat()
        return stat.S_ISREG(info.st_mode) and info.st_size == len(content) and candidate.read_bytes() == content
    except OSError:
        return False
