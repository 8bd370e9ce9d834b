"""Git processes and wall time of `teamaudit diff git:main:team.yaml team.yaml` against the same diff of two
files, in paired, interleaved runs on a repository made here.

    python benchmarks/diff_git.py [--people 150] [--rounds 7]

The repository holds a team of `--people` people, a `.teamaudit.yaml` with a suppression and a rubric that extends
another (three gate files to look up in the base commit); the branch renames one person. Each round runs, in
fresh processes and in an order that alternates, the git-side diff with a `git` on PATH that logs each run, and the
baseline: the same two versions as files, which runs no git at all; and the git-side diff judged by the config and
rubrics committed at main (`--config-from main`, basegate.py). Prints the git processes of each git-side diff by
command, and the median wall time of each; asserts nothing.

Then the git processes of action.yml's "Fetch the base branch" step, which finds the commit `diff` compares with:
on the pull request's merge (refs/pull/N/merge, whose parent is the base branch's tip), and on the branch alone
(head.sha, refs/pull/N/head) in a full clone and in a `--depth=1` one, with main four commits on since the branch
started; and on the merge with `diff: false`, where the step fetches only the gate's commit.
"""

from __future__ import annotations

import argparse
import collections
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TITLES = ("Registered Nurse", "ML Engineer", "Research Scientist", "HL7 Interface Engineer", "Software Engineer")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _repository(folder: Path, people: int) -> None:
    team = "people:\n" + "".join(
        f"  - {{id: E{i}, name: Person {i}, title: {TITLES[i % len(TITLES)]}}}\n" for i in range(people)
    )
    (folder / "rubrics").mkdir()
    (folder / "team.yaml").write_text(team)
    (folder / "base.yaml").write_text(team)
    (folder / "rubrics" / "parent.yaml").write_text('extends: healthcare-ai\nname: parent\nversion: "1"\n')
    (folder / "rubrics" / "ours.yaml").write_text('extends: parent.yaml\nname: ours\nversion: "1"\n')
    (folder / ".teamaudit.yaml").write_text("rubric: rubrics/ours.yaml\nignore:\n  - rule: TA003\n    reason: x\n")
    _git(folder, "init", "-q", "-b", "main")
    _git(folder, "add", "-A")
    _git(folder, "-c", "user.name=b", "-c", "user.email=b@example.com", "commit", "-qm", "base")
    (folder / "team.yaml").write_text(team.replace("name: Person 3,", "name: Person Three,"))


def _timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=False, capture_output=True)
    return time.perf_counter() - start


def _action_step(tmp: Path, shim: Path, log: Path) -> None:
    """The git processes of the action's base step on each checkout a pull request workflow makes."""
    import yaml

    action = yaml.safe_load((Path(__file__).parent.parent / "action.yml").read_text(encoding="utf-8"))
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "base")
    origin, full = tmp / "origin", tmp / "full"
    origin.mkdir(parents=True)
    _repository(origin, 20)
    _git(origin, "commit", "-qam", "rename")
    _git(tmp, "clone", "-q", f"file://{origin}", str(full))
    author = ("-c", "user.name=b", "-c", "user.email=b@example.com")
    _git(full, "checkout", "-qb", "change")
    (full / "team.yaml").write_text((full / "team.yaml").read_text() + "  - {name: New, title: ML Engineer}\n")
    _git(full, *author, "commit", "-qam", "hire")
    _git(full, "push", "-q", "origin", "change")
    for n in range(4):
        (origin / f"note{n}").write_text(str(n))
        _git(origin, "add", "-A")
        _git(origin, *author, "commit", "-qm", f"note {n}")
    merge = tmp / "merge"
    _git(tmp, "clone", "-q", f"file://{origin}", str(merge))
    _git(merge, "checkout", "-q", "--detach", "origin/change")
    tree = ["commit-tree", "HEAD^{tree}", "-p", "origin/main", "-p", "HEAD", "-m", "merge"]
    made = subprocess.run(["git", *author, *tree], cwd=merge, check=True, capture_output=True, text=True)
    _git(merge, "checkout", "-q", "--detach", made.stdout.strip())
    shallow = tmp / "shallow"
    _git(tmp, "clone", "-q", "--depth=1", "-b", "change", f"file://{origin}", str(shallow))
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}", "BASE_REF": "main", "DIFF": "true"}
    env |= {"GITHUB_OUTPUT": str(tmp / "output"), "GITHUB_STEP_SUMMARY": str(tmp / "summary")}
    checkouts = [("merge", merge), ("branch alone, full clone", full), ("branch alone, depth 1", shallow)]
    for name, checkout, diff in [(n, c, "true") for n, c in checkouts] + [("merge, diff: false", merge, "false")]:
        log.unlink(missing_ok=True)
        bash = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]]
        subprocess.run(bash, cwd=checkout, env=env | {"DIFF": diff})
        logged = log.read_text().splitlines()
        print(f"git processes of the action's base step, {name}: {len(logged)} ({', '.join(sorted(set(logged)))})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder, log, shim = Path(tmp) / "repo", Path(tmp) / "git.log", Path(tmp) / "bin" / "git"
        folder.mkdir()
        shim.parent.mkdir()
        real = subprocess.run(["sh", "-c", "command -v git"], capture_output=True, text=True, check=True).stdout
        shim.write_text(f'#!/bin/sh\necho "$1 $2" >> {log}\nexec {real.strip()} "$@"\n')
        shim.chmod(0o755)
        _repository(folder, args.people)
        env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ['PATH']}"}
        teamaudit = [sys.executable, "-m", "teamaudit", "diff"]
        sides = {
            "git side": ["git:main:team.yaml", "team.yaml"],
            "git side, --config-from": ["git:main:team.yaml", "team.yaml", "--config-from", "main"],
            "two files (baseline)": ["base.yaml", "team.yaml"],
        }
        times: dict[str, list[float]] = collections.defaultdict(list)
        runs: dict[str, list[str]] = {}
        for round_ in range(args.rounds):
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            for name in order:
                log.unlink(missing_ok=True)
                times[name].append(_timed([*teamaudit, *sides[name]], folder, env))
                if name.startswith("git side"):
                    runs[name] = log.read_text().splitlines()
        print(f"{args.people} people, {args.rounds} rounds")
        for name, logged in runs.items():
            print(f"git processes of the {name} diff: {len(logged)}")
            for command, count in sorted(collections.Counter(logged).items()):
                print(f"  {count:3} git {command}")
        for name, values in times.items():
            print(f"{name:22} median {statistics.median(values):.3f} s, best {min(values):.3f} s")
        _action_step(Path(tmp) / "action", shim, log)


if __name__ == "__main__":
    main()
