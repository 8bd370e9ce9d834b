"""Write a file so that readers see the old content or the new, never half of it, and only where it is safe:
never onto one of the command's inputs, a directory, a FIFO or a device."""

from __future__ import annotations

import os
import signal
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from teamaudit.errors import TeamAuditError

# Names a report is never written to: teamaudit reads such files (team files, rubrics, HRIS exports, config) and
# writes none of them as a report, so an existing one is somebody's data. `cat team.yaml | teamaudit check - -o
# team.yaml` cannot be caught as "an input" (the input is standard input) and is caught here; new files too, so
# the second run of a command does not refuse what the first wrote.
DATA_SUFFIXES = frozenset({".yaml", ".yml", ".csv", ".tsv", ".toml", ".xlsx", ".xlsm"})


def output_target(path: Path, inputs: Iterable[Path], *, keep: frozenset[str] = frozenset()) -> Path:
    """The file `path` names, once it is known to be safe to replace: a new file or an existing regular file
    that is none of `inputs` (compared by device and inode, so any link is caught) and not a symbolic link (in
    CI the checkout is the pull request's, and a committed `teamaudit.sarif -> ~/.bashrc` would otherwise send
    the write wherever it points); never a name with a suffix in `keep`. Folders on the way may be links (/tmp
    is one on macOS)."""
    real = Path(os.path.realpath(path))
    for source in inputs:
        try:
            same = os.path.samefile(real, source)
        except OSError:
            continue  # an input that does not exist (or is not a file) cannot be overwritten through `path`
        if same:
            raise TeamAuditError(
                f"cannot write output onto an input of this command ({source})",
                file=path,
                hint="choose another output file",
            )
    if path.suffix.lower() in keep:
        raise TeamAuditError(
            f"will not write a report to a {path.suffix} file: teamaudit reads such files (team files, rubrics, "
            "HRIS exports, config) and never writes one as a report, so an existing one could be lost",
            file=path,
            hint="name the report for its format: report.txt, report.json, report.md, report.html, report.sarif, "
            "report.xml",
        )
    if path.is_symlink():
        raise TeamAuditError(
            f"cannot write output through a symbolic link (it points to {os.readlink(path)})",
            file=path,
            hint="remove the link or choose another output file",
        )
    try:
        info = real.stat()
    except FileNotFoundError:
        return real
    except OSError as exc:
        raise TeamAuditError(f"cannot write output: {exc.strerror}", file=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise TeamAuditError("cannot write output: is a directory", file=path, hint="give a file name")
    if not stat.S_ISREG(info.st_mode):
        raise TeamAuditError(
            "cannot write output: not a regular file (a FIFO, device or socket)", file=path, hint="give a file name"
        )
    return real


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, in order) to `path` through a temporary file in the same folder. An
    existing file keeps its permission bits; the temporary file never outlives an error or an interrupt."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise TeamAuditError("cannot write output: the folder does not exist", file=path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask  # mkstemp creates the file private (0600); a new file gets the user's usual bits
    tmp: str | None = None
    try:
        held = _hold_signals()
        try:  # a signal between creating the file and learning its name would leave it behind
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        finally:
            _release_signals(held)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                handle.writelines(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise TeamAuditError(f"cannot write output: {exc.strerror or exc}", file=path) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _hold_signals() -> set[int | signal.Signals] | None:
    """Defer SIGINT and SIGTERM (where the platform can) until `_release_signals`."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)


def _release_signals(held: set[int | signal.Signals] | None) -> None:
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
