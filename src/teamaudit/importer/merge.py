"""Merge imported people into an existing team file, keeping everything the exports do not know.

A person is matched by id, else by name as model.name_key compares them (a person with an id is only matched by
that id), else, for a row named by a preferred name, by the legal name an earlier import may have written; what the
export knows overwrites (a current person's start as _start says), the rest of the person is left alone; people the
export does not have are kept unless `remove_missing` is set and the export covers their status (a people export
covers `current`, a requisition export `planned` and `open`). An fte --assume-fte gave a row is a guess: it never
replaces one the file writes. The plan is made on the validated people and applied to the file's text by
yamledit.py, which keeps comments, order and style.

Before and after, the file goes through the validating loader: an invalid file is not merged into, a
merge that would produce an invalid file or change anything it was not asked to is refused, and so is a merge
into a file whose people share YAML anchors (importer/aliases.py).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from teamaudit.errors import TeamAuditError, TeamAuditErrors, clipped, with_hint
from teamaudit.importer.aliases import refuse_aliases
from teamaudit.importer.alikenames import AlikeIndex, bare_name, drops_from, one_name
from teamaudit.importer.alikenames import folded_key as _folded_key
from teamaudit.importer.calledname import unspaced_spellings
from teamaudit.importer.convert import Leaver, NotOpen, Openings
from teamaudit.importer.offermark import marked_line
from teamaudit.importer.tabs import TabInValue
from teamaudit.importer.unseen import plain
from teamaudit.importer.writer import written
from teamaudit.importer.yamledit import UNSET, Plan, Remark, apply, written_keys
from teamaudit.lenient import text_as_list
from teamaudit.model import Person, Roster, Status, name_key
from teamaudit.namefolding import fold_name
from teamaudit.render import escape
from teamaudit.roster import PERSON_KEYS, roster_from_text
from teamaudit.surnamefirst import first_name_first
from teamaudit.yamlread.linebreaks import editor_lines

KNOWN = ("name", "id", "title", "team", "employment", "fte", "status", "start", "cost")  # what an export sets
# What an export may know but someone may have written better since: given only to a person the file gives none.
EVIDENCE = ("skills", "background")


@dataclass(frozen=True)
class Change:
    name: str
    index: int  # the person's place in the file's people
    line: int = 0  # the person's line in the file
    values: tuple[tuple[str, Any, Any], ...] = ()  # (key, the file's value, the export's; UNSET: removed)
    rehired: bool = False  # the people export lists the file's id as left, and the person again under another
    row: int = -1  # the export row's place among the rows merged, for the names of its export's columns

    @property
    def fields(self) -> tuple[str, ...]:
        """The keys changed."""
        return tuple(key for key, _, _ in self.values)

    def keeping(self, keys: Sequence[str]) -> Change:
        """The change of `keys` only."""
        return replace(self, values=tuple(v for v in self.values if v[0] in keys))


@dataclass(frozen=True)
class KeptFte:
    """A person's fte the file writes, kept over the one --assume-fte gives their kind of row."""

    name: str
    line: int
    fte: float
    kind: str
    guess: float


@dataclass(frozen=True)
class KeptEvidence:
    """Skills or a background the file writes for a person, kept over the other ones the export now gives."""

    name: str
    line: int
    key: str
    kept: tuple[str, ...]
    export: tuple[str, ...]


@dataclass(frozen=True)
class KeptLeaver:
    """A person of the file the people export lists as left (terminated, inactive or past their termination date)."""

    name: str
    line: int
    leaver: Leaver
    alike: bool = False  # the leaver's name is theirs but for a title, an initial or a credential ('Maria Lopez')
    removable: bool = True  # by --remove-missing: not one typed by hand, where the export gives everyone an id


@dataclass(frozen=True)
class KeptNotOpen:
    """An open requisition of the file an ATS export lists as no longer open (filled, closed, on hold)."""

    name: str
    line: int
    req: NotOpen | Openings  # the export's row: not open, or open with fewer openings than the file counts


@dataclass(frozen=True)
class Namesake:
    """A person of the file no export row matches, and a row of the same name added under another id: one person
    rehired under a new id whose old row the export no longer lists (a report of active workers) is both."""

    name: str
    line: int
    id: str | None
    added: str  # the name the row was added under
    added_id: str | None
    renamed: bool = False  # not of one name: of one given name and title, where an id could not tell them apart
    alike: bool = False  # of one name but for a title, an initial or a credential ('Dr. Priya Raman', 'Priya Raman')


@dataclass(frozen=True)
class Alike:
    """A person of the file matched with an export's row of their name but for a title, initials or a credential."""

    name: str
    line: int
    row: str  # the row's name


@dataclass(frozen=True)
class Filled:
    """An open requisition of the file no export row matches, and a current row of its title added: its hire, whom
    the plan counted twice, once as staff and once as still to hire."""

    name: str
    line: int
    added: str  # the name the row was added under
    title: str


@dataclass(frozen=True)
class OfferFill:
    """A planned hire of the file an accepted offer's row names, given the id of the file's opening the offer fills,
    which the merge removes: the plan counted the role twice."""

    name: str
    line: int
    opening: str  # the opening's name


@dataclass
class MergeSummary:
    added: list[str] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)  # a status these exports do not speak for: kept
    missing: list[str] = field(default_factory=list)  # the export covers them but lacks them: kept
    left: list[KeptLeaver] = field(default_factory=list)  # the export lists them as left: kept
    not_open: list[KeptNotOpen] = field(default_factory=list)  # open, and an ATS export lists them as not: kept
    typed: list[str] = field(default_factory=list)  # planned or open, not as an import writes them: kept
    typed_staff: list[str] = field(default_factory=list)  # current, with no id where the export gives all one: kept
    other_kind: list[tuple[str, str]] = field(default_factory=list)  # (name, employment) the export lists no one as
    employments: tuple[str, ...] = ()  # those the people export lists, when it gives every row one
    removed: list[str] = field(default_factory=list)
    offers: list[OfferFill] = field(default_factory=list)  # openings removed, an accepted offer filling each
    kept_fte: list[KeptFte] = field(default_factory=list)
    # A row giving no fte, by its place in the rows merged -> (line, fte) of its person, whom the file gives less than 1
    file_fte: dict[int, tuple[int, float]] = field(default_factory=dict)
    kept_evidence: list[KeptEvidence] = field(default_factory=list)
    namesakes: list[Namesake] = field(default_factory=list)
    alike: list[Alike] = field(default_factory=list)  # matched by a name alike but for a title, initials, a credential
    filled: list[Filled] = field(default_factory=list)
    remarks: list[Remark] = field(default_factory=list)  # comments kept beside a value replaced or removed
    # Each person's line in the file before the merge -> their line in the merged file, for those it keeps
    moved: dict[int, int] = field(default_factory=dict)
    organization: bool = False  # --organization replaced the file's

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.organization)


@dataclass(frozen=True)
class Merged:
    text: str
    summary: MergeSummary
    roster: Roster  # the merged file, validated


def merge_into(
    path: Path,
    original: str,
    rows: list[dict[str, Any]],
    *,
    covered: frozenset[str],
    remove_missing: bool,
    organization: str | None,
    leavers: Sequence[Leaver] = (),
    guessed: Mapping[int, str] | None = None,
    legal_names: Mapping[int, str] | None = None,
    earlier_names: Mapping[int, str] | None = None,
    not_open: Sequence[NotOpen | Openings] = (),
    ids: bool = False,
    employments: frozenset[str] | None = None,
) -> Merged:
    """`guessed`: the rows whose fte --assume-fte gave, by their place in `rows`, with their kind of row.
    `legal_names`: the legal name of the rows named by a preferred name, by their place in `rows`; `earlier_names`:
    the name an import before wrote of a row (calledname.CalledName.earlier).
    `not_open`: the requisitions the ATS exports list as filled, closed or not yet open, and the open ones with how
    many openings, with their ids. `ids`: whether the people export gives every row it reads an id. `employments`:
    the employments it gives its rows, when it gives every row one."""
    before = _validated(original, path, "fix it before importing into it")
    summary = MergeSummary()
    left_on = {leaver.id: leaver.end for leaver in leavers if leaver.id}
    date = before.as_of or dt.date.today()
    plan, matched = _plan(before.people, rows, summary, date, legal_names or {}, path, left_on, earlier_names)
    _keep_written_fte(original, path, before.people, guessed or {}, plan, summary)
    gone = _Gone(leavers, {req.id: req for req in not_open}, ids, employments)
    summary.employments = tuple(sorted(employments or ()))
    _unmatched(before.people, matched, plan, covered, remove_missing, summary, gone, original)
    left = {k.line for k in summary.left}  # the export lists them as left: its dates said who is who
    summary.namesakes = [n for n in _namesakes(before.people, matched, plan, rows) if n.line not in left]
    summary.filled = _filled(before.people, matched, plan, rows)
    if organization is not None and (before.organization or "") != organization:
        plan.organization = organization
        summary.organization = True
    if not summary.changed:
        return Merged(original, summary, before)
    refuse_aliases(original, path)
    text, summary.remarks = _applied(original, before, plan, path)
    after = _validated(text, path, "the merged file would be invalid; nothing written")
    _check_untouched(before, after, plan, path)
    kept = [person.line for index, person in enumerate(before.people) if index not in plan.removed]
    summary.moved = dict(zip(kept, (person.line for person in after.people), strict=False))
    return Merged(text, summary, after)


def _applied(original: str, before: Roster, plan: Plan, path: Path) -> tuple[str, list[Remark]]:
    from ruamel.yaml.error import YAMLError

    try:
        return apply(original, [p.line for p in before.people], plan)
    except TabInValue as exc:
        raise TeamAuditError(
            "a tab in a value written plain over several lines, which the round-trip writer cannot read",
            file=path,
            line=exc.line,
            hint="write it as spaces, or as \\t in double quotes; nothing written",
        ) from None
    except YAMLError as exc:  # libyaml read the file, ruamel.yaml's own reader does not
        raise TeamAuditError(
            f"the round-trip writer cannot read the file: {escape.text(str(exc).splitlines()[0])}",
            file=path,
            hint="nothing written",
        ) from None


def _validated(text: str, path: Path, hint: str) -> Roster:
    try:
        return roster_from_text(text, path)
    except TeamAuditError as exc:
        raise with_hint(exc, hint) from None


def _keep_written_fte(
    text: str,
    path: Path,
    people: tuple[Person, ...],
    guessed: Mapping[int, str],
    plan: Plan,
    summary: MergeSummary,
) -> None:
    """An fte --assume-fte gives is a guess for rows the export gives none: it never replaces one the file writes."""
    targets = {index: row for index, row in plan.rows.items() if row in guessed and "fte" in plan.sets.get(index, {})}
    if not targets:
        return
    refuse_aliases(text, path)  # a person cut out of the file must not refer to a value elsewhere
    keys = written_keys(text, [p.line for p in people], set(targets))
    kept = set()
    for index, row in targets.items():
        person = people[index]
        if "fte" in keys[index]:
            guess = plan.sets[index].pop("fte")
            summary.kept_fte.append(KeptFte(person.name, person.line, person.fte, guessed[row], guess))
            kept.add(index)
            if not plan.sets[index]:
                del plan.sets[index]
                summary.unchanged.append(person.name)
    summary.updated = [
        change.keeping(tuple(plan.sets[change.index])) if change.index in kept else change
        for change in summary.updated
        if change.index in plan.sets
    ]


def _plan(
    people: tuple[Person, ...],
    rows: list[dict[str, Any]],
    summary: MergeSummary,
    date: dt.date,
    legal_names: Mapping[int, str],
    path: Path,
    left_on: Mapping[str, dt.date | None] | None = None,
    earlier_names: Mapping[int, str] | None = None,
) -> tuple[Plan, set[int]]:
    """`left_on`: the termination date (or None) of each id the people export lists as left; `earlier_names`: the
    name an import before wrote of a row, where it is neither its name nor its legal name (calledname.CalledName)."""
    earlier_names = earlier_names or {}
    left_on = left_on or {}
    by_id = {p.id: i for i, p in enumerate(people) if p.id is not None}
    by_name = {name_key(p.name): i for i, p in enumerate(people)}  # unique in a valid file
    owners = dict(by_name)
    taken = set(by_name)
    # 'Lee, Ann', as an earlier import wrote an offer's candidate, is the export's Ann Lee unless someone else is.
    spellings = [_spellings(p.name) for p in people]
    for i, names in enumerate(spellings):
        for name in names[1:]:
            by_name.setdefault(name_key(name), i)
    by_folded = _by_folded(spellings, by_name, _folded_alone(rows, legal_names))

    def find(row: dict[str, Any]) -> int | None:
        return _match(people, row, by_id, by_name, by_folded, left_on)

    found = _found(rows, legal_names, find)
    others = AlikeIndex(
        [p.name for p in people], [r["name"] for r in rows], set(by_name), found, earlier_names.values()
    )
    plan = Plan()
    matched: set[int] = set()
    two_people: list[TeamAuditError] = []
    ids_there: dict[str, Any] = {}  # each export row's id by its name (name_key), when an id is refused
    for row_index, row in enumerate(rows):
        index = find(row)
        legal = None
        if row_index in legal_names:  # written under the legal name before a preferred one
            legal = find({**row, "name": legal_names[row_index]})
        if index is not None and legal is not None and legal != index:
            two_people.append(_two_people(path, row, legal_names[row_index], people[index], people[legal]))
        index = legal if index is None else index
        if index is None:
            index = _another_name(people, row, earlier_names.get(row_index), others, matched, find, summary)
        hire = _hire_of_opening(people, row, index, by_name)
        if index is not None and hire is not None:  # the opening goes: its id is the hire's now
            matched.add(index)
            plan.removed.add(index)
            summary.removed.append(people[index].name)
            summary.offers.append(OfferFill(people[hire].name, people[hire].line, people[index].name))
            index = hire
        if index is not None and _id_of_another(people[index], row):
            ids_there = ids_there or {name_key(r["name"]): r.get("id") for r in rows}  # built on a first refusal
            two_people.append(_reused_id(path, row, people[index], _renumbered(people, index, row, ids_there, by_name)))
            continue
        if index is not None and index not in matched:
            matched.add(index)
            plan.rows[index] = row_index
            sets = _changes(people[index], row, date)
            _no_name_of_another(sets, index, owners, taken)
            summary.kept_evidence += _kept_evidence(people[index], row)
            if "fte" not in row and people[index].fte < 1:
                summary.file_fte[row_index] = (people[index].line, people[index].fte)
            if sets:
                plan.sets[index] = sets
                summary.updated.append(_change(people[index], index, sets, people[index].id in left_on, row_index))
            else:
                summary.unchanged.append(people[index].name)
            continue
        entry = written(row)
        if name_key(entry["name"]) in taken:
            entry["name"] = f"{entry['name']} ({entry.get('id') or len(people) + len(plan.added) + 1})"
        taken.add(name_key(entry["name"]))
        plan.added.append(entry)
        summary.added.append(entry["name"])
    if two_people:
        raise two_people[0] if len(two_people) == 1 else TeamAuditErrors(two_people)
    return plan, matched


def _found(
    rows: list[dict[str, Any]], legal_names: Mapping[int, str], find: Callable[[dict[str, Any]], int | None]
) -> set[int]:
    """The people of the file a row matches by its id, its name or its legal name."""
    names = [{**row, "name": legal_names[index]} for index, row in enumerate(rows) if index in legal_names]
    return {index for row in [*rows, *names] if (index := find(row)) is not None}


def _change(person: Person, index: int, sets: dict[str, Any], rehired: bool, row: int) -> Change:
    values = tuple((key, getattr(person, key), value) for key, value in sets.items())
    return Change(sets.get("name", person.name), index, person.line, values, rehired and "id" in sets, row)


def _another_name(
    people: tuple[Person, ...],
    row: dict[str, Any],
    earlier: str | None,
    others: AlikeIndex,
    matched: set[int],
    find: Callable[[dict[str, Any]], int | None],
    summary: MergeSummary,
) -> int | None:
    """The person of the file a row no name of it matches is by another name: the one an import before wrote of a
    preferred cell of titles or credentials (`earlier`: 'Dr. Li' of the export's Wei Li), or one alike but for a title,
    initials or a credential ('Dr. Maria Lopez' of the export's Maria Lopez). Each was added beside the file's
    person, counted twice. None where another row has that name, or, of one alike, where the file gives the person an
    id: a row named 'Dr. Ann Lee' took the file's Ann Lee (E1), and the row of E1 was added again. Nor is a row with
    an id found by its earlier name: an import that wrote it wrote the id too, and an advisor typed by hand as 'Dr. Li'
    was renamed the export's Wei Li."""
    if earlier and not row.get("id") and others.earlier_of_one(earlier):
        index = find({**row, "name": earlier})
        if index is not None:
            return index
    index = others.find(row["name"]) if _a_person(row["name"], row.get("status", "current")) else None
    if index is None or index in matched or people[index].id is not None:  # an id is matched by the id alone
        return None
    if not _a_person(people[index].name, people[index].status.value):
        return None
    summary.alike.append(Alike(people[index].name, people[index].line, row["name"]))
    return index


def _a_person(name: str, status: str) -> bool:
    """Whether a name of that status is a person's, not a requisition's nor one import makes up: 'Open req 7 - Nurse'
    is 'Open req - Nurse' typed by hand but for its '7', and was matched with it as one name but for an initial."""
    return status in ("current", "planned") and _MADE_UP.match(name) is None


def _hire_of_opening(
    people: tuple[Person, ...], row: dict[str, Any], index: int | None, by_name: dict[str, int]
) -> int | None:
    """The planned hire of the file an accepted offer's row names, where its requisition id is the file's opening of
    that requisition (importer/offerfills.py): an earlier import wrote both, the offer with no id (from an export
    without the requisition's, or as the id the opening kept), so the file counts the role twice. None elsewhere."""
    if index is None or row.get("status") != "planned" or people[index].status is not Status.OPEN:
        return None
    named = by_name.get(name_key(row["name"]))
    if named is None or named == index:
        return None
    hire = people[named]
    return named if hire.status is Status.PLANNED and hire.id is None else None


def _spellings(name: str) -> tuple[str, ...]:
    """A name of the file, and as the export writes it when an earlier import or a person wrote it otherwise: 'Lee,
    Ann' is 'Ann Lee'; '伟 王', given name first as imports before wrote a Chinese name, and '王 伟' are '王伟'."""
    return (name, first_name_first(name), *unspaced_spellings(name))


def _by_folded(spellings: list[tuple[str, ...]], by_name: dict[str, int], alone: frozenset[str]) -> dict[str, int]:
    """Each person by their folded name (and surname-first one), where no other person's name has that key in
    `by_name`, no other person of the file folds to it ('José Pérez' and 'Jose Perez' typed as two people stay two),
    and one row of the export only (`alone`). The NFD 'José Pérez' a person typed matched nobody: the export's was
    added beside her, counted twice."""
    owners: dict[str, set[int]] = {}
    for i, names in enumerate(spellings):
        for name in names:
            owners.setdefault(_folded_key(name), set()).add(i)
    alike = {key: next(iter(indexes)) for key, indexes in owners.items() if len(indexes) == 1 and key in alone}
    return {key: i for key, i in alike.items() if by_name.get(key, i) == i}


def _folded_alone(rows: list[dict[str, Any]], legal_names: Mapping[int, str]) -> frozenset[str]:
    """The folded names (a row's, or its legal name) only one row of the export has, the only ones matched folded: an
    export listing 'Jose Perez' (E2, an ML engineer) above 'José Pérez' (E1, the nurse the file types by hand) matched
    E2 with her, gave him her typed layer and background, and added her as 'José Pérez (E1)'."""
    counts = Counter(
        key
        for i, row in enumerate(rows)
        for key in {_folded_key(row["name"]), *([_folded_key(legal_names[i])] if i in legal_names else [])}
    )
    return frozenset(key for key, count in counts.items() if count == 1)


def _no_name_of_another(sets: dict[str, Any], index: int, owners: dict[str, int], taken: set[str]) -> None:
    """Leave out of `sets` a new name another person of the file, or one added, has. When one of two Ann Lees left,
    the export named the other 'Ann Lee' again, not 'Ann Lee (E009)', and the re-import was refused as making a file
    with two Ann Lees: she keeps the name that tells her apart, as the file is."""
    if "name" not in sets:
        return
    key = name_key(sets["name"])
    if key in taken and owners.get(key) != index:
        del sets["name"]
    else:
        taken.add(key)


def _two_people(path: Path, row: dict[str, Any], legal: str, called: Person, legally: Person) -> TeamAuditError:
    """A row whose preferred name is one person of the file and whose legal name another: updating either could
    overwrite someone typed by hand (a CMO 'Bob Smith' took an imported nurse Robert Smith's title)."""
    return TeamAuditError(
        f"the export's {_shown(row['name'])} (legal name {_shown(legal)}) is two people of this file: "
        f"{_shown(called.name)} (line {called.line}) by the name they go by, {_shown(legally.name)} "
        f"(line {legally.line}) by the legal name; nothing written",
        file=path,
        line=called.line,
        hint="rename the one the export does not mean, or give both the ids of an export with an id column, so "
        "that a row matches one person",
    )


def _id_of_another(person: Person, row: dict[str, Any]) -> bool:
    """Whether the row, current staff or a hire still to start matched with current staff by id, names someone else:
    no part of the two names is alike. An HRIS that re-used a leaver's id for a new hire had the merge rename the ML
    engineer who left to the new regulatory specialist, giving her his typed `layer:`, background and comments; it
    gives the id when the offer is accepted, so her row may be a planned hire's."""
    if person.status is not Status.CURRENT or person.id is None or person.id != row.get("id"):
        return False
    if row.get("status", "current") not in ("current", "planned"):
        return False
    if name_key(person.name) == name_key(row["name"]):  # most rows: folding every name cost merges 6% of their CPU
        return False
    if not _scripts(person.name) & _scripts(row["name"]):
        # `Zhang Wei` and `张伟`: names in two scripts cannot be compared, hire dates can (a person keeps theirs)
        start = row.get("start")
        return isinstance(start, dt.date) and person.start is not None and start != person.start
    return not _name_parts(person.name) & _name_parts(row["name"])


_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _name_parts(name: str) -> set[str]:
    """A name's words, folded (namefolding.py), but initials, each also with its hyphens and apostrophes left out
    (`Al-Rashid` as `alrashid`, as another export writes it); and each character of a Chinese, Japanese or Korean
    name, written with no space between its parts ('王伟', '伟 王')."""
    folded = fold_name(plain(first_name_first(name))).casefold()
    words = re.findall(r"\w+", folded) + ["".join(re.findall(r"\w+", word)) for word in folded.split()]
    return {word for word in words if len(word) > 1} | {char for word in words for char in _CJK.findall(word)}


def _scripts(name: str) -> set[str]:
    """The scripts a name's letters are of (`LATIN`, `CJK`, `CYRILLIC`, ...), as Unicode names them."""
    return {unicodedata.name(char, "?").split()[0] for char in name if char.isalpha()}


def _renumbered(
    people: tuple[Person, ...], index: int, row: dict[str, Any], ids_there: dict[str, Any], by_name: dict[str, int]
) -> str:
    """What says the export numbers people anew, where the row's id is the file's for someone else: the export gives
    the file's person another id, or the file gives the export's person another ('' when neither)."""
    person, said = people[index], []
    theirs = ids_there.get(name_key(person.name))
    if theirs and theirs != person.id:
        said.append(f"which gives {_shown(person.name)} the id {_shown(str(theirs))}")
    mine = by_name.get(name_key(row["name"]))
    if mine is not None and mine != index and people[mine].id and people[mine].id != row.get("id"):
        said.append(f"{_shown(row['name'])} is {_shown(str(people[mine].id))} here")
    return " and ".join(said)


def _reused_id(path: Path, row: dict[str, Any], person: Person, renumbered: str = "") -> TeamAuditError:
    """`renumbered`: what says the export gave people new ids (_renumbered), which its hint is then about."""
    said = f"id {_shown(str(person.id))} is {_shown(person.name)} here and {_shown(row['name'])} in the people export"
    if renumbered:
        return TeamAuditError(
            f"{said}, {renumbered}: the export numbers people anew; nothing written",
            file=path,
            line=person.line,
            hint=f"delete the id: of each current person in {path} and import again: they are then matched by name and "
            "given the export's ids",
        )
    unlike = "no part of the names is alike"
    if not _scripts(person.name) & _scripts(row["name"]):
        # the dates it was decided by, so that a wrong date in either file is seen and mended
        dates = f"{person.start} here, {row['start']} in the export"
        unlike = f"the names are in two scripts and the hire dates differ ({dates})"
    return TeamAuditError(
        f"{said}: {unlike}, so the id may have been re-used for a new hire; nothing written",
        file=path,
        line=person.line,
        hint=f"if {_shown(person.name)} left, give them another id or delete them there; if they were renamed, write "
        "the new name there; then import again",
    )


def _shown(name: str) -> str:
    return f'"{escape.text(clipped(name))}"'


_NONE = object()


def _match(
    people: tuple[Person, ...],
    row: dict[str, Any],
    by_id: dict[str, int],
    by_name: dict[str, int],
    by_folded: dict[str, int],
    left_on: Mapping[str, dt.date | None],
) -> int | None:
    if row.get("id") and row["id"] in by_id:
        return by_id[row["id"]]
    opening = _same_opening(people, row, by_id)
    if opening is not None:
        return opening
    index = by_name.get(name_key(row["name"]))
    if index is None:
        index = by_folded.get(_folded_key(row["name"]))
    if index is None:
        return None
    if people[index].id is None or not row.get("id"):
        return index
    # Two ids: two people of one name, unless a planned hire written with the requisition's id has started (hired no
    # more than _EARLY before the start the file plans), or someone whose id the people export lists as left was hired
    # again (on or after that termination date), and the export gives them an employee id no one in the file has (that
    # was looked up first). A date not given settles nothing.
    person = people[index]
    if person.status is Status.PLANNED:
        since = person.start - _EARLY if person.start is not None else None
    elif person.id is not None and person.id in left_on:
        since = left_on[person.id]
    else:
        return None
    return index if row.get("status") == "current" and _hired_since(row, since) else None


# How much earlier than planned a hire may start: an offer's start moves by weeks, not years
_EARLY = dt.timedelta(days=365)


def _hired_since(row: dict[str, Any], since: dt.date | None) -> bool:
    """Whether the row's hire date, where it and `since` are given, is on or after `since`: a Tom Ward (E150) hired
    in 2019, while the file's Tom Ward (E004) worked until 2026, is another person, as is an Ann Lee hired in 2015
    for a nurse planned to start in 2027; taken for his rehire and her start, each got the id, title and the layer
    typed on the file's person."""
    start = row.get("start")
    return not isinstance(start, dt.date) or since is None or start >= since


# The name import gives the n-th opening of a requisition of several (importer/convert.py)
_NUMBERED_OPENING = re.compile(r"Open req (?P<req>\S+) #(?P<n>\d+) - ")


def _same_opening(people: tuple[Person, ...], row: dict[str, Any], by_id: dict[str, int]) -> int | None:
    """The file's open requisition a row of an export with another count of openings is the first opening of: its
    only opening is written `a-1`, the first of two `a-1-1`. Once one of two was filled, `a-1` matched neither, and
    the plan counted three open requisitions for one."""
    if row.get("status") != "open" or not row.get("id"):
        return None
    numbered = _NUMBERED_OPENING.match(row["name"])
    if numbered is None:
        index = by_id.get(f"{row['id']}-1")
    elif numbered["n"] == "1" and row["id"] == f"{numbered['req']}-1":
        index = by_id.get(numbered["req"])
    else:
        return None
    return index if index is not None and people[index].status is Status.OPEN else None


def _changes(person: Person, row: dict[str, Any], date: dt.date) -> dict[str, Any]:
    """What the export knows of `person` that the file says otherwise, key -> new value (UNSET: remove the key)."""
    changes = {}
    for key in KNOWN:
        value = _start(person, row, date) if key == "start" else row.get(key, _NONE)
        if value is not _NONE and not _same(getattr(person, key), value):
            changes[key] = value
    changes |= {key: row[key] for key in EVIDENCE if row.get(key) and not getattr(person, key)}
    if "name" in changes and drops_from(person.name, changes["name"]):  # 'Dr. Priya Raman' stays as written
        del changes["name"]
    return changes


def _kept_evidence(person: Person, row: dict[str, Any]) -> list[KeptEvidence]:
    """The skills and background the file writes for `person` that the export now gives otherwise: kept, as a value
    an earlier import wrote and one typed by hand look alike, but named, so a promotion's new skills are not lost
    unseen."""
    kept = []
    for key in EVIDENCE:
        ours: tuple[str, ...] = getattr(person, key)
        if not ours or not row.get(key):
            continue
        value = row[key]  # a text, or a background cell's lines
        theirs: tuple[str, ...] = tuple(value) if isinstance(value, list) else (value,)
        if key == "skills":
            theirs = tuple(text_as_list(value)) if isinstance(value, str) else theirs  # type: ignore[arg-type]
        if theirs != ours:
            kept.append(KeptEvidence(person.name, person.line, key, ours, theirs))
    return kept


def _start(person: Person, row: dict[str, Any], date: dt.date) -> Any:
    """The start a person of the file gets from a row, as a new file would have it: a planned hire's is the
    export's; a current person's is their hire date in place of a start the file holds, and none where the file's
    was a planned start (before their status became current, or after `date`, the file's as_of or today) and the
    export gives no hire date. A current person whose file has no start gets none, as a new file writes none for
    current staff. _NONE: leave the file's as it is."""
    if row.get("status") != "current":
        return row.get("start", _NONE)
    if person.start is None:
        return _NONE
    if "start" in row:
        return row["start"]
    if person.status is not Status.CURRENT or person.start > date:
        return UNSET
    return _NONE


def _same(old: Any, new: Any) -> bool:
    if hasattr(old, "value"):  # Status, Layer
        old = old.value
    if isinstance(new, int | float) and isinstance(old, int | float):
        return float(old) == float(new)
    return bool(old == new)


@dataclass(frozen=True)
class _Gone:
    """What the exports say of people no row matches: the people export's leavers, the requisitions an ATS export
    lists as not open or with how many openings, by id, and whether the people export gives every row an id."""

    leavers: Sequence[Leaver]
    reqs: Mapping[str, NotOpen | Openings]
    ids: bool = False
    employments: frozenset[str] | None = None

    def other_kind(self, person: Person) -> str | None:
        """The employment of a current person of the file the people export lists no one as (a contractor or an
        advisor, where Gusto's export of employees lists none): its silence says nothing of them."""
        kind = person.employment
        if person.status is not Status.CURRENT or kind is None or self.employments is None:
            return None
        return None if kind.value in self.employments else kind.value

    def closed(self, person: Person) -> NotOpen | Openings | None:
        """The export's row of an open requisition of the file that is no longer open: its id ('REQ-4'), or the
        requisition's whose opening it is ('REQ-4-2', the second of two), closed or now with fewer openings."""
        if person.status is not Status.OPEN or person.id is None:
            return None
        req = self.reqs.get(person.id)
        if isinstance(req, NotOpen) or (isinstance(req, Openings) and req.count < 1):  # its only opening filled
            return req
        opening = _OPENING.fullmatch(person.id)
        req = self.reqs.get(opening["req"]) if opening else None
        if isinstance(req, Openings) and opening is not None and int(opening["n"]) <= req.count:
            return None  # an opening the export still has, matched to no row for another reason
        return req


_OPENING = re.compile(r"(?P<req>.+)-(?P<n>\d+)")


def _unmatched(
    people: tuple[Person, ...],
    matched: set[int],
    plan: Plan,
    covered: frozenset[str],
    remove: bool,
    summary: MergeSummary,
    gone: _Gone,
    text: str,
) -> None:
    """People no export row matches: kept, unless `remove` and the exports cover their status; a planned hire or
    requisition is removed only when an import wrote it (_imported), never one typed by hand."""
    left, alike_left = _left_by_key(gone.leavers), _left_by_bare_name(gone.leavers)
    left_before = _left_by_earlier_name(gone.leavers)
    lines: list[str] = []
    for index, person in enumerate(people):
        if index in matched:
            continue
        leaver = left.get(f"id:{person.id}") if person.id is not None else None
        for name in _spellings(person.name):
            leaver = leaver or left.get(name_key(name)) or left.get(_folded_key(name))
        # 'Dr. Li', as an import before wrote a leaver's name: named as left, and removable only as anyone missing
        before = None if leaver is not None else left_before.get(name_key(person.name))
        # Staff with no id, where the people export gives everyone one, were typed by hand (an advisor, a board
        # member): --remove-missing removed them with the leavers it was run for, the layer typed on them too.
        other_kind = gone.other_kind(person) if leaver is None else None
        staff = person.status is Status.CURRENT and (person.id is not None or not gone.ids or leaver is not None)
        listed_kind = staff or _imported(person)  # removable, were the export to list people employed as they are
        removable = listed_kind and other_kind is None
        if not removable and person.status is Status.PLANNED:
            lines = lines or editor_lines(text)
            removable = marked_line(lines[person.line - 1], person.name)
        closed = gone.closed(person)
        if person.status.value not in covered:
            summary.uncovered.append(person.name)
        elif remove and removable:
            plan.removed.add(index)
            summary.removed.append(person.name)
        elif leaver is not None and removable:
            summary.left.append(KeptLeaver(person.name, person.line, leaver))
        elif closed is not None and removable:
            summary.not_open.append(KeptNotOpen(person.name, person.line, closed))
        elif before is not None and removable:
            summary.left.append(KeptLeaver(person.name, person.line, before))
        elif leaver is None and (alike := _alike_leaver(person, alike_left)) is not None:
            summary.left.append(KeptLeaver(person.name, person.line, alike, alike=True, removable=removable))
        elif removable:
            summary.missing.append(person.name)
        elif other_kind is not None and listed_kind:
            summary.other_kind.append((person.name, other_kind))
        else:
            (summary.typed_staff if person.status is Status.CURRENT else summary.typed).append(person.name)


def _namesakes(people: tuple[Person, ...], matched: set[int], plan: Plan, rows: list[dict[str, Any]]) -> list[Namesake]:
    """The current people of the file no row matches and the merge keeps, each beside a current row of their name
    added under another id: Workday's report of active workers listed a rehired 'Per Olsen' as W-9 only, and the file
    counted W-5 and 'Per Olsen (W-9)' without a word but 'added' and 'kept'."""
    kept = {
        name_key(person.name): index
        for index, person in enumerate(people)
        if index not in matched and index not in plan.removed and person.status is Status.CURRENT
    }
    # Ann Lee, married, is the export's Ann Park: with no id on either side, only her given name and title are alike.
    unnamed = {_given_and_title(people[i].name, people[i].title): i for i in kept.values() if people[i].id is None}
    # 'Dr. Priya Raman', typed by hand, is the export's 'Priya Raman': matched by name, she was counted twice.
    loose = {bare_name(people[i].name): i for i in kept.values() if people[i].id is None}
    loose.pop(None, None)
    found = []
    for row, entry in _added(rows, plan):
        if row.get("status", "current") != "current":
            continue
        index = kept.get(name_key(row["name"]))
        renamed = index is None and not row.get("id")
        if renamed:
            index = unnamed.get(_given_and_title(row["name"], row["title"]))
        alike = index is None and bare_name(row["name"]) in loose
        if alike:
            index, renamed = loose[bare_name(row["name"])], False
        if index is not None:
            person = people[index]
            found.append(Namesake(person.name, person.line, person.id, entry["name"], entry.get("id"), renamed, alike))
    return found


def _added(rows: list[dict[str, Any]], plan: Plan) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each row the merge adds, with the person it adds, in the order plan.added holds them."""
    used = set(plan.rows.values())
    return zip((row for index, row in enumerate(rows) if index not in used), plan.added, strict=False)


def _filled(people: tuple[Person, ...], matched: set[int], plan: Plan, rows: list[dict[str, Any]]) -> list[Filled]:
    """The open requisitions of the file the merge keeps, unmatched, each beside a current row of its title added
    (the first such row): a hand-typed 'Open req - Biostatistician' stayed open beside the Biostatistician hired."""
    open_reqs: dict[str, list[int]] = {}
    for index, person in enumerate(people):
        if index not in matched and index not in plan.removed and person.status is Status.OPEN:
            open_reqs.setdefault(name_key(person.title), []).append(index)
    found = []
    for row, entry in _added(rows, plan):
        waiting = open_reqs.get(name_key(row["title"])) if row.get("status", "current") == "current" else None
        if waiting:
            req = people[waiting.pop(0)]
            found.append(Filled(req.name, req.line, entry["name"], req.title))
    return found


def _given_and_title(name: str, title: str) -> tuple[str, str]:
    """A person's given name (the first word of their name, folded) and title, as two people of one may be alike."""
    words = _folded_key(first_name_first(name)).split()
    return (words[0] if words else "", name_key(title))


def _left_by_key(leavers: Sequence[Leaver]) -> dict[str, Leaver]:
    """The export's rows of people who left, by their id ('id:E7') and by their name as name_key compares them."""
    left: dict[str, Leaver] = {}
    for leaver in leavers:
        if leaver.id:
            left[f"id:{leaver.id}"] = leaver
        if leaver.name:
            left[name_key(leaver.name)] = leaver
            left.setdefault(_folded_key(leaver.name), leaver)
        if leaver.legal:  # 'Robert Smith', typed in the file, left as the export's Bob Smith
            left.setdefault(name_key(leaver.legal), leaver)
            left.setdefault(_folded_key(leaver.legal), leaver)
    return left


def _left_by_earlier_name(leavers: Sequence[Leaver]) -> dict[str, Leaver]:
    """The export's rows of people who left, by the name an import before wrote of them ('Dr. Li' of Wei Li, whose
    preferred name cell is 'Dr.': calledname.CalledName.earlier), which someone typed by hand may have too."""
    left: dict[str, Leaver] = {}
    for leaver in leavers:
        if leaver.earlier:
            left.setdefault(name_key(leaver.earlier), leaver)
    return left


def _left_by_bare_name(leavers: Sequence[Leaver]) -> dict[tuple[str, ...], list[Leaver]]:
    """The export's rows of people who left, by the bare name (alikenames.bare_name) of each name they give."""
    left: dict[tuple[str, ...], list[Leaver]] = {}
    for leaver in leavers:
        for bare in {bare_name(name) for name in (leaver.name, leaver.legal) if name}:
            if bare is not None:
                left.setdefault(bare, []).append(leaver)
    return left


def _alike_leaver(person: Person, left: Mapping[tuple[str, ...], list[Leaver]]) -> Leaver | None:
    """The one row of a person who left whose name is a current person's but for a title, an initial or a credential
    ('Maria Lopez', terminated, of the file's 'Dr. Maria Lopez', with no id): she was said to be 'not in the export'."""
    bare = bare_name(person.name)
    if person.id is not None or person.status is not Status.CURRENT or bare is None:
        return None
    alike = [
        leaver
        for leaver in left.get(bare, [])
        if any(one_name(person.name, name) for name in (leaver.name, leaver.legal) if name)
    ]
    return alike[0] if len(alike) == 1 else None


# The names import makes up for a requisition or an accepted offer with no candidate (importer/convert.py).
_MADE_UP = re.compile(r"(?:Open req \S+(?: #\d+)? - |Offer accepted - )")


def _imported(person: Person) -> bool:
    """Whether a planned hire or open requisition looks written by an import: it carries the requisition id an ATS
    export gives, or a name import makes up. One typed by hand (`name: Open req - Nurse`, no id) is not, nor an
    accepted offer named by its candidate, unless its line has the mark import writes (importer/offermark.py)."""
    return person.id is not None or _MADE_UP.match(person.name) is not None


def _check_untouched(before: Roster, after: Roster, plan: Plan, path: Path) -> None:
    """Every person and top-level value the merge did not mean to change reads back the same."""
    survivors = [(i, p) for i, p in enumerate(before.people) if i not in plan.removed]
    if len(after.people) != len(survivors) + len(plan.added):
        raise _drift(path, "the number of people")
    for (index, old), new in zip(survivors, after.people, strict=False):
        skip = set(plan.sets.get(index, ())) | {"line"}
        for key in PERSON_KEYS:
            if key not in skip and getattr(old, key) != getattr(new, key):
                raise _drift(path, f"{key} of '{old.name}'", new.line)
    if before.as_of != after.as_of or (plan.organization is None and before.organization != after.organization):
        raise _drift(path, "the top-level keys")


def _drift(path: Path, what: str, line: int | None = None) -> TeamAuditError:
    return TeamAuditError(
        f"merging would change {what}, which the exports do not ask for",
        file=path,
        line=line,
        hint="the file uses YAML the round-trip writer reads differently; nothing written",
    )
