"""The real-world parts scored apart by whether a title reads as English: is the held-out gap only language?

    python benchmarks/by_language.py [--words /usr/share/dict/american-english] [--onet ../shared/data/onet]

A title reads as English when at least 60% of its words of three letters or more (acronyms written in capitals
left out) are in an English word list: the system's dictionary (Debian's wamerican) joined with every word of
O*NET's occupation, alternate and reported titles. Checked by eye on the tuning part: it calls 'Cofounder',
'PACS Administrator' and 'Utilization Management RN' English, 'verpleegkundige', 'Gründerin' and 'assistant
codeur' not; it errs on a rare English word ('Intersectional Pharmacist' is not English to it). Each part is
scored with classify.score, the held-out part with its mistakes hidden; then the tuning people of each batch as
the rubric scored them before it saw their batch (words_backtest.old_calls: the fresh postings). Needs both word
lists and the git history; not run by CI.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import classify
import words_backtest

ROOT = Path(__file__).resolve().parents[1]
ONET_FILES = ("occupation-data.tsv", "alternate-titles.tsv", "reported-titles.tsv")
SHARE = 0.6


def english_words(words: Path, onet: Path) -> set[str]:
    vocabulary = {w.strip().lower() for w in words.read_text(encoding="utf-8").splitlines() if w.strip().isascii()}
    for name in ONET_FILES:
        with (onet / name).open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                for cell in row[1:3]:
                    vocabulary.update(w.lower() for w in re.findall(r"[A-Za-z]+", cell))
    return vocabulary


def reads_as_english(title: str, vocabulary: set[str]) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", title) if len(w) >= 3 and not w.isupper()]
    if not words:
        return title.isascii()
    return sum(w.lower() in vocabulary for w in words) / len(words) >= SHARE


def main() -> int:
    parser = argparse.ArgumentParser(description="Score the real-world parts by whether the title reads as English.")
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"))
    parser.add_argument("--onet", type=Path, default=ROOT.parent / "shared" / "data" / "onet")
    parser.add_argument("--rubric", default="healthcare-ai")
    args = parser.parse_args()
    vocabulary = english_words(args.words, args.onet)
    print("part      titles           people  macro-F1  accuracy  confident precision  coverage  per layer F1")
    for part in ("tuning", "held-out"):
        examples = classify.realworld_set(part)
        for english in (True, False):
            chosen = [e for e in examples if reads_as_english(e.title, vocabulary) == english]
            with contextlib.redirect_stdout(io.StringIO()):
                s = classify.score(part, chosen, args.rubric, 0, hidden=True)
            layers = ", ".join(f"{layer} {f1:.3f}" for layer, (_, f1) in s.layer_f1.items())
            kind = "English" if english else "not English"
            print(
                f"{part:<9} {kind:<15} {len(chosen):>7}  {s.macro:>8.3f}  {s.accuracy:>8.3f}  "
                f"{s.confident_precision:>19.3f}  {s.coverage:>8.3f}  {layers}"
            )
    print("\nfresh postings: each batch's tuning people, scored by the rubric before it saw the batch")
    print("titles           people  accuracy  confident precision  coverage")
    fresh = fresh_calls()
    threshold = classify.load_rubric(args.rubric).thresholds.confidence
    for english in (True, False):
        chosen = [(p, layer, sure) for p, layer, sure in fresh if reads_as_english(p["title"], vocabulary) == english]
        right = [layer in (p["layer"], p.get("also")) for p, layer, _ in chosen]
        confident = [ok for ok, (_, _, sure) in zip(right, chosen, strict=True) if sure >= threshold]
        kind = "English" if english else "not English"
        print(
            f"{kind:<15}  {len(chosen):>6}  {sum(right) / len(chosen):>8.3f}  "
            f"{sum(confident) / len(confident):>19.3f}  {len(confident) / len(chosen):>8.3f}"
        )
    return 0


def fresh_calls() -> list[tuple[dict[str, Any], str, float]]:
    """(person, layer, confidence) for each batch's tuning people, by the rubric that had not seen the batch."""
    people = words_backtest.tuning_by_batch()
    calls = []
    for batch, (_, commit) in words_backtest.BATCHES.items():
        mine = [p for b, p in people if b == batch]
        calls += [
            (p, layer, sure)
            for p, (layer, sure, _, _) in zip(mine, words_backtest.old_calls(commit, mine), strict=True)
        ]
    return calls


if __name__ == "__main__":
    raise SystemExit(main())
