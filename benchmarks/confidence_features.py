"""Does any feature of a call separate the confident mistakes from the confident right calls (issue 14)?

    python benchmarks/confidence_features.py [--cache calls.json] [--search] [--validate]

The fresh postings: each tuning batch after the first, scored by the rubric as it stood before that batch
(words_backtest.BATCHES, each commit run in its own process from a temporary git worktree). For every call the
old code's own contributions and tallies are kept: where the called layer's evidence came from (title, skills,
background, credentials, team), how many signals, the margin over the runner-up, a generic title, a title that
settles the layer, a negative signal, a title not in English (by_language.reads_as_english). Prints, for each
feature, the confident right calls and confident mistakes it holds, and the unsure calls it would make confident
(right and wrong), on the design batches (2 to 8); then what each candidate rule (RULES, fixed before any
validation run) would do to confident precision and coverage. With --validate, the same on batches 9 to 14: run
it once, after the rules are fixed. A rule ships only if on validation it removes >= 30% of the confident
mistakes while losing <= 3% of the confident right calls, or adds >= 0.03 coverage at >= 0.95 precision of the
calls it adds.

Reads only the tuning part; needs the git history and, for the language feature, Debian's wamerican word list
and ../shared/data/onet (without them that feature is left out).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import by_language
import words_backtest

ROOT = Path(__file__).resolve().parents[1]
DESIGN = range(2, 9)
VALIDATION = range(9, 15)
THRESHOLD = 0.5  # the built-in rubric's `confidence` threshold at every commit of BATCHES
GROUPS = ("title", "skills", "background", "credentials", "team")

# Runs inside an old commit's worktree: each call of that commit's code and rubric, with what it rested on.
_OLD_FEATURES = (
    words_backtest.OLD_CALLS
    + """    except ZeroDivisionError:
        out.append(None)
        continue
    pairs = c.scores.items() if isinstance(c.scores, dict) else c.scores
    tallies = classifier.tally(c.contributions)
    out.append(dict(
        layer=c.layer.value,
        confidence=c.confidence,
        source=c.source,
        scores={layer.value: score for layer, score in pairs},
        notes=list(c.notes),
        groups={
            layer.value: {g.group: g.counted for g in t.groups if g.counted > 0} for layer, t in tallies.items()
        },
        set_aside=sorted(layer.value for layer, t in tallies.items() if any(g.set_aside for g in t.groups)),
        contributions=[
            dict(layer=x.layer.value, weight=x.weight, group=x.group, generic=x.generic, settles=x.settles,
                 hands_on=x.hands_on)
            for x in c.contributions
        ],
        min_score=rubric.scoring.min_score,
        strong=rubric.scoring.strong_score,
    ))
print(json.dumps(out))
"""
)


def old_features(commit: str, people: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    calls: list[dict[str, Any] | None] = words_backtest.run_at_commit(commit, people, _OLD_FEATURES)
    return calls


def fresh_calls() -> list[dict[str, Any]]:
    """Each fresh person: batch, label, second acceptable layer, title, whether the record is title only, and the
    old call's features."""
    people = words_backtest.tuning_by_batch()
    rows = []
    for batch, (_, commit) in words_backtest.BATCHES.items():
        mine = [p for b, p in people if b == batch]
        for p, call in zip(mine, old_features(commit, mine), strict=True):
            rows.append(
                dict(
                    batch=batch,
                    label=p["layer"],
                    also=p.get("also"),
                    title=p["title"],
                    title_only=not (p.get("skills") or p.get("background")),
                    has_team=bool(p.get("team")),
                    call=call,
                )
            )
        print(f"batch {batch}: {len(mine)} people by the rubric of {commit}", file=sys.stderr)
    return rows


def features(row: dict[str, Any], english: set[str] | None) -> dict[str, bool]:
    """Yes/no features of one call, as the old code made it."""
    call = row["call"]
    if call is None:
        return {"crashed": True}
    layer = call["layer"]
    ranked = sorted(call["scores"].values(), reverse=True)
    best, runner_up = ranked[0], ranked[1]
    margin = (best - runner_up) / best if best > 0 else 0.0
    groups = set(call["groups"].get(layer, {}))
    mine = [c for c in call["contributions"] if c["layer"] == layer and c["weight"] > 0]
    others = {c["layer"] for c in call["contributions"] if c["weight"] > 0 and c["layer"] != layer}
    notes = call["notes"]
    settled = any(n.startswith("settled by") for n in notes)
    unplaced = not settled and (best <= 0 or best < call["min_score"])
    f = {
        "unplaced (no layer reached min_score)": unplaced,
        "word model's call": call["source"] == "words",
        "settled by the title": settled,
        "title only record": row["title_only"],
        "record has a team": row["has_team"],
        "evidence: title alone": groups == {"title"},
        "evidence: no title": bool(groups) and "title" not in groups,
        "evidence: skills": "skills" in groups,
        "evidence: background": "background" in groups,
        "evidence: credentials": "credentials" in groups,
        "evidence: team": "team" in groups,
        "evidence: 3+ groups": len(groups) >= 3,
        "one signal for the layer": len(mine) == 1,
        "3+ signals for the layer": len(mine) >= 3,
        "hands-on signal for the layer": any(c["hands_on"] for c in mine),
        "another layer has evidence": bool(others),
        "2+ other layers have evidence": len(others) >= 2,
        "margin < 0.5": margin < 0.5,
        "margin < 0.75": margin < 0.75,
        "margin 1 (runner-up 0)": margin >= 1.0,
        "best >= strong_score": best >= call["strong"],
        "best >= 2 x strong_score": best >= 2 * call["strong"],
        "generic title match": any(c["group"] == "title" and c["generic"] for c in call["contributions"]),
        "generic title of the layer": any(c["group"] == "title" and c["generic"] for c in mine),
        "a title set aside": bool(call["set_aside"]),
        "a negative signal": any(c["weight"] < 0 for c in call["contributions"]),
        "a negative outside the title": any(c["weight"] < 0 and c["group"] != "title" for c in call["contributions"]),
        "a negative against the layer": any(c["weight"] < 0 and c["layer"] == layer for c in call["contributions"]),
        "a tie": any(n.startswith("tie between") for n in notes),
        "lone evidence note": any("evidence is all in the" in n or "credential alone" in n for n in notes),
        "title not in ASCII": not row["title"].isascii(),
        f"called {layer}": True,
    }
    if english is not None:
        f["title not English"] = not by_language.reads_as_english(row["title"], english)
    return f


Rule = Callable[[dict[str, bool], dict[str, Any]], bool]


def below(threshold: float) -> Rule:
    return lambda f, row: bool(row["call"]["confidence"] < threshold)


def all_of(*names: str, unless: tuple[str, ...] = ()) -> Rule:
    return lambda f, row: all(f.get(n) for n in names) and not any(f.get(n) for n in unless)


# Candidate rules, fixed from the design batches before the one validation run: the simplest (a higher threshold)
# and the best the design batches offered (every conjunction of up to three features and their negations was tried
# there; these held the most confident mistakes per right call lost, or the surest unsure calls). DEMOTE: a
# confident call the rule would make unsure. PROMOTE: an unsure call it would make confident.
DEMOTE: dict[str, Rule] = {
    "confidence under 0.6": below(0.6),
    "confidence under 0.7": below(0.7),
    "margin < 0.5": all_of("margin < 0.5"),
    "title not in ASCII": all_of("title not in ASCII"),
    "one signal, and the record has a team": all_of("one signal for the layer", "record has a team"),
    "title alone, generic, one signal": all_of(
        "evidence: title alone", "generic title match", "one signal for the layer"
    ),
}
PROMOTE: dict[str, Rule] = {
    "every unsure call with a layer": all_of(unless=("unplaced (no layer reached min_score)",)),
    "a negative signal, no hands-on signal": all_of("a negative signal", unless=("hands-on signal for the layer",)),
    "evidence in the team, not clinical or ml_research": all_of(
        "evidence: team", unless=("called clinical", "called ml_research")
    ),
}


def numbers(row: dict[str, Any], f: dict[str, bool]) -> dict[str, float]:
    """A call's features as a logistic model reads them: the yes/no ones, and the confidence, margin, strength
    and signal count as numbers."""
    call = row["call"]
    ranked = sorted(call["scores"].values(), reverse=True)
    x = {name: 1.0 for name, yes in f.items() if yes}
    x["confidence"] = call["confidence"]
    x["margin"] = (ranked[0] - ranked[1]) / ranked[0] if ranked[0] > 0 else 0.0
    x["strength"] = min(2.0, ranked[0] / call["strong"])
    signals = sum(1 for c in call["contributions"] if c["layer"] == call["layer"] and c["weight"] > 0)
    x["signals"] = min(5, signals) / 5
    return x


Model = tuple[dict[str, float], float]


def train(xs: list[dict[str, float]], ys: list[bool], epochs: int = 300, step: float = 0.1) -> Model:
    """Logistic regression, full-batch gradient descent from zero with an L2 penalty: deterministic."""
    weights: dict[str, float] = {}
    bias, n = 0.0, len(xs)
    for _ in range(epochs):
        grad: dict[str, float] = {}
        grad_bias = 0.0
        for x, y in zip(xs, ys, strict=True):
            error = probability((weights, bias), x) - y
            grad_bias += error
            for k, v in x.items():
                grad[k] = grad.get(k, 0.0) + error * v
        bias -= step * grad_bias / n
        for k in set(grad) | set(weights):
            weights[k] = weights.get(k, 0.0) - step * (grad.get(k, 0.0) + weights.get(k, 0.0)) / n
    return weights, bias


def probability(model: Model, x: dict[str, float]) -> float:
    weights, bias = model
    return 1 / (1 + math.exp(-(bias + sum(weights.get(k, 0.0) * v for k, v in x.items()))))


def learned_rules(rows: list[dict[str, Any]], feats: list[dict[str, bool]]) -> None:
    """Whether a call is right, learned from the design batches (the confident calls for demoting, the unsure for
    promoting). Each batch's calls scored by a model trained on the other design batches first: the thresholds
    are where that removes 30% of the confident mistakes, and where it adds 0.03 coverage."""
    pairs = [(r, f) for r, f in zip(rows, feats, strict=True) if r["call"] is not None]
    n = len(rows)
    for confident in (True, False):
        mine = [(r, f) for r, f in pairs if sure(r) is confident]
        held: list[tuple[float, bool]] = []
        for batch in DESIGN:
            rest = [(r, f) for r, f in mine if r["batch"] != batch]
            model = train([numbers(r, f) for r, f in rest], [right(r) for r, _ in rest])
            held += [(probability(model, numbers(r, f)), right(r)) for r, f in mine if r["batch"] == batch]
        model = train([numbers(r, f) for r, f in mine], [right(r) for r, _ in mine])
        held.sort(reverse=not confident)  # the calls a rule would move first
        if confident:
            mistakes = sum(not ok for _, ok in held)
            count = wrong = 0
            while wrong < 0.3 * mistakes:
                wrong += not held[count][1]
                count += 1
            threshold = held[count - 1][0]
            DEMOTE[f"learned: P(right) <= {threshold:.3f}"] = lambda f, row, m=model, t=threshold: (
                probability(m, numbers(row, f)) <= t
            )
            print(f"learned demote, design batches out of batch: {count} calls moved, {wrong} wrong")
        else:
            count = math.ceil(0.03 * n)
            threshold = held[count - 1][0]
            PROMOTE[f"learned: P(right) >= {threshold:.3f}"] = lambda f, row, m=model, t=threshold: (
                probability(m, numbers(row, f)) >= t
            )
            good = sum(ok for _, ok in held[:count])
            print(f"learned promote, design batches out of batch: {count} calls moved, {good} right")


def right(row: dict[str, Any]) -> bool:
    call = row["call"]
    layer = call["layer"] if call else "other"
    return layer in (row["label"], row["also"])


def sure(row: dict[str, Any]) -> bool:
    return row["call"] is not None and row["call"]["confidence"] >= THRESHOLD


def reliability(rows: list[dict[str, Any]]) -> None:
    print("confidence  calls  right  accuracy")
    for low in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        high = 1.01 if low == 0.9 else 0.3 if low == 0.0 else low + 0.1
        calls = [r for r in rows if r["call"] is not None and low <= r["call"]["confidence"] < high]
        ok = sum(right(r) for r in calls)
        print(f"{low:>4.1f}-{min(high, 1.0):<4.1f}  {len(calls):>6}  {ok:>5}  {ok / max(len(calls), 1):>8.3f}")


def feature_table(rows: list[dict[str, Any]], feats: list[dict[str, bool]]) -> None:
    sure_rows = [(r, f) for r, f in zip(rows, feats, strict=True) if sure(r)]
    unsure_rows = [(r, f) for r, f in zip(rows, feats, strict=True) if not sure(r) and r["call"] is not None]
    ok = sum(right(r) for r, _ in sure_rows)
    bad = len(sure_rows) - ok
    uok = sum(right(r) for r, _ in unsure_rows)
    print(f"confident: {ok} right, {bad} wrong; unsure: {uok} right, {len(unsure_rows) - uok} wrong")
    print(
        f"{'feature':<40} {'confident right':>15} {'wrong':>10} {'wrong share':>11}   {'unsure right':>12} {'wrong':>5}"
    )
    names = sorted({name for f in feats for name in f})
    for name in names:
        cr = sum(right(r) for r, f in sure_rows if f.get(name))
        cw = sum(not right(r) for r, f in sure_rows if f.get(name))
        ur = sum(right(r) for r, f in unsure_rows if f.get(name))
        uw = sum(not right(r) for r, f in unsure_rows if f.get(name))
        share = f"{cw / (cr + cw):.3f}" if cr + cw else "-"
        print(
            f"{name:<40} {cr:>7} ({cr / max(ok, 1):.2f}) {cw:>3} ({cw / max(bad, 1):.2f}) {share:>11}   "
            f"{ur:>12} {uw:>5}"
        )


def rule_table(rows: list[dict[str, Any]], feats: list[dict[str, bool]]) -> None:
    n = len(rows)
    sure_rows = [(r, f) for r, f in zip(rows, feats, strict=True) if sure(r)]
    ok = sum(right(r) for r, _ in sure_rows)
    bad = len(sure_rows) - ok
    print(f"\n{n} people; today: confident precision {ok / len(sure_rows):.3f} ({ok}/{len(sure_rows)}), ", end="")
    print(f"coverage {len(sure_rows) / n:.3f}")
    print(f"{'demote rule':<50} {'mistakes removed':>16} {'right lost':>13} {'precision':>9} {'coverage':>8}  ships")
    for name, rule in DEMOTE.items():
        hit = [(r, f) for r, f in sure_rows if rule(f, r)]
        gone_bad = sum(not right(r) for r, _ in hit)
        gone_ok = len(hit) - gone_bad
        left = len(sure_rows) - len(hit)
        precision = (ok - gone_ok) / left if left else 0.0
        ships = gone_bad >= 0.3 * bad and gone_ok <= 0.03 * ok
        print(
            f"{name:<50} {gone_bad:>5} of {bad} ({gone_bad / max(bad, 1):.2f}) "
            f"{gone_ok:>4} ({gone_ok / max(ok, 1):.3f}) "
            f"{precision:>9.3f} {left / n:>8.3f}  {'yes' if ships else 'no'}"
        )
    print(f"{'promote rule':<50} {'added':>6} {'right':>6} {'precision added':>15} {'coverage +':>10}  ships")
    for name, rule in PROMOTE.items():
        hit = [(r, f) for r, f in zip(rows, feats, strict=True) if not sure(r) and r["call"] is not None and rule(f, r)]
        good = sum(right(r) for r, _ in hit)
        share = f"{good / len(hit):.3f}" if hit else "-"
        ships = bool(hit) and len(hit) >= 0.03 * n and good >= 0.95 * len(hit)
        print(f"{name:<50} {len(hit):>6} {good:>6} {share:>15} {len(hit) / n:>10.3f}  {'yes' if ships else 'no'}")


def search(rows: list[dict[str, Any]], feats: list[dict[str, bool]], top: int = 10) -> None:
    """Every conjunction of up to three features or their negations on the design batches: those holding the most
    confident mistakes per right call, and the surest sets of unsure calls (how the candidates were found)."""
    names = sorted({name for f in feats for name in f})
    literals = [(name, yes) for name in names for yes in (True, False)]
    pairs = [(r, f) for r, f in zip(rows, feats, strict=True) if r["call"] is not None]
    demote, promote = [], []
    for size in (1, 2, 3):
        for combo in itertools.combinations(literals, size):
            if len({name for name, _ in combo}) < size:
                continue
            hit = [(r, f) for r, f in pairs if all(bool(f.get(name)) is yes for name, yes in combo)]
            confident = [r for r, _ in hit if sure(r)]
            wrong = sum(not right(r) for r in confident)
            if wrong >= 8:
                demote.append((wrong - (len(confident) - wrong), wrong, len(confident) - wrong, combo))
            unsure = [r for r, _ in hit if not sure(r)]
            if len(unsure) >= 10:
                good = sum(right(r) for r in unsure)
                promote.append((good / len(unsure), len(unsure), good, combo))
    print("\ndemote conjunctions (confident mistakes - right calls, mistakes, right calls):")
    for found in sorted(demote, reverse=True)[:top]:
        print(" ", found[:3], " and ".join(name if yes else f"not {name}" for name, yes in found[3]))
    print("promote conjunctions (share right, unsure calls, right):")
    for share, count, good, combo in sorted(promote, reverse=True)[:top]:
        print(f"  ({share:.3f}, {count}, {good})", " and ".join(name if yes else f"not {name}" for name, yes in combo))


def main() -> int:
    parser = argparse.ArgumentParser(description="Features of confident mistakes on fresh postings.")
    parser.add_argument("--cache", type=Path, help="keep the old calls in this JSON file and reuse them")
    parser.add_argument("--search", action="store_true", help="print the best conjunctions on batches 2 to 8")
    parser.add_argument("--validate", action="store_true", help="also score batches 9 to 14 (once, rules fixed)")
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"))
    parser.add_argument("--onet", type=Path, default=ROOT.parent / "shared" / "data" / "onet")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        rows = fresh_calls()
        if args.cache:
            args.cache.write_text(json.dumps(rows), encoding="utf-8")
    english = None
    if args.words.exists() and args.onet.exists():
        english = by_language.english_words(args.words, args.onet)
    design = [r for r in rows if r["batch"] in DESIGN]
    learned_rules(design, [features(r, english) for r in design])
    if args.search:
        search(design, [features(r, english) for r in design])
    parts = [("design batches 2 to 8", DESIGN)]
    if args.validate:
        parts.append(("validation batches 9 to 14", VALIDATION))
    for name, batches in parts:
        mine = [r for r in rows if r["batch"] in batches]
        feats = [features(r, english) for r in mine]
        print(f"\n== {name} ==")
        reliability(mine)
        feature_table(mine, feats)
        rule_table(mine, feats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
