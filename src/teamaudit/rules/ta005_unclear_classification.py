"""TA005 unclear-classification: teamaudit is unsure which layer a person serves.

Fires for each person classified by the rubric with a confidence below `thresholds.confidence`
(default 0.5). Declaring `layer:` in the team file, or adding a `background:` line, settles it.
"""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.classify import ClassifiedPerson
from teamaudit.report import Finding, Severity
from teamaudit.rules.base import AuditView

ID = "TA005"
NAME = "unclear-classification"
SEVERITY = Severity.INFO


def _next(p: ClassifiedPerson) -> str:
    runner_up = p.classification.runner_up()
    return runner_up.value if runner_up else "none matched"


def check(view: AuditView) -> Iterator[Finding]:
    threshold = view.rubric.thresholds.confidence
    for p in view.people:
        c = p.classification
        if c.source == "rubric" and c.confidence < threshold:
            yield Finding(
                rule=ID,
                name=NAME,
                severity=SEVERITY,
                message=(
                    f"{p.person.name} ({p.person.title}) is {c.layer.value} with confidence {c.confidence:.2f}, "
                    f"below {threshold:.2f} (line {p.person.line}); next candidate: {_next(p)}"
                ),
                view=view.view,
                layer=c.layer,
                person=p.person.name,
                line=p.person.line,
            )
