"""TA002 missing-layer: one of the three layers has nobody in it, or only people the word model guesses into it.

"If your healthcare AI team doesn't have all three layers, you're building a science project, not a
product" (the three-layer audit). One finding per missing layer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import THREE_LAYERS, ClassifiedPerson, Finding, Recommendation, Severity
from teamaudit.rules.advice import LAYER_FIELDS, for_layer
from teamaudit.rules.base import AuditView, Wording, by_name, who

ID = "TA002"
NAME = "missing-layer"
SEVERITY = Severity.ERROR
PER_PERSON = False
CLOSES_GAP = True
HIRE_FTE = 1.0  # one more person in the layer
SAID_AS: Final = "missing-layer"
CLIENT = "One of the three layers has nobody in it, or only people whose layer is a guess."
WORDING = {
    ID: Wording(
        "Hire one {role} for the missing {layer} layer.",
        LAYER_FIELDS | {"why"},
    ),
}


def check(view: AuditView) -> Iterator[Finding]:
    for layer in THREE_LAYERS:
        if view.composition.count(layer).held:
            continue
        message = f"no {layer.value} layer ({view.layer_name(layer)}): nobody in the {view.said} view"
        guessed = by_name(view.guessed_into(layer))
        if guessed:  # a guess never holds a layer up: it could turn a failing check into a pass
            message += f" but {who(guessed)}, whom the word model only guesses to be {layer.value} (TA005)"
        yield Finding(rule=ID, name=NAME, severity=SEVERITY, message=message, view=view.view, layer=layer)


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    return for_layer(finding, view, WORDING, HIRE_FTE)
