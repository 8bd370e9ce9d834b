"""Train a title model on O*NET's alternate and reported job titles: which layer the words of a title point to.

    python benchmarks/train_onet_titles.py [--onet ../shared/data/onet] [--out FILE]

An experiment (benchmarks/README.md, "O*NET's titles as a title model"): the model is measured by
onet_titles_backtest.py and is not wired into the classifier. Each O*NET title is labelled by its O*NET-SOC
code as build_onet_set.py labels the O*NET benchmark (CODE_LAYERS, DROP_CODES, the health informatics titles
one by one, AMBIGUOUS_TITLES dropped outside their home layer), plus OTHER_FAMILIES: occupation families the
benchmark does not label (production, transport, construction...), which are `other` in this rubric's sense and
carry the long tail of `other` title words. A title listed under codes of different layers is dropped.

Held apart from training, compared with case, accents and punctuation folded: every title of the O*NET
benchmark (data/onet-titles.tsv), the probe titles (data/probe-titles.tsv) and the titles of the people and
probe-people sets, so the model is measured on none of the titles it learned. The real-world set is not read.

The model is words.py's: a multinomial logistic regression over the title's words and word pairs (`t:`
features of words.features, after the rubric's own title normalisation), features seen in MIN_TITLES titles or
more, each layer's titles weighing as much as another's, full-batch gradient descent from zeros in a fixed order,
weights rounded: the same files give the same model, byte for byte.

This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment
and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET(R) is a trademark of USDOL/ETA.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_onet_set
from teamaudit.accents import fold_accents
from teamaudit.classify import classifier_for
from teamaudit.classify.words import FORMAT, features
from teamaudit.model import LAYER_ORDER
from teamaudit.rubric import load_rubric

HERE = Path(__file__).parent
ONET = HERE.parent.parent / "shared" / "data" / "onet"
CREDIT = (
    "This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment "
    "and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET(R) is a trademark of USDOL/ETA."
)
# Families build_onet_set.py leaves unlabelled that are `other` in a healthcare-AI company, and the codes in them
# that are not (left out: a biomedical engineer's layer depends on the work).
OTHER_FAMILIES = ("17-", "33-", "35-", "37-", "39-", "45-", "47-", "49-", "51-", "53-", "55-")
NOT_OTHER = ("17-2031",)  # bioengineers and biomedical engineers
MIN_TITLES = 2
L2 = 1.0
STEPS = 1000
RATE = 1.0
DIGITS = 4
_WORDS = re.compile(r"[a-z0-9]+")


def fold(title: str) -> str:
    """A title compared with case, accents and punctuation folded: "Nurse, R.N." and "nurse rn" are one."""
    return " ".join(_WORDS.findall(fold_accents(title.lower())))


def benchmark_titles() -> set[str]:
    """Every title a benchmark set scores, folded: none of them is trained on."""
    found: set[str] = set()
    for name in ("onet-titles.tsv", "probe-titles.tsv"):
        with (HERE / "data" / name).open(encoding="utf-8") as handle:
            rows = [line for line in handle if not line.startswith("#")]
        found.update(fold(row["title"]) for row in csv.DictReader(rows, delimiter="\t"))
    people = yaml.safe_load((HERE / "data" / "people.yaml").read_text(encoding="utf-8"))["people"]
    found.update(fold(str(row[0])) for row in people)
    probes = yaml.safe_load((HERE / "data" / "probe-people.yaml").read_text(encoding="utf-8"))["people"]
    found.update(fold(str(p["title"])) for p in probes)
    return found


def code_layer(code: str) -> str | None:
    layer = build_onet_set.layer_for(code)
    family = code.startswith(OTHER_FAMILIES) and not code.startswith(NOT_OTHER)
    if layer is None and family and not any(code.startswith(p) for p in build_onet_set.DROP_CODES):
        return "other"
    return layer


def labelled_titles(onet: Path, keep_benchmark: bool = False) -> tuple[list[tuple[str, str]], Counter[str]]:
    """(title, layer) for each O*NET title the rules above label, and what was left out, by reason."""
    codes: dict[str, set[tuple[str, str]]] = defaultdict(set)  # folded title -> {(code, title)}
    for name in ("alternate-titles.tsv", "reported-titles.tsv"):
        with (onet / name).open(encoding="utf-8") as handle:
            reader = csv.reader(handle, delimiter="\t")
            next(reader)
            for row in reader:
                codes[fold(row[2])].add((row[0], row[2].strip()))
    held_apart = set() if keep_benchmark else benchmark_titles()
    ambiguous = [(re.compile(p, re.IGNORECASE), home) for p, _why, home in build_onet_set.AMBIGUOUS_TITLES]
    out: list[tuple[str, str]] = []
    left: Counter[str] = Counter()
    for folded, entries in sorted(codes.items()):
        if not folded:
            continue
        if folded in held_apart:
            left["a benchmark or probe title"] += 1
            continue
        title = sorted(entries)[0][1]
        one_by_one = build_onet_set.HEALTH_INFORMATICS.get(title.lower())
        labels = {one_by_one if code_layer(code) == "by_title" else code_layer(code) for code, _ in entries}
        if None in labels or len(labels) != 1:
            left["no layer, or codes of different layers"] += 1
            continue
        layer = str(labels.pop())
        if one_by_one is None and any(p.search(title) and layer not in home for p, home in ambiguous):
            left["ambiguous (build_onet_set.AMBIGUOUS_TITLES)"] += 1
            continue
        out.append((title, layer))
    return out, left


def train(
    examples: list[tuple[list[int], int]], n_features: int, steps: int = STEPS
) -> tuple[list[float], list[list[float]]]:
    """Multinomial logistic regression, full-batch gradient descent from zeros, as train_words.train. Each layer's
    titles weigh as much as another's in all (O*NET holds 80 `other` titles for each clinical one), so a guess
    rests on the title's words, not on how common `other` titles are."""
    k, n = len(LAYER_ORDER), len(examples)
    per_layer = Counter(label for _, label in examples)
    share = {label: n / (len(per_layer) * count) for label, count in per_layer.items()}
    weights = [[0.0] * k for _ in range(n_features)]
    bias = [0.0] * k
    for _ in range(steps):
        grad = [[0.0] * k for _ in range(n_features)]
        grad_bias = [0.0] * k
        for found, label in examples:
            z = list(bias)
            for i in found:
                z = [a + b for a, b in zip(z, weights[i], strict=True)]
            top = max(z)
            e = [math.exp(v - top) for v in z]
            total = sum(e)
            weight = share[label]
            g = [weight * v / total for v in e]
            g[label] -= weight
            grad_bias = [a + b for a, b in zip(grad_bias, g, strict=True)]
            for i in found:
                grad[i] = [a + b for a, b in zip(grad[i], g, strict=True)]
        for j in range(k):
            bias[j] -= RATE * grad_bias[j] / n
        for w, gr in zip(weights, grad, strict=True):
            for j in range(k):
                w[j] -= RATE * (gr[j] + L2 * w[j]) / n
    return bias, weights


def build(onet: Path, steps: int = STEPS, keep_benchmark: bool = False) -> dict[str, object]:
    titles, left = labelled_titles(onet, keep_benchmark)
    normalize = classifier_for(load_rubric("healthcare-ai")).matcher.normalizer.normalize
    layers = [layer.value for layer in LAYER_ORDER]
    rows = [(features(normalize(title), (), (), None), layers.index(layer)) for title, layer in titles]
    seen: Counter[str] = Counter(f for found, _ in rows for f in found)
    names = sorted(f for f, count in seen.items() if count >= MIN_TITLES)
    index = {f: i for i, f in enumerate(names)}
    examples = [(sorted(index[f] for f in found if f in index), label) for found, label in rows]
    bias, weights = train(examples, len(names), steps)
    counts = Counter(layer for _, layer in titles)
    return {
        "format": FORMAT,
        "layers": layers,
        "trained_on": f"O*NET 29.3 alternate and reported titles: {len(titles)} titles "
        + ", ".join(f"{layer} {counts[layer]}" for layer in layers),
        "left_out": dict(sorted(left.items())),
        "trainer": "benchmarks/train_onet_titles.py",
        "settings": {
            "min_titles": MIN_TITLES,
            "l2": L2,
            "steps": steps,
            "rate": RATE,
            "benchmark_kept": keep_benchmark,
        },
        "credit": CREDIT,
        "bias": [round(b, DIGITS) for b in bias],
        "weights": {f: [round(w, DIGITS) for w in ws] for f, ws in zip(names, weights, strict=True)},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Train a title model on O*NET's job titles.")
    parser.add_argument("--onet", type=Path, default=ONET)
    parser.add_argument("--out", type=Path, required=True, help="where to write the model (JSON)")
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument(
        "--keep-benchmark-titles",
        action="store_true",
        help="an upper bound only: train on the O*NET benchmark's and the probe sets' titles too (those sets then "
        "score titles the model learned)",
    )
    args = parser.parse_args()
    doc = build(args.onet, args.steps, args.keep_benchmark_titles)
    text = json.dumps(doc, separators=(",", ":")) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} bytes, {len(doc['weights']):,} features): {doc['trained_on']}")  # type: ignore[arg-type]
    print(f"left out: {doc['left_out']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
