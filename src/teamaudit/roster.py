"""The team file: its models (Person, Roster) and loading it with the line of every person."""

from __future__ import annotations

import datetime as dt
import difflib
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from teamaudit.errors import TeamAuditError
from teamaudit.yamlfile import DEFAULT_MAX_BYTES, YamlDocument, load_yaml


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


class Person(BaseModel):
    """One row of the headcount: a current employee, a decided hire or an open requisition."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: str = Field(min_length=1)
    title: str = Field(min_length=1)
    id: str | None = None
    team: str | None = None
    skills: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    fte: float = Field(default=1.0, gt=0, le=1)
    status: Status = Status.CURRENT
    layer: Layer | None = None
    start: dt.date | None = None
    cost: float | None = Field(default=None, gt=0)
    line: int = Field(default=0, exclude=True)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: object) -> object:
        # Employee ids are often numbers in HRIS exports; 1042 and "1042" are the same id.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("background", mode="before")
    @classmethod
    def _background_as_list(cls, value: object) -> object:
        if isinstance(value, str):
            return (value,)
        return value

    @field_validator("fte", "cost", mode="before")
    @classmethod
    def _number_not_bool(cls, value: object) -> object:
        if isinstance(value, bool):
            raise ValueError("must be a number, not true/false")
        return value


class Roster(BaseModel):
    """A whole team file after validation."""

    model_config = ConfigDict(frozen=True)

    source: str
    organization: str | None = None
    as_of: dt.date | None = None
    people: tuple[Person, ...]

    @property
    def has_future(self) -> bool:
        return any(p.status is not Status.CURRENT for p in self.people)


PERSON_KEYS = tuple(k for k in Person.model_fields if k != "line")
TOP_KEYS = ("organization", "as_of", "people")


def load_roster(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, max_people: int = 1_000_000) -> Roster:
    """Load and validate a team file; every problem is a TeamAuditError naming file, line and column."""
    doc = load_yaml(path, max_bytes=max_bytes, what="team file")
    return roster_from_document(doc, max_people=max_people)


def roster_from_document(doc: YamlDocument, *, max_people: int = 1_000_000) -> Roster:
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error(
            f"the top level must be a mapping with a 'people:' list, not {_kind(data)}",
            hint="start the file with 'people:'",
        )
    for key in data:
        if key not in TOP_KEYS:
            raise _unknown_key(doc, (), key, TOP_KEYS)
    if "people" not in data:
        raise doc.error("'people' is missing: the file needs a 'people:' list", hint="see examples/")
    people_data = data["people"]
    if not isinstance(people_data, list):
        raise doc.error(f"'people' must be a list, not {_kind(people_data)}", ("people",))
    if len(people_data) > max_people:
        raise doc.error(
            f"{len(people_data):,} people is over the limit of {max_people:,}",
            ("people",),
            hint="raise it with --max-people",
        )
    organization = data.get("organization")
    if organization is not None and not isinstance(organization, str | int):
        raise doc.error(f"'organization' must be text, not {_kind(organization)}", ("organization",))
    as_of = data.get("as_of")
    if as_of is not None and not (isinstance(as_of, dt.date) and not isinstance(as_of, dt.datetime)):
        raise doc.error("'as_of' must be a date like 2026-01-31", ("as_of",))

    people_node = _people_items(doc)
    people: list[Person] = []
    names: dict[str, int] = {}
    ids: dict[str, int] = {}
    for index, item in enumerate(people_data):
        line = people_node[index] if index < len(people_node) else 0
        person = _person(doc, index, item, line)
        if person.name in names:
            raise doc.error(
                f"duplicate name '{person.name}' (first used on line {names[person.name]})",
                ("people", index, "name"),
                hint="names must be unique; add an initial or a team",
            )
        names[person.name] = line
        if person.id is not None:
            if person.id in ids:
                raise doc.error(
                    f"duplicate id '{person.id}' (first used on line {ids[person.id]})", ("people", index, "id")
                )
            ids[person.id] = line
        people.append(person)
    return Roster(
        source=str(doc.path),
        organization=str(organization) if organization is not None else None,
        as_of=as_of,
        people=tuple(people),
    )


def _people_items(doc: YamlDocument) -> list[int]:
    import yaml

    root = doc.root
    assert isinstance(root, yaml.MappingNode)
    for key_node, value_node in root.value:
        if key_node.value == "people" and isinstance(value_node, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value_node.value]
    return []


def _person(doc: YamlDocument, index: int, item: Any, line: int) -> Person:
    where: tuple[str | int, ...] = ("people", index)
    if not isinstance(item, dict):
        raise doc.error(f"people[{index}] must be a mapping with name and title, not {_kind(item)}", where)
    for key in item:
        if not isinstance(key, str) or key not in PERSON_KEYS:
            raise _unknown_key(doc, where, key, PERSON_KEYS)
    for required in ("name", "title"):
        if required not in item or item[required] is None:
            who = f" ({item['name']})" if isinstance(item.get("name"), str) else ""
            raise doc.error(f"people[{index}]{who} is missing '{required}'", where)
    try:
        return Person.model_validate({**item, "line": line})
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = error["loc"]
        key = str(loc[0]) if loc else ""
        name = item.get("name")
        who = f" ({name})" if isinstance(name, str) else ""
        raise doc.error(f"people[{index}]{who}.{key}: {_describe(key, error, item.get(key))}", (*where, key)) from None


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


def _unknown_key(
    doc: YamlDocument, where: tuple[str | int, ...], key: object, known: tuple[str, ...]
) -> TeamAuditError:
    close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else f"known keys: {', '.join(known)}"
    line, column = doc.key_location(where, str(key))
    return TeamAuditError(f"unknown key '{key}'", file=doc.path, line=line, column=column, hint=hint)


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
