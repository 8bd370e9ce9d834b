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


_MENTION = " mention "


def said_once(proof: list[Contribution]) -> list[tuple[str, Contribution]]:
    """The evidence as a row shows it, each line it quotes said once: "background mention clinical practice:
    'practicing hospitalist'; background mention names a clinical profession: 'practicing hospitalist'" is
    "background mention clinical practice, names a clinical profession: 'practicing hospitalist'". Each text comes
    with the first contribution it says."""
    said: dict[tuple[str, str, str], list[Contribution]] = {}
    for c in proof:
        quote = _quote(c)
        key = (c.group, c.label.partition(_MENTION)[0], quote) if quote else (c.group, c.text, "")
        said.setdefault(key, []).append(c)
    return [(_joined(same), same[0]) for same in said.values()]


def _quote(c: Contribution) -> str:
    """What a contribution's text adds to its label, ": 'the line it quotes'", or '' when it quotes nothing."""
    quoted = _MENTION in c.label and c.text.startswith(c.label + ": '")
    return c.text[len(c.label) :] if quoted else ""


def _joined(same: list[Contribution]) -> str:
    """The text of contributions that quote one line (or say the same words), said once. Only a text's own
    characters are shown: a label is read only where the text begins with it."""
    quote = _quote(same[0])
    if not quote:
        return same[0].text
    more = [c.label.partition(_MENTION)[2] for c in same[1:]]
    return ", ".join([same[0].label, *more]) + quote
