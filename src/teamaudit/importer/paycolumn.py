"""An export's pay column, its undecided cells read as the column's other cells write numbers.

85.000 could be 85 (a rate written with a decimal point) or 85,000 (thousands grouped with dots), and the cell
cannot say which; the column can. Its cells that settle their own marks (85.000,00 and 41,50 write a decimal comma;
1,234.50 and 41.5 a decimal point: importer/grouping.py) decide: 85.000 is 85,000 in a column with a decimal comma
and 85 in one with a decimal point. Where nothing in the column settles it, or the column writes both ways, a dot is
a problem naming the cell, never a guess: one way or the other is 1,000 times off. A comma with three digits after it
(85,000) groups thousands where nothing settles it, as the US exports import knows write pay; it is 85 in a column
with a decimal comma, and a problem in one written both ways. A spreadsheet's number cells settle nothing: they are
numbers, whatever the column's text cells write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from teamaudit.counts import counted, first_few
from teamaudit.errors import clipped
from teamaudit.importer.grouping import COMMA, POINT
from teamaudit.importer.paycell import BadPay, PayCell, annual_cost, pay_cell

HINT = "write the pay in plain digits, e.g. 85000, 41.50/hour or 7000 monthly, or leave the cell empty"
_NAMED = {POINT: "a decimal point", COMMA: "a decimal comma"}

Problem = Callable[[int, str, str, str], None]  # (line, cell, what is wrong, hint)


class _Cell(NamedTuple):
    key: int  # the caller's name for the row
    line: int
    raw: str
    pay: PayCell


@dataclass(frozen=True)
class PayColumn:
    costs: dict[int, int]  # the annual cost of each row that gives one, by key
    notes: tuple[str, ...]  # how the column's undecided cells were read, for stderr


class _Reading:
    """The column's costs, its cells read one way only, and the first cell showing each decimal mark."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.costs: dict[int, int] = {}
        self.shown: dict[str, _Cell] = {}

    def cost(self, cell: _Cell, value: float) -> None:
        try:
            cost = annual_cost(cell.pay, value)
        except BadPay as bad:
            self.problem(cell.line, cell.raw, str(bad), HINT)
            return
        if cost is not None:
            self.costs[cell.key] = cost


def read_pay(header: str, cells: Iterable[tuple[int, int, str]], problem: Problem) -> PayColumn:
    """The annual cost of each (key, line, text) cell with a value, by key; each cell that is no pay, or cannot be
    read one way only, is passed to `problem` instead. Only the undecided cells wait for the whole column."""
    reading = _Reading(problem)
    undecided: list[_Cell] = []
    for key, line, raw in cells:
        try:
            pay = pay_cell(raw)
        except BadPay as bad:
            problem(line, raw, str(bad), HINT)
            continue
        if pay is None:
            continue
        cell = _Cell(key, line, raw, pay)
        if pay.number.undecided:
            undecided.append(cell)
            continue
        if pay.number.decimal:
            reading.shown.setdefault(pay.number.decimal, cell)
        reading.cost(cell, pay.number.value)
    decimal = next(iter(reading.shown)) if len(reading.shown) == 1 else None
    settled: list[_Cell] = []
    for cell in undecided:
        value = _value(cell, decimal, reading.shown, problem)
        if value is None:
            continue
        if (decimal, cell.pay.number.undecided) not in ((None, COMMA), (POINT, COMMA)):
            settled.append(cell)  # read otherwise than a comma grouping thousands, as import always read it
        reading.cost(cell, value)
    notes = (_settled_note(header, reading.shown[decimal], settled),) if settled and decimal else ()
    return PayColumn(reading.costs, notes)


def _value(cell: _Cell, decimal: str | None, shown: dict[str, _Cell], problem: Problem) -> float | None:
    """An undecided cell's number as the column reads it; None, and a problem, when the column cannot settle it."""
    number = cell.pay.number
    if decimal is not None:
        return number.read(decimal)
    if number.undecided == COMMA and not shown:
        return number.value  # 85,000
    grouped = f"{number.value:,.0f}"
    small = f"{number.value / 1000:g}"
    hint = f"write {number.value:.0f} or {small}"
    if shown:
        why = (
            f"could be {small} or {grouped}, and the column writes both ways: {_example(shown[COMMA])} with a "
            f"decimal comma, {_example(shown[POINT])} with a decimal point"
        )
    else:
        why = f"could be {small} or {grouped}: no other cell of the column shows whether a dot groups thousands"
        hint += "; one cell of the column written with decimals, such as 85.000,00, settles them all"
    problem(cell.line, cell.raw, why, hint)
    return None


def _example(cell: _Cell) -> str:
    return f"line {cell.line} '{clipped(cell.raw)}'"


def _settled_note(header: str, by: _Cell, settled: list[_Cell]) -> str:
    """'pay column 'Salary' writes a decimal comma, as line 2 '85.000,00' shows: read 1 value by it, '92.500' (line
    3) as 92,500'."""
    decimal = by.pay.number.decimal
    assert decimal is not None
    first = settled[0]
    value = first.pay.number.read(decimal)
    values = counted(len(settled), "value")
    read = first_few([f"'{clipped(first.raw)}' (line {first.line}) as {value:,.10g}"], len(settled))
    return (
        f"pay column '{clipped(header)}' writes {_NAMED[decimal]}, as {_example(by)} shows: read {values} by it, {read}"
    )
