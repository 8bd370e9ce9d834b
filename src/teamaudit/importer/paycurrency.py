"""The currency an export's pay cells name ('95.000,00 €', 'EUR 95,000', '£70,000', 'CHF 120'000'), as the ISO 4217
code a team file's `currency:` holds: read without it, a German export's euros were reported as dollars. A column
whose cells name two currencies is a problem naming the first cell that differs, since a team file has one."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The symbols pay cells write for the currencies of the countries whose exports import reads, and the codes.
_SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "us$": "USD", "fr.": "CHF", "sfr": "CHF", "kr": "SEK", "zł": "PLN"}
_CODES = ("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY", "INR")
_NAMED = re.compile(
    r"(?<![A-Za-z])(" + "|".join(_CODES) + r")(?![A-Za-z])|(us\$|€|£|\$|fr\.|sfr|zł)", flags=re.IGNORECASE
)

Problem = tuple[int, str, str]  # (line, cell, what is wrong)


def named_currency(raw: str) -> str | None:
    """The ISO code a cell's symbol or code names; None when it names none."""
    found = _NAMED.search(raw)
    if found is None:
        return None
    code, symbol = found.groups()
    return code.upper() if code else _SYMBOLS[symbol.lower()]


def column_currency(cells: Iterable[tuple[int, str]]) -> tuple[str | None, list[Problem]]:
    """The one currency a pay column's (line, cell) name, and a problem for each cell naming another."""
    currency, first, problems = None, 0, []
    for line, raw in cells:
        named = named_currency(raw)
        if named is None:
            continue
        if currency is None:
            currency, first = named, line
        elif named != currency:
            problems.append((line, raw, f"is in {named}, where line {first} is in {currency}: a team file has one"))
    return currency, problems
