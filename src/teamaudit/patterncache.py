"""The packaged rubric's Python-only patterns, compiled once per user and Python, not once per run.

Python's `re` took about 1 s of a 20-person `check`'s 2.4 s compiling the lookaround patterns RE2 refuses
(52 of them, 1,000 characters each, measured with cProfile); loading the program `re` made of each takes a
few milliseconds. The program is kept as JSON, never pickle or marshal, one file per pattern named by the
SHA-256 of the pattern and its flags, in a folder named by the interpreter and its regex engine's version:
a file is only ever the program of the pattern that names it. `_sre.compile` checks a program before it runs
it, and a file that is unreadable, malformed or not the pattern's is ignored, the pattern compiled again.

The folder is the user's own (`$XDG_CACHE_HOME/teamaudit`, else `~/.cache/teamaudit`): one another user can
write to is not read. Each file is written whole (a temporary file renamed), so a run that stops half way, or
two runs at once, leave no half file. Only patterns that reach Python's `re` are cached: those of a rubric
shipped with teamaudit, exactly as shipped (rubric.rubric_regex refuses any other a rubric writes).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

_FORMAT = 1  # the layout of a file, in its folder's name


def compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache when it holds the pattern's program."""
    folder = _folder()
    if folder is None:
        return _compile(pattern, flags)
    path = folder / f"{hashlib.sha256(f'{flags}:{pattern}'.encode()).hexdigest()}.json"
    cached = _load(path, pattern, flags)
    if cached is not None:
        return cached
    try:
        program = _program(pattern, flags)
    except re.error:
        return _compile(pattern, flags)  # which says what is wrong as re.compile does
    _save(path, program)
    return _from_program(program)


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    with warnings.catch_warnings():
        # Python's FutureWarning for syntax a later version may read differently (`[[`): users see clean errors.
        warnings.simplefilter("ignore", FutureWarning)
        return re.compile(pattern, flags)


def _engine() -> Any:
    """CPython's regex engine, which typeshed does not describe."""
    import importlib

    return importlib.import_module("_sre")


def _folder() -> Path | None:
    """This interpreter's folder of the cache, made if need be; None where there is no cache to trust."""
    if sys.implementation.name != "cpython":
        return None  # the program below is CPython's
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative, which the XDG spec says to ignore
        base = os.path.join(os.path.expanduser("~"), ".cache")
        if not os.path.isabs(base):  # no home to expand
            return None
    engine = _engine().MAGIC
    version = "-".join(map(str, sys.version_info[:3]))
    folder = Path(base, "teamaudit", f"re-{version}-{engine}-{_FORMAT}")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for place in (folder, folder.parent):
            found = place.lstat()
            if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid() or found.st_mode & 0o022:
                return None  # a link, or a folder another user owns or may write to
    except OSError:
        return None
    return folder


def _program(pattern: str, flags: int) -> dict[str, Any]:
    """What `re.compile` hands the engine, as plain data (re/_compiler.py's `compile`)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    return {
        "pattern": pattern,
        "flags": flags | parsed.state.flags,
        "asked": flags,
        "code": list(code),
        "groups": parsed.state.groups - 1,
        "names": names,
    }


def _from_program(program: dict[str, Any]) -> re.Pattern[str]:
    names: dict[str, int] = program["names"]
    by_index: list[str | None] = [None] * (program["groups"] + 1)
    for name, index in names.items():
        by_index[index] = name
    engine = _engine()
    made = engine.compile(
        program["pattern"], program["flags"], program["code"], program["groups"], names, tuple(by_index)
    )
    return made  # type: ignore[no-any-return]


def _valid(program: object, pattern: str, flags: int) -> bool:
    if not isinstance(program, dict) or program.get("pattern") != pattern or program.get("asked") != flags:
        return False
    code, names = program.get("code"), program.get("names")
    return (
        isinstance(program.get("flags"), int)
        and isinstance(program.get("groups"), int)
        and isinstance(code, list)
        and 0 <= program["groups"] <= len(code)
        and all(isinstance(word, int) and 0 <= word < 2**32 for word in code)
        and isinstance(names, dict)
        and all(isinstance(k, str) and isinstance(v, int) and 0 < v <= program["groups"] for k, v in names.items())
    )


def _load(path: Path, pattern: str, flags: int) -> re.Pattern[str] | None:
    """The pattern from its file, or None when the file is missing or is not the pattern's program."""
    try:
        program = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not _valid(program, pattern, flags):
        return None
    try:
        return _from_program(program)
    except (RuntimeError, TypeError, ValueError, OverflowError):  # the engine's check refused the program
        return None


def _save(path: Path, program: dict[str, Any]) -> None:
    """Writes the program whole, or not at all: a full disk or a read-only home only costs the next run time."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(program, out, separators=(",", ":"))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass
