"""Inline SVG charts for the HTML report: plain markup, no JavaScript, numbers readable from data attributes."""

from __future__ import annotations

from collections.abc import Sequence

from teamaudit.model import THREE_LAYERS, Basis, Composition, Layer
from teamaudit.render.escape import html as escape
from teamaudit.render.prose import layer_label
from teamaudit.rules.base import amount, number, ratio_figure, ratio_value, threshold_figure

# One lightness each (CIELAB L* 39, 27, 65, 52, 77), so that the layers stay apart printed in grey, each dark enough
# to stand out on white paper, and hues that stay apart for colour-blind readers (tests/test_report_client.py).
COLORS = {
    Layer.CLINICAL: "#09684f",
    Layer.INTEGRATION: "#1d3a87",
    Layer.COMPLIANCE: "#b98dd8",
    Layer.ML_RESEARCH: "#d2560b",
    Layer.OTHER: "#b8bfc8",
}
# WCAG 2.1 AA, 1.4.11 (non-text contrast): a bar's or swatch's edge 3:1 or more against the white page. The two light
# layers' fills (2.67:1 and 1.85:1) keep their lightness for grey print, outlined in their own hue darkened to 3.34:1.
EDGES = {**COLORS, Layer.COMPLIANCE: "#a57dc0", Layer.OTHER: "#888d94"}
_EDGE_OF = {COLORS[layer]: EDGES[layer] for layer in Layer}
LABEL_W, BAR_H, GAP, WIDTH = 150, 22, 10, 640
TEXT_PX, NOTE_PX = 13, 12  # font sizes of a chart's labels and notes
# On a phone the 640-unit chart is drawn about 350 px wide, which made 13 px labels 7 px: CSS sets these there
# (about 11 px drawn), and every label is given the room it takes at them.
PHONE_TEXT_PX, PHONE_NOTE_PX = 21, 20
# The report's CSS for charts, from the sizes above, so the room given to labels is the room they take.
CHART_CSS = (
    f".chart {{ max-width: 100%; height: auto; font-size: {TEXT_PX}px; fill: var(--ink); }}\n"
    f".chart .note {{ fill: var(--muted); font-size: {NOTE_PX}px; }} .chart .rule {{ stroke: var(--line); }}\n"
)
PHONE_CHART_CSS = f"  .chart {{ font-size: {PHONE_TEXT_PX}px; }} .chart .note {{ font-size: {PHONE_NOTE_PX}px; }}\n"
NOTE_LINE = round(PHONE_NOTE_PX * 1.25)  # a second line of a note, at its tallest


def _text_width(text: str, px: int) -> float:
    """A generous estimate of rendered width: sans-serif digits and letters average under 0.6 em."""
    return len(text) * px * 0.6


def scale(views: Sequence[Composition], threshold: float, basis: Basis, *, paired: bool) -> float:
    """Pixels per unit for every chart of a report, so that a board comparing current staff with the plan sees
    4.0 FTE as long a bar in each (each chart scaled to its own longest bar drew 4.0 FTE now as long as 5.0 in the
    plan): the longest bar or threshold of any view fits, with room after it for the longest value label, that of
    the `paired` before_after_chart too when there is one."""
    amounts = [value for c in views for value in (*(c.amount(layer) for layer in Layer), c.ml, c.layers)]
    maximum = max([*amounts, *(threshold * c.layers for c in views), 0.1])
    labels = [_text_width(amount(value, basis), PHONE_TEXT_PX) for value in amounts]  # composition_chart's
    if paired:
        labels += [_text_width(f"current {amount(value, basis)}", PHONE_NOTE_PX) for value in amounts]  # before_after
    room = max(labels)
    return (WIDTH - LABEL_W - (6 + room + 4)) / maximum


def composition_chart(c: Composition, threshold: float, k: float) -> str:
    """FTE per layer as bars, then ML research against the three layers combined, with the threshold
    (the most ML research the three layers allow) as a dashed reference line; `k` pixels per unit (`scale`)."""
    rows = [(layer_label(layer), c.amount(layer), COLORS[layer], layer.value) for layer in Layer]
    allowed = threshold * c.layers
    summary = [
        ("ML research", c.ml, COLORS[Layer.ML_RESEARCH], "ml"),
        ("Three layers", c.layers, "#264653", "layers"),
    ]
    height = (len(rows) + len(summary)) * (BAR_H + GAP) + 3 * GAP + 24 + NOTE_LINE
    values = ", ".join(f"{label} {number(value, c.basis)}" for label, value, _, _ in rows)
    title = f"{c.view.value} view, {c.basis.unit} per layer: {values}; ML-to-layers ratio {_ratio(c, threshold)} (threshold {threshold_figure(threshold)})"
    ratio = ratio_value(c, threshold)  # 1.00001 over 1.0, where Composition.ratio's four decimals read 1.0
    out = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg" data-view="{c.view.value}" '
        f'data-ratio="{"" if ratio is None else ratio}" data-threshold="{threshold}">',
        f"<title>{escape(title)}</title>",
    ]
    y = GAP
    for label, value, color, key in rows:
        out.append(_bar(label, value, color, key, y, k, c))
        y += BAR_H + GAP
    y += GAP
    out.append(f'<line x1="{LABEL_W}" x2="{WIDTH - 10}" y1="{y - GAP}" y2="{y - GAP}" class="rule"/>')
    y += GAP
    top = y
    x = LABEL_W + allowed * k
    for label, value, color, key in summary:
        out.append(_bar(label, value, color, key, y, k, c, clear_of=x))
        y += BAR_H + GAP
    out.append(
        f'<line class="threshold" data-allowed="{allowed:g}" x1="{x:.1f}" x2="{x:.1f}" y1="{top - 6}" '
        f'y2="{y - GAP + 6}" stroke="#111" stroke-width="2" stroke-dasharray="5 4"/>'
    )
    lines = ("most ML research", f"the layers allow: {amount(allowed, c.basis)}")
    # Beside the line, on whichever side has room for it, in two lines, so that one side has room on a phone too.
    right = x + 4 + max(_text_width(line, PHONE_NOTE_PX) for line in lines) <= WIDTH
    at, anchor = (x + 4, "") if right else (x - 4, ' text-anchor="end"')
    first, second = lines
    spans = f'<tspan x="{at:.1f}">{first}</tspan><tspan x="{at:.1f}" dy="1.25em">{second}</tspan>'
    out.append(f'<text x="{at:.1f}"{anchor} y="{y + 12}" class="note">{spans}</text>')
    out.append("</svg>")
    return "".join(out)


def _bar(
    label: str, value: float, color: str, key: str, y: int, k: float, c: Composition, clear_of: float | None = None
) -> str:
    w = max(value * k, 0.0)
    figure = amount(value, c.basis)
    return (
        f'<g class="bar" data-key="{key}" data-value="{value:g}">'
        f'<text x="{LABEL_W - 8}" y="{y + BAR_H * 0.7:.1f}" text-anchor="end">{escape(label)}</text>'
        f'<rect{_outline(color)} x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR_H}" rx="3" fill="{color}"/>'
        f'<text x="{_figure_at(LABEL_W + w + 6, figure, clear_of):.1f}" y="{y + BAR_H * 0.7:.1f}">{figure}</text></g>'
    )


def _outline(fill: str) -> str:
    edge = _EDGE_OF.get(fill, fill)
    return f' stroke="{edge}" stroke-width="1"' if edge != fill else ""


def _figure_at(x: float, figure: str, line: float | None) -> float:
    """Where a bar's figure starts: after its bar, or after the threshold line when the line would cross it (a
    team just under the threshold read '64.0 FTE' struck through by the dashed line, on a phone '84.0 FTE' too)."""
    if line is None or not x - 4 <= line <= x + _text_width(figure, PHONE_TEXT_PX) + 2:
        return x
    return line + 6


def _ratio(c: Composition, threshold: float) -> str:
    return "n/a" if c.ratio is None else ratio_figure(c, threshold)


def before_after_chart(before: Composition, after: Composition, k: float) -> str:
    """Current against plan, per layer: paired bars, `k` pixels per unit (`scale`)."""
    basis = after.basis
    thin = BAR_H // 2
    pitch = round(PHONE_NOTE_PX * 1.2)  # a bar and its label, clear of the next one's at PHONE_NOTE_PX
    height = len(Layer) * (2 * pitch + GAP) + GAP
    values = "; ".join(
        f"{layer_label(layer)} {number(before.amount(layer), basis)} now, {number(after.amount(layer), basis)} planned"
        for layer in Layer
    )
    title = f"current against plan, {basis.unit} per layer: {values}"
    out = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} '
        f'{height}" width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg" data-view="before-after">',
        f"<title>{escape(title)}</title>",
    ]
    y = GAP
    for layer in Layer:
        out.append(
            f'<text x="{LABEL_W - 8}" y="{y + (pitch + thin) // 2 + 5}" text-anchor="end">{layer_label(layer)}</text>'
        )
        for view, c, opacity in (("current", before, "0.45"), ("plan", after, "1")):
            value = c.amount(layer)
            w = value * k
            # the lighter bar keeps its layer's colour at its edge: a light layer's was all but white on paper
            edge = f' stroke="{EDGES[layer]}" stroke-width="1"' if view == "current" else _outline(COLORS[layer])
            out.append(
                f'<g class="bar" data-key="{layer.value}" data-series="{view}" data-value="{value:g}">'
                f'<rect{edge} x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{thin}" rx="2" fill="{COLORS[layer]}" '
                f'fill-opacity="{opacity}"/><text x="{LABEL_W + w + 6:.1f}" y="{y + thin - 1}" class="note">'
                f"{view} {amount(value, basis)}</text></g>"
            )
            y += pitch
        y += GAP
    out.append("</svg>")
    return "".join(out)


# Under the before_after_chart, as text of the page: at a phone's chart size it was wider than the chart.
BEFORE_AFTER_LEGEND = "Lighter bar: current staff; solid bar: the plan (current + planned + open)."


def plan_changes_picture(before: Composition, after: Composition) -> bool:
    return any(abs(before.amount(layer) - after.amount(layer)) > 1e-9 for layer in (*THREE_LAYERS, Layer.ML_RESEARCH))
