"""What rules share to turn a finding into advice: the wording (the rubric's, else the rule's default), the
hire block of a layer (role, pay range, source), and the advice for a layer that is missing, thin or unproven.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from teamaudit.model import THREE_LAYERS, ClassifiedPerson, Finding, Layer, Recommendation, Status
from teamaudit.rubrickeys import CLIENT
from teamaudit.rules.base import AuditView, Wording, who

LAYER_FIELDS = frozenset({"role", "layer", "layer_name", "view"})  # what every layer rule's wording may use


class Said(NamedTuple):
    """Advice as written, and where in it a value writes a backtick (`Recommendation.literal`)."""

    text: str
    literal: tuple[int, ...]
    client: str = ""  # the wording's client sentence (Wording.client), filled in; empty where the rubric rewords it


def say(
    view: AuditView,
    wording: Mapping[str, Wording],
    key: str,
    client_values: Mapping[str, Any] | None = None,
    /,
    **values: Any,
) -> Said:
    """The rubric's wording of `key`, else the rule's own, on one line, filled in. The values are data, names and
    titles among them, kept as written: each format shows their backticks, line breaks and controls as it shows them
    in findings (render/escape.py); only the wording's backticks open a code span. `client_values` fill the client's
    sentence in place of the same names (a layer's display name, 'ML research', where the text names the id to
    write)."""
    template = " ".join(view.rubric.recommendations.get(key, wording[key].text).split())
    text = template.format(**values)
    reworded = view.rubric.recommendations
    # the rubric's client sentence, else the rule's where the rubric keeps the rule's wording (Wording.client)
    client_template = reworded.get(key + CLIENT) or ("" if key in reworded else wording[key].client)
    client = " ".join(client_template.split()).format(**{**values, **(client_values or {})})
    # Filled in again with each value's backtick marked, so its places in the text are known (one character each).
    marked = template.format(**{k: v.replace("`", _MARK) if isinstance(v, str) else v for k, v in values.items()})
    if len(marked) != len(text):  # a rubric's `{title!a}` spells the mark longer: no backtick opens code then
        return Said(text, tuple(i for i, c in enumerate(text) if c == "`"), client)
    literal = tuple(i for i, (a, b) in enumerate(zip(text, marked, strict=True)) if a == "`" and b == _MARK)
    return Said(text, literal, client)


_MARK = "\u02cb"  # stands for a value's backtick; one character however a template converts it but `!a`


def in_sentence(role: str) -> str:
    """A role as the middle of a sentence writes it: 'add a second clinical informaticist ...' where the rubric's
    role, a label ('role: Clinical informaticist ...'), begins with a capital; an acronym ('EHR integration
    engineer', 'FDA SaMD ...') is kept."""
    first = role.split(" ", 1)[0]
    return role[:1].lower() + role[1:] if first[1:] == first[1:].lower() else role


def hire(
    view: AuditView,
    rule: str,
    layer: Layer,
    text: Said,
    fte: float | None,
    kind: str = "hire",
    converts: tuple[str, ...] = (),
) -> Recommendation:
    """A recommendation carrying the layer's hire block: role, pay range and where the range comes from."""
    block = view.rubric.layers[layer].hire
    comp = block.comp if block else None
    source_key = comp.source if comp else (block.source if block else None)
    return Recommendation(
        rule=rule,
        text=text.text,
        layer=layer,
        role=block.role if block else None,
        fte=fte,
        comp_low=comp.low if comp else None,
        comp_high=comp.high if comp else None,
        comp_label=comp.label if comp else None,
        source=view.rubric.source_text(source_key) or None,
        kind=kind,
        converts=converts,
        literal=text.literal,
        client_text=text.client,
    )


def for_layer(
    finding: Finding,
    view: AuditView,
    wording: Mapping[str, Wording],
    fte: float | None,
    holders: tuple[ClassifiedPerson, ...] | None = None,
    key: str | None = None,
    **extra: str,
) -> list[Recommendation]:
    """Advice for a finding about one of the three layers, naming `holders` (by default everyone who holds it, not
    the word model's guesses). When
    none of them works here yet, the rule's `<ID>_unfilled` wording (if it has one) speaks of the open or planned
    role instead: cross-training or documenting someone's evidence cannot apply; when all of them are planned hires,
    people already chosen, its `<ID>_planned` wording, as nobody is left to fill. `key` picks a wording outright;
    `extra` are values only that wording uses."""
    layer = finding.layer
    if layer is None or layer not in THREE_LAYERS:
        return []
    definition = view.rubric.layers[layer]
    holders = view.holding(layer) if holders is None else holders
    values = {
        "role": in_sentence(definition.hire.role) if definition.hire else layer.value,
        "layer": layer.value,
        "layer_name": in_sentence(definition.name),
        "view": view.said,
        "people": who(holders),
        "why": cited(definition.hire.why, view) if definition.hire else "",
        "hands_on_means": definition.hands_on_means or "has hands-on evidence",
        **extra,
    }
    if key is None:
        key = _key(finding.rule, wording, holders)
    return [hire(view, finding.rule, layer, say(view, wording, key, **values), fte)]


def cited(text: str, view: AuditView) -> str:
    """A rubric's text with each source key it cites in parentheses, '(three-layer)', shown as the source itself:
    its author and title, which a founder can look up; a key the rubric's `sources:` does not hold stays as written."""
    return _CITED_KEY.sub(lambda key: f"({view.rubric.source_text(key.group(1)) or key.group(1)})", text)


_CITED_KEY = re.compile(r"\(([A-Za-z0-9][\w.-]*)\)")


def _key(rule: str, wording: Mapping[str, Wording], holders: tuple[ClassifiedPerson, ...]) -> str:
    """The wording for a layer's holders: `<ID>_planned` when all are planned hires (a person chosen, who has not
    started: 'fill it' read as an open requisition's advice), `<ID>_unfilled` when none works here yet."""
    statuses = {p.person.status for p in holders}
    if statuses == {Status.PLANNED} and f"{rule}_planned" in wording:
        return f"{rule}_planned"
    if statuses and Status.CURRENT not in statuses and f"{rule}_unfilled" in wording:
        return f"{rule}_unfilled"
    return rule
