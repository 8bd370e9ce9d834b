"""A rubric compiled for matching: each signal's regex, filed under the fields it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from teamaudit.roster import Layer
from teamaudit.rubric import Rubric, Signal, rubric_regex

FIELDS: tuple[str, ...] = ("title", "skills", "background", "team")

_TARGETS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "skills": ("skills",),
    "background": ("background",),
    "team": ("team",),
    "text": ("skills", "background"),
    "any": ("title", "skills", "background", "team"),
}


@dataclass(frozen=True, slots=True)
class CompiledSignal:
    layer: Layer
    signal: Signal
    regex: Any  # a compiled pattern with .search(); the engine is rubric_regex's choice
    sign: int
    key: str  # the signal, with its sign: it counts once per person


class SignalIndex:
    """The rubric's signals per field they read, and its credentials per token."""

    def __init__(self, rubric: Rubric) -> None:
        self.by_field: dict[str, list[CompiledSignal]] = {f: [] for f in FIELDS}
        for layer, definition in rubric.layers.items():
            for signals, sign in ((definition.signals, 1), (definition.negative, -1)):
                for signal in signals:
                    key = f"{'-' if sign < 0 else '+'}{signal.key}"
                    compiled = CompiledSignal(layer, signal, rubric_regex(signal.pattern, re.IGNORECASE), sign, key)
                    for target in _TARGETS[signal.field]:
                        self.by_field[target].append(compiled)
        self.credentials: dict[str, list[tuple[Layer, float]]] = {}
        for layer, definition in rubric.layers.items():
            for token, weight in definition.credentials.items():
                self.credentials.setdefault(token.replace(".", ""), []).append((layer, weight))
