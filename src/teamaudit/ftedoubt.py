"""A person the team file gives no `fte` who may give less than a full week: an advisor, a contractor, or someone
whose title says part-time (`Medical Director (part-time)`). Each counts as 1.0 FTE, the file's default, and verdict
firmness (firmness.py) counts each anywhere above 0 up to that 1.0. An advisor, and a title saying part-time, is
also a warning at its line, since the file says the person gives less than the full week it counts; a contractor
is not (most work full time), but a verdict that rests on their full week is not firm until their fte is written.

An employee with no fte is full time, as the default says. `import` writes a part-time row as `employment:
employee` (how much time someone gives is fte's job), so a part-timer whose hours it did not read is, in the team
file, a full-time employee; only a written fte, or `--assume-fte part-time=`, says otherwise.
"""

from __future__ import annotations

import re

from teamaudit.model import Employment, FteDoubt, Person

_PART_TIME = re.compile(r"\b(?:part|half)[- ]?time\b|\bfractional\b", re.IGNORECASE)
# A share of a week the title itself states: `Medical Director (0.2 FTE)`, `Pharmacist, 50% FTE`.
_TITLE_FTE = re.compile(r"(?<![\w.])(0?\.\d{1,3}|\d{1,2}(?:\.\d)?\s?%)\s?FTE\b", re.IGNORECASE)

# The kinds in the order sentences list them, each as one and as several.
NOUNS: dict[FteDoubt, tuple[str, str]] = {
    FteDoubt.ADVISOR: ("advisor", "advisors"),
    FteDoubt.CONTRACTOR: ("contractor", "contractors"),
    FteDoubt.PART_TIME: ("part-timer", "part-timers"),
}
_WRITE = "write the share of a week they give"
WARNING_KINDS = {  # a count of the warnings not shown calls them so
    FteDoubt.ADVISOR: "advisors with no fte",
    FteDoubt.PART_TIME: "part-time titles with no fte",
}


def fte_doubt(person: Person) -> FteDoubt | None:
    """Why the full 1.0 FTE a person the file gives no fte counts for may be too much; None for anyone else (an
    employee, or someone the file does not say how it engages), who is full time."""
    if person.employment is Employment.ADVISOR:
        return FteDoubt.ADVISOR
    if person.employment is Employment.CONTRACTOR:
        return FteDoubt.CONTRACTOR
    if _PART_TIME.search(person.title) or title_fte(person.title) is not None:
        return FteDoubt.PART_TIME
    return None


def warning(doubt: FteDoubt, title: str) -> tuple[str, str, str] | None:
    """(the key it points at, the problem, the hint) of the warning a person's doubt is; None for a contractor."""
    if doubt is FteDoubt.ADVISOR:
        return "employment", "an advisor with no fte counts as a full 1.0 FTE", f"{_WRITE}, e.g. fte: 0.1"
    if doubt is FteDoubt.PART_TIME:
        said, stated = _PART_TIME.search(title), _TITLE_FTE.search(title)
        words = said.group(0).lower() if said else stated.group(0) if stated else "part-time"
        share = title_fte(title)
        return (
            "title",
            f"the title says '{words}', but with no fte the person counts as a full 1.0 FTE",
            f"{_WRITE}, as the title does: fte: {share:g}" if share is not None else f"{_WRITE}, e.g. fte: 0.5",
        )
    return None


def title_fte(title: str) -> float | None:
    """The share of a week below a full one that the title states ('0.2 FTE', '50% FTE'); None when it states none."""
    stated = _TITLE_FTE.search(title)
    if stated is None:
        return None
    written = stated.group(1).replace(" ", "")
    share = float(written[:-1]) / 100 if written.endswith("%") else float(written)
    return share if 0 < share < 1 else None
