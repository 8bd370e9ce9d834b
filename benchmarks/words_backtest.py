"""Backtest the word model where it is used: on people the rubric had not seen.

    python benchmarks/words_backtest.py [--probabilities 0.3 0.4 0.5 0.6]

The rubric is fitted to the whole tuning part, so its mistakes there are few and unlike its mistakes on new
postings. Each batch of postings after the first was scored by the rubric as it stood before that batch was
added (BATCHES: the commit, checked out into a temporary git worktree, runs in its own process). Those calls
are what the word model must improve on. For each batch a model is trained on the tuning people of the other
batches (train_words.train) and reads that batch's tuning people where the rule of classify/__init__.py lets it
(no layer reached min_score, a skill or background word is among the words behind the guess, and no negative
signal outside the title spoke against its layer). Prints, per min_probability, how many calls it turned right
and wrong (only calls whose rightness changes: a guess of a record's second acceptable layer turns nothing), and
the pooled macro-F1 before and after; and first, per batch, how the rubric that had not seen it scored: the
learning curve on fresh postings (macro-F1, accuracy, confident precision, coverage).

Reads only the tuning part; needs the repository's git history (a clean clone has it).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import agreement
import train_words
from teamaudit.classify.words import WordModel
from teamaudit.model import LAYER_ORDER
from teamaudit.rubric import load_rubric

ROOT = Path(__file__).resolve().parents[1]
PARTS = ROOT / "benchmarks" / "data" / "realworld"
# batch -> (its gather files, the commit whose rubric had not seen it)
BATCHES: dict[int, tuple[tuple[str, ...], str]] = {
    2: (("e", "f"), "54870c0"),
    3: (("g", "h", "i", "j", "k"), "800df3a"),
    4: (("l", "m", "n"), "8ebde2e"),
    5: (("o", "p", "q"), "e6311df"),
    6: (("r", "s", "t"), "7062988"),
    7: (("u", "v"), "6fb9081"),
    8: (("w", "x", "y", "z"), "f7c3963"),
    9: (("za", "zb", "zc", "zd"), "c66fa12"),
    10: (("ze", "zf", "zg", "zh"), "a7735df"),
    11: (("zi", "zj", "zk", "zl"), "2757c4b"),
    12: (("zm", "zn", "zo", "zp"), "8826aed"),
    13: (("zq", "zr", "zs", "zt"), "07818b5"),
    14: (("zu", "zv", "zw", "zx"), "828f967"),
}
LAYERS = [layer.value for layer in LAYER_ORDER]

# Runs inside an old commit's worktree: each person on stdin classified by that commit's code and rubric, as `c`;
# the script goes on with an `except ZeroDivisionError:` (a crash fixed at 8ebde2e, whose call was the unplaced
# 'other' it became) and what it keeps of `c`.
OLD_CALLS = """
import json, sys
from teamaudit.classify import classifier_for
from teamaudit.model import Person
from teamaudit.rubric import load_rubric
rubric = load_rubric("healthcare-ai")
classifier = classifier_for(rubric)
out = []
for p in json.load(sys.stdin):
    try:
        c = classifier.classify(Person.parse(dict(name="x", **p)))
"""
_OLD_CLASSIFIER = (
    OLD_CALLS
    + """    except ZeroDivisionError:
        out.append(["other", 0.0, True, []])
        continue
    pairs = c.scores.items() if isinstance(c.scores, dict) else c.scores
    best = max(score for _, score in pairs)
    settled = any(note.startswith("settled by") for note in getattr(c, "notes", ()))
    unplaced = not settled and (best <= 0 or best < rubric.scoring.min_score)
    against = sorted({x.layer.value for x in c.contributions if x.weight < 0 and x.group != "title"})
    out.append([c.layer.value, c.confidence, unplaced, against])
print(json.dumps(out))
"""
)


def batch_of(person: dict[str, Any], members: dict[tuple[str, str], int]) -> int:
    return members.get((person["source"], person["title"]), 1)


def tuning_by_batch() -> list[tuple[int, dict[str, Any]]]:
    members: dict[tuple[str, str], int] = {}
    for batch, (parts, _) in BATCHES.items():
        for part in parts:
            for record in yaml.safe_load((PARTS / f"gather-{part}.yaml").read_text(encoding="utf-8")) or []:
                members[(str(record["source"]), str(record["title"]).strip())] = batch
    return [(batch_of(p, members), p) for p in train_words.tuning_people()]


def run_at_commit(commit: str, people: list[dict[str, Any]], script: str) -> Any:
    """What `script` prints (JSON) given the people's records (JSON on its standard input), run by the code and
    rubric of `commit`, checked out into a temporary git worktree."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
        try:
            records = [{k: p[k] for k in ("title", "skills", "background", "team") if p.get(k)} for p in people]
            done = subprocess.run(
                [sys.executable, "-c", script],
                input=json.dumps(records),
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin"},
            )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    return json.loads(done.stdout)


def old_calls(commit: str, people: list[dict[str, Any]]) -> list[tuple[str, float, bool, list[str]]]:
    """Each person's layer, confidence, whether no layer reached min_score and the layers a negative signal spoke
    against, by the rubric of `commit`."""
    calls = run_at_commit(commit, people, _OLD_CLASSIFIER)
    return [(layer, float(confidence), bool(unplaced), against) for layer, confidence, unplaced, against in calls]


def macro_f1(rows: list[tuple[str, str | None, str]]) -> float:
    """Macro-F1 of (label, second acceptable layer, guess) rows, scored as agreement.py scores its annotators."""
    guesses = {str(i): [guess] for i, (_, _, guess) in enumerate(rows)}
    references = {str(i): [label, *([also] if also else [])] for i, (label, also, _) in enumerate(rows)}
    return agreement.macro_f1(guesses, references)[0]


def main() -> int:
    parser = argparse.ArgumentParser(description="Backtest the word model on batches the rubric had not seen.")
    parser.add_argument("--probabilities", type=float, nargs="+", default=[0.3, 0.4, 0.5, 0.6])
    args = parser.parse_args()
    rubric = load_rubric("healthcare-ai")
    people = tuning_by_batch()
    parsed = [train_words.as_person(p) for _, p in people]
    found = [train_words.record_features(rubric, person) for person in parsed]
    fresh = []  # per batch: number, people, macro-F1, accuracy, right among the confident, confident
    misses: Counter[str] = Counter()  # what the rubric's mistakes on batches it had not seen have in common
    cases = []  # (label, also, old layer, whether the model may read this person, its layer, its probability)
    for batch, (_, commit) in BATCHES.items():
        mine = [i for i, (b, _) in enumerate(people) if b == batch]
        rows = [(found[i], LAYERS.index(p["layer"]), p["source"]) for i, (b, p) in enumerate(people) if b != batch]
        bias, weights = train_words.train(rows)
        model = WordModel("backtest", tuple(bias), {f: tuple(w) for f, w in weights.items()}, "")
        calls = old_calls(commit, [people[i][1] for i in mine])
        scored = [(people[i][1], call) for i, call in zip(mine, calls, strict=True)]
        correct = [call[0] in (p["layer"], p.get("also")) for p, call in scored]
        sure = [ok for ok, (_, call) in zip(correct, scored, strict=True) if call[1] >= rubric.thresholds.confidence]
        f1 = macro_f1([(p["layer"], p.get("also"), call[0]) for p, call in scored])
        fresh.append((batch, len(mine), f1, sum(correct) / len(mine), sum(sure), len(sure)))
        for i, (layer, confidence, unplaced, against) in zip(mine, calls, strict=True):
            p, person = people[i][1], parsed[i]
            misses["people"] += 1
            misses["people with a title not in ASCII"] += not p["title"].isascii()
            if layer not in (p["layer"], p.get("also")):
                misses["mistakes"] += 1
                misses["... called other"] += layer == "other"
                misses["... with no layer reaching min_score"] += unplaced
                misses["... of those, title only"] += unplaced and not (person.skills or person.background)
                misses["... confident"] += confidence >= rubric.thresholds.confidence
                misses["... with a title not in ASCII"] += not p["title"].isascii()
            # the gate of Classifier._decide and _guess: no layer found, a skill or background word behind the guess,
            # and not a layer a negative signal spoke against
            reading = model.read(found[i])
            readable = unplaced and bool(person.skills or person.background) and reading.rests_on_text()
            readable = readable and reading.layer.value not in against
            cases.append((p["layer"], p.get("also"), layer, readable, reading.layer.value, reading.probability))
        print(f"batch {batch}: {len(mine)} tuning people, scored by the rubric of {commit}")
    print(f"\nThe rubric on each batch before it saw it (confident: {rubric.thresholds.confidence:g} or more):")
    print("batch  people  macro-F1  accuracy  confident precision  coverage")
    for batch, n, f1, accuracy, right_sure, sure in fresh:
        share = f"{right_sure / sure:.3f} ({right_sure}/{sure})"
        print(f"{batch:>5}  {n:>6}  {f1:>8.3f}  {accuracy:>8.3f}  {share:>19}  {sure / n:>8.3f}")
    print("\nWhat those mistakes have in common (a title not in ASCII: at least not English):")
    for what, count in misses.items():
        print(f"  {what:<40} {count:>5}")
    before = macro_f1([(label, also, old) for label, also, old, *_ in cases])
    print(f"\n{len(cases)} people; the rubric before it saw them: macro-F1 {before:.3f}")
    print("min_probability  turned right  turned wrong  macro-F1 after")
    for floor in args.probabilities:
        right = wrong = 0
        rows = []
        for label, also, old, readable, guess, probability in cases:
            final = old
            if readable and guess != old and probability >= floor:
                final = guess
                # a guess of the record's other acceptable layer changes nothing: neither right nor wrong
                was, now = old in (label, also), guess in (label, also)
                right += now and not was
                wrong += was and not now
            rows.append((label, also, final))
        print(f"{floor:>15.2f}  {right:>12}  {wrong:>12}  {macro_f1(rows):>14.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
