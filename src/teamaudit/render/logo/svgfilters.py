"""An SVG logo with a filter effect, refused: a `filter` attribute, CSS `filter: blur(...)` or an animation setting
either, which apply a `<filter>` (a blur, a shadow, a morphology) or CSS's filter functions. A browser draws a filter
at the size its element has on the device, in the filter's region, however little of it shows in the logo's box:
under `scale(100000)`, a 20-unit square blurred by 10 and dilated by 5 in a 250-byte logo took Chromium 2.4 s to print
and six of them 14 s (an unfiltered logo: 0.15 s), so the 2 MB a logo may have could hold hours of drawing; forty
squares given `blur()` by a `<set>`, 5 kB, took 10.4 s. A scale or zoom alone costs nothing: what falls outside the box
is not drawn. A logo rarely needs a filter that its PNG export does not draw as well.

A `<filter>` nothing applies draws nothing (design tools leave them in `<defs>` after the effect is removed): it is
removed, not refused.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from teamaudit.errors import TeamAuditError
from teamaudit.render.logo.svgelements import ANIMATED_VALUES, IMPORTANT, animated_attribute, css_texts, local_name

# The CSS holds no comments (strip.py) and no escapes (svgreferences.py refused them): a property is named as written.
_CSS_FILTER = re.compile(r"(?<![-\w])((?:-webkit-)?(?:backdrop-)?filter)\s*:\s*([^;{}]*)", re.IGNORECASE)
_SAVE = "export the logo as a PNG, which draws the effect, or save it without the effect"


def refuse_filters(root: ElementTree.Element, path: Path) -> None:
    """An error naming the logo and what applies a filter if the SVG under `root` draws with one."""
    css = []
    for element in root.iter():
        if _applies(element.get("filter", "")):
            _refuse("a filter attribute", path)
        css += css_texts(element)
        _refuse_animated(element, path)
    for name, value in _CSS_FILTER.findall(" ".join(css)):
        if _applies(value):
            _refuse(f"CSS {name.lower()}", path)


def drop_filter_definitions(root: ElementTree.Element) -> None:
    """Remove every `<filter>` under `root`, once refuse_filters has found that nothing applies one."""
    for parent in root.iter():
        for child in [child for child in parent if local_name(child.tag) == "filter"]:
            parent.remove(child)


def _refuse_animated(element: ElementTree.Element, path: Path) -> None:
    """An animation setting `filter`, or a `style` that holds one, applies it as the attribute would."""
    target = animated_attribute(element).lower()
    values = [part for key in ANIMATED_VALUES for part in element.get(key, "").split(";")]
    if target == "filter" and any(_applies(value) for value in values):
        _refuse("an animation setting filter", path)
    if target == "style" and any(_applies(value) for _, value in _CSS_FILTER.findall(" ".join(values))):
        _refuse("an animation setting a CSS filter", path)


def _applies(value: str) -> bool:
    return IMPORTANT.sub("", value).strip().lower() not in ("", "none", "initial", "inherit", "unset")


def _refuse(what: str, path: Path) -> None:
    raise TeamAuditError(
        f"the logo's SVG draws with a filter ({what}: a shadow, blur or glow), which can take a browser seconds to "
        f"draw for each element it applies to: {_SAVE}",
        file=path,
    )
