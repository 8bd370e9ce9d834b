"""How reproducible are the real-world labels? Two blind annotators against the set's labels, and each other.

    python benchmarks/agreement.py

data/agreement.yaml holds two independent labellings of the tuning part of data/realworld.yaml, made by
annotators who read each record's title, skills, background and team by docs/labelling.md and never saw its
label. A call counts as agreeing, as in classify.py, when it is the reference's layer or its second acceptable
layer. If careful readers agreed with the labels only as often as the classifier does, the held-out goal would
be asking for label noise; this prints how often they do.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

HERE = Path(__file__).parent
LAYERS = ("clinical", "integration", "compliance", "ml_research", "other")
Call = Sequence[str]  # [layer] or [layer, second acceptable layer]


def macro_f1(guesses: Mapping[str, Call], references: Mapping[str, Call]) -> tuple[float, float]:
    """Macro-F1 and accuracy of the guesses' first layers against the references (either reference layer is right)."""
    right: Counter[str] = Counter()
    guessed: Counter[str] = Counter()
    wanted: Counter[str] = Counter()
    for key, reference in references.items():
        guess = guesses[key][0]
        truth = guess if guess in reference else reference[0]
        guessed[guess] += 1
        wanted[truth] += 1
        right[guess] += guess == truth
    scores = []
    for layer in LAYERS:
        precision = right[layer] / guessed[layer] if guessed[layer] else 0.0
        recall = right[layer] / wanted[layer] if wanted[layer] else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores), sum(right.values()) / len(references)


def main() -> int:
    labelled = yaml.safe_load((HERE / "data" / "realworld.yaml").read_text(encoding="utf-8"))["people"]
    labels = {
        f"{p['source']}\t{p['title']}": [p["layer"], *([p["also"]] if p.get("also") else [])]
        for p in labelled
        if p["split"] == "tuning"
    }
    rows = yaml.safe_load((HERE / "data" / "agreement.yaml").read_text(encoding="utf-8"))["people"]
    a = {f"{r['source']}\t{r['title']}": r["a"] for r in rows}
    b = {f"{r['source']}\t{r['title']}": r["b"] for r in rows}
    if len(a) != len(rows):
        raise SystemExit("data/agreement.yaml names one person (source and title) twice")
    missing = set(labels) - set(a)
    if missing:
        print(f"{len(missing)} tuning people have no second labelling; rerun the study after adding people")
    labels = {key: call for key, call in labels.items() if key in a}
    if not labels:
        raise SystemExit("no person in data/agreement.yaml is in the tuning part of data/realworld.yaml")
    a = {key: a[key] for key in labels}
    b = {key: b[key] for key in labels}
    print(f"{len(labels)} people of the tuning part, labelled blind by two annotators")
    print(f"{'who':<28} {'against':<12} {'macro-F1':>8} {'accuracy':>8}")
    for who, guesses, against, reference in (
        ("annotator a", a, "the labels", labels),
        ("annotator b", b, "the labels", labels),
        ("annotator a", a, "annotator b", b),
    ):
        macro, accuracy = macro_f1(guesses, reference)
        print(f"{who:<28} {against:<12} {macro:>8.3f} {accuracy:>8.3f}")
    exact = sum(a[key][0] == b[key][0] for key in labels) / len(labels)
    print(f"a and b give the same first layer to {exact:.3f} of the people")
    return 0


if __name__ == "__main__":
    sys.exit(main())
