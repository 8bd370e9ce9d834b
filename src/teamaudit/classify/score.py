"""Scoring: a person's contributions -> per-layer tallies -> the layer, the confidence and why.

The rules, in the order they apply (docs/rubrics.md, "How a person is scored"):
1. Each group of evidence (title, skills, background, credentials, team) counts for a layer up to its cap; the
   title counts its strongest match only. A negative signal takes weight from its own group only, so a title
   trap cannot cancel the credentials or the background that say otherwise; one with `cancels` takes only from
   its own line and the signals it names, before the cap ("working with nurses" cancels mentions of nurses,
   not a nurse's past on another line).
2. A generic title word ("software engineer", "analyst": a function, not a domain) is set aside when the rest
   of the record shows another layer's work at `min_score` or more with hands-on evidence or the department
   behind it, or at `strong_score` or more on its own ("knows HIPAA" does not make a software engineer compliance
   staff; "built SMART on FHIR apps" makes them integration). A title generic only to credentials (product,
   program and design roles) is set aside only by another layer's credentials at `strong_score` or more: a nurse
   in product is clinical, a product manager for a FHIR API is not integration staff, 'Product Manager (PT)' is
   part-time.
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
    """A signal or credential counts once per person, however many lines repeat it."""
    seen: set[tuple[Layer, str]] = set()
    kept = []
    for c in hits:
        if (c.layer, c.key) not in seen:
            seen.add((c.layer, c.key))
            kept.append(c)
    return kept


def tally(contributions: Iterable[Contribution], scoring: Scoring) -> dict[Layer, LayerTally]:
    caps = scoring.caps
    limit: dict[str, float | None] = {
        "title": None,
        "skills": caps.skills,
        "background": caps.background,
        "credentials": caps.credentials,
        "team": caps.team,
    }
    contributions = tuple(contributions)
    positives = [c for c in contributions if c.weight > 0]
    left, cancelled = _cancel(positives, [c for c in contributions if c.weight < 0 and c.cancels])
    raw: dict[tuple[Layer, str], float] = {}
    claims: dict[tuple[Layer, str], float] = {}
    negative: dict[tuple[Layer, str], float] = {}
    generic_title: dict[Layer, Generic] = {}
    proven: set[Layer] = set()  # layers with hands-on or department evidence beyond the title
    for c in contributions:
        where = (c.layer, c.group)
        if c.weight < 0:
            if not c.cancels:
                negative[where] = negative.get(where, 0.0) + c.weight
            continue
        weight = left[id(c)]
        if weight > 0 and c.group != "title" and (c.hands_on or c.group == "team"):
            proven.add(c.layer)
        if c.group == "title":
            if where not in raw or weight > raw[where]:
                raw[where] = weight
                generic_title[c.layer] = c.generic
            elif weight == raw[where]:
                generic_title[c.layer] = _stricter(generic_title[c.layer], c.generic)
        else:
            raw[where] = raw.get(where, 0.0) + weight
            if c.credential:
                claims[where] = claims.get(where, 0.0) + weight
    tallies = {}
    for layer in LAYER_ORDER:
        groups = []
        for group in GROUPS:
            where = (layer, group)
            positive, minus, taken = raw.get(where, 0.0), negative.get(where, 0.0), cancelled.get(where, 0.0)
            if positive or minus or taken:
                cap = limit[group]
                counted = round(max(0.0, (positive if cap is None else min(positive, cap)) + minus), 6)
                claimed = min(claims.get(where, 0.0), counted)
                groups.append(GroupTally(group, positive + taken, cap, minus, counted, False, taken, claimed))
        tallies[layer] = LayerTally.of(layer, tuple(groups))
    return _set_aside_generic_titles(tallies, generic_title, proven, scoring)


def _cancel(
    positives: list[Contribution], scoped: list[Contribution]
) -> tuple[dict[int, float], dict[tuple[Layer, str], float]]:
    """What each positive contribution adds once the negatives about it (`cancels`) have taken their weight,
    and what they took per layer and group. A scoped negative takes from its own layer and group only, up to
    its weight: first whatever its own line matched ('Worked closely with ICU nurses for 6 years' is about the
    nurses), then the signals it names on other lines."""
    left = {id(c): c.weight for c in positives}
    taken: dict[tuple[Layer, str], float] = {}
    for n in scoped:
        budget = -n.weight
        mine = [c for c in positives if c.layer is n.layer and c.group == n.group]
        own_line_first = sorted(mine, key=lambda c: c.line != n.line or n.line is None)
        for c in own_line_first:
            if budget <= 0:
                break
            about = c.key in n.cancels or (c.line is not None and c.line == n.line)
            if about and left[id(c)] > 0:
                cut = min(budget, left[id(c)])
                left[id(c)] -= cut
                budget -= cut
                taken[n.layer, n.group] = taken.get((n.layer, n.group), 0.0) + cut
    return left, taken


def _stricter(a: Generic, b: Generic) -> Generic:
    """Two equally strong title matches: the title gives way only as far as both do."""
    if not a or not b:
        return False
    return "credentials" if "credentials" in (a, b) else True


def credentialed(t: LayerTally) -> float:
    """What the credentials and the lines saying the person is licensed or has practised count."""
    return sum(g.counted if g.group == "credentials" else g.claimed for g in t.groups)


def _credentialed(t: LayerTally, scoring: Scoring) -> bool:
    """Credentials that count `strong_score` (a licence: RN, MD, PharmD, or a line such as 'Hospitalist, Kaiser
    Permanente, 2012-2020'), not an abbreviation that is often something else ('Product Manager (PT)' is
    part-time, not a physical therapist)."""
    return credentialed(t) >= scoring.strong_score


def _shows_work(t: LayerTally, proven: set[Layer], scoring: Scoring) -> bool:
    """Whether the rest of a record shows this layer's work clearly enough to outweigh a generic title."""
    enough = scoring.min_score if t.layer in proven else scoring.strong_score
    return t.beyond_title >= enough


def _set_aside_generic_titles(
    tallies: dict[Layer, LayerTally], generic_title: dict[Layer, Generic], proven: set[Layer], scoring: Scoring
) -> dict[Layer, LayerTally]:
    shown = {layer for layer, t in tallies.items() if _shows_work(t, proven, scoring)}
    credentialed = {layer for layer, t in tallies.items() if _credentialed(t, scoring)}
    out = {}
    for layer, t in tallies.items():
        kind = generic_title.get(layer, False)
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
