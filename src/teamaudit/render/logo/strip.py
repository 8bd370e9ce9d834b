"""The logo without what is not needed to draw it: a logo is embedded in a report handed to a client, and its
metadata (a PNG's text chunks, an SVG editor's file names, a JPEG's EXIF and XMP) can name its author or a path on
their disk. Each format is read by hand, once through: a picture cut short or damaged is an error, not a guess.

Kept: PNG's image chunks and those that change how it is drawn (palette, transparency, gamma, chromaticities, sRGB,
ICC profile under a plain name, pixel size, significant bits, animation, and of eXIf the orientation alone); a JPEG's
segments but APP1 (EXIF, of which the orientation alone is written back; XMP), APP13 (Photoshop), the other APPn
that are no JFIF header, ICC profile or Adobe colour transform, and comments;
a GIF's images, graphic control and looping extensions; a WebP's chunks but EXIF and XMP; an SVG's elements and
attributes in the SVG, XLink and XML namespaces, but `<metadata>`, `<title>` and `<desc>`, labels for screen
readers and data for scripts (`aria-*`, `role`, `data-*`), comments (XML's, and CSS's in a `<style>` or a `style`
attribute), processing instructions and the doctype; its ids and classes only as neutral names where something
refers to them (svgnames.py). An SVG that embeds a picture or
refers outside itself (svgreferences.py) or holds a script (svgscripts.py) is refused.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers import expat

from teamaudit.errors import TeamAuditError
from teamaudit.render.logo.exiforientation import orientation, orientation_only
from teamaudit.render.logo.gifblocks import IMAGE, NotABlock, gif_blocks, screen_end
from teamaudit.render.logo.svgelements import ANIMATED_VALUES, animated_attribute, local_name
from teamaudit.render.logo.svgnames import neutral_names
from teamaudit.render.logo.svgreferences import refuse_outside_content
from teamaudit.render.logo.svgscripts import refuse_scripts

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEPT = frozenset(
    {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"pHYs", b"sBIT"}
    | {b"acTL", b"fcTL", b"fdAT"}  # an animated PNG's frames
)
_ICC_NAME = b"ICC profile"  # an iCCP chunk's profile name is free text, such as a person's monitor

_JPEG_KEPT_APPS = {0xE0: b"JFIF\x00", 0xE2: b"ICC_PROFILE\x00", 0xEE: b"Adobe"}
_JPEG_EXIF = b"Exif\x00\x00"  # what begins an APP1 segment of EXIF, before its TIFF header
# Where the entropy-coded data of a JPEG scan ends: a 0xFF that is no stuffed zero, restart marker or fill byte.
_JPEG_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")

_GIF_LOOPING = (b"NETSCAPE2.0", b"ANIMEXTS1.0")

_SVG = "http://www.w3.org/2000/svg"
_SVG_KEPT_NAMESPACES = ("", "http://www.w3.org/1999/xlink", "http://www.w3.org/XML/1998/namespace")
_SVG_DROPPED = frozenset(f"{{{_SVG}}}{name}" for name in ("metadata", "title", "desc"))
_SVG_DEEPEST = 200
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
ElementTree.register_namespace("", _SVG)  # written as <svg xmlns=...>, not <ns0:svg xmlns:ns0=...>
ElementTree.register_namespace("xlink", "http://www.w3.org/1999/xlink")


class _Damaged(Exception):
    """What is wrong with the picture, said in the error naming the logo."""


def without_metadata(data: bytes, kind: str, path: Path) -> bytes:
    """`data`, a PNG, JPEG, GIF or WebP of MIME type `kind` whose start has been checked, with only what drawing it
    needs (an SVG is svg_drawing's)."""
    strip: dict[str, Callable[[bytes], bytes]] = {
        "image/png": _png,
        "image/jpeg": _jpeg,
        "image/gif": _gif,
        "image/webp": _webp,
    }
    try:
        return strip[kind](data)
    except _Damaged as exc:
        raise TeamAuditError(f"the logo is not a whole picture: {exc}", file=path) from None
    except (IndexError, struct.error):
        raise TeamAuditError("the logo is not a whole picture: it ends before its last part", file=path) from None


def _png(data: bytes) -> bytes:
    kept = [_PNG_SIGNATURE]
    at, images = len(_PNG_SIGNATURE), 0
    while True:
        if at + 8 > len(data):
            raise _Damaged(f"the PNG ends at byte {len(data):,}, before its IEND chunk")
        length, name = struct.unpack_from(">I4s", data, at)
        end = at + 12 + length
        if end > len(data):
            raise _Damaged(f"its {_chunk(name)} chunk at byte {at:,} runs past the end of the file")
        body = data[at + 8 : at + 8 + length]
        if zlib.crc32(data[at + 4 : at + 8 + length]) != struct.unpack_from(">I", data, at + 8 + length)[0]:
            raise _Damaged(f"its {_chunk(name)} chunk at byte {at:,} is damaged (its checksum does not match)")
        if name == b"iCCP" and b"\x00" in body:
            body = _ICC_NAME + body[body.index(b"\x00") :]
        if name in _PNG_KEPT:
            kept.append(_png_chunk(name, body))
        elif name == b"eXIf" and (turned := orientation(body)):  # a PNG has one eXIf chunk at most
            kept.append(_png_chunk(name, orientation_only(turned)))
        images += name == b"IDAT"
        if name == b"IEND":
            break
        at = end
    if not images:
        raise _Damaged("the PNG has no image data (no IDAT chunk)")
    return b"".join(kept)


def _chunk(name: bytes) -> str:
    return repr(name.decode("latin-1"))


def _png_chunk(name: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + name + body + struct.pack(">I", zlib.crc32(name + body))


def _jpeg(data: bytes) -> bytes:
    kept = [data[:2]]
    at, oriented = 2, False
    while True:
        if data[at] != 0xFF:
            raise _Damaged(f"the JPEG has no marker where one should be, at byte {at:,}")
        marker = data[at + 1]
        if marker == 0xFF:  # a fill byte
            at += 1
            continue
        if marker == 0xD9:  # end of image: anything after it is dropped
            kept.append(b"\xff\xd9")
            return b"".join(kept)
        (length,) = struct.unpack_from(">H", data, at + 2)
        end = at + 2 + length
        if length < 2 or end > len(data):
            raise _Damaged(f"the JPEG's segment at byte {at:,} runs past the end of the file")
        body = data[at + 4 : end]
        if _jpeg_kept(marker, body):
            kept.append(data[at:end])
        elif marker == 0xE1 and body.startswith(_JPEG_EXIF) and not oriented:  # the first, which decoders read
            oriented = True
            turned = orientation(body[len(_JPEG_EXIF) :])
            kept.append(_jpeg_segment(0xE1, _JPEG_EXIF + orientation_only(turned)) if turned else b"")
        at = end
        if marker == 0xDA:  # start of scan: its coded data runs to the next marker
            found = _JPEG_SCAN_END.search(data, at)
            if found is None:
                raise _Damaged("the JPEG ends inside its image data")
            kept.append(data[at : found.start()])
            at = found.start()


def _jpeg_segment(marker: int, body: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", 2 + len(body)) + body


def _jpeg_kept(marker: int, body: bytes) -> bool:
    if marker == 0xFE:  # a comment
        return False
    if 0xE0 <= marker <= 0xEF:
        start = _JPEG_KEPT_APPS.get(marker)
        return start is not None and body.startswith(start)
    return True


def _gif(data: bytes) -> bytes:
    kept = [data[: screen_end(data)]]
    try:
        for block, at, end in gif_blocks(data):
            label = data[at + 1]
            if block == IMAGE or label == 0xF9 or (label == 0xFF and data[at + 3 : at + 14] in _GIF_LOOPING):
                kept.append(data[at:end])
    except NotABlock as exc:
        raise _Damaged(f"the GIF has no block where one should be, at byte {exc.at:,}") from None
    kept.append(b";")
    return b"".join(kept)


def _webp(data: bytes) -> bytes:
    (size,) = struct.unpack_from("<I", data, 4)
    end = min(len(data), 8 + size)
    kept: list[bytes] = []
    at = 12
    while at < end:
        name, length = struct.unpack_from("<4sI", data, at)
        stop = at + 8 + length + (length & 1)
        if at + 8 + length > end:
            raise _Damaged(f"the WebP's {_chunk(name)} chunk at byte {at:,} runs past the end of the file")
        if name == b"VP8X":  # its flags say whether EXIF and XMP chunks follow: they no longer do
            chunk = bytearray(data[at:stop])
            chunk[8] &= ~0x0C & 0xFF
            kept.append(bytes(chunk))
        elif name not in (b"EXIF", b"XMP "):
            kept.append(data[at:stop])
        at = stop
    body = b"WEBP" + b"".join(kept)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def svg_drawing(data: bytes, path: Path) -> ElementTree.Element:
    """The SVG `data` parsed, with only what drawing it needs; an error naming the logo if it is not well-formed,
    declares entities, nests too deep, holds a script, or embeds or refers to anything outside itself."""
    if _declares_entities(data):
        raise TeamAuditError(
            "the logo's doctype declares entities, which can make a small file any size: save it without a doctype",
            file=path,
        )
    parser = ElementTree.XMLParser(encoding="utf-8")
    try:
        root = ElementTree.fromstring(data, parser=parser)
    except ElementTree.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        raise TeamAuditError(
            f"the logo is not a whole SVG picture: {reason}", file=path, line=line, column=column + 1
        ) from None
    namespaced = root.tag.startswith(f"{{{_SVG}}}")
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > _SVG_DEEPEST:
            raise TeamAuditError(f"the logo nests elements more than {_SVG_DEEPEST} deep", file=path)
        for name in [name for name in element.attrib if _namespace(name) not in _SVG_KEPT_NAMESPACES or _said(name)]:
            del element.attrib[name]
        _plain_css(element)
        for child in list(element):
            if child.tag in _SVG_DROPPED or not _drawn(child.tag, namespaced):
                _remove(element, child)
            else:
                stack.append((child, depth + 1))
    refuse_scripts(root, path)  # after stripping: what is left is what a browser draws
    refuse_outside_content(root, path)  # after refuse_scripts, which names a javascript: href for what it is
    neutral_names(root)
    return root


def svg_bytes(root: ElementTree.Element) -> bytes:
    """The SVG under `root` written out, as `<svg xmlns=...>`."""
    written: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=False)
    return written


class _Prolog(Exception):
    """Raised from expat's handlers to stop reading once the prolog has said what it holds."""

    def __init__(self, has_internal_subset: bool) -> None:
        super().__init__(has_internal_subset)
        self.has_internal_subset = has_internal_subset


def _declares_entities(data: bytes) -> bool:
    """Whether the doctype has an internal subset, the only place entities are declared: one of them can grow a 1 kB
    logo into a report of megabytes, each expanding into ten of the last. Read only as far as the root element."""

    def doctype(name: str, system_id: str | None, public_id: str | None, has_internal_subset: int) -> None:
        raise _Prolog(bool(has_internal_subset))

    def element(name: str, attributes: dict[str, str]) -> None:
        raise _Prolog(False)

    reader = expat.ParserCreate()
    reader.StartDoctypeDeclHandler = doctype
    reader.StartElementHandler = element
    try:
        reader.Parse(data, True)
    except _Prolog as prolog:
        return prolog.has_internal_subset
    except expat.ExpatError:
        return False  # ElementTree names the fault at its line
    return False


def _said(name: str) -> bool:
    """Whether an attribute is said about the drawing, not drawn: a label for screen readers (`aria-label="Made by
    Ann Lee"`, `role`), or data for a script (`data-author`)."""
    return name.startswith(("aria-", "data-")) or name == "role"


def _plain_css(element: ElementTree.Element) -> None:
    """A `<style>` as the CSS a browser reads (its own text, not its children's), a `style` attribute and the values
    an animation gives one, without comments: `/* drawn by Ann Lee */`."""
    styled = ["style", *(ANIMATED_VALUES if animated_attribute(element) == "style" else ())]
    for name in [name for name in styled if name in element.attrib]:
        element.attrib[name] = _CSS_COMMENT.sub("", element.attrib[name])
    if local_name(element.tag) == "style":
        css = (element.text or "") + "".join(child.tail or "" for child in element)
        for child in list(element):
            element.remove(child)
        element.text = _CSS_COMMENT.sub("", css) or None


def _namespace(name: str) -> str:
    return name[1 : name.index("}")] if name.startswith("{") else ""


def _drawn(tag: object, namespaced: bool) -> bool:
    """Whether an element is one an SVG viewer draws: in the SVG namespace (or, in a file without one, in none)."""
    return isinstance(tag, str) and _namespace(tag) == (_SVG if namespaced else "")


def _remove(parent: ElementTree.Element, child: ElementTree.Element) -> None:
    """Take `child` out, keeping the text after it (its tail), which belongs to the parent."""
    if child.tail and child.tail.strip():
        before = list(parent).index(child)
        if before:
            previous = parent[before - 1]
            previous.tail = (previous.tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)
