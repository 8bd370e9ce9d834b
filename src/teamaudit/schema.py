"""The JSON Schema of the team file, generated from the schema that validates it so the two cannot drift."""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import GenerateJsonSchema

from teamaudit.records import record_schema
from teamaudit.roster import Person

SCHEMA_ID = "https://teamaudit.dev/schemas/team-1.json"


def team_file_schema() -> dict[str, Any]:
    person = GenerateJsonSchema().generate(record_schema(Person, strip=True))
    person["properties"].pop("line", None)
    person["properties"]["background"] = {
        "anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
        "description": "credentials, past roles, hands-on experience: text or a list of text",
    }
    person["properties"]["id"] = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}], "default": None}
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
            "organization": {"type": "string"},
            "as_of": {"type": "string", "format": "date"},
            "people": {"type": "array", "items": {"$ref": "#/$defs/Person"}},
        },
        "$defs": {**defs, "Person": person},
    }
