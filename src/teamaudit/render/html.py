"""`teamaudit report` / `--format html`: one self-contained HTML file for a client or a board.

No network requests, scripts, external fonts or images: inline CSS and inline SVG. Print CSS gives clean
A4/Letter pages with a page break before each section. The raw team file is never embedded.
"""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.classify import ClassifiedPerson
from teamaudit.render import RenderOptions
from teamaudit.render.charts import COLORS, before_after_chart, composition_chart, plan_changes_picture
from teamaudit.render.common import (
    firmness_sentences,
    headline,
    in_chunks,
    left_out,
    listed,
    no_findings,
    other_view_title,
    recommendation_details,
    views_in_words,
)
from teamaudit.render.escape import html as escape
from teamaudit.report import Finding, Recommendation, Report, Scope, Severity
from teamaudit.roster import THREE_LAYERS, Layer
from teamaudit.rules import BY_ID, RULES, doc
from teamaudit.rules.base import fmt

_EVERYONE = "People by layer, below, shows everyone's layer and confidence"

CSS = """
:root { --ink:#1d2433; --muted:#5b6575; --line:#d8dde6; --fail:#b42318; --pass:#067647; --warn:#b54708; }
* { box-sizing: border-box; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
       margin: 0; background: #f6f7f9; }
main { max-width: 980px; margin: 0 auto; padding: 32px 40px 64px; background: #fff; }
h1 { font-size: 30px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 36px 0 12px; border-bottom: 2px solid var(--line);
  padding-bottom: 6px; } h3 { font-size: 16px; margin: 20px 0 8px; }
.cover { display: flex; justify-content: space-between; gap: 24px; align-items: flex-start;
         border-bottom: 4px solid var(--ink); padding-bottom: 18px; }
.cover img.logo { max-height: 64px; max-width: 200px; }
.meta { color: var(--muted); font-size: 14px; }
.verdict { display: inline-block; font-weight: 700; font-size: 20px; padding: 6px 14px; border-radius: 6px;
           color: #fff; margin: 14px 0 6px; }
.verdict.fail { background: var(--fail); } .verdict.pass { background: var(--pass); }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0 16px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f0f2f5; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.sev.error { color: var(--fail); } .sev.warning { color: var(--warn); } .sev.info { color: #175cd3; }
.chart { max-width: 100%; height: auto; font-size: 13px; fill: var(--ink); }
.chart .note { fill: var(--muted); font-size: 12px; } .chart .rule { stroke: var(--line); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.small { font-size: 13px; color: var(--muted); } .suppressed { color: var(--muted); text-decoration: line-through; }
.total td { font-weight: 700; border-top: 2px solid var(--ink); }
section { break-inside: auto; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { background: #fff; } main { padding: 0; max-width: none; }
  section { break-before: page; } section.first { break-before: auto; }
  tr, .chart, li { break-inside: avoid; } h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _money(value: float | None) -> str:
    return "" if value is None else f"${value:,.0f}"


def _person_row(p: ClassifiedPerson, layer: Layer) -> str:
    cl = p.classification
    proof = "; ".join(x.text for x in cl.hands_on_for(layer)) if cl.hands_on else "none found"
    return (
        f"<tr><td>{escape(p.person.name)}</td><td>{escape(p.person.title)}</td><td>{p.person.status.value}</td>"
        f'<td class="num">{fmt(p.person.fte)}</td><td class="num">{cl.confidence:.2f}'
        f'{" (declared)" if cl.source == "declared" else ""}</td><td class="small">{escape(proof)}</td></tr>'
    )


def _findings(findings: tuple[Finding, ...], details: bool, left_out_id: str) -> list[str]:
    out = ["<table><thead><tr><th>severity</th><th>rule</th><th>finding</th></tr></thead><tbody>"]
    shown, hidden = listed(findings, details)
    for f in shown:
        css = ' class="suppressed"' if f.suppressed else ""
        note = f'<div class="small">accepted: {escape(f.suppressed)}</div>' if f.suppressed else ""
        explanation = escape(doc(BY_ID[f.rule]).splitlines()[0].split(": ", 1)[-1])
        out.append(
            f'<tr><td class="sev {f.severity.value}">{f.severity.value}</td><td>{f.rule}<br>'
            f'<span class="small">{f.name}</span></td><td><span{css}>{escape(f.message)}</span>'
            f'<div class="small">{explanation}</div>{note}</td></tr>'
        )
    out.append("</tbody></table>")
    if hidden:
        out.append(f'<p class="small" id="{left_out_id}">{escape(left_out(hidden, "findings", _EVERYONE))}</p>')
    return out


def gap_hires(report: Report) -> list[tuple[Layer, float, Recommendation]]:
    """The hires that close the gap: per layer, the largest FTE any recommendation asks for."""
    best: dict[Layer, tuple[float, Recommendation]] = {}
    for r in report.recommendations:
        hire = r.kind == "hire" and r.layer in THREE_LAYERS and BY_ID[r.rule].CLOSES_GAP
        if hire and r.layer is not None and r.fte and (r.layer not in best or r.fte > best[r.layer][0]):
            best[r.layer] = (r.fte, r)
    return [(layer, fte, rec) for layer, (fte, rec) in sorted(best.items(), key=lambda kv: THREE_LAYERS.index(kv[0]))]


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    """The page in pieces, the people table a few thousand rows at a time."""
    title = options.title or f"Team composition audit: {report.organization or 'your team'}"
    unit = report.basis.unit
    scoped = report.composition(report.scope)
    parts: list[str] = []
    add = parts.append
    add("<!DOCTYPE html>")
    add('<html lang="en"><head><meta charset="utf-8">')
    add('<meta name="viewport" content="width=device-width, initial-scale=1">')
    add(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        'img-src data:">'
    )
    add(f"<title>{escape(title)}</title><style>{CSS}</style></head><body><main>")

    # cover
    add('<section class="first" id="cover"><div class="cover"><div>')
    add(f"<h1>{escape(title)}</h1>")
    meta = []
    if options.client:
        meta.append(f"Prepared for {escape(options.client)}")
    if options.author:
        meta.append(f"by {escape(options.author)}")
    if meta:
        add(f'<div class="meta">{" ".join(meta)}</div>')
    facts = [
        escape(report.organization or ""),
        f"as of {report.as_of.isoformat()}" if report.as_of else "",
        f"rubric {escape(report.rubric.name)} {escape(report.rubric.version)}",
        f"teamaudit {report.tool_version}",
    ]
    add(f'<div class="meta">{" · ".join(f for f in facts if f)}</div>')
    add("</div>")
    if options.logo:
        add(f'<img class="logo" alt="logo" src="{options.logo}">')
    add("</div>")
    verdict = report.verdict
    add(f'<div class="verdict {verdict}" id="verdict">{"FAIL" if verdict == "fail" else "PASS"}</div>')
    add(f"<p><strong>{escape(headline(report))}</strong>. ")
    both = views_in_words(report)
    if both:
        add(f'<strong id="views">{escape(both)}</strong> ')
    for sentence in firmness_sentences(report):
        add(f'<span class="firmness">{escape(sentence)}</span> ')
    if scoped.ratio is not None:
        add(f"ML-to-layers ratio {scoped.ratio:.2f} against a threshold of {report.rubric.ml_ratio:.2f}. ")
    counts = {s: sum(1 for f in report.findings if f.severity is s) for s in Severity}
    add(
        f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} note(s).</p>"
    )
    add("</section>")

    # composition
    add('<section id="composition"><h2>Composition</h2>')
    views = [Scope.CURRENT, Scope.PLAN] if report.has_future else [Scope.CURRENT]
    add("<table><thead><tr><th>layer</th>")
    for view in views:
        add(
            f'<th class="num">{view.value} people</th><th class="num">{view.value} {unit if unit == "FTE" else "FTE"}</th>'
        )
    add("</tr></thead><tbody>")
    for layer in Layer:
        add(f'<tr><td><span class="swatch" style="background:{COLORS[layer]}"></span>{layer.value}</td>')
        for view in views:
            count = report.composition(view).count(layer)
            add(f'<td class="num">{count.headcount}</td><td class="num">{fmt(count.fte)}</td>')
        add("</tr>")
    add("</tbody></table>")
    for view in views:
        c = report.composition(view)
        label = (
            "Current staff" if view is Scope.CURRENT else "The plan: current staff, planned hires and open requisitions"
        )
        add(f"<h3>{label}</h3>{composition_chart(c, report.rubric.ml_ratio, unit)}")
    if report.has_future and plan_changes_picture(report.composition(Scope.CURRENT), report.composition(Scope.PLAN)):
        add("<h3>Before and after the plan</h3>")
        add(before_after_chart(report.composition(Scope.CURRENT), report.composition(Scope.PLAN), unit))
    cost_now, cost_plan = report.cost_total(Scope.CURRENT), report.cost_total(Scope.PLAN)
    if cost_now is not None or cost_plan is not None:
        add(
            f'<p class="small">Annual cost in the team file: current {_money(cost_now) or "n/a"}, '
            f"plan {_money(cost_plan) or 'n/a'} (totals only; per-person pay is not shown).</p>"
        )
    add("</section>")

    # findings
    add(f'<section id="findings"><h2>Findings ({report.scope.value} view)</h2>')
    if report.findings:
        parts.extend(_findings(report.findings, options.details, "findings-left-out"))
    else:
        add(f"<p>{escape(no_findings(report))}</p>")
    other = report.other_view
    if other and report.findings_in(other):
        add(f'<h3 id="other-view">{escape(other_view_title(other))}</h3>')
        parts.extend(_findings(report.findings_in(other), options.details, "other-view-left-out"))
    add("</section>")

    # recommendations and the cost of closing the gap
    add('<section id="recommendations"><h2>Recommendations</h2>')
    if report.recommendations:
        add("<ol>")
        recommendations, hidden = listed(report.recommendations, options.details)
        for r in recommendations:
            details = [escape(d) for d in recommendation_details(r, unit)]
            if r.source and r.comp_low is not None:
                details.append(f"source: {escape(r.source)}")
            extra = f'<div class="small">{"; ".join(details)}</div>' if details else ""
            add(f"<li><strong>{r.rule}</strong> {escape(r.text)}{extra}</li>")
        add("</ol>")
        if hidden:
            add(f'<p class="small">{escape(left_out(hidden, "recommendations", _EVERYONE))}</p>')
    else:
        add("<p>Nothing to add: keep the three layers staffed as the team grows.</p>")
    hires = gap_hires(report)
    if hires:
        add('<h3 id="cost">The cost of closing the gap</h3>')
        add(
            '<table><thead><tr><th>layer</th><th>role</th><th class="num">FTE</th><th class="num">low</th>'
            '<th class="num">high</th><th>range</th></tr></thead><tbody>'
        )
        low_total = high_total = 0.0
        unpriced = []
        for layer, fte, r in hires:
            if r.comp_low is not None and r.comp_high is not None:
                low, high = fte * r.comp_low, fte * r.comp_high
                low_total += low
                high_total += high
                add(
                    f'<tr data-layer="{layer.value}"><td>{layer.value}</td><td>{escape(r.role or "")}</td>'
                    f'<td class="num">{fmt(fte)}</td><td class="num">{_money(low)}</td><td class="num">{_money(high)}</td>'
                    f'<td class="small">{escape(r.comp_label or "")}</td></tr>'
                )
            else:
                unpriced.append(layer.value)
                add(
                    f'<tr data-layer="{layer.value}"><td>{layer.value}</td><td>{escape(r.role or "")}</td>'
                    f'<td class="num">{fmt(fte)}</td><td class="num" colspan="2">no published range</td><td></td></tr>'
                )
        add(
            f'<tr class="total" id="cost-total" data-low="{low_total:.0f}" data-high="{high_total:.0f}"><td colspan="3">'
            f'total, priced hires</td><td class="num">{_money(low_total)}</td><td class="num">{_money(high_total)}</td>'
            "<td></td></tr></tbody></table>"
        )
        add(
            '<p class="small">Annual base salary, 2026 US ranges from Axe Recruiting\'s healthcare AI compensation '
            "benchmarks; FTE from the recommendations above."
            + (f" No published range for: {', '.join(unpriced)}." if unpriced else "")
            + "</p>"
        )
    add("</section>")

    # people, grouped by layer
    add('<section id="people"><h2>People by layer</h2>')
    for layer in Layer:
        members = sorted(
            (p for p in report.people if p.layer is layer), key=lambda p: (-p.classification.confidence, p.person.name)
        )
        if not members:
            continue
        add(f'<h3><span class="swatch" style="background:{COLORS[layer]}"></span>{layer.value} ({len(members)})</h3>')
        add(
            '<table><thead><tr><th>name</th><th>title</th><th>status</th><th class="num">FTE</th>'
            '<th class="num">confidence</th><th>hands-on evidence</th></tr></thead><tbody>'
        )
        yield "".join(parts)
        parts.clear()
        yield from in_chunks(_person_row(p, layer) for p in members)
        add("</tbody></table>")
    add("</section>")

    # methodology
    add('<section id="methodology"><h2>Methodology</h2>')
    add(
        "<p>Healthcare-AI products rarely fail on model quality; they fail on adoption, integration and compliance. "
        "The three-layer team (Klement Gunndu, \u201cWhy Your Healthcare AI Hiring Strategy Is Completely Backwards\u201d) "
        "needs clinical domain experts, EHR integration specialists, and compliance and validation engineers. Its audit: "
        "\u201cIf your ML researchers outnumber these roles combined, you\u2019re over-indexed on solved problems.\u201d "
        "Regulators agree: FDA, Health Canada and MHRA, <em>Good Machine Learning Practice</em> (2021), principle 1.</p>"
    )
    add(
        f"<p>Each person is placed in a layer by the <strong>{escape(report.rubric.name)} {escape(report.rubric.version)}"
        "</strong> rubric from their title, skills and background (or by a layer declared in the team file); the "
        f"audit counts {unit} in the <strong>{report.scope.value}</strong> view.</p>"
    )
    add("<table><thead><tr><th>rule</th><th>default severity</th><th>what it checks</th></tr></thead><tbody>")
    for rule in RULES:
        add(
            f"<tr><td>{rule.ID} {rule.NAME}</td><td>{rule.SEVERITY.value}</td>"
            f"<td>{escape(' '.join(doc(rule).split()))}</td></tr>"
        )
    add("</tbody></table>")
    add(
        f"<p>Thresholds: ML-to-layers ratio {report.rubric.ml_ratio:.2f} (the article\u2019s \u201coutnumber\u201d); "
        f"classification confidence {report.rubric.confidence:.2f} (a heuristic). No published benchmark of "
        "clinical-to-engineering staffing ratios exists; every other threshold is a heuristic.</p>"
    )
    add("<h3>Sources</h3><ul>")
    add(
        "<li>Klement Gunndu, \u201cWhy Your Healthcare AI Hiring Strategy Is Completely Backwards\u201d: the three layers "
        "and the audit.</li>"
    )
    add("<li>Axe Recruiting, healthcare AI compensation benchmarks, 2026: the salary ranges.</li>")
    add(
        "<li>FDA, Health Canada, MHRA, <em>Good Machine Learning Practice for Medical Device Development: Guiding "
        "Principles</em> (2021).</li>"
    )
    add(
        "<li>The default rubric is measured on job titles from the O*NET 29.3 Database by the U.S. Department of Labor, "
        "Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET\u00ae is a "
        "trademark of USDOL/ETA.</li></ul>"
    )
    add("</section></main></body></html>\n")
    yield "".join(parts)
