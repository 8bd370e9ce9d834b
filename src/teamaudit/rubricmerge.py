"""A child rubric's data merged over its parent's (`extends:`), as plain data before either is validated: mappings
key by key, signal lists by `id`, each item that cannot merge reported at its place in the child file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING
from typing import Any

from teamaudit.errors import clipped
from teamaudit.rubrickeys import CLIENT


class MergeProblem(Exception):
    """A child rubric's signal list that cannot merge over its parent's; `loc` is where, in the child file."""

    def __init__(
        self,
        loc: tuple[str | int, ...],
        message: str,
        first: tuple[str | int, ...] = (),
        *,
        value: object = MISSING,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.loc = loc
        self.first = first  # the item it repeats, if any
        self.value = value  # the value at `loc` that is wrong, if the message should show it
        self.hint = hint


Report = Callable[[MergeProblem], None]


def merge(
    parent: dict[str, Any], child: dict[str, Any], at: tuple[str | int, ...] = (), *, report: Report
) -> dict[str, Any]:
    """A child rubric over its parent: mappings merge key by key; signal lists merge by `id` (or pattern),
    a child signal with `remove: true` deletes the parent's; other values are replaced. Each item that cannot
    merge is reported and left out, and the merge goes on."""
    result = dict(parent)
    for key, value in child.items():
        if key in ("signals", "negative") and isinstance(value, list):
            parent_list = parent.get(key)
            parent_list = parent_list if isinstance(parent_list, list) else []
            result[key] = _merge_signals(parent_list, value, (*at, key), report)
        elif isinstance(value, dict) and isinstance(parent.get(key), dict):
            result[key] = merge(parent[key], value, (*at, key), report=report)
        else:
            result[key] = value
            if at == ("recommendations",) and isinstance(key, str) and key + CLIENT not in child:
                # reworded, an advice drops its parent's client sentence, which says the parent's words
                result.pop(key + CLIENT, None)
    return result


def _signal_key(signal: Any) -> Any:
    named = signal.get("id") or signal.get("pattern") if isinstance(signal, dict) else None
    # An id or pattern that is a list or mapping cannot be a key; validation refuses it with its line.
    return named if isinstance(named, str | int | float) else id(signal)


def _merge_signals(parent: list[Any], child: list[Any], at: tuple[str | int, ...], report: Report) -> list[Any]:
    """A child list over its parent's. A key named twice in the child, a removal that matches nothing or a
    `remove:` that is not `true` would lose or keep a signal silently, so each is a problem at its item."""
    merged = {_signal_key(s): s for s in parent}
    first: dict[Any, int] = {}
    for index, signal in enumerate(child):
        key = _signal_key(signal)
        removes = isinstance(signal, dict) and "remove" in signal
        if removes and signal["remove"] is not True:
            report(
                MergeProblem(
                    (*at, index, "remove"),
                    "must be true",
                    value=signal["remove"],
                    hint="`remove: true` deletes the signal; leave `remove` out to keep it",
                )
            )
            continue
        if removes and not isinstance(key, str):
            report(
                MergeProblem(
                    (*at, index), "a removal names the signal it removes: its `id`, or its `pattern` if it has none"
                )
            )
            continue
        if not isinstance(signal, dict) or not isinstance(key, str):
            merged[key] = signal  # an id that is not a string: validation refuses it with its line
            continue
        if key in first:
            report(MergeProblem((*at, index), f"names '{clipped(key)}' twice in one list", first=(*at, first[key])))
            continue
        first[key] = index
        if removes:
            if merged.pop(key, None) is None:
                report(MergeProblem((*at, index), _removes_nothing(key, signal, parent)))
            continue
        merged[key] = signal
    return list(merged.values())


def _removes_nothing(key: Any, signal: dict[str, Any], parent: list[Any]) -> str:
    by_pattern = [s for s in parent if isinstance(s, dict) and s.get("id") and s.get("pattern") == key]
    if "id" not in signal and by_pattern:
        return f"removes nothing: the signal with this pattern has the id '{by_pattern[0]['id']}'; remove it by id"
    return f"removes '{key}', which is not a signal of this list in the rubric it extends"
