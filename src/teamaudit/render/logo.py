"""The logo of the HTML report: a small image file, checked and embedded as a data: URI."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

from teamaudit.errors import TeamAuditError

LOGO_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
MAX_LOGO_BYTES = 2 * 1024 * 1024


def data_uri(path: Path) -> str:
    """The logo as a data: URI; a clear error for a type the report cannot show, a missing file, a FIFO or
    device, or a file over the size limit (refused before it is read)."""
    kind = LOGO_TYPES.get(path.suffix.lower())
    if kind is None:
        raise TeamAuditError("a logo must be .png, .jpg, .gif, .webp or .svg", file=path)
    try:
        info = path.stat()
    except OSError:
        info = None
    if info is None or not stat.S_ISREG(info.st_mode):
        raise TeamAuditError("no such file", file=path)
    if info.st_size > MAX_LOGO_BYTES:
        raise TeamAuditError("a logo must be under 2 MB", file=path)
    with path.open("rb") as handle:
        data = handle.read(MAX_LOGO_BYTES + 1)  # the file may have grown since stat
    if len(data) > MAX_LOGO_BYTES:
        raise TeamAuditError("a logo must be under 2 MB", file=path)
    return f"data:{kind};base64,{base64.b64encode(data).decode()}"
