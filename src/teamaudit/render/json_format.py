"""`--format json`: the stable, documented machine-readable report (described by docs/report.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from teamaudit.headroom import room_before_over
from teamaudit.model import (
    ClassifiedPerson,
    Composition,
    Finding,
    Firmness,
    Layer,
    Recommendation,
    Report,
    Scope,
    Severity,
)
from teamaudit.render import RenderOptions, escape
from teamaudit.render.common import firmness_sentence, near_threshold
from teamaudit.render.gap import GapNote, Hires, gap_notes, the_gap
from teamaudit.rules.base import ratio_value

SCHEMA_VERSION = 1


def composition(c: Composition, threshold: float) -> dict[str, Any]:
    return {
        "layers": {count.layer.value: {"headcount": count.headcount, "fte": figure(count.fte)} for count in c.counts},
        "total": {
            "headcount": sum(count.headcount for count in c.counts),
            "fte": figure(sum(count.fte for count in c.counts)),
        },
        "ml_research": figure(c.ml),
        "three_layers": figure(c.layers),
        "ml_to_layers_ratio": ratio_value(c, threshold),
    }


def figure(amount: float) -> float:
    """An FTE or a sum of them to the six decimals a Composition keeps: at four, three people at 0.33333 FTE summed
    to 1.0 beside ML research's 1.0 and a failing verdict."""
    return round(amount, 6)


def person(p: ClassifiedPerson) -> dict[str, Any]:
    return {
        "name": p.person.name,
        "title": p.person.title,
        "id": p.person.id,
        "team": p.person.team,
        "status": p.person.status.value,
        "employment": p.person.employment.value if p.person.employment else None,
        "fte": p.person.fte,
        "skills": list(p.person.skills),
        "layer": p.layer.value,
        "confidence": p.classification.confidence,
        "evidence": list(p.classification.evidence),
        "hands_on": p.hands_on,
        "source": p.classification.source,
        "line": p.person.line,
    }


def firmness(f: Firmness, report: Report) -> dict[str, Any]:
    return {
        "over_indexed": f.over,
        "unsure": f.unsure,
        "holds": f.holds,
        "to_flip": f.to_flip,
        "fte_in_doubt": f.fte_doubts,
        "fte_in_doubt_kinds": {kind.value: count for kind, count in f.fte_in_doubt},
        "to_flip_fte_in_doubt": f.to_flip_fte,
        "if_unsure_in_layers": _amounts(f.best_ml + f.ml_in_doubt, f.best_layers),
        "if_unsure_ml_research": _amounts(f.worst_ml, f.worst_layers + f.layers_in_doubt),
        "best_case": _amounts(f.best_ml, f.best_layers),
        "worst_case": _amounts(f.worst_ml, f.worst_layers),
        "contradicted_declarations": f.contradicted,
        "holds_only_by_declaration": f.by_declaration,
        "text": firmness_sentence(report, f.view),
    }


def _amounts(ml: float, layers: float) -> dict[str, float]:
    return {"ml_research": figure(ml), "three_layers": figure(layers)}


def finding(f: Finding, failing: bool = False) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.message,
        "view": f.view.value,
        "layer": f.layer.value if isinstance(f.layer, Layer) else None,
        "person": f.person,
        "line": f.line,
        "file": f.file,
        "suppressed": f.suppressed,
        "suppressed_until": f.until.isoformat() if f.until else None,
        "failing": failing,
    }


def recommendation(r: Recommendation, currency: str, gap: GapNote | None = None) -> dict[str, Any]:
    return {
        "rule": r.rule,
        "layer": r.layer.value if r.layer else None,
        "role": r.role,
        "fte": r.fte,
        "text": r.text,
        "compensation": (
            {
                "low": r.comp_low,
                "high": r.comp_high,
                "currency": currency,
                "label": r.comp_label,
                "source": r.source,
            }
            if r.comp_low is not None
            else None
        ),
        "source": r.source,
        "gap": {"part": gap.part, "note": gap.note} if gap else None,
    }


def gap(report: Report) -> dict[str, Any]:
    """The gap the recommendations close, in figures, and what converting the open ML requisitions a recommendation
    names leaves: the numbers the notes and the HTML report's Hire first word (render/gap.py)."""
    the = the_gap(report)
    converting = None
    if the.convert is not None:
        converting = {
            "layer": the.convert.layer.value if the.convert.layer else None,
            "requisitions": list(the.convert.converts),
            "amount": figure(the.convert.fte or 0.0),
            "closes": figure(the.closed_by_converting),
            "left": figure(the.after_total),
            "left_by_layer": _by_layer(the.after or []),
        }
    return {
        "total": figure(float(the.total)),
        "by_layer": _by_layer(the.hires),
        "over_index": figure(float(the.over_index)),
        "shortfall": figure(float(the.shortfall)),
        "if_converted": converting,
    }


def _by_layer(hires: Hires) -> dict[str, float]:
    return {layer.value: figure(fte) for layer, fte, _ in hires}


def _keyed_views(report: Report) -> list[tuple[Scope, Scope]]:
    """Each key of the per-view objects, with the view audited for it. A file with no planned hires or open
    requisitions audits one view, its current staff, which is also its plan: it is given under both keys, as
    `composition` gives both. Keyed by `--scope` alone, the same file's firmness was `plan` or `current` by the
    option, and a pipeline reading `firmness.plan.holds` (docs/ci.md) found nothing under `--scope current`. The keys
    come in one order, `composition`'s, whatever the scope: in the scope's, two reports of one file differed in it."""
    keys = (Scope.CURRENT, Scope.PLAN)
    return [(key, key if report.has_future else report.scope) for key in keys]


def _summary(report: Report) -> dict[str, Any]:
    """Everything but the three lists that grow with the team."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "teamaudit", "version": report.tool_version},
        "source": report.source,
        "organization": report.organization,
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "rubric": {"name": report.rubric.name, "version": report.rubric.version, "currency": report.rubric.currency},
        "thresholds": {"ml_ratio": report.rubric.ml_ratio, "confidence": report.rubric.confidence},
        "scope": report.scope.value,
        "basis": report.basis.value,
        "fail_on": report.fail_on.value,
        "verdict": report.verdict,
        "redacted": report.redacted,
        "verdict_by_view": {key.value: report.view_verdict(view) for key, view in _keyed_views(report)},
        "firmness": {
            key.value: firmness(f, report) for key, view in _keyed_views(report) if (f := report.firmness_of(view))
        },
        "near_threshold": {
            key.value: {"room": room, "text": near_threshold(report, view)}
            for key, view in _keyed_views(report)
            if (room := room_before_over(report.composition(view), report.rubric.ml_ratio)) is not None
        },
        "summary": {severity.value: sum(1 for f in report.findings if f.severity is severity) for severity in Severity},
        "composition": {c.view.value: composition(c, report.rubric.ml_ratio) for c in report.compositions},
        "cost_total": {view.value: report.cost_total(view) for view in (Scope.CURRENT, Scope.PLAN)},
        "cost_withheld": {view.value: report.cost_withheld(view) for view in (Scope.CURRENT, Scope.PLAN)},
        "cost_uncosted": {view.value: report.cost_uncosted(view) for view in (Scope.CURRENT, Scope.PLAN)},
        "cost_currency": report.cost_currency,
        "gap": gap(report),
    }


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    """The document as `json.dumps(indent=2)` would write it, except that each person is on one line
    (readable and diffable), written a piece at a time so a 100,000-person report is never held in memory
    whole. Lists are encoded item by item: json uses its fast C encoder only without indent."""
    yield "{\n"
    for key, value in _summary(report).items():
        yield f"  {json.dumps(key)}: {_indented(value, 1)},\n"
    yield '  "people": '
    yield from list_chunks((person(p) for p in report.people), len(report.people), level=1, compact=True)
    yield ',\n  "findings": '
    yield from list_chunks((finding(f, report.is_failing(f)) for f in report.findings), len(report.findings), level=1)
    other = report.findings_in(report.other_view) if report.other_view else ()
    yield ',\n  "other_view_findings": '
    yield from list_chunks((finding(f) for f in other), len(other), level=1)
    yield ',\n  "recommendations": '
    notes = gap_notes(report, report.recommendations, numbered=False)
    yield from list_chunks(
        (recommendation(r, report.rubric.currency, n) for r, n in zip(report.recommendations, notes, strict=True)),
        len(report.recommendations),
        level=1,
    )
    yield "\n}\n"


def list_chunks(items: Iterator[dict[str, Any]], count: int, *, level: int, compact: bool = False) -> Iterator[str]:
    """A list of `count` items as `json.dumps(indent=2)` writes it `level` levels deep, an item at a time;
    `compact` puts each item on one line."""
    if not count:
        yield "[]"
        return
    yield "[\n"
    inner = "  " * (level + 1)
    for i, item in enumerate(items):
        text = dumps(item) if compact else _indented(item, level + 1)
        yield inner + text + (",\n" if i < count - 1 else "\n")
    yield "  " * level + "]"


def _indented(value: Any, level: int) -> str:
    """`value` as json.dumps(indent=2) writes it `level` levels deep in a document."""
    return dumps(value, indent=2).replace("\n", "\n" + "  " * level)


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON that strict parsers accept for any input: a non-finite number (a `cost:` of 1e308 twice sums to
    infinity) is written as null, never as Infinity or NaN."""
    try:
        text = json.dumps(value, indent=indent, ensure_ascii=False, allow_nan=False)
    except ValueError:
        text = json.dumps(escape.json_value(value), indent=indent, ensure_ascii=False, allow_nan=False)
    return escape.json_text(text)


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))
