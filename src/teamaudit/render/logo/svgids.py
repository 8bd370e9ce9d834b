"""An SVG logo's ids, which a design tool names after its author or client (`id="ann-lee-logo"`), as the report
embeds them: one nothing in the logo refers to is dropped, one something refers to (`fill="url(#ann-lee-grad)"`,
`href="#ann-lee-shape"`, a `<style>`'s `#ann-lee-logo`, an animation's `begin="ann-lee-fade.end"`) is renamed `i1`,
`i2`, ... with every reference to it. A logo is drawn the same with them so.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from teamaudit.render.logo.svgreferences import local_name

_TIMING = frozenset({"begin", "end"})  # `begin="fade.end; other.click+1s"`: an id, then a dot
_REFERENCE = re.compile(r"#([\w:-]+)")  # `url(#grad)`, `href="#shape"`, CSS `#logo`
_TIMED = re.compile(r"(?<![\w.#:-])([\w:-]+)(?=\.)")  # `fade` of `fade.end`


def neutral_ids(root: ElementTree.Element) -> None:
    """Drop or rename every id under `root` (see the module's docstring); each text is read twice, whatever the
    number of ids (a 2 MB logo may hold 100,000)."""
    elements = list(root.iter())
    ids = dict.fromkeys(element.attrib["id"] for element in elements if "id" in element.attrib)
    referred: set[str] = set()
    for element in elements:
        for name, value in element.attrib.items():
            if name != "id":
                referred.update(_REFERENCE.findall(value))
                referred.update(_TIMED.findall(value) if local_name(name) in _TIMING else ())
        if local_name(element.tag) == "style" and element.text:
            referred.update(_REFERENCE.findall(element.text))
    renamed = {old: f"i{number}" for number, old in enumerate((i for i in ids if i in referred), start=1)}
    for element in elements:
        old = element.attrib.get("id")
        if old in renamed:
            element.attrib["id"] = renamed[old]  # in its place among the attributes
        elif old is not None:
            del element.attrib["id"]
        for name, value in element.attrib.items():
            if name != "id":
                element.attrib[name] = _renamed(value, renamed, local_name(name) in _TIMING)
        if local_name(element.tag) == "style" and element.text:
            element.text = _renamed(element.text, renamed, False)


def _renamed(text: str, renamed: dict[str, str], timing: bool) -> str:
    text = _REFERENCE.sub(lambda found: "#" + renamed.get(found[1], found[1]), text)
    return _TIMED.sub(lambda found: renamed.get(found[1], found[1]), text) if timing else text
