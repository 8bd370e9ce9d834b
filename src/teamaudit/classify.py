"""Person -> Classification: which layer a person serves, how sure we are, and why.

Each layer of the rubric scores the person: title signals, skills and background keywords (capped, so a
long list cannot outvote a clear title) and credentials add weight; negative signals (the traps) subtract
it. The best layer wins if it scores at least `min_score`; otherwise the person is `other`, unsure.
Matching is cached per distinct title, skill and background line, so a 100,000-row roster with repeated
titles costs one regex pass per distinct value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from teamaudit.normalize import TitleNormalizer, credential_tokens, normalize_text
from teamaudit.roster import Layer, Person, Roster
from teamaudit.rubric import Rubric, Signal, rubric_regex

# Ties are broken in favour of the three layers, then ML, then other: a tie means "unsure" anyway,
# and confidence reports it.
LAYER_ORDER: tuple[Layer, ...] = (
    Layer.CLINICAL,
    Layer.INTEGRATION,
    Layer.COMPLIANCE,
    Layer.ML_RESEARCH,
    Layer.OTHER,
)

T = TypeVar("T")

_FIELD_WORDS = {"title": "title", "skills": "skills", "background": "background"}


@dataclass(frozen=True, slots=True)
class Contribution:
    """One matched signal: what it adds to (or takes from) one layer, in words a user can read."""

    layer: Layer
    weight: float
    text: str
    hands_on: bool = False
    group: str = "title"  # title, skills, background or credentials: the unit the caps apply to
    key: str = ""  # the signal or credential that matched; it counts once per person

    @property
    def negative(self) -> bool:
        return self.weight < 0


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

    def score(self, layer: Layer) -> float:
        return dict(self.scores).get(layer, 0.0)

    def hands_on_for(self, layer: Layer) -> tuple[Contribution, ...]:
        return tuple(c for c in self.contributions if c.layer is layer and c.hands_on and c.weight > 0)


@dataclass(frozen=True, slots=True)
class ClassifiedPerson:
    person: Person
    classification: Classification

    @property
    def layer(self) -> Layer:
        return self.classification.layer


@dataclass(frozen=True, slots=True)
class _Compiled:
    layer: Layer
    signal: Signal
    regex: re.Pattern[str]
    sign: int
    key: str  # the signal, with its sign: it counts once per person


# Everything a classification depends on: normalised title, its matches, skills, background, declared layer.
_DecisionKey = tuple[str, tuple[Contribution, ...], tuple[str, ...], tuple[str, ...], Layer | None]


class Classifier:
    """A rubric compiled for matching; build once per rubric with `classifier_for`."""

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self.normalizer = TitleNormalizer(rubric.normalization)
        self._by_field: dict[str, list[_Compiled]] = {"title": [], "skills": [], "background": []}
        for layer, definition in rubric.layers.items():
            for signals, sign in ((definition.signals, 1), (definition.negative, -1)):
                for signal in signals:
                    key = f"{'-' if sign < 0 else '+'}{signal.key}"
                    compiled = _Compiled(layer, signal, rubric_regex(signal.pattern, re.IGNORECASE), sign, key)
                    for target in _targets(signal.field):
                        self._by_field[target].append(compiled)
        self._credentials: dict[str, list[tuple[Layer, float]]] = {}
        for layer, definition in rubric.layers.items():
            for token, weight in definition.credentials.items():
                self._credentials.setdefault(token.replace(".", ""), []).append((layer, weight))
        # Caches per distinct value, as plain dicts: bounded by the roster, and half the size of lru_cache's.
        self._titles: dict[str, tuple[str, tuple[Contribution, ...]]] = {}
        self._normalized: dict[str, tuple[Contribution, ...]] = {}
        self._items: dict[tuple[str, str], tuple[Contribution, ...]] = {}
        self._decisions: dict[_DecisionKey, Classification] = {}
        self._shared: dict[object, object] = {}  # one object per distinct scores, evidence or normalised title

    # --- matching, cached per distinct value -------------------------------------------------------

    def _match_title(self, title: str) -> tuple[str, tuple[Contribution, ...]]:
        found = self._titles.get(title)
        if found is None:
            normalized = self._share(self.normalizer.normalize(title))
            hits = self._match_normalized(normalized) + tuple(self._credentials_in(title, "title"))
            found = self._titles[title] = self._share((normalized, hits))
        return found

    def _match_normalized(self, normalized: str) -> tuple[Contribution, ...]:
        # Cached on the normalised title: "Sr. Data Scientist II" and "Data Scientist" share one pass.
        found = self._normalized.get(normalized)
        if found is None:
            found = self._normalized[normalized] = tuple(
                Contribution(
                    c.layer, c.sign * c.signal.weight, _describe(c, "title", None), c.signal.hands_on, "title", c.key
                )
                for c in self._by_field["title"]
                if c.regex.search(normalized)
            )
        return found

    def _match_item(self, field: str, item: str) -> tuple[Contribution, ...]:
        found = self._items.get((field, item))
        if found is None:
            found = self._items[field, item] = self._match_item_uncached(field, item)
        return found

    def _match_item_uncached(self, field: str, item: str) -> tuple[Contribution, ...]:
        text = normalize_text(item)
        found = []
        for c in self._by_field[field]:
            match = c.regex.search(text)
            if match:
                found.append(
                    Contribution(
                        c.layer, c.sign * c.signal.weight, _describe(c, field, item), c.signal.hands_on, field, c.key
                    )
                )
        if field == "background":
            found.extend(self._credentials_in(item, "background"))
        return tuple(found)

    def forget_people(self) -> None:
        """Drop the caches that grow with the number of people (raw titles, whole decisions); keep those
        that grow with the rubric's vocabulary. A 100,000-person roster frees about 10 MB here."""
        self._titles.clear()
        self._decisions.clear()
        self._shared.clear()

    def _share(self, value: T) -> T:
        kept: T = self._shared.setdefault(value, value)  # type: ignore[assignment]
        return kept

    def _credentials_in(self, text: str, where: str) -> list[Contribution]:
        found = []
        for token in sorted(credential_tokens(text)):
            for layer, weight in self._credentials.get(token, ()):
                found.append(
                    Contribution(layer, weight, f"credential {token} in {where}", True, "credentials", f"cred:{token}")
                )
        return found

    # --- scoring -----------------------------------------------------------------------------------

    def classify(self, person: Person) -> Classification:
        normalized, title_hits = self._match_title(person.title)
        key: _DecisionKey = (normalized, title_hits, person.skills, person.background, person.layer)
        found = self._decisions.get(key)
        if found is None:
            found = self._decisions[key] = self._decide(*key)
        return found

    def _decide(
        self,
        normalized: str,
        title_hits: tuple[Contribution, ...],
        skills: tuple[str, ...],
        background: tuple[str, ...],
        declared: Layer | None,
    ) -> Classification:
        # Cached per distinct (title, skills, background, declared layer): HRIS exports repeat them.
        hits: list[Contribution] = list(title_hits)
        for skill in skills:
            hits.extend(self._match_item("skills", skill))
        for line in background:
            hits.extend(self._match_item("background", line))
        contributions = _dedupe(hits)
        scores = self._scores(contributions)
        ranked = sorted(LAYER_ORDER, key=lambda layer: (-scores[layer], LAYER_ORDER.index(layer)))
        best, runner_up = ranked[0], ranked[1]
        scoring = self.rubric.scoring
        if declared is not None:
            layer = declared
            confidence = 1.0
            source = "declared"
        elif scores[best] < scoring.min_score:
            layer = Layer.OTHER
            # Nothing strong enough: "other" by default, and as unsure as the evidence is thin.
            confidence = round(0.3 * (1 - scores[best] / scoring.min_score) + 0.1, 2) if scores[best] > 0 else 0.3
            source = "rubric"
        else:
            layer = best
            confidence = _confidence(scores[best], scores[runner_up], scoring.strong_score)
            source = "rubric"
        evidence = tuple(c.text for c in contributions if c.layer is layer)
        if source == "declared":
            evidence = (f"declared in the team file (layer: {layer.value})", *evidence)
        elif not evidence:
            evidence = (
                ("no signal of any layer matched",)
                if scores[best] <= 0
                else (f"no layer scored {scoring.min_score:g} or more (best: {best.value} {scores[best]:g})",)
            )
        return Classification(
            layer=layer,
            confidence=confidence,
            evidence=self._share(evidence),
            hands_on=any(c.hands_on and c.weight > 0 for c in contributions if c.layer is layer),
            source=source,
            scores=self._share(tuple((layer_, round(scores[layer_], 2)) for layer_ in LAYER_ORDER)),
            contributions=tuple(contributions),
            normalized_title=normalized,
        )

    def _scores(self, contributions: Iterable[Contribution]) -> dict[Layer, float]:
        caps = self.rubric.scoring.caps
        limit = {"skills": caps.skills, "background": caps.background, "credentials": caps.credentials}
        positive: dict[tuple[Layer, str], float] = {}
        negative: dict[Layer, float] = dict.fromkeys(LAYER_ORDER, 0.0)
        for c in contributions:
            if c.weight < 0:
                negative[c.layer] += c.weight
            elif c.group == "title":
                # Overlapping title patterns describe the same phrase: the strongest one counts.
                positive[(c.layer, "title")] = max(positive.get((c.layer, "title"), 0.0), c.weight)
            else:
                positive[(c.layer, c.group)] = positive.get((c.layer, c.group), 0.0) + c.weight
        scores = dict.fromkeys(LAYER_ORDER, 0.0)
        for (layer, group), total in positive.items():
            scores[layer] += min(total, limit.get(group, total))
        return {layer: max(0.0, scores[layer] + negative[layer]) for layer in LAYER_ORDER}


def _targets(field: str) -> tuple[str, ...]:
    return {
        "title": ("title",),
        "skills": ("skills",),
        "background": ("background",),
        "text": ("skills", "background"),
        "any": ("title", "skills", "background"),
    }[field]


def _describe(compiled: _Compiled, field: str, item: str | None) -> str:
    label = compiled.signal.label
    if compiled.sign < 0:
        source = f"{field} '{_short(item)}'" if item is not None else "title"
        return f"not {compiled.layer.value}: {label} ({source})"
    if field == "title":
        return f"title matches '{label}'"
    return f"{_FIELD_WORDS[field]} mention {label}: '{_short(item or '')}'"


def _short(text: str | None, limit: int = 60) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _dedupe(hits: list[Contribution]) -> list[Contribution]:
    """A signal or credential counts once per person, however many lines repeat it."""
    seen: set[tuple[Layer, str]] = set()
    kept = []
    for c in hits:
        if (c.layer, c.key) not in seen:
            seen.add((c.layer, c.key))
            kept.append(c)
    return kept


def _confidence(best: float, runner_up: float, strong: float) -> float:
    strength = min(1.0, best / strong)
    margin = (best - runner_up) / best
    return round(strength * (0.4 + 0.6 * margin), 2)


_CLASSIFIERS: dict[int, Classifier] = {}
_CLASSIFIERS_KEPT = 4  # a run uses one rubric, diff two; a long-lived caller may go through many


def classifier_for(rubric: Rubric) -> Classifier:
    # Keying by id() is safe: the cached Classifier holds its rubric, so the id cannot be reused while cached.
    key = id(rubric)
    if key not in _CLASSIFIERS:
        if len(_CLASSIFIERS) >= _CLASSIFIERS_KEPT:
            del _CLASSIFIERS[next(iter(_CLASSIFIERS))]  # the oldest
        _CLASSIFIERS[key] = Classifier(rubric)
    return _CLASSIFIERS[key]


Progress = Callable[[str, int, int | None], None]


def classify_roster(roster: Roster, rubric: Rubric, progress: Progress | None = None) -> tuple[ClassifiedPerson, ...]:
    classifier = classifier_for(rubric)
    total = len(roster.people)
    out = []
    for i, p in enumerate(roster.people):
        out.append(ClassifiedPerson(p, classifier.classify(p)))
        if progress is not None and i % 2000 == 0:
            progress("classifying", i, total)
    if progress is not None:
        progress("classifying", total, total)
    classifier.forget_people()
    return tuple(out)
