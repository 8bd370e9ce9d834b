"""Renderers for `teamaudit diff`: text, markdown (a ready pull-request comment) and json."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from teamaudit.counts import first_few
from teamaudit.diff import Change, Declared, DiffReport, delta, signed
from teamaudit.gatefiles import AddedSuppression
from teamaudit.model import Composition, Finding, Layer, Report, Scope
from teamaudit.render import escape
from teamaudit.render.common import holds_only_by_declaration
from teamaudit.render.json_format import composition, dumps, finding
from teamaudit.render.markdown import PEOPLE_LISTED
from teamaudit.render.prose import counted
from teamaudit.rules.base import amount, fmt, fte_figure, number, ratio_figure, threshold_figure
from teamaudit.rules.ta001_ml_over_index import over_indexed, shortfall


def _ratio(c: Composition, threshold: float) -> str:
    """As check's findings show it (rules/base.py's `ratio_figure`), from the unrounded ratio: a ratio of 1.001 over a
    threshold of 1.00 read '1.00', the threshold, which passes, and so did 1.00001 from the four decimals
    Composition.ratio keeps."""
    return "n/a" if c.ratio is None else ratio_figure(c, threshold)


def _views(d: DiffReport) -> list[Scope]:
    return [Scope.CURRENT, Scope.PLAN] if (d.base.has_future or d.head.has_future) else [Scope.CURRENT]


def _side(layer: Layer | None, guess: bool, declared: bool = False) -> str:
    if layer is None:
        return "-"
    return layer.value + (" (guess)" if guess else "") + (" (declared)" if declared else "")


def _who(change: Change, shown: Callable[[str], str], arrow: str) -> str:
    """`name (title, was old name, id old -> new): layers; status`: a side's status is named when a person comes,
    goes or moves between current, planned and open; a layer written in the file is marked declared; a person
    whose id and name point at different people, and whose record cannot tell which, is marked unsure."""
    before = _side(change.before, change.before_guess, change.before_declared)
    after = _side(change.after, change.after_guess, change.after_declared)
    about = [shown(change.title)]
    if change.was:
        about.append(f"was {shown(change.was)}")
    if change.id_changed:
        about.append(f"id {shown(change.before_id or '')} {arrow} {shown(change.after_id or '')}")
    if change.fte_changed:
        about.append(f"fte {fte_figure(change.before_fte or 0)} {arrow} {fte_figure(change.after_fte or 0)}")
    layers = before if before == after else f"{before} {arrow} {after}"
    b, a = change.before_status, change.after_status
    if b is None or a is None:
        about.append(str(a or b))
    elif b is not a:
        layers += f"; {b} {arrow} {a}"
    if change.unsure:
        about.append(UNSURE)
    return f"{shown(change.name)} ({', '.join(about)}): {layers}"


UNSURE = "unsure who is who: ids and names point at different people"
PASSES = "the change does not make the team more over-indexed"


def _passes(d: DiffReport) -> str:
    """Why a passing change passes: it is not more over-indexed, or it is and the run does not fail on it; a
    change that lowers the ratio says by how much, as one that raises it does."""
    if d.quiet_rise:
        return d.quiet_rise
    view = _view(d)
    base, head = d.base.composition(view), d.head.composition(view)
    before, after = base.ratio, head.ratio
    # ML research and no layers at all (no ratio) to some layers lowers it too: a seed team's one ML requisition
    # converted to a nurse was told only that it 'does not make the team more over-indexed'
    lowered = after is not None and (after < before - 0.005 if before is not None else base.ml > 0)
    if not lowered:
        return PASSES
    threshold = d.head.rubric.ml_ratio
    if not over_indexed(base, threshold):  # "less over-indexed" said of a team that never was
        did = "lowers the ratio, over-indexed neither before nor after"
    elif over_indexed(head, threshold):
        did = "makes the team less over-indexed"
    else:
        did = "ends the over-indexing"
    return f"the change {did}: {headline(d)}"


def by_declaration(d: DiffReport) -> str | None:
    """That HEAD's verdict holds only by declaration, in check's words: a pull request that declares its ML
    researchers clinical 'ends the over-indexing' only while the rubric's reading of them is set aside (TA007)."""
    view = _view(d)
    if not d.head.has_future:  # a file with no plan audits one view, its current staff, under the scope's name
        view = d.head.scope
    return holds_only_by_declaration(d.head.firmness_of(view))


def _view(d: DiffReport) -> Scope:
    """The view the verdict line speaks of: the scope, or current staff when neither side has a plan."""
    return d.head.scope if d.head.has_future or d.base.has_future else Scope.CURRENT


def headline(d: DiffReport) -> str:
    """The ratio the verdict stands on, before and after, as a passing change's reason and the line `diff -o` says
    on stderr give it: 'ML : layers 0.98 -> 1.00001 (plan view, max 1.00)'; '0.62, from no layers at all' where the
    base has none (a side with none is 'n/a' otherwise, as in the composition table)."""
    view, threshold = _view(d), d.head.rubric.ml_ratio
    base, head = d.base.composition(view), d.head.composition(view)
    moved = (
        f"{_ratio(head, threshold)}, from no layers at all"
        if base.ratio is None and head.ratio is not None
        else f"{_ratio(base, threshold)} -> {_ratio(head, threshold)}"
    )
    return f"ML : layers {moved} ({view.value} view, max {threshold_figure(threshold)})"


def gate_edited(d: DiffReport) -> str | None:
    """That the change edits the files the gate is set by, which the diff's columns cannot show."""
    if not d.gate_edited:
        return None
    files = "; ".join(
        f"{', '.join(paths)} {_GATE_EDITS[how][len(paths) > 1]}"
        for how in _GATE_EDITS
        if (paths := [edit.path for edit in d.gate_edited if edit.how == how])
    )
    if d.judged_at is not None:
        return (
            f"this change edits what judges it: {files}; both sides were judged by the files committed at "
            f"{d.judged_at} (--config-from), so the edit takes effect once merged"
        )
    return (
        f"this change edits what judges it: {files}, and both sides were audited with this branch's, so what the edit "
        "moves is not in this diff (check judges the plan with it)"
    )


_GATE_EDITS = {  # how a gate file is edited: said of one file, of several
    "edited": ("differs from the base", "differ from the base"),
    "added": ("is new (the base has no file there)", "are new (the base has no file there)"),
    "deleted": ("is deleted (the base has it)", "are deleted (the base has them)"),
}


def declarations(d: DiffReport) -> str | None:
    """The layers the change declares, grouped by what the rubric reads from each record: "this change declares 3
    people's layers: 3 people declared clinical by this change, the rubric reads them ml_research: A (line 3), ..."."""
    if not d.declared:
        return None
    groups: dict[tuple[str, str], list[Declared]] = {}
    for x in sorted(d.declared, key=lambda x: not x.contradicts):  # the contradicted first
        groups.setdefault((x.layer.value, _reads(x)), []).append(x)
    said = [
        f"{counted(len(xs), 'person', 'people')} declared {layer} by this change, {reads}: {_named(xs)}"
        for (layer, reads), xs in groups.items()
    ]
    whose = counted(len(d.declared), "person's layer", "people's layers")
    return f"this change declares {whose}: " + "; ".join(said)


def _reads(x: Declared) -> str:
    if x.contradicts:
        return f"the rubric reads them {x.reads.value} (TA007)"
    if x.reads is x.layer:
        return "the rubric agrees"
    return f"the rubric is unsure ({x.reads.value}, {x.confidence:.2f})"


def _named(declared: list[Declared], limit: int = 5) -> str:
    names = [f"{x.name} (line {x.line})" for x in declared[:limit]]
    return first_few(names, len(declared), comma_before_and=True)


def added_suppressions(d: DiffReport) -> str | None:
    """The suppressions the change adds or lengthens, each where it is written and until when: both sides were
    audited with them, so the findings they accept are in neither side's list."""
    if not d.suppressions_added:
        return None
    named = "; ".join(_suppression(added) for added in d.suppressions_added)
    if d.judged_at is not None:
        return (
            f"this change adds suppressions, which this run did not apply (both sides were judged by the config "
            f"committed at {d.judged_at}, --config-from) and which apply once merged: {named}"
        )
    return (
        "this change adds suppressions, and both sides were audited with them, so the findings they accept are in "
        f"neither: {named}"
    )


def _suppression(added: AddedSuppression) -> str:
    """`TA001 (integration, plan view, one person) at .teamaudit.yaml:3 until 2099-01-01 (the base's until
    2027-01-01)`; a person is not named, as --redact would have the reports name them otherwise."""
    s = added.suppression
    about = [part for part in (s.layer and s.layer.value, s.view and f"{s.view.value} view") if part]
    about += ["one person"] if s.person else []
    target = s.rule + (f" ({', '.join(about)})" if about else "")
    until = f"until {s.until.isoformat()}" if s.until else "with no until, so it never expires"
    base = added.base_until
    was = "" if base is None else f" (the base's {'never expires' if base == dt.date.max else f'until {base}'})"
    return f"{target} at {s.where} {until}{was}"


def plan_standing(d: DiffReport) -> str | None:
    """Where the plan stands after the change when it is over the threshold, and by how much: a change
    that is not worse can still leave the plan over-indexed."""
    before, after = d.base.composition(Scope.PLAN), d.head.composition(Scope.PLAN)
    threshold = d.head.rubric.ml_ratio
    if not over_indexed(after, threshold):
        return None
    basis = d.head.basis
    verb = "stays" if over_indexed(before, threshold) else "becomes"
    ratio = f"ratio {_ratio(after, threshold)}" if after.ratio is not None else "no layers"
    short = f"; {amount(shortfall(after, threshold), basis)} more in the three layers would reach it"  # TA001's gap
    return (
        f"the plan {verb} over-indexed: ML research {number(after.ml, basis)} vs layers {amount(after.layers, basis)} "
        f"({ratio}, max {threshold_figure(threshold)}){short}"
    )


def _people_lines(d: DiffReport) -> list[tuple[str, tuple[Change, ...]]]:
    return [
        ("added", d.added),
        ("removed", d.removed),
        ("reclassified", d.reclassified),
        ("whose status changed", d.status_changed),
        ("renamed", d.renamed),
        ("whose id changed", d.id_changed),
        ("whose fte changed", d.fte_changed),
    ]


def _lead(d: DiffReport) -> str:
    """The verdict line's words: why the change fails, or why it passes, and whether that holds only by declaration."""
    said = "; ".join(d.reasons) or _passes(d)
    declared = by_declaration(d)
    return f"{said}. {declared}" if declared else said


def text(d: DiffReport) -> str:
    header = f"{d.base.source} -> {d.head.source} | rubric {d.head.rubric.name} {d.head.rubric.version}"
    out = [
        f"teamaudit diff | {escape.text(header)}",
        ("FAIL" if d.verdict == "fail" else "PASS") + "  " + escape.text(_lead(d)),
    ]
    standing = plan_standing(d)
    if standing:
        out.append(standing[0].upper() + standing[1:] + ".")
    for note in (gate_edited(d), added_suppressions(d), declarations(d)):
        if note:
            out.append(escape.text(note[0].upper() + note[1:] + "."))
    out.append("")
    for view in _views(d):
        b, h = d.base.composition(view), d.head.composition(view)
        out.append(f"{view.value} view ({d.head.basis.unit}):")
        rows = [("layer", "people", "FTE")]
        for layer in Layer:
            dh, df = delta(b, h, layer)
            people = f"{b.count(layer).headcount} -> {h.count(layer).headcount} ({dh:+d})"
            fte = f"{fmt(b.count(layer).fte)} -> {fmt(h.count(layer).fte)} ({signed(df)})"
            rows.append((layer.value, people, fte))
        # As wide as the widest cell, so a 100,000-person team lines up as a 10-person one does.
        people_w, fte_w = (max(14, *(len(row[i]) for row in rows)) for i in (1, 2))
        out.extend(f"  {name:<12} {people:>{people_w}}  {fte:>{fte_w}}" for name, people, fte in rows)
        threshold = d.head.rubric.ml_ratio
        moved = f"{_ratio(b, threshold)} -> {_ratio(h, threshold)}"
        out.append(f"  ML : layers  {moved} (max {threshold_figure(threshold)})")
        out.append("")
    for label, changes in _people_lines(d):
        if changes:
            out.append(f"people {label}:")
            out.extend(f"  - {_who(c, escape.text, '->')}" for c in changes)
    for label, findings, side in _finding_lists(d, "findings appeared", "findings resolved"):
        if findings:
            out.append(f"{label}:")
            out.extend(
                f"  {f.severity.value.upper():8}{f.rule} {f.name}: {escape.text(f.message + _standing(f, side))}"
                for f in findings
            )
    return "\n".join(out).rstrip() + "\n"


def markdown(d: DiffReport) -> str:
    icon = "❌" if d.verdict == "fail" else "✅"
    out = [f"## teamaudit diff: {icon} {d.verdict.upper()}", ""]
    if d.reasons:
        # The reasons' arrows as the tables draw them ("1.00 -> 1.50" read as a raw "-&gt;" in the comment's source).
        out += [f"- {escape.markdown(r).replace(' -&gt; ', ' → ')}" for r in d.reasons] + [""]
        declared = by_declaration(d)
        out += [escape.markdown(declared), ""] if declared else []
    else:
        passes = _lead(d)
        out += [escape.markdown(passes[0].upper() + passes[1:]).replace(" -&gt; ", " → ").rstrip(".") + ".", ""]
    standing = plan_standing(d)
    if standing:
        out += [f"**{standing[0].upper() + standing[1:]}.**", ""]
    for note in (gate_edited(d), added_suppressions(d), declarations(d)):
        if note:
            out += [f"**{escape.markdown(note[0].upper() + note[1:])}.**", ""]
    for view in _views(d):
        b, h = d.base.composition(view), d.head.composition(view)
        out += [f"**{view.value} view** ({d.head.basis.unit})", "", "| layer | people | FTE |", "|---|---:|---:|"]
        for layer in Layer:
            dh, df = delta(b, h, layer)
            out.append(
                f"| `{layer.value}` | {b.count(layer).headcount} → {h.count(layer).headcount} ({dh:+d}) | "
                f"{fmt(b.count(layer).fte)} → {fmt(h.count(layer).fte)} ({signed(df)}) |"
            )
        threshold = d.head.rubric.ml_ratio
        moved = f"{_ratio(b, threshold)} → **{_ratio(h, threshold)}**"
        out.append(f"| **ML : layers** | | {moved} (max {threshold_figure(threshold)}) |")
        out.append("")
    # A job summary (1 MiB at most on GitHub, dropped whole when larger) or a comment: each list shows its first
    # PEOPLE_LISTED entries and counts the rest, as check's markdown does.
    for label, changes in _people_lines(d):
        if changes:
            rows = [f"- {_who(c, escape.markdown, '→')}" for c in changes[:PEOPLE_LISTED]]
            out += [f"**People {label}**", "", *rows, *_rest(len(changes)), ""]
    for label, findings, side in _finding_lists(d, "Findings appeared", "Findings resolved"):
        if findings:
            rows = [
                f"- `{f.rule}` {f.name}: {escape.markdown(f.message + _standing(f, side))}"
                for f in findings[:PEOPLE_LISTED]
            ]
            out += [f"**{label}**", "", *rows, *_rest(len(findings)), ""]
    return "\n".join(out)


def _rest(listed: int) -> list[str]:
    more = listed - PEOPLE_LISTED
    return [f"- *... and {more:,} more; the text or JSON output lists them all*"] if more > 0 else []


def _change(c: Change) -> dict[str, Any]:
    return {
        "name": c.name,
        "title": c.title,
        "before": c.before.value if c.before else None,
        "after": c.after.value if c.after else None,
        "before_guess": c.before_guess,
        "after_guess": c.after_guess,
        "line": c.line,
        "was": c.was,
        "status_before": c.before_status.value if c.before_status else None,
        "status_after": c.after_status.value if c.after_status else None,
        "declared_before": c.before_declared,
        "declared_after": c.after_declared,
        "id_before": c.before_id,
        "id_after": c.after_id,
        "unsure": c.unsure,
        "fte_before": c.before_fte,
        "fte_after": c.after_fte,
    }


def _finding_lists(d: DiffReport, appeared: str, resolved: str) -> tuple[tuple[str, tuple[Finding, ...], Report], ...]:
    """Each list of findings with its label and the side whose run it belongs to."""
    return ((appeared, d.appeared, d.head), (resolved, d.disappeared, d.base))


def _standing(f: Finding, side: Report) -> str:
    """How a listed finding stands in its side's run: suppressed, in the view beside the scope, or shown without
    failing it."""
    if f.suppressed:
        return f" (suppressed: {f.suppressed})"
    if f.view is not side.scope:
        return f" ({f.view.value} view; not failing)"
    return "" if side.is_failing(f) else " (not failing)"


def _declared(x: Declared) -> dict[str, Any]:
    return {
        "name": x.name,
        "line": x.line,
        "declared": x.layer.value,
        "rubric_reads": x.reads.value,
        "rubric_confidence": round(x.confidence, 2),
        "contradicts": x.contradicts,
    }


def _added(added: AddedSuppression) -> dict[str, Any]:
    s, base = added.suppression, added.base_until
    return {
        "rule": s.rule,
        "layer": s.layer.value if s.layer else None,
        "view": s.view.value if s.view else None,
        "one_person": s.person is not None,
        "file": s.file,
        "line": s.line,
        "until": s.until.isoformat() if s.until else None,
        "base_until": None if base is None or base == dt.date.max else base.isoformat(),
        "base_had_one": base is not None,
    }


def json_doc(d: DiffReport) -> str:
    t = d.head.rubric.ml_ratio
    doc = {
        "schema_version": 1,
        "tool": {"name": "teamaudit", "version": d.head.tool_version},
        "base": d.base.source,
        "head": d.head.source,
        "rubric": {"name": d.head.rubric.name, "version": d.head.rubric.version},
        "verdict": d.verdict,
        "redacted": d.head.redacted,
        "reasons": list(d.reasons),
        "quiet_rise": d.quiet_rise,
        "by_declaration": by_declaration(d),
        "plan_standing": plan_standing(d),
        "gate_edited": [edit.path for edit in d.gate_edited],
        "gate_edits": [{"file": edit.path, "change": edit.how} for edit in d.gate_edited],
        "judged_at": d.judged_at,
        "suppressions_added": [_added(added) for added in d.suppressions_added],
        "declared_by_change": [_declared(x) for x in d.declared],
        "composition": {
            view.value: {side: composition(r.composition(view), t) for side, r in (("base", d.base), ("head", d.head))}
            for view in (Scope.CURRENT, Scope.PLAN)
        },
        "people": {
            "added": [_change(c) for c in d.added],
            "removed": [_change(c) for c in d.removed],
            "reclassified": [_change(c) for c in d.reclassified],
            "status_changed": [_change(c) for c in d.status_changed],
            "renamed": [_change(c) for c in d.renamed],
            "id_changed": [_change(c) for c in d.id_changed],
            "fte_changed": [_change(c) for c in d.fte_changed],
        },
        "findings": {
            "appeared": [finding(f, d.head.is_failing(f)) for f in d.appeared],
            "resolved": [finding(f, d.base.is_failing(f)) for f in d.disappeared],
        },
    }
    return dumps(doc, indent=2) + "\n"
