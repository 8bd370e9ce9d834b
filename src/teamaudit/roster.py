"""The team file: its models (Person, Roster) and loading it with the line of every person."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic_core import ValidationError

from teamaudit.errors import TeamAuditError
from teamaudit.records import field_names, limits, validator
from teamaudit.yamlfile import DEFAULT_MAX_BYTES, check_file
from teamaudit.yamlstream import Located, Position, YamlStream


class Layer(StrEnum):
    CLINICAL = "clinical"
    INTEGRATION = "integration"
    COMPLIANCE = "compliance"
    ML_RESEARCH = "ml_research"
    OTHER = "other"


THREE_LAYERS: tuple[Layer, ...] = (Layer.CLINICAL, Layer.INTEGRATION, Layer.COMPLIANCE)


class Status(StrEnum):
    CURRENT = "current"
    PLANNED = "planned"
    OPEN = "open"


def _id_as_text(value: object) -> object:
    # Employee ids are often numbers in HRIS exports; 1042 and "1042" are the same id.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _background_as_list(value: object) -> object:
    if isinstance(value, str):
        return (value,)
    return value


def _number_not_bool(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError("must be a number, not true/false")
    if isinstance(value, float | str) and _non_finite(value):
        raise ValueError("must be a finite number")  # `1e309` (text to YAML) converts to inf; JSON has none
    return value


def _non_finite(value: float | str) -> bool:
    try:
        return not math.isfinite(float(value))
    except ValueError:
        return False  # not a number at all: validation says so


@dataclass(frozen=True, slots=True)
class Person:
    """One row of the headcount: a current employee, a decided hire or an open requisition."""

    name: str = field(metadata=limits(min_length=1))
    title: str = field(metadata=limits(min_length=1))
    id: str | None = field(default=None, metadata=limits(before=_id_as_text))
    team: str | None = None
    skills: tuple[str, ...] = ()
    background: tuple[str, ...] = field(default=(), metadata=limits(before=_background_as_list))
    fte: float = field(default=1.0, metadata=limits(before=_number_not_bool, gt=0, le=1))
    status: Status = Status.CURRENT
    layer: Layer | None = None
    start: dt.date | None = None
    cost: float | None = field(
        default=None, metadata=limits(before=_number_not_bool, gt=0, le=1e12)
    )  # sums stay finite
    line: int = 0  # where the person starts in the team file; not a key of the file

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Person:
        """Validate one person's data (raises pydantic_core.ValidationError)."""
        return validator(cls, strip=True)(data)


@dataclass(frozen=True, slots=True)
class Roster:
    """A whole team file after validation."""

    source: str
    organization: str | None
    as_of: dt.date | None
    people: tuple[Person, ...]

    @property
    def has_future(self) -> bool:
        return any(p.status is not Status.CURRENT for p in self.people)


PERSON_KEYS = tuple(k for k in field_names(Person) if k != "line")
TOP_KEYS = ("organization", "as_of", "people")


def load_roster(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = 1_000_000,
    on_progress: Callable[[int, int], None] | None = None,
) -> Roster:
    """Load and validate a team file; every problem is a TeamAuditError naming file, line and column.
    `on_progress(bytes read, file size)` is called every few thousand people."""
    size = check_file(path, max_bytes)
    try:
        with path.open("rb") as handle:
            tick = (lambda: on_progress(handle.tell(), size)) if on_progress else None
            stream = YamlStream(handle, path)
            with stream.errors():
                return _read_roster(stream, path, max_people, tick)
    except OSError as exc:
        raise TeamAuditError(f"cannot read file: {exc.strerror}", file=path) from None


def roster_from_text(text: str, path: Path, *, max_people: int = 1_000_000) -> Roster:
    """Validate team-file text; `path` is the name errors and reports show (a file, or git:REF:PATH).

    Like `load_roster`, reads one person at a time, so memory follows the validated people rather than
    PyYAML's node tree; values people share (titles, teams, skills) are stored once.
    """
    stream = YamlStream(text, path)
    with stream.errors():
        return _read_roster(stream, path, max_people)


def _read_roster(stream: YamlStream, path: Path, max_people: int, tick: Callable[[], None] | None = None) -> Roster:
    if not stream.begin():
        raise TeamAuditError("team file is empty", file=path, line=1, column=1)
    top_at = stream.at()
    if not stream.next_is_mapping():
        value = stream.build()
        raise stream.error(
            f"the top level must be a mapping with a 'people:' list, not {_kind(value)}",
            top_at,
            hint="start the file with 'people:'",
        )
    organization: object = None
    as_of: object = None
    people: list[Person] | None = None
    for key, key_at in stream.mapping_keys():
        value_at = stream.at()
        if key not in TOP_KEYS:
            stream.build()  # a YAML problem inside the value (an alias bomb, say) is the one to report
            raise _unknown_key(stream, key_at, key, TOP_KEYS)
        if key == "people":
            if not stream.next_is_sequence():
                raise stream.error(f"'people' must be a list, not {_kind(stream.build())}", value_at)
            people = _read_people(stream, max_people, tick)
        elif key == "organization":
            organization = stream.build()
            if organization is not None and not isinstance(organization, str | int):
                raise stream.error(f"'organization' must be text, not {_kind(organization)}", value_at)
        else:
            as_of = stream.build()
            if as_of is not None and not (isinstance(as_of, dt.date) and not isinstance(as_of, dt.datetime)):
                raise stream.error("'as_of' must be a date like 2026-01-31", value_at)
    stream.finish()
    if people is None:
        raise stream.error("'people' is missing: the file needs a 'people:' list", top_at, hint="see examples/")
    return Roster(
        source=str(path),
        organization=str(organization) if organization is not None else None,
        as_of=as_of if isinstance(as_of, dt.date) else None,
        people=tuple(people),
    )


def _read_people(stream: YamlStream, max_people: int, tick: Callable[[], None] | None) -> list[Person]:
    people: list[Person] = []
    first_line: dict[str, dict[str, int]] = {"name": {}, "id": {}}  # a name or id -> the line it is first on
    shared: dict[Any, Any] = {}
    for index, at in stream.sequence_items(depth=2):
        if index >= max_people:
            raise stream.error(
                f"more than {max_people:,} people, over the limit", at, hint="raise it with --max-people"
            )
        built = stream.build_located(depth=2)
        person = _person(stream, index, built, shared)
        for key, text in (("name", person.name), ("id", person.id)):
            if text is None:
                continue
            known = first_line[key]
            if text in known:
                raise stream.error(
                    f"duplicate {key} '{text}' (first used on line {known[text]})",
                    built.locate((key,)),
                    hint="names must be unique; add an initial or a team" if key == "name" else None,
                )
            known[text] = person.line
        people.append(person)
        if tick is not None and index % 2000 == 1999:
            tick()
    return people


def _person(stream: YamlStream, index: int, built: Located, shared: dict[Any, Any]) -> Person:
    item = built.value
    if not isinstance(item, dict):
        raise stream.error(f"people[{index}] must be a mapping with name and title, not {_kind(item)}", built.at)
    for key in item:
        if not isinstance(key, str) or key not in PERSON_KEYS:
            raise _unknown_key(stream, built.key_location((), key), key, PERSON_KEYS)
    for required in ("name", "title"):
        if required not in item or item[required] is None:
            who = f" ({item['name']})" if isinstance(item.get("name"), str) else ""
            raise stream.error(f"people[{index}]{who} is missing '{required}'", built.at)
    data = {**item, "line": built.at[0]}
    try:
        return _share_values(Person.parse(data), shared)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = error["loc"]
        key = str(loc[0]) if loc else ""
        name = item.get("name")
        who = f" ({name})" if isinstance(name, str) else ""
        message = f"people[{index}]{who}.{key}: {_describe(key, error, item.get(key))}"
        raise stream.error(message, built.locate(loc)) from None


def _share_values(person: Person, shared: dict[Any, Any]) -> Person:
    """One object per distinct title, team or skills list: 100,000 people share a few thousand of them."""
    for key in ("title", "team", "skills", "background"):
        value = getattr(person, key)
        if value:
            kept = shared.setdefault(value, value)
            if kept is not value:
                object.__setattr__(person, key, kept)  # the same value, stored once; still frozen to callers
    return person


def _describe(key: str, error: Any, value: object) -> str:
    kind = error["type"]
    shown = f"'{value}'" if isinstance(value, str) else repr(value)
    if key == "fte":
        return f"must be a number > 0 and <= 1, got {shown}"
    if key == "cost":
        return f"must be a positive number (annual cost), got {shown}"
    if key in ("skills", "background"):
        return f"must be a list of text, got {shown}"
    if key in ("start",):
        return f"must be a date like 2026-03-01, got {shown}"
    if kind == "enum":
        return f"{shown} is not one of {error.get('ctx', {}).get('expected', '')}"
    if kind in ("string_type", "string_too_short"):
        return f"must be non-empty text, got {shown}"
    return f"{error['msg'].lower()}, got {shown}"


def _unknown_key(stream: YamlStream, at: Position, key: object, known: tuple[str, ...]) -> TeamAuditError:
    import difflib

    close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else f"known keys: {', '.join(known)}"
    return stream.error(f"unknown key '{key}'", at, hint=hint)


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
    }.get(type(value), type(value).__name__)
