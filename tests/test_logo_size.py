"""A logo's size in pixels is bounded as its size in bytes is: a 1 kB PNG claiming 100,000 x 100,000 pixels, or an
SVG 1,000,000 pixels wide, was embedded, and the browser drawing or printing the report allocates what it claims."""

from __future__ import annotations

import base64
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


def gif_frame(left: int, top: int, width: int, height: int) -> bytes:
    """A GIF whose logical screen is 1 x 1 and whose one image is `width` x `height` at (left, top)."""
    descriptor = b"\x2c" + struct.pack("<HHHH", left, top, width, height) + b"\x00"
    return b"GIF87a\x01\x00\x01\x00\x00\x00\x00" + descriptor + b"\x02\x02\x44\x01\x00;"


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
    ("logo.svg", svg('width="40" height="20" style="max-width: 100000px; width: 50%; stroke-width: 9e9"')),
    ("logo.svg", svg('width="40" height="20"><style>.a { fill: url(#g); height: auto }</style><use href="#r"/')),
    ("logo.svg", svg('width="40" height="20"><rect fill="url( \'#g\' )" style="fill: URL(&quot;#g&quot;)"/')),
    ("logo.gif", gif_frame(0, 0, 1, 1)),
]


@pytest.mark.parametrize(("name", "data"), FITS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(FITS)])
def test_a_logo_of_a_size_a_logo_has_is_embedded(tmp_path, name, data):
    logo = tmp_path / name
    logo.write_bytes(data)
    result = run_cli("report", EXAMPLES / "balanced.yaml", "-o", tmp_path / "report.html", "--logo", logo)
    assert result.code == 0, result.stderr


EMBEDDED_PNG = base64.b64encode(png(100_000, 100_000)).decode()
LARGER_THAN_SAID = [
    ("logo.gif", gif_frame(0, 0, 60_000, 60_000), "60,000 x 60,000 pixels"),  # the reviewer's GIF
    ("logo.gif", gif_frame(65_000, 0, 10, 1), "65,010 x 1 pixels"),  # a small frame far out
    ("logo.svg", svg('style="width:100000px;height:100000px"'), "100,000 x 100,000 pixels"),
    ("logo.svg", svg('width="10" height="10" style="WIDTH : 20000px !important"'), "20,000 x 10 pixels"),
    ("logo.svg", svg('style="min-height:/* */2000in" viewBox="0 0 1 1"'), "192,000 x 192,000 pixels"),
    ("logo.svg", svg('width="10" height="10"><style>svg { inline-size: 300in }</style'), "28,800 x 28,800 pixels"),
    ("logo.svg", svg('width="10" height="10"><style><g/>svg { height: 20000px }</style'), "10 x 20,000 pixels"),
]


@pytest.mark.parametrize(("name", "data", "size"), LARGER_THAN_SAID, ids=[s for _, _, s in LARGER_THAN_SAID])
def test_a_frame_or_a_style_larger_than_the_header_says_is_refused(tmp_path, name, data, size):
    """A GIF's logical screen bounded every frame no more than an SVG's width attribute bounded its CSS."""
    logo, lines = refused(tmp_path, name, data)
    assert lines == [
        f"teamaudit: error: {logo}: the logo is {size}; a logo may have 16,384 a side and 16,777,216 in all "
        "(4096 x 4096): save it smaller"
    ]


OUTSIDE_CONTENT = [
    (
        'width="10" height="10"><image width="100000" height="100000" '
        f'xlink:href="data:image/png;base64,{EMBEDDED_PNG}"/><rect/',
        "embeds a picture or a page (an <image> element)",
    ),
    ('width="10" height="10"><foreignObject width="5" height="5"/><rect/', "(an <foreignObject> element)"),
    ('width="10" height="10"><use href="https://example.com/logo.svg#a"/><rect/', "an href that is no '#id'"),
    ('width="10" height="10"><use xlink:href="other.svg#a"/><rect/', "an href that is no '#id'"),
    ('width="10" height="10" style="background: URL( \'https://example.com/x.png\')"', "a url() or @import"),
    ('width="10" height="10"><style>@import "https://example.com/x.css";</style><rect/', "a url() or @import"),
    ('width="10" height="10"><rect fill="url(data:image/png;base64,AAAA)"/><g/', "a url() or @import"),
    ('width="10" height="10"><style>rect { fill: \\75 rl(x.png) }</style><rect/', "writes an escape"),
    ('width="10" height="10"><use href="#a"><set attributeName="href" to="x.svg"/></use><rect/', "animates an href"),
    ('width="10" height="10"><use href="#a"><animate attributeName="xlink:href" values="x.svg"/></use><g/', "animates"),
]


@pytest.mark.parametrize(("inside", "said"), OUTSIDE_CONTENT, ids=[s for _, s in OUTSIDE_CONTENT])
def test_an_svg_that_embeds_a_picture_or_refers_outside_itself_is_refused(tmp_path, inside, said):
    """An SVG's <image> carried a PNG claiming 100,000 x 100,000 pixels, with its metadata, past both checks."""
    data = svg(f'xmlns:xlink="http://www.w3.org/1999/xlink" {inside}')
    logo, lines = refused(tmp_path, "logo.svg", data)
    assert len(lines) == 1 and lines[0].startswith(f"teamaudit: error: {logo}: the logo") and said in lines[0]


def test_a_css_size_that_is_not_a_length_is_refused(tmp_path):
    logo, lines = refused(tmp_path, "logo.svg", svg('style="width: calc(100000px * 10)"'))
    assert lines == [
        f"teamaudit: error: {logo}: the logo's CSS sets its width to something other than a length: write the logo's"
        " size as its width and height"
    ]


CUT_HEADERS = [
    ("logo.webp", webp(b"VP8L", b"")),  # no room for its size after the chunk's name
    ("logo.jpg", b"\xff\xd8\xff\xc0\x00\x02\xff\xd9"),  # a frame header of no fields, then the end of the image
]


@pytest.mark.parametrize(("name", "data"), CUT_HEADERS, ids=["webp", "jpeg"])
def test_a_header_that_ends_before_its_size_is_refused_not_a_traceback(tmp_path, name, data):
    """Both went through the metadata stripping whole and were a struct.error traceback reading their size."""
    logo, lines = refused(tmp_path, name, data)
    assert lines == [f"teamaudit: error: {logo}: the logo is not a whole picture: its header is cut short"]
