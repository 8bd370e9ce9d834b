"""Running teamaudit as a user does.

`run_cli` calls the console script's entry point, `teamaudit.cli.main`, in this process: argv, working
directory, environment and standard streams are the command's for the call and restored afterwards, so one
run leaves nothing behind for the next (module caches, such as the compiled rubric patterns, stay, as they
do between a user's runs of one installed teamaudit). `run_process` starts `python -m teamaudit` instead; use
it where the process itself is the point: streams the interpreter sets up, exit codes, signals, encodings,
terminal detection. Those tests carry the `process` marker (`pytest -m process` runs just them).
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import traceback
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# GitHub sets it for this suite's own CI job; annotations would then name every file in a temporary folder by its
# absolute path. A test that is about the workspace sets it itself.
os.environ.pop("GITHUB_WORKSPACE", None)

# Read by the interpreter when it starts (stream encodings, locale), so only a new process honours them.
STARTUP_ENV_PREFIXES = ("PYTHON", "LANG", "LC_")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Bytecode for the teamaudit under test, as pip writes it at install time: where PYTHONDONTWRITEBYTECODE is
    set (this project's development machines, some CI images), each of the ~240 processes the suite starts compiled
    every teamaudit module from source, 0.15 s of a `check`'s 0.62 s CPU (paired runs). benchmarks/startup.py
    does the same before it measures. compileall writes whatever that variable says, and only stale files."""
    import compileall

    import teamaudit

    compileall.compile_dir(Path(teamaudit.__file__).parent, quiet=1)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


def plain_env(env: Mapping[str, str] | None) -> dict[str, str]:
    """The environment of a run: this one, plain output at 100 columns, then the test's own variables."""
    full = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    full.pop("FORCE_COLOR", None)
    full.update(env or {})
    return full


def run_cli(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """Run teamaudit as a user does, plain output; in this process unless `env` sets a variable only a new
    interpreter reads (PYTHONIOENCODING, LANG, LC_*), which makes it `run_process`."""
    if env and any(key.startswith(STARTUP_ENV_PREFIXES) for key in env):
        return run_process(*args, cwd=cwd, env=env)
    with _command_world(plain_env(env), cwd or ROOT, ["teamaudit", *map(str, args)]) as (stdout, stderr):
        code = _run_main(stderr)
    return Result(code, _decoded(stdout), _decoded(stderr))


def run_cli_traced(*args: str | Path) -> Result:
    """run_cli with tracemalloc on, for tests that read the peak of a step they wrap (tracemalloc.reset_peak, then
    tracemalloc.get_traced_memory)."""
    import tracemalloc

    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    try:
        return run_cli(*args)
    finally:
        if not tracing:
            tracemalloc.stop()


def run_process(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """Run `python -m teamaudit` as a separate process, plain output."""
    proc = subprocess.run(
        [sys.executable, "-m", "teamaudit", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=plain_env(env),
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def _run_main(stderr: io.TextIOWrapper) -> int:
    """`teamaudit.cli.main()` and the exit code the interpreter would give its process."""
    from teamaudit.cli import main

    try:
        main()
    except SystemExit as stop:
        return _exit_status(stop.code, stderr)
    except Exception:  # an uncaught exception: the interpreter prints the traceback and exits 1
        traceback.print_exc(file=stderr)
        return 1
    return 0


def _exit_status(code: object, stderr: io.TextIOWrapper) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=stderr)
    return 1


def _stream(errors: str) -> io.TextIOWrapper:
    """A standard stream like the one a process writing to a pipe gets: UTF-8 bytes, not a terminal."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors=errors, newline="\n")


def _decoded(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")


@contextmanager
def _command_world(env: dict[str, str], cwd: Path, argv: list[str]) -> Iterator[tuple[io.TextIOWrapper, ...]]:
    """Give the command its environment, directory, argv and streams; put this process's back afterwards,
    whatever the command changed (it installs signal handlers, for one)."""
    saved_env = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_argv, saved_streams = sys.argv, (sys.stdin, sys.stdout, sys.stderr)
    saved_main = sys.modules["__main__"]
    saved_handlers = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE)}
    saved_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    stdout, stderr = _stream("strict"), _stream("backslashreplace")
    try:
        _replace_environ(env)
        os.chdir(cwd)
        sys.argv = argv
        # As the installed `teamaudit` script runs it: under `python -m pytest`, click read pytest's package off
        # __main__ and named the program "python -m pytest.teamaudit" in usage lines.
        sys.modules["__main__"] = types.ModuleType("__main__")
        sys.stdin, sys.stdout, sys.stderr = _stream("strict"), stdout, stderr
        yield stdout, stderr
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        sys.argv = saved_argv
        sys.modules["__main__"] = saved_main
        os.chdir(saved_cwd)
        _replace_environ(saved_env)
        for signum, handler in saved_handlers.items():
            signal.signal(signum, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, saved_mask)


def _replace_environ(wanted: Mapping[str, str]) -> None:
    """Make os.environ equal `wanted`, in place: code holding a reference to os.environ sees the change."""
    for key in set(os.environ) - set(wanted):
        del os.environ[key]
    for key, value in wanted.items():
        if os.environ.get(key) != value:
            os.environ[key] = value


@pytest.fixture
def cli() -> Callable[..., Result]:
    return run_cli


@pytest.fixture
def team(tmp_path: Path) -> Callable[..., Path]:
    """Write a team file and return its path."""

    def write(text: str, name: str = "team.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def write_utf8(path: Path, text: str) -> Path:
    """`text` written to `path` in UTF-8, as an export or a team file a test hands teamaudit; the path."""
    path.write_text(text, encoding="utf-8")
    return path


def people_of(team: Path) -> list[dict[str, Any]]:
    """The `people:` of a team file as written, read as YAML: what `import` wrote or merged."""
    import yaml

    return list(yaml.safe_load(team.read_text(encoding="utf-8"))["people"])


def write_big_team(path: Path, people: int) -> None:
    """A team file of `people` people in flow style, quick to write and to read, in four layers."""
    titles = ("Registered Nurse", "ML Engineer", "HL7 Interface Engineer", "Regulatory Affairs Manager")
    rows = (
        f"  - {{name: Person {i}, title: {titles[i % 4]}, skills: [Epic, FHIR], background: [Team {i % 97}]}}\n"
        for i in range(people)
    )
    path.write_text("people:\n" + "".join(rows), encoding="utf-8")


def read_terminal(leader: int) -> bytes:
    """Everything a child wrote to the pseudo-terminal whose leader end is `leader`, until it closes its end."""
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    return shown


def redacted_report(team: str | Path, *options: str | Path) -> dict[str, Any]:
    """`teamaudit check TEAM --redact --format json OPTIONS`, run as a user runs it and ended as a check ends (0 or
    1): the report."""
    result = run_cli("check", team, "--redact", "--format", "json", *options)
    assert result.code in (0, 1), result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def redacted_titles(team: str | Path, *options: str | Path) -> list[str]:
    """The people's titles as a redacted JSON report shows them, in the file's order."""
    return [person["title"] for person in redacted_report(team, *options)["people"]]


def redacted_reason(folder: Path, people: str, reason: str, layer: str = "integration") -> str:
    """The reason of a suppression of TA002 for `layer`, as a redacted JSON report shows it, beside a team file
    written in `folder` whose `people:` are the lines `people`."""
    team = folder / "team.yaml"
    team.write_text("people:\n" + people, encoding="utf-8")
    config = f"ignore:\n  - {{rule: TA002, layer: {layer}, reason: {json.dumps(reason)}}}\n"
    (folder / ".teamaudit.yaml").write_text(config, encoding="utf-8")
    (shown,) = [finding["suppressed"] for finding in redacted_report(team)["findings"] if finding["suppressed"]]
    return str(shown)


def redacted_title(folder: Path, title: str) -> str:
    """The title of the one person of a team file written in `folder`, as a redacted JSON report shows it."""
    team = folder / "team.yaml"
    team.write_text(f"people:\n  - {{name: Ann Lee, title: {json.dumps(title)}}}\n", encoding="utf-8")
    return redacted_titles(team)[0]


def redacted_with_reason(team: Path, folder: Path, person: str, reason: str, fmt: str) -> Result:
    """`teamaudit check TEAM --redact -f FMT` with a config in `folder` that suppresses TA005 for `person` with
    `reason`, run as a user runs it and ended as a check ends (0 or 1)."""
    config = folder / "teamaudit.yaml"
    config.write_text(
        f"ignore:\n  - {{rule: TA005, person: {person}, reason: {json.dumps(reason)}}}\n", encoding="utf-8"
    )
    result = run_cli("check", team, "--redact", "--config", config, "-f", fmt)
    assert result.code in (0, 1), result.stderr
    return result
