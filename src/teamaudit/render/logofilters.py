"""An SVG logo with a filter effect, refused: a `<filter>` (a blur, a shadow, a morphology), a `filter` attribute or
CSS `filter: blur(...)`. A browser draws a filter at the size its element has on the device, in the filter's region,
however little of it shows in the logo's box: under `scale(100000)`, a 20-unit square blurred by 10 and dilated by 5
in a 250-byte logo took Chromium 2.4 s to print and six of them 14 s (an unfiltered logo: 0.15 s), so the 2 MB a logo
may have could hold hours of drawing. A scale or zoom alone costs nothing: what falls outside the box is not drawn.
A logo rarely needs a filter that its PNG export does not draw as well.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from teamaudit.errors import TeamAuditError
from teamaudit.render.logoreferences import local_name
from teamaudit.render.logosize import CSS_COMMENT, IMPORTANT

# The CSS holds no escapes (logoreferences.py refused them), so a property is named as written.
_CSS_FILTER = re.compile(r"(?<![-\w])((?:-webkit-)?(?:backdrop-)?filter)\s*:\s*([^;{}]*)", re.IGNORECASE)
_SAVE = "save the logo as the PNG it draws, or without filters"


def refuse_filters(root: ElementTree.Element, path: Path) -> None:
    """An error naming the logo and the filter if the SVG under `root` draws with one."""
    css = []
    for element in root.iter():
        if local_name(element.tag) == "filter":
            _refuse("a <filter> element", path)
        if _applies(element.get("filter", "")):
            _refuse("a filter attribute", path)
        css.append(element.get("style", ""))
        if local_name(element.tag) == "style":
            css.append("".join(element.itertext()))
    for name, value in _CSS_FILTER.findall(CSS_COMMENT.sub("", " ".join(css))):
        if _applies(value):
            _refuse(f"CSS {name.lower()}", path)


def _applies(value: str) -> bool:
    return IMPORTANT.sub("", value).strip().lower() not in ("", "none", "initial", "inherit", "unset")


def _refuse(what: str, path: Path) -> None:
    raise TeamAuditError(
        f"the logo's SVG draws with a filter ({what}), which can take a browser seconds to draw for each element it "
        f"applies to: {_SAVE}",
        file=path,
    )
