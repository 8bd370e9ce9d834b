"""The files that set the gate, the config and every rubric file it reads, and those a change edits. `diff` audits
both sides with this branch's, so a pull request that raised `ml_ratio` or read ML titles as clinical passed
with a diff that showed nothing of it: the edit is named instead.

A file is compared as the path to it is walked: each symbolic link passed in the repository, and the file reached.
Compared only where the links led, `.teamaudit.yaml` turned into a link to a lax config the base branch already
held read as unchanged. A config found by walking up from the team file is named too when the base has one that
this branch deleted on the way up to it: without it, the defaults (or a config further up) judge both sides."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
from dataclasses import dataclass
from pathlib import Path

from teamaudit.config import ENV_PREFIX, YAML_NAMES, Settings, config_from_text
from teamaudit.configschema import Suppression
from teamaudit.errors import TeamAuditError
from teamaudit.gitnames import GIT_SIDE, git_side
from teamaudit.gitside import (
    LFS_POINTER_MAX,
    GitEntry,
    blob_holds,
    blob_id,
    checked_in_ids,
    commit_of,
    git_blob,
    git_entries,
    git_submodules,
    lfs_pointer,
)
from teamaudit.repository import repository_of
from teamaudit.rubric import load_rubric
from teamaudit.rubricfiles import builtin_dir
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES

MAX_LINKS = 40  # links followed on the way to one file, as Linux does before ELOOP
NAMED_CONFIG = ("command line", ENV_PREFIX + "CONFIG")  # how a config not found by walking up was given
TOOL_SECTION = b"[tool.teamaudit"

Base = dict[str, GitEntry]  # the base commit's files and links, by path from the repository's top


@dataclass(frozen=True)
class AddedSuppression:
    """A suppression of this branch's config that the base's does not hold, or holds for a shorter time: `diff`
    reads this branch's config for both sides, so what it accepts is accepted in neither and shows nowhere else."""

    suppression: Suppression
    base_until: dt.date | None = None  # the base's until for the same rule, layer, person and view (date.max: none)


@dataclass(frozen=True)
class GateEdit:
    """A gate file the change edits, as named from the current folder, and how: `added` where the base has no file
    (nor a link) at that path, `deleted` for a config the base holds and this branch deleted, else `edited`."""

    path: str
    how: str


@dataclass(frozen=True)
class GateChanges:
    """What a change does to the files that set the gate: those it edits, and the suppressions it adds."""

    edited: tuple[GateEdit, ...] = ()
    suppressions_added: tuple[AddedSuppression, ...] = ()


def gate_changes(base_spec: str, head_spec: str, settings: Settings) -> GateChanges:
    """The gate files, as named from the current folder, that the commit of a `git:REF:PATH` BASE holds otherwise
    or not at all, the configs it holds that this branch deleted, and the suppressions this branch's config adds;
    nothing for a BASE that is a file, and nothing of files outside the current repository (a shared rubric
    `--rubric` names is the operator's, not the change's). Every path is looked up in the base by one git run."""
    side = git_side(base_spec)
    if side is None:
        return GateChanges()
    top, in_repository = repository_of(Path.cwd())
    if not in_repository:
        return GateChanges()
    ways = [(file, *_way_to(file)) for file in gate_files(settings)]
    candidates, beyond = _config_candidates(head_spec, settings, top)
    walked = [path for _, links, reached in ways for path in (*(link for link, _ in links), reached) if path]
    paths = [_from(top, path) for path in (*walked, *candidates, *beyond) if path.is_relative_to(top)]
    commit = commit_of(base_spec, side[0])
    base = git_entries(base_spec, commit, list(dict.fromkeys(paths)))
    at = _Base(base_spec, commit, base, top)
    found = [(file, reached, _edit(at, file.absolute(), links, reached)) for file, links, reached in ways]
    edited = _settled(base_spec, found)
    deleted = [c for c in candidates if _was_config(base_spec, base.get(_from(top, c)), c, top)]
    if not deleted and beyond and _from(top, beyond[0]) not in base:
        deleted = _shadowed_and_deleted(base_spec, base, top, beyond[1:])
    shown: dict[str, str] = {}
    for file, how in (*edited, *((c, "deleted") for c in deleted)):
        shown.setdefault(os.path.relpath(file).replace(os.sep, "/"), how)
    edits = tuple(GateEdit(path, how) for path, how in shown.items())
    return GateChanges(edits, _suppressions_added(base_spec, base, top, settings, deleted[0] if deleted else None))


def gate_files(settings: Settings) -> list[Path]:
    """The config and the rubric files (the rubric and those it extends, not teamaudit's own) that `settings` use."""
    rubric = load_rubric(settings.rubric, named_in=settings.rubric_named_in)
    builtin = builtin_dir().resolve()
    files = [Path(file) for file in rubric.files if Path(file).resolve().parent != builtin]
    return ([settings.config_file] if settings.config_file else []) + files


@dataclass(frozen=True)
class _Base:
    """The base commit a `git:REF:PATH` side names, and its files and links at the paths looked up."""

    spec: str
    commit: str | None
    entries: Base
    top: Path  # the repository's top in the working tree


def _settled(spec: str, found: list[tuple[Path, Path | None, str | GitEntry | None]]) -> list[tuple[Path, str]]:
    """Each gate file `_edit` found otherwise in the base, and how: one whose bytes differ from the base's blob (an
    entry) is edited unless `git add` would store it as that blob, all of them asked in one git run."""
    ids = checked_in_ids(spec, [reached for _, reached, how in found if isinstance(how, GitEntry) and reached])
    edited = []
    for file, reached, how in found:
        if isinstance(how, GitEntry):
            how = None if reached is not None and ids.get(reached) == how.oid else "edited"
        if how is not None:
            edited.append((file, how))
    return edited


def _edit(base: _Base, named: Path, links: list[tuple[Path, str]], reached: Path | None) -> str | GitEntry | None:
    """How a link passed on the way to a file, or the file reached, is otherwise in the base commit, as git records
    it (`added`: nothing at the path the file is named by; `edited`), None when it is not, and the base's entry when
    only the file's bytes differ (`_settled` asks git how it would store them): compared by git's object id, so the
    base's blob is never read (but for a Git LFS pointer). A file the base lacks was said to 'differ from the base'
    as an edited one is, and a reviewer looked for a base config that was never there."""
    top = base.top
    if reached is None:  # a loop of links: no file of the base's
        return "edited"
    for link, target in links:
        entry = base.entries.get(_from(top, link)) if link.is_relative_to(top) else None
        if link.is_relative_to(top) and (entry is None or not entry.link or not entry.holds(os.fsencode(target))):
            return "added" if entry is None and link == named else "edited"
    if not reached.is_relative_to(top):
        return None
    entry, data = base.entries.get(_from(top, reached)), reached.read_bytes()
    if entry is None:
        if _in_base_submodule(base, reached, data):
            return None
        return "edited" if links else "added"
    if entry.link:
        return "edited"
    return None if entry.holds(data) or _lfs_holds(base, entry, data, reached) else entry


def _in_base_submodule(base: _Base, reached: Path, data: bytes) -> bool:
    """Whether `data` is the file at `reached` in the submodule holding it, at the commit the base records for that
    submodule: git lists nothing inside a submodule, and a rubric in one read as new on every run. False when the
    submodule's checkout does not hold that commit (the change moved the submodule)."""
    folders = [folder for folder in reached.parents if folder.is_relative_to(base.top) and folder != base.top]
    submodules = git_submodules(base.spec, base.commit, [_from(base.top, folder) for folder in folders])
    if not submodules:
        return False
    nearest = max(submodules, key=len)
    folder = base.top / nearest
    oid = blob_id(base.spec, folder, submodules[nearest], reached.relative_to(folder).as_posix())
    return oid is not None and blob_holds(oid, data)


def _lfs_holds(base: _Base, entry: GitEntry, data: bytes, reached: Path) -> bool:
    """Whether the base's blob is a Git LFS pointer to `data`: the checkout holds the file LFS fetched, the commit the
    pointer (its `oid sha256:` and `size`), and every LFS-tracked rubric read as edited."""
    if entry.size > LFS_POINTER_MAX:
        return False
    pointer = lfs_pointer(git_blob(base.spec, entry, LFS_POINTER_MAX, _from(base.top, reached)))
    return pointer == (hashlib.sha256(data).hexdigest(), len(data))


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


def _config_candidates(head_spec: str, settings: Settings, top: Path) -> tuple[list[Path], list[Path]]:
    """The configs walking up from the team file would have found before the one it found (or, when it found none,
    all of them), in folders of the repository: the base's, where this branch deleted them or a pyproject.toml's
    table; and the one it found with those it would have found after it, walking on (empty when it found none)."""
    if settings.sources.get("config") in NAMED_CONFIG or head_spec.startswith(GIT_SIDE):
        return [], []
    start = Path(head_spec).parent.resolve()
    found = settings.config_file.absolute() if settings.config_file else None
    walk = [folder / name for folder in (start, *start.parents) for name in (*YAML_NAMES, "pyproject.toml")]
    walk = list(itertools.takewhile(lambda candidate: candidate.is_relative_to(top), walk))
    at = walk.index(found) if found in walk else len(walk)
    return walk[:at], walk[at:]


def _shadowed_and_deleted(base_spec: str, base: Base, top: Path, beyond: list[Path]) -> list[Path]:
    """The base's config, when walking up found it past the place of this branch's new one and this branch deleted
    it: `.teamaudit.yml` renamed `.teamaudit.yaml` was said to be new, never that the base's config was deleted."""
    for candidate in beyond:
        if _was_config(base_spec, base.get(_from(top, candidate)), candidate, top):
            kept = candidate.is_file() and (
                candidate.name in YAML_NAMES or TOOL_SECTION in candidate.read_bytes()[:DEFAULT_MAX_BYTES]
            )
            return [] if kept else [candidate]
    return []


def _was_config(base_spec: str, entry: GitEntry | None, candidate: Path, top: Path) -> bool:
    if entry is None:
        return False
    if candidate.name in YAML_NAMES:
        return True
    where = f"{_from(top, candidate)} in {base_spec.split(':', 2)[1]}"
    return TOOL_SECTION in git_blob(base_spec, entry, DEFAULT_MAX_BYTES, where)


def _suppressions_added(
    base_spec: str, base: Base, top: Path, settings: Settings, deleted: Path | None
) -> tuple[AddedSuppression, ...]:
    """The suppressions this branch's config adds to the base's, or lets last longer (a later `until`, or none).
    The base's config is the nearest one this branch deleted (`deleted`: the base's team file was judged by it),
    else the one at the place walking up found this branch's, not at the file a link there reaches: a
    `.teamaudit.yaml` turned into a link to a file the base holds with its suppressions added none, and so did
    deleting a folder's config to fall back on a parent's. A base config that is absent, a link elsewhere or
    unreadable holds none."""
    found = settings.config_file
    if not settings.ignore or found is None:
        return ()
    config = found.parent.resolve() / found.name
    if not config.is_relative_to(top):
        return ()
    entry = base.get(_from(top, config))
    if deleted is not None:
        config, entry = deleted, base.get(_from(top, deleted))
    elif entry is not None and entry.link and config.is_symlink() and entry.holds(os.fsencode(os.readlink(config))):
        entry = base.get(_from(top, config.resolve())) if config.resolve().is_relative_to(top) else None
    if deleted is None and entry is not None and not entry.link and entry.holds(config.read_bytes()):
        return ()  # the same config on both sides
    longest: dict[tuple[object, ...], dt.date] = {}  # an entry with no until lasts to dt.date.max
    for s in _base_suppressions(base_spec, entry, config, top):
        longest[_target(s)] = max(longest.get(_target(s), dt.date.min), s.until or dt.date.max)
    added = []
    for s in settings.ignore:
        base_until = longest.get(_target(s))
        if base_until is None or (s.until or dt.date.max) > base_until:
            added.append(AddedSuppression(s, base_until))
    return tuple(added)


def _base_suppressions(base_spec: str, entry: GitEntry | None, config: Path, top: Path) -> tuple[Suppression, ...]:
    if entry is None or entry.link:
        return ()
    where = f"{_from(top, config)} in {base_spec.split(':', 2)[1]}"
    raw = git_blob(base_spec, entry, DEFAULT_MAX_BYTES, where)  # over the limit: an error, not "no suppressions"
    try:
        return config_from_text(raw.decode("utf-8-sig"), config).ignore
    except (TeamAuditError, UnicodeDecodeError):
        return ()


def _target(s: Suppression) -> tuple[object, ...]:
    """What a suppression accepts: the findings of a rule, layer, person and view."""
    return (s.rule, s.layer, s.person, s.view)


def _from(top: Path, path: Path) -> str:
    return path.relative_to(top).as_posix()
