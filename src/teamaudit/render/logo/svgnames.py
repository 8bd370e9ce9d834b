"""An SVG logo's ids and class names, which a design tool names after its author or client (`id="ann-lee-logo"`,
`class="ann-lee-mark"`), as the report embeds them: one nothing in the logo refers to is dropped, one something
refers to is renamed, an id `i1`, `i2`, ... and a class `c1`, `c2`, ..., with every reference to it. A logo is
drawn the same with them so.

An id is referred to by `url(#ann.lee.grad)` in any attribute or CSS (the id runs to the bracket: it may hold dots),
an `href="#ann.lee.shape"`, an animation's `begin="ann-lee-fade.end"`, or a CSS selector's `#ann-lee-logo`; a class
by a CSS selector's `.ann-lee-mark`, and an animation of `class` names classes. A selector's id or class ends where
the next part of the selector begins (`.`, `:`, `[`). A reference to a name no element holds (a selector left behind)
becomes `i0` or `c0`, which refers to nothing as it did; the timing's `begin="0.5s"` is no reference, so there a
word before a dot is renamed only when it is an id. The CSS holds no comments (strip.py) and no escapes
(svgreferences.py refused them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.etree import ElementTree

from teamaudit.render.logo.svgelements import ANIMATED_VALUES, animated_attribute, local_name

_TIMING = frozenset({"begin", "end"})  # `begin="fade.end; other.click+1s"`: an id, then a dot
_URL = re.compile(r"(url\(\s*+['\"]?+\s*+#)([^'\"\s)]+)")  # `url(#a.b)`
_HREF = re.compile(r"^(\s*+#)(\S+)")  # `href="#shape"`
_TIMED = re.compile(r"(?<![\w.#:-])()([\w:-]+)(?=\.)")  # `fade` of `fade.end`
_SELECTED = re.compile(r"([#.])(-?[A-Za-z_][\w-]*)")  # CSS `#logo:hover`, `g.mark`

# What a reference of a kind (`#` an id, `.` a class, `t` a timing's word that may be an id) to a name becomes.
Renaming = Callable[[str, str], str]


def neutral_names(root: ElementTree.Element) -> None:
    """Drop or rename every id and class under `root` (see the module's docstring); each text is read twice,
    whatever the number of names (a 2 MB logo may hold 100,000)."""
    elements = list(root.iter())
    named: dict[str, dict[str, None]] = {"#": {}, ".": {}}
    referred: dict[str, set[str]] = {"#": set(), ".": set()}

    def refer(kind: str, name: str) -> str:
        referred["#" if kind == "t" else kind].add(name)
        return name

    def neutral(kind: str, name: str) -> str:
        if kind == "t":
            return renamed["#"].get(name, name)
        return renamed[kind].get(name, "i0" if kind == "#" else "c0")

    for element in elements:
        if "id" in element.attrib:
            named["#"][element.attrib["id"]] = None
        for attribute in _class_attributes(element):
            named["."].update(dict.fromkeys(element.attrib[attribute].replace(";", " ").split()))
        _rewrite_references(element, refer)
    kept = {kind: [name for name in named[kind] if name in referred[kind]] for kind in named}
    renamed = {kind: {old: f"{'i' if kind == '#' else 'c'}{n}" for n, old in enumerate(kept[kind], 1)} for kind in kept}
    for element in elements:
        _rename_names(element, renamed)
        _rewrite_references(element, neutral)


def _class_attributes(element: ElementTree.Element) -> list[str]:
    """The attributes of `element` that hold class names: `class`, and the values of an animation of it."""
    names = [*(["class"] if "class" in element.attrib else [])]
    if "attributeName" in element.attrib and animated_attribute(element) == "class":
        names += [name for name in ANIMATED_VALUES if name in element.attrib]
    return names


def _rename_names(element: ElementTree.Element, renamed: dict[str, dict[str, str]]) -> None:
    """`element`'s id and classes renamed, or dropped where nothing refers to them."""
    old = element.attrib.get("id")
    if old in renamed["#"]:
        element.attrib["id"] = renamed["#"][old]  # in its place among the attributes
    elif old is not None:
        del element.attrib["id"]
    for attribute in _class_attributes(element):
        items = element.attrib[attribute].split(";") if attribute != "class" else [element.attrib[attribute]]
        kept = ";".join(" ".join(renamed["."][c] for c in item.split() if c in renamed["."]) for item in items)
        if kept or attribute != "class":
            element.attrib[attribute] = kept
        else:
            del element.attrib[attribute]


def _rewrite_references(element: ElementTree.Element, to: Renaming) -> None:
    """Each reference in `element`'s attributes and, for a `<style>`, its CSS, replaced by what `to` makes of it."""
    for name, value in list(element.attrib.items()):
        if name in ("id", "class"):
            continue
        attribute = local_name(name)
        if "#" in value:
            value = _replaced(_URL, value, to)
            value = _replaced(_HREF, value, to) if attribute == "href" else value
        element.attrib[name] = _replaced(_TIMED, value, to, "t") if attribute in _TIMING else value
    if local_name(element.tag) == "style" and element.text:
        element.text = _replaced(_URL, _css_selectors(element.text, to), to)


def _css_selectors(css: str, to: Renaming) -> str:
    """`css` with the ids and classes of its selectors (what comes before a `{`, after a `}` or `;`) replaced."""
    pieces = css.split("{")
    for at, piece in enumerate(pieces[:-1]):
        start = max(piece.rfind("}"), piece.rfind(";")) + 1
        selector = _SELECTED.sub(lambda found: found[1] + to(found[1], found[2]), piece[start:])
        pieces[at] = piece[:start] + selector
    return "{".join(pieces)


def _replaced(pattern: re.Pattern[str], text: str, to: Renaming, kind: str = "#") -> str:
    """`text` with each id `pattern` finds (its second group, after the first) replaced."""
    return pattern.sub(lambda found: found[1] + to(kind, found[2]), text)
