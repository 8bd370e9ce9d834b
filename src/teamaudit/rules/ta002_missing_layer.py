"""TA002 missing-layer: one of the three layers has nobody in it.

"If your healthcare AI team doesn't have all three layers, you're building a science project, not a
product" (three-layer). One finding per missing layer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import THREE_LAYERS, ClassifiedPerson, Finding, Recommendation, Severity
from teamaudit.rules.advice import LAYER_FIELDS, for_layer
from teamaudit.rules.base import AuditView, Wording

ID = "TA002"
NAME = "missing-layer"
SEVERITY = Severity.ERROR
PER_PERSON = False
CLOSES_GAP = True
HIRE_FTE = 1.0  # one more person in the layer
SAID_AS: Final = "missing-layer"
WORDING = {
    ID: Wording(
        "Hire one {role} for the missing {layer} layer.",
        LAYER_FIELDS | {"why"},
    ),
}


def check(view: AuditView) -> Iterator[Finding]:
    for layer in THREE_LAYERS:
        if view.composition.count(layer).headcount == 0:
            yield Finding(
                rule=ID,
                name=NAME,
                severity=SEVERITY,
                message=f"no {layer.value} layer ({view.layer_name(layer)}): nobody in the {view.view.value} view",
                view=view.view,
                layer=layer,
            )


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    return for_layer(finding, view, WORDING, HIRE_FTE)
