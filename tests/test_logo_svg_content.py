"""An SVG logo holding code, or drawing with a filter, is refused naming what was found.

Code: a `<script>`, an event attribute or an animation setting one, a `javascript:` URL. The report's `<img>` runs
none of them, but the logo saved from the report, or opened from it, is a document of its own, where they run.

A filter: a browser draws it at the size its element has on the device, so a 20-unit square blurred inside
`scale(100000)`, 250 bytes, took Chromium 2.4 s to print (six: 14 s)."""

from __future__ import annotations

import pytest

from test_logo_metadata import embedded, refused

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">'
    '{}<rect width="5" height="5"/></svg>'
)
CODE = ": a logo runs no code: save it with its drawing only"
FILTER = (
    ": a shadow, blur or glow), which can take a browser seconds to draw for each element it applies to: export the "
    "logo as a PNG, which draws the effect, or save it without the effect"
)
SCALED_BLUR = (
    '<filter id="f"><feGaussianBlur stdDeviation="10"/><feMorphology radius="5"/></filter>'
    '<g transform="scale(1e5)"><rect x="-10" y="-10" width="20" height="20" filter="url(#f)"/></g>'
)

REFUSED = [
    ("<script>alert(document.domain)</script>", "holds a script (a <script> element)" + CODE),
    ('<script xlink:href="#s"/>', "holds a script (a <script> element)" + CODE),
    ('<rect width="5" height="5" onload="alert(1)"/>', "has an event attribute (onload)" + CODE),
    ('<g onClick="alert(1)"><rect/></g>', "has an event attribute (onClick)" + CODE),
    (
        '<rect><set attributeName="onmouseover" to="alert(1)"/></rect>',
        "animates an event attribute, which runs code" + CODE,
    ),
    ('<a href="javascript:alert(1)"><rect/></a>', "has a javascript: URL (in its href attribute)" + CODE),
    ('<a xlink:href=" JAVA&#9;SCRIPT:alert(1)"><rect/></a>', "has a javascript: URL (in its href attribute)" + CODE),
    (
        '<a href="#r"><set attributeName="href" to="javascript:x()"/><rect id="r"/></a>',
        "has a javascript: URL (in its to attribute)" + CODE,
    ),
    ('<a href="vbscript:msgbox(1)"><rect/></a>', "has a vbscript: URL (in its href attribute)" + CODE),
    (SCALED_BLUR, "draws with a filter (a filter attribute" + FILTER),
    (
        '<rect><set attributeName="filter" to="blur(10px)"/></rect>',
        "draws with a filter (an animation setting filter" + FILTER,
    ),
    (
        '<rect><animate attributeName="filter" values="none; drop-shadow(0 0 9px red)" dur="1s"/></rect>',
        "draws with a filter (an animation setting filter" + FILTER,
    ),
    (
        '<rect><set attributeName="style" to="fill: red; filter: blur(9px)"/></rect>',
        "draws with a filter (an animation setting a CSS filter" + FILTER,
    ),
    ('<g filter="blur(1000px)"/>', "draws with a filter (a filter attribute" + FILTER),
    ('<g style="filter/* */: drop-shadow(0 0 900px red)"/>', "draws with a filter (CSS filter" + FILTER),
    (
        "<style>rect { -webkit-filter: blur(10px) !important }</style>",
        "draws with a filter (CSS -webkit-filter" + FILTER,
    ),
    ("<style>g { BACKDROP-FILTER: blur(10px) }</style>", "draws with a filter (CSS backdrop-filter" + FILTER),
]


@pytest.mark.parametrize(("inside", "said"), REFUSED, ids=[inside[:40] for inside, _ in REFUSED])
def test_an_svg_with_code_or_a_filter_is_refused_naming_what_was_found(tmp_path, inside, said):
    logo, lines = refused(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert lines == [f"teamaudit: error: {logo}: the logo's SVG {said}"]


def test_a_foreign_script_is_stripped_as_any_foreign_element_is(tmp_path):
    """An XHTML <script> runs in an SVG opened as a document; it is outside the SVG namespace, so stripped."""
    inside = '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'
    _, logo = embedded(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert b"script" not in logo and b"<rect" in logo


def test_a_filter_nothing_applies_is_dropped_not_refused(tmp_path):
    """Inkscape keeps a removed drop shadow's <filter> in <defs>: such a logo draws no filter, and was refused as one
    that 'draws with a filter (a <filter> element)'."""
    unused = '<defs><filter id="shadow"><feGaussianBlur stdDeviation="9"/></filter></defs>'
    animated = '<set attributeName="filter" to="none"/>'
    _, logo = embedded(tmp_path, "logo.svg", SVG.format(unused + animated).encode())
    assert b"<rect" in logo and b"filter id" not in logo and b"GaussianBlur" not in logo


def test_words_that_only_look_like_code_or_a_filter_are_kept(tmp_path):
    inside = (
        '<g filter="none" style="filter: none; filter-ish: 1" class="filter online" opacity="1">'
        '<text textLength="9">javascript: filter: blur(9px)</text></g>'
    )
    _, logo = embedded(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert b">javascript: filter: blur(9px)</text>" in logo
