"""A logo reaches the client's report without its metadata: the author, editor file names and paths a PNG's text
chunks, an SVG's editor attributes or a JPEG's EXIF carried were embedded as given. A logo cut short or damaged is
refused, exit 2, with no traceback."""

from __future__ import annotations

import base64
import re
import struct
import zlib
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import EXAMPLES, ROOT, run_cli

CANARY = "Ann-Lee-CANARY"
LOGOS = ROOT / "tests" / "data" / "logos"


def chunk(name: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + name + body + struct.pack(">I", zlib.crc32(name + body))


def png(*extra: bytes, width: int = 2, height: int = 2) -> bytes:
    """An RGB PNG of `width` x `height` red pixels, with `extra` chunks before its image data."""
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + b"".join(extra)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def png_with_metadata() -> bytes:
    secret = CANARY.encode()
    return png(
        chunk(b"tEXt", b"Author\x00" + secret),
        chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"made by " + secret)),
        chunk(b"iTXt", b"Source\x00\x00\x00\x00\x00C:/Users/" + secret + b"/logo.psd"),
        chunk(b"eXIf", b"MM\x00*" + secret),
        chunk(b"gAMA", struct.pack(">I", 45455)),
        chunk(b"iCCP", secret + b"'s monitor\x00\x00" + zlib.compress(b"profile")),
        chunk(b"pHYs", struct.pack(">IIB", 2835, 2835, 1)),
    ) + (b"trailing " + secret)


SVG_WITH_METADATA = f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Created by {CANARY} with Inkscape -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
     width="20" height="10" sodipodi:docname="{CANARY}.svg"
     inkscape:export-filename="/home/{CANARY}/logo.png" inkscape:version="1.3">
  <title>Logo by {CANARY}</title>
  <metadata><rdf:RDF><dc:creator>{CANARY}</dc:creator></rdf:RDF></metadata>
  <sodipodi:namedview id="base" inkscape:current-layer="{CANARY}"/>
  <g inkscape:label="{CANARY}'s layer" inkscape:groupmode="layer">
    <rect width="20" height="10" fill="#0a7"/><!-- {CANARY} -->
    <text x="2" y="8" xml:space="preserve">Acme</text>
  </g>
</svg>
"""


def jpeg_with_metadata() -> bytes:
    original = (LOGOS / "python.jpg").read_bytes()
    exif = b"Exif\x00\x00MM\x00*" + CANARY.encode()
    xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + CANARY.encode()
    segments = b"".join(
        marker + struct.pack(">H", len(body) + 2) + body
        for marker, body in ((b"\xff\xe1", exif), (b"\xff\xe1", xmp), (b"\xff\xfe", b"by " + CANARY.encode()))
    )
    return original[:2] + segments + original[2:]


def gif_with_metadata() -> bytes:
    comment = b"\x21\xfe" + bytes([len(CANARY)]) + CANARY.encode() + b"\x00"
    xmp = b"\x21\xff\x0bXMP DataXMP" + bytes([len(CANARY)]) + CANARY.encode() + b"\x00"
    return (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\x00\x00\x00\x00\x00"
        + comment
        + xmp
        + b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b"
    )


def webp_with_metadata() -> bytes:
    original = (LOGOS / "python.webp").read_bytes()
    body = original[12:]
    flagged = body[:8] + bytes([body[8] | 0x0C]) + body[9:]  # VP8X: EXIF and XMP follow
    extra = b"EXIF" + struct.pack("<I", len(CANARY)) + CANARY.encode() + b"XMP " + struct.pack("<I", 2) + b"<x"
    whole = b"WEBP" + flagged + extra
    return b"RIFF" + struct.pack("<I", len(whole)) + whole


CRAFTED = {
    "logo.png": png_with_metadata,
    "logo.svg": lambda: SVG_WITH_METADATA.encode(),
    "logo.jpg": jpeg_with_metadata,
    "logo.gif": gif_with_metadata,
    "logo.webp": webp_with_metadata,
}


def embedded(tmp_path: Path, name: str, data: bytes) -> tuple[str, bytes]:
    """The report written with `data` as its logo, and the logo as the report embeds it."""
    logo = tmp_path / name
    logo.write_bytes(data)
    out = tmp_path / "report.html"
    result = run_cli("report", EXAMPLES / "balanced.yaml", "-o", out, "--logo", logo)
    assert result.code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    found = re.search(r'class="logo" alt="[^"]*" src="data:image/[a-z+]+;base64,([A-Za-z0-9+/=]+)"', html)
    assert found, "no logo in the report"
    return html, base64.b64decode(found.group(1))


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_a_logos_metadata_does_not_reach_the_report(tmp_path, name):
    data = CRAFTED[name]()
    assert CANARY.encode() in data
    html, logo = embedded(tmp_path, name, data)
    assert CANARY not in html and CANARY.encode() not in logo


def _png_chunks(data: bytes) -> dict[bytes, list[bytes]]:
    """Each chunk's bodies, checking the signature, lengths and checksums as a decoder does."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    chunks: dict[bytes, list[bytes]] = {}
    at = 8
    while at < len(data):
        length, name = struct.unpack_from(">I4s", data, at)
        body = data[at + 8 : at + 8 + length]
        assert struct.unpack_from(">I", data, at + 8 + length)[0] == zlib.crc32(name + body), name
        chunks.setdefault(name, []).append(body)
        at += 12 + length
    assert at == len(data)
    return chunks


def test_a_stripped_png_keeps_what_draws_it(tmp_path):
    _, logo = embedded(tmp_path, "logo.png", png_with_metadata())
    chunks = _png_chunks(logo)
    assert list(chunks) == [b"IHDR", b"gAMA", b"iCCP", b"pHYs", b"IDAT", b"IEND"]
    assert chunks[b"iCCP"][0].startswith(b"ICC profile\x00\x00")
    assert zlib.decompress(chunks[b"iCCP"][0].split(b"\x00", 2)[2]) == b"profile"
    assert zlib.decompress(b"".join(chunks[b"IDAT"])) == (b"\x00" + b"\xff\x00\x00" * 2) * 2  # the same pixels
    assert logo.endswith(chunk(b"IEND", b""))


def test_a_stripped_svg_keeps_its_drawing(tmp_path):
    _, logo = embedded(tmp_path, "logo.svg", SVG_WITH_METADATA.encode())
    root = ElementTree.fromstring(logo)
    svg = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{svg}svg" and root.get("width") == "20" and root.get("height") == "10"
    assert [child.tag for child in root] == [f"{svg}g"]
    assert [child.tag for child in root[0]] == [f"{svg}rect", f"{svg}text"]
    assert root[0][1].text == "Acme" and root[0][1].get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert b"sodipodi" not in logo and b"inkscape" not in logo and b"<!--" not in logo


def test_a_stripped_jpeg_gif_and_webp_keep_their_image(tmp_path):
    _, jpeg = embedded(tmp_path, "logo.jpg", jpeg_with_metadata())
    assert jpeg == (LOGOS / "python.jpg").read_bytes()  # what was added, and nothing else, is gone
    _, gif = embedded(tmp_path, "logo.gif", gif_with_metadata())
    assert gif == b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\x00\x00\x00\x00\x00" + (
        b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b"
    )
    _, webp = embedded(tmp_path, "logo.webp", webp_with_metadata())
    assert webp == (LOGOS / "python.webp").read_bytes()


BROKEN_PNG = png_with_metadata()
DAMAGED = bytearray(png())
DAMAGED[40] ^= 0xFF  # a byte of the image data: its chunk's checksum no longer matches


# logo._prolog_end ends a doctype at its first '>', which an entity's value may hold: this 1.1 kB logo passed as an
# SVG and its entities, each expanding into ten of the last, wrote a 10.7 MB report.
_CHAIN = (
    b'<!ENTITY a "'
    + b"A" * 800
    + b'">'
    + b"".join(b'<!ENTITY e%d "%s">' % (i, (b"&a;" if i == 0 else b"&e%d;" % (i - 1)) * 10) for i in range(4))
)
ENTITIES_PAST_THE_DOCTYPE_CHECK = (
    b'<!DOCTYPE svg [<!ENTITY q "><!--">' + _CHAIN + b'<!ENTITY z "--><svg ">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&e3;</text></svg>'
)


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("logo.png", BROKEN_PNG[: BROKEN_PNG.index(b"IDAT") + 6], "'IDAT' chunk at byte"),
        ("logo.png", bytes(DAMAGED), "is damaged (its checksum does not match)"),
        ("logo.png", png()[:-12], "before its IEND chunk"),
        ("logo.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", b"\x00" * 13) + chunk(b"IEND", b""), "no IDAT chunk"),
        ("logo.svg", SVG_WITH_METADATA.encode()[:600], "not a whole SVG picture"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', "not a whole SVG picture: mismatched tag"),
        ("logo.svg", b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', "not an SVG picture"),
        ("logo.svg", ENTITIES_PAST_THE_DOCTYPE_CHECK, "doctype declares entities"),
        ("logo.svg", b"<svg>" + b"<g>" * 100_000 + b"</g>" * 100_000 + b"</svg>", "more than 200 deep"),
        ("logo.jpg", jpeg_with_metadata()[:-40], "ends inside its image data"),
        ("logo.jpg", (LOGOS / "python.jpg").read_bytes()[:30], "segment at byte 20 runs past the end of the file"),
        ("logo.gif", gif_with_metadata()[:-6], "ends before its last part"),
        ("logo.webp", webp_with_metadata()[:100], "runs past the end of the file"),
    ],
    ids=[
        "png-cut-in-image-data",
        "png-damaged",
        "png-no-end",
        "png-no-image-data",
        "svg-cut",
        "svg-mismatched",
        "svg-entities",
        "svg-entities-past-the-first-angle-bracket",
        "svg-deep",
        "jpeg-cut-in-scan",
        "jpeg-cut-in-header",
        "gif-cut",
        "webp-cut",
    ],
)
def test_a_logo_cut_short_or_damaged_is_refused(tmp_path, name, data, said):
    logo, lines = refused(tmp_path, name, data)
    assert len(lines) == 1 and str(logo) in lines[0] and said in lines[0], lines


def refused(tmp_path: Path, name: str, data: bytes) -> tuple[Path, list[str]]:
    """The logo written with `data`, and the lines of the error a report with it is refused with (exit 2, no report)."""
    logo = tmp_path / name
    logo.write_bytes(data)
    out = tmp_path / "report.html"
    result = run_cli("report", EXAMPLES / "balanced.yaml", "-o", out, "--logo", logo)
    assert result.code == 2, result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
    return logo, result.stderr.splitlines()


def test_an_svg_logos_labels_data_and_ids_do_not_reach_a_redacted_report(tmp_path):
    """`report --redact --logo logo.svg` embedded `aria-label="Made by Ann Lee"`, `data-author`, `id="ann-lee-logo"`;
    an id something refers to is kept under a neutral name, so the logo draws the same."""
    logo = tmp_path / "logo.svg"
    logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-label="Made by Ann'
        ' Lee" data-author="Ann Lee" id="ann-lee-logo" role="img" width="20" height="10"><style>#ann-lee-dot'
        ' {fill: red}</style><defs><linearGradient id="ann-lee-grad"><stop offset="0"/></linearGradient>'
        '<circle id="ann-lee-dot" r="2"/></defs><rect width="5" height="5" fill="url(#ann-lee-grad)"'
        ' aria-describedby="ann-lee-logo"/><use xlink:href="#ann-lee-dot"/><use href="#ann-lee-dot"/></svg>',
        encoding="utf-8",
    )
    out = tmp_path / "r.html"
    result = run_cli("report", EXAMPLES / "balanced.yaml", "--redact", "--logo", logo, "-o", out)
    assert result.code == 0, result.stderr
    found = re.search(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', out.read_text(encoding="utf-8"))
    assert found
    svg = base64.b64decode(found.group(1)).decode()
    assert "Ann" not in svg and "ann" not in svg and "aria" not in svg and "data-" not in svg and "role" not in svg
    assert 'fill="url(#i1)"' in svg and '<linearGradient id="i1">' in svg and "#i2 {fill: red}" in svg
    assert '<circle id="i2"' in svg and 'xlink:href="#i2"' in svg and '<use href="#i2"' in svg


def _redacted_svg(tmp_path: Path, svg: str) -> str:
    """The SVG logo as `report --redact --logo logo.svg` embeds it."""
    logo = tmp_path / "logo.svg"
    logo.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10">{svg}</svg>', encoding="utf-8")
    out = tmp_path / "r.html"
    result = run_cli("report", EXAMPLES / "balanced.yaml", "--redact", "--logo", logo, "-o", out)
    assert result.code == 0, result.stderr
    found = re.search(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', out.read_text(encoding="utf-8"))
    assert found
    return base64.b64decode(found.group(1)).decode()


def test_an_svg_logos_class_names_and_css_comments_do_not_reach_a_redacted_report(tmp_path):
    """A design tool names classes as it names ids (`class="ann-lee-mark"`), and a `<style>` or `style` attribute
    can say who drew it in a comment: both were embedded as given. A class the CSS selects is renamed `c1`...
    (with its selectors and an animation setting it), so the logo draws the same; any other class is dropped, and
    a selector of a name no element holds reads `#i0` or `.c0`."""
    svg = _redacted_svg(
        tmp_path,
        "<style>/* drawn by Ann Lee */ .ann-lee-mark {fill: red} g.Ann-Lee-Hover:hover {opacity: .5}"
        " #Ann-Lee-Ghost, .Ann-Lee-Gone {fill: blue}</style>"
        '<g class="ann-lee-mark  Ann-Lee-Design Ann-Lee-Hover" style="/* Ann Lee */ stroke: blue">'
        '<rect width="5" height="5" class="Ann-Lee-Unused"/>'
        '<set attributeName="class" to="ann-lee-mark Ann-Lee-Unused" begin="0.5s"/>'
        '<set attributeName="style" to="/* Ann Lee */opacity: 1"/></g>',
    )
    assert "Ann" not in svg and "ann" not in svg and "/*" not in svg, svg
    assert ".c1 {fill: red}" in svg and "g.c2:hover {opacity: .5}" in svg and "#i0, .c0 {fill: blue}" in svg
    assert '<g class="c1 c2" style=" stroke: blue">' in svg and '<rect width="5" height="5" />' in svg
    assert '<set attributeName="class" to="c1" begin="0.5s" /><set attributeName="style" to="opacity: 1" />' in svg


def test_an_svg_id_with_a_dot_keeps_what_refers_to_it(tmp_path):
    """`id="ann.lee.grad"` referred to as `url(#ann.lee.grad)` or `href="#ann.lee.shape"` was read as the id
    `ann`: the id was dropped and the reference kept, so the gradient and the shape were no longer drawn. In CSS a
    selector's `#logo:hover` is the id `logo` (the colon begins a pseudo-class), which was dropped the same way."""
    svg = _redacted_svg(
        tmp_path,
        "<style>#logo:hover {opacity: .5} #logo.ann-lee-big {fill: url(#ann.lee.grad)}</style>"
        '<defs><linearGradient id="ann.lee.grad"><stop offset="0"/></linearGradient>'
        '<rect id="ann.lee.shape" width="5" height="5"/></defs>'
        '<g id="logo" class="ann-lee-big"><rect width="5" height="5" fill="url(#ann.lee.grad)"/>'
        '<use href="#ann.lee.shape"/><use href=" #ann.lee.shape"/></g>',
    )
    assert "ann" not in svg and "logo" not in svg, svg
    assert "#i3:hover {opacity: .5} #i3.c1 {fill: url(#i1)}" in svg
    assert '<linearGradient id="i1">' in svg and '<rect id="i2" width="5" height="5" />' in svg
    assert '<g id="i3" class="c1"><rect width="5" height="5" fill="url(#i1)" />' in svg
    assert '<use href="#i2" /><use href=" #i2" />' in svg
