"""An .xlsx formula cell with no saved value.

A spreadsheet saves each formula's last value beside it, and import reads that value; a file a program wrote
(openpyxl's `ws.append([3, 'Bo', 'Lee', '=1+1'])`) holds the formula alone, until Excel or LibreOffice opens and
saves it. Read as empty, such a title made the row 'has no title: skipped'. The sheet reader marks the cell with
its formula, and a cell import reads that holds one is an error naming its row and column
(importer/cellsize.py), as every other cell import cannot read is.
"""

from __future__ import annotations

HINT = "open the file in Excel or LibreOffice and save it, which saves each formula's value, then import it again"


class Unsaved(str):
    """A formula cell's text, `=1+1`, where the sheet saved no value for it."""

    __slots__ = ()
