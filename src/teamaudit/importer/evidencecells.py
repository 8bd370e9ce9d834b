"""A Skills or Background cell as a team file holds it. A spreadsheet cell often lists one item a line (Alt+Enter in
Excel): written as one text, `HL7 v2` and `Mirth Connect` on two lines were one skill, quoted `'HL7 v2\\nMirth
Connect'` in every report. A skills cell's lines are joined with `; `, where a team file cuts skills apart as it
does at commas; a background cell's lines are written as a list, a background line each.
"""

from __future__ import annotations


def evidence(field: str, cell: str) -> str | list[str]:
    """The value to write for `cell`, a stripped, non-empty cell of the skills or background column (`field`)."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    if len(lines) == 1:
        return lines[0]
    return "; ".join(lines) if field == "skills" else lines
