"""TA002 missing-layer: one of the three layers has nobody in it.

"If your healthcare AI team doesn't have all three layers, you're building a science project, not a
product" (three-layer). One finding per missing layer.
"""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.report import Finding, Severity
from teamaudit.roster import THREE_LAYERS
from teamaudit.rules.base import AuditView

ID = "TA002"
NAME = "missing-layer"
SEVERITY = Severity.ERROR


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
