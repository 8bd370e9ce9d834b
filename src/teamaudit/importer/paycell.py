"""An export's pay cell -> the annual cost a team file holds (`cost:`), read only with --cost.

'$165,000.00 Annual', '142,000.00', '85.000,00 €', '41.50/hr', '7,500 monthly', '4.500,00 € / Monat', '1.5E+05': the
first number in the cell, its dots, commas, spaces and apostrophes read as importer/grouping.py says (85.000 alone is
settled by the column: importer/paycolumn.py), annualised when the cell says it is hourly, or is under 500, which no
annual pay is (2,080 hours a year), or monthly (x 12), in English or German. A cell with no number ('N/A',
'Confidential') or 0 gives no cost. A number that is no pay is a BadPay naming why: below 0, not a number (inf, nan),
grouped in no way import reads, or more than a team file holds once annualised (a 400-digit number is, and so is
1e400): refusing it beats writing 2,080 for '1e400' or 10,400 for '-5'.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from teamaudit.importer.grouping import Ungrouped, Written, find_number
from teamaudit.model import MAX_COST

HOURS_PER_YEAR = 2080
_NO_NUMBER = re.compile(r"\b(?:nan|inf|infinity)\b")  # what float() reads, which is no pay
# What a cell says of its period, in English and in the German of the exports import reads ('4.500 € / Monat',
# '41,50 €/Std.', '95.000 € jährlich'): a German month read as a year was 4,500 a year for 4,500 a month.
_HOURLY = ("hour", "/hr", "stunde", "/std")
_MONTHLY = ("month", "monat", "mtl.")
_YEARLY = ("year", "annual", "jahr", "jähr")
_MINUS = re.compile(r"[-\u2212(][^\w]*\Z")  # a minus sign or an accountant's bracket just before the number


class BadPay(ValueError):
    """What is wrong with a pay cell, in words that follow the cell's value: 'is less than 0'."""


class PayCell(NamedTuple):
    number: Written
    words: str  # the cell lower case without spaces, for what says hourly, monthly or annual


def pay_cell(raw: str) -> PayCell | None:
    """The number a pay cell holds, and its words; None when it holds none."""
    try:
        number = find_number(raw)
    except Ungrouped:
        raise BadPay("groups its digits in no way import reads") from None
    words = raw.lower().replace(" ", "")
    if number is None:
        if _NO_NUMBER.search(words):
            raise BadPay("is not a number")
        return None
    if _MINUS.search(raw, 0, number.start):
        raise BadPay("is less than 0")
    return PayCell(number, words)


def annual_cost(cell: PayCell, value: float) -> int | None:
    """The annual cost of a cell whose number is `value`, in whole units; None for 0."""
    words = cell.words
    yearly = any(word in words for word in _YEARLY)
    if any(word in words for word in _HOURLY) or (0 < value < 500 and not yearly):
        value *= HOURS_PER_YEAR
    elif any(word in words for word in _MONTHLY):
        value *= 12
    if not math.isfinite(value) or value > MAX_COST:
        raise BadPay(f"is more than the {MAX_COST:,.0f} a year a team file holds as one person's cost")
    return round(value) or None
