"""`teamaudit import` into a new file against a merge of the same export into the file it wrote (nothing to change),
in paired runs: each pair runs every command in fresh processes, one after the other, the order alternating, and
reports the CPU time (user + system) of each, so a busy machine slows all of a pair alike.

    python benchmarks/import_merge.py --people 5000 --pairs 9 [--base REF]

The export is `roster.py`'s seeded roster written as an HRIS CSV (as `check.py --commands` writes it). With `--base`,
the source tree of that commit (`git archive`) runs the same two commands in the same pairs, for a before -> after.
The figures that matter are the medians of the per-pair ratios.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from roster import write_hris_export

HERE = Path(__file__).resolve().parent
IMPORT = "import sys; sys.argv = ['teamaudit', *sys.argv[1:]]\nfrom teamaudit.cli import main\nmain()\n"


def cpu_seconds(src: Path, *args: str | Path) -> float:
    """The user + system CPU time of one `teamaudit` process of the tree `src`, run with `args`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", IMPORT, *map(str, args)], capture_output=True, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"import failed:\n{done.stderr}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def base_tree(ref: str, folder: Path) -> Path:
    """The `src` directory of commit `ref`, unpacked into `folder`."""
    archive = folder / "base.tar"
    subprocess.run(["git", "-C", str(HERE.parent), "archive", "-o", str(archive), ref, "src"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder / "base", filter="data")
    return folder / "base" / "src"


class Runs:
    """One tree's import into a new file and merge into the file it wrote, run in pairs."""

    def __init__(self, name: str, src: Path, export: Path, folder: Path) -> None:
        self.name, self.src, self.export = name, src, export
        self.new_file, self.team = folder / f"{name}-new.yaml", folder / f"{name}-team.yaml"
        cpu_seconds(src, "import", export, "-o", self.team)  # the file merged into, and a warm-up
        self.written = self.team.read_bytes()
        self.times: dict[str, list[float]] = {"new": [], "merge": []}

    def run(self, command: str) -> None:
        if command == "new":
            self.new_file.unlink(missing_ok=True)
            self.times["new"].append(cpu_seconds(self.src, "import", self.export, "-o", self.new_file))
            return
        self.times["merge"].append(cpu_seconds(self.src, "import", self.export, "-o", self.team))
        if self.team.read_bytes() != self.written:
            raise SystemExit("the merge changed the file: it is meant to have nothing to change")


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--pairs", type=int, default=9)
    parser.add_argument("--base", help="a commit to measure against in the same pairs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = write_hris_export(args.people, folder / "export.csv")
        trees = [Runs("this", HERE.parent / "src", export, folder)]
        if args.base:
            trees.append(Runs("base", base_tree(args.base, folder), export, folder))
        steps = [(tree, command) for tree in trees for command in ("new", "merge")]
        for pair in range(args.pairs):
            for tree, command in steps if pair % 2 == 0 else steps[::-1]:
                tree.run(command)
    print(f"{args.people:,} rows, {args.pairs} pairs, CPU seconds: median (min-max)")
    for tree in trees:
        new, merge = tree.times["new"], tree.times["merge"]
        ratios = [m / n for m, n in zip(merge, new, strict=True)]
        print(f"  {tree.name}: new file {_median(new)}; merge {_median(merge)}; merge / new {_median(ratios)}")
    if args.base:
        this, base = trees
        for command in ("new", "merge"):
            ratios = [t / b for t, b in zip(this.times[command], base.times[command], strict=True)]
            print(f"  {command}: this / base {_median(ratios)}")


if __name__ == "__main__":
    main()
