"""The currency an export's pay cells name ('95.000,00 €', 'EUR 95,000', '£70,000', 'CHF 120'000'), as the ISO 4217
code a team file's `currency:` holds: read without it, a German export's euros were reported as dollars. A column
whose cells name two currencies is a problem naming the first cell that differs, since a team file has one; so is a
cell naming a currency this cannot tell apart or does not know ('85 000 kr', 'NZ$ 90,000', '¥9,000,000'), which
written without `currency:` would be reported as the rubric's dollars."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The symbols and words pay cells write for the currencies of the countries whose exports import reads, and the
# dollars a prefix names (C$ is Canada's); the codes as ISO 4217 writes them.
_SYMBOLS = {
    **{"€": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "fr.": "CHF", "sfr": "CHF", "zł": "PLN", "₹": "INR"},
    **{"$": "USD", "us$": "USD", "c$": "CAD", "ca$": "CAD", "can$": "CAD", "a$": "AUD", "au$": "AUD"},
}
_CODES = (
    *("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "ILS"),
    *("JPY", "CNY", "HKD", "SGD", "KRW", "INR", "BRL", "MXN", "ZAR"),
)
# 'kr' is the krona or krone of four countries: only its code says which.
_KRONA = "kr is the krona or krone of Sweden, Norway, Denmark and Iceland alike"
_NAMED = re.compile(
    r"(?<![A-Za-z])(?:(" + "|".join(_CODES) + r")|([a-z]{0,3}\$|euros?|sfr|kr)|fr\.)(?![A-Za-z])|(€|£|zł|₹)",
    flags=re.IGNORECASE,
)

Problem = tuple[int, str, str, str]  # (line, cell, what is wrong, what to do)


class UnreadCurrency(ValueError):
    """A cell names a currency, but not one code: 'kr', 'NZ$', '¥'."""


def named_currency(raw: str) -> str | None:
    """The ISO code a cell's symbol, word or code names; None when it names none. UnreadCurrency when it names one
    that is not a code here, or that the symbol leaves to guess."""
    found = _NAMED.search(raw)
    if found is not None:
        code, word, sign = found.groups()
        if code:
            return code.upper()
        named = (word or sign or found.group(0)).lower()
        if named == "kr":
            raise UnreadCurrency(_KRONA)
        if named in _SYMBOLS:
            return _SYMBOLS[named]
        raise UnreadCurrency(f"{found.group(0)} is a currency import does not know")
    sign = next((c for c in raw if unicodedata.category(c) == "Sc"), None)  # ¥, ₩, ₺: a currency all the same
    if sign is not None:
        raise UnreadCurrency(f"{sign} is a currency import does not know")
    return None


def column_currency(cells: Iterable[tuple[int, str]]) -> tuple[str | None, list[Problem]]:
    """The one currency a pay column's (line, cell) name, and a problem for each cell naming another, or one that
    cannot be told."""
    currency, first, problems = None, 0, []
    for line, raw in cells:
        try:
            named = named_currency(raw)
        except UnreadCurrency as unread:
            why = f"names no currency code import reads: {unread}, and a team file has one `currency:` code"
            hint = "write the code in the cells (SEK 85 000, NZD 90,000), or import without --cost"
            problems.append((line, raw, why, hint))
            continue
        if named is None:
            continue
        if currency is None:
            currency, first = named, line
        elif named != currency:
            why = f"is in {named}, where line {first} is in {currency}: a team file has one"
            problems.append((line, raw, why, "convert the pay to one currency, or import each currency's rows apart"))
    return currency, problems
