"""Start-up of `teamaudit check` against yamllint on the same small file, in paired, interleaved runs.

    pip install -e ".[benchmark]"      # yamllint
    python benchmarks/startup.py [--rounds 30] [--people 20] [--top 15]

Each round runs, in fresh processes and in an order that rotates from round to round: `yamllint FILE`,
`teamaudit check FILE --format json`, `teamaudit --version`, the CLI floor (a one-command typer app that
imports the libraries the check needs and does nothing) and `python -c pass` (the interpreter's own start).
Pairing the runs within a round keeps a busy machine's noise out of the ratio; the figures are the best and
the median over the rounds, and the median of the per-round ratios, in wall and in CPU time. Both tools run
as `python -m`, from the same interpreter, with their bytecode written first (as pip does at install time).

Then an import-time profile of the check (`python -X importtime`): the modules with the largest cumulative
import time, and the import time per top-level package. Prints figures; asserts nothing.
Target (issue 13.7): the 20-person check within 1.10x yamllint.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roster import write

Command = list[str]


# The least a typer CLI on teamaudit's libraries can take: a one-command typer app that imports what the
# check needs before any code of its own (the YAML reader, pydantic_core's validators, RE2) and does nothing.
CLI_FLOOR = """
import sys
import typer, yaml, pydantic_core, re2
app = typer.Typer(add_completion=False)
@app.callback()
def root() -> None:
    pass
@app.command()
def check(path: str, format: str = "json") -> None:
    pass
app(["check", sys.argv[1], "--format", "json"])
"""


def _commands(team: Path) -> dict[str, Command]:
    python = [sys.executable]
    return {
        "yamllint": [*python, "-m", "yamllint", str(team)],
        "check": [*python, "-m", "teamaudit", "check", str(team), "--format", "json"],
        "--version": [*python, "-m", "teamaudit", "--version"],
        "CLI floor": [*python, "-c", CLI_FLOOR, str(team)],
        "python": [*python, "-c", "pass"],
    }


def _compile_bytecode() -> None:
    """Write .pyc files for teamaudit and yamllint whatever PYTHONDONTWRITEBYTECODE says: an installed
    package has them, a checkout run under that variable would compile every module on every run."""
    for name in ("teamaudit", "yamllint"):
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            raise SystemExit(f"{name} is not installed: pip install -e '.[benchmark]'")
        compileall.compile_dir(Path(spec.origin).parent, quiet=1)


def _time(command: Command) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run. On a shared machine the CPU time is the
    steadier figure: waiting for a core counts in the wall time only."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def paired_runs(commands: dict[str, Command], rounds: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds per command and round; within a round every command runs once, the order rotating."""
    names = list(commands)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for name in names:  # warm the file cache and the .pyc files; not counted
        _time(commands[name])
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            times[name].append(_time(commands[name]))
    return times


def _import_profile(command: Command) -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, depth) per import, from `python -X importtime`."""
    proc = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "| cumulative |" in line:
            continue
        self_us, cumulative_us, name = line[len("import time:") :].split("|")
        depth = (len(name) - len(name.lstrip(" "))) // 2
        rows.append((name.strip(), int(self_us), int(cumulative_us), depth))
    return rows


def _print_times(times: dict[str, list[tuple[float, float]]]) -> None:
    for label, which in (("wall", 0), ("CPU", 1)):
        base = [run[which] for run in times["yamllint"]]
        print(f"\n{label + ' time':<12} {'best s':>8} {'median s':>9} {'best / yamllint':>16} {'median of ratios':>17}")
        for name, pairs in times.items():
            runs = [run[which] for run in pairs]
            ratios = [run / floor for run, floor in zip(runs, base, strict=True)]
            print(
                f"{name:<12} {min(runs):>8.3f} {statistics.median(runs):>9.3f} {min(runs) / min(base):>16.2f} "
                f"{statistics.median(ratios):>17.2f}"
            )


def _print_profile(rows: list[tuple[str, int, int, int]], top: int) -> None:
    total = sum(self_us for _, self_us, _, _ in rows)
    print(f"\nimport-time profile of the check: {total / 1000:.1f} ms of imports in all")
    print(f"{'cumulative ms':>13} {'self ms':>8}  module (top {top} by cumulative time)")
    for name, self_us, cumulative_us, depth in sorted(rows, key=lambda r: -r[2])[:top]:
        print(f"{cumulative_us / 1000:>13.1f} {self_us / 1000:>8.1f}  {'  ' * depth}{name}")
    per_package: dict[str, int] = defaultdict(int)
    for name, self_us, _, _ in rows:
        per_package[name.split(".")[0]] += self_us
    print(f"\n{'self ms':>8}  top-level package (import time of its own modules)")
    for package, self_us in sorted(per_package.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{self_us / 1000:>8.1f}  {package}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Start-up of teamaudit check against yamllint, paired runs.")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--top", type=int, default=15, help="rows of the import-time profile")
    args = parser.parse_args()
    _compile_bytecode()
    system = f"{platform.machine()}, {platform.system()} {platform.release()}"
    print(f"machine: {system}, {os.cpu_count()} cores, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        team = write(args.people, Path(tmp) / f"team-{args.people}.yaml")
        commands = _commands(team)
        print(f"{args.rounds} rounds, {args.people} people ({team.stat().st_size:,} bytes)")
        _print_times(paired_runs(commands, args.rounds))
        _print_profile(_import_profile(commands["check"]), args.top)


if __name__ == "__main__":
    main()
