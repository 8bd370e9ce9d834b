"""A rubric's validation errors as the problems a user reads: each at its line in the file that holds it, in the
file's terms (`must be a number, got '5'`), a misspelt key with the key it most likely is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic_core import ErrorDetails, ValidationError

from teamaudit.errors import TeamAuditError
from teamaudit.filekeys import file_loc, key_as_written, shown_loc
from teamaudit.model import Layer
from teamaudit.records import UNKNOWN_KEY, field_names, record_at
from teamaudit.typedvalues import value_message

if TYPE_CHECKING:
    from teamaudit.problems import Problems
    from teamaudit.yamlread.yamlfile import YamlDocument


def add_validation_problems(
    problems: Problems, doc: YamlDocument, exc: ValidationError, merged: Any, settled: set[tuple[Any, ...]]
) -> None:
    """Every error of `exc`, found validating `merged` (the file `doc` over its parents), one per place, but none
    at a place of the file `settled` (a problem there is reported already)."""
    seen: set[tuple[Any, ...]] = set()
    for error in exc.errors():
        if settled and _file_place(doc, error, merged) in settled:
            continue
        if tuple(error["loc"]) not in seen:
            seen.add(tuple(error["loc"]))
            problems.add_built(lambda error=error: _problem(doc, error, merged))  # type: ignore[misc]


def _file_place(doc: YamlDocument, error: ErrorDetails, merged: Any) -> tuple[Any, ...]:
    """Where `error` is in the file `doc`."""
    return _in_file(doc.data, merged, file_loc(merged, tuple(p for p in error["loc"] if p != "[key]")))


def _problem(doc: YamlDocument, error: ErrorDetails, merged: Any) -> TeamAuditError:
    from teamaudit.rubric import TOO_MANY_SIGNALS, Rubric

    on_key = "[key]" in error["loc"]
    loc = _file_place(doc, error, merged)
    if error["type"] == "invalid_key":
        return _key_not_text(doc, loc)
    value = error.get("input")
    spelled = doc.written_key(loc[:-1], loc[-1]) if on_key and loc else doc.written(loc, value)
    message, hint = value_message(error, spelled, loc in doc.located.quoted)
    if not loc and TOO_MANY_SIGNALS in message and "layers" in doc.data:
        loc = ("layers",)  # Rubric._check counts every layer's signals: point at the layers, not the first line
    where = shown_loc(loc, doc.written_key) or "rubric"
    if error["type"] == "enum" and loc[:1] == ("layers",):
        layer = f"'{loc[-1]}'" if isinstance(loc[-1], str) else key_as_written(loc[-1], spelled)
        message = f"unknown layer {layer}; layers are: {', '.join(layer.value for layer in Layer)}"
    elif error["type"] == UNKNOWN_KEY:
        from teamaudit.keyhints import spelling_hint

        record = record_at(Rubric, loc[:-1])
        message, hint = "unknown key", spelling_hint(loc[-1], field_names(record)) if record else None
    if on_key or error["type"] == UNKNOWN_KEY:
        line, column = doc.key_location(loc[:-1], str(loc[-1]))
    else:
        line, column = doc.locate(loc)
    return TeamAuditError(f"{where}: {message}", file=doc.path, line=line, column=column, hint=hint)


def _key_not_text(doc: YamlDocument, loc: tuple[Any, ...]) -> TeamAuditError:
    """`yes: 1` or `2026-01-01: x` where a rubric has keys: pydantic said 'Keys should be strings' at `1`."""
    from teamaudit.rubric import Rubric

    where, key = loc[:-1], loc[-1]
    record = record_at(Rubric, where)
    shown = key_as_written(key, doc.written_key(where, key))
    message = f"{shown_loc(where, doc.written_key) or 'rubric'}: a key must be text, not {shown}"
    line, column = doc.key_location(where, key)
    hint = f"known keys: {', '.join(field_names(record))}" if record else None
    return TeamAuditError(message, file=doc.path, line=line, column=column, hint=hint)


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
