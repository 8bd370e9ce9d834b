"""Fuzz the loaders and the whole check pipeline with mutated team files, rubrics or configs.

    python benchmarks/fuzz.py --seconds 600 [--seed 1] [--target team|rubric|config|titles]

Seeds: for team files tests/fuzz/corpus/*.yaml and examples/*.yaml; for rubrics rubrics/*.yaml,
examples/rubrics/*.yaml and tests/fuzz/corpus/rubric/; for configs tests/fuzz/corpus/config/. Each iteration
mutates a seed (byte flips, deletions, insertions of YAML syntax, duplicated or swapped lines, values replaced
by other types, huge numbers, anchors and aliases, truncation, invalid UTF-8) and runs it in-process through
what `teamaudit check` runs: a team file through the pipeline, every renderer and `explain`; a rubric or
config by auditing a small sample team with it. Every output must keep the invariants of issue 15 point 3
(tests/fuzz_target.py's assert_inert: no control, escape or bidi character, no line a CI log reads as a workflow
command, JSON/SARIF strict and finite, JUnit well-formed XML, markdown without HTML, links or @mentions).
The titles target joins two to four fragments of real titles, skills and departments (the O*NET, probe and people
sets) into one person and classifies it: whatever the words, a layer and a finite confidence in [0, 1] must come
back (a settling title cancelled by its own negative once divided by zero).
A TeamAuditError is the right answer to bad input; anything else, a broken invariant included, is a crash,
saved to tests/fuzz/crashes/ with its traceback, and the run exits 1.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import yaml  # noqa: E402

from fuzz_target import run_config_once, run_once, run_rubric_once  # noqa: E402
from teamaudit.classify import classifier_for  # noqa: E402
from teamaudit.model import Person  # noqa: E402
from teamaudit.rubric import load_rubric  # noqa: E402

CLASSIFIER = classifier_for(load_rubric())

CORPUS = ROOT / "tests" / "fuzz" / "corpus"
CRASHES = ROOT / "tests" / "fuzz" / "crashes"
SEEDS = {
    "team": [(CORPUS, "*.yaml"), (ROOT / "examples", "*.yaml")],
    "rubric": [(ROOT / "rubrics", "*.yaml"), (ROOT / "examples" / "rubrics", "*.yaml"), (CORPUS / "rubric", "*.yaml")],
    "config": [(CORPUS / "config", "*.yaml")],
    "titles": [],
}
TOKENS = [
    ":",
    "-",
    " ",
    "\n",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a",
    "*a",
    "!!binary",
    "!!python/object",
    "'",
    '"',
    "#",
    "|",
    ">",
    "? ",
    "---",
    "...",
    "\t",
    "%YAML 1.1\n",
    "~",
    "null",
    "1e999",
    "-0",
    "0x1F",
    "010",
    "1:30",
    "0b11",
    "!!set",
    "!!omap",
    "!!timestamp",
    "!local",
    "\u2028",
    "\x85",
    "2026-13-45",
    "yes",
    "no",
    "off",
    "<<: *a",
    "\x00",
    "\ufeff",
    "é",
    "🙂",
    "\\u0000",
    # A key over the 1,024 characters YAML reads, and one key spelt two ways (yamlmessages.py, yamlnodes.py).
    "k" * 1100 + ": 1\n",
    "~: 1\nnull: 2\n",
    "{" + "k" * 1100 + ": 1}",
]
VALUES = [
    "[]",
    "{}",
    "null",
    "true",
    "1e309",
    "-1",
    "0",
    "2",
    "''",
    '"x"',
    "[a, [b, [c]]]",
    "{a: 1}",
    "2026-01-01",
    "&x [1]",
    "*x",
    "!!str 5",
    "!!int x",
    "!!float inf",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!pairs [a: 1]",
    "010",
    "1:30",
    '"x\u2028y"',
    "100000000000000000000000",
    # Values that try to steer the output (issue 15 point 3): every renderer must keep them inert.
    '"A\\n::error::forged"',
    '"\\e[31m\\e]8;;x\\a \\u202e \\x85 \\u2028"',
    '"<img src=x onerror=alert(1)> @octocat [l](https://e.example) ![i](x)"',
    '"| ` * _ # - 1. %0A"',
    "1.0e+308",
]


def mutate(text: str, rng: random.Random) -> str:
    data = text
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(9)
        pos = rng.randrange(len(data) + 1) if data else 0
        if choice == 0 and data:
            end = min(len(data), pos + rng.randint(1, 20))
            data = data[:pos] + data[end:]
        elif choice == 1:
            data = data[:pos] + rng.choice(TOKENS) + data[pos:]
        elif choice == 2 and data:
            lines = data.splitlines(keepends=True)
            i = rng.randrange(len(lines))
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
            data = "".join(lines)
        elif choice == 3 and data:
            lines = data.splitlines(keepends=True)
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            data = "".join(lines)
        elif choice == 4 and ": " in data:
            starts = [i for i in range(len(data)) if data.startswith(": ", i)]
            i = rng.choice(starts) + 2
            end = data.find("\n", i)
            data = data[:i] + rng.choice(VALUES) + (data[end:] if end >= 0 else "")
        elif choice == 5:
            data = data[: rng.randrange(len(data) + 1)]
        elif choice == 6 and data:
            chars = list(data)
            chars[rng.randrange(len(chars))] = chr(rng.randrange(1, 0x2FFF))
            data = "".join(chars)
        elif choice == 7:
            data = data.replace("  ", rng.choice([" ", "   ", "\t", "    "]), rng.randint(1, 3))
        else:
            data = data + "\n" + rng.choice(["people: []", "  - {name: X, title: Y}", "foo: bar", "people:", "- a"])
    return data


def _title_fragments() -> list[str]:
    data = ROOT / "benchmarks" / "data"
    fragments = []
    for name in ("onet-titles.tsv", "probe-titles.tsv"):
        rows = (line for line in (data / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
        fragments += [row["title"] for row in csv.DictReader(rows, delimiter="\t")]
    for title, skills, background, _ in yaml.safe_load((data / "people.yaml").read_text(encoding="utf-8"))["people"]:
        fragments += [title, *skills, *background]
    return fragments


def mixture(fragments: list[str], rng: random.Random) -> Person:
    """One person made of 2-4 fragments: a title of one or two, a skill, a background line, a department."""
    parts = [rng.choice(fragments) for _ in range(rng.randint(2, 4))]
    title = parts[0] + "".join(rng.choice([", ", " - ", " & ", " ", " / "]) + p for p in parts[1:2])
    return Person.parse(
        dict(name="x", title=title, skills=tuple(parts[2:3]), background=tuple(parts[3:]), team=rng.choice(parts))
    )


def check_classification(person: Person) -> None:
    result = CLASSIFIER.classify(person)
    if not (0.0 <= result.confidence <= 1.0) or not math.isfinite(result.confidence):
        raise AssertionError(f"confidence {result.confidence}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Fuzz teamaudit's loader and pipeline.")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--target", choices=sorted(SEEDS), default="team")
    args = parser.parse_args()
    files = [path for where, pattern in SEEDS[args.target] for path in sorted(where.glob(pattern))]
    seeds = [path.read_text(encoding="utf-8") for path in files]
    folder = Path(tempfile.mkdtemp(prefix="teamaudit-fuzz-"))
    if args.target == "titles":
        return _fuzz_titles(args.seconds, random.Random(args.seed))
    target = {
        "team": run_once,
        "rubric": lambda text: run_rubric_once(text, folder),
        "config": lambda text: run_config_once(text, folder),
    }[args.target]
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.seconds
    runs = accepted = crashes = 0
    while time.monotonic() < deadline:
        text = mutate(rng.choice(seeds), rng)
        runs += 1
        try:
            accepted += target(text)
        except Exception:
            crashes += 1
            CRASHES.mkdir(parents=True, exist_ok=True)
            name = CRASHES / f"crash-{args.target}-{args.seed}-{runs}.yaml"
            name.write_text(text, encoding="utf-8", errors="surrogatepass")
            name.with_suffix(".txt").write_text(traceback.format_exc())
            print(f"crash #{crashes}: {name}\n{traceback.format_exc().splitlines()[-1]}", flush=True)
    shutil.rmtree(folder)
    print(
        f"{args.target}: {runs} inputs in {args.seconds:.0f} s ({runs / args.seconds:.0f}/s): {accepted} audited, "
        f"{runs - accepted - crashes} refused with a clear error, {crashes} crashes"
    )
    return 1 if crashes else 0


def _fuzz_titles(seconds: float, rng: random.Random) -> int:
    fragments = _title_fragments()
    deadline = time.monotonic() + seconds
    runs = crashes = 0
    while time.monotonic() < deadline:
        runs += 1
        person = mixture(fragments, rng)
        try:
            check_classification(person)
        except Exception:
            crashes += 1
            print(f"crash #{crashes}: {person!r}\n{traceback.format_exc()}", flush=True)
    print(f"titles: {runs} people in {seconds:.0f} s ({runs / seconds:.0f}/s), {crashes} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
