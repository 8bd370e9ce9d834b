"""Train the word model (src/teamaudit/classify/words.py) on the real-world tuning part, and write it beside the rubric.

    python benchmarks/train_words.py [--rubric healthcare-ai] [--check]

Reads data/realworld.yaml, keeps `split: tuning` and nothing else (the held-out part is never read here), and
fits a multinomial logistic regression over the features `words.features` gives each person, with the
rubric's own title normalisation. Full-batch gradient descent from zeros, a fixed number of steps, features in
sorted order and weights rounded: the same data gives the same file, byte for byte. Records are read as a team
file's people are (Person.parse). Features seen on fewer than MIN_SOURCES pages are dropped, so no single
posting's wording ships.

--check trains afresh and exits 1 if the committed file differs (CI runs it: the shipped weights are the ones
this script makes from the committed data).

Why the rubric uses it at min_probability 0.5: benchmarks/words_backtest.py scores each past batch of postings
with the rubric as it was before that batch, and reads it with a model trained on the other batches. On ten
batches (826 people) 0.5 turned 4 wrong calls right and none wrong; 0.4 turned 8 right and 2 wrong.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from teamaudit.classify import classifier_for
from teamaudit.classify.words import FORMAT, SUFFIX, features
from teamaudit.model import LAYER_ORDER, Person
from teamaudit.rubric import Rubric, load_rubric
from teamaudit.rubricfiles import builtin_dir

HERE = Path(__file__).parent
DATA = HERE / "data" / "realworld.yaml"
MIN_SOURCES = 2
L2 = 0.3
STEPS = 400
RATE = 0.5
DIGITS = 4


def tuning_people() -> list[dict[str, Any]]:
    people = yaml.safe_load(DATA.read_text(encoding="utf-8"))["people"]
    return [p for p in people if p["split"] == "tuning"]


def as_person(record: dict[str, Any]) -> Person:
    """A labelled record read as teamaudit reads a team file's person (trimmed, comma lists split)."""
    fields = {key: record.get(key) for key in ("title", "skills", "background", "team") if record.get(key)}
    return Person.parse({"name": "x", **fields})


def record_features(rubric: Rubric, person: Person) -> frozenset[str]:
    normalize = classifier_for(rubric).matcher.normalizer.normalize
    return features(normalize(person.title), person.skills, person.background, person.team)


Row = tuple[frozenset[str], int, str]  # a person's features, their layer's index, their source


def train(rows: list[Row]) -> tuple[list[float], dict[str, list[float]]]:
    sources: dict[str, set[str]] = {}
    for found, _, source in rows:
        for f in found:
            sources.setdefault(f, set()).add(source)
    names = sorted(f for f, seen in sources.items() if len(seen) >= MIN_SOURCES)
    index = {f: i for i, f in enumerate(names)}
    examples = [(sorted(index[f] for f in found if f in index), label) for found, label, _ in rows]
    k, n = len(LAYER_ORDER), len(examples)
    weights = [[0.0] * k for _ in names]
    bias = [0.0] * k
    for _ in range(STEPS):
        grad = [[0.0] * k for _ in names]
        grad_bias = [0.0] * k
        for found, label in examples:
            logits = [bias[j] + sum(weights[i][j] for i in found) for j in range(k)]
            top = max(logits)
            exp = [math.exp(z - top) for z in logits]
            total = sum(exp)
            for j in range(k):
                g = exp[j] / total - (1.0 if j == label else 0.0)
                grad_bias[j] += g
                for i in found:
                    grad[i][j] += g
        for j in range(k):
            bias[j] -= RATE * grad_bias[j] / n
        for i in range(len(names)):
            w, g = weights[i], grad[i]
            for j in range(k):
                w[j] -= RATE * (g[j] + L2 * w[j]) / n
    return bias, dict(zip(names, weights, strict=True))


def build(rubric_name: str) -> str:
    rubric = load_rubric(rubric_name)
    people = tuning_people()
    layers = [layer.value for layer in LAYER_ORDER]
    rows = [(record_features(rubric, as_person(p)), layers.index(p["layer"]), p["source"]) for p in people]
    bias, weights = train(rows)
    doc = {
        "format": FORMAT,
        "layers": layers,
        "trained_on": f"benchmarks/data/realworld.yaml, tuning part: {len(people)} people",
        "trainer": "benchmarks/train_words.py",
        "settings": {"min_sources": MIN_SOURCES, "l2": L2, "steps": STEPS, "rate": RATE},
        "bias": [round(b, DIGITS) for b in bias],
        "weights": {f: [round(w, DIGITS) for w in ws] for f, ws in weights.items()},
    }
    return json.dumps(doc, indent=None, separators=(",", ":"), sort_keys=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description="Train the word model on the real-world tuning part.")
    parser.add_argument("--rubric", default="healthcare-ai")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed model differs")
    args = parser.parse_args()
    out = builtin_dir() / f"{args.rubric}{SUFFIX}"
    text = build(args.rubric)
    if args.check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print(f"{out.name}: {'matches' if same else 'DIFFERS from'} a fresh training run")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out} ({len(text):,} bytes, {len(json.loads(text)['weights']):,} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
