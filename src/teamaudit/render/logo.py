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
# What each kind of picture starts with; a file that does not would show as a broken-image box on the cover.
_STARTS: dict[str, tuple[bytes, ...]] = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/webp": (b"RIFF",),
}


def data_uri(path: Path) -> str:
    """The logo as a data: URI; a clear error for a type the report cannot show, a missing file, a FIFO or
    device, a file over the size limit (refused before it is read), and an empty file or one that is not the
    picture its name says (it would be a broken-image box on the cover)."""
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
    if not _is_picture(kind, data):
        name = path.suffix.lower().lstrip(".").upper()
        raise TeamAuditError(f"the logo is empty or not a {name} picture; its bytes do not start like one", file=path)
    return f"data:{kind};base64,{base64.b64encode(data).decode()}"


def _is_picture(kind: str, data: bytes) -> bool:
    starts = _STARTS.get(kind)
    return data.startswith(starts) if starts else b"<svg" in data
