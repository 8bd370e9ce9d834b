"""How firm the over-indexing verdict is: could the people teamaudit is unsure about flip it?

An unsure person is one classified below the `confidence` threshold (a TA005 finding): by the rubric, or by the
word model's guess, which is always below it. Each is counted both ways: in the worst case for the three layers
every unsure person is ML research; in the best case every one is in a layer. When the verdict is the same in
both cases it holds whatever they are; otherwise it could flip, and `to_flip` is the fewest unsure people who,
settled the other way, would flip it (largest effect first: a person moved out of ML research counts twice, once
off ML and once onto the layers).
"""

from __future__ import annotations

from teamaudit.model import THREE_LAYERS, ClassifiedPerson, Composition, Firmness, Layer, Scope


def unsure(people: tuple[ClassifiedPerson, ...], threshold: float) -> tuple[ClassifiedPerson, ...]:
    return tuple(p for p in people if p.classification.unsure(threshold))


def firmness(
    view: Scope,
    people: tuple[ClassifiedPerson, ...],
    composition: Composition,
    ratio: float,
    threshold: float,
) -> Firmness:
    basis = composition.basis
    doubtful = [(p.layer, p.person.amount(basis)) for p in unsure(people, threshold)]
    ml, layers = composition.ml, composition.layers
    in_ml = sum(size for layer, size in doubtful if layer is Layer.ML_RESEARCH)
    in_layers = sum(size for layer, size in doubtful if layer in THREE_LAYERS)
    in_other = sum(size for layer, size in doubtful if layer is Layer.OTHER)
    worst_ml, worst_layers = ml + in_layers + in_other, layers - in_layers
    best_ml, best_layers = ml - in_ml, layers + in_ml + in_other
    over = _over(ml, layers, ratio)
    could_flip = _over(best_ml, best_layers, ratio) != over or _over(worst_ml, worst_layers, ratio) != over
    return Firmness(
        view=view,
        unsure=len(doubtful),
        over=over,
        worst_ml=round(worst_ml, 6),
        worst_layers=round(worst_layers, 6),
        best_ml=round(best_ml, 6),
        best_layers=round(best_layers, 6),
        to_flip=_fewest_to_flip(doubtful, ml, layers, ratio, over) if could_flip else 0,
    )


def _over(ml: float, layers: float, ratio: float) -> bool:
    return ml > ratio * layers + 1e-9  # TA001's test: strictly more


def _fewest_to_flip(doubtful: list[tuple[Layer, float]], ml: float, layers: float, ratio: float, over: bool) -> int:
    moves: list[tuple[float, float, float]] = []  # (effect on ratio x layers - ML, change of ML, change of layers)
    for layer, size in doubtful:
        if over and layer is Layer.ML_RESEARCH:  # settled into the layers instead
            moves.append((size * (1 + ratio), -size, size))
        elif over and layer is Layer.OTHER:
            moves.append((size * ratio, 0.0, size))
        elif not over and layer in THREE_LAYERS:  # settled as ML research instead
            moves.append((size * (1 + ratio), size, -size))
        elif not over and layer is Layer.OTHER:
            moves.append((size, size, 0.0))
    moves.sort(key=lambda m: -m[0])
    for count, (_, d_ml, d_layers) in enumerate(moves, start=1):
        ml, layers = ml + d_ml, layers + d_layers
        if _over(ml, layers, ratio) != over:
            return count
    return len(moves)
