"""How a number in an export's text cell is written: which of its dots, commas, spaces and apostrophes group its
digits and which one marks its decimals.

A cell settles it when it can be read one way only: 85.000,00 and 1.234.567 group with dots (a decimal comma),
1,234.50 and 1,234,567 with commas (a decimal point), 85 000,00 and 85'000.00 with a space or an apostrophe, so their
one dot or comma marks decimals; 41,50 and 41.5 have no group of three digits after their mark, which therefore marks
decimals too. One dot or comma with exactly three digits after it and one to three before (85.000, 85,000) is the
spelling a cell cannot settle: 85, or 85,000. Digits grouped any other way (1.23.4, 85 00) are no number import
guesses at. A spreadsheet's number cell (SheetNumber) is a number already: its text is Python's, its dot a decimal
point, whatever the column's other cells write.
"""

from __future__ import annotations

import re
from typing import NamedTuple

POINT, COMMA = ".", ","
_SPACE = " \u00a0\u202f\u2009"  # a space, and the no-break and thin spaces French and Swiss exports group with
_APOSTROPHE = "'\u2019"  # Swiss: 85'000.00
_NUMBER = re.compile(rf"\d+(?:(?:[.,{_APOSTROPHE}]|[{_SPACE}]+)\d+)*(?:e[-+]?\d+)?", re.IGNORECASE)
_KINDS = str.maketrans(dict.fromkeys(_SPACE, " ") | dict.fromkeys(_APOSTROPHE, "'"))  # a separator by its kind
_NO_DIGITS = str.maketrans("", "", "0123456789")
_SEPARATOR = re.compile(r"[.,' ]")


class SheetNumber(str):
    """The text of an .xlsx cell that holds a number with decimals, written as Python writes a float (41.125, 1e-07):
    its dot is a decimal point, never a thousands separator. A whole number's text has no separator to misread."""

    __slots__ = ()


class ShownNumber(str):
    """The text of an .xlsx cell that holds a whole number its format pads, as the sheet shows it (`007`, `E0007`: an
    id, as a team file writes it); `number` is the number it holds, which a column of numbers reads."""

    number: str

    def __new__(cls, shown: str, number: int) -> ShownNumber:
        text = super().__new__(cls, shown)
        text.number = str(number)
        return text


def unspaced(cell: str) -> str:
    """A cell a number is read from, without the spaces around it: a SheetNumber still if it was one, and the number
    a ShownNumber holds."""
    if isinstance(cell, ShownNumber):
        return cell.number
    return cell if isinstance(cell, SheetNumber) else cell.strip()


class Ungrouped(ValueError):
    """Digits grouped in no way import reads: '1.23.4', '85 00', '1,234.567,8'."""


class Written(NamedTuple):
    """The first number of a cell, where it stands in the cell and what its marks say."""

    start: int
    end: int
    value: float  # as the cell settles it; an undecided one's with its mark grouping thousands (85.000 -> 85000)
    decimal: str | None = None  # the decimal mark the cell shows it writes, POINT or COMMA; None when it shows none
    undecided: str | None = None  # the mark of 85.000 or 85,000, which the cell alone cannot settle

    def read(self, decimal: str) -> float:
        """The value when `decimal` is the column's decimal mark: an undecided 85.000 is 85 with a decimal point."""
        if self.undecided == decimal:
            return self.value / 1000
        return self.value


def find_number(text: str) -> Written | None:
    """The first number written in `text`, None when there is none; Ungrouped when its digits are grouped in no way
    import reads."""
    found = _NUMBER.search(text)
    if found is None:
        return None
    start, end = found.span()
    token = found.group()
    if isinstance(text, SheetNumber):
        return Written(start, end, float(token))
    mantissa, exponent = re.split(r"(?=[eE])", token, maxsplit=1) if "e" in token.lower() else (token, "")
    mantissa = mantissa.translate(_KINDS)
    if "  " in mantissa:
        mantissa = re.sub(" +", " ", mantissa)
    seps = mantissa.translate(_NO_DIGITS)  # the separators in their order: ".", ",", "'" or " "
    if not seps:
        return Written(start, end, float(token))
    digits = _SEPARATOR.split(mantissa)
    last = seps[-1]
    if len(set(seps)) > 1:  # 85.000,00, 85 000,00: the last, once, marks decimals; the other groups
        if last not in (POINT, COMMA) or seps.count(last) > 1:
            raise Ungrouped
        others = set(seps) - {last}
        grouping = others.pop() if len(others) == 1 else None
        return Written(start, end, _value(digits[:-1], grouping, digits[-1], exponent), decimal=last)
    if last not in (POINT, COMMA) or len(seps) > 1:  # 85 000, 1.234.567: every separator groups
        shows = {POINT: COMMA, COMMA: POINT}.get(last)
        return Written(start, end, _value(digits, last, "", exponent), decimal=shows)
    before, after = digits
    if len(after) == 3 and 1 <= len(before) <= 3 and not before.startswith("0") and not exponent:
        return Written(start, end, float(before + after), undecided=last)  # 85.000: 85 or 85,000
    return Written(start, end, float(f"{before}.{after}{exponent}"), decimal=last)  # 41,50, 1234.5, 0.125


def _value(whole: list[str], grouping: str | None, fraction: str, exponent: str) -> float:
    """The number whose whole part is `whole`'s groups, when they are grouped as a person groups digits."""
    if grouping is None or not _grouped(whole, grouping):
        raise Ungrouped
    return float(f"{''.join(whole)}.{fraction or '0'}{exponent}")


def _grouped(groups: list[str], separator: str) -> bool:
    """Digits grouped in threes (1,234,567), or, with commas, as India groups them (12,34,567)."""
    first, rest = groups[0], groups[1:]
    if not 1 <= len(first) <= 3:
        return False
    if all(len(group) == 3 for group in rest):
        return True
    lakh = len(first) <= 2 and all(len(group) == 2 for group in rest[:-1]) and len(rest[-1]) == 3
    return separator == COMMA and lakh
