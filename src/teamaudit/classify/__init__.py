"""Person -> Classification: which layer a person serves, how sure we are, and why.

index.py compiles the rubric, match.py finds what each field of a person matches (cached per distinct value),
score.py turns the matches into per-layer tallies and a decision; the types they produce live in model.py.
This module joins them: `classifier_for` gives the Classifier of a rubric, `classify_roster` classifies a team.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from teamaudit.classify import score
from teamaudit.classify.index import SignalIndex
from teamaudit.classify.match import Matcher
from teamaudit.classify.words import WordModel, WordReading, features, load_word_model
from teamaudit.model import (
    LAYER_ORDER,
    SETTLED_BY_TITLE,
    Classification,
    ClassifiedPerson,
    Contribution,
    Layer,
    LayerTally,
    Person,
    Roster,
)
from teamaudit.rubric import Rubric

__all__ = ["Classifier", "Progress", "classifier_for", "classify_roster"]

# Everything a classification depends on: normalised title, its matches, skills, background, team, declared layer.
_DecisionKey = tuple[str, tuple[Contribution, ...], tuple[str, ...], tuple[str, ...], str | None, Layer | None]


class Classifier:
    """A rubric compiled for matching; build once per rubric with `classifier_for`."""

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self.matcher = Matcher(SignalIndex(rubric), rubric.normalization)
        self._decisions: dict[_DecisionKey, Classification] = {}
        self._words: WordModel | None = None

    def word_model(self) -> WordModel | None:
        """The rubric's word model, read on first need: a team the rubric is sure of never loads it."""
        if self.rubric.words is None:
            return None
        if self._words is None:
            self._words = load_word_model(self.rubric.words.path)
        return self._words

    def classify(self, person: Person) -> Classification:
        normalized, title_hits = self.matcher.title(person.title)
        key: _DecisionKey = (normalized, title_hits, person.skills, person.background, person.team, person.layer)
        found = self._decisions.get(key)
        if found is None:
            # Cached per distinct record: HRIS exports repeat titles, skills and departments.
            found = self._decisions[key] = self._decide(*key)
        return found

    def contributions(
        self,
        title_hits: tuple[Contribution, ...],
        skills: tuple[str, ...],
        background: tuple[str, ...],
        team: str | None,
    ) -> list[Contribution]:
        hits: list[Contribution] = list(title_hits)
        for skill in skills:
            hits.extend(self.matcher.item("skills", skill))
        for line in background:
            hits.extend(self.matcher.item("background", line))
        if team:
            hits.extend(self.matcher.item("team", team))
        return score.cancel(score.dedupe(score.void_own_lines(hits)))

    def tally(self, contributions: tuple[Contribution, ...]) -> dict[Layer, LayerTally]:
        """Per layer, what each group of evidence counted (for `explain`)."""
        return score.tally(contributions, self.rubric.scoring)

    def _decide(
        self,
        normalized: str,
        title_hits: tuple[Contribution, ...],
        skills: tuple[str, ...],
        background: tuple[str, ...],
        team: str | None,
        declared: Layer | None,
    ) -> Classification:
        contributions = tuple(self.contributions(title_hits, skills, background, team))
        tallies = score.tally(contributions, self.rubric.scoring)
        own = self._rubric_call(normalized, contributions, tallies, skills, background, team)
        return own if declared is None else self._declared(own, declared, tallies)

    def _declared(self, own: Classification, layer: Layer, tallies: dict[Layer, LayerTally]) -> Classification:
        """A declared layer, keeping the rubric's own call beside it: a declaration its evidence contradicts shows."""
        contributions = own.contributions
        return replace(
            own,
            layer=layer,
            confidence=1.0,
            source="declared",
            evidence=self.matcher.share(self._evidence(contributions, layer, "declared", layer, 0.0, None)),
            hands_on=any(c.hands_on and c.weight > 0 for c in contributions if c.layer is layer),
            notes=tuple(score.set_aside_notes(tallies, contributions)),
            rubric_layer=None,
            undeclared=own,
        )

    def _rubric_call(
        self,
        normalized: str,
        contributions: tuple[Contribution, ...],
        tallies: dict[Layer, LayerTally],
        skills: tuple[str, ...],
        background: tuple[str, ...],
        team: str | None,
    ) -> Classification:
        scoring = self.rubric.scoring
        ranked = score.rank(tallies)
        best, runner_up = tallies[ranked[0]].total, tallies[ranked[1]].total
        notes: list[str] = []
        settled = score.settled_by(contributions)
        if settled is not None:
            layer, confidence, source = settled.layer, scoring.settled_confidence, "rubric"
            if layer is ranked[0] and best > 0:  # a title negative can cancel the settling match's own weight
                confidence = max(confidence, score.confidence(best, runner_up, scoring.strong_score))
            notes.append(f"{SETTLED_BY_TITLE}: {settled.text.removeprefix('title matches ')}")
        elif best <= 0 or best < scoring.min_score:  # nothing matched: never a layer by tie order
            layer, confidence, source = Layer.OTHER, score.unsure_confidence(best, scoring.min_score), "rubric"
        else:
            lone = tallies[ranked[0]].uncorroborated
            strong = scoring.strong_score * (scoring.uncorroborated_factor if lone else 1.0)
            layer, confidence, source = ranked[0], score.confidence(best, runner_up, strong), "rubric"
            if lone and best < strong:
                notes.append(
                    f"{_lone_evidence(lone, layer, contributions)}, so it takes a score of "
                    f"{strong:g}, not {scoring.strong_score:g}, to be certain; it has {best:g}"
                )
            tie = score.tie_note(tallies, ranked)
            if tie:
                notes.append(tie)
        notes.extend(score.set_aside_notes(tallies, contributions))
        rubric_layer = None
        # The word model reads only where the rubric's vocabulary found no layer at all: its weak layer calls stay.
        unplaced = source == "rubric" and settled is None and (best <= 0 or best < scoring.min_score)
        # The guess rests on skill and background words: a layer a negative signal there spoke against ("employment
        # law is not healthcare regulation") is not the model's to give. A title's negative is about the title alone.
        against = {c.layer for c in contributions if c.weight < 0 and c.group != "title"}
        guess = self._guess(normalized, skills, background, team, layer, against) if unplaced else None
        if guess is not None:
            notes.append(
                f"the rubric found no layer ({layer.value}, {confidence:.2f}); the word model, trained on "
                f"labelled postings, reads {guess.describe()}"
            )
            rubric_layer, layer, source = layer, guess.layer, "words"
            # Below the threshold (rounded down, so 0.999 x 0.5 is 0.49, not 0.50); a surer guess ranks higher.
            confidence = math.floor(guess.probability * self.rubric.thresholds.confidence * 100) / 100
        return Classification(
            layer=layer,
            confidence=confidence,
            evidence=self.matcher.share(self._evidence(contributions, layer, source, ranked[0], best, guess)),
            hands_on=source != "words" and any(c.hands_on and c.weight > 0 for c in contributions if c.layer is layer),
            source=source,
            scores=self.matcher.share(tuple((layer_, round(tallies[layer_].total, 2)) for layer_ in LAYER_ORDER)),
            contributions=contributions,
            normalized_title=normalized,
            notes=tuple(notes),
            rubric_layer=rubric_layer,
        )

    def _guess(
        self,
        normalized: str,
        skills: tuple[str, ...],
        background: tuple[str, ...],
        team: str | None,
        layer: Layer,
        against: set[Layer],
    ) -> WordReading | None:
        """The word model's layer for a person the rubric found no layer in, when it differs from the rubric's, no
        negative signal spoke against it, the model is `min_probability` sure of it and a skill or background word
        is among the words it names."""
        model, words = self.word_model(), self.rubric.words
        if model is None or words is None or not (skills or background):
            return None
        reading = model.read(features(normalized, skills, background, team))
        if (
            reading.layer is layer
            or reading.layer in against
            or reading.probability < words.min_probability
            or not reading.rests_on_text()
        ):
            return None
        return reading

    def _evidence(
        self,
        contributions: tuple[Contribution, ...],
        layer: Layer,
        source: str,
        top: Layer,
        best: float,
        guess: WordReading | None,
    ) -> tuple[str, ...]:
        evidence = tuple(c.text for c in contributions if c.layer is layer and c.weight > 0)
        if source == "declared":
            return (f"declared in the team file (layer: {layer.value})", *evidence)
        if guess is not None:
            return (f"word model: {guess.describe()}", *evidence)
        if evidence:
            return evidence
        if best <= 0:
            return ("no signal of any layer matched",)
        return (f"no layer scored {self.rubric.scoring.min_score:g} or more (best: {top.value} {best:g})",)

    def forget_people(self) -> None:
        """Drop the caches that grow with the number of people; keep those that grow with the rubric's
        vocabulary. A 100,000-person roster frees about 10 MB here."""
        self.matcher.forget_people()
        self._decisions.clear()


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


def _lone_evidence(group: str, layer: Layer, contributions: tuple[Contribution, ...]) -> str:
    """Where all of a layer's evidence is, in words that agree with the signals `explain` lists under it: a
    credential written as the title ("RN") is in the title, but it is no role word."""
    found = [c for c in contributions if c.group == group and c.layer is layer and c.weight > 0]
    if group == "credentials" and found and all(c.text.endswith(" in title") for c in found):
        tokens = ", ".join(sorted({c.label.removeprefix("credential ") for c in found}))
        return f"the {layer.value} evidence is a credential alone ({tokens}, in the title), with no role words"
    return f"the {layer.value} evidence is all in the {group}, none in the title"
