"""Where a file is, as CI annotations name it: GitHub attaches an annotation, and code scanning an alert, only to
a path relative to the workspace, so a file inside it is named that way whatever path teamaudit was given
(`/home/runner/work/x/x/.teamaudit.yaml`, `config/../rubrics/r.yaml`), and a file named as committed at a commit
(`git:main:.teamaudit.yaml`) by its path in the repository."""

from __future__ import annotations

import os
from pathlib import Path, PurePath, PureWindowsPath

from teamaudit.gitnames import git_side
from teamaudit.model import STDIN_SOURCE


def workspace_path(path: str) -> str:
    """`path` relative to the workspace (GITHUB_WORKSPACE, else the current directory) when the file is inside
    it, in '/' form without '.' or '..' segments; else its absolute path, also without them. Folders are
    resolved as the system resolves them (a '..' after a link leaves the link's target), the file's own name
    is kept: a team file that is a link is annotated where the link is."""
    if path == STDIN_SOURCE:
        return path
    path = _checked_out(path)
    try:
        root = os.path.realpath(os.environ.get("GITHUB_WORKSPACE") or os.curdir)
        folder, name = os.path.split(path)
        absolute = os.path.join(os.path.realpath(folder or os.curdir), name)
        relative = os.path.relpath(absolute, root)
    except OSError:  # the working folder was deleted under the run: the path as given
        return Path(path).as_posix()
    except ValueError:  # Windows: another drive
        return absolute
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return absolute
    return Path(relative).as_posix()


def _checked_out(path: str) -> str:
    """The path a `git:REF:PATH` name gives a file of the repository (`--config-from`'s config, which TA006 points
    at), from the current folder as a git side's PATH is: GitHub annotated `git%3Amain%3A.teamaudit.yaml`, a file of
    no repository. A file of the working tree that is named so is itself."""
    side = git_side(path)
    if side is None or not side[1] or os.path.lexists(path):
        return path
    return side[1]


def shared_path(path: str) -> str:
    """A file as a redacted report names it: as given when that is relative and inside the workspace, relative to
    the workspace when given absolute inside it, else by its name alone (`/home/ann/clients/acme/team.yaml` and
    `../acme/team.yaml` showed the folders of whoever ran it)."""
    where = workspace_path(path)
    if _absolute(where):
        return PurePath(where).name
    return where if _absolute(path) or ".." in PurePath(path).parts else path


def _absolute(path: str) -> bool:
    return PurePath(path).is_absolute() or PureWindowsPath(path).is_absolute()
