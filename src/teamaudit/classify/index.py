"""A rubric compiled for matching: its signals filed under the fields they read, each field's patterns as one set."""

from __future__ import annotations

from dataclasses import dataclass

from teamaudit.classify.patternset import PatternSet
from teamaudit.model import Layer
from teamaudit.rubric import Rubric, Signal
from teamaudit.rubrickeys import FIELDS_READ

FIELDS: tuple[str, ...] = ("title", "skills", "background", "team")


@dataclass(frozen=True, slots=True)
class CompiledSignal:
    layer: Layer
    signal: Signal
    sign: int
    key: str  # the signal, with its sign: it counts once per person
    cancels: tuple[str, ...] = ()  # the keys of the signals a negative is about


class SignalIndex:
    """The rubric's signals per field they read, and its credentials per token."""

    def __init__(self, rubric: Rubric) -> None:
        self.by_field: dict[str, list[CompiledSignal]] = {f: [] for f in FIELDS}
        for layer, definition in rubric.layers.items():
            for signals, sign in ((definition.signals, 1), (definition.negative, -1)):
                for signal in signals:
                    key = f"{'-' if sign < 0 else '+'}{signal.key}"
                    cancels = tuple(f"+{i}" for i in signal.cancels)
                    compiled = CompiledSignal(layer, signal, sign, key, cancels)
                    for target in FIELDS_READ[signal.field]:
                        self.by_field[target].append(compiled)
        self.sets = {f: _pattern_set(self.by_field[f], rubric.path) for f in FIELDS}
        self.credentials: dict[str, list[tuple[Layer, float]]] = {}
        for layer, definition in rubric.layers.items():
            for token, weight in definition.credentials.items():
                self.credentials.setdefault(token.replace(".", ""), []).append((layer, weight))


def _pattern_set(signals: list[CompiledSignal], source: str) -> PatternSet:
    return PatternSet([c.signal.pattern for c in signals], source, [c.signal.key for c in signals])
