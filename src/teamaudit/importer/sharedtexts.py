"""An .xlsx's shared-strings table, read a text at a time, each counted as the XML parser meets it.

openpyxl builds each text's whole tree before joining its runs: one text of three million runs took 29 s and
1.4 GB, and texts under a namespace prefix the byte count before did not know (`<é:si>`) were not counted at all.
Here the parser's own elements are counted, whatever their prefix or the part's encoding, and reading stops at
the first limit passed. The text is what openpyxl's read_string_table makes of it: the plain text, then each
run's, with Excel's escape `_x005F_` undone the way openpyxl undoes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse

from teamaudit.errors import TeamAuditError
from teamaudit.importer.limits import MAX_SHARED_TEXTS

MAX_TEXT_ELEMENTS = 10_000  # the elements of one text: its runs and their formats
MAX_TABLE_ELEMENTS = 4 * MAX_SHARED_TEXTS  # a text and its value, twice over
_HINT = "export only the columns and rows import needs, or save the sheet as CSV"


def read(path: str, source: IO[bytes], file: Path) -> list[str]:
    """The texts of the shared-strings part `path`, read from `source`; `file` is the export, for messages."""
    texts: list[str] = []
    snippets: list[str] = []
    opened: list[Element] = []  # the table, a text, its plain text or a run, a run's text
    in_run = False
    elements = inside = 0
    for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            elements += 1
            inside += len(opened) >= 2
            if elements > MAX_TABLE_ELEMENTS or inside > MAX_TEXT_ELEMENTS:
                raise _too_many(path, file, elements > MAX_TABLE_ELEMENTS)
            if len(opened) == 2:
                in_run = _name(element) == "r"
            opened.append(element)
            continue
        opened.pop()
        if _name(element) == "t" and (len(opened) == 2 or (len(opened) == 3 and in_run)):
            snippets.append(element.text or "")
        elif len(opened) == 1 and _name(element) == "si":
            if len(texts) == MAX_SHARED_TEXTS:
                raise TeamAuditError(
                    f"the sheet holds more than the {MAX_SHARED_TEXTS:,} distinct texts import reads",
                    file=file,
                    hint=_HINT,
                )
            texts.append("".join(snippets).replace("x005F_", ""))
            snippets.clear()
            inside = 0
        if len(opened) == 1:
            opened[0].remove(element)  # memory holds one text, however many the table has
    return texts


def _name(element: Element) -> str:
    return element.tag.rpartition("}")[2]


def _too_many(path: str, file: Path, in_table: bool) -> TeamAuditError:
    if in_table:
        what = f"more than the {MAX_TABLE_ELEMENTS:,} XML elements a table of {MAX_SHARED_TEXTS:,} texts could need"
    else:
        what = f"a text of more than {MAX_TEXT_ELEMENTS:,} XML elements"
    return TeamAuditError(f"its shared-strings part {path!r} holds {what}", file=file, hint=_HINT)
