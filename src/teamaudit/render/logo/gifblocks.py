"""A GIF's blocks after its logical screen, found by their lengths: the images and extensions that follow the header
and its global colour table, up to the trailer. Each step passes at least one byte, so the walk ends."""

from __future__ import annotations

from collections.abc import Iterator

IMAGE = 0x2C  # an image: its descriptor, local colours, LZW code size and data
EXTENSION = 0x21
_TRAILER = 0x3B


class NotABlock(Exception):
    """A byte where a block should begin that begins none, at `at`."""

    def __init__(self, at: int) -> None:
        super().__init__(at)
        self.at = at


def screen_end(data: bytes) -> int:
    """Where the header, the logical screen and its global colour table end."""
    return 13 + _colours(data[10])


def gif_blocks(data: bytes) -> Iterator[tuple[int, int, int]]:
    """Each block's introducer (IMAGE or EXTENSION), start and end, in order; IndexError if the file ends before its
    trailer, NotABlock at a byte that begins no block."""
    at = screen_end(data)
    while data[at] != _TRAILER:
        if data[at] == IMAGE:
            end = _sub_blocks(data, at + 10 + _colours(data[at + 9]) + 1)
        elif data[at] == EXTENSION:
            end = _sub_blocks(data, at + 2)
        else:
            raise NotABlock(at)
        yield data[at], at, end
        at = end


def _colours(flags: int) -> int:
    """The bytes of the colour table that packed `flags` (a logical screen's or an image's) say follows."""
    return 3 * (2 << (flags & 7)) if flags & 0x80 else 0


def _sub_blocks(data: bytes, at: int) -> int:
    """Where a GIF's run of data sub-blocks starting at `at` ends, past its empty terminator."""
    while data[at]:
        at += 1 + data[at]
    return at + 1
