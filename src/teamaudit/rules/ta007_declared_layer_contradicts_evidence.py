"""TA007 declared-layer-contradicts-evidence: a person's declared `layer:` is one their own record speaks against.

A declaration is legitimate data: a nurse-informaticist titled "Product Manager" is clinical though the rubric reads
the title as other. But a team file can also declare every ML researcher clinical and pass. Fires for each person whose
declared layer differs from the layer the rubric calls from their title, skills and background with a confidence of at
least `thresholds.confidence` (default 0.5); a declaration the rubric agrees with, or is unsure about, or that the
person's own skills, background or credentials show hands-on work of (a CTO declared `ml_research`, as TA005 advises,
whose skills are PyTorch), is silent; unless the record shows hands-on work of the rubric's layer too (a nurse of 12
years in the ICU declared `ml_research` because her skills list PyTorch still warns). The finding names the declared
layer, the rubric's layer with its confidence and the evidence it rests on. Remove the declaration, record the skills or
background that support it, or suppress the finding with a reason.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import ClassifiedPerson, Finding, Recommendation, Severity
from teamaudit.rules.advice import say
from teamaudit.rules.base import AuditView, Wording, about_person

ID = "TA007"
NAME = "declared-layer-contradicts-evidence"
SEVERITY = Severity.WARNING
PER_PERSON = True
CLOSES_GAP = False
SAID_AS: Final = "rule"
CLIENT = "A person's stated layer is one their own title, skills and background speak against."
WORDING = {
    ID: Wording(
        "Remove the declared `layer: {declared}` of {person} (line {line}), or record the skills or background that "
        "show it; else suppress {rule} for them with a reason.",
        frozenset({"person", "title", "declared", "layer", "confidence", "line", "rule"}),
        {"confidence": 0.9, "line": 12},
        client="Confirm that {person} works in the {declared} layer, as the team file states: their own title,"
        " skills and background point elsewhere.",
    ),
}
_EVIDENCE_SHOWN = 2  # the strongest items of the rubric's evidence a message names


def check(view: AuditView) -> Iterator[Finding]:
    threshold = view.rubric.thresholds.confidence
    for p in view.people:
        own = p.classification.contradicted_by(threshold)
        if own is not None:
            evidence = "; ".join(own.evidence[:_EVIDENCE_SHOWN])
            message = (
                f"{p.person.name} ({p.person.title}) is declared {p.layer.value} (line {p.person.line}), but the "
                f"rubric reads {own.layer.value} with confidence {own.confidence:.2f}: {evidence}"
            )
            yield about_person(view, p, ID, NAME, SEVERITY, message)


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    """Take the declaration back, or back it with evidence."""
    p = named.get(finding.person) if finding.person else None
    own = p.classification.contradicted_by(view.rubric.thresholds.confidence) if p is not None else None
    if p is None or own is None:
        return []
    text = say(
        view,
        WORDING,
        ID,
        person=p.person.name,
        title=p.person.title,
        declared=p.layer.value,
        layer=own.layer.value,
        confidence=own.confidence,
        line=p.person.line,
        rule=ID,
    )
    return [
        Recommendation(
            rule=ID, text=text.text, layer=p.layer, kind="declare", literal=text.literal, client_text=text.client
        )
    ]
