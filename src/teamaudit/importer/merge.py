"""Merge imported people into an existing team file, keeping everything the exports do not know.

The file is edited in place as a ruamel.yaml round-trip tree, so comments, key order, flow style and
quoting stay where the user put them. A person is matched by id, else by name (a person with an id is only
matched by that id); what the export knows overwrites, the rest of the person is left alone; people the
export does not have are kept unless `remove_missing` is set and the export covers their status
(a people export covers `current`, a requisition export `planned` and `open`).

Before and after, the file goes through the validating loader: an invalid file is not merged into, a
merge that would produce an invalid file or change anything it was not asked to is refused.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teamaudit.errors import TeamAuditError
from teamaudit.importer.writer import DEFAULTS
from teamaudit.roster import PERSON_KEYS, Roster, roster_from_text

KNOWN = ("name", "id", "title", "team", "employment", "fte", "status", "start", "cost")  # what an export sets


@dataclass(frozen=True)
class Change:
    name: str
    fields: tuple[str, ...]


@dataclass
class MergeSummary:
    added: list[str] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)  # a status these exports do not speak for: kept
    missing: list[str] = field(default_factory=list)  # the export covers them but lacks them: kept
    removed: list[str] = field(default_factory=list)
    organization: bool = False  # --organization replaced the file's

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.organization)


@dataclass(frozen=True)
class Merged:
    text: str
    summary: MergeSummary
    roster: Roster  # the merged file, validated


def merge_into(
    path: Path,
    original: str,
    rows: list[dict[str, Any]],
    *,
    covered: frozenset[str],
    remove_missing: bool,
    organization: str | None,
) -> Merged:
    before = _validated(original, path, "fix it before importing into it")
    yaml = _round_trip(original)
    doc = yaml.load(original)
    people = doc["people"]
    if not people:
        people.fa.set_block_style()  # `people: []` would otherwise take every new person on one line
    summary = MergeSummary()
    changes = _update(people, rows, summary)
    _drop_unmatched(people, changes, covered, remove_missing, summary)
    if organization is not None and str(doc.get("organization") or "") != organization:
        if "organization" in doc:
            doc["organization"] = organization
        else:
            doc.insert(0, "organization", organization)
        summary.organization = True
    out = io.StringIO()
    yaml.dump(doc, out)
    text = _without_directive(out.getvalue(), original)
    after = _validated(text, path, "the merged file would be invalid; nothing written")
    _check_untouched(before, after, changes, summary, path)
    return Merged(text, summary, after)


def _validated(text: str, path: Path, hint: str) -> Roster:
    try:
        return roster_from_text(text, path)
    except TeamAuditError as exc:
        raise TeamAuditError(exc.message, file=exc.file, line=exc.line, column=exc.column, hint=hint) from None


def _round_trip(text: str) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.util import load_yaml_guess_indent

    _, indent, offset = load_yaml_guess_indent(text)  # None, None for a file without a block list
    indent, offset = (indent, offset) if indent is not None and offset is not None else (2, 0)
    yaml = YAML(typ="rt")
    yaml.version = (1, 1)  # read `0101`, `1_000` and `yes` as teamaudit's loader (PyYAML) does, and write them back
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a user's long line
    yaml.indent(mapping=max(2, indent - offset), sequence=indent, offset=offset)
    return yaml


def _without_directive(text: str, original: str) -> str:
    """The `%YAML 1.1` line YAML 1.1 mode may write first, gone; a `---` where the file had one, and only then."""
    if text.startswith("%YAML 1.1\n") and not original.lstrip("\ufeff").startswith("%YAML"):
        text = text[len("%YAML 1.1\n") :]
    had_start = any(line.strip() == "---" for line in _leading(original))
    if text.startswith("---\n") and not had_start:
        return text[len("---\n") :]
    if had_start and not text.startswith("---"):
        return "---\n" + text
    return text


def _leading(original: str) -> list[str]:
    """The lines before the first YAML content: comments, blank lines and a `---`."""
    lines = []
    for line in original.splitlines():
        lines.append(line)
        if line.strip() and not line.lstrip().startswith("#"):
            break
    return lines


def _update(people: Any, rows: list[dict[str, Any]], summary: MergeSummary) -> dict[int, tuple[str, ...]]:
    """Update matched people in place and append the rest; returns {index in the file: fields changed}."""
    from ruamel.yaml.comments import CommentedMap

    by_id = {_text(p["id"]): i for i, p in enumerate(people) if p.get("id") is not None}
    by_name = {_text(p["name"]): i for i, p in enumerate(people)}
    taken = set(by_name)
    matched: dict[int, tuple[str, ...]] = {}
    for row in rows:
        index = _match(people, row, by_id, by_name)
        if index is not None and index not in matched:
            fields = _apply(people[index], row)
            matched[index] = fields
            if fields:
                summary.updated.append(Change(_text(people[index]["name"]), fields))
            else:
                summary.unchanged.append(_text(people[index]["name"]))
            continue
        entry = CommentedMap((k, v) for k, v in row.items() if DEFAULTS.get(k, _NONE) != v)
        if entry["name"] in taken:
            entry["name"] = f"{entry['name']} ({entry.get('id') or len(people) + 1})"
        taken.add(entry["name"])
        people.append(entry)
        summary.added.append(entry["name"])
    return matched


_NONE = object()


def _match(people: Any, row: dict[str, Any], by_id: dict[str, int], by_name: dict[str, int]) -> int | None:
    if row.get("id") and row["id"] in by_id:
        return by_id[row["id"]]
    index = by_name.get(row["name"])
    if index is None:
        return None
    theirs = people[index].get("id")
    return index if theirs is None or not row.get("id") else None  # two ids: two people with one name


def _apply(person: Any, row: dict[str, Any]) -> tuple[str, ...]:
    changed = []
    for key in KNOWN:
        if key not in row:
            continue  # the export does not say: what the file has stays
        value = row[key]
        if key not in person:
            if DEFAULTS.get(key, _NONE) == value:
                continue
            person[key] = value
            changed.append(key)
        elif not _same(key, person[key], value):
            person[key] = value
            changed.append(key)
    return tuple(changed)


def _same(key: str, old: Any, new: Any) -> bool:
    if isinstance(new, int | float) and isinstance(old, int | float) and not isinstance(old, bool):
        return float(old) == float(new)
    if isinstance(new, dt.date):
        return bool(old == new) or _text(old) == new.isoformat()
    if key in ("status", "employment"):  # enumerations: `Planned` is `planned`
        return _text(old).lower() == str(new)
    return _text(old) == str(new)


def _text(value: Any) -> str:
    return str(value).strip()


def _drop_unmatched(
    people: Any, matched: dict[int, tuple[str, ...]], covered: frozenset[str], remove: bool, summary: MergeSummary
) -> None:
    for index in reversed(range(len(people) - len(summary.added))):
        if index in matched:
            continue
        person = people[index]
        name = _text(person["name"])
        if _text(person.get("status") or "current").lower() not in covered:
            summary.uncovered.insert(0, name)
        elif remove:
            del people[index]
            summary.removed.insert(0, name)
        else:
            summary.missing.insert(0, name)


def _check_untouched(
    before: Roster, after: Roster, changes: dict[int, tuple[str, ...]], summary: MergeSummary, path: Path
) -> None:
    """Every person and top-level value the merge did not mean to change reads back the same."""
    removed = set(summary.removed)
    survivors = [(i, p) for i, p in enumerate(before.people) if p.name not in removed]
    if len(after.people) != len(survivors) + len(summary.added):
        raise _drift(path, "the number of people")
    for (index, old), new in zip(survivors, after.people, strict=False):
        skip = set(changes.get(index, ())) | {"line"}
        for key in _compared(skip):
            if getattr(old, key) != getattr(new, key):
                raise _drift(path, f"{key} of '{old.name}'", new.line)
    if before.as_of != after.as_of or (not summary.organization and before.organization != after.organization):
        raise _drift(path, "the top-level keys")


def _compared(skip: Iterable[str]) -> tuple[str, ...]:
    skipped = set(skip)
    return tuple(k for k in PERSON_KEYS if k not in skipped)


def _drift(path: Path, what: str, line: int | None = None) -> TeamAuditError:
    return TeamAuditError(
        f"merging would change {what}, which the exports do not ask for",
        file=path,
        line=line,
        hint="the file uses YAML the round-trip writer reads differently; nothing written",
    )
