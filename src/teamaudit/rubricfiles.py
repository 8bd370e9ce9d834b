"""The file a rubric's name means: a rubric packaged with teamaudit by its name, else a path from the working folder
or, named in a file (a config's `rubric:`, a rubric's `extends:`), from that file's folder inside its repository."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teamaudit.errors import TeamAuditError, clipped

DEFAULT_RUBRIC = "healthcare-ai"


def builtin_dir() -> Path:
    """The folder of built-in rubrics: inside the installed package, or the repository's top level."""
    packaged = Path(__file__).parent / "rubrics"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rubrics"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def builtin_word_models() -> list[str]:
    return sorted(p.name.removesuffix(".words.json") for p in builtin_dir().glob("*.words.json"))


def _exists(path: Path) -> bool:
    """Whether a file is there; no for a name the system cannot look up (over 255 bytes: `rubric: aaa...` in a
    config was an OSError traceback)."""
    try:
        return path.exists()
    except OSError:
        return False


def resolve(name_or_path: str) -> Path:
    """The rubric named on the command line or in the environment: a path from the working folder, or a packaged
    rubric's name. The name is the operator's, but a link the file is may be a pull request's (repository.py)."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or _exists(candidate) or "/" in name_or_path:
        from teamaudit.repository import refuse_named_link_out

        refuse_named_link_out(candidate)
        return candidate
    path = builtin_dir() / f"{name_or_path}.yaml"
    if not _exists(path) or not path.is_file():
        raise _unknown(name_or_path, "or give a path to a .yaml file")
    return path


def resolve_named(value: str, named_by: Path) -> Path:
    """The rubric a file names (a config's `rubric:`, a rubric's `extends:`): a packaged rubric by its name, else a
    path from that file's folder, whatever the working folder and whatever the suffix, inside its repository
    (repository.py)."""
    if value in builtin_names():
        return builtin_dir() / f"{value}.yaml"
    from teamaudit.repository import outside, too_long

    refused = too_long(value)
    if refused is not None:
        raise refused
    path = named_by.parent / value
    bound = outside(path, named_by.parent)
    if bound is not None:
        raise TeamAuditError(
            f"'{clipped(value)}' is outside {bound}: not read",
            hint="a config or rubric names only files inside it; give a rubric elsewhere with --rubric",
        )
    if not _exists(path) and "/" not in value and "." not in value:  # meant as a packaged rubric's name
        raise _unknown(value, f"or give a path from {_folder(named_by)}")
    return path


def _folder(file: Path) -> str:
    return f"the folder of {file.name}" if file.parent == Path() else str(file.parent)


def _unknown(name: str, path_hint: str) -> TeamAuditError:
    import difflib

    close = difflib.get_close_matches(name, builtin_names(), n=1, cutoff=0.6)
    meant = f"did you mean {close[0]}? " if close else ""
    return TeamAuditError(
        f"unknown rubric '{clipped(name)}'", hint=f"{meant}built-in rubrics: {', '.join(builtin_names())}; {path_hint}"
    )


@dataclass(frozen=True, slots=True)
class NamedIn:
    """Where a rubric was named when not on the command line: a config file's `rubric:` (a path is then read
    from that file's folder), or an environment variable. An error finding or opening the rubric says so."""

    label: str  # what named it: 'rubric', a config's key, or 'environment variable TEAMAUDIT_RUBRIC'
    file: Path | None = None  # the config file
    line: int | None = None
    column: int | None = None

    def error(self, value: str, exc: TeamAuditError) -> TeamAuditError:
        where = exc.location()
        shown = f"'{clipped(value)}' ({where}): " if where else ""
        return TeamAuditError(
            f"{self.label}: {shown}{exc.message}", file=self.file, line=self.line, column=self.column, hint=exc.hint
        )


def rubric_path(name_or_path: str, *, named_in: NamedIn | None = None) -> Path:
    """The file of the rubric named, from the config file's folder when a config file named it."""
    try:
        if named_in is not None and named_in.file is not None:
            return resolve_named(name_or_path, named_in.file)
        return resolve(name_or_path)
    except TeamAuditError as exc:
        raise exc if named_in is None else named_in.error(name_or_path, exc) from None
