"""A Skills or Background cell as a team file holds it. A spreadsheet cell often lists one item a line (Alt+Enter in
Excel): written as one text, `HL7 v2` and `Mirth Connect` on two lines were one skill, quoted `'HL7 v2\\nMirth
Connect'` in every report. A skills cell's lines are joined with `; `, where a team file cuts skills apart as it
does at commas; a background cell's lines are written as a list, a background line each.
"""

from __future__ import annotations

from teamaudit.counts import counted
from teamaudit.lenient import text_as_list

SHOWN_LINES = 10


def evidence(field: str, cell: str) -> str | list[str]:
    """The value to write for `cell`, a stripped, non-empty cell of the skills or background column (`field`). A
    background line of punctuation alone (`;;`, `-`) says nothing and is dropped: '' when every line is such."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    if field == "background":
        lines = [line for line in lines if _worded(line)] or [""]
    if len(lines) == 1:
        return lines[0]
    return "; ".join(lines) if field == "skills" else lines


def _worded(text: str) -> bool:
    return any(character.isalnum() for character in text)


class NoEvidence:
    """The Skills cells that list no skill (`,,,`, `; ;`) and the Background cells of punctuation alone (`;;`):
    written as they were, a team file's `skills: ',,,'` that reads as no skill at all, and a background of `;;`
    shown in every report. Nothing is written for them, and stderr says so, with their lines."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.lines: list[int] = []

    def kept(self, value: str | list[str], line: int) -> bool:
        """Whether `value`, of the row at `line`, names a skill or holds a background; counted when it does not."""
        if text_as_list(value) if self.field == "skills" else value:
            return True
        self.lines.append(line)
        return False

    def note(self, header: str) -> str:
        """'Skills' on 2 rows lists no skill, only commas or semicolons (lines 2, 5): no skills written for them."""
        shown = ", ".join(map(str, self.lines[:SHOWN_LINES])) + (" ..." if len(self.lines) > SHOWN_LINES else "")
        rows, line = counted(len(self.lines), "row"), "line" if len(self.lines) == 1 else "lines"
        if self.field == "skills":
            return f"'{header}' on {rows} lists no skill, only commas or semicolons ({line} {shown}): no skills written"
        return f"'{header}' on {rows} holds only punctuation ({line} {shown}): no background written"
