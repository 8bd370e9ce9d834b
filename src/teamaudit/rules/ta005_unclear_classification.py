"""TA005 unclear-classification: teamaudit is unsure which layer a person serves.

Fires for each person classified by the rubric, or guessed by the word model, with a confidence below
`thresholds.confidence` (default 0.5). Declaring `layer:` in the team file, or adding a `background:` line, settles it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import ClassifiedPerson, Finding, Recommendation, Severity
from teamaudit.rules.advice import say
from teamaudit.rules.base import AuditView, Wording, about_person

ID = "TA005"
NAME = "unclear-classification"
SEVERITY = Severity.INFO
PER_PERSON = True
CLOSES_GAP = False
SAID_AS: Final = "rule"
WORDING = {
    ID: Wording(
        "Declare `layer:` for {person}.",
        frozenset({"person", "title", "layer", "confidence", "threshold", "line", "alternative"}),
        {"confidence": 0.42, "threshold": 0.5, "line": 12},
    ),
}


def _next(p: ClassifiedPerson) -> str:
    """The layer the person would be in if not this one, as both the finding and the advice name it."""
    runner_up = p.classification.runner_up()
    return runner_up.value if runner_up else "none, as nothing in the record points to another layer"


def check(view: AuditView) -> Iterator[Finding]:
    threshold = view.rubric.thresholds.confidence
    for p in view.people:
        c = p.classification
        if c.unsure(threshold):
            message = (
                f"{p.person.name} ({p.person.title}) is {c.layer.value} with confidence {c.confidence:.2f}, "
                f"below {threshold:.2f} (line {p.person.line}); next candidate: {_next(p)}"
            )
            yield about_person(view, p, ID, NAME, SEVERITY, message)


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    """Settle the person's layer: declare it, or say more about them."""
    p = named.get(finding.person) if finding.person else None
    if p is None:
        return []
    text = say(
        view,
        WORDING,
        ID,
        person=p.person.name,
        title=p.person.title,
        layer=p.layer.value,
        confidence=p.classification.confidence,
        threshold=view.rubric.thresholds.confidence,
        line=p.person.line,
        alternative=_next(p),
    )
    return [Recommendation(rule=ID, text=text, layer=p.layer, kind="declare")]
