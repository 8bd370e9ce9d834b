"""The terminal report: verdict, composition per layer (current and plan), findings, recommendations, and
with --details one line per person.

Colour and boxes only on a terminal; plain ASCII otherwise (pipes, CI logs, NO_COLOR).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

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
    views_in_words,
)
from teamaudit.render.gap import gap_notes
from teamaudit.render.plaintext import Column, PlainLines, TableSpec, table, table_width
from teamaudit.render.prose import tally
from teamaudit.rules.base import fmt, ratio_figure, threshold_figure

if TYPE_CHECKING:  # rich is imported for colour only
    from rich.box import Box
    from rich.console import Console
    from rich.table import Table


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
    if not options.color:
        return _plain_summary(report, options)
    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out,
        width=options.width,
        force_terminal=True,
        color_system="standard",
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
    _sections(console, report, options.details)
    return out.getvalue()


def _plain_summary(report: Report, options: RenderOptions) -> str:
    """The summary as rich writes it without colour (then with no line ending in spaces a diff shows)."""
    lines = PlainLines()
    _verdict(lines, report)
    lines.block(table(_fitted_spec(report, options.width)))
    lines.print()
    _sections(lines, report, options.details)
    return lines.text()


def _sections(console: Console | PlainLines, report: Report, details: bool) -> None:
    if report.findings:
        _findings(console, f"Findings ({report.said(report.scope)} view)", report.findings, "", details)
    else:
        console.print(no_findings(report))
        console.print()
    other = report.other_view
    if other and report.findings_in(other):
        _findings(console, other_view_title(other), *other_view_findings(report, other), details)
    if report.recommendations:
        _recommendations(console, report, details)


def _print_parts(console: Console | PlainLines, first: tuple[str, str], *rest: tuple[str, str | None]) -> None:
    """One line of styled parts; in colour the first part's style is the whole line's, as rich's Text has it."""
    if isinstance(console, PlainLines):
        console.print("".join(text for text, _ in (first, *rest)))
        return
    from rich.text import Text

    line = Text(first[0], style=first[1])
    for text, style in rest:
        line.append(text, style=style)
    console.print(line)


def _verdict(console: Console | PlainLines, report: Report) -> None:
    """The header line, the verdict with the findings' tally, and the two views in words."""
    header = [f"teamaudit {report.tool_version}", escape.text(report.source)]
    if report.organization:
        header.append(escape.text(report.organization))
    if report.as_of:
        header.append(f"as of {report.as_of.isoformat()}")
    header.append(escape.text(f"rubric {report.rubric.name} {report.rubric.version}"))
    console.print(" | ".join(header))

    failed = report.verdict == "fail"
    _print_parts(
        console,
        ("FAIL" if failed else "PASS", "bold red" if failed else "bold green"),
        (f"  {headline(report)}; {tally(report.findings)}; failing at {report.fail_on.value}", ""),
    )
    both = views_in_words(report)
    if both:
        console.print(both)
    for sentence in [*firmness_sentences(report), *near_threshold_notes(report)]:
        console.print(sentence)
    step = first_step(report)
    if step:
        console.print(escape.text(step), style="bold")
    console.print()


def _quoted(key: str) -> str:
    """A key the advice names as code, in quotes: text has no code font, and 'in their background: if it exists'
    read the key's colon as the sentence's."""
    return f"'{escape.text(key)}'"


def _recommendations(console: Console | PlainLines, report: Report, details: bool) -> None:
    console.print("Recommendations", style="bold")
    recommendations, hidden = listed(report.recommendations, details)
    notes = gap_notes(report, recommendations)
    for i, (r, note) in enumerate(zip(recommendations, notes, strict=True), 1):
        console.print(f"  {i}. [{r.rule}] {escape.with_code(r.text, escape.text, _quoted, r.literal)}")
        if note:
            console.print(f"     -> {note.note}")
        extra = recommendation_details(r, report.basis, report.rubric.currency)
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
    from rich import box
    from rich.measure import Measurement

    table_, width = _rich_table(_composition(report, 0, color=True), box.ROUNDED, False), options.width
    for edge in (True, False):
        for bar in range(_BAR_WIDTH, -1, -1):
            table_ = _rich_table(_composition(report, bar, color=True), box.ROUNDED, edge)
            width = Measurement.get(console, console.options.update_width(10_000), table_).maximum
            if width <= options.width:
                return table_, options.width
    return table_, width


def _fitted_spec(report: Report, width: int) -> TableSpec:
    """The plain composition with the longest bar that fits `width`, else with none (printed whole)."""
    spec = _composition(report, 0)
    for bar in range(_BAR_WIDTH, -1, -1):
        spec = _composition(report, bar)
        if table_width(spec) <= width:
            return spec
    return spec


def _rich_table(spec: TableSpec, table_box: Box, edge: bool) -> Table:
    from rich.table import Table

    table_ = Table(title=spec.title, box=table_box, title_justify="left", show_edge=edge)
    for column in spec.columns:
        table_.add_column(column.header, justify=column.justify, no_wrap=True)
    for row in spec.rows[:-1]:
        table_.add_row(*row)
    table_.add_row(*spec.rows[-1], style="bold")  # the ratio row
    return table_


def _composition(report: Report, bar: int, color: bool = False) -> TableSpec:
    scoped = report.composition(report.scope)
    unit = report.basis.unit
    views = [report.composition(Scope.CURRENT)]
    if report.has_future:
        views.append(report.composition(Scope.PLAN))
    # Headers on two lines, so both views and the bar fit 80 columns; figures never wrap. The bar shares the
    # share's column, under its header: a column of its own had none, and ended the header row in a bare '|'.
    columns = [Column("layer", "left")]
    for c in views:
        columns += [Column(f"{c.view.value}\npeople", "right"), Column(f"{c.view.value}\nFTE", "right")]
    columns.append(Column(share_header(report).replace(" ", "\n", 1), "left"))
    rows = []
    for layer in Layer:
        row = [layer.value]
        for c in views:
            count = c.count(layer)
            row += [str(count.headcount), fmt(count.fte)]
        share = scoped.share(layer)
        row.append(f"{share:>4.0%} {_bar(share, color, bar)}".rstrip())
        rows.append(tuple(row))
    ratio_row = ["ML : layers"]
    for c in views:  # under the column the ratio is counted in: people with --basis headcount
        shown = "n/a" if c.ratio is None else ratio_figure(c, report.rubric.ml_ratio)
        ratio_row += [shown, ""] if unit == "people" else ["", shown]
    ratio_row.append(f"max {threshold_figure(report.rubric.ml_ratio)}")
    rows.append(tuple(ratio_row))
    return TableSpec(f"Composition ({unit})", tuple(columns), tuple(rows))


def _findings(
    console: Console | PlainLines, title: str, findings: tuple[Finding, ...], also: str, details: bool
) -> None:
    console.print(title, style="bold")
    shown, hidden = listed(findings, details)
    for f in shown:
        suppressed = [(f" [suppressed: {escape.text(f.suppressed)}]", "dim")] if f.suppressed else []
        _print_parts(
            console,
            (f"  {f.severity.value.upper():8}", _STYLE[f.severity]),
            (f"{f.rule} {f.name}: {escape.text(f.message)}", None),
            *suppressed,
        )
    if hidden:
        console.print("  " + left_out(hidden, "findings"), style="dim")
    if also:
        console.print("  " + also, style="dim")
    console.print()


_PEOPLE_COLUMNS = ("line", "name", "title", "status", "layer", "conf", "hands-on", "evidence")
_RIGHT = {"line", "conf"}


def _people(report: Report, color: bool) -> Iterator[str]:
    """One line per person, so a roster of any size is fast to print and each person greps as one line.
    Columns are as wide as their widest value; the evidence comes last and is never cut."""
    from rich.cells import cell_len

    widths = [cell_len(name) for name in _PEOPLE_COLUMNS[:-1]]
    for p in report.people:
        for i, cell in enumerate(_person_cells(p)):
            widths[i] = max(widths[i], cell_len(cell))
    header = _line(_PEOPLE_COLUMNS, widths, cell_len)
    bold, plain = ("\x1b[1m", "\x1b[0m") if color else ("", "")
    yield f"{bold}People{plain}\n{bold}{header}{plain}\n"
    yield from in_chunks(_line((*_person_cells(p), _evidence(p)), widths, cell_len) + "\n" for p in report.people)


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
    return _flat("; ".join(evidence[:2])) + (f" (+{len(evidence) - 2:,} more)" if len(evidence) > 2 else "")


def _flat(text: str) -> str:
    """On one line, control characters shown as escapes: a quoted YAML value may hold any of them."""
    return escape.text(text)


def _line(cells: tuple[str, ...], widths: list[int], cell_len: Callable[[str], int]) -> str:
    padded = []
    for name, cell, width in zip(_PEOPLE_COLUMNS, cells, widths, strict=False):
        gap = " " * (width - cell_len(cell))
        padded.append(gap + cell if name in _RIGHT else cell + gap)
    padded.extend(cells[len(widths) :])
    return "  ".join(padded).rstrip()
