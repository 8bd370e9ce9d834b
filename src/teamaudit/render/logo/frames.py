"""Every frame of an animated PNG (APNG: `fcTL` chunks) or an animated WebP (`ANMF` chunks) inside its canvas, the
picture's own size, which pixelsize.py bounds: the frames' sizes and places were not read, so a 2 x 2 APNG carried a
frame 60,000 pixels from its corner. Both formats require each frame to fit the canvas (the GIF format does not, and a
browser enlarges its screen instead: pixelsize.py reads its frames). Chromium draws no WebP whose frame lies
outside (a broken-image box on the cover) and only the still image of such an APNG; other viewers may allocate what
the frame claims. An animated logo is kept animated, as a GIF is: each frame bounded, it costs no more to draw than
the canvas does.

`data` has been read through whole by strip.py: its chunks' lengths fit the file.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.render.logo.pixelsize import Size, webp_image_size

_PNG_FRAME = b"fcTL"
_PNG_FRAME_BYTES = 26  # sequence number, width, height, x and y offsets, delay, disposal and blending
_WEBP_FRAME = b"ANMF"
_WEBP_FRAME_HEADER = 16  # x / 2, y / 2, width - 1, height - 1 and duration (3 bytes each), then flags
_WEBP_IMAGES = (b"VP8 ", b"VP8L")

Frame = tuple[int, int, int, int]  # x and y offsets on the canvas, width and height, in pixels


def refuse_frames_outside(data: bytes, kind: str, canvas: Size, path: Path) -> None:
    """An error naming the logo and the frame when an animated PNG's or WebP's frame reaches past its `canvas`."""
    frames = {"image/png": _png_frames, "image/webp": _webp_frames}.get(kind, _no_frames)(data, path)
    width, height = canvas
    for number, (x, y, frame_width, frame_height) in enumerate(frames, 1):
        if width is None or height is None or x + frame_width > width or y + frame_height > height:
            raise TeamAuditError(
                f"the logo's frame {number} is {frame_width:,} x {frame_height:,} pixels at ({x:,}, {y:,}), past "
                f"its {width or 0:,} x {height or 0:,} picture, where every frame of an animation must fit: save it "
                "as a still picture, or with frames that fit",
                file=path,
            )


def _no_frames(data: bytes, path: Path) -> Iterator[Frame]:
    return iter(())


def _png_frames(data: bytes, path: Path) -> Iterator[Frame]:
    for name, at, length in _chunks(data, 8, ">I4s", end=len(data)):
        if name != _PNG_FRAME:
            continue
        if length < _PNG_FRAME_BYTES:
            raise TeamAuditError(f"the logo is not a whole picture: its fcTL chunk at byte {at:,} is short", file=path)
        width, height, x, y = struct.unpack_from(">IIII", data, at + 12)
        yield x, y, width, height


def _webp_frames(data: bytes, path: Path) -> Iterator[Frame]:
    """Each frame's place, as large as its header or its image says: Chromium draws the image's own size."""
    for name, at, length in _chunks(data, 12, "<4sI", end=len(data)):
        if name != _WEBP_FRAME or length < _WEBP_FRAME_HEADER:
            continue
        x, y, width, height = (int.from_bytes(data[at + 8 + i : at + 11 + i], "little") for i in (0, 3, 6, 9))
        width, height = width + 1, height + 1
        for inner, inner_at, _ in _chunks(data, at + 8 + _WEBP_FRAME_HEADER, "<4sI", end=at + 8 + length):
            if inner in _WEBP_IMAGES:
                image_width, image_height = _image_size(data, inner_at, path)
                width, height = max(width, int(image_width or 0)), max(height, int(image_height or 0))
                break
        yield 2 * x, 2 * y, width, height


def _chunks(data: bytes, at: int, layout: str, end: int) -> Iterator[tuple[bytes, int, int]]:
    """Each whole chunk's name, start and length between `at` and `end`: a PNG's (`>I4s`: length, name, body,
    checksum) or a RIFF's (`<4sI`: name, length, body padded to an even length)."""
    png = layout == ">I4s"
    while at + 8 <= end:
        first, second = struct.unpack_from(layout, data, at)
        name, length = (second, first) if png else (first, second)
        if at + 8 + length > end:
            return
        yield name, at, length
        at += 8 + length + (4 if png else length & 1)


def _image_size(data: bytes, at: int, path: Path) -> Size:
    try:
        return webp_image_size(data, at)
    except struct.error:
        raise TeamAuditError("the logo is not a whole picture: its last frame is cut short", file=path) from None
