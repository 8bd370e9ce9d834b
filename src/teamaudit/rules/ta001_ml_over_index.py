"""TA001 ml-over-index: ML research outnumbers the three layers combined.

Fires when ML research > ml_ratio x (clinical + integration + compliance), in FTE (or people with
`--basis headcount`). "If your ML researchers outnumber these roles combined, you're over-indexed on
solved problems" (three-layer audit): outnumber means strictly more, so an equal count passes.
The ratio is the rubric's `thresholds.ml_ratio` (default 1.0).
"""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.report import Finding, Severity
from teamaudit.rules.base import AuditView, fmt

ID = "TA001"
NAME = "ml-over-index"
SEVERITY = Severity.ERROR


def check(view: AuditView) -> Iterator[Finding]:
    c = view.composition
    threshold = view.rubric.thresholds.ml_ratio
    if c.ml > threshold * c.layers + 1e-9:
        unit = c.basis.unit
        ratio = "no layers at all" if c.ratio is None else f"ratio {c.ratio:.2f}"
        yield Finding(
            rule=ID,
            name=NAME,
            severity=SEVERITY,
            message=(
                f"ML research ({fmt(c.ml)} {unit}) outnumbers clinical + integration + compliance combined "
                f"({fmt(c.layers)} {unit}): {ratio}, threshold {threshold:.2f}"
            ),
            view=view.view,
        )
