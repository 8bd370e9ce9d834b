"""An export's pay cell -> the annual cost a team file holds (`cost:`), read only with --cost.

'$165,000.00 Annual', '142,000.00', '41.50/hr', '7,500 monthly', '1.5E+05': the first number in the cell,
annualised when the cell says it is hourly, or is under 500, which no annual pay is (2,080 hours a year), or
monthly (x 12). A cell with no number ('N/A', 'Confidential') or 0 gives no cost. A number that is no pay is a
BadPay naming why: below 0, not a number (inf, nan), or more than a team file holds once annualised (a 400-digit
number is, and so is 1e400): refusing it beats writing 2,080 for '1e400' or 10,400 for '-5'.
"""

from __future__ import annotations

import math
import re

from teamaudit.model import MAX_COST

HOURS_PER_YEAR = 2080
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?")
_NO_NUMBER = re.compile(r"\b(?:nan|inf|infinity)\b")  # what float() reads, which is no pay
_MINUS = re.compile(r"[-\u2212(][^\w]*\Z")  # a minus sign or an accountant's bracket just before the number


class BadPay(ValueError):
    """What is wrong with a pay cell, in words that follow the cell's value: 'is less than 0'."""


def annual_cost(raw: str) -> int | None:
    """The annual cost the cell says, in whole units; None when it says none."""
    text = raw.lower().replace(" ", "")
    number = _NUMBER.search(text)
    if not number:
        if _NO_NUMBER.search(text):
            raise BadPay("is not a number")
        return None
    value = float(number.group().replace(",", ""))
    if _MINUS.search(text, 0, number.start()):
        raise BadPay("is less than 0")
    if "hour" in text or "/hr" in text or (0 < value < 500 and "year" not in text and "annual" not in text):
        value *= HOURS_PER_YEAR
    elif "month" in text:
        value *= 12
    if not math.isfinite(value) or value > MAX_COST:
        raise BadPay(f"is more than the {MAX_COST:,.0f} a year a team file holds as one person's cost")
    return round(value) or None
