"""Measure the ESCO occupation lexicon (build_esco_lexicon.py) where it would be consulted: people no layer reached.

    python benchmarks/esco_backtest.py --lexicon FILE [--calls CACHE] [--examples MODE]

Measured as onet_titles_backtest.py measures O*NET's title model: the fresh postings are each batch's tuning people
(batches 2 to 14) scored by the classifier as it stood before that batch (words_backtest.py; --calls keeps those
calls in a file); the lexicon learned nothing from the real-world set, so it needs no per-batch retraining. It is
asked about a person no layer reached `min_score` for and whom the word model did not place (the rubric's unsure
`other`), in each matching mode of classify/occupations.py: `exact` (the title is a label), `words` (the longest label
it holds as whole words), `heads` (also a label that ends a compound word): esco_lexicon.py. Printed per mode:
- unsure: its layer, if not `other`, replaces the call, unsure (the word model's rule); turned right, turned wrong
  (only calls whose rightness changes);
- confident: its layer becomes a confident call; added confident calls and how many are right, with `other` calls
  counted and without them (an unsure `other` the lexicon agrees with made sure).
The same for the O*NET benchmark, the people set, the probe titles and the probe people, with this tree's calls.

The bar, written before the first run (2026-12-04): a mode ships unsure if on the fresh postings it turns at least
three calls right for each it turns wrong and at least 15 more right than wrong, and on the other sets turns no more
than one wrong for three right; it ships confident only if, besides, its added confident calls are right at least 0.95
of the time on the fresh postings and it adds no confident mistake on the O*NET benchmark, the people set and the
probe titles, and its added confident calls on the probe people are right at least 0.95 of the time.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify as benchmark
import onet_titles_backtest as backtest
from esco_lexicon import MODES, Lexicon, Occupation, lexicon
from teamaudit.classify import classifier_for
from teamaudit.rubric import load_rubric

Case = backtest.Case


def finder(table: Lexicon, mode: str) -> Callable[[str], Occupation | None]:
    normalize = classifier_for(load_rubric("healthcare-ai")).matcher.normalizer.normalize
    return lambda title: table.find(normalize(title), mode)


def measure(name: str, cases: list[Case], table: Lexicon, threshold: float) -> None:
    consulted = [c for c in cases if c[2][2]]
    print(f"\n{name}: {len(cases)} people, {len(consulted)} placed nowhere")
    print("  mode   | found | unsure: right wrong | confident: added right (precision) | without other: added right")
    for mode in MODES:
        find = finder(table, mode)
        found = right = wrong = added = added_right = layered = layered_right = 0
        for label, also, (layer, confidence, _), title in consulted:
            hit = find(title)
            if hit is None:
                continue
            found += 1
            guess = hit.layer.value
            ok, was = guess in (label, also), layer in (label, also)
            if guess != "other" and guess != layer:
                right += ok and not was
                wrong += was and not ok
            if confidence < threshold:
                added += 1
                added_right += ok
                if guess != "other":
                    layered += 1
                    layered_right += ok
        share = f"{added_right / added:.3f}" if added else "-"
        print(
            f"  {mode:<6} | {found:>5} | {right:>12} {wrong:>5} | {added:>16} {added_right:>5} ({share})"
            f" | {layered:>20} {layered_right:>5}"
        )


def examples(name: str, cases: list[Case], table: Lexicon, mode: str) -> None:
    find = finder(table, mode)
    print(f"\n{name}, {mode}: every person placed nowhere that the lexicon places")
    for label, also, (layer, _, consulted), title in cases:
        hit = find(title) if consulted else None
        if hit is None:
            continue
        guess = hit.layer.value
        mark = "right" if guess in (label, also) else "WRONG"
        print(f"  {mark}: {title!r} ({label}{'/' + also if also else ''}; was {layer}) -> {hit.describe()} [{hit.how}]")


def main() -> int:
    parser = argparse.ArgumentParser(description="Measure the ESCO lexicon on fresh postings and the sets.")
    parser.add_argument("--calls", type=Path, help="keep the old commits' calls in this file")
    parser.add_argument("--lexicon", type=Path, required=True, help="a file build_esco_lexicon.py wrote")
    parser.add_argument("--examples", choices=MODES, help="list the tuning and committed sets' people placed")
    args = parser.parse_args()
    table = lexicon(args.lexicon)
    threshold = load_rubric("healthcare-ai").thresholds.confidence
    print(f"ESCO lexicon: {len(table.labels)} labels; confident: {threshold:g} or more")
    sets = {"fresh postings (batches 2 to 14, tuning)": backtest.fresh_cases(args.calls)}
    loaders = {
        "O*NET benchmark titles": benchmark.onet_set,
        "people set": benchmark.people_set,
        "probe titles": benchmark.probe_set,
        "probe people": benchmark.probe_people_set,
    }
    for name, load in loaders.items():
        sets[name] = backtest.set_cases(load())
    for name, cases in sets.items():
        measure(name, cases, table, threshold)
    if args.examples:
        for name, cases in sets.items():
            examples(name, cases, table, args.examples)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
