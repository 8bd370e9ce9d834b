"""The width `check --format text` lays its report out at: the terminal's, when standard output is one (COLUMNS
first, as rich reads it), kept within NARROWEST..WIDEST; else a fixed FIXED, so a CI log, a file written with -o
and a golden file are the same bytes whatever window they were made in."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

FIXED = 100
NARROWEST, WIDEST = 60, 160


def report_width(to_terminal: bool, environ: Mapping[str, str] | None = None) -> int:
    """The width for a report that goes to a terminal (`to_terminal`), or FIXED."""
    if not to_terminal:
        return FIXED
    columns = (os.environ if environ is None else environ).get("COLUMNS", "").strip()
    width = 0
    if columns.isascii() and columns.isdigit():  # five digits or more is past WIDEST: Python refuses 4,300
        width = int(columns) if len(columns) <= 4 else WIDEST
    return min(WIDEST, max(NARROWEST, width or _terminal_columns()))


def _terminal_columns() -> int:
    """The terminal's columns; FIXED when it does not say (a terminal that reports 0, or none after all)."""
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns or FIXED
    except (OSError, ValueError, AttributeError):  # no file number: stdout replaced (a test), or closed
        return FIXED
