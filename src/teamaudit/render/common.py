"""Small helpers shared by several output formats."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

from teamaudit.ftedoubt import NOUNS
from teamaudit.headroom import ONE_HIRE, room_before_over
from teamaudit.model import (
    THREE_LAYERS,
    Basis,
    Classification,
    Finding,
    Firmness,
    Layer,
    Person,
    Recommendation,
    Report,
    Scope,
    Severity,
    Status,
)
from teamaudit.render.gap import hire_after_converting, the_gap
from teamaudit.render.money import money_range
from teamaudit.render.prose import counted, layer_name
from teamaudit.rules import BY_ID, RULES, doc
from teamaudit.rules.base import amount, hires_amount, in_words, number, ratio_figure, threshold_figure
from teamaudit.rules.ta001_ml_over_index import shortfall

SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_summary(rule_id: str) -> str:
    """The first line of a rule's docstring, after 'TA00N name: '."""
    first = doc(BY_ID[rule_id]).splitlines()[0]
    return first.split(": ", 1)[1] if ": " in first else first


NO_FINDINGS = "No findings: all three layers are staffed, proven, and ML research does not outnumber them."


def no_findings(report: Report) -> str:
    """What a human format says when the scoped view has no findings; it names the view when the other
    view has findings of its own, so a passing plan never reads as a team without problems."""
    other = report.other_view
    if other is None or not report.findings_in(other):
        return NO_FINDINGS
    return f"No findings in the {report.scope.value} view; the {other.value} view has {len(report.findings_in(other))}."


def other_view_title(view: Scope) -> str:
    return f"Findings in the {view.value} view (shown; they do not fail the run)"


def other_view_findings(report: Report, view: Scope) -> tuple[tuple[Finding, ...], str]:
    """The findings of `view` (the other view) that the scoped view's list does not hold word for word, and a
    sentence for those it does ('' when none): a thin layer is thin in both views, and a founder scrolled past the
    same rows twice (the board's report listed the same four TA005 rows twice)."""
    listed_above = {_said(f) for f in report.findings}
    new = tuple(f for f in report.findings_in(view) if _said(f) not in listed_above)
    repeated = [f for f in report.findings_in(view) if _said(f) in listed_above]
    if not repeated:
        return new, ""
    rules = ", ".join(sorted({f.rule for f in repeated}))
    verb = "holds" if len(repeated) == 1 else "hold"
    what = f"{counted(len(repeated), 'finding', one='One')} of the {report.said(report.scope)} view above ({rules})"
    return new, f"{what} {verb} in the {view.value} view too, word for word."


def _said(f: Finding) -> tuple[str, str, str, str | None, int | None]:
    return (f.rule, f.severity.value, f.message, f.suppressed, f.line)


def views_in_words(report: Report) -> str | None:
    """What current staff and the plan fail on differently, in words, and whether the plan widens the gap that
    over-indexes them both (`_plan_widens`); None when neither has anything to say."""
    said = " ".join(x for x in (_views_differ(report), _plan_widens(report)) if x)
    return said or None


def _plan_widens(report: Report) -> str | None:
    """That the plan's own hires widen the gap current staff already has: a plan of 4 ML hires and 2 layer hires
    lowers the ratio (4.09 to 3.10) while the layers fall 2.0 FTE further behind, and the report read only 'Both
    views fail TA001', so a founder took the plan for progress. None unless both views are over-indexed and the
    plan's gap is the larger."""
    if not report.has_future:
        return None
    threshold, basis = report.rubric.ml_ratio, report.basis
    now, plan = report.composition(Scope.CURRENT), report.composition(Scope.PLAN)
    before, after = shortfall(now, threshold), shortfall(plan, threshold)
    if not before or after <= before + 1e-9:
        return None
    statuses = [p.person.status for p in report.people]
    added = [(statuses.count(s), noun) for s, noun in _FUTURE if s in statuses]
    whose = [counted(n, noun) for n, noun in added]
    verb = "adds" if [n for n, _ in added] == [1] else "add"  # 'its 1 open requisition adds'
    layers = plan.layers - now.layers
    to_layers = amount(layers, basis) if layers > 1e-9 else "nothing"
    return (
        f"The plan widens the gap from {number(before, basis)} to {amount(after, basis)}: its {in_words(whose)} {verb} "
        f"{amount(plan.ml - now.ml, basis)} to ML research and {to_layers} to the three layers."
    )


_FUTURE = ((Status.PLANNED, "planned hire"), (Status.OPEN, "open requisition"))
# What the plan's fix waits on: a board read 'the plan fixes that' of a layer an open requisition alone would hold.
_ONCE = " once its hires start"


def _views_differ(report: Report) -> str | None:
    """What current staff and the plan fail on differently, in words: "Current staff is over-indexed today, ML
    5.0 vs layers 3.0 FTE; the plan fixes it once its hires start." A failing finding both views hold (a finding
    about the config, TA006, is in every view) is never said to be fixed: "... the plan fixes that once its hires
    start. Both views fail TA006 invalid-suppression." None when the views fail on the same findings."""
    if report.other_view is None:
        return _fails_without_over_index(report)
    current, plan = (_failing(report, view) for view in (Scope.CURRENT, Scope.PLAN))
    plan_keys, current_keys = {f.key for f in plan}, {f.key for f in current}
    fixed = [f for f in current if f.key not in plan_keys]
    added = [f for f in plan if f.key not in current_keys]
    shared = [f for f in current if f.key in plan_keys]
    if not fixed and not added:
        return _fails_without_over_index(report)
    if not plan:
        return f"Current staff {_problems(report, Scope.CURRENT, fixed, ' today')}; the plan fixes it{_ONCE}."
    if not current:
        return f"Current staff passes today; the plan {_problems(report, Scope.PLAN, added, '')}."
    sentences = []
    if fixed:
        problems = _problems(report, Scope.CURRENT, fixed, " today")
        sentences.append(f"Current staff {problems}; the plan fixes that{_ONCE}.")
    if added:
        sentences.append(f"The plan {_problems(report, Scope.PLAN, added, '')}, which current staff does not.")
    if shared:
        sentences.append(f"Both views fail {_rules(shared)}.")
    return " ".join(sentences)


def _fails_without_over_index(report: Report) -> str | None:
    """What fails, where the headline's figures do not say it: a FAIL beside "ML research 1.0 FTE vs ... 2.0 FTE"
    read as a pass a founder could not account for, when a missing compliance layer failed it. "The current view has
    no compliance layer." None when the view passes or is over-indexed, which the headline's figures show."""
    failing = _failing(report, report.scope)
    if not failing or any(BY_ID[f.rule].SAID_AS == "over-index" for f in failing):
        return None
    return f"The {report.said(report.scope)} view {_problems(report, report.scope, failing, '')}."


def _failing(report: Report, view: Scope) -> list[Finding]:
    return [f for f in report.findings_in(view) if report.would_fail(f)]


def _rules(findings: list[Finding]) -> str:
    """The rules that fail, each with where it fails when it is a rule of layers or people: 'thin-layer for
    clinical and compliance'. A rule that fires in the two views for different layers would otherwise read as
    fixed and as failing in one sentence."""
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f"{f.rule} {f.name}", []).append(f)
    return ", ".join(f"{rule}{_where(group)}" for rule, group in sorted(by_rule.items()))


def _where(findings: list[Finding]) -> str:
    if BY_ID[findings[0].rule].PER_PERSON:
        return f" for {counted(len({f.person for f in findings}), 'person', 'people')}"
    layers = [layer_name(layer) for layer in Layer if any(f.layer is layer for f in findings)]
    return f" for {in_words(layers)}" if layers else ""


def _problems(report: Report, view: Scope, failing: list[Finding], when: str) -> str:
    """What fails in a view, in words: 'is over-indexed today, ML 5.0 vs layers 3.0 FTE and has no ...'."""
    c = report.composition(view)
    basis = report.basis
    phrases = []
    if any(BY_ID[f.rule].SAID_AS == "over-index" for f in failing):
        phrases.append(f"is over-indexed{when}, ML research {number(c.ml, basis)} vs layers {amount(c.layers, basis)}")
    lacked = {f.layer for f in failing if BY_ID[f.rule].SAID_AS == "missing-layer"}
    missing = [layer.value for layer in THREE_LAYERS if layer in lacked]  # in the cover's order, not the findings'
    if missing:
        phrases.append(f"has no {in_words(missing, 'or')} layer{when if not phrases else ''}")
    rules = [f for f in failing if BY_ID[f.rule].SAID_AS == "rule"]
    if rules:
        phrases.append(f"fails {_rules(rules)}{when if not phrases else ''}")
    return " and ".join(phrases)


def firmness_sentences(report: Report) -> list[str]:
    """How firm each audited view's over-indexing verdict is, given the people teamaudit is unsure about and those
    whose FTE the file leaves out: "Firm: the plan view is over-indexed whatever the 3 unsure people (TA005) turn out
    to be. ML research vs ..." or "Not firm: ..., but settling 2 of the 5 unsure people (TA005) the other way would
    make it not over-indexed. Settle them before trusting the verdict. ML research vs ...". Per view: the verdict and
    what could flip it, what to do when something could, then the figures both ways, each its own sentence."""
    return [firmness_sentence(report, view) for view in report.views if report.firmness_of(view)]


def firmness_sentence(report: Report, view: Scope, *, client: bool = False) -> str:
    """`client`: for the client's report (HTML), which asks for an FTE to be confirmed rather than the key written."""
    f = report.firmness_of(view)
    assert f is not None
    firm = "Firm as declared" if f.by_declaration else "Firm"  # firm about the unsure, not what declarations hide
    return _doubt_sentence(report, f, firm, client) + _declaration_sentence(f)


def holds_only_by_declaration(f: Firmness | None) -> str | None:
    """ "It holds only by declaration: ..." (firmness_sentence's last sentence), for a verdict said elsewhere (diff's
    lead line); None when the declarations the rubric contradicts would not flip it."""
    return _declaration_sentence(f).strip() or None if f is not None else None


def _declaration_sentence(f: Firmness) -> str:
    """' It holds only by declaration: ...' when counting the declarations the rubric contradicts (TA007) as it reads
    them would flip the verdict."""
    if not f.by_declaration:
        return ""
    flipped = "not over-indexed" if f.over else "over-indexed"
    people = counted(f.contradicted, "person", "people")
    return (
        f" It holds only by declaration: counted as the rubric reads them, the {people} whose declared layer their own"
        f" record contradicts (TA007) would make it {flipped}."
    )


def _doubt_sentence(report: Report, f: Firmness, firm: str, client: bool) -> str:
    """The verdict, what could flip it and what to do first, then the figures both ways: at most three lines at 80
    columns where one kind of doubt is in it. Who has no FTE is named where it is acted on (TA003's finding and advice,
    the stderr warnings); this line counts them, and says what to do first in a short sentence of its own."""
    view = f.view
    state = "over-indexed" if f.over else "not over-indexed"
    where = f"the {report.said(view)} view is {state}"
    if f.unsure == 0 and f.fte_doubts == 0:
        return f"{firm}: {where}, and no one's layer is in doubt."
    bounds = _bounds(f, report.basis)
    if f.holds:
        return f"{firm}: {where} whatever {_doubts(f)}. {bounds}"
    flipped = "not over-indexed" if f.over else "over-indexed"
    return f"Not firm: {where}, but {_flips(f)} would make it {flipped}. {_first(f, client)} {bounds}"


def _unsure_people(count: int) -> str:
    return counted(count, "unsure person", "unsure people")


def _fte_people(f: Firmness, the: str = "the ") -> str:
    """'the 2 people with no FTE', 'the one person with no FTE' (`the` ''; '2 people with no FTE')."""
    return f"{'the ' if f.fte_doubts == 1 else the}{counted(f.fte_doubts, 'person', 'people', one='one')} with no FTE"


def _kinds(f: Firmness) -> list[str]:
    """Who has no FTE, by kind: ['advisor'] for one person, ['1 advisor', '2 contractors'] for more."""
    if f.fte_doubts == 1:
        return [NOUNS[f.fte_in_doubt[0][0]][0]]
    return [f"{n} {NOUNS[kind][0] if n == 1 else NOUNS[kind][1]}" for kind, n in f.fte_in_doubt]


def _fte_kinds(f: Firmness) -> str:
    """' (an advisor)', ' (1 advisor and 1 contractor)'."""
    kinds = _kinds(f)
    if f.fte_doubts == 1:
        return f" ({'an' if kinds[0][0] in 'aeiou' else 'a'} {kinds[0]})"
    return f" ({in_words(kinds)})"


def _first(f: Firmness, client: bool) -> str:
    """What to do before trusting a verdict that is not firm, a sentence of its own that names who has no FTE by kind:
    'Settle it first.', 'Write the advisor's fte first.', 'Settle them and write the fte of the 1 advisor and 1
    contractor first.'"""
    said = []
    if f.to_flip > f.to_flip_fte:
        said.append(f"settle {'it' if f.unsure == 1 else 'them'}")
    if f.to_flip_fte:
        kinds = _kinds(f)
        write, fte = ("confirm", "FTE") if client else ("write", "fte")
        one, several = f"{write} the {kinds[0]}'s {fte}", f"{write} the {fte} of the {in_words(kinds)}"
        said.append(one if f.fte_doubts == 1 else several)
    first = " and ".join(said)
    return f"{first[:1].upper()}{first[1:]} first."


def _doubts(f: Firmness) -> str:
    """What the verdict holds whatever of: 'the 1 unsure person (TA005) turns out to be and whatever share of a week
    the 2 people with no FTE (2 advisors) give'."""
    said = []
    if f.unsure:
        said.append(f"the {_unsure_people(f.unsure)} (TA005) {'turns' if f.unsure == 1 else 'turn'} out to be")
    if f.fte_doubts:
        give = "gives" if f.fte_doubts == 1 else "give"
        said.append(f"share of a week {_fte_people(f)}{_fte_kinds(f)} {give}")
    return " and whatever ".join(said)


def _flips(f: Firmness) -> str:
    """What would flip the verdict: 'settling 1 of the 2 unsure people (TA005) the other way and a lower FTE for
    the one person with no FTE'; 'all 3 unsure people' when it takes every one."""
    said = []
    settled = f.to_flip - f.to_flip_fte
    if settled:
        said.append(f"settling {_some(settled, f.unsure, f'the {_unsure_people(f.unsure)} (TA005)')} the other way")
    if f.to_flip_fte:
        said.append(f"a lower FTE for {_some(f.to_flip_fte, f.fte_doubts, _fte_people(f))}")
    return " and ".join(said)


def _some(some: int, of: int, people: str) -> str:
    """'the 1 unsure person', '1 of the 3 unsure people', 'both unsure people', 'all 3 unsure people' (`people` is
    'the 3 unsure people ...')."""
    if of == 1:
        return people
    if some < of:
        return f"{some} of {people}"
    rest = people.removeprefix(f"the {of} ")
    return f"both {rest}" if of == 2 else f"all {of} {rest}"


def _bounds(f: Firmness, basis: Basis) -> str:
    """ML research against the layers in the best and the worst case, a sentence of its own: 'ML research 4.0 vs
    layers 3.0 to 4.0 FTE.' where only the layers move (a missing FTE counts anywhere above 0 up to 1.0), else 'ML
    research vs layers: 3.0 vs 5.0 FTE at best, 4.0 vs 3.0 FTE at worst.'"""
    if abs(f.best_ml - f.worst_ml) < 1e-9:
        layers = f"{number(f.worst_layers, basis)} to {amount(f.best_layers, basis)}"
        return f"ML research {number(f.best_ml, basis)} vs layers {layers}."
    best = f"{number(f.best_ml, basis)} vs {amount(f.best_layers, basis)}"
    worst = f"{number(f.worst_ml, basis)} vs {amount(f.worst_layers, basis)}"
    return f"ML research vs layers: {best} at best, {worst} at worst."


def firmness_advice(f: Firmness, one: str = "them", *, client: bool = False) -> str:
    """What to do before trusting a verdict that is not firm: 'settle them' (`one`, when one person is unsure),
    'write their fte', or both; `client`, for the client's report: 'confirm their FTE'."""
    settle = f"settle {one if f.unsure == 1 else 'them'}"
    fte = "confirm the missing FTE" if client else "write the missing fte"
    if f.to_flip > f.to_flip_fte and f.to_flip_fte:
        return f"{settle} and {fte}"
    if f.to_flip_fte:
        return "confirm their FTE" if client else "write their fte"
    return settle


def near_threshold(report: Report, view: Scope) -> str | None:
    """A note, never a failure, when the view passes the over-indexing test but the next ML hire would fail it:
    "Near the threshold: the plan view is at the threshold, ML research 5.0 vs layers 5.0 FTE (ratio 1.00, max
    1.00): one more ML hire (1.0 FTE) would make it over-indexed, so grow the three layers first." None otherwise."""
    c = report.composition(view)
    threshold = report.rubric.ml_ratio
    room = room_before_over(c, threshold)
    if room is None:
        return None
    basis = report.basis
    where = "at the threshold" if room == 0 else f"{amount(room, basis)} under the threshold"
    ratio = "no layers" if c.ratio is None else f"ratio {ratio_figure(c, threshold)}"
    return (
        f"Near the threshold: the {report.said(view)} view is {where}, ML research {number(c.ml, basis)} vs layers "
        f"{amount(c.layers, basis)} ({ratio}, max {threshold_figure(threshold)}): one more ML hire "
        f"({amount(ONE_HIRE, basis)}) would make it over-indexed, so grow the three layers first."
    )


def near_threshold_notes(report: Report) -> list[str]:
    """The note of each audited view that is one ML hire from over-indexed, the scoped view first."""
    return [note for note in (near_threshold(report, view) for view in report.views) if note]


def verdict_firmness(report: Report) -> tuple[bool, str] | None:
    """Whether the deciding view's verdict is firm, in a few words to stand beside PASS or FAIL: (False, "not
    firm: settling 1 of 2 unsure people could flip it") or (True, "firm: no one's layer is in doubt"). None
    when the view has no firmness to report."""
    f = report.firmness_of(report.scope)
    if f is None:
        return None
    if f.by_declaration:
        return (
            False,
            f"holds only by declaration: {counted(f.contradicted, 'person', 'people')} declared against the rubric"
            " (TA007)",
        )
    if f.unsure == 0 and f.fte_doubts == 0:
        return True, "firm: no one's layer is in doubt"
    if f.holds:
        return True, f"firm whatever {_short_doubts(f)}"
    return False, f"not firm: {_short_flips(f)} could flip it"


def _short_doubts(f: Firmness) -> str:
    """'the 1 unsure person turns out to be', 'the 2 people with no FTE give', or both."""
    said = []
    if f.unsure:
        said.append(f"the {_unsure_people(f.unsure)} {'turns' if f.unsure == 1 else 'turn'} out to be")
    if f.fte_doubts:
        said.append(f"{_fte_people(f)} {'gives' if f.fte_doubts == 1 else 'give'}")
    return " and whatever ".join(said)


def _short_flips(f: Firmness) -> str:
    """'settling 1 of 2 unsure people', 'a lower FTE for the one person with no FTE', or both."""
    said = []
    settled = f.to_flip - f.to_flip_fte
    if settled:
        people = _unsure_people(f.unsure)
        said.append(f"settling {f'the {people}' if f.unsure == 1 else f'{settled} of {people}'}")
    if f.to_flip_fte:
        people = _fte_people(f, the="")
        said.append(f"a lower FTE for {people if f.fte_doubts == 1 else f'{f.to_flip_fte} of {people}'}")
    return " and ".join(said)


def share_header(report: Report) -> str:
    """What a composition table's share column is headed: its view, the scope; current staff when the file has no
    plan (a file with no planned hires or open requisitions has no plan to show: its plan is its current staff)."""
    view = report.scope if report.has_future else Scope.CURRENT
    return f"share ({view.value})"


NO_PLAN = "no planned hires or open requisitions"


def headline(report: Report) -> str:
    """The figures the verdict stands on, and the view they are of; a file with no plan says so, so its one view
    is never called a plan."""
    c = report.composition(report.scope)
    basis = report.basis
    view = f"{report.said(report.scope)} view" + ("" if report.has_future else f"; {NO_PLAN}")
    ml, layers = amount(c.ml, basis), amount(c.layers, basis)
    return f"ML research {ml} vs clinical + integration + compliance {layers} ({view})"


def first_step(report: Report) -> str | None:
    """The next hire in one line under the verdict, so a founder's first screen says it (the recommendations begin
    below the composition and the findings, past an 80 x 24 terminal): 'Hire first: EHR integration engineer (...),
    for the integration layer (recommendation 1).'; 'First: convert 2 open ML requisitions to integration
    (recommendation 1). Then hire first: ..., for the clinical layer (2 people).' when converting comes before
    hiring, as the HTML summary says it (a founder reading text was told the conversion and no hire after it). None
    when no recommendation is a hire."""
    for place, r in enumerate(report.recommendations, 1):
        if r.kind == "convert" and r.layer is not None:
            what = counted(len(r.converts), "open ML requisition")
            step = f"First: convert {what} to {layer_name(r.layer)} (recommendation {place})."
            after = hire_after_converting(report, the_gap(report))
            if after is None:
                return f"{step} That closes the whole gap."
            then, layer, hires = after
            return (
                f"{step} Then hire first: {then.role}, for the {layer_name(layer)} layer "
                f"({hires_amount(hires, report.basis)})."
            )
        if r.kind == "hire" and r.role and r.layer is not None and r.fte is not None:
            return f"Hire first: {r.role}, for the {layer_name(r.layer)} layer (recommendation {place})."
    return None


def backticks_as_text(r: Recommendation) -> str:
    """The advice with each backtick a value writes shown as U+02CB, for a format that finds the wording's code spans
    by their pattern alone (HTML): a name written `Grace `x` Kim` opens no code span there."""
    chars = list(r.text)
    for place in r.literal:
        chars[place] = "\u02cb"
    return "".join(chars)


def recommendation_details(r: Recommendation, basis: Basis, currency: str) -> list[str]:
    """Role, FTE and pay range of a recommendation, as plain text; each format adds its own markup."""
    details = []
    if r.role and r.kind != "declare":
        details.append(f"role: {r.role}")
    if r.fte is not None:
        details.append(amount(r.fte, basis))
    if r.comp_low is not None and r.comp_high is not None:
        details.append(f"{money_range(r.comp_low, r.comp_high, currency)} per FTE ({r.comp_label})")
    elif r.role and r.kind != "declare":  # said, not left out: a founder took the silence for an oversight
        details.append(UNPRICED)
    return details


UNPRICED = "no published salary range for this role"


class _Ruled(Protocol):
    @property
    def rule(self) -> str: ...


R = TypeVar("R", bound=_Ruled)

# TA005 speaks of one person at a time, so its findings and recommendations grow with the roster: 1,600 of
# each at 10,000 people. The reports people read list this many and count the rest, unless --details asks for
# everyone; the machine formats always carry every one.
PER_PERSON_RULE = next(rule.ID for rule in RULES if rule.PER_PERSON)
PER_PERSON_LISTED = 10


def listed(items: tuple[R, ...], details: bool) -> tuple[list[R], int]:
    """The items to list, and how many per-person (TA005) items beyond the first few were left out."""
    if details:
        return list(items), 0
    kept: list[R] = []
    per_person = 0
    for item in items:
        if item.rule == PER_PERSON_RULE:
            per_person += 1
            if per_person > PER_PERSON_LISTED:
                continue
        kept.append(item)
    return kept, per_person - min(per_person, PER_PERSON_LISTED)


ROWS_PER_CHUNK = 2000


def in_chunks(rows: Iterable[str]) -> Iterator[str]:
    """Rows joined a few thousand at a time, so a report of any size is written as it is produced rather
    than held whole."""
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= ROWS_PER_CHUNK:
            yield "".join(batch)
            batch = []
    yield "".join(batch)


def left_out(count: int, what: str, where: str = "--details or --format json lists them all") -> str:
    return f"... and {count:,} more {PER_PERSON_RULE} {what}, one per unclear person; {where}"


def source_tag(c: Classification) -> str:
    """What a people table says beside a layer that did not come from the rubric's evidence."""
    return {"declared": " (declared)", "words": " (guess)"}.get(c.source, "")


def status_cell(person: Person) -> str:
    """A person's status, and how they are engaged when the file says: 'current (contractor)'."""
    status = person.status.value
    return f"{status} ({person.employment.value})" if person.employment else status
