"""Numbers YAML 1.1 reads in another base than the one they look written in: `150:00:00` is base 60 (540000),
`0150000` octal (53248), `0x1F` hexadecimal and `0b101` binary. PyYAML, and so teamaudit, reads YAML 1.1; a
person reading the file, and YAML 1.2 readers, do not. An amount written so is refused, not guessed at.
Underscores that group thousands (`150_000`, `1_000.5`) mean what they look like to a person and are read; any
other (`1_0`, `1_5`, `10_00`) is refused: YAML 1.1 drops them (`suppression-max-days: 1_0` was 10) and YAML 1.2
readers read the value as text, so nobody can tell what was meant."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from teamaudit.errors import clipped

_OCTAL = re.compile(r"[-+]?0[0-7_]+")
_THOUSANDS = re.compile(r"[-+]?[0-9]{1,3}(?:_[0-9]{3})+(?:\.[0-9]*)?")  # 150_000, 1_000_000.50
UNDERSCORED = "a number whose underscores do not group thousands"


def other_base(written: str, value: object) -> str | None:
    """What YAML 1.1 read `written` (a plain scalar it read as `value`) as, when not the decimal number it looks
    like: 'a base-60 number', 'an octal number'...; None for a decimal one (or anything else)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    if ":" in written:
        return "a base-60 number"
    digits = written.lstrip("+-").lower()
    if digits.startswith("0x"):
        return "a hexadecimal number"
    if digits.startswith("0b"):
        return "a binary number"
    if isinstance(value, int) and _OCTAL.fullmatch(written):
        return "an octal number"
    if "_" in written and not _THOUSANDS.fullmatch(written):
        return UNDERSCORED
    return None


def how_to_write(kind: str) -> str:
    """The hint for a number `other_base` found."""
    if kind == "an octal number":
        return "write it without the leading zero"
    if kind == "a base-60 number":
        return "write it in plain decimal digits, without colons"
    if kind == UNDERSCORED:
        return "write it without underscores, or with one before each group of three digits (150_000)"
    return "write it in decimal digits"


def base_problem(written: str, kind: str) -> tuple[str, str]:
    """The problem (after the key it is about) and hint for an amount `other_base` found to be `kind`."""
    if kind == UNDERSCORED:
        read = written.replace("_", "")
        problem = f"{clipped(written)} is {kind}: YAML 1.1 drops them and reads {clipped(read)}, YAML 1.2 reads text"
        return problem, how_to_write(kind)
    return f"{clipped(written)} is {kind} to YAML 1.1, not the decimal it looks like", how_to_write(kind)


def in_other_bases(spelled: Mapping[tuple[Any, ...], str], data: object) -> Iterator[tuple[tuple[Any, ...], str, str]]:
    """Each number of `data` YAML 1.1 read in another base: its path, how the file writes it and what it is;
    `spelled` is how the file writes each plain scalar that is not text, by path (yamlnodes.Located.spelled)."""
    for path, written in spelled.items():
        kind = other_base(written, _value_at(data, path))
        if kind is not None:
            yield path, written, kind


def _value_at(data: object, path: tuple[Any, ...]) -> object:
    for step in path:
        try:
            data = data[step]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return data
