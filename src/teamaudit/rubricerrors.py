"""A rubric's validation errors as the problems a user reads: each at its line in the file that holds it, in the
file's terms (`must be a number, got '5'`), a misspelt key with the key it most likely is."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from pydantic_core import ErrorDetails, ValidationError

from teamaudit.errors import TeamAuditError, as_written
from teamaudit.model import Layer
from teamaudit.records import UNKNOWN_KEY, field_names, record_at

if TYPE_CHECKING:
    from teamaudit.problems import Problems
    from teamaudit.yamlfile import YamlDocument

_NUMBER = {"float_type", "float_parsing", "finite_number", "int_type", "int_parsing", "int_from_float"}
_TRUE_FALSE = {"bool_type", "bool_parsing"}
_LIMITS = {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}
_NOT_KEYS = ("path", "files", "[key]")  # steps of an error's location that are not keys of the file


def add_validation_problems(problems: Problems, doc: YamlDocument, exc: ValidationError, merged: Any) -> None:
    """Every error of `exc`, found validating `merged` (the file `doc` over its parents), one per place."""
    seen: set[tuple[Any, ...]] = set()
    for error in exc.errors():
        if tuple(error["loc"]) not in seen:
            seen.add(tuple(error["loc"]))
            problems.add_built(lambda error=error: _problem(doc, error, merged))  # type: ignore[misc]


def _problem(doc: YamlDocument, error: ErrorDetails, merged: Any) -> TeamAuditError:
    from teamaudit.rubric import TOO_MANY_SIGNALS, Rubric

    on_key = "[key]" in error["loc"]
    loc = _in_file(doc.data, merged, tuple(p for p in error["loc"] if p not in _NOT_KEYS))
    message, hint = _message(error, doc.located.spelled.get(loc))
    if not loc and TOO_MANY_SIGNALS in message and "layers" in doc.data:
        loc = ("layers",)  # Rubric._check counts every layer's signals: point at the layers, not the first line
    where = ".".join(str(p) for p in loc) or "rubric"
    if error["type"] == "enum" and loc[:1] == ("layers",):
        message = f"unknown layer '{loc[-1]}'; layers are: {', '.join(layer.value for layer in Layer)}"
    elif error["type"] == UNKNOWN_KEY:
        from teamaudit.keyhints import spelling_hint

        record = record_at(Rubric, loc[:-1])
        message, hint = "unknown key", spelling_hint(loc[-1], field_names(record)) if record else None
    if on_key or error["type"] == UNKNOWN_KEY:
        line, column = doc.key_location(loc[:-1], str(loc[-1]))
    else:
        line, column = doc.locate(loc)
    return TeamAuditError(f"{where}: {message}", file=doc.path, line=line, column=column, hint=hint)


def _message(error: ErrorDetails, spelled: str | None) -> tuple[str, str | None]:
    """What is wrong with the value, and how to write it."""
    kind, value = error["type"], error.get("input")
    got = _shown(value, spelled)
    if kind in _NUMBER:
        whole = " whole" if kind.startswith("int") else ""
        return f"must be a{whole} number, got {got}", _unquote(value)
    if kind in _TRUE_FALSE:
        return f"must be true or false, got {got}", _unquote(value)
    message = error["msg"].removeprefix("Value error, ")
    if kind in _LIMITS:
        message += f", got {got}"
    return message, None


def _shown(value: object, spelled: str | None) -> str:
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else "-.inf" if value < 0 else ".inf"  # as YAML spells them
    return as_written(value, spelled)


def _unquote(value: object) -> str | None:
    """For a number or true/false written in quotes: that a quoted one is text."""
    if not isinstance(value, str):
        return None
    try:
        float(value)
    except ValueError:
        is_word = value.strip().lower() in ("true", "false")
        return "write true or false without quotes" if is_word else None
    return "write the number without quotes: a quoted one is text"


def _in_file(data: Any, merged: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Where `loc`, a place in the rubric merged with its parent, is in the file itself. Merged signal lists
    renumber the file's signals, but hold the file's own signal objects: find the deepest of those."""
    found: list[Any] = []
    node = merged
    for step in loc:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        found.append(node)
    for depth in range(len(found), 0, -1):
        if isinstance(found[depth - 1], dict | list):
            path = _path_of(data, found[depth - 1])
            if path is not None:
                return path + loc[depth:]
    return loc


def _path_of(tree: Any, target: object) -> tuple[Any, ...] | None:
    """The path to `target` itself (not an equal value) in nested dicts and lists, or None."""
    if tree is target:
        return ()
    items = tree.items() if isinstance(tree, dict) else enumerate(tree) if isinstance(tree, list) else ()
    for step, child in items:
        path = _path_of(child, target)
        if path is not None:
            return (step, *path)
    return None
