"""TA003 thin-layer: a layer is held by too few people (bus factor).

Fires when one of the three layers has at least one person but no more than the rubric's
`thresholds.thin_layer_people` (default 1): one resignation removes the layer. A heuristic.
"""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.report import Finding, Severity
from teamaudit.roster import THREE_LAYERS
from teamaudit.rules.base import AuditView, by_name, who

ID = "TA003"
NAME = "thin-layer"
SEVERITY = Severity.WARNING


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
