"""The files that set the gate, the config and every rubric file it reads, and those a change edits. `diff` audits
both sides with this branch's, so a pull request that raised `ml_ratio` or read ML titles as clinical passed
with a diff that showed nothing of it: the edit is named instead."""

from __future__ import annotations

import os
from pathlib import Path

from teamaudit.config import Settings
from teamaudit.gitside import git_blob
from teamaudit.repository import repository_of
from teamaudit.rubric import builtin_dir, load_rubric


def edited_gate_files(base_spec: str, settings: Settings) -> tuple[str, ...]:
    """The gate files, as named from the current folder, that the commit of a `git:REF:PATH` BASE holds otherwise
    or not at all; nothing for a BASE that is a file, and nothing of files outside the current repository (a
    shared rubric `--rubric` names is the operator's, not the change's)."""
    if not base_spec.startswith("git:"):
        return ()
    ref = base_spec.split(":", 2)[1]
    top, in_repository = repository_of(Path.cwd())
    if not in_repository:
        return ()
    edited = []
    for file in _gate_files(settings):
        where = file.resolve()
        if not where.is_relative_to(top):
            continue
        before = git_blob(base_spec, ref, where.relative_to(top).as_posix())
        if before != where.read_bytes():
            edited.append(os.path.relpath(file).replace(os.sep, "/"))
    return tuple(edited)


def _gate_files(settings: Settings) -> list[Path]:
    rubric = load_rubric(settings.rubric, named_in=settings.rubric_named_in)
    builtin = builtin_dir().resolve()
    files = [Path(file) for file in rubric.files if Path(file).resolve().parent != builtin]
    return ([settings.config_file] if settings.config_file else []) + files
