"""An SVG logo with code in it is refused, naming what was found: a `<script>`, an event attribute or an animation
setting one, a `javascript:` URL. The report's `<img>` runs none of them, but the logo saved from the report, or opened
from it, is a document of its own, where they run."""

from __future__ import annotations

import pytest

from test_logo_metadata import embedded, refused

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="10">{}</svg>'
)
SAVE = "a logo runs no code: save it with its drawing only"

WITH_CODE = [
    ("<script>alert(document.domain)</script><rect/>", "holds a script (a <script> element)"),
    ('<script xlink:href="#s"/><rect/>', "holds a script (a <script> element)"),
    ('<rect width="5" height="5" onload="alert(1)"/>', "has an event attribute (onload)"),
    ('<g onClick="alert(1)"><rect/></g>', "has an event attribute (onClick)"),
    ('<rect><set attributeName="onmouseover" to="alert(1)"/></rect>', "animates an event attribute, which runs code"),
    ('<a href="javascript:alert(1)"><rect/></a>', "has a javascript: URL (in its href attribute)"),
    ('<a xlink:href=" JAVA&#9;SCRIPT:alert(1)"><rect/></a>', "has a javascript: URL (in its href attribute)"),
    (
        '<a href="#r"><set attributeName="href" to="javascript:alert(1)"/><rect id="r"/></a>',
        "has a javascript: URL (in its to attribute)",
    ),
    ('<a href="vbscript:msgbox(1)"><rect/></a>', "has a vbscript: URL (in its href attribute)"),
]


@pytest.mark.parametrize(("inside", "said"), WITH_CODE, ids=[inside[:30] for inside, _ in WITH_CODE])
def test_an_svg_with_code_is_refused_naming_what_was_found(tmp_path, inside, said):
    logo, lines = refused(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert lines == [f"teamaudit: error: {logo}: the logo's SVG {said}: {SAVE}"]


def test_a_foreign_script_is_stripped_as_any_foreign_element_is(tmp_path):
    """An XHTML <script> runs in an SVG opened as a document; it is outside the SVG namespace, so stripped."""
    inside = '<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script><rect width="5" height="5"/>'
    _, logo = embedded(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert b"script" not in logo and b"<rect" in logo


def test_words_that_only_look_like_code_are_kept(tmp_path):
    inside = '<text x="1" y="9" class="online" opacity="1" textLength="9">javascript</text>'
    _, logo = embedded(tmp_path, "logo.svg", SVG.format(inside).encode())
    assert b">javascript</text>" in logo
