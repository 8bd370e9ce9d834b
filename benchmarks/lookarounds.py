"""What the packaged rubric's Python-only (lookaround) patterns cost, against the code of a base commit.

    python benchmarks/lookarounds.py [--base s35-start] [--rounds 5] [--hostile 2000] [--sizes 20,10000,100000]

The base commit is checked out into a temporary git worktree; each round runs `teamaudit check FILE --format
json` in fresh processes, the base's and this tree's alternately, on:
- hostile titles: --hostile people, each with a distinct 300-character title `1 1 1 ... 1 N` (Python's re took
  about 6 ms a title on them, where RE2 takes microseconds);
- rosters benchmarks/roster.py generates, of each of --sizes people: 20 is start-up, the others throughput.
Figures: the median CPU time (user + system) of each over the rounds, and their ratio; the reports of both
sides are compared byte for byte. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roster import write

ROOT = Path(__file__).resolve().parents[1]


def hostile_team(people: int, path: Path) -> Path:
    title = " ".join("1" * 148)  # 295 characters
    rows = "".join(f'  - {{name: P{i}, title: "{title} {i}"}}\n' for i in range(people))
    path.write_text(f"organization: Hostile\npeople:\n{rows}", encoding="utf-8")
    return path


def cpu_of_check(src: Path, team: Path, out: Path, *options: str) -> float:
    """CPU seconds of one `teamaudit check` by the code in `src`, in a fresh process; a refused input ends the run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [sys.executable, "-m", "teamaudit", "check", str(team), "--format", "json", "--output", str(out), *options],
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    if result.returncode == 2:
        raise SystemExit(f"{src}: {result.stderr.decode()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@contextmanager
def checked_out(base: str, folder: Path) -> Iterator[Path]:
    """The commit `base` in a temporary git worktree under `folder`, removed afterwards."""
    tree = folder / "base"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), base], check=True)
    try:
        yield tree
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="s35-start")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--hostile", type=int, default=2000)
    parser.add_argument("--sizes", default="20,10000,100000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with checked_out(args.base, folder) as tree:
            files = {f"{args.hostile:,} hostile titles": hostile_team(args.hostile, folder / "hostile.yaml")}
            for size in (int(s) for s in args.sizes.split(",")):
                files[f"roster of {size:,}"] = write(size, folder / f"team-{size}.yaml")
            sides = {"base": tree / "src", "this tree": ROOT / "src"}
            print(f"base {args.base}; median CPU seconds of {args.rounds} rounds\n")
            print(f"{'file':<26} {'base':>8} {'this tree':>10} {'ratio':>6}  reports")
            for name, team in files.items():
                times: dict[str, list[float]] = {side: [] for side in sides}
                for round_ in range(args.rounds):
                    order = list(sides.items()) if round_ % 2 == 0 else list(reversed(sides.items()))
                    for side, src in order:
                        times[side].append(cpu_of_check(src, team, folder / f"{side}.json"))
                same = (folder / "base.json").read_bytes() == (folder / "this tree.json").read_bytes()
                base, new = (statistics.median(times[side]) for side in sides)
                print(f"{name:<26} {base:>8.3f} {new:>10.3f} {new / base:>6.2f}  {'identical' if same else 'DIFFER'}")


if __name__ == "__main__":
    main()
