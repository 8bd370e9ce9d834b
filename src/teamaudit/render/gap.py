"""The gap the recommendations close, and how each recommendation stands to it: part of closing the gap, already
inside another recommendation's FTE, or a way to the same FTE instead of hiring (open ML requisitions converted).
Every format that lists recommendations says so, so a reader never adds up asks that overlap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from teamaudit.model import THREE_LAYERS, Basis, Layer, Recommendation, Report
from teamaudit.rules import BY_ID
from teamaudit.rules.base import amount, number


def gap_hires(report: Report) -> list[tuple[Layer, float, Recommendation]]:
    """The hires that close the gap: per layer, the largest FTE any recommendation asks for."""
    best: dict[Layer, tuple[float, Recommendation]] = {}
    for r in report.recommendations:
        hire = r.kind == "hire" and r.layer in THREE_LAYERS and BY_ID[r.rule].CLOSES_GAP
        if hire and r.layer is not None and r.fte and (r.layer not in best or r.fte > best[r.layer][0]):
            best[r.layer] = (r.fte, r)
    return [(layer, fte, rec) for layer, (fte, rec) in sorted(best.items(), key=lambda kv: THREE_LAYERS.index(kv[0]))]


def gap_totals(hires: list[tuple[Layer, float, Recommendation]]) -> tuple[float, float, list[Layer]]:
    """The low and high annual cost of the priced hires, and the layers with no published range."""
    low = sum(fte * r.comp_low for _, fte, r in hires if r.comp_low is not None and r.comp_high is not None)
    high = sum(fte * r.comp_high for _, fte, r in hires if r.comp_low is not None and r.comp_high is not None)
    return low, high, [layer for layer, _, r in hires if r.comp_low is None or r.comp_high is None]


def unpriced_words(hires: list[tuple[Layer, float, Recommendation]], basis: Basis) -> str:
    """The layers a cost total leaves out, with their FTE: "clinical 2.9 FTE has no published range"."""
    left = [(layer, fte) for layer, fte, r in hires if r.comp_low is None or r.comp_high is None]
    if not left:
        return ""
    names = " and ".join(f"{layer.value} {amount(fte, basis)}" for layer, fte in left)
    return f"{names} {'has' if len(left) == 1 else 'have'} no published range"


def priced_fte(hires: list[tuple[Layer, float, Recommendation]]) -> float:
    return sum(fte for _, fte, r in hires if r.comp_low is not None and r.comp_high is not None)


@dataclass(frozen=True, slots=True)
class GapNote:
    part: str  # "closes" (counted in the gap), "covered" (inside another's FTE), "instead" (a way to the same FTE)
    # or "apart" (not a hire the gap counts)
    note: str


def gap_notes(report: Report, shown: Sequence[Recommendation], numbered: bool = True) -> list[GapNote | None]:
    """How each shown recommendation stands to the gap, numbered as shown (1 is the first): "part of closing the
    gap: 3.3 of the 8.5 FTE it takes", "already in the gap, not on top: part of the 3.7 FTE for compliance in
    recommendation 1", "instead of hiring, not on top: converting these requisitions covers 2.0 of the 3.7 FTE
    for compliance in recommendation 1". None for advice that is not about FTE (settling a classification, a
    suppression). Not `numbered` (JSON), the notes name no recommendation by number: the order follows the
    file's lines, and a machine reading the list should get the same notes whatever order the people are in."""
    hires = gap_hires(report)
    by_layer = {layer: (fte, r) for layer, fte, r in hires}
    total = amount(sum(fte for _, fte, _ in hires), report.basis)
    order = {id(r): i for i, r in enumerate(shown, 1)} if numbered else {}
    return [_note(r, by_layer, order, total, report.basis) for r in shown]


def _note(
    r: Recommendation,
    by_layer: dict[Layer, tuple[float, Recommendation]],
    order: dict[int, int],
    total: str,
    basis: Basis,
) -> GapNote | None:
    if r.kind == "declare" or r.layer not in by_layer:
        if r.kind == "hire" and r.layer in THREE_LAYERS and not BY_ID[r.rule].CLOSES_GAP:
            return GapNote("apart", "not counted in closing the gap: recording evidence that exists may do")
        return None
    best, covering = by_layer[r.layer]
    layer = r.layer.value if r.layer else ""
    where = f" in recommendation {order[id(covering)]}" if id(covering) in order else ""
    if covering is r:
        return GapNote("closes", f"part of closing the gap: {number(best, basis)} of the {total} it takes")
    if r.kind == "convert":
        covers = f"{number(min(r.fte or 0.0, best), basis)} of the" if (r.fte or 0.0) < best else "the"
        return GapNote(
            "instead",
            f"instead of hiring, not on top: converting these requisitions covers {covers} {amount(best, basis)} "
            f"for {layer}{where}",
        )
    if not BY_ID[r.rule].CLOSES_GAP:
        return GapNote(
            "apart",
            f"not on top of the gap: one of the {amount(best, basis)} for {layer}{where} can be this hire, or record "
            "evidence that exists",
        )
    return GapNote("covered", f"already in the gap, not on top: part of the {amount(best, basis)} for {layer}{where}")
