"""What is wrong with a value a rubric or config file holds where a number, true/false or text belongs, in the
file's terms: `must be a number, got '5'` with how to write it when the file quoted it, `must be text, got off`
with why YAML read it otherwise."""

from __future__ import annotations

import math

from pydantic_core import ErrorDetails

from teamaudit.errors import as_written

_NUMBER = {"float_type", "float_parsing", "finite_number", "int_type", "int_parsing", "int_from_float"}
_TRUE_FALSE = {"bool_type", "bool_parsing"}
_LIMITS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
_TEXT = {"string_type"}
TYPED = frozenset(_NUMBER | _TRUE_FALSE | _TEXT)  # the error types value_message words in the file's terms


def value_message(error: ErrorDetails, spelled: str | None) -> tuple[str, str | None]:
    """What is wrong with the value, and how to write it."""
    kind, value = error["type"], error.get("input")
    got = _shown(value, spelled)
    if kind in _NUMBER:
        whole = " whole" if kind.startswith("int") else ""
        return f"must be a{whole} number, got {got}", _unquote(value)
    if kind in _TRUE_FALSE:
        return f"must be true or false, got {got}", _unquote(value)
    if kind in _TEXT:
        return f"must be text, got {got}", quote_hint(value, spelled)
    message = error["msg"].removeprefix("Value error, ")
    if kind in _LIMITS:
        message += f", got {got}"
    return message, None


def _shown(value: object, spelled: str | None) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else "-.inf" if value < 0 else ".inf"  # as YAML spells them
    return as_written(value, spelled)


def _unquote(value: object) -> str | None:
    """For a number or true/false written in quotes: that a quoted one is text."""
    if not isinstance(value, str):
        return None
    try:
        float(value)
    except ValueError:
        is_word = value.strip().lower() in ("true", "false")
        return "write true or false without quotes" if is_word else None
    return "write the number without quotes: a quoted one is text"


def quote_hint(value: object, spelled: str | None) -> str | None:
    """For text YAML read as something else (true, false, a number): why, and to quote it. It does not repeat a
    number: --redact hides the value in the message."""
    if isinstance(value, bool):
        return f"YAML reads an unquoted {spelled or str(value).lower()} as {str(value).lower()}: quote it"
    if isinstance(value, int | float):
        return "YAML reads it as a number: quote it"
    return None
