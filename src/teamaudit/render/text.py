"""The terminal report: verdict, composition per layer (current and plan), findings, recommendations, and
with --details one line per person.

Colour and boxes only on a terminal; plain ASCII otherwise (pipes, CI logs, NO_COLOR).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from teamaudit.model import ClassifiedPerson, Finding, Layer, Report, Scope, Severity
from teamaudit.render import RenderOptions, escape
from teamaudit.render.common import (
    firmness_sentences,
    headline,
    in_chunks,
    left_out,
    listed,
    near_threshold_notes,
    no_findings,
    other_view_title,
    recommendation_details,
    share_header,
    source_tag,
    status_cell,
    views_in_words,
)
from teamaudit.render.gap import gap_notes
from teamaudit.rules.base import fmt

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_BAR_WIDTH = 12  # the longest bar: two views side by side fit 100 columns with it


def _bar(share: float, color: bool, longest: int) -> str:
    filled = max(1, round(share * longest)) if share > 0 and longest else 0  # a layer that is there shows
    return ("█" if color else "#") * filled


def render(report: Report, options: RenderOptions) -> str:
    return "".join(chunks(report, options))


def chunks(report: Report, options: RenderOptions) -> Iterator[str]:
    """The report in pieces: the summary, then the people a few thousand lines at a time."""
    yield _summary(report, options)
    if options.details:
        yield from _people(report, options.color)


def _summary(report: Report, options: RenderOptions) -> str:
    out = io.StringIO()
    console = Console(
        file=out,
        width=options.width,
        force_terminal=options.color,
        color_system="standard" if options.color else None,
        no_color=not options.color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        soft_wrap=True,
    )
    _verdict(console, report)
    console.soft_wrap = False
    table, console.width = _fitted_composition(console, report, options)
    console.print(table)
    console.width, console.soft_wrap = options.width, True
    console.print()
    if report.findings:
        _findings(console, f"Findings ({report.said(report.scope)} view)", report.findings, options.details)
    else:
        console.print(no_findings(report))
        console.print()
    if report.other_view and report.findings_in(report.other_view):
        _findings(console, other_view_title(report.other_view), report.findings_in(report.other_view), options.details)
    if report.recommendations:
        _recommendations(console, report, options.details)
    if options.color:
        return out.getvalue()
    # rich pads table cells to the column width; plain text should not end lines in spaces a diff shows.
    return "\n".join(line.rstrip() for line in out.getvalue().split("\n"))


def _verdict(console: Console, report: Report) -> None:
    """The header line, the verdict with the findings' tally, and the two views in words."""
    header = [f"teamaudit {report.tool_version}", escape.text(report.source)]
    if report.organization:
        header.append(escape.text(report.organization))
    if report.as_of:
        header.append(f"as of {report.as_of.isoformat()}")
    header.append(escape.text(f"rubric {report.rubric.name} {report.rubric.version}"))
    console.print(" | ".join(header))

    counts = {s: sum(1 for f in report.findings if f.severity is s) for s in Severity}
    tally = ", ".join(f"{n} {s.value}{'s' if n != 1 and s is not Severity.INFO else ''}" for s, n in counts.items())
    verdict = Text(
        "FAIL" if report.verdict == "fail" else "PASS", style="bold red" if report.verdict == "fail" else "bold green"
    )
    verdict.append(
        f"  {headline(report)}; {tally or 'no findings'}; failing at {report.fail_on.value}",
        style="",
    )
    console.print(verdict)
    both = views_in_words(report)
    if both:
        console.print(both)
    for sentence in [*firmness_sentences(report), *near_threshold_notes(report)]:
        console.print(sentence)
    console.print()


def _recommendations(console: Console, report: Report, details: bool) -> None:
    console.print("Recommendations", style="bold")
    recommendations, hidden = listed(report.recommendations, details)
    notes = gap_notes(report, recommendations)
    for i, (r, note) in enumerate(zip(recommendations, notes, strict=True), 1):
        console.print(f"  {i}. [{r.rule}] {escape.text(r.text)}")
        if note:
            console.print(f"     -> {note.note}")
        extra = recommendation_details(r, report.basis)
        if extra:
            console.print("     " + escape.text("; ".join(extra)))
        if r.source and r.comp_low is not None:
            console.print(f"     source: {escape.text(r.source)}")
    if hidden:
        console.print("  " + left_out(hidden, "recommendations"), style="dim")
    console.print()


def _fitted_composition(console: Console, report: Report, options: RenderOptions) -> tuple[Table, int]:
    """The composition table with the longest bar that fits the width, then with none, then on a terminal without
    its outer edges; and the width to print it at: a table that fits nowhere is printed whole, for the terminal
    to wrap, never with a figure or a layer cut to `…`."""
    table_box = box.ROUNDED if options.color else box.ASCII
    table, width = Table(), options.width
    for edge in (True, False) if options.color else (False,):
        for bar in range(_BAR_WIDTH, -1, -1):
            table = _composition(report, options, table_box, bar, edge)
            width = Measurement.get(console, console.options.update_width(10_000), table).maximum
            if width <= options.width:
                return table, options.width
    return table, width


def _composition(report: Report, options: RenderOptions, table_box: box.Box, bar: int, edge: bool) -> Table:
    scoped = report.composition(report.scope)
    unit = report.basis.unit
    views = [report.composition(Scope.CURRENT)]
    if report.has_future:
        views.append(report.composition(Scope.PLAN))
    table = Table(title=f"Composition ({unit})", box=table_box, title_justify="left", show_edge=edge)
    # Headers on two lines, so both views and the bar fit 80 columns; figures never wrap. The bar shares the
    # share's column, under its header: a column of its own had none, and ended the header row in a bare '|'.
    table.add_column("layer", no_wrap=True)
    for c in views:
        table.add_column(f"{c.view.value}\npeople", justify="right", no_wrap=True)
        table.add_column(f"{c.view.value}\nFTE", justify="right", no_wrap=True)
    table.add_column(share_header(report).replace(" ", "\n", 1), no_wrap=True)
    for layer in Layer:
        row = [layer.value]
        for c in views:
            count = c.count(layer)
            row += [str(count.headcount), fmt(count.fte)]
        share = scoped.share(layer)
        row.append(f"{share:>4.0%} {_bar(share, options.color, bar)}".rstrip())
        table.add_row(*row)
    ratio_row = ["ML : layers"]
    for c in views:  # under the column the ratio is counted in: people with --basis headcount
        shown = "n/a" if c.ratio is None else f"{c.ratio:.2f}"
        ratio_row += [shown, ""] if unit == "people" else ["", shown]
    ratio_row.append(f"max {report.rubric.ml_ratio:.2f}")
    table.add_row(*ratio_row, style="bold")
    return table


def _findings(console: Console, title: str, findings: tuple[Finding, ...], details: bool) -> None:
    console.print(title, style="bold")
    shown, hidden = listed(findings, details)
    for f in shown:
        line = Text(f"  {f.severity.value.upper():8}", style=_STYLE[f.severity])
        line.append(f"{f.rule} {f.name}: {escape.text(f.message)}")
        if f.suppressed:
            line.append(f" [suppressed: {escape.text(f.suppressed)}]", style="dim")
        console.print(line)
    if hidden:
        console.print("  " + left_out(hidden, "findings"), style="dim")
    console.print()


_PEOPLE_COLUMNS = ("line", "name", "title", "status", "layer", "conf", "hands-on", "evidence")
_RIGHT = {"line", "conf"}


def _people(report: Report, color: bool) -> Iterator[str]:
    """One line per person, so a roster of any size is fast to print and each person greps as one line.
    Columns are as wide as their widest value; the evidence comes last and is never cut."""
    widths = [cell_len(name) for name in _PEOPLE_COLUMNS[:-1]]
    for p in report.people:
        for i, cell in enumerate(_person_cells(p)):
            widths[i] = max(widths[i], cell_len(cell))
    header = _line(_PEOPLE_COLUMNS, widths)
    bold, plain = ("\x1b[1m", "\x1b[0m") if color else ("", "")
    yield f"{bold}People{plain}\n{bold}{header}{plain}\n"
    yield from in_chunks(_line((*_person_cells(p), _evidence(p)), widths) + "\n" for p in report.people)


def _person_cells(p: ClassifiedPerson) -> tuple[str, ...]:
    pc = p.classification
    return (
        str(p.person.line),
        _flat(p.person.name),
        _flat(p.person.title),
        status_cell(p.person),
        p.layer.value + source_tag(pc),
        f"{pc.confidence:.2f}",
        "yes" if p.hands_on else "no",
    )


def _evidence(p: ClassifiedPerson) -> str:
    evidence = p.classification.evidence
    return _flat("; ".join(evidence[:2])) + (f" (+{len(evidence) - 2} more)" if len(evidence) > 2 else "")


def _flat(text: str) -> str:
    """On one line, control characters shown as escapes: a quoted YAML value may hold any of them."""
    return escape.text(text)


def _line(cells: tuple[str, ...], widths: list[int]) -> str:
    padded = []
    for name, cell, width in zip(_PEOPLE_COLUMNS, cells, widths, strict=False):
        gap = " " * (width - cell_len(cell))
        padded.append(gap + cell if name in _RIGHT else cell + gap)
    padded.extend(cells[len(widths) :])
    return "  ".join(padded).rstrip()
