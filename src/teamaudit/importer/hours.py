"""A weekly-hours cell -> an FTE, for a row whose export has no FTE column: hours / FULL_TIME, at most 1 (overtime
counts a person once) and at least 0.05.

'40', '37.5', '37,5', '20 hrs', '24 hours/week'. A value that is no week's hours is a BadHours naming why, never an
FTE: it was read as Python reads a number, so 'nan' and '-5' made 0.05 FTE, 'inf' and '400' (annual hours?) 1.0,
and 'abc' nothing at all, the row then counted in full without a word.
"""

from __future__ import annotations

import math
import re

FULL_TIME = 40
WEEK = 168  # the hours a week has
_HOURS = re.compile(
    r"([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?)\s*(?:h|hrs?|hours?)?(?:\s*(?:/|per|a)\s*(?:wk|week))?",
    re.IGNORECASE,
)


class BadHours(ValueError):
    """What is wrong with an hours cell, in words that follow the cell's value: 'is less than 0'."""


def hours_fte(raw: str) -> float:
    """The FTE of a row working `raw` hours a week, rounded as a team file writes it."""
    number = _HOURS.fullmatch(raw.strip())
    value = float(number.group(1).replace(",", ".")) if number else math.nan
    if not math.isfinite(value):
        raise BadHours("is not a number of hours")
    if value < 0:
        raise BadHours("is less than 0")
    if value > WEEK:
        raise BadHours(f"is more than the {WEEK} hours a week has (annual or monthly hours?)")
    return round(min(1.0, max(0.05, value / FULL_TIME)), 2)
