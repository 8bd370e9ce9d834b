"""A name written surname first, `Lee, Ann` (Workday's Worker column, BambooHR's 'Last Name, First Name', an ATS's
candidate, or a name pasted from one), as a team file writes names: `Ann Lee`. Import reads every export's names so,
a merge matches a name an earlier import wrote surname first with the export's, and `explain "Lee, Ann"` finds her."""

from __future__ import annotations

# Written after a comma, these end a name rather than give it: 'King, Jr.' is not Jr. King.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
CREDENTIALS = frozenset({"md", "rn", "np", "lpn", "msn", "bsn", "dnp", "phd", "pharmd", "mph", "mba", "esq", "cpa"})
SUFFIXES = GENERATIONS | CREDENTIALS


def first_name_first(name: str) -> str:
    """'Lee, Ann' as 'Ann Lee'; any other name as written ('Ann Lee', 'Lee, Ann, RN', 'Van der Berg, Ann',
    'King, Jr.', 'Chen, MD')."""
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last and " " not in last and first.replace(".", "").lower() not in SUFFIXES:
            return f"{first} {last}"
    return name
