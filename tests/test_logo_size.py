"""A logo's size in pixels is bounded as its size in bytes is: a 1 kB PNG claiming 100,000 x 100,000 pixels, or an
SVG 1,000,000 pixels wide, was embedded, and the browser drawing or printing the report allocates what it claims."""

from __future__ import annotations

import struct
import zlib

import pytest

from conftest import EXAMPLES, run_cli
from test_logo_metadata import LOGOS, chunk, refused


def png(width: int, height: int) -> bytes:
    """A PNG whose header claims `width` x `height`, with one row of image data: the size is all that is read."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


def jpeg(width: int, height: int) -> bytes:
    """The test JPEG with its frame header (SOF0, at byte 158) claiming `width` x `height`."""
    data = bytearray((LOGOS / "python.jpg").read_bytes())
    assert data[158:160] == b"\xff\xc0"
    data[163:167] = struct.pack(">HH", height, width)
    return bytes(data)


def webp(name: bytes, body: bytes) -> bytes:
    whole = b"WEBP" + name + struct.pack("<I", len(body)) + body + b"\x00" * (len(body) & 1)
    return b"RIFF" + struct.pack("<I", len(whole)) + whole


def vp8x(width: int, height: int) -> bytes:
    return webp(b"VP8X", b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little"))


def vp8l(width: int, height: int) -> bytes:
    return webp(b"VP8L", b"\x2f" + struct.pack("<I", (width - 1) | (height - 1) << 14) + b"\x00" * 8)


def vp8(width: int, height: int) -> bytes:
    return webp(b"VP8 ", b"\x10\x02\x00\x9d\x01\x2a" + struct.pack("<HH", width, height) + b"\x00" * 8)


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00" + b"\x2c" + b"\x00" * 8 + b"\x00\x02\x00;"


def svg(attributes: str) -> bytes:
    return f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><rect width="1" height="1"/></svg>'.encode()


TOO_LARGE = [
    ("logo.png", png(100_000, 100_000), "100,000 x 100,000 pixels"),
    ("logo.png", png(16_385, 1), "16,385 x 1 pixels"),
    ("logo.gif", gif(65_535, 65_535), "65,535 x 65,535 pixels"),
    ("logo.jpg", jpeg(65_000, 300), "65,000 x 300 pixels"),
    ("logo.webp", vp8x(20_000, 20_000), "20,000 x 20,000 pixels"),
    ("logo.webp", vp8l(16_384, 16_384), "16,384 x 16,384 pixels"),
    ("logo.webp", vp8(16_383, 2_000), "16,383 x 2,000 pixels"),
    ("logo.svg", svg('width="1000000" height="10"'), "1,000,000 x 10 pixels"),
    ("logo.svg", svg('width="1000000"'), "1,000,000 pixels wide"),  # its height is the page's
    ("logo.svg", svg('width="50in" viewBox="0 0 1 1"'), "4,800 x 4,800 pixels"),  # the height from the viewBox
    ("logo.svg", svg('height="200cm" viewBox="0 0 2, 1"'), "15,118 x 7,559 pixels"),
    ("logo.svg", svg('width="5000pt" height="10000px"'), "6,667 x 10,000 pixels"),
    ("logo.svg", svg('width="1e999" height="1"'), "more than 16,384 x 1 pixels"),
]


@pytest.mark.parametrize(("name", "data", "size"), TOO_LARGE, ids=[f"{n}-{s}" for n, _, s in TOO_LARGE])
def test_a_logo_whose_header_claims_too_many_pixels_is_refused_naming_its_size(tmp_path, name, data, size):
    logo, lines = refused(tmp_path, name, data)
    assert lines == [
        f"teamaudit: error: {logo}: the logo is {size}; a logo may have 16,384 a side and 16,777,216 in all "
        "(4096 x 4096): save it smaller"
    ]
    assert len(data) < 5_000


FITS = [
    ("logo.png", png(4096, 4096)),
    ("logo.png", png(16_384, 1)),
    ("logo.jpg", (LOGOS / "python.jpg").read_bytes()),
    ("logo.webp", (LOGOS / "python.webp").read_bytes()),
    ("logo.svg", svg('width="100%" viewBox="0 0 100000 100000"')),  # the page sizes it; the viewBox is proportions
    ("logo.svg", svg('viewBox="0 0 100000 100000"')),
    ("logo.svg", svg('width="40mm" height="1in"')),
    ("logo.svg", svg('width="auto" height="-5"')),  # not lengths a browser reads
]


@pytest.mark.parametrize(("name", "data"), FITS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(FITS)])
def test_a_logo_of_a_size_a_logo_has_is_embedded(tmp_path, name, data):
    logo = tmp_path / name
    logo.write_bytes(data)
    result = run_cli("report", EXAMPLES / "balanced.yaml", "-o", tmp_path / "report.html", "--logo", logo)
    assert result.code == 0, result.stderr
