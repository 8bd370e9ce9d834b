"""Measure the O*NET title model (train_onet_titles.py) where it would be consulted: people the rubric placed nowhere.

    python benchmarks/onet_titles_backtest.py --model FILE [--calls CACHE] [--probabilities 0.5 0.7 0.9]

Fresh postings are measured as words_backtest.py measures them: each batch's tuning people (batches 2 to 14,
1,220 people) scored by the classifier as it stood before that batch was added (the commit, in a temporary git
worktree; --calls keeps those calls in a file so a second run needs no worktree). The title model learned
nothing from the real-world set, so it needs no per-batch retraining. It reads the title of a person no layer
reached `min_score` for and whom the word model did not place (the call is the rubric's unsure `other`); a
guess is read only when a title word the model knows pushes towards it.

Two modes, per probability floor:
- (a) unsure: a guess of a layer other than `other` at or above the floor replaces the call, unsure as the word
  model's guesses are; counted: calls turned right and turned wrong (only calls whose rightness changes).
- (b) confident: a guess at or above the floor becomes a confident call, `other` included (an unsure `other` the
  model agrees with becomes sure); counted: the confident calls added and how many are right.
The same is printed for the O*NET benchmark, the people set, the probe titles and the probe people, classified
by this tree's classifier. Reads only the tuning part of the real-world set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify as benchmark
import words_backtest
from teamaudit.classify import classifier_for
from teamaudit.classify.words import WordModel, WordReading, features
from teamaudit.model import Person
from teamaudit.rubric import load_rubric

Call = tuple[str, float, bool]  # layer, confidence, whether the model would be consulted
Case = tuple[str, str | None, Call, str]  # label, second acceptable layer, the call, the title


def load_model(path: Path) -> WordModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = {f: tuple(w) for f, w in data["weights"].items()}
    return WordModel("onet-titles", tuple(data["bias"]), weights, str(data["trained_on"]))


def fresh_cases(cache: Path | None) -> list[Case]:
    """The fresh tuning people, each with the call of the classifier that had not seen its batch."""
    people = words_backtest.tuning_by_batch()
    if cache is not None and cache.is_file():
        calls = json.loads(cache.read_text(encoding="utf-8"))
    else:
        calls = {}
        for batch, (_, commit) in words_backtest.BATCHES.items():
            mine = [p for b, p in people if b == batch]
            calls[str(batch)] = words_backtest.old_calls(commit, mine)
        if cache is not None:
            cache.write_text(json.dumps(calls), encoding="utf-8")
    cases: list[Case] = []
    for batch in words_backtest.BATCHES:
        mine = [p for b, p in people if b == batch]
        for p, (layer, confidence, unplaced, _against) in zip(mine, calls[str(batch)], strict=True):
            # unplaced and not `other`: the word model placed them, and the title model is not asked
            consulted = bool(unplaced) and layer == "other"
            cases.append((p["layer"], p.get("also"), (layer, float(confidence), consulted), str(p["title"])))
    return cases


def set_cases(examples: list[benchmark.Example]) -> list[Case]:
    """A labelled set's people, with this tree's calls."""
    rubric = load_rubric("healthcare-ai")
    classifier = classifier_for(rubric)
    cases: list[Case] = []
    for e in examples:
        person = Person.parse(dict(name="x", title=e.title, skills=e.skills, background=e.background, team=e.team))
        c = classifier.classify(person)
        best = max(score for _, score in c.scores)
        settled = any(note.startswith("settled by") for note in c.notes)
        consulted = c.source == "rubric" and not settled and best < rubric.scoring.min_score
        cases.append((e.layer, e.also, (c.layer.value, c.confidence, consulted), e.title))
    return cases


def read(model: WordModel, title: str) -> WordReading | None:
    """The model's reading of a title, when a title word it knows pushes towards its layer."""
    normalize = classifier_for(load_rubric("healthcare-ai")).matcher.normalizer.normalize
    reading = model.read(features(normalize(title), (), (), None))
    return reading if reading.words else None


def measure(name: str, cases: list[Case], model: WordModel, floors: list[float], threshold: float) -> None:
    readings = [read(model, title) if call[2] else None for _, _, call, title in cases]
    consulted = sum(call[2] for _, _, call, _ in cases)
    read_any = sum(r is not None for r in readings)
    print(f"\n{name}: {len(cases)} people; {consulted} placed nowhere, {read_any} of them with a title word known")
    print("  floor | (a) turned right  turned wrong  accuracy | (b) added sure (other)  right  precision  coverage")
    before = sum(layer in (label, also) for label, also, (layer, *_), _ in cases)
    sure_before = sum(confidence >= threshold for _, _, (_, confidence, _), _ in cases)
    for floor in floors:
        right = wrong = added = added_other = added_right = 0
        for (label, also, (layer, confidence, _), _), reading in zip(cases, readings, strict=True):
            if reading is None or reading.probability < floor:
                continue
            guess = reading.layer.value
            ok = guess in (label, also)
            if guess != layer:
                was = layer in (label, also)
                right += ok and not was
                wrong += was and not ok
            if confidence < threshold:
                added += 1
                added_other += guess == "other"
                added_right += ok
        precision = f"{added_right / added:.3f}" if added else "  -  "
        n = len(cases)
        accuracy = f"{before / n:.3f}->{(before + right - wrong) / n:.3f}"
        coverage = f"{sure_before / n:.3f}->{(sure_before + added) / n:.3f}"
        print(
            f"  {floor:>5.2f} | {right:>16} {wrong:>13} {accuracy}"
            f" | {added:>14} {f'({added_other})':>7} {added_right:>6} {precision:>10} {coverage}"
        )


def examples_of(cases: list[Case], model: WordModel, floor: float) -> list[str]:
    """The calls the model turns at `floor` (tuning people and the committed sets only)."""
    out = []
    for label, also, (layer, _, _), title in cases:
        reading = read(model, title)
        if reading is None or reading.probability < floor or reading.layer.value == layer:
            continue
        was, now = layer in (label, also), reading.layer.value in (label, also)
        if was != now:
            out.append(f"{'right' if now else 'WRONG'}: {title!r} ({label}) -> {reading.describe()}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="Measure the O*NET title model on fresh postings and the sets.")
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--calls", type=Path, help="keep the old commits' calls in this file")
    parser.add_argument("--probabilities", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98])
    parser.add_argument("--examples", type=float, help="list the calls turned at this floor")
    args = parser.parse_args()
    model = load_model(args.model)
    threshold = load_rubric("healthcare-ai").thresholds.confidence
    settings = json.loads(args.model.read_text(encoding="utf-8"))["settings"]
    print(f"title model: {model.trained_on}; {settings}; confident: {threshold:g} or more")
    sets: dict[str, list[Case]] = {"fresh postings (batches 2 to 14, tuning)": fresh_cases(args.calls)}
    loaders: dict[str, Any] = {
        "O*NET benchmark titles": benchmark.onet_set,
        "people set": benchmark.people_set,
        "probe titles": benchmark.probe_set,
        "probe people": benchmark.probe_people_set,
    }
    for name, load in loaders.items():
        sets[name] = set_cases(load())
    for name, cases in sets.items():
        measure(name, cases, model, args.probabilities, threshold)
    if args.examples is not None:
        for name, cases in sets.items():
            turned = examples_of([c for c in cases if c[2][2]], model, args.examples)
            print(f"\n{name}, turned at {args.examples:g}: {Counter(t.split(':')[0] for t in turned)}")
            for line in turned:
                print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
