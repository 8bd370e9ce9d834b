"""The text report without colour, written without rich: each line as written, and the composition table in ASCII
laid out as rich lays out a table with `box.ASCII` and no outer edge. Importing rich and laying the report out
with it cost a plain text check (a CI log, a pipe, NO_COLOR) more than the rest of rendering it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Literal

# What rich takes out of a line it prints: bell, backspace, vertical tab, form feed and carriage return.
_CONTROLS = dict.fromkeys((7, 8, 11, 12, 13))


@dataclass(frozen=True)
class Column:
    header: str  # one line per line break
    justify: Literal["left", "right"]


@dataclass(frozen=True)
class TableSpec:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]


class PlainLines:
    """Lines printed as rich's Console prints them with markup, emoji, highlighting and wrapping off."""

    def __init__(self) -> None:
        self.out = io.StringIO()

    def print(self, text: str = "", style: str | None = None) -> None:
        self.out.write(text.translate(_CONTROLS).expandtabs(8) + "\n")

    def block(self, lines: str) -> None:
        """Lines laid out already, each ending in a line break."""
        self.out.write(lines)

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.out.getvalue().split("\n"))


def table_width(spec: TableSpec) -> int:
    """How wide the table is: each column as wide as its widest line plus a space each side, a `|` between."""
    return sum(width + 2 for width in _widths(spec)) + len(spec.columns) - 1


def table(spec: TableSpec) -> str:
    """The table's lines, the title first; header lines sit at the bottom of their row."""
    widths = _widths(spec)
    height = max(len(c.header.split("\n")) for c in spec.columns)
    headers = [[""] * (height - len(c.header.split("\n"))) + c.header.split("\n") for c in spec.columns]
    lines = [spec.title]
    lines += [_row([h[i] for h in headers], spec, widths) for i in range(height)]
    lines.append("+".join("-" * (width + 2) for width in widths))
    lines += [_row(list(row), spec, widths) for row in spec.rows]
    return "".join(line.rstrip() + "\n" for line in lines)


def _widths(spec: TableSpec) -> list[int]:
    return [
        max([len(line) for line in c.header.split("\n")] + [len(row[i]) for row in spec.rows])
        for i, c in enumerate(spec.columns)
    ]


def _row(cells: list[str], spec: TableSpec, widths: list[int]) -> str:
    shown = (
        cell.rjust(width) if column.justify == "right" else cell.ljust(width)
        for cell, column, width in zip(cells, spec.columns, widths, strict=True)
    )
    return "|".join(f" {cell} " for cell in shown)
