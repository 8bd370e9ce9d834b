"""Write a file so that readers see the old content or the new, never half of it, and only where it is safe:
never onto one of the command's inputs, a directory, a FIFO or a device."""

from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from teamaudit.errors import TeamAuditError, file_error
from teamaudit.gitfolder import refuse_git_folder_write

# Names a report is never written to: teamaudit reads such files (team files, rubrics, HRIS exports, config) and
# writes none of them as a report, so an existing one is somebody's data. `cat team.yaml | teamaudit check - -o
# team.yaml` cannot be caught as "an input" (the input is standard input) and is caught here; new files too, so
# the second run of a command does not refuse what the first wrote.
MAX_BACKUPS = 1000
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
    refuse_git_folder_write(path)
    check_writable(real, named=path)
    return real


def check_writable(path: Path, *, named: Path | None = None) -> None:
    """Refuse what a write to `path` would fail on or should not do, before any work and again just before the
    write (things change): a folder that does not exist or where the user may not create the temporary file, a
    directory, FIFO, device or socket, and an existing file that is write-protected (the rename would replace
    what a write could not). Messages name the file as given, `named`."""
    shown = named or path
    folder = path.parent
    try:
        if not stat.S_ISDIR(folder.stat().st_mode):
            raise TeamAuditError(f"cannot write output: {shown.parent} is not a folder", file=shown)
    except FileNotFoundError:
        raise TeamAuditError(
            "cannot write output: the folder does not exist", file=shown, hint=f"create {shown.parent} first"
        ) from None
    except OSError as exc:
        raise file_error(exc, shown, "cannot write output") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise TeamAuditError(
            "cannot write output: no permission to create files in its folder",
            file=shown,
            hint="the report is written to a temporary file beside it, then renamed; choose a folder you can write",
        )
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise file_error(exc, shown, "cannot write output") from None
    if stat.S_ISDIR(info.st_mode):
        raise TeamAuditError("cannot write output: is a directory", file=shown, hint="give a file name")
    if not stat.S_ISREG(info.st_mode):
        raise TeamAuditError(
            "cannot write output: not a regular file (a FIFO, device or socket)", file=shown, hint="give a file name"
        )
    # Root may write any file, so a file nobody may write (chmod 444) is write-protected for root too.
    if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
        raise TeamAuditError(
            "cannot write output: the file is write-protected; not replaced",
            file=shown,
            hint="chmod u+w it to allow this, or choose another output file",
        )


def write_atomic(path: Path, text: str | Iterable[str], *, before_replace: Callable[[], object] | None = None) -> None:
    """Write `text` (or its pieces, in order) to `path` through a temporary file in the same folder, then rename
    it into place, calling `before_replace` (a backup of what is replaced) only once the new content is all
    written, so a write that fails or is interrupted leaves no backup behind. An existing file keeps its
    permission bits; the temporary file never outlives an error or an interrupt."""
    check_writable(path)
    directory = path.parent
    kept = "; nothing written"
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        kept = "; nothing written, the file is as it was"
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
        held = _hold_signals()
        try:  # an interrupt leaves the backup and the new file, or neither
            if before_replace is not None:
                before_replace()
            os.replace(tmp, path)
            tmp = None
        finally:
            _release_signals(held)
    except OSError as exc:
        raise file_error(exc, path, "cannot write output", kept) from None
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


# How every report teamaudit writes begins: text and diff text, markdown, GitHub annotations, JUnit, JSON, SARIF
# and HTML. An existing -o target that begins otherwise is somebody else's file, kept as FILE.bak before it is
# replaced; an earlier report is simply replaced, as CI runs do on every push.
_REPORT_START = re.compile(
    r"\A(?:teamaudit \S+ \||## teamaudit(?: diff)?: (?:✅ PASS|❌ FAIL)\n"
    r"|::(?:error|warning|notice) [^:\n]*title=(?:TA\d{3} |teamaudit )"  # in the properties, before '::'
    r'|<\?xml[^>]*>\s*(?:<!--.*?-->\s*)?<testsuites name="teamaudit"'
    r'|\{\s*"schema_version": \d+,\s*"tool": \{\s*"name": "teamaudit"'
    r'|\{\s*"\$schema": "[^"]*",\s*"version": "2\.1\.0",'
    r'\s*"runs": \[\s*\{\s*"tool": \{\s*"driver": \{\s*"name": "teamaudit"'
    r'|<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="generator" content="teamaudit)',
    re.DOTALL,
)


@dataclass(frozen=True)
class Backup:
    path: Path
    made: bool  # False: an earlier backup already held the same content and is used again


def keep_unless_a_report(path: Path) -> Backup | None:
    """As -o replaces `path`: back it up unless it is empty or a report teamaudit wrote."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise file_error(exc, path, "cannot read the file -o would replace") from None
    if not head or _REPORT_START.match(head.decode("utf-8", "replace")):
        return None
    return backup(path)


def backup(path: Path, content: bytes | None = None) -> Backup:
    """Keep `content`, what `path` held, beside it as `FILE.bak` (else the first free `FILE.bak.2`, ...); a backup
    is never overwritten, and one that already holds exactly that content is used again, so a retried command
    makes no second copy. Without `content` the file is copied as it is, a block at a time (a 300 MB log -o
    would replace is not read into memory)."""
    info = path.stat()
    for n in range(1, MAX_BACKUPS + 1):
        candidate = path.with_name(f"{path.name}.bak" + (f".{n}" if n > 1 else ""))
        try:  # never follows or replaces a name
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IMODE(info.st_mode))
        except FileExistsError:
            if _holds(candidate, path if content is None else content):
                return Backup(candidate, made=False)
            continue
        except OSError as exc:
            raise file_error(exc, candidate, "cannot write the backup", "; nothing written") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                if content is None:
                    with path.open("rb") as source:
                        shutil.copyfileobj(source, handle, _BLOCK)
                else:
                    handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException as exc:  # a half-written backup is worse than none, even on Ctrl-C
            candidate.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise file_error(exc, candidate, "cannot write the backup", "; nothing written") from None
            raise
        return Backup(candidate, made=True)
    raise TeamAuditError(
        f"{MAX_BACKUPS} backups already beside it; nothing written", file=path, hint="delete old .bak files"
    )


_BLOCK = 1 << 20


def _holds(candidate: Path, content: bytes | Path) -> bool:
    """Whether the regular file `candidate` holds exactly `content` (or what the file `content` holds)."""
    try:
        info = candidate.lstat()
        size = len(content) if isinstance(content, bytes) else content.stat().st_size
        if not stat.S_ISREG(info.st_mode) or info.st_size != size:
            return False
        if isinstance(content, bytes):
            return candidate.read_bytes() == content
        with candidate.open("rb") as kept, content.open("rb") as source:
            while block := kept.read(_BLOCK):
                if block != source.read(len(block)):
                    return False
            return True
    except OSError:
        return False
