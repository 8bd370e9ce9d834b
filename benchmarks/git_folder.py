"""What refusing files in a Git folder costs (gitfolder.py), by this tree and a base commit in the same run.

    python benchmarks/git_folder.py [--base 3b27aea9] [--rounds 5]

3b27aea9 (main before ci7) knew a Git folder by its name alone (`.git`); since ci7 a folder is one by what it holds
too, whatever its name, which looks at every folder of the path, its links followed, from the file up to `/`. The
base commit's `src/` and `rubrics/` are exported with `git archive` into a temporary folder. Two figures for each
side, the first the median of the rounds, every round a fresh process per side in turn:

- microseconds of one refusal test of a team file in a checkout (`/tmp/.../repo/hr/team.yaml`), and of one under
  a 2,000-folder path (`a/a/...`, about 4,000 bytes, near the longest name Linux opens);
- how many tests one `check --format json -o report.json` makes, with a `.teamaudit.yaml` naming a rubric that
  `extends:` the packaged one, on a roster of 100 and of 10,000 people (`roster.py`): the cost is paid once a file
  read or written, per folder of its path, never per person (a count: one run of each).

Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_PER_TEST = """
import sys, time
from pathlib import Path
from teamaudit.gitfolder import refuse_git_folder_read
path, n = Path(sys.argv[1]), int(sys.argv[2])
start = time.perf_counter()
for _ in range(n):
    refuse_git_folder_read(path)
print((time.perf_counter() - start) / n * 1e6)
"""
_PER_CHECK = """
import sys
import teamaudit.gitfolder as gitfolder
from teamaudit.cli import main
tests = 0
refuse = gitfolder._refuse
def counted(*args):
    global tests
    tests += 1
    return refuse(*args)
gitfolder._refuse = counted
sys.argv = ["teamaudit", "check", sys.argv[1], "--format", "json", "-o", "report.json"]
try:
    main()
except SystemExit:
    pass
print(tests, file=sys.__stdout__)
"""


def exported(base: str, folder: Path) -> Path:
    """The commit `base`'s `src/` in `folder`, with the packaged rubrics beside it, where a source tree finds them."""
    command = ["git", "-C", str(ROOT), "archive", base, "src", "rubrics"]
    archive = subprocess.run(command, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def _run(src: Path, code: str, *args: str, cwd: Path) -> list[str]:
    env = {"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd, env=env)
    return done.stdout.split()


def _repository(folder: Path, people: int) -> Path:
    """A checkout holding a roster of `people`, a config and a rubric extending the packaged one."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from roster import write

    (folder / ".git").mkdir(parents=True)
    (folder / "hr").mkdir()
    write(people, folder / "hr" / "team.yaml")
    (folder / "ours.yaml").write_text('extends: healthcare-ai\nname: ours\nversion: "1"\n')
    (folder / ".teamaudit.yaml").write_text("rubric: ours.yaml\n")
    return folder / "hr" / "team.yaml"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="3b27aea9")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sides = {"base": exported(args.base, Path(tmp) / "base"), "this tree": ROOT / "src"}
        small, large = _repository(Path(tmp) / "small", 100), _repository(Path(tmp) / "large", 10_000)
        deep = os.path.join(tmp, "deep")
        os.mkdir(deep)
        try:
            for _ in range(2_000):  # os.makedirs recurses once a folder, past Python's limit
                deep = os.path.join(deep, "a")
                os.mkdir(deep)
            deep_team = Path(deep, "team.yaml")
            deep_team.write_bytes(small.read_bytes())
            figures: dict[tuple[str, str], list[float]] = {}
            for _ in range(args.rounds):
                for side, src in sides.items():
                    for name, team, calls in (("team file, µs", small, "1000"), ("2,000 folders, µs", deep_team, "10")):
                        (micros,) = _run(src, _PER_TEST, str(team), calls, cwd=ROOT)
                        figures.setdefault((name, side), []).append(float(micros))
            for side, src in sides.items():  # a count: one run each
                for name, roster in (("100 people", small), ("10,000 people", large)):
                    (tests,) = _run(src, _PER_CHECK, "hr/team.yaml", cwd=roster.parent.parent)
                    figures[f"tests a check makes, {name}", side] = [float(tests)]
        finally:
            subprocess.run(["rm", "-rf", os.path.join(tmp, "deep")], check=True)  # shutil.rmtree recurses too
        print(f"base {args.base}; medians of {args.rounds} rounds\n")
        print(f"{'':<40} {'base':>10} {'this tree':>10}")
        for name in dict.fromkeys(name for name, _ in figures):
            base, this = (statistics.median(figures[name, side]) for side in sides)
            print(f"{name:<40} {base:>10.4g} {this:>10.4g}")


if __name__ == "__main__":
    main()
