"""TA004 unproven-layer: a layer is staffed, but nobody in it shows hands-on evidence.

The three-layer audit counts "clinical workflow architects who've shadowed real doctors, integration
specialists who've touched FHIR APIs, compliance engineers who've filed 510(k)s": people with proof,
not titles. Hands-on evidence is what the rubric's `hands_on` signals and credentials match.
An open requisition has nobody yet to have evidence: it is left out of a layer that has people (current or a
decided, planned hire); a layer held only by requisitions is unproven and said to be so, whatever evidence their
descriptions ask for ("has filed 510(k)s" on a requisition is a wish, not proof).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import THREE_LAYERS, ClassifiedPerson, Finding, Layer, Recommendation, Severity, Status
from teamaudit.rules.advice import LAYER_FIELDS, for_layer
from teamaudit.rules.base import AuditView, Wording, by_name, who

ID = "TA004"
NAME = "unproven-layer"
SEVERITY = Severity.WARNING
PER_PERSON = False
CLOSES_GAP = False
SAID_AS: Final = "rule"
CLIENT = (
    "Nobody in a layer shows hands-on experience: clinical practice, live EHR interfaces, regulatory "
    "filings or validation studies."
)
WORDING = {
    ID: Wording(
        "Hire or document someone in the {layer} layer who {hands_on_means}.",
        LAYER_FIELDS | {"people", "hands_on_means"},
    ),
    f"{ID}_unfilled": Wording(
        "Require that the {layer} layer's open or planned hire {hands_on_means}.",
        LAYER_FIELDS | {"people", "hands_on_means"},
    ),
    f"{ID}_planned": Wording(
        "Nobody in the {layer} layer has started yet, and the file shows no hands-on evidence (one who"
        " {hands_on_means}) for its planned {hires}, {people}: record it in their `background:` if they have it, or"
        " hire someone who has.",
        LAYER_FIELDS | {"people", "hands_on_means", "hires"},
        client="Nobody in the {layer} layer has started yet, and the file shows no hands-on evidence (one who"
        " {hands_on_means}) for its planned {hires}, {people}: if they have it, have it added to their record; if"
        " not, hire someone who has.",
    ),
}


def check(view: AuditView) -> Iterator[Finding]:
    for layer in THREE_LAYERS:
        people = _judged(view, layer)
        if people and not any(p.hands_on for p in people):
            means = view.rubric.layers[layer].hands_on_means or "hands-on evidence"
            if all(p.person.status is Status.OPEN for p in people):
                message = (
                    f"nobody holds the {layer.value} layer yet, only open requisitions, which prove nothing until "
                    f"filled (one who {means}): {who(people)}"
                )
            else:
                message = f"nobody in the {layer.value} layer {means}: {who(people)}"
            yield Finding(
                rule=ID,
                name=NAME,
                severity=SEVERITY,
                message=message,
                view=view.view,
                layer=layer,
                line=people[0].person.line,
            )


def _judged(view: AuditView, layer: Layer) -> tuple[ClassifiedPerson, ...]:
    """Whose evidence the layer stands on: its people, leaving out open requisitions (nobody to have evidence yet),
    or its requisitions when it has nobody else. A layer held only by a guess is TA002's."""
    holders = by_name(view.holding(layer))
    people = tuple(p for p in holders if p.person.status is not Status.OPEN)
    return people or tuple(holders)


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    layer = finding.layer
    holders = _judged(view, layer) if layer is not None else None
    hires = "hire" if holders is not None and len(holders) == 1 else "hires"
    return for_layer(finding, view, WORDING, None, holders, hires=hires)  # evidence, not necessarily a hire
