"""Write imported people as a new, readable, commented team file (a merge into an existing one is merge.py)."""

from __future__ import annotations

from typing import Any

from teamaudit import __version__
from teamaudit.importer.offermark import MARKED, OFFER_MARK
from teamaudit.render import escape

try:
    from yaml import CSafeDumper as _SafeDumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _SafeDumper  # type: ignore[assignment]


class _Dumper(_SafeDumper):
    """Every value written out in full. Openings of one requisition share its start date, which PyYAML wrote once
    as an anchor (`&id001`) and then as aliases: deleting the first opening broke the file, and editing its date
    moved the others'."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_BATCH = 1000
DEFAULTS: dict[str, object] = {"fte": 1.0, "status": "current"}  # left out of a new file, as a person writes it
SCHEMA_LINE = "# yaml-language-server: $schema=team.schema.json"


def render(
    people: list[dict[str, Any]], *, organization: str | None, comments: list[str], currency: str | None = None
) -> str:
    header = [
        SCHEMA_LINE,
        f"# Team file written by `teamaudit import` {__version__}. Editors validate it against team.schema.json",
        "# beside it: `teamaudit schema > team.schema.json` writes that file.",
        # Each is one comment line whatever the exports hold: a status or header with a line break in it wrote
        # YAML keys (`as_of:`, `organization:`) into the team file.
        *(f"# {escape.text(line)}" for line in comments),
        "# Add `layer:` to settle a person's layer and `background:` lines for credentials and past roles",
        "# (e.g. 'RN, 6 years ICU', 'built HL7 interfaces in Mirth'); re-importing with -o this file keeps",
        "# them, and every person, key and comment the exports do not know, and leaves a backup.",
    ]
    parts = ["\n".join(header), "\n"]
    if organization:
        parts.append(_dump({"organization": organization}))
    if currency:  # the pay cells' own, never the rubric's USD assumed for euros
        parts.append(_dump({"currency": currency}))
    parts.append("people:\n")
    # A batch at a time: the same text as dumping the whole list (a top-level sequence is not indented,
    # as one under a mapping key is not), without the node tree of 100,000 people at once.
    parts.append(dump_people(people))
    return "".join(parts)


def dump_people(people: list[dict[str, Any]]) -> str:
    """People as a block list, `- name: ...` at column 0, defaults left out, an accepted offer's first line marked
    (importer/offermark.py)."""
    batches = (people[start : start + _BATCH] for start in range(0, len(people), _BATCH))
    return "".join(_marked(_dump([fields(p) for p in batch]), batch) for batch in batches)


def _marked(dumped: str, people: list[dict[str, Any]]) -> str:
    """`dumped` with the mark on the first line of each person to be marked: the lines starting `- `, one a person,
    as a value is never wrapped and one holding a line break is written double-quoted on one line."""
    if not any(MARKED in p for p in people):
        return dumped
    lines = dumped.splitlines(keepends=True)
    firsts = [i for i, line in enumerate(lines) if line.startswith("- ")]
    for i, person in zip(firsts, people, strict=True):
        if person.get(MARKED):
            lines[i] = f"{lines[i].rstrip()}  # {OFFER_MARK}\n"
    return "".join(lines)


def written(person: dict[str, Any]) -> dict[str, Any]:
    """What a new file holds of an imported person: no defaults, and no start for current staff (a team file's
    `start` is when a planned hire begins; a hire date on everyone on staff would only be noise). The mark a person
    is to be written with stays (importer/offermark.py)."""
    current = person.get("status", "current") == "current"
    return {k: v for k, v in person.items() if DEFAULTS.get(k, _NONE) != v and not (current and k == "start")}


def fields(person: dict[str, Any]) -> dict[str, Any]:
    """The keys and values a file writes for an imported person."""
    return {k: v for k, v in written(person).items() if k != MARKED}


_NONE = object()


def _dump(data: Any) -> str:
    # Never wrapped, and a value holding a line break, a control character or `##[` double-quoted and escaped: a
    # long title wrapped at 110 columns put '::add-mask::x' at the start of a line `import` printed.
    return escape.yaml_document(data, _Dumper, default_flow_style=False)
