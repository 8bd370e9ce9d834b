"""The domain model, on the ground floor: the nouns every other module speaks of.

Team file -> Roster of Person; the classifier's Contribution, LayerTally and Classification; the audit's
Composition, Finding, Recommendation, Firmness and Report. Everything may import this module; it imports
nothing of teamaudit but the value helpers it validates with (records, lenient, choices).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal

from teamaudit.choices import Basis as Basis  # re-exported: the views, units and failing levels
from teamaudit.choices import FailOn as FailOn
from teamaudit.choices import Scope as Scope
from teamaudit.lenient import enum_spelling, text_as_list
from teamaudit.records import internal, limits, validator

if TYPE_CHECKING:
    from teamaudit.errors import TeamAuditError


class Layer(StrEnum):
    CLINICAL = "clinical"
    INTEGRATION = "integration"
    COMPLIANCE = "compliance"
    ML_RESEARCH = "ml_research"
    OTHER = "other"


THREE_LAYERS: tuple[Layer, ...] = (Layer.CLINICAL, Layer.INTEGRATION, Layer.COMPLIANCE)

# The one table of display names: ids (`ml_research`) stay in YAML, JSON, SARIF and code; sentences people read say
# these (render/prose.py's `layer_name`, and the rules' words where a sentence names a layer).
LAYER_NAMES: dict[Layer, str] = {
    Layer.CLINICAL: "clinical",
    Layer.INTEGRATION: "integration",
    Layer.COMPLIANCE: "compliance",
    Layer.ML_RESEARCH: "ML research",
    Layer.OTHER: "other",
}


class Status(StrEnum):
    CURRENT = "current"
    PLANNED = "planned"
    OPEN = "open"


class Employment(StrEnum):
    """How a person is engaged, apart from how much of their time the team has (`fte`)."""

    EMPLOYEE = "employee"
    CONTRACTOR = "contractor"
    ADVISOR = "advisor"


class FteDoubt(StrEnum):
    """Why the 1.0 FTE a person with no `fte` counts for may be too much (ftedoubt.py): an advisor, a contractor,
    or a title that says part-time."""

    ADVISOR = "advisor"
    CONTRACTOR = "contractor"
    PART_TIME = "part-time"


def id_as_text(value: object) -> object:
    # Employee ids are often numbers in HRIS exports; 1042 and "1042" are the same id.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _background_as_list(value: object) -> object:
    if isinstance(value, str):
        return (value,)
    return value


def _number_only(value: object) -> object:
    # Strictly a number, as the published JSON Schema says: not true/false, not "0.5" in quotes.
    if isinstance(value, bool | str):
        raise ValueError("must be a number")
    if isinstance(value, float) and _non_finite(value):
        raise ValueError("must be a finite number")  # `1e309` in YAML reads as inf; JSON has none
    return value


def _non_finite(value: float | str) -> bool:
    try:
        return not math.isfinite(float(value))
    except ValueError:
        return False  # not a number at all: validation says so


MAX_NAME = 200  # characters of a name or an id
MAX_TITLE = 300  # of a title or a team
MAX_LINE = 2000  # of one skill or background line
MAX_COST = 1e12  # a person's annual cost: far above any pay, in any currency, and sums of them stay finite
CURRENCY_CODE = re.compile(r"[A-Z]{3}")  # a team file's `currency:` and a rubric's comp ranges'
CURRENCY_WANTED = "an ISO 4217 code, three capital letters: USD, EUR, GBP, CHF ..."


@dataclass(frozen=True, slots=True)
class Person:
    """One row of the headcount: a current employee, a decided hire or an open requisition."""

    # Lengths far beyond any real name or title: a pasted document (or a pull request's 5 MB name) is a
    # mistake to report, not a value to pad every table and annotation with.
    name: str = field(metadata=limits(min_length=1, max_length=MAX_NAME))
    title: str = field(metadata=limits(min_length=1, max_length=MAX_TITLE))
    id: str | None = field(default=None, metadata=limits(before=id_as_text, min_length=1, max_length=MAX_NAME))
    team: str | None = field(default=None, metadata=limits(max_length=MAX_TITLE))
    skills: tuple[str, ...] = field(default=(), metadata=limits(before=text_as_list, max_length=MAX_LINE))
    background: tuple[str, ...] = field(default=(), metadata=limits(before=_background_as_list, max_length=MAX_LINE))
    fte: float = field(default=1.0, metadata=limits(before=_number_only, gt=0, le=1))
    status: Status = field(default=Status.CURRENT, metadata=limits(before=enum_spelling))
    employment: Employment | None = field(default=None, metadata=limits(before=enum_spelling))
    layer: Layer | None = field(default=None, metadata=limits(before=enum_spelling))
    start: dt.date | None = None
    cost: float | None = field(default=None, metadata=limits(before=_number_only, gt=0, le=MAX_COST))
    line: int = 0  # where the person starts in the team file; not a key of the file
    # Set by roster.py for a person the file gives no fte who may give less than the 1.0 they count for.
    fte_doubt: FteDoubt | None = field(default=None, metadata=internal())

    def amount(self, basis: Basis) -> float:
        """What the person counts for: their FTE, or one person with --basis headcount."""
        return self.fte if basis is Basis.FTE else 1.0

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Person:
        """Validate one person's data (raises pydantic_core.ValidationError)."""
        return validator(cls, strip=True)(data)


def name_key(name: str) -> str:
    """What makes two names one: `Ann Lee`, `ann lee` and `Ann  Lee` name the same person, to a reader and to
    `explain`, which finds people ignoring case. A team file's names must differ by it."""
    return " ".join(name.split()).casefold()


def name_order(name: str) -> tuple[tuple[str | int, ...], str]:
    """How lists of people are ordered, whatever the file's order: by name, a number in it read as a number, so
    `Open req ML-2` comes before `Open req ML-10` (as text it came after `ML-1`, `ML-10`, ..., `ML-19`)."""
    parts = _DIGITS.split(name)  # text, digits, text, ...: each place holds one type, so any two keys compare
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts)), name


_DIGITS = re.compile(r"(\d+)")


STDIN_SOURCE = "<stdin>"  # the source of a team file read from standard input (`check -`)


@dataclass(frozen=True, slots=True)
class Roster:
    """A whole team file after validation."""

    source: str
    organization: str | None
    as_of: dt.date | None
    people: tuple[Person, ...]
    # What looks wrong in the file but is no error (a start date its status contradicts, an advisor with no fte),
    # each at its file:line:col; they name no one, so --redact need not touch them.
    notes: tuple[TeamAuditError, ...] = ()
    currency: str | None = None  # the ISO 4217 code its `cost:` fields are in, when the file names one

    @property
    def has_future(self) -> bool:
        return any(p.status is not Status.CURRENT for p in self.people)


# The order ties fall back to when the title cannot break them, and the order every table lists layers in.
LAYER_ORDER: tuple[Layer, ...] = (
    Layer.CLINICAL,
    Layer.INTEGRATION,
    Layer.COMPLIANCE,
    Layer.ML_RESEARCH,
    Layer.OTHER,
)

# Where a piece of evidence was found; each group has its own cap (the title counts its strongest match only).
GROUPS: tuple[str, ...] = ("title", "skills", "background", "credentials", "team")


# How a title word that names a function gives way: True, to another layer's work shown in the rest of the record;
# "credentials", only to a credential of another layer (a nurse in product is clinical; a product manager for a
# FHIR API is not integration staff); "work", only to another layer's hands-on work in the skills, background or
# credentials, and only when nothing beyond the title backs its own layer (a "Compliance Manager" whose skills are
# SOX 404 does financial compliance; one in Finance, or with HIPAA beside SOX, is still compliance staff).
Generic = bool | Literal["credentials", "work"]


@dataclass(frozen=True, slots=True)
class Contribution:
    """One matched signal: what it adds to (or takes from) one layer, in words a user can read."""

    layer: Layer
    weight: float
    text: str
    hands_on: bool = False
    group: str = "title"  # title, skills, background, credentials or team: the unit caps and negatives apply to
    key: str = ""  # the signal or credential that matched; it counts once per person
    label: str = ""  # the signal's label alone, without the quoted text it matched (what --redact may show)
    generic: Generic = False  # a title word that names a function, not a domain ("engineer", "analyst")
    settles: bool = False  # a title that decides the layer by itself (a founder, a chief medical officer)
    cancels: tuple[str, ...] = ()  # a negative about some signals only: their keys; () takes from its whole group
    credential: bool = False  # a line saying the person is licensed or has practised: counts with credentials
    line: str | None = None  # the skill, background line or department it matched in (None: the title)
    taken: float = 0.0  # weight a negative about it took (its own line says it is about others, or `cancels`)

    @property
    def negative(self) -> bool:
        return self.weight < 0


@dataclass(frozen=True, slots=True)
class GroupTally:
    """What one group of evidence counts for one layer: the positive sum (the strongest title match), its cap,
    the negatives found in the same group, and what is left. A negative cancels only evidence of its group;
    one with `cancels` takes from its own line and the signals it names, before the cap: `raw` is what the
    group added before that (the strongest title match before it), `cancelled` what it took."""

    group: str
    raw: float
    cap: float | None
    negative: float
    counted: float
    set_aside: bool = False  # a generic title outweighed by domain evidence elsewhere in the record
    cancelled: float = 0.0  # taken from the signals a negative is about, before the cap
    claimed: float = 0.0  # of `counted`, what lines saying the person is licensed or has practised add


@dataclass(frozen=True, slots=True)
class LayerTally:
    layer: Layer
    groups: tuple[GroupTally, ...]
    total: float = 0.0  # what the groups count together; `of` fills it
    title: float = 0.0  # what the title counts

    @classmethod
    def of(cls, layer: Layer, groups: tuple[GroupTally, ...]) -> LayerTally:
        title = sum(g.counted for g in groups if g.group == "title")
        return cls(layer, groups, round(sum(g.counted for g in groups), 6), title)

    @property
    def uncorroborated(self) -> str | None:
        """The one field all of this layer's evidence comes from, when that field is not the title."""
        counted = [g.group for g in self.groups if g.counted > 0]
        return counted[0] if len(counted) == 1 and counted[0] != "title" else None

    @property
    def beyond_title(self) -> float:
        """What the rest of the record (skills, background, credentials, team) counts for this layer."""
        return round(self.total - self.title, 6)


SETTLED_BY_TITLE = "settled by the title"  # how the classifier's note on a title that decides the layer opens


@dataclass(frozen=True, slots=True)
class Classification:
    layer: Layer
    confidence: float
    evidence: tuple[str, ...]
    hands_on: bool
    source: str  # "rubric", "words" (the word model's guess where the rubric found no layer) or "declared"
    scores: tuple[tuple[Layer, float], ...]
    contributions: tuple[Contribution, ...]
    normalized_title: str
    notes: tuple[str, ...] = ()  # how the decision was reached where the scores alone do not say: ties, settled
    # titles, the word model's guess
    rubric_layer: Layer | None = None  # the rubric's own layer, where the word model's guess replaced it
    undeclared: Classification | None = None  # the rubric's own call, where the team file declared the layer

    def score(self, layer: Layer) -> float:
        return dict(self.scores).get(layer, 0.0)

    def hands_on_for(self, layer: Layer) -> tuple[Contribution, ...]:
        return tuple(c for c in self.contributions if c.layer is layer and c.hands_on and c.weight > 0)

    def unsure(self, threshold: float) -> bool:
        """Whether teamaudit placed this person below the confidence threshold (TA005; firmness counts them). A
        guess always is."""
        return self.source == "words" or (self.source != "declared" and self.confidence < threshold)

    def title_keeps_other(self) -> Layer | None:
        """The layer whose hands-on work the skills show of a person the title settles as `other` (a Co-founder &
        CTO whose skills are PyTorch): only they can say they do it (TA005). A degree is no such work: a founder
        is `other` whatever their degrees, as the domain has it. None for anyone else."""
        layer = self.runner_up()
        settled = any(note.startswith(SETTLED_BY_TITLE) for note in self.notes)
        if not settled or self.layer is not Layer.OTHER or layer is None or not self.skills_for(layer):
            return None
        return layer

    def skills_for(self, layer: Layer) -> tuple[Contribution, ...]:
        """The skills that show hands-on work of `layer`."""
        return tuple(c for c in self.hands_on_for(layer) if c.group == "skills")

    def contradicted_by(self, threshold: float) -> Classification | None:
        """The rubric's own call for a declared layer, when it is sure (>= threshold) of another one (TA007). A
        declaration the record shows hands-on work of is backed, unless the record shows hands-on work of the
        rubric's layer too: a CTO whose skills are PyTorch, declared ml_research as TA005 advised, is backed (the
        title alone settles him `other`); a nurse of 12 years in the ICU declared ml_research is not, though her
        skills say PyTorch."""
        own = self.undeclared
        if own is None or own.layer is self.layer or own.unsure(threshold) or own.backs(self.layer):
            return None
        return own

    def backs(self, declared: Layer) -> bool:
        """Whether the record backs a declaration of `declared` against this call: it shows hands-on work of
        `declared` in the skills, background or credentials, and none of the layer called, even in the title."""
        return self.record_shows(declared) and not self.hands_on_for(self.layer)

    def record_shows(self, layer: Layer) -> bool:
        """Whether the person's skills, background or credentials (not the title) show hands-on work of `layer`."""
        return any(c.group != "title" and c.group != "team" for c in self.hands_on_for(layer))

    @property
    def guessed(self) -> bool:
        """Whether the layer is the word model's guess: it never holds a layer up on its own (TA002-TA004)."""
        return self.source == "words"

    def runner_up(self) -> Layer | None:
        """The best-scoring layer other than the chosen one, when it scored at all: where an unsure person
        would go if they were settled the other way: the rubric's own layer where the word model guessed."""
        if self.rubric_layer is not None:
            return self.rubric_layer
        others = [(score, -LAYER_ORDER.index(layer), layer) for layer, score in self.scores if layer is not self.layer]
        best = max(others, default=None)
        return best[2] if best and best[0] > 0 else None


@dataclass(frozen=True, slots=True)
class ClassifiedPerson:
    person: Person
    classification: Classification

    @property
    def layer(self) -> Layer:
        return self.classification.layer

    @property
    def hands_on(self) -> bool:
        """Whether this person's record shows hands-on evidence. An open requisition is nobody yet: the
        evidence its title or wish list carries proves nothing about the team."""
        return self.classification.hands_on and self.person.status is not Status.OPEN


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class LayerCount:
    layer: Layer
    headcount: int
    fte: float
    guessed: int = 0  # of the headcount, people only the word model puts here

    @property
    def held(self) -> bool:
        """Whether anyone is in the layer on more than a guess: a layer of guesses is missing (TA002)."""
        return self.headcount > self.guessed


@dataclass(frozen=True, slots=True)
class Composition:
    """Headcount and FTE per layer for one view of the roster (current staff, or the whole plan)."""

    view: Scope
    basis: Basis
    counts: tuple[LayerCount, ...]

    def count(self, layer: Layer) -> LayerCount:
        return next(c for c in self.counts if c.layer is layer)

    def amount(self, layer: Layer) -> float:
        c = self.count(layer)
        return c.fte if self.basis is Basis.FTE else float(c.headcount)

    @property
    def ml(self) -> float:
        return self.amount(Layer.ML_RESEARCH)

    @property
    def layers(self) -> float:
        return round(sum(self.amount(layer) for layer in THREE_LAYERS), 6)

    @property
    def total(self) -> float:
        return round(sum(self.amount(c.layer) for c in self.counts), 6)

    @property
    def ratio(self) -> float | None:
        """ML research per unit of the three layers combined, as shown; None when the layers are empty."""
        return round(self.ml_per_layer, 4) if self.layers > 0 else None

    @property
    def ml_per_layer(self) -> float:
        """The ratio unrounded, as a diff weighs it against the threshold: infinite when ML research has no layers
        beside it, 0.0 when neither has anyone."""
        if self.layers > 0:
            return self.ml / self.layers
        return math.inf if self.ml > 0 else 0.0

    def share(self, layer: Layer) -> float:
        return self.amount(layer) / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    name: str
    severity: Severity
    message: str
    view: Scope
    layer: Layer | None = None
    person: str | None = None
    line: int | None = None  # in `file`, or in the team file when `file` is None
    file: str | None = None  # the file the finding is in when it is not the team file (TA006: the config file)
    suppressed: str | None = None  # the reason, when a suppression in the config accepts this finding
    until: dt.date | None = None  # the end of that suppression, when it has one
    subject: str = ""  # what the finding is about when it is neither a layer nor a person (TA006: which entry)

    @property
    def key(self) -> tuple[str, ...]:
        """What identifies a finding across two versions of a team file (for `diff`, and SARIF fingerprints)."""
        base = (self.rule, self.layer.value if self.layer else "", self.person or "")
        return (*base, self.subject) if self.subject else base


@dataclass(frozen=True, slots=True)
class Recommendation:
    rule: str
    text: str
    layer: Layer | None = None
    role: str | None = None
    fte: float | None = None
    comp_low: int | None = None
    comp_high: int | None = None
    comp_label: str | None = None
    source: str | None = None
    kind: str = "hire"  # hire, convert (open ML requisitions) or declare (settle a classification)
    converts: tuple[str, ...] = ()  # a convert's open requisitions, by name
    # Where in `text` a value (a name, a title) writes a backtick: text as written, never one of the code spans the
    # wording writes (`fte`), which the formats that show code find everywhere else (render/escape.py's with_code).
    literal: tuple[int, ...] = ()
    # The sentence for a client (the HTML report), where `text` names keys of the team file to write; "": `text`
    client_text: str = ""


@dataclass(frozen=True, slots=True)
class Firmness:
    """Whether the people teamaudit is unsure about, or whose FTE the file leaves out, could flip a view's
    over-indexing verdict (firmness.py)."""

    view: Scope
    unsure: int  # people TA005 names: below the confidence threshold, or kept `other` by the title alone
    over: bool  # the verdict as classified: ML research outnumbers the layers
    worst_ml: float  # every unsure person counted as ML research, every layer FTE in doubt next to nothing
    worst_layers: float
    best_ml: float  # every unsure person counted in a layer, every ML research FTE in doubt next to nothing
    best_layers: float
    to_flip: int  # the fewest people who, settled the other way or giving less time, flip the verdict; 0: it holds
    # Per kind, the people sure of their layer (ML research or one of the three) whose FTE is in doubt (--basis fte)
    fte_in_doubt: tuple[tuple[FteDoubt, int], ...] = ()
    to_flip_fte: int = 0  # of to_flip, people giving less time than the 1.0 FTE they count for
    ml_in_doubt: float = 0.0  # the FTE they count for in ML research: best_ml leaves it out
    layers_in_doubt: float = 0.0  # and in the three layers: worst_layers leaves it out
    contradicted: int = 0  # people whose declared layer the rubric, sure of another, contradicts (TA007)
    by_declaration: bool = False  # counting them as the rubric reads them would flip the verdict

    @property
    def holds(self) -> bool:
        return self.to_flip == 0

    @property
    def fte_doubts(self) -> int:
        return sum(count for _, count in self.fte_in_doubt)


@dataclass(frozen=True, slots=True)
class CostTotal:
    """A view's annual cost from the team file's `cost:` fields (paytotals.py): the sum, or why it is withheld."""

    view: Scope
    amount: float | None  # None: nobody in the view has a cost, or the sum is withheld
    withheld: str | None = None  # why: the sum would reveal one or two people's pay
    currency: str | None = None  # the team file's `currency:`; None when it names none
    uncosted: int = 0  # the people in the view with no cost, whom the sum leaves out


@dataclass(frozen=True, slots=True)
class RubricInfo:
    name: str
    version: str
    ml_ratio: float
    confidence: float
    packaged: bool = True  # shipped with teamaudit and read from its own file: the rubric whose accuracy is measured
    currency: str = "USD"  # its pay ranges' one currency, in which a report also shows the team file's cost totals


@dataclass(frozen=True, slots=True)
class Report:
    tool_version: str
    source: str
    organization: str | None
    as_of: dt.date | None
    rubric: RubricInfo
    scope: Scope
    basis: Basis
    fail_on: FailOn
    has_future: bool
    people: tuple[ClassifiedPerson, ...]
    compositions: tuple[Composition, ...]
    all_findings: tuple[Finding, ...]  # every audited view: the scope, and the other view when there is a plan
    recommendations: tuple[Recommendation, ...]
    cost_totals: tuple[CostTotal, ...] = ()  # annual cost per view, from the file's `cost:`
    firmness: tuple[Firmness, ...] = ()  # per audited view
    notes: tuple[TeamAuditError, ...] = ()  # the team file's Roster.notes (stderr, GitHub warnings): never failing
    redacted: bool = False  # --redact: names are pseudonyms, personal details dropped (privacy.py)
    # The recommendations once a convert recommendation's requisitions are retitled into its layer (conversion.py);
    # None when no recommendation converts any
    after_conversion: tuple[Recommendation, ...] | None = None

    def said(self, view: Scope) -> str:
        """The view as the report names it (view_said): "current" in a file with no plan."""
        return view_said(view, self.has_future)

    def firmness_of(self, view: Scope) -> Firmness | None:
        return next((f for f in self.firmness if f.view is view), None)

    def cost_total(self, view: Scope) -> float | None:
        return next((c.amount for c in self.cost_totals if c.view is view), None)

    @property
    def cost_currency(self) -> str:
        """The currency the team file's `cost:` totals are shown in: the file's `currency:`, else the rubric's."""
        return next((c.currency for c in self.cost_totals if c.currency), self.rubric.currency)

    @property
    def cost_currency_named(self) -> bool:
        """Whether the team file names its costs' currency, rather than leaving the rubric's to be assumed."""
        return any(c.currency for c in self.cost_totals)

    def cost_uncosted(self, view: Scope) -> int:
        """How many people of the view have no `cost:`, whom its total leaves out."""
        return next((c.uncosted for c in self.cost_totals if c.view is view), 0)

    def cost_withheld(self, view: Scope) -> str | None:
        """Why the view's cost total is not shown, when it would reveal one or two people's pay."""
        return next((c.withheld for c in self.cost_totals if c.view is view), None)

    def composition(self, view: Scope) -> Composition:
        return next(c for c in self.compositions if c.view is view)

    @property
    def views(self) -> tuple[Scope, ...]:
        """The views audited: the scope first, then the other one when the file has a plan."""
        other = Scope.CURRENT if self.scope is Scope.PLAN else Scope.PLAN
        return (self.scope, other) if self.has_future else (self.scope,)

    @property
    def other_view(self) -> Scope | None:
        """The view audited beside the scope (it never fails the run), or None when there is no plan."""
        return self.views[1] if len(self.views) > 1 else None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The findings of the scoped view: what the report shows and the exit code follows."""
        return self.findings_in(self.scope)

    @property
    def placed_findings(self) -> tuple[Finding, ...]:
        """Every finding once per place, for formats that pin findings to lines (GitHub, SARIF): the other
        view's copy of a finding the scoped view makes word for word at the same line (TA006 about the config,
        TA005 about someone on staff today) would be a second annotation saying the same thing."""
        scoped = {(f.key, f.file, f.line, f.message) for f in self.findings}
        return tuple(
            f for f in self.all_findings if f.view is self.scope or (f.key, f.file, f.line, f.message) not in scoped
        )

    def findings_in(self, view: Scope) -> tuple[Finding, ...]:
        return tuple(f for f in self.all_findings if f.view is view)

    def is_failing(self, finding: Finding) -> bool:
        """The one rule every format follows: a finding fails the run (exit 1) when it is in the scoped view,
        at or above --fail-on and not suppressed. Everything else is shown, never as a failure."""
        return finding.view is self.scope and self.would_fail(finding)

    def would_fail(self, finding: Finding) -> bool:
        """Whether the finding would fail the run if its view were the scope."""
        return not finding.suppressed and fails(finding.severity, self.fail_on)

    @property
    def failing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if self.is_failing(f))

    @property
    def verdict(self) -> str:
        return "fail" if self.failing else "pass"

    def view_verdict(self, view: Scope) -> str:
        """The verdict the run would have with `view` as its scope, at the same --fail-on."""
        if view is self.scope:
            return self.verdict
        return "fail" if any(self.would_fail(f) for f in self.findings_in(view)) else "pass"


def view_said(view: Scope, has_plan: bool) -> str:
    """How a report names a view: a file with no planned hires or open requisitions has no plan, so the one view
    audited is its current staff, whatever --scope says ("current", never "plan")."""
    return view.value if has_plan else Scope.CURRENT.value


def fails(severity: Severity, fail_on: FailOn) -> bool:
    if fail_on is FailOn.NEVER:
        return False
    return severity.rank >= Severity(fail_on.value).rank


def exit_code(report: Report) -> int:
    """0: nothing at or above --fail-on; 1: at least one such finding."""
    return 1 if report.failing else 0
