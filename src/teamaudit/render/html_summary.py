"""The executive summary at the top of the HTML report: each view's verdict in words, the single most
important hire with its cost range and source, and what closing the whole gap costs."""

from __future__ import annotations

from collections.abc import Sequence

from teamaudit.headroom import room_before_over
from teamaudit.model import THREE_LAYERS, Basis, Recommendation, Report, Scope, Severity
from teamaudit.render.common import firmness_sentence
from teamaudit.render.escape import html as escape
from teamaudit.render.gap import (
    Gap,
    Hires,
    gap_totals,
    hire_after_converting,
    over_index_words,
    priced_fte,
    requisitions,
    share_of,
    shortfall_words,
    the_gap,
    the_requisitions,
    total,
    unpriced_words,
)
from teamaudit.render.html_text import money_range
from teamaudit.render.prose import counted, layer_name
from teamaudit.rules import ta001_ml_over_index as ta001
from teamaudit.rules import ta002_missing_layer as ta002
from teamaudit.rules.base import amount, hires_amount, hires_number, in_words
from teamaudit.rules.ta001_ml_over_index import over_indexed

VIEW_LABELS = {Scope.CURRENT: "Current staff", Scope.PLAN: "The plan"}


def summary(report: Report) -> str:
    views = (Scope.CURRENT, Scope.PLAN) if report.has_future else (report.scope,)
    lines = "".join(_view(report, view) for view in views)
    return f'<section id="summary"><h2>Summary</h2><ul class="views">{lines}</ul>{_hire(report)}</section>'


def _view(report: Report, view: Scope) -> str:
    """'Current staff is over-indexed (2 errors): ML research 8.0 FTE outnumbers the three layers, 1.5 FTE; no
    integration layer.' The audit's verdict, whatever --fail-on gates the run: under `never` a failing team's
    summary said 'passes'."""
    bad, _ = standing(report, view)
    over = over_indexed(report.composition(view), report.rubric.ml_ratio)
    head = f"{VIEW_LABELS[Scope(report.said(view))]} {'is' if over else 'is not'} over-indexed"
    errors = sum(1 for f in report.findings_in(view) if f.severity is Severity.ERROR and not f.suppressed)
    if errors:
        head += f" ({counted(errors, 'error')})"
    deciding = ' <span class="small">(decides this run)</span>' if report.has_future and view is report.scope else ""
    firmness = firmness_line(report, view)
    firm = f'<div class="small firmness">{escape(firmness)}</div>' if firmness else ""
    return (
        f'<li data-view="{view.value}" data-verdict="{"fail" if bad else "pass"}"><strong>{head}</strong>{deciding}: '
        f"{escape(_balance(report, view))}.{firm}</li>"
    )


def standing(report: Report, view: Scope) -> tuple[bool, str]:
    """The audit's verdict on a view in a few words for the cover, and whether it is bad news: over-indexed or
    not, and any layer it lacks ('Over-indexed on ML research; no integration layer'). It never depends on
    --fail-on, which gates a CI run, not what the team is."""
    over = over_indexed(report.composition(view), report.rubric.ml_ratio)
    lacking = _lacking(report, view)
    words = "Over-indexed on ML research" if over else "Not over-indexed"
    return over or bool(lacking), f"{words}; {lacking}" if lacking else words


def accepted(report: Report, view: Scope) -> str:
    """What of the view's standing a suppression in the config accepts, until when and why ('over-indexed on ML
    research until 2027-03-01 ('Board approved a research year')'): the cover states the figures in red beside a
    passing run, and said nothing of either."""
    said = {ta001.ID: "over-indexed on ML research", ta002.ID: "no {} layer"}
    return "; ".join(
        f"{said[f.rule].format(layer_name(f.layer) if f.layer else '')}"
        + (f" until {f.until.isoformat()}" if f.until else "")
        + f" ('{f.suppressed}')"
        for f in report.findings_in(view)
        if f.rule in said and f.suppressed
    )


def _lacking(report: Report, view: Scope) -> str:
    """'no integration layer' (TA002's test), said on the cover and in the Summary; '' when it has all three."""
    c = report.composition(view)
    missing = [layer_name(layer) for layer in THREE_LAYERS if not c.count(layer).held]
    return f"no {in_words(missing, 'or')} layer" if missing else ""


def firmness_line(report: Report, view: Scope) -> str:
    """Whether the people teamaudit is unsure about could flip this view's verdict (Report.firmness_of)."""
    return firmness_sentence(report, view, client=True) if report.firmness_of(view) else ""


def _within(report: Report, view: Scope) -> str:
    room = room_before_over(report.composition(view), report.rubric.ml_ratio)
    return "at the threshold: one more ML hire would be over it" if room == 0 else "within the threshold"


def _balance(report: Report, view: Scope) -> str:
    c = report.composition(view)
    ml, layers = amount(c.ml, report.basis), amount(c.layers, report.basis)
    over = over_indexed(c, report.rubric.ml_ratio)
    words = [
        f"ML research {ml} outnumbers the three layers, {layers}"
        if over
        else f"ML research {ml} against the three layers' {layers}, {_within(report, view)}"
    ]
    lacking = _lacking(report, view)
    return "; ".join([*words, lacking] if lacking else words)


def first_hire(report: Report) -> Recommendation | None:
    """The single most important hire: the first hire the recommendations name a role for (they are ordered
    by the findings they answer, the over-indexing and missing layers first)."""
    return first_hire_of(report.recommendations)


def first_hire_of(recommendations: Sequence[Recommendation]) -> Recommendation | None:
    return next((r for r in recommendations if r.kind == "hire" and r.role and r.layer), None)


def _hire(report: Report) -> str:
    gap = the_gap(report)
    if gap.convert is not None and report.recommendations and report.recommendations[0] is gap.convert:
        out = _convert_first(report, gap)
    else:
        r = first_hire(report)
        if r is None or r.layer is None:
            beyond = " beyond the plan" if report.has_future else ""
            return f'<p id="first-hire">No hire is needed{beyond}: keep the three layers staffed as the team grows.</p>'
        out = (
            f'<p id="first-hire"><strong>Hire first: {escape(r.role or "")}</strong>, for the '
            f"{layer_name(r.layer)} layer{_first_share(report, r, gap)}. {_cost(r, gap.currency)}.</p>"
        )
    if gap.hires:
        basis = report.basis
        more = escape(shortfall_words(gap, basis) + over_index_words(gap, basis))
        source = next((escape(r.source) for _, _, r in gap.hires if r.comp_low is not None and r.source), "")
        cited = f" Salary ranges: {source}." if source and source not in out else ""  # a figure names its source
        out += (
            f'<p id="gap-cost">Closing the whole gap: {_costed(gap.hires, basis, gap.currency, more)}.'
            f"{_converted(gap, basis)}{cited} See <em>The cost of closing the gap</em>.</p>"
        )
    return out


def _cost(r: Recommendation, currency: str) -> str:
    """A hire's salary range per FTE and its source, or that none is published."""
    if r.comp_low is None or r.comp_high is None:
        return "No published salary range for this role"
    source = f"; source: {escape(r.source)}" if r.source else ""
    return f"{money_range(r.comp_low, r.comp_high, currency)} a year per FTE ({escape(r.comp_label or '')}){source}"


def _convert_first(report: Report, gap: Gap) -> str:
    """The first step where recommendation 1 converts open ML requisitions, as it says, then the hire that comes
    first once they are converted: 'First: convert the open ML requisition to compliance (recommendation 1; the
    budget is already approved). Then hire first: EHR integration engineer ..., for the integration layer (1
    person).' A summary that led with a hire beside a first recommendation to convert gave a board two first
    steps."""
    convert = gap.convert
    assert convert is not None and convert.layer is not None
    basis = report.basis
    step = (
        f'<p id="first-hire"><strong>First: convert {the_requisitions(convert)} to {layer_name(convert.layer)}'
        "</strong> (recommendation 1; the budget is already approved)"
    )
    after = hire_after_converting(report, gap)
    if after is None:
        return f"{step}: that closes the whole gap, and no hire is then needed.</p>"
    then, layer, hires = after
    return (
        f"{step}. Then hire first: <strong>{escape(then.role or '')}</strong>, for the {layer_name(layer)} "
        f"layer ({hires_amount(hires, basis)}). {_cost(then, gap.currency)}.</p>"
    )


def _first_share(report: Report, r: Recommendation, gap: Gap) -> str:
    """The first hire's share of the gap, and what converting the open ML requisitions a recommendation names
    leaves of it, from the figures the recommendations' notes give (render/gap.py): ': 3.3 of the 8.5 FTE the gap
    takes, or 0.7 FTE if the 2 open ML requisitions are converted to integration instead (...)'."""
    asks = {layer: fte for layer, fte, _ in gap.hires}
    if r.layer not in asks:
        return ""
    basis = report.basis
    share = f": {share_of(asks[r.layer], gap.total, basis)} the gap takes"
    if gap.convert is None or gap.convert.layer is None:
        return share
    left = {layer: fte for layer, fte, _ in gap.after or []}
    converting = (
        f"if {requisitions(gap.convert)} converted to {layer_name(gap.convert.layer)} instead (the budget is already "
        "approved)"
    )
    if r.layer in left:
        return f"{share}, or {hires_amount(left[r.layer], basis)} {converting}"
    if not left:
        return f"{share}, or none {converting}: that closes the whole gap"
    after = hire_after_converting(report, gap)
    named = ""
    if after is not None:
        then, layer, hires = after
        named = f"{escape(then.role or '')}, for the {layer_name(layer)} layer ({hires_amount(hires, basis)})"
    return f"{share}, or none {converting}" + (f": the first hire is then {named}" if named else "")


def _converted(gap: Gap, basis: Basis) -> str:
    """What is left, and what it costs, if the open ML requisitions a recommendation converts are converted."""
    if gap.convert is None:
        return ""
    left = f": {_costed(gap.after, basis, gap.currency)}." if gap.after else ", nothing is left to hire."
    return (
        f' <span id="gap-cost-converted">If {requisitions(gap.convert)} converted instead (the budget is already '
        f"approved){left}</span>"
    )


def _costed(hires: Hires, basis: Basis, currency: str, aside: str = "") -> str:
    """'8.5 FTE across 3 layers, $950,500–$1,448,000 a year', saying which layers a total leaves out; `aside`
    follows the FTE."""
    low, high, unpriced = gap_totals(hires)
    costs = money_range(low, high, currency)
    fte = hires_amount(total(hires), basis)
    if len(unpriced) == len(hires):  # nothing to add up: "$0-$0" would read as free
        cost = f", no published salary range for {in_words([layer_name(x) for x in unpriced], 'or')}"
    elif unpriced:  # the total leaves layers out: the sentence says so, not only the table's small print
        cost = (
            f"; {costs} a year for {hires_number(priced_fte(hires), basis)} of the {fte}; "
            f"{unpriced_words(hires, basis)}"
        )
    else:
        cost = f", {costs} a year"
    return f"{fte} across {counted(len(hires), 'layer')}{aside}{cost}"
