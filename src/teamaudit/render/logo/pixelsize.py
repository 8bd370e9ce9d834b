"""The size in pixels a logo's header declares, bounded: a 1 kB PNG can claim 100,000 x 100,000 pixels, and a browser
drawing the report (or printing it to PDF) allocates what the picture claims before it knows better.

Read from each format's header: a PNG's IHDR, a GIF's logical screen and every image's place and size in it, a
JPEG's start of frame (SOF0-SOF15), a WebP's VP8X canvas or its only image (VP8 or VP8L); an SVG's `width` and
`height` in any absolute unit, the missing one from its `viewBox`'s proportions (an SVG with neither, or only
percentages, is sized by the page), and every width and height its CSS sets (a `style` attribute on the root
overrides its `width`; a `<style>` rule may reach it: each is bounded).
An animated PNG's or WebP's frames must fit this size (frames.py).
"""

from __future__ import annotations

import math
import re
import struct
from pathlib import Path
from xml.etree import ElementTree

from teamaudit.errors import TeamAuditError
from teamaudit.render.logo.gifblocks import IMAGE, gif_blocks
from teamaudit.render.logo.svgelements import IMPORTANT, local_name

# A logo is drawn at most 200 x 64 CSS pixels (render/html.py), 600 x 192 on a 3x phone screen. 4096 x 4096 leaves
# room for any logo exported for print and a 12-megapixel phone photo, 64 MB decoded at 4 bytes a pixel; Pillow's
# decompression-bomb warning (Image.MAX_IMAGE_PIXELS) comes at 89,478,485 pixels, over five times as many.
MAX_LOGO_PIXELS = 4096 * 4096
# And a side at most as long as a WebP image's may be (VP8L: 14 bits a side), so a strip cannot claim a million.
MAX_LOGO_SIDE = 16_384

# CSS pixels in each absolute unit (CSS Values and Units 4, 6.2); em and ex at a browser's default 16 px font.
_PIXELS_PER = {"": 1.0, "px": 1.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6, "pt": 96 / 72}
_PIXELS_PER |= {"pc": 16.0, "em": 16.0, "ex": 8.0}
_LENGTH = re.compile(r"\s*([+]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*")
# CSS properties that size an element (and their `min-` forms; `max-` ones only shrink it), with the sides each sizes.
_SIDES = {"width": ("width",), "height": ("height",), "inline-size": ("width", "height")}
_SIDES["block-size"] = _SIDES["inline-size"]
_CSS_SIZE = re.compile(r"(?<![-\w])((?:min-)?(?:width|height|inline-size|block-size))\s*:\s*([^;{}]*)", re.I)
# What leaves the size to the page or to the width and height: a percentage and CSS's keywords for no size.
_PAGE_SIZED = re.compile(
    r"[+-]?(?:\d+\.?\d*|\.\d+)%|auto|none|inherit|initial|unset|revert(?:-layer)?|(?:min-|max-|fit-)content",
    re.IGNORECASE,
)
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # SOF0-15; C4, C8 and CC are other markers


Size = tuple[float | None, float | None]  # width and height in pixels; None for a side the page sets


def refuse_too_large(size: Size, path: Path) -> None:
    """An error naming the logo and its `size` (declared_size's, svg_size's) when it has a side over MAX_LOGO_SIDE
    or more than MAX_LOGO_PIXELS in all."""
    width, height = size
    sides = [side for side in (width, height) if side is not None]
    pixels = width * height if width is not None and height is not None else 0.0
    if all(side <= MAX_LOGO_SIDE for side in sides) and pixels <= MAX_LOGO_PIXELS:
        return
    if width is None or height is None:
        size_said = f"{_amount(max(sides))} pixels {'wide' if width is not None else 'high'}"
    else:
        size_said = f"{_amount(width)} x {_amount(height)} pixels"
    raise TeamAuditError(
        f"the logo is {size_said}; a logo may have {MAX_LOGO_SIDE:,} a side and {MAX_LOGO_PIXELS:,} in all "
        "(4096 x 4096): save it smaller",
        file=path,
    )


def _amount(side: float) -> str:
    if not math.isfinite(side):
        return f"more than {MAX_LOGO_SIDE:,}"
    return f"{side:,.0f}" if side < 1e12 else f"{side:.3g}"


def declared_size(data: bytes, kind: str, path: Path) -> Size:
    """(width, height) as the header of `data`, a PNG, GIF, JPEG or WebP read through whole (strip.py),
    declares them; an error naming the logo when the header is cut short."""
    try:
        if kind == "image/png":
            return struct.unpack_from(">II", data, 16)
        if kind == "image/gif":
            return _gif(data)
        if kind == "image/jpeg":
            return _jpeg(data)
        return webp_image_size(data, 12)
    except struct.error:
        raise TeamAuditError("the logo is not a whole picture: its header is cut short", file=path) from None


def _jpeg(data: bytes) -> Size:
    at = 2
    while at + 4 <= len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xFF:
            at += 1
            continue
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack_from(">HH", data, at + 5)
            return width, height
        if marker == 0xDA:  # a scan before any frame header: no size to read
            break
        at += 2 + struct.unpack_from(">H", data, at + 2)[0]
    return None, None


def _gif(data: bytes) -> Size:
    """The logical screen grown to hold every image: a browser draws a frame past the screen by enlarging it."""
    width, height = struct.unpack_from("<HH", data, 6)
    for block, at, _ in gif_blocks(data):
        if block == IMAGE:
            left, top, frame_width, frame_height = struct.unpack_from("<HHHH", data, at + 1)
            width, height = max(width, left + frame_width), max(height, top + frame_height)
    return width, height


def webp_image_size(data: bytes, at: int) -> Size:
    """The size a WebP's VP8X canvas, or its VP8L or VP8 image, declares in the chunk at `at`; struct.error if
    `data` ends first."""
    chunk = data[at : at + 4]
    if chunk == b"VP8X":
        width, height = (int.from_bytes(side, "little") + 1 for side in struct.unpack_from("3s3s", data, at + 12))
        return width, height
    if chunk == b"VP8L":
        (bits,) = struct.unpack_from("<I", data, at + 9)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    width, height = struct.unpack_from("<HH", data, at + 14)  # VP8: past its frame tag and start code
    return width & 0x3FFF, height & 0x3FFF


def svg_size(root: ElementTree.Element, path: Path) -> Size:
    """(width, height) of the SVG under `root` as its attributes and CSS declare them; a side left to the page is
    None."""
    width, height = _length(root.get("width")), _length(root.get("height"))
    styled = _css_sides(root, path)
    width, height = _widest(width, styled["width"]), _widest(height, styled["height"])
    box = _view_box(root.get("viewBox"))
    if box is None or not box[0] or not box[1] or (width is None) == (height is None):
        return width, height  # a viewBox gives only proportions: with no side to scale, the page sizes it
    if width is not None:
        return width, width * box[1] / box[0]
    return None if height is None else height * box[0] / box[1], height


def _css_sides(root: ElementTree.Element, path: Path) -> dict[str, list[float]]:
    """Each length the SVG's CSS gives a width or a height (a logical size read as both), in pixels. A value that
    is neither a length, a percentage nor a keyword (`calc(...)`, `var(...)`) is refused: it could be any size.
    The CSS holds no comments (strip.py) and no escapes (svgreferences.py refused them)."""
    texts = ["".join(element.itertext()) for element in root.iter() if local_name(element.tag) == "style"]
    declarations = _CSS_SIZE.findall(" ".join([root.get("style", ""), *texts]))
    sides: dict[str, list[float]] = {"width": [], "height": []}
    for name, value in declarations:
        value = IMPORTANT.sub("", value).strip()
        length = _length(value)
        if length is None and not _PAGE_SIZED.fullmatch(value):
            raise TeamAuditError(
                f"the logo's CSS sets its {name.lower()} to something other than a length: write the logo's size as"
                " its width and height",
                file=path,
            )
        if length is not None:
            for side in _SIDES[name.lower().removeprefix("min-")]:
                sides[side].append(length)
    return sides


def _widest(side: float | None, styled: list[float]) -> float | None:
    return max([*([] if side is None else [side]), *styled], default=None)


def _length(value: str | None) -> float | None:
    """A length in CSS pixels; None for a percentage, `auto` or anything a browser would not read as a length."""
    found = _LENGTH.fullmatch(value or "")
    unit = found.group(2).lower() if found else "%"
    return float(found.group(1)) * _PIXELS_PER[unit] if found and unit in _PIXELS_PER else None


def _view_box(value: str | None) -> tuple[float, float] | None:
    parts = re.split(r"[\s,]+", (value or "").strip())
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        return None
    if len(numbers) != 4 or not all(math.isfinite(n) and n >= 0 for n in numbers[2:]):
        return None  # a browser draws no picture with this viewBox, at any size
    return numbers[2], numbers[3]
