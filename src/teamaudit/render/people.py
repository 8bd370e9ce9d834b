"""The people-by-layer list the HTML and markdown reports share: who holds each layer, most certain first, and
what a row says where there is no hands-on evidence to list. Every value is as the report holds it (pseudonyms
under --redact); each format escapes it."""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.model import ClassifiedPerson, Contribution, Layer, Report, Status, name_order

NONE_FOUND = "none found"


def by_layer(report: Report) -> Iterator[tuple[Layer, list[ClassifiedPerson]]]:
    """Each layer someone is in, in layer order, with its people by confidence (highest first), then name."""
    members: dict[Layer, list[ClassifiedPerson]] = {layer: [] for layer in Layer}
    for p in report.people:
        members[p.layer].append(p)
    for layer, people in members.items():
        if people:
            yield layer, sorted(people, key=lambda p: (-p.classification.confidence, name_order(p.person.name)))


def hands_on(p: ClassifiedPerson, layer: Layer) -> str | list[Contribution]:
    """The evidence that proves `p` does `layer`'s work hands-on, or the words that stand in its place: the word
    model's guess proves nothing, `other` has no layer to prove, an open requisition has nobody yet ("none found"
    read as a missing credential on a physician founder, or on a requisition)."""
    if p.classification.guessed:
        return "\u2014 (the word model's guess: TA005 asks to settle it)"
    if layer is Layer.OTHER:
        return "\u2014 (no layer to prove)"
    if p.person.status is Status.OPEN:
        return "\u2014 (an open requisition: nobody to prove it yet)"
    found = list(p.classification.hands_on_for(layer)) if p.hands_on else []
    return found or NONE_FOUND
