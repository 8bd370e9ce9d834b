"""Licence and registration numbers in a Background, Licenses or Credentials cell, left out of the team file.

`RN, CA #95012345` proves a registered nurse licensed in California; the number adds no evidence a rubric reads, and
it looks the person up by name in a state board's public register, from a file kept in git and from every report
made of it (unless --redact). Import writes `RN, CA`, and `RN` for `License: RN 1234567`. A number is left out only
where the cell marks it as one: after `#`, `No.`, `Number`, `Lic.`, `License`, `Licence`, `Reg.`, `Registration` or
`NPI`; a standard's number (`ISO 13485`, `IEC 62304`, `21 CFR Part 11`) has no such mark and is kept, as is a
regulation's (`EU Reg. 2017/745`) and anything a person typed into the team file.
"""

from __future__ import annotations

import re

from teamaudit.errors import clipped

_MARK = r"(?P<mark>#|\b(?:no|num|number|lic|license|licence|reg|registration|npi)\b\.?)"
# The mark, a ':' or '#' after it, and a number of 4 or more digits, letters before them allowed ('RN-123456').
# Spaces before a mark or a separator are matched only from where their run starts, (?<!\s): tried from every space
# of a run, 131,072 spaces took longer than a quarter of an hour.
# Two or more letters before the digits are kept ('License: RN 1234567' is 'RN', was left out whole): they name the
# credential or the board, not the person. A number a '/' follows is a regulation's ('EU Reg. 2017/745', the MDR), kept.
# The digits run on over hyphens and single spaces before groups of 3 or more ('9501 2345'), not into a count after
# them: 'CCRN #1234 - 10 years ICU' was 'CCRN years ICU'; nor into a year after them ('#95012345 2015-2020' lost
# the years the licence was held, and '2015–2020' its start year).
_YEAR = r"(?:19|20)\d\d\b(?!\s\d)"  # a year, not a group of the number's own ('Lic. 9501 2015 2345')
_DIGITS = rf"(?=\d[\d\s-]{{2,}}\d)\d[\d-]*(?:\s(?!{_YEAR})\d{{3,}}[\d-]*)*\b(?!/)"
_NUMBER = re.compile(rf"(?<!\s)\s*+{_MARK}\s*+[:#]?\s*+(?:(?P<letters>[A-Za-z]{{1,4}})[-\s]?)?{_DIGITS}", re.IGNORECASE)
_DANGLING = re.compile(r"(?<!\s)\s*+\(\s*+\)|(?<!\s)\s*+[,;:(]\s*+(?=$|[,;)])")


def without_numbers(line: str) -> str:
    """`line` without the licence numbers it marks as numbers; the words around them kept."""
    cut = _NUMBER.sub(_letters, line)
    if cut == line:
        return line
    return _DANGLING.sub("", cut).strip(" ,;:")


def _letters(number: re.Match[str]) -> str:
    """What stays of a licence number: its letters, when they may name a credential (RN, not the K of K213456)."""
    letters = number["letters"] or ""
    return f" {letters}" if len(letters) >= 2 else ""


class LeftOut:
    """The licence numbers left out of an export's background cells: how many cells, and the first, for stderr."""

    def __init__(self) -> None:
        self.cells = 0
        # The first such cell's line, the marks before its numbers, and what was written.
        self.first: tuple[int, tuple[str, ...], str] = (0, (), "")

    def background(self, value: str | list[str], line: int) -> str | list[str] | None:
        """`value` (a background text, or its lines) without licence numbers; None when nothing else is left."""
        lines = [value] if isinstance(value, str) else value
        kept = [without_numbers(text) for text in lines]
        if kept == lines:
            return value
        self.cells += 1
        kept = [text for text in kept if text]
        if self.cells == 1:
            marks = dict.fromkeys(str(number["mark"]) for text in lines for number in _NUMBER.finditer(text))
            self.first = (line, tuple(marks), "; ".join(kept))
        if not kept:
            return None
        return kept[0] if isinstance(value, str) else kept

    def note(self, header: str) -> str:
        """What was left out, said of the column `header`, once `cells` is not 0. The number itself is never said:
        stderr reaches CI logs, and quoting the cell put 'RN, CA #95012345' in them."""
        line, marks, written = self.first
        after = " and ".join(f"'{mark}'" for mark in marks)
        numbers = "a number" if len(marks) == 1 else "numbers"
        kept = f"'{clipped(written)}' written" if written else "nothing else in it, no background written"
        return (
            f"licence numbers left out of {self.cells:,} '{header}' {'cell' if self.cells == 1 else 'cells'}, the "
            f"credential kept (line {line}: "
            f"{numbers} after {after} left out, {kept}): a number looks the person up in a public register "
            "and proves nothing the credential does not"
        )
