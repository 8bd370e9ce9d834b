"""An SVG logo with code in it, refused: a `<script>`, an event attribute (`onload`, `onclick`; or an animation
setting one) or a `javascript:` URL. The report embeds the logo as an `<img>`, where no browser runs them, but the
consultant may save the logo, or open it from the report, as a document of its own, where they run; and a logo has
no code to run. Refused, not stripped, as svgreferences.py refuses what refers outside: the consultant learns that
the file handed over holds code, and gets a logo back only from a file that has none.

Read after strip.py has stripped the SVG: an element or attribute outside the SVG, XLink and XML namespaces (an
XHTML `<script>`) is already gone.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from teamaudit.errors import shown_key
from teamaudit.render.logo.svgelements import animated_attribute, local_name, refuse

# A browser reads a URL's scheme with tabs and line breaks taken out, after leading spaces and controls.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")
_CODE_SCHEMES = ("javascript:", "vbscript:")
_SAVE = "a logo runs no code: save it with its drawing only"


def refuse_scripts(root: ElementTree.Element, path: Path) -> None:
    """An error naming the logo and what was found if the SVG under `root` holds a script."""
    for element in root.iter():
        name = local_name(element.tag)
        if name == "script":
            refuse(f"the logo's SVG holds a script (a <script> element): {_SAVE}", path)
        if _is_event(animated_attribute(element)):
            refuse(f"the logo's SVG animates an event attribute, which runs code: {_SAVE}", path)
        for attribute, value in element.attrib.items():
            if _is_event(local_name(attribute)):
                refuse(f"the logo's SVG has an event attribute ({shown_key(local_name(attribute))}): {_SAVE}", path)
            squeezed = _IGNORED_IN_SCHEME.sub("", value).lower()
            for scheme in _CODE_SCHEMES:
                if scheme in squeezed:
                    said = shown_key(local_name(attribute))
                    refuse(f"the logo's SVG has a {scheme} URL (in its {said} attribute): {_SAVE}", path)


def _is_event(name: str) -> bool:
    """Whether an attribute name is an event handler's: no SVG attribute that draws begins with `on`."""
    return name.lower().startswith("on")
