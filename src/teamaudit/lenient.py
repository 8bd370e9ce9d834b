"""The spellings the team file forgives because their meaning is plain: enumeration values in any case and
with any separator (`Planned`, `ML Research`, `ml-research`), and skills written as one comma- or
semicolon-separated text. What they become is what reports show."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s_-]+")
_CUTS = re.compile(r"[,;]")
_MARKS = re.compile(r"[(),;]")


def enum_spelling(value: object) -> object:
    """`" ML-Research "` -> `"ml_research"`; anything but text is left for validation to refuse."""
    if isinstance(value, str):
        return _SEPARATORS.sub("_", value.strip().lower())
    return value


def enum_spelling_pattern(values: tuple[str, ...]) -> str:
    """A regular expression (ECMA-262 and Python alike) matching exactly the text `enum_spelling` turns
    into one of `values`: for the JSON Schema, which has no case-insensitive enum."""
    return r"^\s*(?:" + "|".join(_value_pattern(v) for v in values) + r")\s*$"


def _value_pattern(value: str) -> str:
    out = []
    for char in value:
        if char == "_":
            out.append(r"[\s_-]+")
        elif char.isalpha():
            out.append(f"[{char.lower()}{char.upper()}]")
        else:
            out.append(re.escape(char))
    return "".join(out)


def text_as_list(value: object) -> object:
    """`"Epic, Cerner; HL7"` -> `("Epic", "Cerner", "HL7")`; a list is left as it is."""
    if isinstance(value, str):
        return tuple(part.strip() for part in _skill_parts(value) if part.strip())
    return value


def _skill_parts(text: str) -> list[str]:
    """`text` cut at each comma or semicolon outside parentheses: "Epic (ClinDoc, Orders), Cerner" is two skills.
    A separator is inside when the next parenthesis after it closes one (so an unclosed `(` hides none), found in
    one pass from the end: a regular expression looking ahead for that `)` took 17 s on a 240 KB text."""
    if ")" not in text:
        return _CUTS.split(text)
    cuts = []
    next_paren = ""
    for found in reversed(list(_MARKS.finditer(text))):
        char = found.group()
        if char in "()":
            next_paren = char
        elif next_paren != ")":
            cuts.append(found.start())
    parts, start = [], 0
    for cut in reversed(cuts):
        parts.append(text[start:cut])
        start = cut + 1
    parts.append(text[start:])
    return parts
