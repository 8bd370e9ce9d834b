"""TA003 thin-layer: a layer is held by too few people (bus factor).

Fires when one of the three layers has at least one person but no more than the rubric's
`thresholds.thin_layer_people` (default 1) giving it `thresholds.thin_layer_min_fte` (default 0.5) or more:
one resignation removes the layer, and a 0.1-FTE advisor beside the one clinician does not keep it. Heuristics.
Also when enough people hold the layer only if the people teamaudit is unsure of (confidence below
`thresholds.confidence`) are in it: "held by 3 people, sure of 1" is how firm that layer is; and, as verdict
firmness counts them, when it holds only if people the file gives no `fte` but who may give less (an advisor, a
contractor, a title saying part-time) give at least `thin_layer_min_fte`: each counts as 1.0 FTE until its `fte`
is written. With `--basis headcount` a missing `fte` is no doubt (people are counted, not their share of a week), as
verdict firmness has it; an `fte` the file writes under `thin_layer_min_fte` still does not hold a layer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.ftedoubt import NOUNS
from teamaudit.model import (
    THREE_LAYERS,
    Basis,
    ClassifiedPerson,
    Finding,
    Layer,
    Recommendation,
    Severity,
    Status,
)
from teamaudit.rules.advice import LAYER_FIELDS, for_layer
from teamaudit.rules.base import AuditView, Wording, by_name, in_words, who
from teamaudit.rules.base import counted as how_many  # `counted` names the holders here

ID = "TA003"
NAME = "thin-layer"
SEVERITY = Severity.WARNING
PER_PERSON = False
CLOSES_GAP = True
HIRE_FTE = 1.0  # one more person in the layer
SAID_AS: Final = "rule"
CLIENT = "A layer rests on too few people, so one resignation would leave it empty."
WORDING = {
    ID: Wording(
        "Add {another} {role} to the {layer} layer.",
        LAYER_FIELDS | {"people", "held", "another"},
    ),
    f"{ID}_unfilled": Wording(
        "Fill the {layer} layer's {held}, and plan {another} {role}.",
        LAYER_FIELDS | {"people", "hands_on_means", "held", "them", "another"},
    ),
    f"{ID}_planned": Wording(
        "The {layer} layer rests on {held} who {have} not started yet, {people}: plan {another} {role} as well, so the"
        " layer survives a resignation.",
        LAYER_FIELDS | {"people", "held", "have", "another"},
    ),
    f"{ID}_unsure": Wording(
        "Settle whether the {layer} layer is held by {people} (declare their `layer:`, or add the evidence TA005"
        " asks for); if it is not, add a second {role}.",
        LAYER_FIELDS | {"people"},
        client="Settle whether the {layer} layer is held by {people} (confirm the layer they work in, or the"
        " hands-on experience they have); if it is not, add a second {role}.",
    ),
    f"{ID}_fte": Wording(
        "Write the `fte` of {people}: a missing fte counts as 1.0 FTE; if they give the {layer} layer less than"
        " {minimum} FTE, add a second {role}.",
        LAYER_FIELDS | {"people", "minimum"},
        client="Confirm how much of a full-time week {people} work: with none recorded, each counts as 1.0 FTE; if"
        " they give the {layer} layer less than {minimum} FTE, add a second {role}.",
    ),
    f"{ID}_no_fte": Wording(
        "Write the `fte` of {people} first: it decides how thin the {layer} layer is, since if they give it under"
        " {minimum} FTE, {without}. Either way, hire one more {role}, so the layer survives a resignation.",
        LAYER_FIELDS | {"people", "minimum", "without"},
        client="Confirm first how much of a full-time week {people} work: it decides how thin the {layer} layer is,"
        " since if they give it under {minimum} FTE, {without}. Either way, hire one more {role}, so the layer"
        " survives a resignation.",
    ),
    f"{ID}_part_time": Wording(
        "Hire one {role} to hold the {layer} layer: it rests on part-time help, {people}.",
        LAYER_FIELDS | {"people", "hands_on_means"},
    ),
}


def _holders(view: AuditView, layer: Layer) -> tuple[tuple[ClassifiedPerson, ...], tuple[ClassifiedPerson, ...]]:
    """The layer's people who count toward its bus factor, and those who give it less than the minimum FTE."""
    minimum = view.rubric.thresholds.thin_layer_min_fte
    people = by_name(view.holding(layer))  # a guess does not hold a layer (TA002 names it)
    return (
        tuple(p for p in people if p.person.fte >= minimum),
        tuple(p for p in people if p.person.fte < minimum),
    )


def _unsure(view: AuditView, people: tuple[ClassifiedPerson, ...]) -> tuple[ClassifiedPerson, ...]:
    return tuple(p for p in people if not _sure(view, p))


def _no_fte(view: AuditView, people: tuple[ClassifiedPerson, ...]) -> tuple[ClassifiedPerson, ...]:
    """Those sure of their layer whose fte the file leaves out though they may give less (ftedoubt.py), as
    firmness.py counts them: the 1.0 FTE they hold the layer with may be under the minimum. None when people are
    counted (--basis headcount): a person is one person whatever share of a week they give."""
    if view.composition.basis is Basis.HEADCOUNT:
        return ()
    return tuple(p for p in people if _sure(view, p) and p.person.fte_doubt is not None)


def _no_fte_said(counted: tuple[ClassifiedPerson, ...], no_fte: tuple[ClassifiedPerson, ...]) -> str:
    """What a report read without the stderr warnings must still say of a holder with no fte: 'Grace Kim (line
    26)' alone reads as a full-time clinician, though an advisor may give a day a month. Of a layer's one holder
    it follows their name; where the layer has more (thin_layer_people 2), it names whom it is about: after the
    last name it read as said of that one, whoever had no fte."""
    if not no_fte:
        return ""
    doubts = [p.person.fte_doubt for p in no_fte if p.person.fte_doubt is not None]
    if len(no_fte) == 1:
        kind = NOUNS[doubts[0]][0]
        said = f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} with {_NO_FTE}, counted as 1.0 FTE"
        return f", {said}" if len(counted) == 1 else f"; {who(no_fte)} is {said}"
    kinds = [NOUNS[doubt][doubts.count(doubt) > 1] for doubt in sorted(set(doubts))]
    return f"; {' and '.join(kinds)} with {_NO_FTE}, each counted as 1.0 FTE: {who(no_fte)}"


# How a finding says the file leaves a share of a week out: the firmness line's 'FTE', not the key's 'fte', which
# read as a typo in a sentence ('an advisor with no fte').
_NO_FTE = "no FTE in the file"


def _sure(view: AuditView, person: ClassifiedPerson) -> bool:
    return person.classification.confidence >= view.rubric.thresholds.confidence


def check(view: AuditView) -> Iterator[Finding]:
    limit = view.rubric.thresholds.thin_layer_people
    minimum = view.rubric.thresholds.thin_layer_min_fte
    for layer in THREE_LAYERS:
        counted, part_time = _holders(view, layer)
        if not (counted or part_time):
            continue
        unsure, no_fte = _unsure(view, counted), _no_fte(view, counted)
        if len(counted) > limit:
            if len(counted) - len(unsure) - len(no_fte) > limit:
                continue
            in_doubt = set(map(id, no_fte))  # `in no_fte` compared whole records: 10,000 advisors took 70 s
            sure = tuple(p for p in counted if _sure(view, p) and id(p) not in in_doubt)
            certain = f"only {len(sure)} for certain: {who(sure)}" if sure else "none for certain"
            doubts = [f"unsure of the layer (TA005): {who(unsure)}"] if unsure else []
            if no_fte:
                doubts.append(f"{_NO_FTE}, so perhaps under {minimum:g} FTE: {who(no_fte)}")
            yield Finding(
                rule=ID,
                name=NAME,
                severity=SEVERITY,
                message=(
                    f"the {layer.value} layer is held by {_holders_said(counted)}, but {certain}; {'; '.join(doubts)}"
                ),
                view=view.view,
                layer=layer,
                person=sure[0].person.name if len(sure) == 1 else None,
                line=(sure or unsure or no_fte)[0].person.line,  # the first person the message names
            )
            continue
        if counted:
            message = f"the {layer.value} layer is held by {_holders_said(counted)}: {who(counted)}"
            message += _no_fte_said(counted, no_fte)
            if part_time:
                message += f"; {who(part_time)} at under {minimum:g} FTE cannot keep it"
        else:
            message = f"the {layer.value} layer is held only by people at under {minimum:g} FTE: {who(part_time)}"
        named = counted or part_time
        yield Finding(
            rule=ID,
            name=NAME,
            severity=SEVERITY,
            message=message,
            view=view.view,
            layer=layer,
            person=named[0].person.name if len(named) == 1 else None,
            line=named[0].person.line,  # the first person the message names
        )


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    if finding.layer is None or finding.layer not in THREE_LAYERS:
        return []
    counted, part_time = _holders(view, finding.layer)
    minimum = f"{view.rubric.thresholds.thin_layer_min_fte:g}"
    if len(counted) > view.rubric.thresholds.thin_layer_people:  # thin only without the people it is unsure of
        unsure = _unsure(view, counted)
        if unsure:
            return for_layer(finding, view, WORDING, HIRE_FTE, holders=unsure, key=f"{ID}_unsure")
        no_fte = _no_fte(view, counted)
        return for_layer(finding, view, WORDING, HIRE_FTE, holders=no_fte, key=f"{ID}_fte", minimum=minimum)
    if not counted:
        return for_layer(finding, view, WORDING, HIRE_FTE, holders=part_time, key=f"{ID}_part_time")
    another = f"a {_ORDINALS.get(len(counted) + 1, 'further')}"
    held = _held(counted)
    no_fte = _no_fte(view, counted)
    if no_fte and all(p.person.status is Status.CURRENT for p in no_fte):
        in_doubt = set(map(id, no_fte))
        without = _without(tuple(p for p in counted if id(p) not in in_doubt))
        return for_layer(
            finding, view, WORDING, HIRE_FTE, holders=no_fte, key=f"{ID}_no_fte", minimum=minimum, without=without
        )
    them = "it" if len(counted) == 1 else "them"
    have = "has" if len(counted) == 1 else "have"
    return for_layer(
        finding, view, WORDING, HIRE_FTE, holders=counted, held=held, them=them, another=another, have=have
    )


_ORDINALS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_KINDS = (
    (Status.CURRENT, "person", "people"),
    (Status.PLANNED, "planned hire", "planned hires"),
    (Status.OPEN, "open requisition", "open requisitions"),
)


def _holders_said(counted: tuple[ClassifiedPerson, ...], one: str = "1") -> str:
    """'1 person', '1 open requisition', '1 person and 1 planned hire': a founder read 'held by 1 person: Open -
    Regulatory Affairs Lead' of a role nobody holds yet. `one` writes the 1, as the advice says it ('one person')."""
    return in_words(
        [
            how_many(n, noun, plural, one=one)
            for status, noun, plural in _KINDS
            if (n := sum(1 for p in counted if p.person.status is status))
        ]
    )


def _held(counted: tuple[ClassifiedPerson, ...]) -> str:
    """How many hold the layer, as its wording says it: 'one person', '2 people', 'one person and one open
    requisition' (the advice read 'held by 2 people' of a person and a requisition); of planned hires who have not
    started, 'one planned hire', '2 planned hires' (the planned wording); of open or planned roles nobody holds yet,
    'one role', '2 roles' (the unfilled wording)."""
    statuses = {p.person.status for p in counted}
    if Status.CURRENT not in statuses and statuses != {Status.PLANNED}:
        return how_many(len(counted), "role", one="one")
    return _holders_said(counted, one="one")


def _without(others: tuple[ClassifiedPerson, ...]) -> str:
    """What the layer is if the people with no fte give it less than the minimum: what holds it without them ('one
    open requisition', not 'one person', where a requisition is all that is left)."""
    if not others:
        return "it rests on part-time help"
    return f"it is held by {_holders_said(others, one='one')} without them"
