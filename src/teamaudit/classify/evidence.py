"""What a classification is made of: matched signals (contributions), per-layer tallies and the decision."""

from __future__ import annotations

from dataclasses import dataclass

from teamaudit.roster import Layer, Person

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
    generic: bool = False  # a title word that names a function, not a domain ("engineer", "analyst")
    settles: bool = False  # a title that decides the layer by itself (a founder, a chief medical officer)

    @property
    def negative(self) -> bool:
        return self.weight < 0


@dataclass(frozen=True, slots=True)
class GroupTally:
    """What one group of evidence counts for one layer: the positive sum (the strongest title match), its cap,
    the negatives found in the same group, and what is left. A negative cancels only evidence of its group."""

    group: str
    raw: float
    cap: float | None
    negative: float
    counted: float
    set_aside: bool = False  # a generic title outweighed by domain evidence elsewhere in the record


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
    def beyond_title(self) -> float:
        """What the rest of the record (skills, background, credentials, team) counts for this layer."""
        return round(self.total - self.title, 6)


@dataclass(frozen=True, slots=True)
class Classification:
    layer: Layer
    confidence: float
    evidence: tuple[str, ...]
    hands_on: bool
    source: str  # "rubric" or "declared"
    scores: tuple[tuple[Layer, float], ...]
    contributions: tuple[Contribution, ...]
    normalized_title: str
    notes: tuple[str, ...] = ()  # how the decision was reached where the scores alone do not say: ties, settled titles

    def score(self, layer: Layer) -> float:
        return dict(self.scores).get(layer, 0.0)

    def hands_on_for(self, layer: Layer) -> tuple[Contribution, ...]:
        return tuple(c for c in self.contributions if c.layer is layer and c.hands_on and c.weight > 0)

    def runner_up(self) -> Layer | None:
        """The best-scoring layer other than the chosen one, when it scored at all: where an unsure person
        would go if they were settled the other way."""
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
