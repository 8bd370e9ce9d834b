"""A weekly-hours cell -> an FTE, for a row whose export has no FTE column: hours / FULL_TIME, at most 1 (overtime
counts a person once) and at least 0.05.

'40', '37.5', '37,5', '20 hrs', '24 hours/week'. A value that is no week's hours is a BadHours naming why, never an
FTE: it was read as Python reads a number, so 'nan' and '-5' made 0.05 FTE, 'inf' and '400' (annual hours?) 1.0,
and 'abc' nothing at all, the row then counted in full without a word. So is a value that could be two numbers, as
importer/grouping.py reads them: '1.000' was 1 hour, where a German or French export means 1,000 (or 1.0), and a
US one's '2,080' (a year's 40 hours a week) would be 2.08 hours a week. Only when the thousands no person works in a
year, '40.000' or '37,500', is it the week's hours with a decimal mark.
"""

from __future__ import annotations

import math
import re

from teamaudit.importer.grouping import POINT, Ungrouped, find_number

FULL_TIME = 40
WEEK = 168  # the hours a week has
YEAR = 8760  # the hours a year has
_HOURS = re.compile(
    r"([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?)\s*(?:h|hrs?|hours?)?(?:\s*(?:/|per|a)\s*(?:wk|week))?",
    re.IGNORECASE,
)


class BadHours(ValueError):
    """What is wrong with an hours cell, in words that follow the cell's value: 'is less than 0'."""


def hours_fte(raw: str) -> float:
    """The FTE of a row working `raw` hours a week, rounded as a team file writes it."""
    number = _HOURS.fullmatch(raw.strip())
    if number:
        _settled(raw)
    value = float(number.group(1).replace(",", ".")) if number else math.nan
    if not math.isfinite(value):
        raise BadHours("is not a number of hours")
    if value < 0:
        raise BadHours("is less than 0")
    if value > WEEK:
        raise BadHours(f"is more than the {WEEK} hours a week has (annual or monthly hours?)")
    return round(min(1.0, max(0.05, value / FULL_TIME)), 2)


def _settled(raw: str) -> None:
    """Nothing, when the cell's number reads one way only (an .xlsx number cell always does)."""
    try:
        number = find_number(raw)
    except Ungrouped:
        return  # `1.2.3` is no number the pattern reads either
    if number is not None and number.undecided and number.value <= YEAR:
        mark = "dot" if number.undecided == POINT else "comma"
        small, grouped = f"{number.value / 1000:g}", f"{number.value:,.0f}"
        raise BadHours(f"could be {small} or {grouped} hours: a {mark} may mark decimals or group thousands")
