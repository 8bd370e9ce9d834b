"""A picture's EXIF orientation, and an EXIF block holding that alone: a phone photo is saved as the sensor read it
with EXIF Orientation (tag 0x0112) saying how to turn it, and a browser draws it turned (CSS `image-orientation:
from-image`). Dropping the EXIF, which can name the camera's owner or where the photo was taken, drew the logo on its
side; keeping it whole kept its maker, model, GPS position, dates and thumbnail.

Chromium reads the orientation of a JPEG's EXIF (APP1) and a PNG's eXIf chunk, not a WebP's EXIF chunk.
"""

from __future__ import annotations

import struct

_ORIENTATION = 0x0112
_SHORT = 3  # the TIFF type of an orientation
_TURNED = range(2, 9)  # 1 is as stored: no EXIF needed to say it


def orientation(tiff: bytes) -> int | None:
    """The orientation an EXIF block (a TIFF header and its first directory) gives, when it turns or mirrors the
    picture (2 to 8); None for none, 1, or a block too damaged to say."""
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return None
    magic, directory = struct.unpack_from(f"{order}HI", tiff, 2)
    if magic != 42 or directory + 2 > len(tiff):
        return None
    (entries,) = struct.unpack_from(f"{order}H", tiff, directory)
    for at in range(directory + 2, min(directory + 2 + 12 * entries, len(tiff) - 11), 12):
        tag, kind, count = struct.unpack_from(f"{order}HHI", tiff, at)
        if tag == _ORIENTATION:
            (value,) = struct.unpack_from(f"{order}H", tiff, at + 8)
            return value if kind == _SHORT and count == 1 and value in _TURNED else None
    return None


def orientation_only(value: int) -> bytes:
    """An EXIF block (big-endian TIFF) whose one directory holds one entry, the orientation `value`."""
    entry = struct.pack(">HHIHH", _ORIENTATION, _SHORT, 1, value, 0)
    return b"MM\x00\x2a" + struct.pack(">IH", 8, 1) + entry + struct.pack(">I", 0)  # 0: no second directory
