"""`--format markdown`: a report that reads well as a pull-request comment."""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.model import ClassifiedPerson, Finding, Layer, Report, Scope, Severity
from teamaudit.render import RenderOptions, escape
from teamaudit.render.common import (
    firmness_sentences,
    first_step,
    headline,
    in_chunks,
    left_out,
    listed,
    near_threshold_notes,
    no_findings,
    other_view_findings,
    other_view_title,
    recommendation_details,
    share_header,
    source_tag,
    status_cell,
    verdict_firmness,
    views_in_words,
)
from teamaudit.render.gap import gap_notes
from teamaudit.render.people import by_layer, hands_on, said_once
from teamaudit.render.prose import counted, layer_label, layer_name
from teamaudit.rules.base import fmt, ratio_figure, threshold_figure

_ICON = {Severity.ERROR: "🔴 error", Severity.WARNING: "🟠 warning", Severity.INFO: "🔵 info"}


def cell(text: str) -> str:
    """A user string in a table cell or list item: inert (see escape.markdown)."""
    return escape.markdown(text)


def composition_table(report: Report) -> list[str]:
    views = [report.composition(Scope.CURRENT)]
    if report.has_future:
        views.append(report.composition(Scope.PLAN))
    header = ["layer"] + [f"{c.view.value} people | {c.view.value} FTE" for c in views] + [share_header(report)]
    lines = ["| " + " | ".join(header) + " |", "|---" + "|---:" * (2 * len(views) + 1) + "|"]
    scoped = report.composition(report.scope)
    for layer in Layer:
        row = [f"`{layer.value}`"]
        for c in views:
            count = c.count(layer)
            row += [str(count.headcount), fmt(count.fte)]
        row.append(f"{scoped.share(layer):.0%}")
        lines.append("| " + " | ".join(row) + " |")
    ratios = ["**ML : layers**"]
    for c in views:
        ratios += ["", "n/a" if c.ratio is None else f"**{ratio_figure(c, report.rubric.ml_ratio)}**"]
    ratios.append(f"max {threshold_figure(report.rubric.ml_ratio)}")
    lines.append("| " + " | ".join(ratios) + " |")
    return lines


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    """The report in pieces: the summary, then the people by layer, a few thousand rows at a time."""
    yield "\n".join(_summary(report, options.details))
    yield from _by_layer(report, options.details)


# A pull-request comment or a job summary (1 MiB at most on GitHub) lists this many people of each layer and counts
# the rest, unless --details asks for everyone; the HTML report lists everyone.
PEOPLE_LISTED = 50


def _by_layer(report: Report, details: bool) -> Iterator[str]:
    """The HTML report's People by layer, folded: each layer's people, most certain first, with their hands-on
    evidence. With --details it is the one list of everyone: each row also gives the person's line in the team file
    and the evidence for the layer (a second list of everyone, in file order, said the same again)."""
    layers = list(by_layer(report))
    if not layers:
        return
    counts = f"{counted(len(report.people), 'person', 'people')}: " + ", ".join(
        f"{layer_label(layer)} {len(members):,}" for layer, members in layers
    )
    yield f"\n### People by layer\n\n<details><summary>{counts}</summary>\n"
    for layer, members in layers:
        shown = members if details else members[:PEOPLE_LISTED]
        yield f"\n#### {layer_label(layer)}: {counted(len(members), 'person', 'people')}\n\n" + (
            _DETAILED_HEADER if details else _HEADER
        )
        yield from in_chunks(_layer_row(p, layer, details) for p in shown)
        if len(shown) < len(members):
            rest = f"{len(members) - len(shown):,} more {layer_name(layer)} people"
            yield f"\n*... and {rest}; --details, `teamaudit report` or --format json lists them all*\n"
    yield "\n</details>\n"


NOTHING_MORE = "\u2014"
_HEADER = "| name | title | status | FTE | confidence | hands-on evidence |\n|---|---|---|---:|---:|---|\n"
_DETAILED_HEADER = (
    "| line | name | title | status | FTE | confidence | hands-on evidence | evidence for the layer |\n"
    "|---:|---|---|---|---:|---:|---|---|\n"
)


def _layer_row(p: ClassifiedPerson, layer: Layer, details: bool) -> str:
    c = p.classification
    proof = hands_on(p, layer)
    shown = proof if isinstance(proof, str) else "; ".join(text for text, _ in said_once(proof))
    row = (
        f"| {cell(p.person.name)} | {cell(p.person.title)} | {status_cell(p.person)} | {fmt(p.person.fte)} | "
        f"{c.confidence:.2f}{source_tag(c)} | {cell(shown)} |"
    )
    if details:  # the evidence the hands-on column has not shown already
        said = set() if isinstance(proof, str) else {x.text for x in proof}
        why = [e for e in c.evidence if e not in said][:2]
        row = f"| {p.person.line} {row} {cell('; '.join(why)) if why else NOTHING_MORE} |"
    return row + "\n"


def _summary(report: Report, details: bool) -> list[str]:
    verdict = "❌ FAIL" if report.verdict == "fail" else "✅ PASS"
    firmness = verdict_firmness(report)
    if firmness and not firmness[0]:  # a caution beside the verdict; the firm case stays quiet
        verdict += f", ⚠️ {firmness[1]}"
    org = f" · {cell(report.organization)}" if report.organization else ""
    rubric = cell(f"{report.rubric.name} {report.rubric.version}")
    out = [
        f"## teamaudit: {verdict}",
        "",
        f"**{headline(report)}** · {cell(report.source)}{org} · rubric {rubric} · failing at `{report.fail_on.value}`",
        "",
    ]
    both = views_in_words(report)
    if both:
        out += [f"**{both}**", ""]
    out += [*(f"> {cell(sentence)}" for sentence in firmness_sentences(report)), ""]
    near = near_threshold_notes(report)
    if near:
        out += [*(f"> ⚠️ {cell(note)}" for note in near), ""]
    step = first_step(report)
    if step:
        out += [f"**{cell(step)}**", ""]
    out += [*composition_table(report), ""]
    if report.findings:
        out += _findings("### Findings", report.findings, "", details)
    else:
        out += [no_findings(report), ""]
    other = report.other_view
    if other and report.findings_in(other):
        out += _findings(f"### {other_view_title(other)}", *other_view_findings(report, other), details)
    if report.recommendations:
        out += ["### Recommendations", ""]
        recommendations, hidden = listed(report.recommendations, details)
        notes = gap_notes(report, recommendations)
        for i, (r, note) in enumerate(zip(recommendations, notes, strict=True), 1):
            advice = escape.with_code(r.text, cell, lambda key: f"`{escape.text(key)}`", r.literal)
            out.append(f"{i}. **{r.rule}** {advice}")
            if note:
                out.append(f"   - *{cell(note.note)}*")
            extra = recommendation_details(r, report.basis, report.rubric.currency)
            if extra:
                source = f"; source: {r.source}" if r.source and r.comp_low is not None else ""
                out.append(f"   - {cell('; '.join(extra) + source)}")
        out.append("")
        if hidden:
            out += [f"*{left_out(hidden, 'recommendations')}*", ""]
    return out


def _findings(title: str, findings: tuple[Finding, ...], also: str, details: bool) -> list[str]:
    out = [title, ""] + (["| severity | rule | finding |", "|---|---|---|"] if findings else [])
    shown, hidden = listed(findings, details)
    for f in shown:
        in_team_file = f.line and f.file is None and f"line {f.line}" not in f.message  # TA006 names its file
        where = f" (line {f.line})" if in_team_file else ""
        note = f" *(suppressed: {cell(f.suppressed)})*" if f.suppressed else ""
        out.append(f"| {_ICON[f.severity]} | `{f.rule}` {f.name} | {cell(f.message)}{where}{note} |")
    out.append("")
    if hidden:
        out += [f"*{left_out(hidden, 'findings')}*", ""]
    if also:
        out += [f"*{also}*", ""]
    return out
