"""An animated PNG's or WebP's every frame lies inside the picture's size, which is bounded: their frames' sizes and
places were not read, so a 2 x 2 APNG carried a frame 60,000 pixels from its corner, and a WebP a frame past its
canvas that Chromium draws as a broken-image box."""

from __future__ import annotations

import struct
import zlib

import pytest

from test_logo_metadata import LOGOS, chunk, embedded, refused


def apng(frame: tuple[int, int, int, int] = (2, 2, 0, 0)) -> bytes:
    """A 2 x 2 red APNG whose second frame, blue, is `frame` (width, height, x, y)."""
    width, height, x, y = frame

    def pixels(across: int, down: int, colour: bytes) -> bytes:
        return zlib.compress(b"".join(b"\x00" + colour * across for _ in range(down)))

    def control(sequence: int, across: int, down: int, left: int, top: int) -> bytes:
        return chunk(b"fcTL", struct.pack(">IIIIIHHBB", sequence, across, down, left, top, 1, 2, 0, 0))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"acTL", struct.pack(">II", 2, 0))
        + control(0, 2, 2, 0, 0)
        + chunk(b"IDAT", pixels(2, 2, b"\xff\x00\x00"))
        + control(1, width, height, x, y)
        + chunk(b"fdAT", struct.pack(">I", 2) + pixels(width, height, b"\x00\x00\xff"))
        + chunk(b"IEND", b"")
    )


def riff_chunk(name: bytes, body: bytes) -> bytes:
    return name + struct.pack("<I", len(body)) + body + b"\x00" * (len(body) & 1)


def animated_webp(frame: tuple[int, int, int, int] = (16, 16, 0, 0), last: bytes | None = None) -> bytes:
    """A 16 x 16 animated WebP of two frames, each the test WebP's 16 x 16 image (the second `last` if given); the
    second's header says `frame` (width, height, x, y; x and y even, as the format stores half of each)."""
    still = (LOGOS / "python.webp").read_bytes()
    assert still[12:16] == b"VP8X"
    image = still[30:]  # its ALPH and VP8 chunks

    def anmf(frame: tuple[int, int, int, int], image: bytes) -> bytes:
        width, height, x, y = frame
        fields = b"".join(value.to_bytes(3, "little") for value in (x // 2, y // 2, width - 1, height - 1, 100))
        return riff_chunk(b"ANMF", fields + b"\x00" + image)

    canvas = riff_chunk(b"VP8X", b"\x12\x00\x00\x00" + (15).to_bytes(3, "little") * 2)  # animated, with alpha
    frames = anmf((16, 16, 0, 0), image) + anmf(frame, image if last is None else last)
    body = b"WEBP" + canvas + riff_chunk(b"ANIM", b"\xff\xff\xff\xff\x00\x00") + frames
    return b"RIFF" + struct.pack("<I", len(body)) + body


PAST_THE_PICTURE = [
    ("logo.png", apng((2, 2, 1, 0)), "2 x 2 pixels at (1, 0), past its 2 x 2 picture"),
    ("logo.png", apng((1, 1, 60_000, 0)), "1 x 1 pixels at (60,000, 0), past its 2 x 2 picture"),
    ("logo.png", apng((3, 2, 0, 0)), "3 x 2 pixels at (0, 0), past its 2 x 2 picture"),
    ("logo.webp", animated_webp((16, 16, 8, 0)), "16 x 16 pixels at (8, 0), past its 16 x 16 picture"),
    ("logo.webp", animated_webp((8, 8, 8, 8)), "16 x 16 pixels at (8, 8), past its 16 x 16 picture"),  # its image's
]


@pytest.mark.parametrize(("name", "data", "said"), PAST_THE_PICTURE, ids=[s for _, _, s in PAST_THE_PICTURE])
def test_an_animation_frame_past_the_picture_is_refused_naming_it(tmp_path, name, data, said):
    logo, lines = refused(tmp_path, name, data)
    assert lines == [
        f"teamaudit: error: {logo}: the logo's frame 2 is {said}, where every frame of an animation must fit: save "
        "it as a still picture, or with frames that fit"
    ]


@pytest.mark.parametrize(("name", "data"), [("logo.png", apng()), ("logo.webp", animated_webp())], ids=["png", "webp"])
def test_an_animation_whose_frames_fit_is_embedded_with_its_frames(tmp_path, name, data):
    _, logo = embedded(tmp_path, name, data)
    frames = logo.count(b"fcTL") if name == "logo.png" else logo.count(b"ANMF")
    assert frames == 2


def test_a_webp_frame_whose_image_is_cut_short_is_refused_not_a_traceback(tmp_path):
    logo, lines = refused(tmp_path, "logo.webp", animated_webp(last=riff_chunk(b"VP8L", b"")))
    assert lines == [f"teamaudit: error: {logo}: the logo is not a whole picture: its last frame is cut short"]


def test_a_png_frame_cut_short_is_refused_not_a_traceback(tmp_path):
    whole = apng()
    at = whole.index(b"fcTL", whole.index(b"IDAT"))
    short = whole[: at - 4] + chunk(b"fcTL", whole[at + 4 : at + 20]) + whole[at + 34 :]
    logo, lines = refused(tmp_path, "logo.png", short)
    assert lines == [
        f"teamaudit: error: {logo}: the logo is not a whole picture: its fcTL chunk at byte {at - 4:,} is short"
    ]
