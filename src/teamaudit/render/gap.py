"""The gap the recommendations close, and how each recommendation stands to it: part of closing the gap, already
inside another recommendation's FTE, or a way to close part of it instead of hiring (open ML requisitions
converted). Every format that lists recommendations says so, so a reader never adds up asks that overlap.

The gap is what every recommended hire adds up to, the largest ask per layer, and the notes count it as the
advice does, in whole hires ('4 of the 9 people it takes'); what those hires close in FTE (8.5) is the over-indexing
finding's to say. It can be more than the hires the over-indexing finding asks for (a thin layer asks for a second
person the over-indexing does not need): the notes then say both. Converting open ML requisitions takes them off ML
research as well as adding them to a layer, so it closes more than its own FTE; what it leaves is what the rules
recommend once those requisitions are retitled (Report.after_conversion), never a subtraction, except that the
requisitions are the hires the gap asked of their layer (`left_after_converting`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from teamaudit.model import THREE_LAYERS, Basis, Layer, Recommendation, Report
from teamaudit.rules import BY_ID
from teamaudit.rules.base import amount, hires_amount, hires_number, in_words
from teamaudit.rules.ta001_ml_over_index import shortfall

Hires = list[tuple[Layer, float, Recommendation]]


def hires_in(recommendations: Sequence[Recommendation]) -> Hires:
    """The hires that close the gap: per layer, the largest FTE any recommendation asks for."""
    best: dict[Layer, tuple[float, Recommendation]] = {}
    for r in recommendations:
        hire = r.kind == "hire" and r.layer in THREE_LAYERS and BY_ID[r.rule].CLOSES_GAP
        if hire and r.layer is not None and r.fte and (r.layer not in best or r.fte > best[r.layer][0]):
            best[r.layer] = (r.fte, r)
    return [(layer, fte, rec) for layer, (fte, rec) in sorted(best.items(), key=lambda kv: THREE_LAYERS.index(kv[0]))]


def gap_hires(report: Report) -> Hires:
    return hires_in(report.recommendations)


def total(hires: Hires) -> float:
    return round(sum(fte for _, fte, _ in hires), 6)


@dataclass(frozen=True, slots=True)
class Gap:
    """The gap of a report, in the basis: the hires that close it, what ending the over-indexing alone takes, and
    the hires left if the open ML requisitions a recommendation converts are converted."""

    hires: Hires
    over_index: float  # the hires the over-indexing finding asks for; 0 when the view is not over-indexed
    convert: Recommendation | None = None
    after: Hires | None = None  # with convert: the hires its requisitions, retitled, leave
    shortfall: float = 0.0  # with over_index: how far the layers fall short of ML research (8.5 FTE for 9 hires)
    over_index_after: float = 0.0  # with convert: the hires the over-indexing still asks for once converted
    currency: str = "USD"  # the rubric's, which every hire's range is in (rubric.py refuses ranges in two)

    @property
    def total(self) -> float:
        return total(self.hires)

    @property
    def after_total(self) -> float:
        return total(self.after or [])

    @property
    def closed_by_converting(self) -> float:
        """How much of the gap converting the requisitions closes: more than their own FTE, as each leaves ML
        research too; 0 with nothing to convert."""
        return max(0.0, round(self.total - self.after_total, 6)) if self.convert is not None else 0.0

    def more_than_over_index(self) -> bool:
        return 0 < self.over_index < self.total - 1e-9


def the_gap(report: Report) -> Gap:
    over = [r for r in report.recommendations if _over_index_hire(r)]
    convert = next((r for r in report.recommendations if r.kind == "convert"), None)
    after = left_after_converting(gap_hires(report), report.after_conversion or (), convert) if convert else None
    short = shortfall(report.composition(report.scope), report.rubric.ml_ratio) if over else 0.0
    over_after = sum(r.fte or 0.0 for r in report.after_conversion or () if _over_index_hire(r)) if convert else 0.0
    over_fte = round(sum(r.fte or 0.0 for r in over), 6)
    return Gap(gap_hires(report), over_fte, convert, after, short, over_after, report.rubric.currency)


def hire_after_converting(report: Report, gap: Gap) -> tuple[Recommendation, Layer, float] | None:
    """The hire that comes first once the open ML requisitions `gap.convert` names are converted, its layer, and
    the hires that layer then takes; None when converting closes the whole gap (or nothing is converted)."""
    left = {layer: fte for layer, fte, _ in gap.after or []}
    for r in report.after_conversion or ():
        if r.kind == "hire" and r.role and r.layer is not None and r.layer in left:
            return r, r.layer, left[r.layer]
    return None


def left_after_converting(before: Hires, after: Sequence[Recommendation], convert: Recommendation) -> Hires:
    """The hires left once `convert`'s requisitions are retitled. Run again on that view, a rule may ask more of
    their layer than it did (a layer a requisition now holds alone is thin, so TA003 asks for a second person),
    yet the requisitions are the hires the gap asked of that layer: there, only the over-indexing left after
    converting may ask for more than the gap's hires less the requisitions."""
    layer = convert.layer
    asked = next((fte for each, fte, _ in before if each is layer), 0.0)
    over = max((r.fte or 0.0 for r in after if _over_index_hire(r) and r.layer is layer), default=0.0)
    left: Hires = []
    for each, fte, rec in hires_in(after):
        if each is layer:
            fte = max(over, min(fte, round(asked - (convert.fte or 0.0), 6)))
        if fte > 1e-9:
            left.append((each, fte, rec))
    return left


def _over_index_hire(r: Recommendation) -> bool:
    return r.kind == "hire" and BY_ID[r.rule].SAID_AS == "over-index"


def gap_totals(hires: Hires) -> tuple[float, float, list[Layer]]:
    """The low and high annual cost of the priced hires, and the layers with no published range."""
    low = sum(fte * r.comp_low for _, fte, r in hires if r.comp_low is not None and r.comp_high is not None)
    high = sum(fte * r.comp_high for _, fte, r in hires if r.comp_low is not None and r.comp_high is not None)
    return low, high, [layer for layer, _, r in hires if r.comp_low is None or r.comp_high is None]


def unpriced_words(hires: Hires, basis: Basis) -> str:
    """The layers a cost total leaves out, with their hires: "clinical (3 people) has no published range"."""
    left = [(layer, fte) for layer, fte, r in hires if r.comp_low is None or r.comp_high is None]
    if not left:
        return ""
    names = in_words([f"{layer.value} ({hires_amount(fte, basis)})" for layer, fte in left])
    return f"{names} {'has' if len(left) == 1 else 'have'} no published range"


def priced_fte(hires: Hires) -> float:
    return sum(fte for _, fte, r in hires if r.comp_low is not None and r.comp_high is not None)


def shortfall_words(gap: Gap, basis: Basis) -> str:
    """Beside the hires that close the gap, the FTE they close, when ending the over-indexing is all the gap is:
    '9 people across 3 layers (full-time hires for 8.5 FTE)'. Counted in people (--basis headcount), the hires are
    the gap."""
    if gap.shortfall and not gap.more_than_over_index() and basis is Basis.FTE:
        return f" (full-time hires for {amount(gap.shortfall, basis)})"
    return ""


def over_index_words(gap: Gap, basis: Basis) -> str:
    """Beside the gap, when the other findings ask for more than ending the over-indexing takes: the over-indexing
    finding's own "hire 2 people" and a gap of 3 people would otherwise read as two answers to one sum."""
    if not gap.more_than_over_index():
        return ""
    return f" (ending the over-indexing alone takes {hires_amount(gap.over_index, basis)}; other findings take more)"


def left_words(hires: Hires, basis: Basis) -> str:
    """'5 people left to hire: 2 for clinical, 1 for integration and 2 for compliance'."""
    if not hires:
        return "nothing left to hire"
    if len(hires) == 1:
        return f"{hires_amount(total(hires), basis)} left to hire, for {hires[0][0].value}"
    each = in_words([f"{hires_number(fte, basis)} for {layer.value}" for layer, fte, _ in hires])
    return f"{hires_amount(total(hires), basis)} left to hire: {each}"


@dataclass(frozen=True, slots=True)
class GapNote:
    part: str  # "closes" (counted in the gap), "covered" (inside another's FTE), "instead" (converting open ML
    # requisitions closes part of the gap without hiring) or "apart" (not a hire the gap counts)
    note: str


def gap_notes(report: Report, shown: Sequence[Recommendation], numbered: bool = True) -> list[GapNote | None]:
    """How each shown recommendation stands to the gap, in whole hires as the advice counts them, numbered as shown
    (1 is the first): "part of closing the gap: 4 of the 9 people it takes; the gap takes 5 people if the 2 open ML
    requisitions are converted (recommendation 4)", "already in the gap, not on top: part of the 3 people for
    clinical in recommendation 2", "instead of hiring, not on top: converting these spares hiring 4 of the 9 people it
    takes, ...; 5 people left to hire: ...". The gap in FTE is the over-indexing finding's to say. None for
    advice that is not about FTE (settling a classification, a suppression). Not `numbered` (JSON), the notes
    name no recommendation by number: the order follows the file's lines, and a machine reading the list should
    get the same notes whatever order the people are in."""
    gap = the_gap(report)
    order = {id(r): i for i, r in enumerate(shown, 1)} if numbered else {}
    return [_note(r, gap, order, report.basis) for r in shown]


def _note(r: Recommendation, gap: Gap, order: dict[int, int], basis: Basis) -> GapNote | None:
    by_layer = {layer: (fte, rec) for layer, fte, rec in gap.hires}
    if r.kind == "convert":
        return GapNote("instead", _converting(r, gap, basis))
    if r.kind == "declare" or r.layer not in by_layer:
        if r.kind == "hire" and r.layer in THREE_LAYERS and not BY_ID[r.rule].CLOSES_GAP:
            return GapNote("apart", "not counted in closing the gap: recording evidence that exists may do")
        return None
    best, covering = by_layer[r.layer]
    layer = r.layer.value if r.layer else ""
    where = f" in recommendation {order[id(covering)]}" if id(covering) in order else ""
    if covering is r:
        said = f"{share_of(best, gap.total, basis)} it takes{over_index_words(gap, basis)}"
        whole = f"closing {which_gap(gap)}"
        whole = whole if abs(best - gap.total) < 1e-9 else f"part of {whole}"
        return GapNote("closes", f"{whole}: {said}{_if_converted(gap, order, basis)}")
    if not BY_ID[r.rule].CLOSES_GAP:
        return GapNote(
            "apart",
            f"not on top of the gap: {_one_of(best, layer)}{where} can be this one, or record evidence that exists",
        )
    return GapNote("covered", f"already in the gap, not on top: part of {_layer_hires(best, layer, basis)}{where}")


def which_gap(gap: Gap) -> str:
    """The gap a note means: the over-indexing's, which its finding explains ('the gap'), else the layers the hires
    staff: 'the gap in the missing and thin layers'. A team that is not over-indexed read 'part of closing the gap'
    with no gap said anywhere."""
    if gap.over_index > 0:
        return "the gap"
    kinds = {"missing" if BY_ID[r.rule].SAID_AS == "missing-layer" else "thin" for _, _, r in gap.hires}
    said = " and ".join(kind for kind in ("missing", "thin") if kind in kinds)
    return f"the gap in the {said} {'layers' if len(gap.hires) > 1 else 'layer'}"


def share_of(hires: float, gap: float, basis: Basis) -> str:
    """'4 of the 9 people'; the whole of it, 'the 1 person', not '1 of the 1 person'."""
    if abs(hires - gap) < 1e-9:
        return f"the {hires_amount(gap, basis)}"
    return f"{hires_number(hires, basis)} of the {hires_amount(gap, basis)}"


def _layer_hires(hires: float, layer: str, basis: Basis) -> str:
    """'the clinical hire', 'the 3 clinical hires'; a share of one in the basis: 'the 0.5 FTE for clinical'."""
    if abs(hires - round(hires)) > 1e-9 or hires < 1:
        return f"the {hires_amount(hires, basis)} for {layer}"
    return f"the {layer} hire" if round(hires) == 1 else f"the {round(hires)} {layer} hires"


def _one_of(hires: float, layer: str) -> str:
    """'the compliance hire', 'one of the 3 compliance hires': the gap's hires are whole people."""
    n = max(1, round(hires))
    return f"the {layer} hire" if n == 1 else f"one of the {n} {layer} hires"


def _if_converted(gap: Gap, order: dict[int, int], basis: Basis) -> str:
    if gap.convert is None:
        return ""
    where = f" (recommendation {order[id(gap.convert)]})" if id(gap.convert) in order else ""
    # "4 of the 9 people it takes; 5 people if ... converted" read as this share growing to 5: it is the gap.
    left = f"the gap takes {hires_amount(gap.after_total, basis)}" if gap.after else "no gap is left"
    return f"; {left} if {requisitions(gap.convert)} converted{where}"


def requisitions(convert: Recommendation) -> str:
    """'the open ML requisition is', 'the 2 open ML requisitions are'."""
    return f"{the_requisitions(convert)} {'is' if len(convert.converts) == 1 else 'are'}"


def the_requisitions(convert: Recommendation) -> str:
    """'the open ML requisition', 'the 2 open ML requisitions'."""
    if len(convert.converts) == 1:
        return "the open ML requisition"
    return f"the {len(convert.converts)} open ML requisitions"


def _converting(r: Recommendation, gap: Gap, basis: Basis) -> str:
    """What converting the requisitions closes, and what is left to hire: never only the FTE they hold."""
    closed = gap.closed_by_converting
    these, each = ("these", "each leaves") if len(r.converts) != 1 else ("this one", "it leaves")
    if not gap.after:
        closes = f"closes the whole gap ({hires_amount(gap.total, basis)})"
    else:
        # converting closes FTE, not people: it spares hiring some of the people the gap takes
        closes = f"spares hiring {hires_number(closed, basis)} of the {hires_amount(gap.total, basis)} it takes"
        if gap.over_index and not gap.over_index_after:  # the convert advice says it closes the gap in FTE
            closes = f"ends the over-indexing and {closes}"
    # leaving ML research is why it closes more than the requisitions themselves; no more, and it explains nothing
    why = f", as {each} ML research too" if closed > (r.fte or 0.0) + 1e-9 or not gap.after else ""
    left = left_words(gap.after or [], basis)
    if gap.after and gap.over_index and not gap.over_index_after:  # the convert advice: 'closes the whole gap'
        left += ", which the other findings ask for"
    if 0 < gap.over_index_after < gap.after_total - 1e-9:  # the convert advice counts the over-indexing's hires only
        left += (
            f" (ending the over-indexing then takes {hires_amount(gap.over_index_after, basis)}; other findings more)"
        )
    return f"instead of hiring, not on top: converting {these} {closes}{why}; {left}"
