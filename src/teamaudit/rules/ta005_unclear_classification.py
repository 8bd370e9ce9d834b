"""TA005 unclear-classification: teamaudit is unsure which layer a person serves.

Fires for each person classified by the rubric, or guessed by the word model, with a confidence below
`thresholds.confidence` (default 0.5). Declaring `layer:` in the team file, or adding a `background:` line, settles it.
Also, as a note, for a person the title settles as `other` (a founder, an executive) whose skills show hands-on
work of a layer (a Co-founder & CTO whose skills are PyTorch): the title rightly settles it, and only they can say
they do that work, by declaring `layer:`; a degree is no such work.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import LAYER_NAMES, ClassifiedPerson, Finding, Layer, Recommendation, Severity
from teamaudit.rules.advice import say
from teamaudit.rules.base import AuditView, Wording, about_person

ID = "TA005"
NAME = "unclear-classification"
SEVERITY = Severity.INFO
PER_PERSON = True
CLOSES_GAP = False
SAID_AS: Final = "rule"
CLIENT = "teamaudit could not place a person in a layer with confidence; the team file can settle it."
WORDING = {
    ID: Wording(
        "Declare `layer:` for {person}.",
        frozenset({"person", "title", "layer", "confidence", "threshold", "line", "alternative"}),
        {"confidence": 0.42, "threshold": 0.5, "line": 12},
        client="Confirm which layer {person} works in: their record does not settle it.",
    ),
    f"{ID}_other": Wording(
        "If {person} does {alternative_name} work, declare `layer: {alternative}` for them; until then the title"
        " keeps them `other`.",
        frozenset({"person", "title", "alternative", "alternative_name", "line"}),
        {"line": 12},
        client="If {person} does {alternative_name} work, confirm it for their record; until then their title"
        " places them in no layer of the three.",
    ),
}


def _next(p: ClassifiedPerson, names: Mapping[Layer, str] | None = None) -> str:
    """The layer the person would be in if not this one, as both the finding and the advice name it: its id, or
    the name a sentence for people gives it."""
    runner_up = p.classification.runner_up()
    if runner_up is None:
        return "none, as nothing in the record points to another layer"
    return names[runner_up] if names else runner_up.value


def check(view: AuditView) -> Iterator[Finding]:
    threshold = view.rubric.thresholds.confidence
    for p in view.people:
        message = _message(p, threshold)
        if message:
            yield about_person(view, p, ID, NAME, SEVERITY, message)


def _message(p: ClassifiedPerson, threshold: float) -> str | None:
    """What the finding says of an unsure person, or of one the title keeps `other` though their record shows a
    layer's work; None for anyone else."""
    c, line = p.classification, p.person.line
    if c.unsure(threshold):
        return (
            f"{p.person.name} ({p.person.title}) is {c.layer.value} with confidence {c.confidence:.2f}, "
            f"below {threshold:.2f} (line {line}); next candidate: {_next(p)}"
        )
    layer = c.title_keeps_other()
    if layer is None:
        return None
    shown = "; ".join(x.text for x in c.skills_for(layer)[:2])
    return (
        f"{p.person.name} ({p.person.title}) is other, as the title settles, though their record shows"
        f" {LAYER_NAMES[layer]} work: {shown} (line {line}); declaring their layer settles it"
    )


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    """Settle the person's layer: declare it, or say more about them."""
    p = named.get(finding.person) if finding.person else None
    if p is None:
        return []
    c = p.classification
    other = c.title_keeps_other() is not None and not c.unsure(view.rubric.thresholds.confidence)
    alternative_name = _next(p, LAYER_NAMES)
    text = say(
        view,
        WORDING,
        f"{ID}_other" if other else ID,
        {"layer": LAYER_NAMES[p.layer], "alternative": alternative_name},  # the client's sentence names no id
        person=p.person.name,
        title=p.person.title,
        layer=p.layer.value,
        confidence=p.classification.confidence,
        threshold=view.rubric.thresholds.confidence,
        line=p.person.line,
        alternative=_next(p),
        alternative_name=alternative_name,
    )
    return [
        Recommendation(
            rule=ID, text=text.text, layer=p.layer, kind="declare", literal=text.literal, client_text=text.client
        )
    ]
