"""Scoring: a person's contributions -> per-layer tallies -> the layer, the confidence and why.

The rules, in the order they apply (docs/rubrics.md, "How a person is scored"):
1. Each group of evidence (title, skills, background, credentials, team) counts for a layer up to its cap; the
   title counts its strongest match only. A negative signal takes weight from its own group only, so a title
   trap cannot cancel the credentials or the background that say otherwise. One with `cancels` voids its own
   line and takes only from the signals it names elsewhere, before the cap (`void_own_lines`, `cancel`:
   "worked with nurses" cancels mentions of nurses, not "Former ER physician" on another line).
2. A generic title word ("software engineer", "analyst": a function, not a domain) is set aside when the rest
   of the record shows another layer's work at `min_score` or more with hands-on evidence or the department
   behind it, or at `strong_score` or more on its own ("knows HIPAA" does not make a software engineer compliance
   staff; "built SMART on FHIR apps" makes them integration). A title generic only to credentials (product,
   program and design roles) is set aside only by another layer's credentials at `strong_score` or more: a nurse
   in product is clinical, a product manager for a FHIR API is not integration staff, 'Product Manager (PT)' is
   part-time. A title generic only to work ("compliance") is set aside only by another layer's hands-on evidence in
   the skills, background or credentials at `min_score` or more, never by a department, and only when nothing beyond
   the title backs its own layer, and never to ML research: SOX 404 skills make a "Compliance Manager" financial
   compliance (other); Finance as the department, HIPAA beside SOX, or a past ML job does not.
3. A title that settles the layer (founders and C-suite executives, clinical executives) decides it whatever
   the rest of the record says; the strongest settling title wins when two do.
4. Otherwise the best total wins if it reaches `min_score`; below that the person is `other`, unsure.
5. A tie is broken by the stronger title evidence, then by the order clinical, integration, compliance,
   ml_research, other; a tie is also reported as unsure, since the margin is zero.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from teamaudit.model import GROUPS, LAYER_ORDER, Contribution, Generic, GroupTally, Layer, LayerTally
from teamaudit.rubric import Scoring

_ORDER = {layer: i for i, layer in enumerate(LAYER_ORDER)}


def dedupe(hits: Iterable[Contribution]) -> list[Contribution]:
    """A signal or credential counts once per person, however many lines repeat it: where it does most."""
    at: dict[tuple[Layer, str], int] = {}
    kept: list[Contribution] = []
    for c in hits:
        i = at.get((c.layer, c.key))
        if i is None:
            at[c.layer, c.key] = len(kept)
            kept.append(c)
        elif c.weight > kept[i].weight:
            kept[i] = c
    return kept


def void_own_lines(hits: list[Contribution]) -> list[Contribution]:
    """A negative with `cancels` says its own line is about others ('Worked closely with ICU nurses for 6
    years'): whatever that line matched for its layer counts nothing, a credential token in it included. Done
    before `dedupe`, so each such line is voided and a signal's other lines still count."""
    about = {(n.layer, n.group, n.line) for n in hits if n.weight < 0 and n.cancels and n.line is not None}
    if not about:
        return hits
    voided = []
    for c in hits:
        group = "background" if c.group == "credentials" else c.group
        if c.weight > 0 and c.line is not None and (c.layer, group, c.line) in about:
            c = dataclasses.replace(c, weight=0.0, taken=c.weight)
        voided.append(c)
    return voided


def cancel(contributions: list[Contribution]) -> list[Contribution]:
    """Each negative with `cancels` takes up to its weight from the signals it names, in its layer and group, on
    other lines ('working with clinicians' takes the mentions of clinicians, not a line saying the person
    practised). Runs after `dedupe`: each signal is there once."""
    scoped = [n for n in contributions if n.weight < 0 and n.cancels]
    if not scoped:
        return contributions
    at = {(c.layer, c.group, c.key): i for i, c in enumerate(contributions) if c.weight > 0}
    out = list(contributions)
    for n in scoped:
        budget = -n.weight
        for key in n.cancels:
            i = at.get((n.layer, n.group, key))
            if i is None or budget <= 0:
                continue
            c = out[i]
            cut = min(budget, c.weight)
            budget -= cut
            out[i] = dataclasses.replace(c, weight=c.weight - cut, taken=c.taken + cut)
    return out


def tally(contributions: Iterable[Contribution], scoring: Scoring) -> dict[Layer, LayerTally]:
    """Per layer, what each group counts: weights as `cancel` left them, capped, less the group's negatives."""
    caps = scoring.caps
    limit: dict[str, float | None] = {
        "title": None,
        "skills": caps.skills,
        "background": caps.background,
        "credentials": caps.credentials,
        "team": caps.team,
    }
    raw: dict[tuple[Layer, str], float] = {}
    before: dict[tuple[Layer, str], float] = {}  # what the group added before negatives about its signals took
    claims: dict[tuple[Layer, str], float] = {}
    negative: dict[tuple[Layer, str], float] = {}
    generic_title: dict[Layer, Generic] = {}
    proven: set[Layer] = set()  # layers with hands-on or department evidence beyond the title
    worked: set[Layer] = set()  # layers with hands-on evidence in the skills, background or credentials
    for c in contributions:
        where = (c.layer, c.group)
        if c.weight < 0:
            if not c.cancels:
                negative[where] = negative.get(where, 0.0) + c.weight
            continue
        weight = c.weight
        if weight > 0 and c.group != "title" and (c.hands_on or c.group == "team"):
            proven.add(c.layer)
            if c.group != "team":
                worked.add(c.layer)
        if c.group == "title":
            before[where] = max(before.get(where, 0.0), weight + c.taken)
            if where not in raw or weight > raw[where]:
                raw[where] = weight
                generic_title[c.layer] = c.generic
            elif weight == raw[where]:
                generic_title[c.layer] = _stricter(generic_title[c.layer], c.generic)
        else:
            before[where] = before.get(where, 0.0) + weight + c.taken
            raw[where] = raw.get(where, 0.0) + weight
            if c.credential:
                claims[where] = claims.get(where, 0.0) + weight
    tallies = {}
    for layer in LAYER_ORDER:
        groups = []
        for group in GROUPS:
            where = (layer, group)
            positive, minus = raw.get(where, 0.0), negative.get(where, 0.0)
            taken = round(before.get(where, 0.0) - positive, 6)
            if positive or minus or taken:
                cap = limit[group]
                counted = round(max(0.0, (positive if cap is None else min(positive, cap)) + minus), 6)
                claimed = min(claims.get(where, 0.0), counted)
                groups.append(
                    GroupTally(group, positive + taken, cap, minus, counted, cancelled=taken, claimed=claimed)
                )
        tallies[layer] = LayerTally.of(layer, tuple(groups))
    return _set_aside_generic_titles(tallies, generic_title, _Shown(proven, worked), scoring)


def _stricter(a: Generic, b: Generic) -> Generic:
    """Two equally strong title matches: the title gives way only as far as both do."""
    if not a or not b:
        return False
    if a == b:
        return a
    return "credentials" if "credentials" in (a, b) else "work" if "work" in (a, b) else True


def credentialed(t: LayerTally) -> float:
    """What the credentials and the lines saying the person is licensed or has practised count."""
    return sum(g.counted if g.group == "credentials" else g.claimed for g in t.groups)


def _credentialed(t: LayerTally, scoring: Scoring) -> bool:
    """Credentials that count `strong_score` (a licence: RN, MD, PharmD, or a line such as 'Hospitalist, Kaiser
    Permanente, 2012-2020'), not an abbreviation that is often something else ('Product Manager (PT)' is
    part-time, not a physical therapist)."""
    return credentialed(t) >= scoring.strong_score


@dataclasses.dataclass(frozen=True)
class _Shown:
    """The layers with evidence beyond the title that may set a generic title aside: `proven`, hands-on or the
    department; `worked`, hands-on in the skills, background or credentials (the department aside)."""

    proven: set[Layer]
    worked: set[Layer]


def _shows_work(t: LayerTally, proven: set[Layer], scoring: Scoring) -> bool:
    """Whether the rest of a record shows this layer's work clearly enough to outweigh a generic title."""
    enough = scoring.min_score if t.layer in proven else scoring.strong_score
    return t.beyond_title >= enough


def _does_work(t: LayerTally, worked: set[Layer], scoring: Scoring) -> bool:
    """Whether the skills, background or credentials show this layer's hands-on work, the department aside."""
    return t.layer in worked and t.beyond_title - _counted(t, "team") >= scoring.min_score


def _counted(t: LayerTally, group: str) -> float:
    return sum(g.counted for g in t.groups if g.group == group)


def _set_aside_generic_titles(
    tallies: dict[Layer, LayerTally], generic_title: dict[Layer, Generic], evidence: _Shown, scoring: Scoring
) -> dict[Layer, LayerTally]:
    shown = {layer for layer, t in tallies.items() if _shows_work(t, evidence.proven, scoring)}
    credentialed = {layer for layer, t in tallies.items() if _credentialed(t, scoring)}
    worked = {layer for layer, t in tallies.items() if _does_work(t, evidence.worked, scoring)}
    out = {}
    for layer, t in tallies.items():
        kind = generic_title.get(layer, False)
        if kind == "work":
            # Never to ML research: one who did ML before a compliance job does compliance now, and counted as ML
            # research would raise the very ratio the audit gates on the strength of a past job.
            gives_way_to = set() if t.beyond_title > 0 else worked - {Layer.ML_RESEARCH}
        else:
            gives_way_to = credentialed if kind == "credentials" else shown if kind else set()
        if gives_way_to - {layer}:
            groups = tuple(
                dataclasses.replace(g, counted=0.0, set_aside=True) if g.group == "title" else g for g in t.groups
            )
            t = LayerTally.of(layer, groups)
        out[layer] = t
    return out


def set_aside_notes(tallies: dict[Layer, LayerTally], contributions: Iterable[Contribution]) -> list[str]:
    notes = []
    for t in tallies.values():
        if not any(g.set_aside for g in t.groups):
            continue
        title = max(
            (c for c in contributions if c.layer is t.layer and c.group == "title" and c.weight > 0),
            key=lambda c: c.weight,
        )
        others = [o for o in tallies.values() if o.layer is not t.layer]
        if title.generic == "credentials":  # the layer whose credentials set it aside, whatever scores more
            others = [o for o in others if credentialed(o) > 0] or others
        shown = max(others, key=lambda o: o.beyond_title)
        why = (
            (
                f"the record holds a {shown.layer.value} credential"
                if any(g.group == "credentials" and g.counted > 0 for g in shown.groups)
                else f"the record says they are licensed or have practised ({shown.layer.value})"
            )
            if title.generic == "credentials"
            else f"the rest of the record shows {shown.layer.value} work"
        )
        notes.append(
            f"the generic {title.text.removeprefix('title matches ')} ({t.layer.value}) is set aside: {why} "
            f"({shown.beyond_title:g})"
        )
    return notes


def rank(tallies: dict[Layer, LayerTally]) -> list[Layer]:
    """Layers best first: total, then title evidence, then LAYER_ORDER."""
    return sorted(
        LAYER_ORDER,
        key=lambda layer: (-tallies[layer].total, -tallies[layer].title, _ORDER[layer]),
    )


def settled_by(contributions: Iterable[Contribution]) -> Contribution | None:
    """The strongest title match that settles the layer by itself, if any."""
    settling = [c for c in contributions if c.settles and c.weight > 0 and c.group == "title"]
    if not settling:
        return None
    return min(settling, key=lambda c: (-c.weight, LAYER_ORDER.index(c.layer)))


def tie_note(tallies: dict[Layer, LayerTally], ranked: list[Layer]) -> str | None:
    best, runner_up = tallies[ranked[0]], tallies[ranked[1]]
    if best.total <= 0 or best.total != runner_up.total:
        return None
    if best.title > runner_up.title:
        why = f"title evidence ({best.title:g} against {runner_up.title:g})"
    else:
        why = "layer order (clinical, integration, compliance, ml_research, other)"
    winner, loser = best.layer.value, runner_up.layer.value
    return f"tie between {winner} and {loser} at {best.total:g}: {winner} wins on {why}"


def confidence(best: float, runner_up: float, strong: float) -> float:
    """How sure: the best score's strength (saturating at `strong`) and its margin over the runner-up."""
    if best <= 0:
        return 0.0
    strength = min(1.0, best / strong)
    margin = (best - runner_up) / best
    return round(strength * (0.4 + 0.6 * margin), 2)


def unsure_confidence(best: float, min_score: float) -> float:
    """Nothing reached `min_score`: `other` by default, and as unsure as the evidence is thin."""
    return round(0.3 * (1 - best / min_score) + 0.1, 2) if best > 0 else 0.3
