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

if TYPE_CHECKING:
    from teamaudit.model import Person

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


# `init` writes the file's name into its first comment's command (`teamaudit check plans/q1.yaml`): any one line.
_NAMED = "Run `teamaudit check team.yaml`"
_BEFORE, _AFTER = STARTER.split(_NAMED)
_UNEDITED = re.compile(re.escape(_BEFORE + "Run `teamaudit check ") + r"[^\n]*`" + re.escape(_AFTER))


STARTER_REPLACED = "the starter `teamaudit init` wrote, never edited: replaced by the import, without its examples"


def unedited_starter(text: str) -> bool:
    """Whether `text` is the starter `init` writes, byte for byte but the file name it writes into it."""
    return len(text) < 2 * len(STARTER) and _UNEDITED.fullmatch(text) is not None


def examples_left(people: Sequence[Person]) -> list[str]:
    """The names of `people` who are the starter's examples, every key as `init` wrote it."""
    examples = _examples()
    return [person.name for person in people if person.name in examples and _keys(person) == examples[person.name]]


@cache
def _examples() -> dict[str, tuple[object, ...]]:
    from teamaudit.roster import roster_from_text

    return {person.name: _keys(person) for person in roster_from_text(STARTER, Path("starter.yaml")).people}


def _keys(person: Person) -> tuple[object, ...]:
    from teamaudit.roster import PERSON_KEYS

    return tuple(getattr(person, key) for key in PERSON_KEYS)
