"""End-to-end speed and memory of `teamaudit check --format json`, against floors measured in the same run.

    python benchmarks/check.py [--sizes 100,10000,100000] [--repeat 3] [--commands]

Floors:
- parse floor: the time (and peak memory) PyYAML's C loader needs just to load the same file;
- start-up floor: `python -c "import yaml, pydantic"`, against a 20-person check;
- CLI floor: a typer app with one empty command that imports yaml and pydantic_core, what teamaudit's check
  imports before any code of its own. Its ratio to the start-up floor is the least any typer CLI on this
  stack can reach here.
Each figure is the best of --repeat runs in fresh processes. Prints ratios; asserts nothing.
--commands also runs every other format (with --details) and the explain, diff and report commands on the
largest roster, against the same parse floor.
Targets (issue 7): 100,000 people within 2x the parse floor, peak memory under 10x the file size, and a
20-person check within 1.5x the start-up floor.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from roster import write, write_hris_export

# Peak RSS from /proc (VmHWM), not getrusage: Linux carries ru_maxrss across exec, so a child started by this
# script (which holds the generated roster) would report this script's size instead of its own.
MAXRSS = (
    "import sys; sys.stderr.write('\\nMAXRSS ' + next(line.split()[1] for line in open('/proc/self/status') "
    "if line.startswith('VmHWM')) + '\\n')"
)
FLOOR = "import yaml, sys; yaml.load(open(sys.argv[1], encoding='utf-8'), Loader=yaml.CSafeLoader); " + MAXRSS
CHECK = (
    "import sys; sys.argv = ['teamaudit', 'check', sys.argv[1], '--format', 'json', '--output', sys.argv[2]]\n"
    "from teamaudit.cli import main\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n" + MAXRSS
)
# Any teamaudit command; sys.argv[1] is the command line, split on spaces, its output goes to a file.
COMMAND = (
    "import contextlib, sys; stdout = sys.argv[2]; sys.argv = ['teamaudit', *sys.argv[1].split()]\n"
    "from teamaudit.cli import main\n"
    "with open(stdout, 'w') as out, contextlib.redirect_stdout(out):\n"
    "    try:\n        main()\n    except SystemExit:\n        pass\n" + MAXRSS
)
COMMANDS = [
    "check {team} --format text --details",
    "check {team} --format markdown --details",
    "check {team} --format sarif",
    "check {team} --format junit",
    "check {team} --format github",
    "report {team} --output {out}",
    "explain {team}",
    "diff {team} {changed}",
    "import {export} --output {out}",
]

CLI_FLOOR = (
    "import sys; sys.argv = ['cli', 'check', sys.argv[1]]\n"
    "import yaml, pydantic_core, typer\n"
    "app = typer.Typer(add_completion=False)\n"
    "@app.command()\ndef check(path: str, format: str = 'json') -> None:\n    pass\n"
    "@app.command()\ndef other() -> None:\n    pass\n"
    "try:\n    app()\nexcept SystemExit:\n    pass\n" + MAXRSS
)


def run(code: str, *args: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one fresh Python process."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    rss = [line for line in proc.stderr.splitlines() if line.startswith("MAXRSS ")]
    if not rss:
        raise SystemExit(f"benchmark run failed:\n{proc.stderr}")
    return elapsed, int(rss[-1].split()[1])


def best(code: str, args: tuple[str, ...], repeat: int) -> tuple[float, int]:
    runs = [run(code, *args) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def _compile_bytecode() -> None:
    """Measure what a pip install runs: pip writes the package's .pyc files at install time, but a source
    checkout under PYTHONDONTWRITEBYTECODE (as in some CI images) would compile every module on every run,
    about 20 ms of start-up. compileall writes them whatever that variable says."""
    import compileall

    import teamaudit

    compileall.compile_dir(Path(teamaudit.__file__).parent, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark teamaudit check against the YAML parse floor.")
    parser.add_argument("--sizes", default="100,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--commands", action="store_true", help="also time every format and command")
    args = parser.parse_args()
    _compile_bytecode()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"machine: {platform.machine()}, {platform.system()} {platform.release()}, Python {platform.python_version()}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        out = str(folder / "out.json")
        small = write(20, folder / "team-20.yaml")
        import_s, _ = best("import yaml, pydantic; " + MAXRSS, (), max(5, args.repeat))
        small_s, small_kb = best(CHECK, (str(small), out), max(5, args.repeat))
        cli_s, _ = best(CLI_FLOOR, (str(small),), max(5, args.repeat))
        print(
            f"\n{'people':>8} {'file MB':>8} {'floor s':>8} {'check s':>8} {'ratio':>6} {'us/person':>9} "
            f"{'floor MB':>9} {'check MB':>9} {'mem/file':>8} {'growth/file':>11}"
        )
        for size in sizes:
            path = write(size, folder / f"team-{size}.yaml")
            mb = path.stat().st_size / 1e6
            floor_s, floor_kb = best(FLOOR, (str(path),), args.repeat)
            check_s, check_kb = best(CHECK, (str(path), out), args.repeat)
            print(
                f"{size:>8,} {mb:>8.2f} {floor_s:>8.2f} {check_s:>8.2f} {check_s / floor_s:>6.2f} "
                f"{(check_s - floor_s) / size * 1e6:>9.1f} {floor_kb / 1024:>9.0f} {check_kb / 1024:>9.0f} "
                f"{check_kb / 1024 / mb:>8.1f} {(check_kb - small_kb) / 1024 / mb:>11.1f}"
            )
        if args.commands:
            _commands(path, folder, floor_s, mb, args.repeat)
        print(f"\nstart-up: a 20-person check peaks at {small_kb / 1024:.0f} MB (growth/file is the peak above it)")
        print(
            f"start-up: 20-person check {small_s:.3f} s vs `import yaml, pydantic` {import_s:.3f} s: "
            f"ratio {small_s / import_s:.2f} (target 1.5)"
        )
        print(
            f"start-up: an empty typer command importing yaml and pydantic_core {cli_s:.3f} s: "
            f"ratio {cli_s / import_s:.2f}; teamaudit's own start-up {small_s - cli_s:.3f} s"
        )


def _commands(team: Path, folder: Path, floor_s: float, mb: float, repeat: int) -> None:
    changed = folder / "changed.yaml"
    changed.write_text(team.read_text(encoding="utf-8").replace("Compliance Engineer", "ML Engineer"), "utf-8")
    export = _hris_export(team, folder / "export.csv")
    print(f"\n{'command (largest roster)':<44} {'s':>7} {'/ floor':>7} {'peak MB':>8} {'/ file':>7}")
    for template in COMMANDS:
        out = folder / ("imported.yaml" if template.startswith("import") else "report.html")
        line = template.format(team=team, changed=changed, export=export, out=out)
        stdout = folder / "stdout.txt"
        seconds, kb = best(COMMAND, (line, str(stdout)), repeat)
        written = out if "{out}" in template else stdout
        if written.stat().st_size == 0:
            raise SystemExit(f"{line} wrote nothing")
        shown = template.format(team="TEAM", changed="CHANGED", export="EXPORT.csv", out="OUT")
        print(f"{shown:<44} {seconds:>7.2f} {seconds / floor_s:>7.2f} {kb / 1024:>8.0f} {kb / 1024 / mb:>7.1f}")


def _hris_export(team: Path, path: Path) -> Path:
    """The roster of the file `team` (named for its size) as an HRIS export would give it."""
    return write_hris_export(int(team.stem.rsplit("-", 1)[-1]), path)


if __name__ == "__main__":
    main()
