"""The starter team file `teamaudit init` writes: every field shown once, with what it means; and, for `import`, that
file met as the one `-o` names.

`init` then `import export.csv -o team.yaml` merged the export into the starter: its example people (Aisha Bello,
an open requisition...) stayed beside the real ones, counted in every report, and an example whose name an export
row had took that row's id with the example's declared layer and skills. A starter no one edited is the tool's
own, and `init` writes it again at will: import replaces it (leaving the backup every merge leaves). Once edited,
it is the user's: import merges into it, and names the example people still in it as `init` wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from teamaudit.errors import HIDDEN_VALUE, TeamAuditError, clipped

if TYPE_CHECKING:
    from teamaudit.model import Person, Roster

STARTER = """\
# yaml-language-server: $schema=team.schema.json
# A teamaudit team file. Run `teamaudit check team.yaml`. `teamaudit init` writes team.schema.json beside
# it (`teamaudit schema > team.schema.json` writes it again), so VS Code's YAML extension validates this file.
organization: Example Health AI      # optional
as_of: 2026-11-01                    # optional: the date this headcount describes
people:                              # required: current staff, decided hires and open requisitions
  - name: Aisha Bello                # required, unique in the file
    id: E001                         # optional, unique if given (your HRIS employee id)
    title: Clinical Informatics Lead # required: the job title as written
    team: Clinical                   # optional free text
    skills: [Epic ClinDoc]           # optional list
    background:                      # optional: credentials, past roles, hands-on experience
      - RN, BSN
      - 8 years ICU nurse at a level I trauma center
    fte: 1.0                         # optional, 0 < fte <= 1 (default 1)
    status: current                  # current (default), planned (a decided hire) or open (a requisition)
    employment: employee             # optional: employee, contractor or advisor (time given is fte's job)
    cost: 185000                     # optional annual cost: personal data; `report --redact` leaves it out
  - name: Chloe Martin
    title: HL7 Interface Engineer
    skills: [HL7 v2, Mirth Connect]
    layer: integration               # optional: declare the layer (clinical, integration, compliance,
                                     # ml_research, other); it wins over the rubric
  - name: Open req - Regulatory Affairs Specialist
    title: Regulatory Affairs Specialist
    status: open
    start: 2027-02-01                # optional date, for planned and open
  - name: Marcus Webb
    title: Machine Learning Engineer
"""


# Earlier `init`s wrote these: their files are in users' repositories, unedited starters as much as today's. A change
# to STARTER adds the text it replaces here (tests/data/starters/ holds each as written).
_HEADER = (
    "`. `teamaudit init` writes team.schema.json beside\n"
    "# it (`teamaudit schema > team.schema.json` writes it again), so VS Code's YAML extension validates this file.\n"
)
_HEADER_UNTIL_944EC0B = (
    "`; `teamaudit schema > team.schema.json` lets\n# VS Code (YAML extension) validate and complete this file.\n"
)
_EMPLOYMENT = (
    "    employment: employee             # optional: employee, contractor or advisor (time given is fte's job)\n"
)
_COST = "optional annual cost: personal data; `report --redact` leaves it out"
_COST_UNTIL_B71E5D6 = "optional annual cost; `--redact`-style privacy: keep it out of git if unsure"
_STARTER_B71E5D6 = STARTER.replace(_HEADER, _HEADER_UNTIL_944EC0B, 1)
_STARTER_95456E1 = _STARTER_B71E5D6.replace(_EMPLOYMENT, "", 1).replace(_COST, _COST_UNTIL_B71E5D6, 1)
STARTERS = (STARTER, _STARTER_B71E5D6, _STARTER_95456E1)

# `init` writes the file's name into its first comment's command (`teamaudit check plans/q1.yaml`): any one line.
_NAMED = "Run `teamaudit check team.yaml`"


def _unedited(starter: str) -> re.Pattern[str]:
    before, after = starter.split(_NAMED)
    return re.compile(re.escape(before + "Run `teamaudit check ") + r"[^\n]*`" + re.escape(after))


_UNEDITED = tuple(_unedited(starter) for starter in STARTERS)


STARTER_REPLACED = "the starter `teamaudit init` wrote, never edited: replaced by the import, without its examples"


def unedited_starter(text: str) -> bool:
    """Whether `text` is a starter `init` writes or wrote, byte for byte but the file name it writes into it."""
    return len(text) < 2 * len(STARTER) and any(unedited.fullmatch(text) for unedited in _UNEDITED)


def examples_left(people: Sequence[Person]) -> list[str]:
    """The names of `people` who are the starters' examples, every key as an `init` wrote it."""
    examples = _examples()
    return [person.name for person in people if person.name in examples and _keys(person) in examples[person.name]]


def examples_are(count: int) -> str:
    """'1 of `teamaudit init`'s example people is', '3 of ... are': what import and check say of them."""
    return (
        "1 of `teamaudit init`'s example people is"
        if count == 1
        else f"{count:,} of `teamaudit init`'s example people are"
    )


def examples_note(roster: Roster) -> TeamAuditError | None:
    """A warning naming the line of each of `init`'s example people still in a file that holds the user's people
    too: every report counts them (a sample nurse holds the clinical layer up). None for a file of examples only,
    the starter itself, which `check` shows off."""
    examples = set(examples_left(roster.people))
    left = [person for person in roster.people if person.name in examples]
    if not left or len(left) == len(roster.people):
        return None
    named = ", ".join(_example_at(person) for person in left)
    return TeamAuditError(
        f"{examples_are(len(left))} still in it as init wrote them: {named}: not your team, yet counted in every"
        " report",
        file=roster.source,
        line=left[0].line,
        hint="delete them there",
        kind="example people of init",
    )


def _example_at(person: Person) -> str:
    """'"Aisha Bello" (line 7)'; 'line 7' with --redact, whose `clipped` hides every name."""
    shown = clipped(person.name)
    return f"line {person.line}" if shown == HIDDEN_VALUE else f'"{shown}" (line {person.line})'


@cache
def _examples() -> dict[str, frozenset[tuple[object, ...]]]:
    from teamaudit.roster import roster_from_text

    examples: dict[str, set[tuple[object, ...]]] = {}
    for starter in STARTERS:
        for person in roster_from_text(starter, Path("starter.yaml")).people:
            examples.setdefault(person.name, set()).add(_keys(person))
    return {name: frozenset(keys) for name, keys in examples.items()}


def _keys(person: Person) -> tuple[object, ...]:
    from teamaudit.roster import PERSON_KEYS

    return tuple(getattr(person, key) for key in PERSON_KEYS)
