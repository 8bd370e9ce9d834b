"""What the SVG checks share to read an element: its name without a namespace, the attribute an animation sets and
the attributes that give its values, and the CSS it holds; and the error that refuses the logo."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from teamaudit.errors import TeamAuditError

# The SMIL elements that give an attribute (their `attributeName`) another value: an href, an event, a filter.
_ANIMATIONS = frozenset({"animate", "set", "animateTransform", "animateMotion", "animateColor"})
ANIMATED_VALUES = ("to", "from", "by", "values")  # `values="a;b"`: one value after another
IMPORTANT = re.compile(r"!\s*important\s*$", re.IGNORECASE)


def local_name(name: object) -> str:
    """A tag or attribute name without its namespace (`{http://www.w3.org/2000/svg}image` is `image`)."""
    return name.rsplit("}", 1)[-1] if isinstance(name, str) else ""


def animated_attribute(element: ElementTree.Element) -> str:
    """The attribute an SMIL animation element sets, without a namespace prefix; '' for any other element."""
    if local_name(element.tag) not in _ANIMATIONS:
        return ""
    return element.get("attributeName", "").rsplit(":", 1)[-1].strip()


def css_texts(element: ElementTree.Element) -> list[str]:
    """The CSS `element` holds: its `style` attribute and, for a `<style>`, its text."""
    own = [element.get("style", "")]
    return [*own, "".join(element.itertext())] if local_name(element.tag) == "style" else own


def refuse(message: str, path: Path) -> None:
    """The logo refused: `message` says what it holds and what to save instead."""
    raise TeamAuditError(message, file=path)
