"""The JSON Schema of the team file, generated from the schema that validates it so the two cannot drift.

Where the validator forgives (enumerations in any case and separator, skills as one text), pydantic's
generated schema knows only the canonical form; those properties are written here to accept exactly what
the validator accepts, which tests/test_team_schema.py checks value by value.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic.json_schema import GenerateJsonSchema

from teamaudit.lenient import enum_spelling_pattern
from teamaudit.model import MAX_LINE, MAX_NAME, MAX_TITLE, Employment, Layer, Person, Status
from teamaudit.records import field_names, record_schema

SCHEMA_ID = "https://teamaudit.dev/schemas/team-1.json"

_TEXT = {"type": "string", "pattern": r"\S"}  # stripped of surrounding spaces, it must not be empty


def _number(most: int) -> dict[str, Any]:
    """A text written as a number is the text written (writtentext.py: `team: 010`), so it is at most `most`
    characters as text is. A schema sees the number, not how it is written: `_number_bounds` bounds it by the whole
    numbers of at most `most` characters (a name of 201 digits was valid here and refused by `check`). Referred to,
    each bound written once: written out at each use, the 2,001-digit bounds of skills and background made the
    schema 25 KB."""
    return {"$ref": f"#/$defs/{_NUMBER_NAME.format(most)}"}


_NUMBER_NAME = "NumberOfAtMost{}Characters"


def _number_bounds(most: int) -> dict[str, Any]:
    """The whole numbers of at most `most` characters: `most` digits, or a minus sign and one fewer."""
    return {"type": "number", "exclusiveMaximum": 10**most, "exclusiveMinimum": -(10 ** (most - 1))}


_LINE = [{"type": "string", "maxLength": MAX_LINE}, _number(MAX_LINE)]  # one skill or background line
_LIST_OF_TEXT = {"type": "array", "items": {"anyOf": _LINE}}


class _FileSchema(GenerateJsonSchema):
    def function_plain_schema(self, schema: Any) -> dict[str, Any]:
        return {}  # a field the program sets and no file may (records.internal): left out below


def team_file_schema() -> dict[str, Any]:
    person = _FileSchema().generate(record_schema(Person, strip=True))
    keys = set(field_names(Person)) - {"line"}
    properties = {key: value for key, value in person["properties"].items() if key in keys}
    person["properties"] = properties
    properties["name"] = {
        "anyOf": [{**_TEXT, "maxLength": MAX_NAME}, _number(MAX_NAME)],
        "title": "Name",
        "description": "unique in the file",
    }
    properties["title"] = {
        "anyOf": [{**_TEXT, "maxLength": MAX_TITLE}, _number(MAX_TITLE)],
        "title": "Title",
        "description": "the job title, as written in your HRIS",
    }
    properties["team"] = {
        "anyOf": [{"type": "string", "maxLength": MAX_TITLE}, _number(MAX_TITLE), {"type": "null"}],
        "default": None,
        "title": "Team",
    }
    properties["skills"] = {
        "anyOf": [_LIST_OF_TEXT, {"type": "string"}, _number(MAX_LINE)],  # a text is cut at commas first
        "default": [],
        "description": "a list of text, or one text with skills separated by commas or semicolons",
    }
    properties["background"] = {
        "anyOf": [*_LINE, _LIST_OF_TEXT],
        "description": "credentials, past roles, hands-on experience: text or a list of text",
    }
    properties["id"] = {
        "anyOf": [{**_TEXT, "maxLength": MAX_NAME}, _number(MAX_NAME), {"type": "null"}],
        "default": None,
    }
    properties["status"] = _lenient_enum(Status, "current (default), planned (a decided hire) or open (a requisition)")
    properties["employment"] = _lenient_enum(Employment, "how the person is engaged, apart from fte", nullable=True)
    properties["layer"] = _lenient_enum(Layer, "declare the layer yourself; wins over the rubric", nullable=True)
    person["additionalProperties"] = False
    defs = person.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "teamaudit team file",
        "type": "object",
        "required": ["people"],
        "additionalProperties": False,
        "properties": {
            "organization": {
                "anyOf": [{"type": "string", "maxLength": MAX_TITLE}, _number(MAX_TITLE), {"type": "null"}]
            },
            "as_of": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
            "currency": {
                "type": "string",
                "pattern": "^[A-Z]{3}$",
                "description": "the ISO 4217 code the people's cost is in (default: the rubric's)",
            },
            "people": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Person"}},
        },
        "$defs": {
            **defs,
            "Person": person,
            **{_NUMBER_NAME.format(most): _number_bounds(most) for most in (MAX_NAME, MAX_TITLE, MAX_LINE)},
        },
    }


def _lenient_enum(enum: type[StrEnum], description: str, *, nullable: bool = False) -> dict[str, Any]:
    values = tuple(member.value for member in enum)
    options: list[dict[str, Any]] = [
        {"enum": list(values)},
        {"type": "string", "pattern": enum_spelling_pattern(values)},
    ]
    if nullable:
        options.append({"type": "null"})
    return {
        "anyOf": options,
        "default": None if nullable else values[0],
        "description": f"{description}; in any case, with spaces, - or _ between words",
    }
