"""Counts said in the singular or plural: one helper for rules, renderers and import, kept out of `rules/` so
that `import` does not load the rules and the rubric to say '1 offer'."""


def counted(count: int, noun: str, plural: str | None = None, *, one: str = "1") -> str:
    """'no errors', '1 error', '2 errors', '1,600 people'; `one` writes the 1 ('one person'). Every count of people
    in a message or a report is said with it, so none reads '1 people'."""
    many = plural or f"{noun}s"
    if count == 0:
        return f"no {many}"
    return f"{one} {noun}" if count == 1 else f"{count:,} {many}"
