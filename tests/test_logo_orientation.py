"""A rotated phone photo as a logo is drawn upright: of its EXIF, the orientation (tag 0x0112) is written back alone,
in a minimal EXIF block, where stripping the metadata had dropped it and the logo was drawn on its side. Maker,
model, GPS position, dates and thumbnail stay out."""

from __future__ import annotations

import struct

import pytest

from test_logo_metadata import CANARY, LOGOS, _png_chunks, chunk, embedded, png


def only_orientation(value: int) -> bytes:
    """The EXIF block the report's logo must hold, byte by byte: a big-endian TIFF header whose directory at byte 8
    has one entry, Orientation (0x0112), SHORT (3), one value, `value`, and no next directory."""
    return bytes.fromhex("4d4d002a 00000008 0001 0112 0003 00000001") + bytes([0, value]) + bytes(6)


# In a JPEG, an APP1 segment of 34 bytes: its length, "Exif" and two zeros, then the block.
ORIENTATION_6 = bytes.fromhex("ffe1 0022 457869660000") + only_orientation(6)


def exif(orientation: int | None, order: str = "<") -> bytes:
    """An EXIF block as a phone writes it: maker, model, date, a GPS directory and a thumbnail, each holding the
    canary, and the orientation among them (or none)."""
    secret = CANARY.encode()
    texts = {0x010F: b"Maker " + secret + b"\x00", 0x0110: b"Model\x00", 0x0132: b"2026:12:03 12:00:00\x00"}
    tags = sorted([*texts, 0x8825] + ([0x0112] if orientation is not None else []))
    directory_end = 8 + 2 + 12 * len(tags) + 4
    data, entries = bytearray(), []
    gps_at = directory_end
    gps = struct.pack(f"{order}H", 1) + struct.pack(f"{order}HHI", 0x0001, 2, 2) + b"N\x00\x00\x00" + b"\x00" * 4
    data += gps
    for tag in tags:
        if tag == 0x0112:
            entries.append(struct.pack(f"{order}HHIHH", tag, 3, 1, orientation, 0))
        elif tag == 0x8825:
            entries.append(struct.pack(f"{order}HHII", tag, 4, 1, gps_at))
        else:
            entries.append(struct.pack(f"{order}HHII", tag, 2, len(texts[tag]), directory_end + len(data)))
            data += texts[tag]
    thumbnail_at = directory_end + len(data)
    data += struct.pack(f"{order}H", 1) + struct.pack(f"{order}HHII", 0x0201, 4, 1, 0) + b"\x00" * 4 + secret
    head = (b"II*\x00" if order == "<" else b"MM\x00*") + struct.pack(f"{order}I", 8)
    count = struct.pack(f"{order}H", len(tags))
    return head + count + b"".join(entries) + struct.pack(f"{order}I", thumbnail_at) + bytes(data)


def photo(orientation: int | None, order: str = "<") -> bytes:
    """A 16 x 8 JPEG with a phone's EXIF after its JFIF header."""
    picture = cut_to_16_by_8()
    body = b"Exif\x00\x00" + exif(orientation, order)
    return picture[:20] + b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body + picture[20:]


def cut_to_16_by_8() -> bytes:
    """The 16 x 16 test JPEG cut to 16 x 8 in its frame header (its one row of 16 x 16 blocks still decodes)."""
    original = bytearray((LOGOS / "python.jpg").read_bytes())
    original[163:165] = struct.pack(">H", 8)
    return bytes(original)


@pytest.mark.parametrize("order", ["<", ">"], ids=["little-endian", "big-endian"])
def test_a_jpeg_keeps_its_orientation_alone_in_a_minimal_exif_segment(tmp_path, order):
    data = photo(6, order)
    assert CANARY.encode() in data
    html, logo = embedded(tmp_path, "logo.jpg", data)
    rest = cut_to_16_by_8()
    assert logo == rest[:20] + ORIENTATION_6 + rest[20:]  # the JFIF header, the orientation, the picture as it was
    assert CANARY not in html and CANARY.encode() not in logo and b"2026:12:03" not in logo


@pytest.mark.parametrize("orientation", [None, 1, 9])
def test_a_jpeg_that_is_not_turned_keeps_no_exif(tmp_path, orientation):
    _, logo = embedded(tmp_path, "logo.jpg", photo(orientation))
    assert logo == cut_to_16_by_8()


def test_a_png_keeps_its_orientation_alone_in_a_minimal_exif_chunk(tmp_path):
    data = png(chunk(b"eXIf", exif(8)), width=16, height=8)
    _, logo = embedded(tmp_path, "logo.png", data)
    chunks = _png_chunks(logo)
    assert list(chunks) == [b"IHDR", b"eXIf", b"IDAT", b"IEND"]
    assert chunks[b"eXIf"] == [only_orientation(8)]
    assert CANARY.encode() not in logo


def test_a_webp_keeps_no_exif_as_chromium_reads_no_orientation_from_it(tmp_path):
    webp = (LOGOS / "python.webp").read_bytes()
    block = exif(6)
    body = webp[12:20] + bytes([webp[20] | 0x08]) + webp[21:] + b"EXIF" + struct.pack("<I", len(block)) + block
    whole = b"WEBP" + body + b"\x00" * (len(block) & 1)
    _, logo = embedded(tmp_path, "logo.webp", b"RIFF" + struct.pack("<I", len(whole)) + whole)
    assert logo == webp


def test_an_exif_block_cut_short_is_dropped_without_an_error(tmp_path):
    picture = cut_to_16_by_8()
    for block in (exif(6)[:20], b"II*\x00\xff\xff\xff\xff", b"MM\x00*\x00\x00\x00\x08\xff\xff" + b"\x01\x12" * 5):
        body = b"Exif\x00\x00" + block
        data = picture[:20] + b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body + picture[20:]
        assert embedded(tmp_path, "logo.jpg", data)[1] == picture
