"""Write imported people as a readable, commented team file, keeping what a user added by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from teamaudit import __version__
from teamaudit.errors import TeamAuditError
from teamaudit.roster import load_roster

try:
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]

_BATCH = 1000
KEPT = ("layer", "background", "skills")  # what users add by hand; an HRIS export never has them
SCHEMA_LINE = "# yaml-language-server: $schema=team.schema.json"


def merge(existing: Path, people: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Carry `layer:`, `background:` and `skills:` over from an existing team file, matching on id, then name."""
    try:
        roster = load_roster(existing)
    except TeamAuditError as exc:
        raise TeamAuditError(f"cannot re-import into an invalid team file: {exc}") from None
    by_id = {p.id: p for p in roster.people if p.id}
    by_name = {p.name: p for p in roster.people}
    kept = 0
    out = []
    for person in people:
        old = by_id.get(str(person.get("id"))) if person.get("id") else None
        old = old or by_name.get(person["name"])
        if old is not None:
            extra = {k: getattr(old, k) for k in KEPT if getattr(old, k)}
            if extra:
                kept += 1
                person = {**person, **{k: list(v) if isinstance(v, tuple) else v for k, v in extra.items()}}
                if "layer" in extra:
                    person["layer"] = extra["layer"].value
        out.append(person)
    return out, kept


def render(people: list[dict[str, Any]], *, organization: str | None, comments: list[str]) -> str:
    header = [
        SCHEMA_LINE,
        f"# Team file written by `teamaudit import` {__version__}.",
        *(f"# {line}" for line in comments),
        "# Add `layer:` to settle a person's layer and `background:` lines for credentials and past roles",
        "# (e.g. 'RN, 6 years ICU', 'built HL7 interfaces in Mirth'); re-importing keeps both.",
    ]
    parts = ["\n".join(header), "\n"]
    if organization:
        parts.append(_dump({"organization": organization}))
    parts.append("people:\n")
    # A batch at a time: the same text as dumping the whole list (a top-level sequence is not indented,
    # as one under a mapping key is not), without the node tree of 100,000 people at once.
    for start in range(0, len(people), _BATCH):
        parts.append(_dump(people[start : start + _BATCH]))
    return "".join(parts)


def _dump(data: Any) -> str:
    text: str = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False, width=110
    )
    return text
