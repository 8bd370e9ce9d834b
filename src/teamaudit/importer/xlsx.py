"""Read the first sheet of an .xlsx export as rows of text, at a cost bounded by the values the sheet holds, never
by the size it declares or by how far its zipped parts expand.

openpyxl's worksheets pad every row to the sheet's declared width (a 600 KB file whose rows each hold a cell in
column XFD, 16,384, asked for a billion cells and died of a MemoryError) and, when the sheet declares no size,
build the whole sheet's XML tree just to measure it. So openpyxl reads the workbook's small parts (styles for
dates, which sheet is first), each bounded first by importer/xlsxparts.py, and its parser reads each cell; the
shared strings (importer/sharedtexts.py) and the sheet's XML are walked here one element at a time, each dropped
once read. Rows and cells come in the order Excel writes them, each once: one written twice would overwrite the
first, a person silently lost.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from xml.etree.ElementTree import Element

from teamaudit.errors import TeamAuditError
from teamaudit.importer.grouping import SheetNumber, ShownNumber
from teamaudit.importer.limits import MAX_CELLS
from teamaudit.importer.sheetgrid import Grid, Sheet, letter
from teamaudit.importer.unsaved import Unsaved
from teamaudit.importer.xlsxparts import FEWER, UNREADABLE, Part, check_directory, check_whole, scan

MAX_DEPTH = 64  # a sheet nests seven deep (worksheet, sheetData, row, c, is, r, t)
MAX_CELL_ELEMENTS = 10_000  # the elements inside one cell: its value, formula and runs of rich text
# In the sheet's XML: rows, cells (with a value or only a format), values. Counted from its bytes before it is
# read, at about a million a second.
_FORMULA = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}f"
_SCANNED = 1000  # characters of a cell looked at to see whether it is blank
MAX_ELEMENTS = 5 * MAX_CELLS // 2  # a row and, per cell, the cell and its value
# What a number format shows as written: quoted text, an escaped character, a space as wide as a character or
# a character repeated to fill the cell, and bracketed colours, conditions and locales.
_LITERALS = re.compile(r'"[^"]*"?|\\.|[_*].|\[[^\]]*\]?')


def read_sheet(path: Path, raw: bytes) -> Sheet:
    try:
        import defusedxml  # noqa: F401  # optional, as openpyxl is: openpyxl parses under it once installed
        from openpyxl.reader.excel import ExcelReader  # optional: pip install "teamaudit[xlsx]"
    except ImportError:
        raise TeamAuditError(
            "reading .xlsx needs openpyxl and defusedxml",
            file=path,
            hint='pip install "teamaudit[xlsx]", or export the sheet as CSV',
        ) from None
    check_directory(path, raw)
    grid = Grid(path)
    with warnings.catch_warnings():  # openpyxl warns of styles and dates it cannot read; the values are read
        warnings.simplefilter("ignore")
        try:
            reader = ExcelReader(io.BytesIO(raw), read_only=True, data_only=True, keep_links=False)
            with reader.archive:
                counts = scan(path, reader.archive)
                for number, cells in _rows(path, reader, counts):
                    grid.add(number, cells)
                names = tuple(name for name, _ in _worksheets(reader))
        except TeamAuditError:
            raise
        except Exception as exc:  # openpyxl raises what the XML or zip reader does: any of them means unreadable
            raise TeamAuditError(f"not a readable .xlsx file ({type(exc).__name__})", file=path) from None
    return replace(grid.sheet(), names=names)


def _rows(path: Path, reader: Any, counts: dict[str, Part]) -> Iterator[tuple[int, dict[int, str]]]:
    """The first sheet's rows that hold a value: the row's number and its values by column number."""
    parser = _parser(path, reader, counts)
    formats = _number_formats(reader.wb)
    percent = frozenset(style for style, shown in formats.items() if _scales_by_100(shown))
    padded = {style: padding for style, shown in formats.items() if (padding := _padding(shown))}
    number = 0
    values: dict[int, str] = {}
    with parser.source:
        for row, column, value, style in _cells(path, parser):
            if row != number and values:
                yield number, values
                values = {}
            number = row
            text = "" if value is None else _text(value, style in percent, padded.get(style))
            if _holds_a_value(text):
                values[column] = text
    if values:
        yield number, values


def _parser(path: Path, reader: Any, counts: dict[str, Part]) -> Any:
    """openpyxl's parser of the first worksheet's cells, once the parts it needs are read: what `load_workbook`
    does, less the worksheets' measuring and external links."""
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.worksheet._reader import WorkSheetParser
    from openpyxl.xml.constants import SHARED_STRINGS, XLSM, XLSX, XLTM, XLTX

    from teamaudit.importer import sharedtexts

    reader.read_manifest()
    books = [o.PartName[1:] for o in reader.package.Override if o.ContentType in (XLSX, XLSM, XLTX, XLTM)]
    check_whole(path, counts, books)
    if strings := reader.package.find(SHARED_STRINGS):
        with reader.archive.open(strings.PartName[1:]) as source:
            reader.shared_strings = sharedtexts.read(strings.PartName[1:], source, path)
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)
    sheets = [part for _, part in _worksheets(reader)]
    if not sheets:
        raise TeamAuditError("the workbook has no worksheet", file=path)
    if counts[sheets[0]].elements > MAX_ELEMENTS:
        raise TeamAuditError(
            f"its sheet's XML has {counts[sheets[0]].elements:,} elements, more than a table of the {MAX_CELLS:,} "
            "cells import reads could need",
            file=path,
            hint=FEWER,
        )
    return WorkSheetParser(
        reader.archive.open(sheets[0]),
        reader.shared_strings,
        data_only=True,
        epoch=reader.wb.epoch,
        date_formats=getattr(reader.wb, "_date_formats", ()),
        timedelta_formats=getattr(reader.wb, "_timedelta_formats", ()),
    )


def _worksheets(reader: Any) -> list[tuple[str, str]]:
    """The workbook's worksheets its zip holds, in its order, each as (its name, its part): the first is the one read,
    and an error names it so (table.on_first_sheet), where one listed but missing named a sheet not read."""
    sheets = [(str(sheet.name), rel.target) for sheet, rel in reader.parser.find_sheets() if "worksheet" in rel.Type]
    return [(name, part) for name, part in sheets if part in reader.valid_files]


def _number_formats(workbook: Any) -> dict[int, str]:
    """The number format of each cell style."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    custom = getattr(workbook, "_number_formats", ())
    shown = {**BUILTIN_FORMATS, **{164 + i: text for i, text in enumerate(custom)}}
    styles = getattr(workbook, "_cell_styles", ())
    return {i: str(shown.get(style.numFmtId, "")) for i, style in enumerate(styles)}


def _scales_by_100(number_format: str) -> bool:
    """Whether a format's `%` is Excel's percent sign: one quoted (`0"%"`) or escaped (`0\\%`) is only shown,
    and 50 is 50, not 5,000%. Positive numbers take the first of a format's sections."""
    return "%" in _LITERALS.sub("", number_format).split(";", 1)[0]


class Padding(NamedTuple):
    """A format that shows a whole number with leading zeros, and the text around it: `000` shows 7 as 007, and
    `"E"0000` as E0007, as an HRIS writes its ids."""

    before: str
    digits: int
    after: str


_PADDED = re.compile(r'((?:"[^"]*"|\\.)*)(0{2,})((?:"[^"]*"|\\.)*)')
_QUOTED = re.compile(r'"([^"]*)"|\\(.)')


def _padding(number_format: str) -> Padding | None:
    """How a format pads the whole numbers it shows (its first section, for those of 0 or more); None when it
    does not."""
    shown = _PADDED.fullmatch(number_format.split(";", 1)[0])
    if shown is None:
        return None
    return Padding(_unquoted(shown[1]), len(shown[2]), _unquoted(shown[3]))


def _unquoted(literals: str) -> str:
    return _QUOTED.sub(lambda part: part[1] if part[1] is not None else part[2], literals)


def _cells(path: Path, parser: Any) -> Iterator[tuple[int, int, object, int]]:
    """(row, column, value, style) of each cell the sheet's XML holds, in its order. Each element is removed from the
    tree once read (a cell's children with it), so memory holds one cell, however many the sheet has."""
    from defusedxml.ElementTree import iterparse
    from openpyxl.worksheet._reader import CELL_TAG, ROW_TAG

    opened: list[Element] = []
    cell_at = -1  # where in `opened` the cell being read is; -1 outside a cell
    inside_cell = 0
    last_row = last_column = 0
    for event, element in iterparse(parser.source, events=("start", "end"), forbid_dtd=True):
        if event == "start":
            inside_cell += cell_at >= 0
            if len(opened) >= MAX_DEPTH or inside_cell > MAX_CELL_ELEMENTS:
                what = "is nested too deep" if len(opened) >= MAX_DEPTH else "holds a cell of too many elements"
                raise TeamAuditError(f"not an .xlsx file teamaudit reads: its sheet's XML {what}", file=path)
            if element.tag == ROW_TAG:
                _start_row(parser, element)
                if parser.row_counter <= last_row:
                    raise _out_of_order(path, parser.row_counter, f"row {parser.row_counter}", f"row {last_row}")
                last_row, last_column = parser.row_counter, 0
            elif element.tag == CELL_TAG and cell_at < 0:
                cell_at, inside_cell = len(opened), 0
            opened.append(element)
            continue
        opened.pop()
        if cell_at >= 0 and len(opened) > cell_at:
            continue  # a value or a run of text: read with its cell
        if element.tag == CELL_TAG:
            cell_at = -1
            cell = parser.parse_cell(element)
            row, column = parser.row_counter, cell["column"]
            if row == last_row and column <= last_column:
                raise _out_of_order(path, row, f"cell {letter(column)}{row}", f"{letter(last_column)}{row}")
            last_row, last_column = row, column
            yield row, column, _unsaved(element) if cell["value"] is None else cell["value"], cell["style_id"]
        if opened:
            opened[-1].remove(element)


def _unsaved(element: Element) -> Unsaved | None:
    """A formula the cell holds with no value saved for it (importer/unsaved.py); None for an empty cell."""
    formula = element.find(_FORMULA)
    if formula is None:
        return None
    return Unsaved(f"={formula.text or ''}")


def _holds_a_value(text: str) -> bool:
    """Whether a cell is more than spaces. One shared text can fill every cell of the sheet, so a long one is
    not scanned per cell: it is a value, and importer/cellsize.py refuses it where import reads it."""
    return len(text) > _SCANNED or (not text.isspace() and bool(text))


def _out_of_order(path: Path, row: int, what: str, after: str) -> TeamAuditError:
    """Excel writes each row and cell once, in order; one written again would overwrite the first."""
    listed = f"{what} twice" if after in what else f"{what} after {after}"
    return TeamAuditError(
        f"not an .xlsx file teamaudit reads: its sheet lists {listed}, which Excel reports as a damaged file",
        file=path,
        line=row,
        hint=UNREADABLE,
    )


def _start_row(parser: Any, element: Element) -> None:
    """What openpyxl's parse_row does before reading a row's cells: the row's number, and its first column."""
    number = element.get("r")
    parser.row_counter = int(float(number)) if number else parser.row_counter + 1
    parser.col_counter = 0


def _text(value: object, percent: bool = False, padding: Padding | None = None) -> str:
    """A cell's value as the sheet shows it, as far as import reads it: a date as ISO, a percentage as `50%`, a whole
    number its format pads as shown, as a ShownNumber (`007`: an id, as a file writes it), a number with decimals as
    a SheetNumber, which no column's way of writing numbers rereads."""
    if isinstance(value, Unsaved):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if percent:
            return f"{round(value * 100, 6):g}%"
        if padding and 0 <= value < 1e18 and float(value).is_integer():
            return ShownNumber(f"{padding.before}{int(value):0{padding.digits}d}{padding.after}", int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else _decimals(value)
    return str(value)


@lru_cache(maxsize=4096)
def _decimals(value: float) -> SheetNumber:
    """One text for each number with decimals a sheet repeats (0.8 FTE, 37.5 hours): a SheetNumber takes twice a
    str's memory, and 600,000 of them took 40 MB more than the plain texts before them."""
    return SheetNumber(value)
