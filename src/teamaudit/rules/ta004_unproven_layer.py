"""TA004 unproven-layer: a layer is staffed, but nobody in it shows hands-on evidence.

The three-layer audit counts "clinical workflow architects who've shadowed real doctors, integration
specialists who've touched FHIR APIs, compliance engineers who've filed 510(k)s": people with proof,
not titles. Hands-on evidence is what the rubric's `hands_on` signals and credentials match.
"""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.report import Finding, Severity
from teamaudit.roster import THREE_LAYERS
from teamaudit.rules.base import AuditView, by_name, who

ID = "TA004"
NAME = "unproven-layer"
SEVERITY = Severity.WARNING


def check(view: AuditView) -> Iterator[Finding]:
    for layer in THREE_LAYERS:
        people = by_name(view.in_layer(layer))
        if people and not any(p.classification.hands_on for p in people):
            means = view.rubric.layers[layer].hands_on_means or "hands-on evidence"
            yield Finding(
                rule=ID,
                name=NAME,
                severity=SEVERITY,
                message=f"nobody in the {layer.value} layer {means}: {who(people)}",
                view=view.view,
                layer=layer,
                line=people[0].person.line,
            )
