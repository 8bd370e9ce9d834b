"""Score a rubric on the labelled sets: per-layer precision, recall, F1, macro-F1 and the confusions.

    python benchmarks/classify.py [--rubric healthcare-ai] [--check] [--examples 3]

Sets (both committed, so this runs from a fresh clone):
- data/onet-titles.tsv: real O*NET 29.3 titles labelled by occupation code (built by build_onet_set.py)
- data/people.yaml:     people with title, skills and background, written for teamaudit

Targets (issue 3): macro-F1 >= 0.95 on both sets and no layer below 0.90 F1. --check exits 1 if missed.
A layer with fewer than MIN_SUPPORT examples in a set is reported but not held to the per-layer target:
one error would swing its F1 by more than the target's margin.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from teamaudit.classify import classifier_for
from teamaudit.roster import Layer, Person
from teamaudit.rubric import load_rubric

HERE = Path(__file__).parent
MACRO_TARGET = 0.95
LAYER_TARGET = 0.90
MIN_SUPPORT = 10

Example = tuple[str, tuple[str, ...], tuple[str, ...], str]


def onet_set() -> list[Example]:
    with (HERE / "data" / "onet-titles.tsv").open(encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t")
    return [(row["title"], (), (), row["layer"]) for row in reader]


def people_set() -> list[Example]:
    data = yaml.safe_load((HERE / "data" / "people.yaml").read_text(encoding="utf-8"))
    return [(title, tuple(skills), tuple(bg), layer) for title, skills, bg, layer in data["people"]]


def score(name: str, examples: list[Example], rubric: str, shown: int) -> bool:
    classifier = classifier_for(load_rubric(rubric))
    started = time.perf_counter()
    predicted = []
    for title, skills, background, _ in examples:
        predicted.append(
            classifier.classify(Person.parse(dict(name="x", title=title, skills=skills, background=background)))
        )
    elapsed = time.perf_counter() - started
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (title, _, _, truth), result in zip(examples, predicted, strict=True):
        guess = result.layer.value
        if guess == truth:
            tp[truth] += 1
        else:
            fp[guess] += 1
            fn[truth] += 1
            confusions[(truth, guess)].append(title)
    print(f"\n{name}: {len(examples)} examples, {elapsed * 1000:.0f} ms")
    print(f"  {'layer':<12} {'support':>7} {'precision':>9} {'recall':>7} {'F1':>6}")
    f1s = []
    ok = True
    for layer in (layer.value for layer in Layer):
        support = tp[layer] + fn[layer]
        if support == 0 and fp[layer] == 0:
            continue
        precision = tp[layer] / (tp[layer] + fp[layer]) if tp[layer] + fp[layer] else 0.0
        recall = tp[layer] / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        held = support >= MIN_SUPPORT
        if support:
            f1s.append(f1)
        mark = "" if not held else ("  ok" if f1 >= LAYER_TARGET else f"  BELOW {LAYER_TARGET}")
        if held and f1 < LAYER_TARGET:
            ok = False
        note = "" if held else f"  (support < {MIN_SUPPORT}: reported, not held to the target)"
        print(f"  {layer:<12} {support:>7} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f}{mark}{note}")
    macro = sum(f1s) / len(f1s)
    accuracy = sum(tp.values()) / len(examples)
    macro_ok = macro >= MACRO_TARGET
    ok = ok and macro_ok
    print(f"  macro-F1 {macro:.3f} (target {MACRO_TARGET}: {'met' if macro_ok else 'MISSED'}), accuracy {accuracy:.3f}")
    if confusions:
        print("  confusions (truth -> predicted: count, examples):")
        for (truth, guess), titles in sorted(confusions.items(), key=lambda kv: -len(kv[1])):
            sample = "; ".join(titles[:shown])
            print(f"    {truth} -> {guess}: {len(titles)}  e.g. {sample}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description="Score a rubric on the labelled development sets.")
    parser.add_argument("--rubric", default="healthcare-ai")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per confusion pair")
    args = parser.parse_args()
    print(f"rubric {args.rubric}; targets: macro-F1 >= {MACRO_TARGET}, every layer F1 >= {LAYER_TARGET}")
    results = [
        score("O*NET 29.3 titles (title only)", onet_set(), args.rubric, args.examples),
        score("healthcare-AI people (title, skills, background)", people_set(), args.rubric, args.examples),
    ]
    met = all(results)
    print(f"\nall targets {'met' if met else 'NOT met'}")
    return 0 if met or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
