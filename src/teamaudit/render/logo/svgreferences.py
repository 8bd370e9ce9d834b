"""An SVG logo draws only what it holds. An `<image>` can embed a PNG whose header claims 100,000 x 100,000 pixels
and keeps its own metadata, or fetch a file; `<feImage>`, `<foreignObject>`, an `href` or a CSS `url()` to anything
but an element of the file (`#id`) do the same. A logo rarely needs any of them, so an SVG with one is refused
rather than each embedded picture checked and stripped in turn. So is CSS written with escapes (`\\75 rl(`), which
could hide a reference or a size (pixelsize.py) from these checks.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from teamaudit.render.logo.svgelements import animated_attribute, css_texts, local_name, refuse

_PICTURES = frozenset({"image", "feImage", "foreignObject"})
# Possessive: `url('#a')` must not match by giving back the quote the lookahead then sees instead of `#`.
_OUTSIDE = re.compile(r"url\(\s*+['\"]?+\s*+(?!#)|@import", re.IGNORECASE)
_SAVE = "save it with its drawing only (a logo needs no embedded or linked picture)"


def refuse_outside_content(root: ElementTree.Element, path: Path) -> None:
    """An error naming the logo if the SVG under `root` embeds or refers to anything but its own elements."""
    for element in root.iter():
        name = local_name(element.tag)
        if name in _PICTURES:
            refuse(f"the logo's SVG embeds a picture or a page (an <{name}> element): {_SAVE}", path)
        if animated_attribute(element) == "href":
            refuse(f"the logo's SVG animates an href, which can point outside it: {_SAVE}", path)
        css = css_texts(element)
        if any("\\" in text for text in css):
            refuse("the logo's CSS writes an escape (\\), which can hide what it refers to: save it without", path)
        for attribute, value in element.attrib.items():
            if local_name(attribute) == "href" and not value.strip().startswith("#"):
                refuse(f"the logo's SVG has an href that is no '#id' in the file: {_SAVE}", path)
        if any(_OUTSIDE.search(text) for text in [*element.attrib.values(), *css]):
            refuse(f"the logo's SVG has a url() or @import that is no '#id' in the file: {_SAVE}", path)
