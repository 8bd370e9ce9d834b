"""What is wrong with a value a rubric or config file holds where a number, true/false or text belongs, in the
file's terms: `must be a number, got '5'` with how to write it when the file quoted it, `must be text, got off`
with why YAML read it otherwise. The team file's messages (valuemessages) take their hints from here too."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pydantic_core import ErrorDetails

from teamaudit.errors import as_written

BINARY = "binary data (!!binary) is not text; write the text itself"  # YAML's !!binary where text belongs
_NUMBER = {"float_type", "float_parsing", "finite_number", "int_type", "int_parsing", "int_from_float"}
_TRUE_FALSE = {"bool_type", "bool_parsing"}
_LIMITS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
_TEXT = {"string_type"}
_LIST = {"tuple_type", "list_type"}
_MAPPING = {"dict_type", "dataclass_type"}  # a record (a config's thresholds) is a mapping in the file
TYPED = frozenset(_NUMBER | _TRUE_FALSE | _TEXT | _LIST | _MAPPING)  # error types value_message words as the file


def value_message(
    error: ErrorDetails, spelled: str | None, quoted: bool = False, *, toml: bool = False
) -> tuple[str, str | None]:
    """What is wrong with the value, and how to write it. `quoted`: the file wrote the value in quotes; `toml`:
    the file is TOML, where every text is quoted and `1e5` unquoted is a number."""
    kind, value = error["type"], error.get("input")
    got = shown_value(value, spelled, toml=toml)
    if kind in _NUMBER:
        whole = " whole" if kind.startswith("int") else ""
        hint = number_hint(value, quoted, reads_number=_toml_number if toml else _yaml_number)
        return f"must be a{whole} number, got {got}", hint
    if kind in _TRUE_FALSE:
        return f"must be true or false, got {got}", _unquote_word(value)
    if kind in _TEXT and isinstance(value, bytes):
        return BINARY, None
    if kind in _TEXT:
        return f"must be text, got {got}", quote_hint(value, spelled, toml=toml)
    if kind in _LIST | _MAPPING:  # pydantic says "a valid tuple", "an instance of FileConfig"
        shape = ("an array" if toml else "a list") if kind in _LIST else ("a table" if toml else "a mapping")
        return (f"is empty; it must be {shape}" if value is None else f"must be {shape}, got {got}"), None
    if kind == "literal_error":  # pydantic says "Input should be 'title', 'skills' ... or 'any'"
        expected = str(error.get("ctx", {}).get("expected", "")).replace("'", "")
        return f"must be one of {expected}, got {got}", None
    message = error["msg"].removeprefix("Value error, ")
    if kind in _LIMITS:
        message += f", got {got}"
    return message, None


def shown_value(value: object, spelled: str | None, *, toml: bool = False) -> str:
    """The value as the file writes it: as_written, in TOML's words for a TOML file (a table, an array, nan)."""
    if toml and isinstance(value, dict | list):
        return "a table" if isinstance(value, dict) else "an array"
    if isinstance(value, float) and not math.isfinite(value) and spelled is None:
        return ".nan" if math.isnan(value) else "-.inf" if value < 0 else ".inf"  # as YAML spells them
    return as_written(value, spelled)


def _unquote_word(value: object) -> str | None:
    """For true or false written in quotes: that a quoted one is text."""
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return "write true or false without quotes"
    return None


_EXPONENT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+")
_THOUSANDS = re.compile(r"[-+]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
_LONGEST = 20  # characters of a number a hint writes out


def number_hint(
    text: object,
    quoted: bool,
    *,
    fraction: bool = False,
    show: bool = True,
    reads_number: Callable[[str], bool] | None = None,
) -> str | None:
    """For a number the file holds as text: why it is text, and how to write it. YAML 1.1 (PyYAML, and so
    teamaudit) reads `1.85e5` and `5e-1` as text, quoted or not, and `185,000` and `0,5` too. `quoted`: the
    file wrote it in quotes, the one case where dropping them helps. `fraction`: the number is at most 1, so
    `1,000` has a decimal comma, not a thousands separator. `show`: the hint may say the number (not for pay:
    --redact hides the value in the message, not in the hint). `reads_number` says whether the file's language
    reads the text, unquoted, as a number (YAML's, by default)."""
    if not isinstance(text, str):
        return None
    written = text.strip()
    if quoted and (reads_number or _yaml_number)(written):
        return "write the number without quotes: a quoted one is text"
    unquoted = " without quotes" if quoted else ""
    if _EXPONENT.fullmatch(written):
        digits = _plain_digits(written)
        if show and digits is not None:
            return f"YAML reads {written} as text: write {digits}{unquoted}"
        return f"YAML reads a number with an exponent as text: write it in plain digits{unquoted}"
    if not fraction and _THOUSANDS.fullmatch(written):
        commas = "commas" if written.count(",") > 1 else "comma"
        shown = written.replace(",", "") if show else "the number"
        return f"write {shown} without the {commas}{' or quotes' if quoted else ''}"
    if _DECIMAL_COMMA.fullmatch(written):
        point = f": {written.replace(',', '.')}" if show else ", not a comma"
        return f"use a decimal point{point}{',' if quoted and show else ''}{unquoted}"
    return None


def _yaml_number(text: str) -> bool:
    """Whether YAML reads `text`, written without quotes, as a number."""
    import yaml

    resolver: Any = yaml.resolver.Resolver()  # typed Any: PyYAML's stubs leave `resolve` untyped
    tag = resolver.resolve(yaml.ScalarNode, text, (True, False))
    return tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")


def _toml_number(text: str) -> bool:
    """Whether TOML reads `text`, written without quotes, as a number (a looser test: any number Python reads)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def _plain_digits(exponent: str) -> str | None:
    """`1.85e5` as `185000`; None when that would be too long to read."""
    if len(exponent) > _LONGEST:
        return None
    number = Decimal(exponent)
    if not -_LONGEST < number.adjusted() < _LONGEST:
        return None
    return format(number.normalize(), "f")


def quote_hint(value: object, spelled: str | None, *, toml: bool = False) -> str | None:
    """For text the file's language read as something else (true, false, a number): why, and to quote it. It does
    not repeat a number: --redact hides the value in the message."""
    language = "TOML" if toml else "YAML"
    if isinstance(value, bool):
        return f"{language} reads an unquoted {spelled or str(value).lower()} as {str(value).lower()}: quote it"
    if isinstance(value, int | float):
        return f"{language} reads it as a number: quote it"
    return None
