"""An amount of money as a report shows it, in the rubric's currency: a symbol for USD, EUR and GBP
(`$180,000`, `€180,000`, `£180,000`), the ISO code before any other (`CHF 180,000`)."""

from __future__ import annotations

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def money(value: float, currency: str) -> str:
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{value:,.0f}" if symbol else f"{currency} {value:,.0f}"


def money_range(low: float, high: float, currency: str, dash: str = "-") -> str:
    return f"{money(low, currency)}{dash}{money(high, currency)}"
