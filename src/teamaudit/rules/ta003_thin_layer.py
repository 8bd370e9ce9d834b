"""TA003 thin-layer: a layer is held by too few people (bus factor).

Fires when one of the three layers has at least one person but no more than the rubric's
`thresholds.thin_layer_people` (default 1): one resignation removes the layer. A heuristic.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import THREE_LAYERS, ClassifiedPerson, Finding, Recommendation, Severity
from teamaudit.rules.advice import LAYER_FIELDS, for_layer
from teamaudit.rules.base import AuditView, Wording, by_name, who

ID = "TA003"
NAME = "thin-layer"
SEVERITY = Severity.WARNING
PER_PERSON = False
CLOSES_GAP = True
HIRE_FTE = 1.0  # one more person in the layer
SAID_AS: Final = "rule"
WORDING = {
    ID: Wording(
        "Add a second {role} to the {layer} layer.",
        LAYER_FIELDS | {"people"},
    ),
    f"{ID}_unfilled": Wording(
        "Fill the {layer} layer's one open or planned role, and plan a second {role}.",
        LAYER_FIELDS | {"people", "hands_on_means"},
    ),
}


def check(view: AuditView) -> Iterator[Finding]:
    limit = view.rubric.thresholds.thin_layer_people
    for layer in THREE_LAYERS:
        people = by_name(view.in_layer(layer))
        if 0 < len(people) <= limit:
            noun = "person" if len(people) == 1 else "people"
            yield Finding(
                rule=ID,
                name=NAME,
                severity=SEVERITY,
                message=f"the {layer.value} layer is held by {len(people)} {noun}: {who(people)}",
                view=view.view,
                layer=layer,
                person=people[0].person.name if len(people) == 1 else None,
                line=people[0].person.line if len(people) == 1 else None,
            )


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    return for_layer(finding, view, WORDING, HIRE_FTE)
