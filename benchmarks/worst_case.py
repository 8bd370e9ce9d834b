"""The most CPU a team file can cost `check` per byte, against a normal roster's, by this tree and a base commit.

    python benchmarks/worst_case.py [--base s36-start] [--rounds 3] [--people 1000]

The base commit is checked out into a temporary git worktree; each round runs `teamaudit check FILE --format
json` in fresh processes, the base's and this tree's alternately, on:
- a roster benchmarks/roster.py generates, of 10,000 people: what a normal team file costs per byte;
- titles of the packaged rubric's own words: --people distinct 300-character titles drawn from
  `nurse clinical research phd`, and from the words of the rubric's Python-only title patterns, which pass the
  RE2 prefilter and reach Python's `re` (docs/security.md, Known limits);
- titles of `1 1 1 ... N` (lookarounds.py's hostile titles, which no relaxed pattern matches);
- background lines: --people / 2 distinct 2,000-character lines of `nurse clinical research phd`;
- skills of a's and b's: --people distinct 2,000-character skills lines, against a rubric extending the packaged
  one with skills signals `[ab]*a[ab]{N}cI` as wide together as each side's width limit allows (its
  MAX_FIELD_WIDTH): the widest a pull request's rubric can be, so each side has its own rubric and the reports
  are not compared.
- a runs: the same rubric on --people / 2 distinct 2,000-character skills lines of `a`s with a `b` after runs of
  random lengths up to 900: a text that keeps the most of `[ab]*a[ab]{N}c`'s places open at once (the 50/50 line
  above keeps about half of them), found by a reviewer at about twice the 50/50 line's cost;
- letter runs: --people / 2 distinct 2,000-character skills lines, each runs of one letter of random lengths,
  against a rubric extending the packaged one with skills signals `c{N}xI`, a letter `c` repeated, as wide as each
  side's count allows: added up (2,500 places in all), or counted together as one text opens them (2,500 places
  on each letter's runs); what counting a field's patterns together lets a pull request's rubric add.
- dense aliases: --people * 20 people (about 1 MB at the default) whose every key and value but the first person's
  is an alias (`- {*n: &v P1, *t: *u, *s: [*x, *y, *v, *u]}`), and the same file with each alias written out:
  what YAML's anchors and aliases cost beside the values they stand for.
Figures: the median CPU time (user + system) of each over the rounds; microseconds per byte of the team file, the
start-up (a 20-person roster's time) taken off, as it is nothing in a 50 MB file; and that against the 10,000
roster's per byte. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lookarounds import checked_out, cpu_of_check
from roster import write

ROOT = Path(__file__).resolve().parents[1]
RUBRIC = ROOT / "rubrics" / "healthcare-ai.yaml"
FOUR_WORDS = ["nurse", "clinical", "research", "phd"]
_WIDTH_LIMIT = re.compile(r"^MAX_FIELD_WIDTH = ([\d_]+)", re.MULTILINE)


def texts_of(words: list[str], people: int, path: Path, field: str = "title", length: int = 300, seed: int = 3) -> Path:
    """`people` distinct texts of `words` in `field` (a title, or a background line), each ending in its number."""
    rng = random.Random(seed)
    rows = []
    for i in range(people):
        text: list[str] = []
        while len(" ".join(text)) < length - 10:
            text.append(rng.choice(words))
        written = f'"{" ".join(text)[: length - 10]} {i}"'
        value = written if field == "title" else f"Engineer, {field}: [{written}]"
        rows.append(f"  - {{name: P{i}, title: {value}}}\n")
    path.write_text("organization: Hostile\npeople:\n" + "".join(rows), encoding="utf-8")
    return path


def lookaround_words() -> list[str]:
    """The words of the packaged rubric's lookaround patterns (those holding `(?`), three letters or more."""
    text = RUBRIC.read_text(encoding="utf-8")
    patterns = [line for line in text.splitlines() if "pattern:" in line and ("(?<" in line or "(?=" in line)]
    patterns += [line for line in text.splitlines() if "pattern:" in line and "(?!" in line]
    return sorted({w for line in patterns for w in re.findall(r"[a-z]{3,}", line.split("pattern:", 1)[1])})


def skills_file(lines: list[str], path: Path) -> Path:
    """A team file of one engineer for each skills line."""
    rows = "".join(f"  - {{name: P{i}, title: Engineer, skills: [{line}]}}\n" for i, line in enumerate(lines))
    path.write_text("organization: Hostile\npeople:\n" + rows, encoding="utf-8")
    return path


def ab_skills(people: int, path: Path, seed: int = 5) -> Path:
    rng = random.Random(seed)
    return skills_file(["".join(rng.choice("ab") for _ in range(1995)) for _ in range(people)], path)


def a_runs_skills(people: int, path: Path, seed: int = 7) -> Path:
    rng = random.Random(seed)
    lines = []
    for _ in range(people):
        line = ""
        while len(line) < 1995:
            line += "a" * rng.randint(1, 900) + "b"
        lines.append(line[:1995])
    return skills_file(lines, path)


def wide_rubric(src: Path, path: Path) -> Path:
    """A rubric extending the packaged one with skills signals as wide together as `src`'s limit allows."""
    limit = int(_WIDTH_LIMIT.search((src / "teamaudit" / "patterncost.py").read_text()).group(1).replace("_", ""))
    widths, left = [], limit
    while left > 3:
        each = min(left - 2, 900)  # `[ab]*a[ab]{N}c` is N + 2 places wide
        widths.append(each)
        left -= each + 2
    rows = "".join(
        f"      - {{id: w{i}, field: skills, weight: 1, label: w{i}, pattern: '[ab]*a[ab]{{{n}}}c{i}'}}\n"
        for i, n in enumerate(widths)
    )
    path.write_text(
        f"extends: healthcare-ai\nname: wide\nversion: '1'\nlayers:\n  ml_research:\n    signals:\n{rows}",
        encoding="utf-8",
    )
    return path


RUN_LETTERS = "abcdefghijklmnopqrstuvwyz"  # not x, which ends each pattern


def letter_runs(people: int, path: Path, seed: int = 6) -> Path:
    rng = random.Random(seed)
    lines = []
    for i in range(people):
        line = ""
        while len(line) < 1990:
            line += rng.choice(RUN_LETTERS) * rng.randint(1, 1200) + " "
        lines.append(f"{line[:1990]} {i}")
    return skills_file(lines, path)


def letters_rubric(src: Path, path: Path) -> Path:
    """Skills signals `c{N}xI` as wide as `src`'s count allows: its limit in all, or on each letter's runs when it
    counts a field's patterns together (patternwidth.OpenTogether)."""
    limit = int(_WIDTH_LIMIT.search((src / "teamaudit" / "patterncost.py").read_text()).group(1).replace("_", ""))
    together = "class OpenTogether" in (src / "teamaudit" / "patternwidth.py").read_text()
    signals: list[tuple[str, int]] = []
    left = limit
    for letter in RUN_LETTERS:
        if together:
            left = limit
        while left > 3:
            each = min(left - 1, 900)  # `c{N}x` is N places wide on a run of c
            signals.append((letter, each))
            left -= each
        if not together and left <= 3:
            break
    rows = "".join(
        f"      - {{id: r{i}, field: skills, weight: 1, label: r{i}, pattern: '{c}{{{n}}}x{i}'}}\n"
        for i, (c, n) in enumerate(signals)
    )
    path.write_text(
        f"extends: healthcare-ai\nname: runs\nversion: '1'\nlayers:\n  ml_research:\n    signals:\n{rows}",
        encoding="utf-8",
    )
    return path


def dense_aliases(people: int, path: Path, written_out: bool = False) -> Path:
    """`people` people whose keys and values are aliases of the first one's, or (`written_out`) the values."""
    first = "  - {&n name: &v Ann, &t title: &u Nurse, &s skills: [&x a, &y b]}\n"
    row = "  - {{*n: &v P{i}, *t: *u, *s: [*x, *y, *v, *u]}}\n"
    if written_out:
        first = "  - {name: Ann, title: Nurse, skills: [a, b]}\n"
        row = "  - {{name: P{i}, title: Nurse, skills: [a, b, P{i}, Nurse]}}\n"
    path.write_text("people:\n" + first + "".join(row.format(i=i) for i in range(people)), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="s36-start")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--people", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with checked_out(args.base, folder) as tree:
            sides = {"base": tree / "src", "this tree": ROOT / "src"}
            n = args.people
            files: dict[str, tuple[Path, dict[str, Path | None]]] = {
                "roster of 20 (start-up)": (write(20, folder / "small.yaml"), dict.fromkeys(sides)),
                "roster of 10,000": (write(10_000, folder / "roster.yaml"), dict.fromkeys(sides)),
                f"{n:,} titles of 4 words": (
                    texts_of(FOUR_WORDS, n, folder / "four.yaml"),
                    dict.fromkeys(sides),
                ),
                f"{n:,} titles, lookaround words": (
                    texts_of(lookaround_words(), n, folder / "words.yaml"),
                    dict.fromkeys(sides),
                ),
                f"{n:,} titles of 1 1 1 ...": (texts_of(["1"], n, folder / "ones.yaml"), dict.fromkeys(sides)),
                f"{n // 2:,} background, 4 words": (
                    texts_of(FOUR_WORDS, n // 2, folder / "background.yaml", "background", 2000, seed=4),
                    dict.fromkeys(sides),
                ),
                f"{n // 2:,} a/b skills, widest": (
                    ab_skills(n // 2, folder / "ab.yaml"),
                    {side: wide_rubric(src, folder / f"wide-{side}.yaml") for side, src in sides.items()},
                ),
                f"{n // 2:,} a runs, widest": (
                    a_runs_skills(n // 2, folder / "aruns.yaml"),
                    {side: wide_rubric(src, folder / f"wide-{side}.yaml") for side, src in sides.items()},
                ),
                f"{n // 2:,} letter runs, widest": (
                    letter_runs(n // 2, folder / "runs.yaml"),
                    {side: letters_rubric(src, folder / f"runs-{side}.yaml") for side, src in sides.items()},
                ),
                f"{n * 20:,} people, dense aliases": (
                    dense_aliases(n * 20, folder / "aliases.yaml"),
                    dict.fromkeys(sides),
                ),
                f"{n * 20:,} people, written out": (
                    dense_aliases(n * 20, folder / "written-out.yaml", written_out=True),
                    dict.fromkeys(sides),
                ),
            }
            print(f"base {args.base}; median CPU seconds of {args.rounds} rounds; us/B: microseconds per byte\n")
            print(
                f"{'file':<30} {'MB':>5} {'base s':>7} {'us/B':>5} {'x':>5} {'tree s':>7} {'us/B':>5} {'x':>5}  reports"
            )
            startup: dict[str, float] = {}
            per_byte_of_roster: dict[str, float] = {}
            for name, (team, rubrics) in files.items():
                times: dict[str, list[float]] = {side: [] for side in sides}
                for round_ in range(args.rounds):
                    order = list(sides.items()) if round_ % 2 == 0 else list(reversed(sides.items()))
                    for side, src in order:
                        rubric = rubrics[side]
                        options = ("--rubric", str(rubric)) if rubric else ()
                        times[side].append(cpu_of_check(src, team, folder / f"{side}.json", *options))
                size = team.stat().st_size
                cells = []
                for side in sides:
                    seconds = statistics.median(times[side])
                    if side not in startup:
                        startup[side] = seconds
                        cells.append(f"{seconds:>7.2f} {'':>5} {'':>5}")
                        continue
                    per_byte = (seconds - startup[side]) / size * 1e6
                    per_byte_of_roster.setdefault(side, per_byte)
                    cells.append(f"{seconds:>7.2f} {per_byte:>5.1f} {per_byte / per_byte_of_roster[side]:>5.1f}")
                if rubrics["base"] != rubrics["this tree"]:
                    same = "(own rubrics)"
                else:
                    same = (
                        "identical"
                        if (folder / "base.json").read_bytes() == (folder / "this tree.json").read_bytes()
                        else "DIFFER"
                    )
                print(f"{name:<30} {size / 1e6:>5.2f} {' '.join(cells)}  {same}")


if __name__ == "__main__":
    main()
