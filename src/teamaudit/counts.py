"""Counts said in words: in the singular or plural, and a list cut short with how many more; one helper for rules,
renderers and import, kept out of `rules/` so that `import` does not load the rules and the rubric to say '1 offer'."""

from __future__ import annotations

from collections.abc import Sequence


def counted(count: int, noun: str, plural: str | None = None, *, one: str = "1") -> str:
    """'no errors', '1 error', '2 errors', '1,600 people'; `one` writes the 1 ('one person'). Every count of people
    in a message or a report is said with it, so none reads '1 people'."""
    many = plural or f"{noun}s"
    if count == 0:
        return f"no {many}"
    return f"{one} {noun}" if count == 1 else f"{count:,} {many}"


def first_few(shown: Sequence[str], total: int, *, comma_before_and: bool = False) -> str:
    """'Ann Lee, Bo Park and 3 more': the items shown, and how many of `total` are not; with `comma_before_and`,
    'Ann Lee (line 2), Bo Park (line 3), and 3 more', the wording of the people a finding or a diff names. Every
    list a message cuts short is said with it, so none counts its rest as '1234 more' where the others say
    '1,234 more'."""
    rest = total - len(shown)
    if rest <= 0:
        return ", ".join(shown)
    return ", ".join(shown) + ("," if comma_before_and and shown else "") + f" and {rest:,} more"
