"""Refuses a file in a Git folder (`.git/`), to read or to write, whoever named it.

In CI the checkout's `.git/config` may hold the token the job pushes and fetches with: actions/checkout stores it
there (`http.https://github.com/.extraheader`) unless told `persist-credentials: false`. A pull request can commit
`team.yaml`, `.teamaudit.yaml` or a rubric as a link to it, or a config naming `rubric: .git/config`, and error
messages quote pieces of the lines they cannot read into the job's log. No team file, config, rubric or export lives
in a Git folder, so a path through one (`.git/config`, `.git/../team.yaml`), or a link leading into one, is refused
before it is opened, and so is an output written there (`-o .git/index` replaced the index, keeping a backup).
A folder is a Git folder by its name as Windows and macOS open it too: `.GIT`, `.git.` and `git~1` (git refuses
the same spellings in a commit: `is_ntfs_dotgit`, `is_hfs_dotgit`), or by what it holds, as git itself tells one
(`is_git_directory`): a `HEAD` file naming a branch or a commit with `objects/` (or GIT_OBJECT_DIRECTORY) and
`refs/` beside it, or with a `commondir` file (a worktree's).
`git init --separate-git-dir`, `git clone --separate-git-dir` and a bare repository keep the repository in a folder of
any name, which the working tree's `.git` file names (`gitdir: /elsewhere`); by its name alone, a link to
/elsewhere/config was read and `-o /elsewhere/config` replaced it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePath

from teamaudit.errors import LONGEST_PATH, TeamAuditError

NAMED = ".git"
UNNAMED = "a repository's own, not named .git"
_OBJECT_ID = re.compile(rb"[0-9a-fA-F]{40}")  # a detached HEAD: git reads a SHA-1's 40 digits (or SHA-256's 64)


def refuse_git_folder_read(path: Path) -> None:
    """Refuse reading `path` when its name or its links lead through a Git folder; nothing is said of what it
    leads to."""
    _refuse(
        path,
        "{how} a Git folder ({which}), where CI keeps the checkout's token: not read",
        "actions/checkout stores it in .git/config; name a file of the working tree",
    )


def refuse_git_folder_write(path: Path) -> None:
    """Refuse writing `path` when its name or its links lead through a Git folder."""
    what = "cannot write output: {how} a Git folder ({which}), which holds the repository itself"
    _refuse(path, what, "choose a file outside the Git folder")  # `-o store/config` is outside any .git


def _refuse(path: Path, message: str, hint: str) -> None:
    reached = _through_git_folder(path)
    if reached is not None:
        how, which = reached
        raise TeamAuditError(message.format(how=how, which=which), file=path, hint=hint)


def _through_git_folder(path: Path) -> tuple[str, str] | None:
    """How `path` reaches into a Git folder (its name passes through one, or its links lead into one) and which
    kind of Git folder, or None."""
    if _has_git_folder(path):
        return "a path through", NAMED
    if len(os.fsencode(path)) > LONGEST_PATH:
        return None  # no system opens it (the read says so); following its links costs the square of its length
    real = PurePath(os.path.realpath(path))
    if _has_git_folder(real):
        return "a link into", NAMED
    if _holds_repository(real):
        linked = str(real) != os.path.normpath(os.path.abspath(path))
        return ("a link into" if linked else "a path into"), UNNAMED
    return None


def _has_git_folder(path: PurePath) -> bool:
    return any(_is_git_name(part) for part in path.parts)


def _holds_repository(path: PurePath) -> bool:
    """Whether `path` or a folder above it is a Git folder by what it holds, whatever its name, and no working tree
    lies between: a worktree kept inside a bare repository (`git clone --bare x x.git`, then `git worktree add main`
    in it) is a working tree, as git takes it, finding the worktree's `.git` before the folder above."""
    below: list[str] = []
    folder, above = str(path), os.path.dirname(path)
    while True:  # by text: PurePath.parents builds each parent anew, the square of a 2,000-folder path's length
        if _is_git_directory(folder):
            return not any(os.path.lexists(os.path.join(inner, ".git")) for inner in below)
        if above == folder:
            return False
        below.append(folder)
        folder, above = above, os.path.dirname(above)


def _is_git_directory(folder: str) -> bool:
    head = os.path.join(folder, "HEAD")
    if not os.path.isfile(head):
        return False
    # git looks for the objects where GIT_OBJECT_DIRECTORY says, when it is set: the folder then has none of its own
    objects = os.environ.get("GIT_OBJECT_DIRECTORY") or os.path.join(folder, "objects")
    shared = os.path.isdir(objects) and os.path.isdir(os.path.join(folder, "refs"))
    return (shared or os.path.isfile(os.path.join(folder, "commondir"))) and _is_head(head)


def _is_head(head: str) -> bool:
    """Whether `head` is what git's `validate_headref` takes for one: a link to `refs/...`, `ref: refs/...`, or an
    object id. A team's own file named HEAD beside data folders named objects/ and refs/ is none."""
    try:
        if os.path.islink(head):
            return os.readlink(head).startswith("refs/")
        with open(head, "rb") as file:
            start = file.read(256)
    except OSError:
        return False
    if start.startswith(b"ref:"):
        return start[4:].lstrip().startswith(b"refs/")
    return _OBJECT_ID.match(start) is not None


def _is_git_name(part: str) -> bool:
    name = part.rstrip(". ").casefold()  # Windows drops trailing dots and spaces; macOS and Windows ignore case
    return name in (".git", "git~1")
