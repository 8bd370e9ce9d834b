"""Whether a cell of an export holds a value, or only spaces."""

from __future__ import annotations


def has_value(cell: str) -> bool:
    """Whether a cell holds more than spaces, read from its ends where they say so: never a copy of the cell, nor
    a walk through it, which a long text an .xlsx repeats in every row would cost in every row."""
    return bool(cell) and (not cell[0].isspace() or not cell[-1].isspace() or not cell.isspace())
