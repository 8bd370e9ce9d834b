"""The view a convert recommendation would leave: its open ML requisitions retitled into the layer it names.

Converting a requisition takes it off ML research as well as adding it to a layer, so it closes more of the gap
than its FTE, and it may fill a layer another finding calls missing or thin. Rather than guess what is left,
audit.py runs the rules again on this view: the recommendations it gets are what the check would say with those
requisitions retitled in the team file.
"""

from __future__ import annotations

from dataclasses import replace

from teamaudit.model import ClassifiedPerson, Composition, Layer, LayerCount, Recommendation
from teamaudit.rules.base import AuditView


def converted(view: AuditView, convert: Recommendation) -> AuditView:
    """`view` with the requisitions `convert` names moved into its layer, as if declared there."""
    layer = convert.layer
    assert layer is not None, "a convert recommendation names its layer"
    names = set(convert.converts)
    moved = [p for p in view.people if p.person.name in names]
    people = tuple(_declared(p, layer) if p.person.name in names else p for p in view.people)
    return replace(view, people=people, composition=_moved(view.composition, moved, layer), _by_layer={})


def _declared(p: ClassifiedPerson, layer: Layer) -> ClassifiedPerson:
    classification = replace(p.classification, layer=layer, source="declared", confidence=1.0, rubric_layer=None)
    return ClassifiedPerson(replace(p.person, layer=layer), classification)


def _moved(c: Composition, moved: list[ClassifiedPerson], layer: Layer) -> Composition:
    """The composition with `moved` taken out of their layers and counted in `layer`, no longer guesses."""
    counts = {x.layer: [x.headcount, x.fte, x.guessed] for x in c.counts}
    for p in moved:
        old = counts[p.layer]
        old[0], old[1], old[2] = old[0] - 1, old[1] - p.person.fte, old[2] - p.classification.guessed
        new = counts[layer]
        new[0], new[1] = new[0] + 1, new[1] + p.person.fte
    return replace(
        c, counts=tuple(LayerCount(x, int(n), round(float(fte), 6), int(g)) for x, (n, fte, g) in counts.items())
    )
