"""The lines `teamaudit import` prints on stderr: per source file, per status, and what a merge did."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teamaudit.counts import counted, first_few
from teamaudit.errors import clipped
from teamaudit.importer.convert import (
    OUTSTANDING,
    REFUSED,
    TERMINATED,
    Ending,
    Leaver,
    Marked,
    NotOpen,
    Openings,
    Outcome,
    skip_reason,
)
from teamaudit.importer.merge import (
    Alike,
    Change,
    Filled,
    KeptEvidence,
    KeptFte,
    KeptLeaver,
    KeptNotOpen,
    MergeSummary,
    Namesake,
    OfferFill,
)
from teamaudit.importer.offerfills import Fill, StaffFill
from teamaudit.importer.onstaff import Listed, OnStaff
from teamaudit.importer.yamledit import UNSET, Remark
from teamaudit.render.escape import text as shown
from teamaudit.starter import examples_are

STATUSES = ("current", "planned", "open")
SHOWN_NAMES = 10
SHOWN_RENAMES = 5


def source_line(path: Path, outcome: Outcome, blank_rows: int = 0) -> str:
    counts = Counter(str(p.get("status", "current")) for p in outcome.people)
    by_status = ", ".join(f"{counts[s]:,} {s}" for s in STATUSES)
    line = f"{path}: {_people(len(outcome.people))} ({by_status})"
    skipped = sum(outcome.skipped.values())
    if skipped:
        reasons = "; ".join(skip_reason(reason, n) for reason, n in sorted(outcome.skipped.items()))
        line += f"; skipped {_rows(skipped)} ({reasons})"
    if blank_rows:
        line += f"; ignored {_rows(blank_rows, 'blank row')}"
    return line


def skipped_comments(outcome: Outcome) -> list[str]:
    """The new file's header comment on each reason rows were skipped for: 'Skipped 2 rows: terminated or inactive.'"""
    return [f"Skipped {_rows(count)}: {reason}." for reason, count in sorted(outcome.skipped.items())]


def missing_lines(path: Path, outcome: Outcome) -> list[str]:
    """A line per row skipped for no name or no title, 'people.csv:5: 'Bob' has no title: skipped' (the first
    few), and how many more: a count alone left the user to find them in a file of thousands."""
    lines = [f"{path}:{line}: {why}: skipped" for line, why in outcome.missing]
    more = outcome.missing_rows - len(outcome.missing)
    if more:
        lines.append(f"{path}: {counted(more, 'more row', 'more rows')} skipped for no name or no title, not shown")
    return lines


def marked_lines(path: Path, outcome: Outcome) -> list[str]:
    """The rows skipped for a status saying the person left, each named with its line and that status (the first
    few): 'people.csv: 2 rows skipped as terminated or inactive: Cy Dee (line 4, Employment Status: Inactive)'.
    An employee on leave is staff, and kept."""
    if not outcome.marked:
        return []
    total = outcome.skipped[TERMINATED] - len(outcome.ended)
    return [f"{path}: {_rows(total)} skipped as terminated or inactive: {_marks(outcome.marked, total)}"]


def refused_lines(path: Path, outcome: Outcome) -> list[str]:
    """The offers declined, rejected, withdrawn or rescinded, each named with its line and status (the first few):
    'offers.csv: 1 offer declined, rejected, withdrawn or rescinded: Max Weber (line 4, Offer Status: Declined);
    not added as a planned hire'."""
    if not outcome.refused:
        return []
    total = outcome.skipped[REFUSED]
    offers = counted(total, "offer")
    return [
        f"{path}: {offers} declined, rejected, withdrawn or rescinded: {_marks(outcome.refused, total)}; "
        f"{_hires(range(total), 'not ')}"
    ]


def outstanding_lines(path: Path, outcome: Outcome) -> list[str]:
    """The offers left out as neither accepted nor declined, each named with its line and status (the first few):
    'offers.csv: 1 offer not accepted (yet): Ann Lee (line 4, Offer Status: Sent); not added to the plan'."""
    if not outcome.outstanding:
        return []
    total = outcome.skipped[OUTSTANDING]
    offers = counted(total, "offer")
    return [
        f"{path}: {offers} not accepted (yet): {_marks(outcome.outstanding, total)}; not added to the plan (a jobs "
        "export counts the openings they are for)"
    ]


def not_open_lines(path: Path, outcome: Outcome) -> list[str]:
    """The requisitions left out for their status, each named with its line and status (the first few):
    'jobs.csv: 1 requisition not open: Nurse REQ-2 (line 3, Job Status: Draft); not added to the plan'."""
    if not outcome.not_open:
        return []
    total = outcome.not_open_rows
    reqs = counted(total, "requisition")
    return [f"{path}: {reqs} not open: {_marks(outcome.not_open, total)}; not added to the plan"]


def _marks(marks: Sequence[Marked], total: int) -> str:
    """'Cy Dee (line 4, Employment Status: Inactive), Bo (line 5, Status: No) and 3 more'."""
    listed = [f"{_named(m.name)}(line {m.line}, {shown(clipped(m.column))}: {shown(clipped(m.status))})" for m in marks]
    return first_few(listed[:SHOWN_NAMES], total)


def _named(name: str) -> str:
    return f"{shown(name)} " if name else ""


def ending_lines(path: Path, outcome: Outcome) -> list[str]:
    """The rows a termination date skipped, and the people kept whose date is still to come, each named with its
    line and date (the first few): 'people.csv: 1 row skipped for a termination date on or before today,
    2026-12-02: Mo Ali (line 2, 2026-09-30)'."""
    lines = []
    if outcome.ended:
        today = dt.date.today().isoformat()
        skipped = f"{_rows(len(outcome.ended))} skipped for a termination date on or before today, {today}"
        lines.append(f"{path}: {skipped}: {_endings(outcome.ended)}")
    if outcome.leaving:
        kept = f"{_people(len(outcome.leaving))} kept on staff with a termination date still to come"
        lines.append(f"{path}: {kept}: {_endings(outcome.leaving)}")
    return lines


def _endings(endings: Sequence[Ending]) -> str:
    listed = [
        f"{shown(e.name) + ' ' if e.name else ''}(line {e.line}, {e.date.isoformat()})" for e in endings[:SHOWN_NAMES]
    ]
    return first_few(listed, len(endings))


def fte_lines(
    path: Path,
    outcome: Outcome,
    assume: dict[str, float],
    *,
    has_column: bool,
    merged_into: Path | None,
    unread_hours: Sequence[str] = (),
    file_fte: Mapping[int, tuple[int, float]] | None = None,
) -> list[str]:
    """Who the export gives no FTE: everyone, once, when it has no FTE or hours column; then a line per kind of row
    left without one (its column missing or its cell empty), saying what that row counts for and what to do, and
    naming those rows (the first few, with their lines). A merge keeps the fte the team file gives a person the
    export says nothing of (`file_fte`: a row's place -> the file's line and fte): saying '1.0 FTE each' of them was
    wrong, and a line naming no one left the user to find whose fte to write."""
    lines = [_no_column(path, outcome, merged_into, unread_hours)] if not has_column else []
    without = "with an empty FTE/hours cell" if has_column else "without an FTE or hours column"
    for kind, n in sorted((outcome.assumed + outcome.unsized).items()):
        rows = f"{_rows(n, f'{kind} row')} {without}"
        unsized = [index for index, of in outcome.unsized_at.items() if of == kind]
        if kind in assume:
            instead = f", where {merged_into} gives them none (it keeps any fte it gives)" if merged_into else ""
            lines.append(f"{rows}: {assume[kind]} FTE{_each(n)}, as --assume-fte says{instead}")
        elif merged_into:
            lines.append(f"{rows}: {_merged_fte(path, outcome, merged_into, unsized, file_fte or {})}")
        else:
            lines.append(
                f"{rows}: 1.0 FTE{_each(n)} (--assume-fte {kind}={_EXAMPLE_FTE.get(kind, 0.5)} counts {_them(n)} "
                "otherwise); "
                f"in {path}: {_unsized_names(path, outcome, unsized, with_path=False)}"
            )
    full_time = [index for index in sorted(outcome.full_time) if index in (file_fte or {})]
    if merged_into and file_fte and full_time:
        lines.append(_full_time_line(path, outcome, merged_into, full_time, file_fte))
    return lines


def _each(n: int) -> str:
    return " each" if n > 1 else ""


def _them(n: int) -> str:
    return "them" if n > 1 else "it"


def _full_time_line(
    path: Path, outcome: Outcome, into: Path, full_time: list[int], file_fte: Mapping[int, tuple[int, float]]
) -> str:
    """'team.yaml keeps the fte it gives Ann Park (team.yaml line 32, fte 0.5), whom people.csv lists as full time
    (line 9); ...': a part-timer back at full time kept a half FTE without a word, the export giving no hours."""
    named = [
        f"{shown(outcome.people[i]['name'])} ({into} line {file_fte[i][0]}, fte {file_fte[i][1]}; "
        f"{path} line {outcome.lines[i]})"
        for i in full_time[:SHOWN_NAMES]
    ]
    whom = "whom" if len(full_time) == 1 else "all of whom"
    return (
        f"{into} keeps the fte it gives {first_few(named, len(full_time))}, {whom} {path} lists as full time; "
        "write fte: 1.0 there for anyone who now works full time"
    )


def _merged_fte(
    path: Path, outcome: Outcome, into: Path, unsized: list[int], file_fte: Mapping[int, tuple[int, float]]
) -> str:
    """'team.yaml counts 1.0 FTE for Ann Lee (people.csv line 3): write their fte: there; it keeps the fte it gives
    Bo Park (team.yaml line 5, fte 0.5)'."""
    full_time = [index for index in unsized if index not in file_fte]
    kept = [index for index in unsized if index in file_fte]
    said = []
    if full_time:
        said.append(f"{into} counts 1.0 FTE for {_unsized_names(path, outcome, full_time)}: write their fte: there")
    if kept:
        named = [
            f"{shown(outcome.people[index]['name'])} ({into} line {file_fte[index][0]}, fte {file_fte[index][1]})"
            for index in kept[:SHOWN_NAMES]
        ]
        said.append(f"{'it' if full_time else into} keeps the fte it gives {first_few(named, len(kept))}")
    return "; ".join(said)


def _unsized_names(path: Path, outcome: Outcome, indexes: list[int], *, with_path: bool = True) -> str:
    """'Ann Lee (people.csv line 3), Bo Park (people.csv line 5) and 2 more', the first SHOWN_NAMES."""
    where = f"{path} line" if with_path else "line"
    named = [f"{shown(outcome.people[i]['name'])} ({where} {outcome.lines[i]})" for i in indexes[:SHOWN_NAMES]]
    return first_few(named, len(indexes))


_EXAMPLE_FTE = {"advisor": 0.1}  # the share of a week the --assume-fte hint suggests for a kind; else 0.5


def _no_column(path: Path, outcome: Outcome, merged_into: Path | None, unread_hours: Sequence[str]) -> str:
    """'people.csv: no hours or FTE column: everyone counted full time; add fte: for part-timers'."""
    sized = sum(outcome.assumed.values())
    but = f" but the {_rows(sized)} --assume-fte gives an FTE" if sized else ""
    if merged_into:
        guess = f" (or as --assume-fte says, for the {_rows(sized)} it gives an FTE)" if sized else ""
        reading = f"{merged_into} keeps the fte it gives each person, and anyone it gives none counts full time{guess}"
    else:
        reading = f"everyone counted full time{but}"
    listed = ", ".join(f"'{shown(name)}'" for name in unread_hours)
    why = f" ({listed} {'is' if len(unread_hours) == 1 else 'are'} not read, see above)" if unread_hours else ""
    return f"{path}: no hours or FTE column{why}: {reading}; add fte: for part-timers"


def status_lines(people: Iterable[tuple[str, float]], unlisted: Counter[str] | None = None) -> list[str]:
    """One line per status of the team file written: 'planned: 2 people, 1.5 FTE', and how many of them a merge kept
    though the exports do not list them so (`unlisted`): 'current: 154 people' read as a count of the HRIS's 151."""
    heads: Counter[str] = Counter()
    fte: dict[str, float] = dict.fromkeys(STATUSES, 0.0)
    for status, share in people:
        heads[status] += 1
        fte[status] = fte.get(status, 0.0) + share
    lines = []
    for status in STATUSES:
        line = f"{status}: {_people(heads[status])}, {fte[status]:,.1f} FTE"
        if unlisted and unlisted[status]:
            line += f", {unlisted[status]:,} of them kept above though the exports do not list them as {status}"
        lines.append(line)
    return lines


def unlisted(summary: MergeSummary, people: Iterable[tuple[str, str]]) -> Counter[str]:
    """How many people of each status a merge kept that the exports do not list with it: left, closed, not in them,
    typed by hand, or of a kind the export lists no one as (a contractor beside Gusto's employees); `people`: (name,
    status) of the merged file."""
    kept = {*summary.missing, *summary.typed, *summary.typed_staff, *(name for name, _ in summary.other_kind)}
    kept |= {k.name for k in summary.left} | {k.name for k in summary.not_open}
    return Counter(status for name, status in people if name in kept)


def renamed_line(renamed: Sequence[tuple[str, str]]) -> str | None:
    """How many people were renamed for a name an earlier row has, and the first few: 'Ann Lee' -> 'Ann Lee (E48)'."""
    if not renamed:
        return None
    listed = [f"'{shown(old)}' -> '{shown(new)}'" for old, new in renamed[:SHOWN_RENAMES]]
    return f"{_people(len(renamed))} renamed because an earlier row has their name: {first_few(listed, len(renamed))}"


def repeated_ids_lines(unnumbered: Sequence[tuple[str, str]]) -> list[str]:
    """The people written without the id an earlier row has, a team file's ids being unique, and the first few."""
    if not unnumbered:
        return []
    listed = [f"'{shown(clipped(name))}' ({shown(clipped(id_))})" for name, id_ in unnumbered[:SHOWN_RENAMES]]
    return [
        f"{_people(len(unnumbered))} written without their id, which an earlier row has, as a team file's ids are "
        f"unique: {first_few(listed, len(unnumbered))}"
    ]


def listed_lines(path: Path, people: Path, listed: Listed) -> list[str]:
    """The accepted offers of people the people export lists, each named with that person's line there: those
    skipped because the person is on staff, or has left; those kept because they start again after leaving."""
    lines = []
    if on_staff := listed.on_staff:
        named = _rows_named(people, on_staff)
        lines.append(f"{path}: {_offers(on_staff, 'is', 'are')} already on staff: {named}; {_hires(on_staff, 'not ')}")
    if planned := listed.planned:
        named = _rows_named(people, planned)
        hires = "a planned hire" if len(planned) == 1 else "planned hires"
        lines.append(
            f"{path}: {_offers(planned, 'is', 'are')} of {hires} the people export already lists: {named}; "
            "not added twice"
        )
    if left := listed.left:
        named = first_few([_leaver(people, leaver) for leaver in left[:SHOWN_NAMES]], len(left))
        whose = "someone" if len(left) == 1 else "people"
        lines.append(
            f"{path}: {_offers(left, 'is', 'are')} of {whose} the people export lists as left: {named}; "
            f"{_hires(left, 'not ')}"
        )
    if rehired := listed.rehired:
        named = first_few(
            [_leaver(people, r.leaver, f"; starts {r.start.isoformat()}") for r in rehired[:SHOWN_NAMES]], len(rehired)
        )
        who = "the person left, a rehire" if len(rehired) == 1 else "the people left, rehires"
        lines.append(f"{path}: {_offers(rehired, 'starts', 'start')} after {who}: {named}; {_hires(rehired)}")
    return lines


def filled_lines(fills: Sequence[Fill]) -> list[str]:
    """The accepted offers that fill an opening a jobs export still lists, each named with both rows: one planned
    hire for the two, so the plan counts the role once."""
    if not fills:
        return []
    named = first_few(
        [
            f"{shown(clipped(fill.name))} for {shown(clipped(fill.req))} ({fill.offer[0]} line {fill.offer[1]}; "
            f"open in {fill.opening[0]} line {fill.opening[1]})"
            for fill in fills[:SHOWN_NAMES]
        ],
        len(fills),
    )
    its = "its opening" if len(fills) == 1 else "their openings"
    return [f"{_offers(fills, 'fills', 'fill')} {its}: {named}; {_hires(fills)} in the opening's place, counted once"]


def staff_fill_lines(people: Path, fills: Sequence[StaffFill]) -> list[str]:
    """The openings a jobs export still lists for the accepted offer of someone the people export lists, the first
    few, each with the three rows: closed, as the person takes the role, or kept and why
    (offerfills.close_staff_openings)."""
    lines = []
    for fill in fills[:SHOWN_NAMES]:
        offer, (jobs, line) = fill.offer, fill.opening
        rows = f"{fill.path} line {offer.line}; {people} line {offer.row.line}; open in {jobs} line {line}"
        named = f"{shown(clipped(offer.row.name))} for {shown(clipped(offer.req))} ({rows})"
        took = fill.took.isoformat() if fill.took else ""
        if fill.closed:
            said = f"fills an opening still open: {named}, taking the role {took}; the opening closed, as the person "
            lines.append(f"{fill.path}: {_STAFF_OFFER} {said}is counted already")
            continue
        why = (
            f"they took the role {took}, and an ATS closes the opening its hire fills when they start, so the one "
            "still open is another hire's (the requisition re-used): if not"
            if took
            else "neither the offer's start nor the hire date says whether they have taken it: if they fill it"
        )
        lines.append(f"{fill.path}: kept the opening of {_STAFF_OFFER}: {named}; {why}, close it in the ATS")
    if len(fills) > SHOWN_NAMES:
        lines.append(f"and {len(fills) - SHOWN_NAMES:,} more accepted offers of people on staff naming an opening")
    return lines


_STAFF_OFFER = "the accepted offer of someone the people export lists"


def _rows_named(people: Path, rows: Sequence[OnStaff]) -> str:
    """'Ann Lee (people.csv line 4), ...': the people export's rows of the offers' candidates, the first few."""
    return first_few([f"{shown(row.name)} ({people} line {row.line})" for row in rows[:SHOWN_NAMES]], len(rows))


def _offers(offers: Sequence[object], one: str, more: str) -> str:
    return f"1 accepted offer {one}" if len(offers) == 1 else f"{len(offers):,} accepted offers {more}"


def _hires(offers: Sequence[object], not_: str = "") -> str:
    return f"{not_}added as {'a planned hire' if len(offers) == 1 else 'planned hires'}"


def _leaver(people: Path, leaver: Leaver, more: str = "") -> str:
    return f"{shown(leaver.name)} ({_where_left(people, leaver)}{more})"


def _where_left(people: Path, leaver: Leaver) -> str:
    """'people.csv line 4, left 2026-06-30', or 'people.csv line 4, terminated or inactive'."""
    when = f"left {leaver.end.isoformat()}" if leaver.end else "terminated or inactive"
    return f"{people} line {leaver.line}, {when}"


class Columns:
    """The column names of the exports a merge read, by the place of a row among the rows merged: a line about the
    value of a column names it as its export does ('Department', not the team file's 'team')."""

    # The team file's keys a column holds as it is; not status or employment (words of the team file's, read from
    # several columns), nor fte (from hours too) or cost (never shown).
    AS_WRITTEN = ("name", "id", "title", "team", "start")

    def __init__(
        self, starts: Sequence[tuple[int, dict[str, str]]] = (), fte_cells: Mapping[int, tuple[str, str]] | None = None
    ) -> None:
        self._firsts = [first for first, _ in starts]
        self._names = [names for _, names in starts]
        self._fte_cells = fte_cells or {}

    def fte_from(self, row: int) -> str:
        """' (Standard Hours Per Week '40')': the column and cell row `row`'s fte was read from, as the export writes
        them; a hand-written `fte: 0.5` replaced by 1.0 was otherwise a change no one could trace to the export."""
        if row not in self._fte_cells:
            return ""
        column, cell = self._fte_cells[row]
        return f" ({shown(clipped(column))} '{shown(clipped(cell))}')"

    def called(self, row: int, key: str) -> str:
        """What the export of row `row` calls the column of `key`; `key` itself when none holds it as it is."""
        at = bisect.bisect_right(self._firsts, row) - 1
        if key not in self.AS_WRITTEN or at < 0 or row < 0 or key not in self._names[at]:
            return key
        return shown(clipped(self._names[at][key]))


@dataclass(frozen=True)
class _Context:
    """What a line a merge writes of a person may name beside the person: the people export (of who left), each
    export's column names (of a value updated), and each person's change (of a comment kept beside a value)."""

    people: Path
    columns: Columns
    changes: Mapping[int, Change]
    moved: Mapping[int, int] | None  # a person's line before the merge -> in the file written; None when none is

    def at(self, line: int) -> int:
        return line if self.moved is None else self.moved.get(line, line)


@dataclass(frozen=True)
class _Each:
    """What a merge says of each person of a kind, at their line of the team file (the first SHOWN_NAMES), and of the
    rest in one line: `rest` given how many ('kept the fte written for {} likewise')."""

    sentence: Callable[[Any, _Context], str]
    rest: str
    noun: tuple[str, str] = ("person", "people")
    placed: bool = False  # its items' lines are the merged file's already, beside their `before` (yamledit.Remark)

    def _line(self, item: Any, context: _Context) -> int:
        if self.placed:  # in the merged file, and where it was before
            return int(item.line if context.moved is not None else item.before)
        return context.at(item.line)

    def lines(self, path: Path, items: Sequence[Any], context: _Context) -> list[str]:
        said = [f"{path}:{self._line(item, context)}: {self.sentence(item, context)}" for item in items[:SHOWN_NAMES]]
        more = len(items) - len(said)
        if more <= 0:
            return said
        return [*said, f"{path}: {self.rest.format(counted(more, *(f'more {noun}' for noun in self.noun)))}"]


def _updated(change: Change, context: _Context) -> str:
    """What the file said and what it says now: '(title)' left her to diff the file to learn that a promotion, a
    move or a cut to part time had come through."""
    values = "; ".join(_described(change.row, value, context.columns) for value in change.values)
    return f"updated {_quoted(change.name)}{' (rehired)' if change.rehired else ''}: {values}"


def _remark(remark: Remark, context: _Context) -> str:
    """A comment kept beside a value the merge replaced, which was written of the old value, or kept where a removed
    value was: 'kept the comment beside "Bo Park"'s fte, written when it was 0.5, now 1.0: '# half time until
    June'; edit or delete it if it no longer holds'."""
    change = context.changes[remark.index]
    was, now = next((was, now) for key, was, now in change.values if key == remark.key)
    whose = f"{_quoted(change.name)}'s {remark.key}"
    if remark.removed:
        what = f"on {whose} {_value(was)}, which the merge removed, as a line of its own"
    else:
        what = f"beside {whose}, written when it was {_value(was)}, now {_value(now)}"
    return f"kept the comment {what}: '{shown(clipped(remark.comment))}'; edit or delete it if it no longer holds"


def _kept_fte(kept: KeptFte, _: _Context) -> str:
    """An fte the file writes, which --assume-fte would have replaced."""
    return (
        f"kept the fte written for {shown(kept.name)}, {kept.fte}: the export gives none, and "
        f"--assume-fte {kept.kind}={kept.guess} would have given {kept.guess}"
    )


def _kept_evidence(kept: KeptEvidence, _: _Context) -> str:
    """Skills or a background the file writes and the export now gives otherwise, with both."""
    return (
        f"kept the {kept.key} written for {_quoted(kept.name)}, '{_items(kept.kept)}': the export now gives "
        f"'{_items(kept.export)}'; delete the {kept.key}: key there to take the export's at the next import"
    )


def _left(kept: KeptLeaver, context: _Context) -> str:
    """'kept "Tom Ward": the people export lists them as left (people.csv line 4, terminated or inactive)'."""
    if kept.alike:  # 'Dr. Maria Lopez' of the export's 'Maria Lopez'
        then = "--remove-missing removes them" if kept.removable else "if they are one person, remove them yourself"
        return (
            f"kept {_quoted(kept.name)}: the people export lists {_quoted(kept.leaver.name or kept.leaver.legal)}, of "
            "one name but for a title, an initial or a credential, as left "
            f"({_where_left(context.people, kept.leaver)}); {then}"
        )
    return (
        f"kept {_quoted(kept.name)}: the people export lists them as left "
        f"({_where_left(context.people, kept.leaver)}); --remove-missing removes them"
    )


def _not_open(kept: KeptNotOpen, _: _Context) -> str:
    """An open requisition of the file an ATS export lists as filled, closed or not yet open, or with fewer
    openings: it was said to be 'not in the export', and the plan counts it until it goes."""
    return (
        f"kept {_quoted(kept.name)}, still counted open in the plan: the requisition export lists "
        f"{_req_now(kept.req)}; --remove-missing removes it"
    )


def _namesake(namesake: Namesake, _: _Context) -> str:
    """A person kept beside one of their name added under another id."""
    return (
        f"kept {_quoted(namesake.name)}{_id(namesake.id)}, not in the export, and added {_quoted(namesake.added)}"
        f"{_alike(namesake)}, they are counted twice; move what was typed on the first to the second and delete the "
        "first"
    )


def _alike_matched(alike: Alike, _: _Context) -> str:
    """A person of the file matched with a row of their name but for a title, initials or a credential."""
    return (
        f"matched {_quoted(alike.name)} with the export's {_quoted(alike.row)}, one name but for a title, an initial "
        "or a credential (imports before added the export's beside them, counting them twice); if they are two people, "
        "put back what this import changed on them and rename the one in the file (by more than a title, an initial or "
        "a credential), or the next import matches them again"
    )


def _filled(filled: Filled, _: _Context) -> str:
    """An open requisition kept beside a current person of its title added."""
    return (
        f"kept {_quoted(filled.name)}, still counted open in the plan, and added {_quoted(filled.added)}, "
        f"current, with its title, '{shown(clipped(filled.title))}': if they filled it, delete the requisition there"
    )


def _offer_fill(fill: OfferFill, _: _Context) -> str:
    """An opening of the file removed, the accepted offer of a planned hire of the file filling it."""
    return (
        f"removed {_quoted(fill.opening)}: the accepted offer of {_quoted(fill.name)} fills it, so the plan counts "
        "the role once, the planned hire given the requisition's id"
    )


# The lines a merge writes a person at a time, in the order merge_lines says them.
_OPEN_REQS = ("open requisition", "open requisitions")
_UPDATED = _Each(_updated, "updated {} likewise")
_REMARKS = _Each(_remark, "kept the comments beside {} replaced likewise", ("value", "values"), placed=True)
_KEPT_FTE = _Each(_kept_fte, "kept the fte written for {} likewise")
_KEPT_EVIDENCE = _Each(_kept_evidence, "kept the skills or background written for {} likewise")
_LEFT = _Each(_left, "kept {} the people export lists as left likewise")
_NOT_OPEN = _Each(_not_open, "kept {} the export lists as not open likewise", _OPEN_REQS)
_NAMESAKES = _Each(_namesake, "kept {} beside one of their name added likewise")
_ALIKE = _Each(_alike_matched, "matched {} by a name alike but for a title, an initial or a credential likewise")
_FILLED = _Each(_filled, "kept {} beside a hire of their title", _OPEN_REQS)
_OFFERS = _Each(_offer_fill, "removed {} filled by an accepted offer likewise", ("opening", "openings"))


def merge_lines(
    path: Path, summary: MergeSummary, people: Path, columns: Columns | None = None, *, written: bool = True
) -> list[str]:
    """What a merge did, each person named at their line of the file as it is once the command ends: the merged
    file's when it is `written` (the lines of the file before it sent the user to the wrong person), else the
    file's, unchanged by a --dry-run."""
    moved = summary.moved if written else None
    context = _Context(people, columns or Columns(), {c.index: c for c in summary.updated}, moved)
    lines = [f"{path}: added {_names(summary.added)}"]
    changes = [f"{_quoted(c.name)} ({', '.join(c.fields)})" for c in summary.updated]
    lines.append(f"{path}: updated {_names(changes, quote=False)}")
    lines += _ALIKE.lines(path, summary.alike, context)
    lines += _UPDATED.lines(path, [c for c in summary.updated if c.values], context)
    lines += _REMARKS.lines(path, summary.remarks, context)
    lines.append(f"{path}: unchanged {len(summary.unchanged):,}")
    lines += _KEPT_FTE.lines(path, summary.kept_fte, context)
    lines += _KEPT_EVIDENCE.lines(path, summary.kept_evidence, context)
    if summary.uncovered:
        lines.append(f"{path}: kept {_names(summary.uncovered)}: their status is not one these exports cover")
    lines += _LEFT.lines(path, summary.left, context)
    lines += _NOT_OPEN.lines(path, summary.not_open, context)
    if summary.missing:
        lines.append(f"{path}: kept {_names(summary.missing)}: not in the export; --remove-missing removes them")
    if summary.typed:
        lines.append(
            f"{path}: kept {_names(summary.typed)}: planned or open, not in the export, and not written by an import "
            "(no requisition id, no name import makes up, no mark of an imported offer); --remove-missing keeps "
            "them: remove them yourself"
        )
    if summary.typed_staff:
        lines.append(
            f"{path}: kept {_names(summary.typed_staff)}: not in the export, and with no id where it gives everyone "
            "one, so typed by hand (or imported from an export without ids); --remove-missing keeps them: remove "
            "them yourself"
        )
    if summary.other_kind:
        kinds = " or ".join(sorted({f"{kind}s" for _, kind in summary.other_kind}))  # none of either
        listed = " and ".join(f"{kind}s" for kind in summary.employments)
        lines.append(
            f"{path}: kept {_names([name for name, _ in summary.other_kind])}: not in the export, which lists only "
            f"{listed} (no {kinds}); --remove-missing keeps them: remove them yourself"
        )
    lines += _NAMESAKES.lines(path, summary.namesakes, context)
    lines += _FILLED.lines(path, summary.filled, context)
    lines.append(f"{path}: removed {_names(summary.removed)}")
    lines += _OFFERS.lines(path, summary.offers, context)
    if summary.organization:
        lines.append(f"{path}: organization set from --organization")
    return lines


def examples_lines(path: Path, examples: Sequence[str]) -> list[str]:
    """The people of the merged file who are `teamaudit init`'s examples, as it wrote them (starter.py)."""
    if not examples:
        return []
    listed = first_few([_quoted(n) for n in examples[:SHOWN_NAMES]], len(examples))
    are = examples_are(len(examples))
    return [f"{path}: {are} still in it as init wrote them: {listed}: not your team; delete them there"]


def _alike(namesake: Namesake) -> str:
    """How the person kept and the one added are alike, and what that may mean."""
    if namesake.renamed:
        return " with the same given name and title: if one person was renamed (a married name?)"
    if namesake.alike:
        alike = "of one name but for a title, an initial or a credential"
        return f"{_id(namesake.added_id)}, {alike}: if they are one person"
    return f"{_id(namesake.added_id)}: if one person was rehired under a new id"


def _id(value: str | None) -> str:
    return f" (id {shown(clipped(value))})" if value else ""


def _described(row: int, value: tuple[str, object, object], columns: Columns) -> str:
    """A change of the person of export row `row`, naming the column and cell an fte was read from."""
    source = columns.fte_from(row) if value[0] == "fte" and value[2] is not UNSET else ""
    return _changed(*value, columns.called(row, value[0])) + source


def _changed(key: str, was: object, now: object, column: str) -> str:
    """'Job Title 'Software Engineer' -> 'Senior ML Engineer'' (`column`, the export's name of the column of
    `key`), 'status planned -> current (started)'."""
    if key in ("skills", "background"):
        return f"{key} added from the export"  # given only to a person the file gives none
    if key == "cost":
        return "cost changed"  # pay stays out of a log
    if now is UNSET:
        return f"{key} {_value(was)} removed"
    if key in ("status", "employment"):  # a word of the team file's, not a text of the export's
        was, now = (getattr(value, "value", value) or "none" for value in (was, now))
        return f"{key} {was} -> {now}{' (started)' if (was, now) == ('planned', 'current') else ''}"
    return f"{column} {_value(was)} -> {_value(now)}"


def _value(value: object) -> str:
    """A value of the file or the export as a line of stderr shows it: text quoted, a number or a date as written."""
    if value is None:
        return "none"
    if isinstance(value, str):
        return f"'{shown(clipped(value))}'"
    if isinstance(value, float):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return shown(clipped(str(value)))


def _req_now(req: NotOpen | Openings) -> str:
    """'it as no longer open (jobs.csv line 5, Job Status: Filled)', or 'REQ-2 with 1 opening now (jobs.csv line 3)'."""
    if isinstance(req, Openings) and req.count < 1:  # offerfills.close_staff_openings closed its last
        filled = "but filled by someone the people export lists"
        return f"{shown(clipped(req.id))} open, {filled} ({req.path} line {req.line})"
    if isinstance(req, Openings):
        openings = counted(req.count, "opening")
        return f"{shown(clipped(req.id))} with {openings} now ({req.path} line {req.line})"
    status = f"{shown(clipped(req.column))}: {shown(clipped(req.status))}"
    return f"it as no longer open ({req.path} line {req.line}, {status})"


def _items(items: tuple[str, ...]) -> str:
    return shown(clipped("; ".join(items)))


def _quoted(name: str) -> str:
    """A name in double quotes, its own quotes and backslashes escaped: a comma in it ('Lopez, Isabel') cannot be
    read as the end of one name and the start of the next in a list."""
    return '"' + shown(name.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def _names(names: Sequence[str], *, quote: bool = True) -> str:
    """'2: "Lopez, Isabel", "Wright, Derek"', the first SHOWN_NAMES, and how many more."""
    if not names:
        return "0"
    listed = [_quoted(n) if quote else n for n in names[:SHOWN_NAMES]]
    return f"{len(names):,}: {first_few(listed, len(names))}"


def _rows(n: int, noun: str = "row") -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _people(n: int) -> str:
    return f"{n:,} {'person' if n == 1 else 'people'}"
