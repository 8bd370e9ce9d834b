"""`teamaudit explain`: every layer's score for a person, the signals behind it, and how to make it certain."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from teamaudit.classify import classifier_for
from teamaudit.model import (
    LAYER_ORDER,
    THREE_LAYERS,
    Classification,
    ClassifiedPerson,
    Contribution,
    GroupTally,
    Layer,
    LayerTally,
    Status,
)
from teamaudit.render.escape import text as shown
from teamaudit.rubric import Rubric

_GENERIC_TAGS = {"credentials": "generic: gives way to a credential", "work": "generic: gives way to hands-on work"}


def explain_person(p: ClassifiedPerson, rubric: Rubric) -> str:
    c = p.classification
    person = p.person
    # "== " first: no user string may begin a line (a name could be a CI workflow command).
    lines = [f"== {shown(person.name)} (line {person.line}): {shown(person.title)}"]
    if c.normalized_title != person.title.lower():
        lines.append(f"  normalised title: {shown(c.normalized_title)}")
    verdict = f"  => {c.layer.value}, confidence {c.confidence:.2f}"
    verdict += {"declared": " (declared in the team file)", "words": " (the word model's best guess)"}.get(
        c.source, " (from the rubric)"
    )
    lines.append(verdict)
    lines.extend(_rubric_call(c, rubric.thresholds.confidence))
    lines.extend(f"  decided by: {shown(note)}" for note in c.notes)
    tallies = classifier_for(rubric).tally(c.contributions)
    for layer in LAYER_ORDER:
        mine = [x for x in c.contributions if x.layer is layer]
        marker = "*" if layer is c.layer else " "
        lines.append(f"  {marker} {layer.value:<12} score {tallies[layer].total:g}{_sum(tallies[layer])}")
        weaker = _weaker_title_matches(mine)
        for x in sorted(mine, key=lambda x: -(x.weight + x.taken)):
            sign = "-" if x.weight < 0 else "+"
            tags = "".join(
                f"  [{tag}]"
                for tag, on in (
                    ("hands-on", x.hands_on),
                    (_GENERIC_TAGS.get(str(x.generic), "generic"), x.generic),
                    ("settles", x.settles),
                )
                if on and x.weight > 0
            )
            if x.taken:
                tags += f"  [{x.taken:g} of {x.weight + x.taken:g} taken: a negative is about it]"
            if any(x is w for w in weaker):
                tags += "  [not counted: the title counts its strongest match only]"
            if x.cancels:
                named = sorted({m.label for m in mine if m.taken and m.group == x.group and m.key in x.cancels})
                parts = (["its own line"] if x.line is not None else []) + ([shown(", ".join(named))] if named else [])
                tags += f"  [takes from {' and '.join(parts) or 'nothing here'}]"
            lines.append(f"      {sign}{abs(x.weight):g}  {shown(x.text)}{tags}")
    if c.layer in THREE_LAYERS:
        means = rubric.layers[c.layer].hands_on_means
        if person.status is Status.OPEN:
            lines.append("  hands-on evidence: none yet (an open requisition; require it of the hire)")
        elif c.hands_on:
            found = "; ".join(x.text for x in c.hands_on_for(c.layer))
            lines.append(f"  hands-on evidence: yes ({shown(found)})")
        else:
            lines.append(f"  hands-on evidence: missing (the layer asks that a person {shown(means)})")
    threshold = rubric.thresholds.confidence
    if c.source == "declared":
        lines.append("  certain: the layer is declared.")
    elif c.confidence < threshold:
        lines.append(
            f"  to make it certain: add `layer: {c.layer.value}` (or the right layer) to this person, or a"
            f" `background:` line naming their credential or past role{_examples(p, tallies)}."
        )
    else:
        lines.append(f"  confident (>= {threshold:.2f}); declare `layer:` to override.")
    return "\n".join(lines)


def _rubric_call(c: Classification, threshold: float) -> list[str]:
    """Beside a declaration, what the rubric reads from the record alone, and whether it contradicts it (TA007)."""
    own = c.undeclared
    if c.source != "declared" or own is None:
        return []
    if own.layer is c.layer:
        said = "it agrees"
    elif c.contradicted_by(threshold) is None:
        said = f"unsure, below {threshold:.2f}, so the declaration settles it"
    else:
        said = f"it contradicts the declaration (TA007): {'; '.join(own.evidence[:2])}"
    return [f"  the rubric alone reads: {own.layer.value}, confidence {own.confidence:.2f} ({shown(said)})"]


# A background line that settles each layer, offered only for the layers a person's evidence points to: a People &
# Ops Lead is not asked about RNs or 510(k)s.
_EXAMPLES: dict[Layer, str] = {
    Layer.CLINICAL: "'RN, 6 years ICU'",
    Layer.INTEGRATION: "'built HL7 interfaces in Mirth'",
    Layer.COMPLIANCE: "'filed two 510(k)s'",
    Layer.ML_RESEARCH: "'trained speech models in PyTorch'",
}


def _examples(p: ClassifiedPerson, tallies: Mapping[Layer, LayerTally]) -> str:
    """' (e.g. ...)' for the layers in question: the one chosen and those its evidence competes with; nothing
    when nothing points anywhere but other."""
    layers = [x for x in LAYER_ORDER if x in _EXAMPLES and (x is p.classification.layer or tallies[x].total > 0)]
    return f" (e.g. {', '.join(_EXAMPLES[x] for x in layers)})" if layers else ""


def _weaker_title_matches(mine: list[Contribution]) -> list[Contribution]:
    """A layer's title matches that add nothing: the title counts its strongest match only (score.tally), so
    "+8 title matches 'ML engineer'" and "+3 title matches 'ML / AI in title'" sum to "title 8"."""
    titles = sorted((x for x in mine if x.group == "title" and x.weight > 0), key=lambda x: -x.weight)
    return titles[1:]


def _sum(tally: LayerTally) -> str:
    """How a layer's score adds up: each group's evidence, its cap, the negatives of the group, a generic
    title set aside, and a group the negatives take below zero, which counts 0 (score.tally floors it): "= title
    5 set aside + skills 9 capped at 6 - 2", "= title 4 - 9 (counts 0) + skills 4", so the sum is the score."""
    parts = []
    for g in tally.groups:
        part = f"{g.group} {g.raw:g}"
        if g.cancelled:
            part += f" - {g.cancelled:g}"
        if g.cap is not None and g.raw - g.cancelled > g.cap:
            part += f" capped at {g.cap:g}"
        if g.negative:
            part += f" - {-g.negative:g}"
        if g.set_aside:
            part += " set aside"
        elif _floored(g):
            part += " (counts 0)"
        parts.append(part)
    return f" = {' + '.join(parts)}" if parts else ""


def _floored(g: GroupTally) -> bool:
    """Whether the group's sum as shown is below zero, so it counts 0 instead."""
    shown = g.raw - g.cancelled if g.cap is None else min(g.raw - g.cancelled, g.cap)
    return shown + g.negative < 0


def explain_people(people: tuple[ClassifiedPerson, ...], rubric: Rubric) -> Iterator[str]:
    """Each person's explanation in turn, blank-line separated, so 100,000 of them are never one string."""
    for i, p in enumerate(people):
        yield ("\n" if i else "") + explain_person(p, rubric) + "\n"
