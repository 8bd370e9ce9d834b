"""TA001 ml-over-index: ML research outnumbers the three layers combined.

Fires when ML research > ml_ratio x (clinical + integration + compliance), in FTE (or people with
`--basis headcount`). "If your ML researchers outnumber these roles combined, you're over-indexed on
solved problems" (three-layer audit): outnumber means strictly more, so an equal count passes.
The ratio is the rubric's `thresholds.ml_ratio` (default 1.0). The advice is whole hires, as a founder hires
people, not shares of them: as many as it takes to pass (a 1.3 FTE gap takes two), each given in turn to the
thinnest layer, the missing or thinnest layer first (layers that tie are said to tie), one role each; open ML
requisitions that could be converted instead are named, with what converting them does to the
gap: each one leaves ML research as well as joining a layer, so 2.0 FTE converted cuts 9 hires (8.5 FTE) to 5.
The finding and the advice also say how the gap moves until it closes, as the test's own arithmetic gives it: each
ML hire adds 1 / ml_ratio to it (1.0 FTE at the default ratio), so the hires that keep it from growing are that many
layer hires for each ML hire ("1 person to the three layers for each ML hire", "2 people ... for every 3 ML hires"
at 1.5): what a company that cannot hire the whole gap in one round can act on at any size. The advice says it where
the gap takes more hires than one round, taken to be one hire per layer (three; a heuristic).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from fractions import Fraction
from typing import Final

from teamaudit.model import (
    THREE_LAYERS,
    Basis,
    ClassifiedPerson,
    Composition,
    Finding,
    Layer,
    Recommendation,
    Scope,
    Severity,
    Status,
    name_order,
)
from teamaudit.rules.advice import hire, say
from teamaudit.rules.base import (
    AuditView,
    Wording,
    amount,
    by_name,
    fmt,
    hire_count,
    in_words,
    number,
    ratio_figure,
    threshold_figure,
    who,
)

ID = "TA001"
NAME = "ml-over-index"
SEVERITY = Severity.ERROR
PER_PERSON = False
CLOSES_GAP = True
# The three-layer audit's "outnumber": ML research over 1.0 x the layers combined; a rubric may set another ratio.
ARTICLE_RATIO = 1.0
SAID_AS: Final = "over-index"
CLIENT = "ML research outnumbers the clinical, integration and compliance layers combined."
WORDING = {
    ID: Wording(
        "ML research {ml_amount} vs the three layers {layers_amount}: {to_hire}. It takes {closes}{fewer}.{meanwhile}",
        frozenset(
            {"ml", "layers", "gap", "unit", "ml_amount", "layers_amount", "gap_amount", "first", "ratio", "threshold"}
            | {"view", "hires", "closes", "pace", "meanwhile", "to_hire", "fewer"}
        ),
        {"ratio": 1.5, "threshold": 1.0},  # ratio is inf when the three layers are empty
    ),
    f"{ID}_share": Wording(
        "Of those {hires}, {layer_hires} for {layer} ({now_amount} {when}).",
        frozenset(
            {"gap", "fte", "unit", "layer", "now", "gap_amount", "fte_amount", "now_amount", "hires", "layer_hires"}
            | {"when"}
        ),
        {},
    ),
    f"{ID}_convert": Wording(
        "Convert {count} open ML {requisitions} to {first}: {names}. A requisition converted leaves ML research as "
        "well as joining {first}, so this {after}.",
        frozenset(
            {"count", "requisitions", "names", "first", "unit", "fte", "fte_amount", "left", "left_amount", "after"}
        ),
        {"count": 2},
    ),
}


def over_indexed(c: Composition, threshold: float) -> bool:
    """The audit's verdict on a view, whatever --fail-on gates: ML research over `threshold` x the three layers."""
    return c.ml > threshold * c.layers + 1e-9


def check(view: AuditView) -> Iterator[Finding]:
    c = view.composition
    threshold = view.rubric.thresholds.ml_ratio
    if over_indexed(c, threshold):
        ratio = "no layers at all" if c.ratio is None else f"ratio {ratio_figure(c, threshold)}"
        yield Finding(
            rule=ID,
            name=NAME,
            severity=SEVERITY,
            message=(
                f"ML research ({amount(c.ml, c.basis)}) outnumbers clinical + integration + compliance combined "
                f"({amount(c.layers, c.basis)}): {ratio}, threshold {threshold_figure(threshold)}; "
                f"{_closing(c, threshold)}"
            ),
            view=view.view,
            line=_where(view, threshold),
        )


def _closing(c: Composition, threshold: float) -> str:
    """The gap in the finding, as the advice and every note on it count it: 'it takes 9 people full-time to close
    the 8.5 FTE gap' (with --basis headcount, 'it takes 9 people to close the gap')."""
    widens = amount(1 / threshold, c.basis) if c.basis is Basis.FTE else _people(1 / threshold)
    return f"it takes {_closes(shortfall(c, threshold), c.basis)}, and each ML hire until then adds {widens} to it"


def _people(value: float) -> str:
    """'1 person', '2 people', '0.67 people': what one ML hire adds to a gap counted in people."""
    return hire_count(value) if abs(value - round(value)) < 1e-9 else f"{fmt(value)} people"


def pace(threshold: float) -> str:
    """The layer hires that keep the gap from growing while ML research hires, in whole people: at a ratio of 1.0
    '1 person to the three layers for each ML hire', at 1.5 '2 people ... for every 3 ML hires', at 0.5 '2 people
    ... for each ML hire' (rounded up where 1 / ratio is no small fraction: at least as many as the test asks)."""
    share = Fraction(1 / threshold).limit_denominator(_MOST_ML_HIRES)
    if share < 1 / threshold - 1e-9:
        share = Fraction(math.ceil(_MOST_ML_HIRES / threshold - 1e-9), _MOST_ML_HIRES)
    layer, ml = share.numerator, share.denominator
    layers = f"{hire_count(layer)} to the three layers"
    return f"{layers} for each ML hire" if ml == 1 else f"{layers} for every {ml} ML hires"


# One round of hiring is taken to be one search per layer at a time, three hires (a heuristic: no published figure
# says how many searches a company runs at once). A gap of 2 people is hired in one round, where saying how to hold
# it while ML research keeps hiring read as advice for a much larger company.
ONE_ROUND = len(THREE_LAYERS)


_ALL_TIE = "any of them: the three layers"


def _to_hire(hires: str, layers: int, first: str) -> str:
    """Whom to hire: 'hire 9 people across clinical, integration and compliance before the next ML hire, starting
    with the missing integration layer'; where all go to one layer (a gap one hire closes), that layer alone: 'hire
    1 person for the thinnest layer, compliance (3.0 FTE), before the next ML hire' ('1 person across clinical,
    integration and compliance ..., starting with' read as several)."""
    if layers == 1:  # `first` as _first_layer words it, for the one of tying layers the hire goes to
        if first.startswith(_ALL_TIE):
            first = "any of the three layers, which" + first.removeprefix(_ALL_TIE)
        elif first.startswith("the thinnest layers"):
            first = f"one of {first}"
        return f"hire {hires} for {first}, before the next ML hire"
    return f"hire {hires} across clinical, integration and compliance before the next ML hire, starting with {first}"


def _meanwhile(hires: float, threshold: float) -> str:
    """' That is more than one round of hiring: ...', how to keep the gap from growing until it closes, where the
    hires it takes are more than one round (`ONE_ROUND`); else ''."""
    if hires <= ONE_ROUND:
        return ""
    return (
        f" That is more than one round of hiring (one hire per layer): until the gap closes, hiring {pace(threshold)}"
        " keeps it from growing, and each layer hire beyond those closes it by one."
    )


_MOST_ML_HIRES = 10  # 'for every 10 ML hires' is as fine a pace as a founder plans hiring in


def _closes(gap: float, basis: Basis) -> str:
    """'9 people full-time to close the 8.5 FTE gap'; counted in people, the hires are the gap: '8 people to close
    the gap', not 'full-time to close the 8 people gap'."""
    if basis is Basis.HEADCOUNT:
        return f"{_hires_for(gap)} to close the gap"
    return f"{_hires_for(gap)} full-time to close the {amount(gap, basis)} gap"


def _where(view: AuditView, threshold: float) -> int | None:
    """The line a pull request's reviewer should see the finding on: the first open ML requisition the advice
    names for converting, as that is what to change; without any, the first planned ML hire, the line a plan's
    author added; without one either (current staff), the first ML researcher in the file."""
    ml = view.in_layer(Layer.ML_RESEARCH)
    planned = tuple(p for p in ml if p.person.status is Status.PLANNED)
    people = _enough_requisitions(view, threshold) or planned or ml
    return min((p.person.line for p in people if p.person.line), default=None)


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    """Turn any open ML requisitions into hires for the three layers, the first step since their budget is approved
    and each leaves ML research too; and hire enough in the three layers to close the gap, first where it hurts most."""
    c = view.composition
    threshold = view.rubric.thresholds.ml_ratio
    first, first_text = _first_layer(view)
    gap = _gap(c.ml, c.layers, threshold, c)
    shares = dict(_whole_hires(view, gap))
    hires = hire_count(sum(shares.values()))
    open_ml = _enough_requisitions(view, threshold)
    text = say(
        view,
        WORDING,
        ID,
        ml=fmt(c.ml),
        layers=fmt(c.layers),
        gap=fmt(gap),
        unit=c.basis.unit,
        ml_amount=amount(c.ml, c.basis),
        layers_amount=amount(c.layers, c.basis),
        gap_amount=amount(gap, c.basis),
        first=first_text,
        ratio=c.ratio if c.ratio is not None else math.inf,
        threshold=threshold,
        view=view.said,
        hires=hires,
        closes=_closes(gap, c.basis),
        pace=pace(threshold),
        meanwhile=_meanwhile(sum(shares.values()), threshold),
        to_hire=_to_hire(hires, len(shares), first_text + _converted_first(len(open_ml))),
        fewer="; fewer leave ML research ahead" if sum(shares.values()) > 1 else "",
    )
    recs = [hire(view, ID, first, text, shares.pop(first, float(math.ceil(gap - 1e-9))))]
    for layer, share in shares.items():
        now = _held(c, layer)
        text = say(
            view,
            WORDING,
            f"{ID}_share",
            gap=fmt(gap),
            fte=fmt(share),
            unit=c.basis.unit,
            layer=layer.value,
            now=fmt(now),
            gap_amount=amount(gap, c.basis),
            fte_amount=amount(share, c.basis),
            now_amount=amount(now, c.basis),
            hires=hires,
            layer_hires=str(round(share)),
            when=_when(view, layer, now),
        )
        recs.append(hire(view, ID, layer, text, share))
    if open_ml:
        recs.insert(0, _convert(view, open_ml, first, gap))
    return recs


def _converted_first(requisitions: int) -> str:
    """Why the hiring starts where the requisitions converted go, while the first step under the verdict names the
    hire after them (backwards.yaml: 'starting with the missing integration layer' beside 'Then hire first: Clinical
    informaticist', read as two answers)."""
    if not requisitions:
        return ""
    which = "the open ML requisition" if requisitions == 1 else f"the {requisitions} open ML requisitions"
    return f", which converting {which} staffs first"


def _convert(view: AuditView, open_ml: tuple[ClassifiedPerson, ...], first: Layer, gap: float) -> Recommendation:
    """Turn open ML requisitions into hires for the first layer. Each one leaves ML research as well as joining the
    layer, so converting them closes more of the gap than their FTE: 2.0 FTE converted cuts 8.5 FTE to add to
    4.5 when the threshold is 1.0."""
    c = view.composition
    fte = sum(p.person.amount(c.basis) for p in open_ml)
    left = _gap(c.ml - fte, c.layers + fte, view.rubric.thresholds.ml_ratio, c)
    after = (
        f"cuts the {_hires_for(gap)} it takes to end the over-indexing to {_hires_for(left)}"
        if left > 0
        else "closes the whole gap"
        if c.basis is Basis.HEADCOUNT
        else f"closes the whole {amount(gap, c.basis)} gap"
    )
    values = {
        "count": len(open_ml),
        "requisitions": "requisition" if len(open_ml) == 1 else "requisitions",
        "names": who(open_ml),
        "first": first.value,
        "unit": c.basis.unit,
        "fte": fmt(fte),
        "fte_amount": amount(fte, c.basis),
        "left": fmt(left),
        "left_amount": amount(left, c.basis),
        "after": after,
    }
    text = say(view, WORDING, f"{ID}_convert", **values)
    return hire(view, ID, first, text, fte, kind="convert", converts=tuple(p.person.name for p in by_name(open_ml)))


def shortfall(c: Composition, threshold: float) -> float:
    """How far the three layers fall short of ML research in a view, the gap the finding and its advice name
    (8.5 FTE, closed by 9 whole hires); 0 when it is not over-indexed."""
    return _gap(c.ml, c.layers, threshold, c)


def _gap(ml: float, layers: float, threshold: float, c: Composition) -> float:
    """How much the three layers must add for ML research not to outnumber them; 0 when it does not (by check's
    test). In FTE to the decimals `fmt` says it in, rounded up there, and at least the 0.000001 that is the least it
    can be: rounded up to tenths, 1.0 against 0.999 FTE read 'close the 0.1 FTE gap', a hundred times what it is,
    and rounded to the nearest, 2.0 against 0.337 read 'the 1.66 FTE gap', which leaves the layers 0.003 short. In
    whole people with --basis headcount, rounded up."""
    if ml <= threshold * layers + 1e-9:
        return 0.0
    if c.basis is Basis.HEADCOUNT:
        return float(math.ceil(ml / threshold - layers - 1e-9))
    gap = ml / threshold - layers
    scale = 10.0 ** max(2, len(fmt(gap).partition(".")[2]))  # the decimals the gap is said to ('6.6' of 6.6037 is two)
    return max(math.ceil(gap * scale - 1e-6) / scale, 1e-6)


def _whole_hires(view: AuditView, gap: float) -> list[tuple[Layer, float]]:
    """The gap in whole hires, each given in turn to the layer that holds least so far (the first in the order
    clinical, integration, compliance where they tie): a 1.3 FTE gap is two hires, as one leaves ML research ahead.
    A layer held only by the word model's guesses counts as empty, as TA002 and the first layer to hire say it is.
    Largest share first."""
    c = view.composition
    held = {layer: _held(c, layer) for layer in THREE_LAYERS}
    hires = dict.fromkeys(THREE_LAYERS, 0)
    for _ in range(math.ceil(gap - 1e-9)):
        thinnest = min(THREE_LAYERS, key=lambda x: (held[x] + hires[x], THREE_LAYERS.index(x)))
        hires[thinnest] += 1
    shares = [(layer, float(n)) for layer, n in hires.items() if n > 0]
    return sorted(shares, key=lambda share: (-share[1], THREE_LAYERS.index(share[0])))


def _hires_for(gap: float) -> str:
    """'7 people' for a 6.8 FTE gap: the whole hires that close it."""
    return hire_count(math.ceil(gap - 1e-9))


def _when(view: AuditView, layer: Layer, now: float) -> str:
    """When a layer holds the `now` the advice says it holds: 'today', or in the plan view, where planned hires and
    open requisitions count, 'in the plan, 2.6 today' when current staff holds less (a founder read '3.6 FTE
    today' of a layer of 2.6 FTE and an open requisition)."""
    basis = view.composition.basis
    staff = sum(p.person.amount(basis) for p in view.holding(layer) if p.person.status is Status.CURRENT)
    if view.view is not Scope.PLAN or abs(staff - now) < 1e-9:
        return "today"
    return f"in the plan, {number(staff, basis)} today"


def _held(c: Composition, layer: Layer) -> float:
    """What a layer holds today for the gap: nothing when only the word model's guesses are in it."""
    return c.amount(layer) if c.count(layer).held else 0.0


def _enough_requisitions(view: AuditView, threshold: float) -> tuple[ClassifiedPerson, ...]:
    """Open ML requisitions, largest first (then by name, so the file's order does not matter), until converting
    them closes the gap (or all of them, if even that does not): each one converted takes its amount from ML
    research and adds it to the three layers."""
    c = view.composition
    needed = (c.ml - threshold * c.layers) / (1 + threshold)
    chosen: list[ClassifiedPerson] = []
    moved = 0.0
    open_ml = [p for p in view.in_layer(Layer.ML_RESEARCH) if p.person.status is Status.OPEN]
    for person in sorted(open_ml, key=lambda p: (-p.person.amount(c.basis), name_order(p.person.name))):
        if moved >= needed - 1e-9:
            break
        chosen.append(person)
        moved += person.person.amount(c.basis)
    return tuple(chosen)


def _first_layer(view: AuditView) -> tuple[Layer, str]:
    """The layer to hire first: a missing one, else the thinnest; where several tie, the first of them in the order
    clinical, integration, compliance, and the words say they tie ("the thinnest layers, clinical and compliance
    (1.0 FTE each)"), so none reads as thinner than the others."""
    c = view.composition
    missing = [layer for layer in THREE_LAYERS if not c.count(layer).held]
    if missing:
        return missing[0], f"the missing {in_words([x.value for x in missing])} layer{'s' if len(missing) > 1 else ''}"
    least = min(c.amount(layer) for layer in THREE_LAYERS)
    thinnest = [layer for layer in THREE_LAYERS if c.amount(layer) <= least + 1e-9]
    held = amount(least, c.basis)
    if len(thinnest) == 1:
        return thinnest[0], f"the thinnest layer, {thinnest[0].value} ({held})"
    if len(thinnest) == len(THREE_LAYERS):
        return thinnest[0], f"{_ALL_TIE} tie at {held} each"
    return thinnest[0], f"the thinnest layers, {in_words([x.value for x in thinnest])} ({held} each)"
