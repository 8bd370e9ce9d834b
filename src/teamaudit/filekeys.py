"""Where a validation error is, in the file's own terms. pydantic names a key that is not text by its Python repr
(`datetime.date(2026, 1, 1)`, `None`), and true or false by 1 or 0: these find the key the file holds, and write
a path of keys as the file writes them (`layers.yes`, `sources.2026-01-01`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from teamaudit.errors import as_written, clipped, shown_key

WrittenKey = Callable[[tuple[Any, ...], Any], str | None]  # (the mapping's path, a key) -> the key as written


def file_loc(data: Any, loc: Sequence[Any]) -> tuple[Any, ...]:
    """`loc`, an error's location in `data`, with each key pydantic stands in for replaced by the key itself."""
    node = data
    found = []
    for step in loc:
        key = _key_in(node, step) if isinstance(node, dict) else step
        found.append(key)
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            node = None
    return tuple(found)


def _key_in(mapping: dict[Any, Any], step: Any) -> Any:
    if type(step) is str and step in mapping:
        return step
    for key in mapping:
        if type(key) is not str and (repr(key) == step or (type(step) is not str and key == step)):
            return key
    return step


def shown_loc(loc: Sequence[Any], written_key: WrittenKey | None = None, *, indexed: bool = False) -> str:
    """`signals.0.pattern`: each key as the file writes it (`rules.yes`, `layers.~`), never as Python writes it;
    `indexed`, a list's index as the team file's errors write it, `ignore[0].until` as `people[2].start`."""
    parts: list[str] = []
    for depth, step in enumerate(loc):
        if isinstance(step, str):
            parts.append(shown_key(step))  # --redact learns it is a key, or hides it as data
        elif isinstance(step, int) and not isinstance(step, bool):
            if indexed and parts:
                parts[-1] += f"[{step}]"
                continue
            parts.append(str(step))  # a list's index, or a number as a key
        else:
            parts.append(key_as_written(step, written_key(tuple(loc[:depth]), step) if written_key else None))
    return ".".join(parts)


def key_as_written(key: object, written: str | None) -> str:
    """A key that is not text as the file writes it (`~`, `yes`, `2026-01-01T10:00:00`), else in YAML's words."""
    return clipped(written) if written else as_written(key)
