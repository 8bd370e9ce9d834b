"""The logo of the HTML report: a small image file, checked and embedded as a data: URI (`data_uri`).

The modules beside this one each check or strip one thing: strip.py keeps only what draws the picture
(exiforientation.py, gifblocks.py and, for an SVG, svgnames.py help it; svgreferences.py and svgscripts.py refuse what
an SVG must not hold), pixelsize.py bounds its size, frames.py an animation's frames, svgfilters.py an SVG's filters.
svgelements.py is what the SVG checks share to read an element.
"""

from __future__ import annotations

import base64
import re
import stat
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.gitfolder import refuse_git_folder_read
from teamaudit.render.logo.frames import refuse_frames_outside
from teamaudit.render.logo.pixelsize import declared_size, refuse_too_large, svg_size
from teamaudit.render.logo.strip import svg_bytes, svg_drawing, without_metadata
from teamaudit.render.logo.svgfilters import drop_filter_definitions, refuse_filters
from teamaudit.repository import refuse_link_out

LOGO_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}
MAX_LOGO_BYTES = 2 * 1024 * 1024
# What each kind of picture starts with, as far as its header (a file that does not would show as a broken-image
# box on the cover): a PNG's signature and IHDR chunk, a JPEG's start-of-image and a second marker, a GIF's
# signature and screen descriptor, a WebP's RIFF header and image chunk.
_STARTS: dict[str, re.Pattern[bytes]] = {
    "image/png": re.compile(rb"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"),
    "image/jpeg": re.compile(rb"\xff\xd8\xff[\xc0-\xfe]"),
    "image/gif": re.compile(rb"GIF8[79]a.{7}", re.DOTALL),
    "image/webp": re.compile(rb"RIFF....WEBPVP8[ LX]", re.DOTALL),
    "image/svg+xml": re.compile(rb"<svg[\s>/]", re.IGNORECASE),  # after what may come before it: _prolog_end
}
_A_PICTURE = {
    "image/png": "a PNG",
    "image/jpeg": "a JPEG",
    "image/gif": "a GIF",
    "image/webp": "a WebP",
    "image/svg+xml": "an SVG",
}


def data_uri(path: Path) -> str:
    """The logo as a data: URI; a clear error for a type the report cannot show, a missing file, a FIFO or
    device, a file over the size limit (refused before it is read), an empty file or one that is not the
    picture its name says (it would be a broken-image box on the cover), one cut short or damaged, one whose
    header claims more pixels than a logo needs or whose animation's frames do not fit it, and an SVG holding a
    script or drawing with a filter."""
    kind = LOGO_TYPES.get(path.suffix.lower())
    if kind is None:
        raise TeamAuditError("a logo must be .png, .jpg, .gif, .webp or .svg", file=path)
    refuse_link_out(path)
    refuse_git_folder_read(path)
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
    start = _prolog_end(data) if kind == "image/svg+xml" else 0
    if not _STARTS[kind].match(data, start):
        raise TeamAuditError(
            f"the logo is empty or not {_A_PICTURE[kind]} picture: it does not begin as one", file=path
        )
    # A client's report carries no author or path the file held; a browser drawing it allocates what it claims.
    if kind == "image/svg+xml":
        root = svg_drawing(data, path)
        refuse_too_large(svg_size(root, path), path)
        refuse_filters(root, path)  # drawn at the size its element has on the device, however little shows
        drop_filter_definitions(root)  # which nothing applies: left behind by a design tool
        data = svg_bytes(root)
    else:
        data = without_metadata(data, kind, path)
        canvas = declared_size(data, kind, path)
        refuse_too_large(canvas, path)
        refuse_frames_outside(data, kind, canvas, path)
    return f"data:{kind};base64,{base64.b64encode(data).decode()}"


def _prolog_end(data: bytes) -> int:
    """Where an SVG's root element should begin: past a byte-order mark, whitespace, an XML declaration,
    comments and a doctype (one linear pass; the file is hostile input)."""
    at = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while at < len(data) and data[at : at + 1].isspace():
            at += 1
        for opening, closing in ((b"<?xml", b"?>"), (b"<!--", b"-->"), (b"<!DOCTYPE", b">"), (b"<!doctype", b">")):
            if data.startswith(opening, at):
                end = data.find(closing, at + len(opening))
                if end < 0:
                    return at
                at = end + len(closing)
                break
        else:
            return at
