"""Columns of hours import does not read because their header does not say per week.

A bare 'Hours' may be a week's, a month's or a year's, and 'Hours Worked' is a timesheet's (importer/hoursnames.py
lists the weekly names read). Listed among the other columns not read, then followed by 'no hours or FTE column',
such a column left a user asking why their hours were ignored: it gets a line of its own, saying why and what to
write, and the line about counting everyone full time points back at it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from teamaudit.importer.columns import canonical
from teamaudit.render.escape import shell_word
from teamaudit.render.escape import text as shown

_HOURS_WORDS = frozenset({"hours", "hour", "hrs", "hr"})


def vague_hours(unused: Sequence[str]) -> list[str]:
    """The column names among `unused` that speak of hours."""
    return [name for name in unused if _HOURS_WORDS & set(re.findall(r"[a-z]+", canonical(name)))]


def vague_hours_line(path: Path, names: Sequence[str]) -> str:
    """ "people.csv: column 'Hours' not read: ...", why and what to write, on one line."""
    listed = ", ".join(f"'{shown(name)}'" for name in names)
    column = "column" if len(names) == 1 else "columns"
    # One argument however the header is written (`Hours $(touch x)`), that the shell reads back as the header where
    # the line shows it escaped (`\n`, ESC, `##\x5b`): bash's $'...', as '...' named a column no export has.
    argument = shown(shell_word(f"hours={names[0]}"))
    return (
        f"{path}: {column} {listed} not read: import reads hours a week only, and the header does not say per week; "
        f"name it 'Hours per week', or pass --map {argument}, if it holds hours a week"
    )
