"""`teamaudit diff BASE HEAD`: what a change to the hiring plan does to the team's composition.

Either side may be a file or `git:REF:PATH` (gitside.py: the file committed at REF, PATH from the current folder).
People are matched by `id` and by name (renames.py): a renamed person, or one whose id an HRIS migration changed,
is not one leaving and another joining; where the two disagree and the records cannot tell who is who, the report
says so.
The change fails (exit 1) when HEAD has a failing finding BASE did not have, or when the plan view's
ML-to-layers ratio rises above the threshold, or rises while already over it, and TA001 would fail the run
(not turned off, not suppressed, at or above --fail-on). A git BASE without the file passes: the change adds it.
"""

from __future__ import annotations

import errno
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from teamaudit.config import Settings
from teamaudit.counts import counted, first_few
from teamaudit.errors import TeamAuditError, file_error
from teamaudit.gatefiles import AddedSuppression, GateChanges, GateEdit, gate_changes
from teamaudit.gitnames import GIT_SIDE, git_side, rev_and_path
from teamaudit.gitside import NotAtRef, quoted_side, read_git_side
from teamaudit.model import (
    THREE_LAYERS,
    Basis,
    ClassifiedPerson,
    Composition,
    Finding,
    Layer,
    Report,
    Roster,
    Scope,
    Status,
)
from teamaudit.pipeline import STDIN, Versions, audit_versions, read_roster
from teamaudit.renames import Matching, matches
from teamaudit.repository import repository_of
from teamaudit.roster import DEFAULT_MAX_PEOPLE, roster_from_text
from teamaudit.rules.base import fmt, fte_figure, number, ratio_digits, threshold_figure
from teamaudit.rules.ta001_ml_over_index import ID as OVER_INDEX
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Change:
    """One person who is in one side only, or whose layer, guess, status, name or id differs between the sides."""

    name: str
    title: str
    before: Layer | None
    after: Layer | None
    line: int
    before_guess: bool = False  # the word model's guess on that side: in the layer, but holding nothing up
    after_guess: bool = False
    was: str | None = None  # the name in BASE, when the same id carries another name in HEAD
    before_status: Status | None = None
    after_status: Status | None = None
    # The layer written in the file (`layer:`), not found by the rubric: a reviewer's to check, since one line
    # of YAML moves anyone into any layer.
    before_declared: bool = False
    after_declared: bool = False
    before_id: str | None = None
    after_id: str | None = None
    unsure: bool = False  # in a chain of people whose ids and names disagree, which their records cannot settle
    before_fte: float | None = None
    after_fte: float | None = None

    @property
    def id_changed(self) -> bool:
        """The same person under another id: both sides give one (an id added or dropped changes nobody)."""
        return bool(self.before_id and self.after_id and self.before_id != self.after_id)

    @property
    def fte_changed(self) -> bool:
        """The same person giving the team another share of a week."""
        return (
            self.before_fte is not None and self.after_fte is not None and abs(self.before_fte - self.after_fte) > 1e-9
        )


@dataclass(frozen=True)
class Declared:
    """A person whose `layer:` the change adds or changes, beside the rubric's own call from their record."""

    name: str
    line: int
    layer: Layer
    reads: Layer
    confidence: float
    contradicts: bool  # the rubric is sure of another layer (TA007)


@dataclass(frozen=True)
class DiffReport:
    base: Report
    head: Report
    added: tuple[Change, ...]
    removed: tuple[Change, ...]
    reclassified: tuple[Change, ...]
    status_changed: tuple[Change, ...]  # in the same layer, now current, planned or open otherwise
    renamed: tuple[Change, ...]  # the same id under another name, in the same layer and status
    id_changed: tuple[Change, ...]  # the same name under another id, in the same layer and status
    fte_changed: tuple[Change, ...]  # the same person, layer and status, another fte: the FTE columns move
    appeared: tuple[Finding, ...]
    disappeared: tuple[Finding, ...]
    reasons: tuple[str, ...]  # why the change fails; empty when it passes
    quiet_rise: str | None = None  # a ratio that rose over the threshold without failing the run, and why
    gate_edited: tuple[GateEdit, ...] = ()  # the config and rubric files (gatefiles.py) the change edits
    suppressions_added: tuple[AddedSuppression, ...] = ()  # by this branch's config, which judges both sides
    judged_at: str | None = None  # --config-from REF: both sides judged by the config and rubrics committed there
    declared: tuple[Declared, ...] = ()  # the declarations the change adds or changes

    @property
    def verdict(self) -> str:
        return "fail" if self.reasons else "pass"


def read_side(
    spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES, max_people: int = DEFAULT_MAX_PEOPLE, other: str = "team.yaml"
) -> Roster:
    """The team file a side names; `other`, the other side, for the hint when this one names no file."""
    if not spec.startswith(GIT_SIDE):
        path = Path(spec)
        if path != STDIN and (not path.suffix or _ref_and_path(spec)) and not _exists(path):
            raise TeamAuditError("no such file", file=path, hint=_git_side_hint(spec, other))
        return read_roster(path, max_bytes=max_bytes, max_people=max_people)
    return roster_from_text(read_git_side(spec, max_bytes), Path(spec), max_people=max_people)


def _exists(path: Path) -> bool:
    """os.path.lexists, except that a name over 255 bytes is that error, not a file that is not there."""
    try:
        os.lstat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise file_error(exc, path) from None
        return False
    return True


def _git_side_hint(spec: str, other: str) -> str | None:
    """`teamaudit diff main team.yaml`: a name with no extension that is no file is most likely a branch, and
    `HEAD:team.yaml` a git side without its `git:`. The example names the file as a git side reads it, from the
    current folder (never an absolute path, which git reads from the repository root), quoted for a shell; none
    when that file is outside the repository."""
    ref, path = _ref_and_path(spec) or (spec, _team_file_named(other))
    from_here = _from_current_folder(path)
    if from_here is None:
        return None
    return f"a team file at a git branch or commit is written git:REF:PATH, e.g. {quoted_side(ref, from_here)}"


def _ref_and_path(spec: str) -> tuple[str, str] | None:
    """`HEAD:team.yaml`, as `git show` takes it: its ref and its path."""
    parts = rev_and_path(spec)
    return parts if parts is not None and parts[1] and not Path(parts[0]).is_absolute() else None


def _team_file_named(other: str) -> str:
    """The file the other side names, for the example; `diff main HEAD` names none (HEAD is no path): then this
    folder's team file, or TEAM_FILE."""
    if side := git_side(other):
        return side[1]
    if Path(other).suffix or _exists(Path(other)):
        return other
    return next((p.name for p in sorted(Path().glob("team*.y*ml")) if p.is_file()), "TEAM_FILE")


def _from_current_folder(path: str) -> str | None:
    """`path` as a git side names it, or None when it is not in the current folder's repository."""
    here = Path.cwd().resolve()
    top, in_repository = repository_of(here)
    absolute = Path(os.path.abspath(path))
    where = absolute.parent.resolve() / absolute.name
    if not in_repository or not where.is_relative_to(top):
        return None
    return path if not Path(path).is_absolute() else os.path.relpath(where, here)


def _same_path(base_spec: str, head_spec: str) -> bool:
    """Whether a git BASE names the file HEAD names (both from the current folder, as a git side reads its path)."""
    base, head = git_side(base_spec), git_side(head_spec)
    return base is not None and os.path.abspath(base[1]) == os.path.abspath(head[1] if head else head_spec)


def _changes(
    base: tuple[ClassifiedPerson, ...], head: tuple[ClassifiedPerson, ...], matching: Matching
) -> tuple[tuple[Change, ...], ...]:
    """Added, removed, reclassified, status-changed, renamed, re-keyed people, and people whose fte alone changed."""
    same = matching.same
    before = {p.person.name: p for p in base}
    matched = [(before[same[p.person.name]], p) for p in head if p.person.name in same]
    paired = {b.person.name for b, _ in matched}
    added = tuple(_change(None, p, matching) for p in head if p.person.name not in same)
    removed = tuple(_change(p, None, matching) for p in base if p.person.name not in paired)
    moved: list[Change] = []
    status: list[Change] = []
    names: list[Change] = []
    ids: list[Change] = []
    ftes: list[Change] = []
    for c in (_change(b, a, matching) for b, a in matched):
        if _placed(c, "before") != _placed(c, "after"):
            moved.append(c)
        elif c.before_status is not c.after_status:
            status.append(c)
        elif c.was:
            names.append(c)
        elif c.id_changed:
            ids.append(c)
        elif c.fte_changed:
            ftes.append(c)
    return added, removed, tuple(moved), tuple(status), tuple(names), tuple(ids), tuple(ftes)


def _change(b: ClassifiedPerson | None, a: ClassifiedPerson | None, matching: Matching) -> Change:
    shown = a if a is not None else b
    if shown is None:
        raise ValueError("a change has a person on one side at least")
    base_name = b.person.name if b is not None and a is not None else None
    return Change(
        shown.person.name,
        shown.person.title,
        b.layer if b else None,
        a.layer if a else None,
        shown.person.line,
        before_guess=b is not None and _guessed(b),
        after_guess=a is not None and _guessed(a),
        was=base_name if base_name and base_name != shown.person.name else None,
        before_status=b.person.status if b else None,
        after_status=a.person.status if a else None,
        before_declared=b is not None and b.classification.source == "declared",
        after_declared=a is not None and a.classification.source == "declared",
        before_id=b.person.id if b else None,
        after_id=a.person.id if a else None,
        before_fte=b.person.fte if b else None,
        after_fte=a.person.fte if a else None,
        unsure=(b is not None and b.person.name in matching.unsure_base)
        or (a is not None and a.person.name in matching.unsure_head),
    )


def _placed(c: Change, side: str) -> tuple[object, ...]:
    """What places a person on one side: the layer, whether by a guess, and whether written in the file."""
    return (getattr(c, side), getattr(c, f"{side}_guess"), getattr(c, f"{side}_declared"))


def _guessed(p: ClassifiedPerson) -> bool:
    return p.classification.guessed


def _gate_shown(gate: GateChanges, settings: Settings, versions: Versions) -> GateChanges:
    """The gate files and added suppressions as the head's report shows them: under --redact a config in
    'jane-doe/' was named in the note and JSON, the team file's own path being 'Person 01/team.yaml'."""
    shown = versions.shown_suppressions(settings)
    return GateChanges(
        tuple(replace(edit, path=versions.shown_text(edit.path)) for edit in gate.edited),
        tuple(replace(added, suppression=shown[added.suppression]) for added in gate.suppressions_added),
    )


def _base_side(base_spec: str, head_spec: str, *, max_bytes: int, max_people: int) -> tuple[Roster, str | None]:
    """BASE's roster; when the change adds the team file, no one, and the note that says so."""
    try:
        return read_side(base_spec, max_bytes=max_bytes, max_people=max_people, other=head_spec), None
    except NotAtRef as exc:
        if not _same_path(base_spec, head_spec):  # a typo in BASE's path is no new file
            raise
        # The change adds the team file: nothing to compare it with (check judges the file on its own), and a
        # gate that failed here would fail every first pull request. Every person is added, and the report says so.
        where = exc.message + (f" ({exc.hint})" if exc.hint else "")
        new_file = f"{where}: the change adds the team file, so there is nothing to compare; everyone is new"
        return Roster(source=base_spec, organization=None, as_of=None, people=()), new_file


def diff(
    base_spec: str,
    head_spec: str,
    settings: Settings,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = DEFAULT_MAX_PEOPLE,
    redact: bool = False,
    own: Settings | None = None,
    judged_at: str | None = None,
) -> DiffReport:
    """The change from BASE to HEAD, both judged by `settings`; `own`, this branch's settings when `settings` are
    those committed at `judged_at` (--config-from), names the gate files the change edits all the same."""
    if base_spec == head_spec == str(STDIN):
        raise TeamAuditError("only one side of a diff can be standard input ('-')")
    base_side, new_file = _base_side(base_spec, head_spec, max_bytes=max_bytes, max_people=max_people)
    head_side = read_side(head_spec, max_bytes=max_bytes, max_people=max_people, other=base_spec)
    matching = matches(base_side.people, head_side.people)
    versions = audit_versions(base_side, head_side, settings, redact_same=matching.same if redact else None)
    base, head = versions.base, versions.head
    if redact:  # the same matches, between the names the reports show
        shown = [
            {raw.name: p.person.name for raw, p in zip(side.people, report.people, strict=True)}
            for side, report in ((base_side, base), (head_side, head))
        ]
        matching = matching.shown(shown[0], shown[1])
    added, removed, moved, status, names, ids, ftes = _changes(base.people, head.people, matching)
    # Both views, as check shows them: a current-view error that appears is news even when the scope is the plan.
    # A finding about a person is keyed by who they are in BASE's terms (renames.Matching), so a finding about the
    # same people in the same rule, view and layer neither appears nor resolves.
    base_keys, head_keys = _finding_keys(base, matching.base_identity), _finding_keys(head, matching.head_identity)
    appeared = tuple(f for f in head.all_findings if _key(f, matching.head_identity) not in base_keys)
    disappeared = tuple(f for f in base.all_findings if _key(f, matching.base_identity) not in head_keys)
    rise, rise_fails = _ratio_rose(base, head)
    reasons = [*_appeared_failing(appeared, head), *([rise] if rise and rise_fails else [])]
    if reasons:
        reasons += _who_moved(added, removed, moved)
        reasons += _fte_moved((*status, *names, *ids, *ftes)) if head.basis is Basis.FTE else []
    quiet = rise if rise and not rise_fails else None
    gate = _gate_shown(gate_changes(base_spec, head_spec, own or settings), own or settings, versions)
    if new_file is not None:  # nothing was resolved: BASE's "missing layers" were no team's
        reasons, quiet, disappeared = [], new_file + _checked_alone(head), ()
    return DiffReport(
        base,
        head,
        added,
        removed,
        moved,
        status,
        names,
        ids,
        ftes,
        appeared,
        disappeared,
        tuple(reasons),
        quiet,
        gate.edited,
        gate.suppressions_added,
        judged_at,
        declared=_declared_by_change((*added, *moved), head.people, head.rubric.confidence),
    )


def _declared_by_change(
    changes: tuple[Change, ...], people: tuple[ClassifiedPerson, ...], threshold: float
) -> tuple[Declared, ...]:
    """The people whose `layer:` HEAD adds or changes: one line of YAML moves anyone into any layer."""
    names = {c.name for c in changes if c.after_declared and (not c.before_declared or c.before is not c.after)}
    declared = []
    for p in people:
        own = p.classification.undeclared
        if p.person.name in names and own is not None:
            contradicts = p.classification.contradicted_by(threshold) is not None
            declared.append(Declared(p.person.name, p.person.line, p.layer, own.layer, own.confidence, contradicts))
    return tuple(declared)


Identity = Callable[[str], str]  # a person's name on one side -> who they are in BASE's terms


def _key(f: Finding, identity: Identity) -> tuple[object, ...]:
    return (f.view, *_person_key(f, identity))


def _person_key(f: Finding, identity: Identity) -> tuple[str, ...]:
    """The finding's key, its person named by who they are."""
    return f.key if f.person is None else replace(f, person=identity(f.person)).key


def _finding_keys(side: Report, identity: Identity) -> set[tuple[object, ...]]:
    """Each finding keyed by its view. A side with no planned or open people audits one view, which is both: its
    plan is its current staff, so a plan added on the other side does not make every finding new."""
    if side.has_future:
        return {_key(f, identity) for f in side.all_findings}
    return {(view, *_person_key(f, identity)) for f in side.all_findings for view in Scope}


def _checked_alone(head: Report) -> str:
    """What `check` says of a file the change adds, beside the diff's pass: a first plan that is over-indexed read
    'PASS' above 'The plan becomes over-indexed', as if it had been judged and passed."""
    failing = len(head.failing)
    if not failing:
        return "; teamaudit check passes it"
    return f"; the diff does not gate a first file, teamaudit check does, and fails it on {counted(failing, 'finding')}"


def _appeared_failing(appeared: tuple[Finding, ...], head: Report) -> list[str]:
    return [f"{f.rule} {f.name} appeared ({f.severity.value}): {f.message}" for f in appeared if head.is_failing(f)]


def _ratio_rose(base: Report, head: Report) -> tuple[str | None, bool]:
    """Whether the scoped view's ML-to-layers ratio (the plan's, unless --scope current) rose above the threshold
    (or while over it), said in words, and whether that fails the change; when it does not, the words say why."""
    threshold, view = head.rubric.ml_ratio, head.scope
    whose = "the plan's" if view is Scope.PLAN else "current staff's"
    c0, c1 = base.composition(view), head.composition(view)
    r0, r1 = c0.ml_per_layer, c1.ml_per_layer
    if math.isinf(r0) and math.isinf(r1) and c1.ml > c0.ml:  # no layers on either side: the ratio cannot rise
        amounts = f"{number(c0.ml, c0.basis)} -> {number(c1.ml, c1.basis)} {c1.basis.unit}"
        rise = f"{whose} ML research rose with no layers to weigh it against: {amounts}"
    elif r1 > r0 and r1 > threshold:
        state = "rose above" if r0 <= threshold else "rose while already over"
        moved = f"{_shown(r0, threshold)} -> {_shown(r1, threshold)}"
        rise = f"{whose} ML-to-layers ratio {state} the threshold {threshold_figure(threshold)}: {moved}"
    else:
        return None, False
    # Over the threshold, TA001 fires on that view: the ratio fails the change only where that finding would
    # fail the run, so --scope, --fail-on, a rule turned off and a suppression with its reason count as in check.
    gate = [f for f in head.all_findings if f.rule == OVER_INDEX and (f.view is view or not head.has_future)]
    if any(head.would_fail(f) for f in gate):
        return rise, True
    if not gate:
        why = f"{OVER_INDEX} is turned off"
    elif all(f.suppressed for f in gate):
        why = f"{OVER_INDEX} is suppressed"
    else:
        why = f"{OVER_INDEX} is below --fail-on {head.fail_on.value}"
    return f"{rise}, which does not fail this run: {why}", False


def _who_moved(added: tuple[Change, ...], removed: tuple[Change, ...], moved: tuple[Change, ...]) -> list[str]:
    """The people behind a failing change: ML research it adds, and people it takes from the three layers."""
    reasons = []
    ml_added = [c for c in (*added, *moved) if c.after is Layer.ML_RESEARCH and c.before is not Layer.ML_RESEARCH]
    if ml_added:
        names = _first_few([f"{c.name} (line {c.line}{_unsure(c)})" for c in ml_added])
        reasons.append(f"ML research added by this change: {names}")
    # A guess holds no layer up (TA002): a holder who becomes a guess has left it as surely as one who is removed.
    layers_lost = [
        c
        for c in (*removed, *moved)
        if c.before in THREE_LAYERS and not c.before_guess  # every change to a holder's layer or guess loses them
    ]
    if layers_lost:
        names = _first_few(
            [f"{c.name} ({c.before.value if c.before else ''}{_now(c)}{_unsure(c)})" for c in layers_lost]
        )
        # A filled requisition leaves as its hire joins: naming only the leaver read as a layer losing someone.
        joined = [c for c in (*added, *moved) if _holds(c, "after") and not _holds(c, "before")]
        also = _first_few([f"{c.name} ({c.after.value if c.after else ''}{_unsure(c)})" for c in joined])
        reasons.append(f"left the three layers in this change: {names}" + (f"; joined them: {also}" if joined else ""))
    return reasons


def _holds(c: Change, side: str) -> bool:
    """Whether `c` holds one of the three layers up on that side: in it, and not as a guess."""
    layer, guess = (c.before, c.before_guess) if side == "before" else (c.after, c.after_guess)
    return layer in THREE_LAYERS and not guess


def _now(c: Change) -> str:
    """Where a holder who left a layer went, when it is no plain leaving: `Ann Lee (clinical, now compliance)` moved
    between two of the three layers, and was said to have left them and joined them in one sentence."""
    if c.after is c.before:
        return ", now a guess"
    return f", now {c.after.value}" if c.after is not None and _holds(c, "after") else ""


def _fte_moved(kept: tuple[Change, ...]) -> list[str]:
    """The people behind a failing change who moved no layer but give ML research more time, or a layer less:
    renamed, re-keyed and status-changed people as well as those whose fte alone changed."""
    behind = [
        c
        for c in kept
        if (c.after is Layer.ML_RESEARCH and (c.after_fte or 0) > (c.before_fte or 0))
        or (c.after in THREE_LAYERS and not c.after_guess and (c.after_fte or 0) < (c.before_fte or 0))
    ]
    if not behind:
        return []
    names = _first_few([f"{c.name} (line {c.line}, {_fte_change(c)}{_unsure(c)})" for c in behind])
    return [f"fte changed in this change: {names}"]


def _fte_change(c: Change) -> str:
    layer = c.after.value if c.after else ""
    return f"{layer}, fte {fte_figure(c.before_fte or 0)} -> {fte_figure(c.after_fte or 0)}"


# A reason is one line of the verdict: it names this many people and counts the rest, which the people lists hold.
NAMED_IN_A_REASON = 10


def _first_few(names: list[str]) -> str:
    return first_few(names[:NAMED_IN_A_REASON], len(names))


def _unsure(c: Change) -> str:
    return ", unsure who is who" if c.unsure else ""


def _shown(ratio: float, threshold: float) -> str:
    return "no layers" if math.isinf(ratio) else ratio_digits(ratio, threshold)


def delta(base: Composition, head: Composition, layer: Layer) -> tuple[int, float]:
    return (
        head.count(layer).headcount - base.count(layer).headcount,
        round(head.count(layer).fte - base.count(layer).fte, 6),
    )


def signed(value: float) -> str:
    return "0" if abs(value) < 1e-9 else ("+" if value > 0 else "-") + fmt(abs(value))
