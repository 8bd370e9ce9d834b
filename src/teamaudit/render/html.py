"""`teamaudit report` / `--format html`: one self-contained HTML file for a client or a board.

No network requests, scripts, external fonts or images: inline CSS and inline SVG. Print CSS gives clean
A4/Letter pages. The raw team file is never embedded.

The page is built from hand-written strings, one function per section, rather than a template engine: every
user string goes through render/escape.py (which also makes control and bidi characters visible, beyond what
an engine's autoescaping does), the people table streams in chunks at any size, and no dependency is added.
"""

from __future__ import annotations

from collections.abc import Iterator

from teamaudit.model import (
    THREE_LAYERS,
    Basis,
    ClassifiedPerson,
    Finding,
    Layer,
    Recommendation,
    Report,
    Scope,
)
from teamaudit.render import Paper, RenderOptions
from teamaudit.render.charts import (
    BEFORE_AFTER_LEGEND,
    CHART_CSS,
    COLORS,
    EDGES,
    PHONE_CHART_CSS,
    before_after_chart,
    composition_chart,
    plan_changes_picture,
    scale,
)
from teamaudit.render.common import (
    backticks_as_text,
    firmness_advice,
    headline,
    in_chunks,
    left_out,
    listed,
    near_threshold,
    no_findings,
    other_view_findings,
    other_view_title,
    recommendation_details,
    rule_summary,
    source_tag,
    status_cell,
    verdict_firmness,
    views_in_words,
)
from teamaudit.render.escape import html as escape
from teamaudit.render.gap import (
    Gap,
    GapNote,
    Hires,
    gap_notes,
    gap_totals,
    priced_fte,
    requisitions,
    the_gap,
)
from teamaudit.render.html_method import methodology
from teamaudit.render.html_summary import accepted, standing, summary
from teamaudit.render.html_text import evidence, logo, money, prose, without_line_numbers
from teamaudit.render.people import by_layer, hands_on, said_once
from teamaudit.render.prose import counted, layer_label, layer_name, tally
from teamaudit.rules import BY_ID
from teamaudit.rules.base import fmt, hires_number, in_words, ratio_figure, threshold_figure

_EVERYONE = "People by layer, below, shows everyone's layer and confidence"

CSS = (
    """
:root { --ink:#1d2433; --muted:#5b6575; --line:#d8dde6; --fail:#b42318; --pass:#067647; --warn:#b54708; }
* { box-sizing: border-box; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
       margin: 0; background: #f6f7f9; }
main { max-width: 980px; margin: 0 auto; padding: 32px 40px 64px; background: #fff; }
h1 { font-size: 30px; margin: 0 0 4px; } h2 { font-size: 21px; margin: 36px 0 12px; border-bottom: 2px solid var(--line);
  padding-bottom: 6px; } h3 { font-size: 16px; margin: 20px 0 8px; }
h1, h2, h3, p, li, td, th, .meta { overflow-wrap: break-word; }
.cover { display: flex; justify-content: space-between; gap: 24px; align-items: flex-start;
         border-bottom: 4px solid var(--ink); padding-bottom: 18px; }
.cover img.logo { max-height: 64px; max-width: 200px; }
.cover > div { min-width: 0; } .cover h1, .cover .meta { overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: 14px; }
.verdict { display: inline-block; font-weight: 700; font-size: 20px; padding: 6px 14px; border-radius: 6px;
           color: #fff; margin: 14px 10px 6px 0; }
.verdict.fail { background: var(--fail); } .verdict.pass { background: var(--pass); }
.verdict, .firmness, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
#firmness { display: inline-block; vertical-align: middle; }
.firmness.firm { color: var(--muted); font-size: 14px; }
.firmness.not-firm { font-weight: 700; font-size: 16px; color: var(--warn); background: #fffaeb;
                     border: 2px solid var(--warn); border-radius: 6px; padding: 4px 12px; }
.near-threshold { color: var(--warn); font-weight: 600; }
ul.views { padding-left: 20px; } ul.views li { margin: 4px 0; }
li[data-verdict="fail"]::marker { color: var(--fail); } li[data-verdict="pass"]::marker { color: var(--pass); }
table { border-collapse: collapse; width: 100%; font-size: 14px; margin: 8px 0 16px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f0f2f5; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th, td.num, td.status, td.key { white-space: nowrap; overflow-wrap: normal; }
td.free { overflow-wrap: anywhere; min-width: 9em; } td.free.wide { min-width: 12em; }
.table { overflow-x: auto; margin: 8px 0 16px; } .table table { margin: 0; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f0f2f5; padding: 0 3px;
       border-radius: 3px; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; white-space: nowrap; }
.sev.error { color: var(--fail); } .sev.warning { color: var(--warn); } .sev.info { color: #175cd3; }
"""
    + CHART_CSS
    + """.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.small { font-size: 13px; color: var(--muted); } .suppressed { color: var(--muted); text-decoration: line-through; }
.gap.instead, .gap.covered { color: var(--warn); }
.total td { font-weight: 700; border-top: 2px solid var(--ink); }
section { break-inside: auto; }
@media screen and (max-width: 600px) {
  main { padding: 20px 14px 48px; } th { white-space: normal; } th, td { padding: 6px 5px; } h1 { font-size: 24px; }
  .cover { flex-direction: column-reverse; gap: 12px; } .cover img.logo { max-width: 100%; }
"""
    + PHONE_CHART_CSS
    + """  table.people thead, table.cost thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; }
  table.people, table.people tbody, table.people tr, table.people td { display: block; min-width: 0; }
  table.people tr { border-bottom: 1px solid var(--line); padding: 8px 0; } table.people td { border: 0; padding: 1px 0; }
  table.people td:nth-child(1) { font-weight: 600; }
  table.people td:nth-child(3), table.people td:nth-child(4), table.people td:nth-child(5) { display: inline; }
  table.people td:nth-child(4)::before { content: " \\00b7  "; } table.people td:nth-child(4)::after { content: " FTE"; }
  table.people td:nth-child(5)::before { content: " \\00b7  confidence "; }
  table.cost, table.cost tbody, table.cost tr, table.cost td { display: block; min-width: 0; text-align: left; }
  table.cost tr { border-bottom: 1px solid var(--line); padding: 8px 0; } table.cost td { border: 0; padding: 1px 0; }
  table.cost td:first-child { font-weight: 600; } table.cost tr.total { border-top: 2px solid var(--ink); }
  table.cost td.hires, table.cost td.low, table.cost td.high, table.cost td.unpriced { display: inline; }
  table.cost td.hires::before { content: "hires: "; } table.cost td.high::before { content: " \\2013  "; }
  table.cost td.low::before, table.cost td.unpriced::before { content: " \\00b7  "; }
}
@media print {
  body { background: #fff; font-size: 13px; } main { padding: 0; max-width: none; } .table { overflow: visible; }
  table { font-size: 12px; } .small { font-size: 11.5px; } svg.chart { width: 80%; }
  #people, #methodology { break-before: page; } #cost-in-file { break-before: avoid; }
  tr, .chart, li, .table.whole, .kept { break-inside: avoid; } h2, h3, h4 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""
)


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    """The page in pieces, a section at a time and the people table a few thousand rows at a time."""
    yield _head(_title(report, options), options.paper)
    yield _cover(report, options)
    yield summary(report)
    yield _composition(report)
    yield _findings(report, options.details)
    yield _recommendations(report, options.details)
    yield from _people(report)
    yield methodology(report)
    yield "</main></body></html>\n"


UNTITLED = "Team composition audit: your team"


def untitled(organization: str | None, title: str | None) -> bool:
    """Whether a report is titled UNTITLED: neither `--title` nor the organization says anything but spaces
    (`organization: " "` titled the cover 'Team composition audit: ' and nothing, `--title ""` 'your team' unsaid)."""
    return not (title or "").strip() and not (organization or "").strip()


def _title(report: Report, options: RenderOptions) -> str:
    if options.title and options.title.strip():
        return options.title
    return UNTITLED if untitled(report.organization, None) else f"Team composition audit: {report.organization}"


# CSS's names for --paper's sizes
PAGE_SIZE = {Paper.A4: "A4", Paper.LETTER: "letter"}
PAGE_MARGIN = "16mm 14mm"  # room for a printer's unprintable edge, on A4 and Letter alike


# In the bottom margin, where the browser's own footer is turned off (it showed the local path and the print time)
PAGE_NUMBER = (
    ' @bottom-right { content: "Page " counter(page) " of " counter(pages); color: #5b6575; font: 9pt -apple-system, '
    '"Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }'
)


def _head(title: str, paper: Paper) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="generator" content="teamaudit">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        'img-src data:">'
        f"<title>{escape(title)}</title><style>{CSS}@page {{ size: {PAGE_SIZE[paper]}; margin: {PAGE_MARGIN};"
        f"{PAGE_NUMBER} }}\n"
        "</style></head><body><main>"
    )


# A reader of a --redact report meets "Person 01" with no other word of why.
REDACTED = (
    "Names and personal details removed: people appear as Person 01, Person 02, ... in the team file's order; "
    "ids, teams, skills, background and each person's pay are not shown."
)


def _cover(report: Report, options: RenderOptions) -> str:
    title = _title(report, options)
    by = [
        f"Prepared for {escape(options.client)}" if options.client else "",
        f"by {escape(options.author)}" if options.author else "",
    ]
    prepared = " ".join(x for x in by if x)
    organization = report.organization if report.organization and report.organization not in title else None
    facts = [
        escape(organization or ""),
        f"as of {report.as_of.isoformat()}" if report.as_of else "",
        f"rubric {escape(report.rubric.name)} {escape(report.rubric.version)}",
        f"teamaudit {report.tool_version}",
    ]
    return (
        f'<section id="cover"><div class="cover"><div><h1>{escape(title)}</h1>'
        + (f'<div class="meta">{prepared}</div>' if prepared else "")
        + f'<div class="meta">{" · ".join(f for f in facts if f)}</div>'
        + (f'<div class="meta" id="redacted">{REDACTED}</div>' if report.redacted else "")
        + f"</div>{logo(options.logo, report.organization, options.logo_alt)}</div>"
        + _verdict(report)
        + _firmness(report)
        + _accepted(report)
        + f"<p>{_verdict_words(report)}</p>{_near_threshold(report)}</section>"
    )


def _verdict(report: Report) -> str:
    """The audit's verdict on the deciding view, as docs/usage.md says: over-indexed or not, and a layer it lacks.
    `--fail-on never` made it PASS on a failing team's cover; the gate is the exit code's and stderr's."""
    bad, words = standing(report, report.scope)
    return f'<div class="verdict {"fail" if bad else "pass"}" id="verdict">{escape(words)}</div>'


def _accepted(report: Report) -> str:
    """Under the verdict, what of it the config accepts and why: a red cover beside a passing run said neither."""
    said = accepted(report, report.scope)
    return f'<p class="accepted" id="accepted">{escape(f"Accepted in the config: {said}.")}</p>' if said else ""


def _firmness(report: Report) -> str:
    """Beside the verdict: a quiet note when it is firm, a caution when settling the unsure people could flip it
    (the Summary has the whole sentence)."""
    firmness, f = verdict_firmness(report), report.firmness_of(report.scope)
    if firmness is None or f is None:
        return ""
    firm, words = firmness
    if firm:
        return f'<span class="firmness firm" id="firmness">{escape(words)}</span>'
    words = f"{words[:1].upper()}{words[1:]}; {firmness_advice(f, client=True)} before trusting the verdict"
    return f'<span class="firmness not-firm" id="firmness" role="note">{escape(words)}</span>'


def _near_threshold(report: Report) -> str:
    """Under the verdict, a note for each view one ML hire from over-indexed: it passes, but only just."""
    return "".join(
        f'<p class="near-threshold" id="near-threshold-{view.value}" role="note">{escape(note)}</p>'
        for view in report.views
        if (note := near_threshold(report, view))
    )


def _verdict_words(report: Report) -> str:
    both = views_in_words(report)
    scoped = report.composition(report.scope)
    ratio = (
        f"ML-to-layers ratio {ratio_figure(scoped, report.rubric.ml_ratio)} against a threshold of "
        f"{threshold_figure(report.rubric.ml_ratio)} (its source: see Methodology). "
        if scoped.ratio is not None
        else ""
    )
    counts = tally(report.findings) + "."
    return (
        f"<strong>{escape(headline(report))}</strong>. "
        + (f'<strong id="views">{escape(both)}</strong> ' if both else "")
        + ratio
        + counts[:1].upper()
        + counts[1:]
    )


def _views(report: Report) -> list[Scope]:
    return [Scope.CURRENT, Scope.PLAN] if report.has_future else [Scope.CURRENT]


def _composition(report: Report) -> str:
    views = _views(report)
    out = ['<section id="composition"><h2>Composition</h2><div class="table whole"><table><thead><tr><th>Layer</th>']
    out += [
        f'<th class="num">{_short_view(view)} people</th><th class="num">{_short_view(view)} FTE</th>' for view in views
    ]
    out.append("</tr></thead><tbody>")
    for layer in Layer:
        cells = "".join(
            f'<td class="num">{c.headcount}</td><td class="num">{fmt(c.fte)}</td>'
            for c in (report.composition(view).count(layer) for view in views)
        )
        out.append(f'<tr><td class="key">{_swatch(layer)}{layer_label(layer)}</td>{cells}</tr>')
    out.append("</tbody></table></div>")
    out.append(_cost_in_file(report))  # beside the people it totals: after the charts it opened a page of its own
    threshold = report.rubric.ml_ratio
    before, after = report.composition(Scope.CURRENT), report.composition(Scope.PLAN)
    paired = report.has_future and plan_changes_picture(before, after)
    k = scale([report.composition(view) for view in views], threshold, report.basis, paired=paired)  # the views compare
    for view in views:
        label = (
            "Current staff" if view is Scope.CURRENT else "The plan: current staff, planned hires and open requisitions"
        )
        out.append(f"<h3>{label}</h3>{composition_chart(report.composition(view), threshold, k)}")
    if paired:
        chart = before_after_chart(before, after, k)
        out.append(f'<h3>Before and after the plan</h3>{chart}<p class="small">{BEFORE_AFTER_LEGEND}</p>')
    out.append("</section>")
    return "".join(out)


def _short_view(view: Scope) -> str:
    return "Current" if view is Scope.CURRENT else "Plan"


def _swatch(layer: Layer) -> str:
    return f'<span class="swatch" style="background:{COLORS[layer]};border:1px solid {EDGES[layer]}"></span>'


def _cost_in_file(report: Report) -> str:
    views = (Scope.CURRENT, Scope.PLAN)
    if all(report.cost_total(v) is None and report.cost_withheld(v) is None for v in views):
        return ""
    shown = ", ".join(f"{v.value} {escape(_cost_shown(report, v))}" for v in views)
    # the currency of totals, where one is shown: beside totals all withheld it spoke of figures nobody sees
    currency = _cost_currency_words(report) if any(report.cost_total(v) is not None for v in views) else ""
    return (
        f'<p class="small" id="cost-in-file">Annual cost in the team file: {shown}. Totals only, each over three or '
        f"more people; per-person pay is never shown.{currency}</p>"
    )


def _cost_currency_words(report: Report) -> str:
    """The currency of the file's costs, where it is assumed or is not the hires' ranges': a founder in Berlin read
    '€1,080,000' beside '$1,030,000–$1,570,000' with no word that nothing converts one into the other."""
    currency, ranges = report.cost_currency, report.rubric.currency
    if not report.cost_currency_named:
        return (
            f" The team file names no currency, so these totals take its costs to be in {currency}, as the salary"
            " ranges are; if they were recorded in another currency, the totals are in that one."
        )
    if currency != ranges:
        return (
            f" They are in {currency}, as the team file says; the hires' salary ranges are the rubric's, in {ranges},"
            " and are not converted: nothing adds one to the other."
        )
    return ""


def _cost_shown(report: Report, view: Scope) -> str:
    withheld = report.cost_withheld(view)
    if withheld:
        return f"withheld ({withheld})"
    amount = report.cost_total(view)
    if amount is None:
        return "n/a"
    # A plan whose hires have no cost summed to current staff's total, the same figure beside six more people.
    uncosted = report.cost_uncosted(view)
    left_out = f" ({counted(uncosted, 'person', 'people')} with no cost left out)" if uncosted else ""
    return money(amount, report.cost_currency) + left_out


def _findings(report: Report, details: bool) -> str:
    out = [f'<section id="findings"><h2>Findings ({report.said(report.scope)} view)</h2>']
    if report.findings:
        out += _findings_table(report.findings, details, "findings-left-out", _lines(report))
    else:
        out.append(f"<p>{escape(no_findings(report))}</p>")
    other = report.other_view
    if other and report.findings_in(other):
        out.append(f'<h3 id="other-view">{escape(other_view_title(other))}</h3>')
        new, also = other_view_findings(report, other)
        if new:
            out += _findings_table(new, details, "other-view-left-out", _lines(report))
        if also:
            out.append(f'<p class="small" id="other-view-same">{escape(also)}</p>')
    out.append("</section>")
    return "".join(out)


def _lines(report: Report) -> frozenset[int]:
    """The team file's lines of its people: a board reads names, the people table keeps their lines."""
    return frozenset(p.person.line for p in report.people if p.person.line)


def _findings_table(findings: tuple[Finding, ...], details: bool, left_out_id: str, lines: frozenset[int]) -> list[str]:
    out = ['<div class="table"><table><thead><tr><th>Severity</th><th>Rule</th><th>Finding</th></tr></thead><tbody>']
    shown, hidden = listed(findings, details)
    for f in shown:
        css = ' class="suppressed"' if f.suppressed else ""
        note = f'<div class="small">accepted: {escape(f.suppressed)}</div>' if f.suppressed else ""
        out.append(
            f'<tr><td class="sev {f.severity.value}">{f.severity.value}</td><td>{f.rule}<br>'
            f'<span class="small">{f.name}</span></td><td class="free wide"><span{css}>{escape(without_line_numbers(f.message, lines))}</span>'
            f'<div class="small">{_rule_said(f)}</div>{note}</td></tr>'
        )
    out.append("</tbody></table></div>")
    if hidden:
        out.append(f'<p class="small" id="{left_out_id}">{escape(left_out(hidden, "findings", _EVERYONE))}</p>')
    return out


def _rule_said(f: Finding) -> str:
    """What the finding's rule checks, in the Methodology's words for a client (the rule's CLIENT); a rule teamaudit
    does not know, by the first line of its documentation."""
    rule = BY_ID.get(f.rule)
    return escape(rule.CLIENT) if rule is not None else prose(rule_summary(f.rule))


def _recommendations(report: Report, details: bool) -> str:
    out = ['<section id="recommendations"><h2>Recommendations</h2>']
    if report.recommendations:
        shown, hidden = listed(report.recommendations, details)
        notes = gap_notes(report, shown)
        out.append(
            "<ol>" + "".join(_recommendation(r, n, report, _lines(report)) for r, n in zip(shown, notes, strict=True))
        )
        out.append("</ol>")
        if hidden:
            out.append(f'<p class="small">{escape(left_out(hidden, "recommendations", _EVERYONE))}</p>')
    else:
        out.append("<p>Nothing to add: keep the three layers staffed as the team grows.</p>")
    out.append(_cost_of_the_gap(report))
    out.append("</section>")
    return "".join(out)


def _recommendation(r: Recommendation, note: GapNote | None, report: Report, lines: frozenset[int]) -> str:
    details = [escape(d) for d in recommendation_details(r, report.basis, report.rubric.currency)]
    if r.source and r.comp_low is not None:
        details.append(f"source: {escape(r.source)}")
    extra = f'<div class="small">{"; ".join(details)}</div>' if details else ""
    # on the text's last line, in brackets: a line of its own per recommendation costs the printed report a page
    gap = f' <em class="gap {note.part}">({escape(note.note)})</em>' if note else ""
    # a client's sentence names no key, so its backticks are a value's, shown as written
    text = (
        escape(without_line_numbers(r.client_text, lines))
        if r.client_text
        else prose(without_line_numbers(backticks_as_text(r), lines))
    )
    return f"<li><strong>{r.rule}</strong> {text}{gap}{extra}</li>"


def _cost_of_the_gap(report: Report) -> str:
    gap = the_gap(report)
    if not gap.hires:
        return ""
    tables = [_cost_table(gap.hires, report.basis, gap.currency, "cost-total")]
    if gap.convert is not None:
        tables.append(
            f'<h4 id="cost-converted">If {requisitions(gap.convert)} converted instead</h4>'
            + (
                _cost_table(gap.after, report.basis, gap.currency, "cost-total-converted")
                if gap.after
                else "<p>Nothing is left to hire.</p>"
            )
        )
    source = (
        f'<p class="small" id="cost-source">Annual base salary, {_ranges_from(report, gap)}; hires from the '
        f"recommendations above, each full-time.{_unpriced(gap)}</p>"
    )
    # the last table and the source under it print on one page: the source alone opened a Letter page of its own
    return (
        '<h3 id="cost">The cost of closing the gap</h3>'
        + "".join(tables[:-1])
        + (f'<div class="kept">{tables[-1]}{source}</div>')
    )


def _ranges_from(report: Report, gap: Gap) -> str:
    """Where the pay ranges come from: the packaged rubric's article, or the sources another rubric's ranges cite (a
    rubric in EUR was said to give '2026 US ranges from Axe Recruiting')."""
    if report.rubric.packaged:
        return "2026 US ranges from Axe Recruiting's healthcare AI compensation benchmarks"
    hires = (*gap.hires, *(gap.after or []))
    sources = sorted({r.source for _, _, r in hires if r.comp_low is not None and r.source})
    return "the rubric's ranges" + (f" ({escape('; '.join(sources))})" if sources else "")


def _unpriced(gap: Gap) -> str:
    layers = {layer for hires in (gap.hires, gap.after or []) for layer in gap_totals(hires)[2]}
    names = [layer_name(x) for x in THREE_LAYERS if x in layers]
    return f" No published range for: {', '.join(names)}." if names else ""


def _cost_table(hires: Hires, basis: Basis, currency: str, total_id: str) -> str:
    low, high, unpriced = gap_totals(hires)
    rows = "".join(_cost_row(layer, fte, r, basis, currency) for layer, fte, r in hires)
    all_fte = hires_number(sum(fte for _, fte, _ in hires), basis)
    priced = f"{hires_number(priced_fte(hires), basis)} of {all_fte}" if unpriced else all_fte
    left = f" (not {in_words([layer_name(x) for x in unpriced], 'or')})" if unpriced else ""
    total = (
        f'<tr class="total" id="{total_id}" data-low="{low:.0f}" data-high="{high:.0f}"><td colspan="2">'
        f'Total, priced hires{left}</td><td class="num hires">{priced}</td>'
        f'<td class="num low">{money(low, currency)}</td><td class="num high">{money(high, currency)}</td><td></td></tr>'
        if len(unpriced) < len(hires)
        else ""
    )
    return (
        '<div class="table whole"><table class="cost"><thead><tr><th>Layer</th><th>Role</th>'
        '<th class="num">Hires</th><th class="num">Low</th><th class="num">High</th><th>Range</th></tr></thead>'
        f"<tbody>{rows}{total}</tbody></table></div>"
    )


def _cost_row(layer: Layer, fte: float, r: Recommendation, basis: Basis, currency: str) -> str:
    start = (
        f'<tr data-layer="{layer.value}"><td>{layer_label(layer)}</td><td class="free">{escape(r.role or "")}</td>'
        f'<td class="num hires">{hires_number(fte, basis)}</td>'
    )
    if r.comp_low is None or r.comp_high is None:
        return f'{start}<td class="num unpriced" colspan="2">no published range</td><td></td></tr>'
    return (
        f'{start}<td class="num low">{money(fte * r.comp_low, currency)}</td>'
        f'<td class="num high">{money(fte * r.comp_high, currency)}</td>'
        f'<td class="small free">{escape(r.comp_label or "")}</td></tr>'
    )


def _people(report: Report) -> Iterator[str]:
    yield '<section id="people"><h2>People by layer</h2>'
    for layer, members in by_layer(report):
        yield (
            f"<h3>{_swatch(layer)}{layer_label(layer)}: {counted(len(members), 'person', 'people')}</h3>"
            '<div class="table"><table class="people"><thead><tr><th>Name</th><th>Title</th><th>Status</th>'
            '<th class="num">FTE</th><th class="num">Confidence</th><th>Hands-on evidence</th></tr></thead><tbody>'
        )
        yield from in_chunks(_person_row(p, layer) for p in members)
        yield "</tbody></table></div>"
    yield "</section>"


def _person_row(p: ClassifiedPerson, layer: Layer) -> str:
    cl = p.classification
    proof = hands_on(p, layer)
    shown = (
        escape(proof)
        if isinstance(proof, str)
        else "; ".join(evidence(x, p.person, text) for text, x in said_once(proof))
    )
    return (
        f'<tr><td class="free"{_line(p)}>{escape(p.person.name)}</td><td class="free">{escape(p.person.title)}</td>'
        f'<td class="status">{escape(status_cell(p.person))}</td>'
        f'<td class="num">{fmt(p.person.fte)}</td><td class="num">{cl.confidence:.2f}'
        f'{source_tag(cl)}</td><td class="small free wide">{shown}</td></tr>'
    )


def _line(p: ClassifiedPerson) -> str:
    """Where the person is in the team file: the findings name people without it."""
    return f' title="team file line {p.person.line}"' if p.person.line else ""
