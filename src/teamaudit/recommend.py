"""Findings -> concrete next steps: which role, for which layer, how many FTE, at what cost, and why.

The wording lives in the rubric's `recommendations:` templates; roles and compensation ranges live in
each layer's `hire:` block, with the source they come from.
"""

from __future__ import annotations

import math
from typing import Any

from teamaudit.classify import ClassifiedPerson
from teamaudit.report import Basis, Finding, Recommendation
from teamaudit.roster import THREE_LAYERS, Layer, Status
from teamaudit.rules.base import AuditView, fmt, who

DEFAULT_TEXTS = {
    "TA001": "Add at least {gap} {unit} across the three layers, starting with {first}.",
    "TA001_convert": "Convert {count} open ML requisition(s) ({names}) into {first} hires.",
    "TA002": "Hire one {role} for the missing {layer} layer.",
    "TA003": "Add a second {role} to the {layer} layer.",
    "TA003_unfilled": "Fill the {layer} layer's one open or planned role, and plan a second {role}.",
    "TA004": "Hire or document someone in the {layer} layer who {hands_on_means}.",
    "TA004_unfilled": "Require that the {layer} layer's open or planned hire {hands_on_means}.",
    "TA005": "Declare `layer:` for {person}.",
}


# Layer rules and the FTE each recommends: a missing or thin layer needs one more person; an unproven
# layer needs evidence, not necessarily a hire.
LAYER_HIRE_FTE: dict[str, float | None] = {"TA002": 1.0, "TA003": 1.0, "TA004": None}


def recommend(findings: tuple[Finding, ...], view: AuditView) -> tuple[Recommendation, ...]:
    out: list[Recommendation] = []
    named = view.people_named({f.person for f in findings if f.person})
    for finding in findings:
        out.extend(_for(finding, view, named))
    return tuple(out)


def _text(view: AuditView, key: str, /, **values: Any) -> str:
    template = view.rubric.recommendations.get(key, DEFAULT_TEXTS[key])
    return " ".join(template.format(**values).split())


def _alternative(person: ClassifiedPerson) -> str:
    """The layer an unsure person would most likely be if not the one chosen."""
    runner_up = person.classification.runner_up()
    return runner_up.value if runner_up else "any other layer (nothing else matched)"


def _first_layer(view: AuditView) -> tuple[Layer, str]:
    """The layer to hire first: the first missing one, else the thinnest."""
    c = view.composition
    for layer in THREE_LAYERS:
        if c.count(layer).headcount == 0:
            return layer, f"the missing {layer.value} layer"
    layer = min(THREE_LAYERS, key=lambda layer_: (c.amount(layer_), THREE_LAYERS.index(layer_)))
    return layer, f"the thinnest layer, {layer.value} ({fmt(c.amount(layer))} {c.basis.unit})"


def _hire(view: AuditView, rule: str, layer: Layer, text: str, fte: float | None, kind: str = "hire") -> Recommendation:
    hire = view.rubric.layers[layer].hire
    comp = hire.comp if hire else None
    source_key = comp.source if comp else (hire.source if hire else None)
    return Recommendation(
        rule=rule,
        text=text,
        layer=layer,
        role=hire.role if hire else None,
        fte=fte,
        comp_low=comp.low if comp else None,
        comp_high=comp.high if comp else None,
        comp_label=comp.label if comp else None,
        source=view.rubric.source_text(source_key) or None,
        kind=kind,
    )


def _for(finding: Finding, view: AuditView, named: dict[str, ClassifiedPerson]) -> list[Recommendation]:
    rubric = view.rubric
    c = view.composition
    if finding.rule == "TA001":
        first, first_text = _first_layer(view)
        gap = math.ceil((c.ml / rubric.thresholds.ml_ratio - c.layers) * 10 - 1e-9) / 10
        recs = [
            _hire(
                view,
                "TA001",
                first,
                _text(
                    view,
                    "TA001",
                    ml=fmt(c.ml),
                    layers=fmt(c.layers),
                    gap=fmt(gap),
                    unit=c.basis.unit,
                    first=first_text,
                    ratio=c.ratio if c.ratio is not None else math.inf,
                    threshold=rubric.thresholds.ml_ratio,
                    view=view.view.value,
                ),
                gap,
            )
        ]
        open_ml = tuple(p for p in view.in_layer(Layer.ML_RESEARCH) if p.person.status is Status.OPEN)
        if open_ml:
            fte = sum(p.person.fte for p in open_ml) if c.basis is Basis.FTE else float(len(open_ml))
            recs.append(
                _hire(
                    view,
                    "TA001",
                    first,
                    _text(
                        view,
                        "TA001_convert",
                        count=len(open_ml),
                        names=who(open_ml),
                        first=first.value,
                        unit=c.basis.unit,
                        fte=fmt(fte),
                    ),
                    fte,
                    kind="convert",
                )
            )
        return recs
    if finding.rule == "TA005":
        return _unclear(finding, view, named)
    if finding.layer is None or finding.layer not in THREE_LAYERS:
        return []
    layer = finding.layer
    definition = rubric.layers[layer]
    holders = view.in_layer(layer)
    people = who(holders)
    values = {
        "role": definition.hire.role if definition.hire else layer.value,
        "layer": layer.value,
        "layer_name": definition.name,
        "view": view.view.value,
        "people": people,
        "why": definition.hire.why if definition.hire else "",
        "hands_on_means": definition.hands_on_means or "has hands-on evidence",
    }
    if finding.rule not in LAYER_HIRE_FTE:
        return []
    # Nobody in the layer works here yet: cross-training or documenting their evidence cannot apply.
    unfilled = bool(holders) and all(p.person.status is not Status.CURRENT for p in holders)
    key = f"{finding.rule}_unfilled" if unfilled and finding.rule in ("TA003", "TA004") else finding.rule
    text = _text(view, key, **values)
    return [_hire(view, finding.rule, layer, text, LAYER_HIRE_FTE[finding.rule])]


def _unclear(finding: Finding, view: AuditView, named: dict[str, ClassifiedPerson]) -> list[Recommendation]:
    person = named.get(finding.person) if finding.person else None
    if person is None:
        return []
    text = _text(
        view,
        "TA005",
        person=person.person.name,
        title=person.person.title,
        layer=person.layer.value,
        confidence=person.classification.confidence,
        threshold=view.rubric.thresholds.confidence,
        line=person.person.line,
        alternative=_alternative(person),
    )
    return [Recommendation(rule="TA005", text=text, layer=person.layer, kind="declare")]
