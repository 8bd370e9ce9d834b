"""The files that set the gate, the config and every rubric file it reads, and those a change edits. `diff` audits
both sides with this branch's, so a pull request that raised `ml_ratio` or read ML titles as clinical passed
with a diff that showed nothing of it: the edit is named instead.

A file is compared as the path to it is walked: each symbolic link passed in the repository, and the file reached.
Compared only where the links led, `.teamaudit.yaml` turned into a link to a lax config the base branch already
held read as unchanged. A config found by walking up from the team file is named too when the base has one that
this branch deleted on the way up to it: without it, the defaults (or a config further up) judge both sides."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from teamaudit.config import ENV_PREFIX, YAML_NAMES, Settings, Suppression, config_from_text
from teamaudit.errors import TeamAuditError
from teamaudit.gitside import commit_of, git_file
from teamaudit.repository import repository_of
from teamaudit.rubric import builtin_dir, load_rubric

MAX_LINKS = 40  # links followed on the way to one file, as Linux does before ELOOP
NAMED_CONFIG = ("command line", ENV_PREFIX + "CONFIG")  # how a config not found by walking up was given
TOOL_SECTION = b"[tool.teamaudit"


def edited_gate_files(base_spec: str, head_spec: str, settings: Settings) -> tuple[str, ...]:
    """The gate files, as named from the current folder, that the commit of a `git:REF:PATH` BASE holds otherwise
    or not at all, and the configs it holds that this branch deleted; nothing for a BASE that is a file, and
    nothing of files outside the current repository (a shared rubric `--rubric` names is the operator's, not the
    change's)."""
    if not base_spec.startswith("git:"):
        return ()
    top, in_repository = repository_of(Path.cwd())
    if not in_repository:
        return ()
    commit = commit_of(base_spec, base_spec.split(":", 2)[1])  # once: each file's lookup is a few git runs already
    edited = [file for file in _gate_files(settings) if _differs(base_spec, commit, top, file)]
    edited += _configs_deleted(base_spec, commit, top, head_spec, settings)
    return tuple(dict.fromkeys(os.path.relpath(file).replace(os.sep, "/") for file in edited))


def _gate_files(settings: Settings) -> list[Path]:
    rubric = load_rubric(settings.rubric, named_in=settings.rubric_named_in)
    builtin = builtin_dir().resolve()
    files = [Path(file) for file in rubric.files if Path(file).resolve().parent != builtin]
    return ([settings.config_file] if settings.config_file else []) + files


def _differs(base_spec: str, commit: str | None, top: Path, file: Path) -> bool:
    """Whether a link passed on the way to `file`, or the file reached, is otherwise in the base commit, as git
    records it."""
    links, reached = _way_to(file)
    if reached is None:  # a loop of links: no file of the base's
        return True
    for link, target in links:
        if link.is_relative_to(top) and git_file(base_spec, commit, _from(top, link)) != (True, os.fsencode(target)):
            return True
    if not reached.is_relative_to(top):
        return False
    return git_file(base_spec, commit, _from(top, reached)) != (False, reached.read_bytes())


def _way_to(file: Path) -> tuple[list[tuple[Path, str]], Path | None]:
    """Each symbolic link passed on the way to `file`, with the path it points to, and the file reached (its
    folders followed, so a path without links); None reached after MAX_LINKS links."""
    parts = file.absolute().parts
    reached, pending = Path(parts[0]), list(reversed(parts[1:]))
    links: list[tuple[Path, str]] = []
    while pending:
        part = pending.pop()
        if part == "..":
            reached = reached.parent
            continue
        step = reached / part
        if not step.is_symlink():
            reached = step
            continue
        if len(links) == MAX_LINKS:
            return links, None
        target = os.readlink(step)
        links.append((step, target))
        target_parts = Path(target).parts
        if Path(target).is_absolute():
            reached, target_parts = Path(target_parts[0]), target_parts[1:]
        pending.extend(reversed(target_parts))
    return links, reached


def _configs_deleted(base_spec: str, commit: str | None, top: Path, head_spec: str, settings: Settings) -> list[Path]:
    """The configs of the base commit that walking up from the team file would have found before the one it found
    (or, when it found none, at all), in folders of the repository: this branch deleted them, or the table of a
    pyproject.toml."""
    if settings.sources.get("config") in NAMED_CONFIG or head_spec.startswith("git:"):
        return []
    start = Path(head_spec).parent.resolve()
    found = settings.config_file.absolute() if settings.config_file else None
    deleted: list[Path] = []
    for folder in (start, *start.parents):
        if not folder.is_relative_to(top):
            break
        for name in (*YAML_NAMES, "pyproject.toml"):
            candidate = folder / name
            if candidate == found:
                return deleted
            before = git_file(base_spec, commit, _from(top, candidate))
            if before is not None and (name in YAML_NAMES or TOOL_SECTION in before[1]):
                deleted.append(candidate)
    return deleted


def _from(top: Path, path: Path) -> str:
    return path.relative_to(top).as_posix()


@dataclass(frozen=True)
class AddedSuppression:
    """A suppression of this branch's config that the base's does not hold, or holds for a shorter time: `diff`
    reads this branch's config for both sides, so what it accepts is accepted in neither and shows nowhere else."""

    suppression: Suppression
    base_until: dt.date | None = None  # the base's until for the same rule, layer, person and view, when it had one


def suppressions_added(base_spec: str, settings: Settings) -> tuple[AddedSuppression, ...]:
    """The suppressions this branch's config adds to the one at the same place in the commit of a `git:REF:PATH`
    BASE, or lets last longer (a later `until`, or none); none for a BASE that is a file or a config outside the
    repository. A base config that is absent, a link or unreadable holds none."""
    config = settings.config_file
    top, in_repository = repository_of(Path.cwd())
    if not (base_spec.startswith("git:") and settings.ignore and config and in_repository):
        return ()
    if not config.resolve().is_relative_to(top):
        return ()
    commit = commit_of(base_spec, base_spec.split(":", 2)[1])
    before = git_file(base_spec, commit, _from(top, config.resolve()))
    longest: dict[tuple[object, ...], dt.date] = {}  # an entry with no until lasts to dt.date.max
    for s in _suppressions(before, config):
        longest[_target(s)] = max(longest.get(_target(s), dt.date.min), s.until or dt.date.max)
    added = []
    for s in settings.ignore:
        base_until = longest.get(_target(s))
        if base_until is None or (s.until or dt.date.max) > base_until:
            added.append(AddedSuppression(s, base_until))
    return tuple(added)


def _suppressions(before: tuple[bool, bytes] | None, config: Path) -> tuple[Suppression, ...]:
    if before is None or before[0]:
        return ()
    try:
        return config_from_text(before[1].decode("utf-8-sig"), config).ignore
    except (TeamAuditError, UnicodeDecodeError):
        return ()


def _target(s: Suppression) -> tuple[object, ...]:
    """What a suppression accepts: the findings of a rule, layer, person and view."""
    return (s.rule, s.layer, s.person, s.view)
