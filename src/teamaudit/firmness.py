"""How firm the over-indexing verdict is: could what teamaudit does not know flip it?

Two things can be unknown. A person's layer: an unsure person is one TA005 names, classified below the `confidence`
threshold, by the rubric or by the word model's guess, which is always below it (they could be in any layer), or
kept `other` by a title whose skills show a layer's work (a CTO whose skills are PyTorch: they could be in that
layer only), so the firmness sentence counts the people the findings name. And, with `--basis fte`, a person's FTE:
an advisor, a contractor or a part-time title with no `fte` counts as the file's default 1.0 FTE but may give
anything above 0 up to it (ftedoubt.py). The lower bound is 0, not a guess at what advisors usually give (0.1 or
0.2): a firm verdict is one that holds whatever they turn out to give. With `--basis headcount` an FTE counts for
nothing, so only layers are in doubt.

Each doubt is counted both ways. In the worst case for the three layers every unsure person is ML research, and
every sure person in a layer whose FTE is in doubt gives next to nothing; in the best case every unsure person is
in a layer and every sure ML researcher whose FTE is in doubt gives next to nothing. An unsure person's FTE never
widens the bounds (they count for the most, 1.0, wherever they go), so each person is counted under one doubt.
When the verdict is the same in both cases it holds; otherwise `to_flip` is the fewest people who, settled the
other way or giving less time, would flip it (largest effect first: a person moved out of ML research counts
twice, once off ML and once onto the layers).

A declared `layer:` is not a doubt: it is counted where it says. But a declaration the rubric, sure of another layer
from the person's own record, contradicts (TA007) is counted once more as the rubric reads it; when that flips the
verdict, `by_declaration` says the verdict holds only by declaration.

"Next to nothing" is a limit, never reached: an fte must be above 0. A verdict that only an FTE of exactly 0 would
flip (ML research 2 + an advisor in ML research against layers 2: any share of a week keeps it over) holds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from teamaudit.model import (
    THREE_LAYERS,
    Basis,
    ClassifiedPerson,
    Composition,
    Firmness,
    FteDoubt,
    Layer,
    Scope,
)

_NOISE = 1e-9  # sums of FTE are floats: differences below this are equality


_ANYWHERE = frozenset(Layer)


def _doubtful(
    people: tuple[ClassifiedPerson, ...], basis: Basis, threshold: float
) -> list[tuple[Layer, float, frozenset[Layer]]]:
    """Each person TA005 names: their layer, what they count for, and the layers they could be instead: any, for an
    unsure person; the one their skills show, for a person the title keeps `other` (a CTO whose skills are PyTorch
    could be ML research, never a layer)."""
    doubtful = []
    for p in people:
        c = p.classification
        shown, anywhere = c.title_keeps_other(), c.unsure(threshold)
        if anywhere or shown is not None:
            could = _ANYWHERE if anywhere or shown is None else frozenset({shown})
            doubtful.append((p.layer, p.person.amount(basis), could))
    return doubtful


@dataclass(frozen=True, slots=True)
class _Move:
    """One doubt settled against the verdict: how far it moves ML research minus ratio x the layers (`effect`), and
    what it changes of each."""

    effect: float
    d_ml: float
    d_layers: float
    fte: bool  # a lower FTE (a limit towards 0), not a layer settled the other way


def firmness(
    view: Scope,
    people: tuple[ClassifiedPerson, ...],
    composition: Composition,
    ratio: float,
    threshold: float,
) -> Firmness:
    basis = composition.basis
    doubtful = _doubtful(people, basis, threshold)
    fte_doubts = _fte_doubts(people, basis, threshold)
    ml, layers = composition.ml, composition.layers
    to_ml: list[tuple[Layer, float]] = [
        (layer, size)
        for layer, size, could in doubtful
        if layer is not Layer.ML_RESEARCH and Layer.ML_RESEARCH in could
    ]
    to_layers: list[tuple[Layer, float]] = [
        (layer, size)
        for layer, size, could in doubtful
        if layer not in THREE_LAYERS and not could.isdisjoint(THREE_LAYERS)
    ]
    ml_less = sum(size for layer, size, _ in fte_doubts if layer is Layer.ML_RESEARCH)
    layers_less = sum(size for layer, size, _ in fte_doubts if layer in THREE_LAYERS)
    worst_ml = ml + sum(size for _, size in to_ml)
    worst_layers = layers - sum(size for layer, size in to_ml if layer in THREE_LAYERS) - layers_less
    best_ml = ml - sum(size for layer, size in to_layers if layer is Layer.ML_RESEARCH) - ml_less
    best_layers = layers + sum(size for _, size in to_layers)
    over = _over(ml, layers, ratio)
    could_flip = _over(best_ml, best_layers, ratio, ml_less > 0) != over or _over(worst_ml, worst_layers, ratio) != over
    moves = _moves(to_layers if over else to_ml, fte_doubts, ratio, over)
    to_flip = _fewest_to_flip(moves, ml, layers, ratio, over) if could_flip else ()
    contradicted = [p for p in people if p.classification.contradicted_by(threshold) is not None]
    return Firmness(
        view=view,
        unsure=len(doubtful),
        over=over,
        worst_ml=round(worst_ml, 6),
        worst_layers=round(worst_layers, 6),
        best_ml=round(best_ml, 6),
        best_layers=round(best_layers, 6),
        to_flip=len(to_flip),
        fte_in_doubt=_by_kind(fte_doubts),
        to_flip_fte=sum(1 for move in to_flip if move.fte),
        ml_in_doubt=round(ml_less, 6),
        layers_in_doubt=round(layers_less, 6),
        contradicted=len(contradicted),
        by_declaration=bool(contradicted)
        and _over(*_as_the_rubric_reads(contradicted, ml, layers, basis), ratio) != over,
    )


def _as_the_rubric_reads(
    contradicted: list[ClassifiedPerson], ml: float, layers: float, basis: Basis
) -> tuple[float, float]:
    """ML research and the layers with each contradicted declaration counted in the layer the rubric reads."""
    for p in contradicted:
        own = p.classification.undeclared
        assert own is not None, "a contradicted declaration has the rubric's own call"
        size = p.person.amount(basis)
        ml += size * ((own.layer is Layer.ML_RESEARCH) - (p.layer is Layer.ML_RESEARCH))
        layers += size * ((own.layer in THREE_LAYERS) - (p.layer in THREE_LAYERS))
    return ml, layers


def _fte_doubts(
    people: tuple[ClassifiedPerson, ...], basis: Basis, threshold: float
) -> list[tuple[Layer, float, FteDoubt]]:
    """The people whose FTE alone is in doubt and could move the verdict: with --basis fte, sure of their layer
    (ML research or one of the three), with no fte where ftedoubt.py says they may give less."""
    if basis is not Basis.FTE:
        return []
    return [
        (p.layer, p.person.fte, p.person.fte_doubt)
        for p in people
        if p.person.fte_doubt is not None and p.layer is not Layer.OTHER and not p.classification.unsure(threshold)
    ]


def _by_kind(fte_doubts: list[tuple[Layer, float, FteDoubt]]) -> tuple[tuple[FteDoubt, int], ...]:
    counts = Counter(kind for _, _, kind in fte_doubts)
    return tuple((kind, counts[kind]) for kind in FteDoubt if counts[kind])


def _over(ml: float, layers: float, ratio: float, ml_above: bool = False) -> bool:
    """Whether ML research outnumbers the layers, strictly, as TA001 tests it. `ml_above`: ML research holds FTE
    counted at the limit towards 0, so it is a little more than `ml` whatever they give, and equal is over."""
    if ml_above:
        return ml > ratio * layers - _NOISE
    return ml > ratio * layers + _NOISE


def _moves(
    doubtful: list[tuple[Layer, float]], fte_doubts: list[tuple[Layer, float, FteDoubt]], ratio: float, over: bool
) -> list[_Move]:
    """Each doubt settled the other way from the verdict: towards the layers when over-indexed, else towards ML
    (`doubtful`: the people who could be settled that way)."""
    moves: list[_Move] = []
    for layer, size in doubtful:
        if over and layer is Layer.ML_RESEARCH:  # settled into the layers instead
            moves.append(_Move(size * (1 + ratio), -size, size, fte=False))
        elif over and layer is Layer.OTHER:
            moves.append(_Move(size * ratio, 0.0, size, fte=False))
        elif not over and layer in THREE_LAYERS:  # settled as ML research instead
            moves.append(_Move(size * (1 + ratio), size, -size, fte=False))
        elif not over and layer is Layer.OTHER:
            moves.append(_Move(size, size, 0.0, fte=False))
    for layer, size, _ in fte_doubts:  # giving next to no time
        if over and layer is Layer.ML_RESEARCH:
            moves.append(_Move(size, -size, 0.0, fte=True))
        elif not over and layer in THREE_LAYERS:
            moves.append(_Move(size * ratio, 0.0, -size, fte=True))
    # Largest effect first; of two equal, a layer settled (its effect is reached, a lower FTE's only approached).
    moves.sort(key=lambda m: (-m.effect, m.fte))
    return moves


def _fewest_to_flip(moves: list[_Move], ml: float, layers: float, ratio: float, over: bool) -> tuple[_Move, ...]:
    lowered_ml = False
    for count, move in enumerate(moves, start=1):
        ml, layers = ml + move.d_ml, layers + move.d_layers
        lowered_ml = lowered_ml or (move.fte and move.d_ml < 0)
        if _over(ml, layers, ratio, lowered_ml) != over:
            return tuple(moves[:count])
    return tuple(moves)
