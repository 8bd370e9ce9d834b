"""An SVG logo that draws with a filter is refused: a browser draws the filter at the size its element has on the
device, so a 20-unit square blurred inside `scale(100000)`, 250 bytes, took Chromium 2.4 s to print (six: 14 s)."""

from __future__ import annotations

import pytest

from test_logo_metadata import embedded, refused

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">{}<rect width="5" height="5"/></svg>'
SAVE = (
    "which can take a browser seconds to draw for each element it applies to: save the logo as the PNG it draws, or"
    " without filters"
)

SCALED_BLUR = (
    '<filter id="f"><feGaussianBlur stdDeviation="10"/><feMorphology radius="5"/></filter>'
    '<g transform="scale(1e5)"><rect x="-10" y="-10" width="20" height="20" filter="url(#f)"/></g>'
)
WITH_A_FILTER = [
    (SCALED_BLUR, "a <filter> element"),
    ('<g filter="blur(1000px)"/>', "a filter attribute"),
    ('<g style="filter/* */: drop-shadow(0 0 900px red)"/>', "CSS filter"),
    ("<style>rect { -webkit-filter: blur(10px) !important }</style>", "CSS -webkit-filter"),
    ("<style>g { BACKDROP-FILTER: blur(10px) }</style>", "CSS backdrop-filter"),
]


@pytest.mark.parametrize(("inside", "said"), WITH_A_FILTER, ids=[said for _, said in WITH_A_FILTER])
def test_an_svg_that_draws_with_a_filter_is_refused_naming_it(tmp_path, inside, said):
    logo, lines = refused(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert lines == [f"teamaudit: error: {logo}: the logo's SVG draws with a filter ({said}), {SAVE}"]


def test_no_filter_and_words_that_only_look_like_one_are_kept(tmp_path):
    inside = '<g filter="none" style="filter: none; filter-ish: 1" class="filter"><text>filter: blur(9px)</text></g>'
    _, logo = embedded(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert b"filter: blur(9px)</text>" in logo
