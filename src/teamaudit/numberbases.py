"""Numbers YAML 1.1 reads in another base than the one they look written in: `150:00:00` is base 60 (540000),
`0150000` octal (53248), `0x1F` hexadecimal and `0b101` binary. PyYAML, and so teamaudit, reads YAML 1.1; a
person reading the file, and YAML 1.2 readers, do not. An amount written so is refused, not guessed at.
Underscores between digits (`150_000`) mean what they look like in both and are read."""

from __future__ import annotations

import re

_OCTAL = re.compile(r"[-+]?0[0-7_]+")


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
    return None


def how_to_write(kind: str) -> str:
    """The hint for a number `other_base` found."""
    if kind == "an octal number":
        return "write it without the leading zero"
    if kind == "a base-60 number":
        return "write it in plain decimal digits, without colons"
    return "write it in decimal digits"
