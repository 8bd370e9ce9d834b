"""Which files a config or a rubric may lead teamaudit to: those of the repository it is in.

In CI the config and the rubrics may come from the pull request under test. `rubric: /etc/shadow` made teamaudit
read that file and print its first lines as the keys it lacked. So a file that a config or rubric names (a
config's `rubric:`, a rubric's `extends:`), and a config found by walking up from the team file, are read only
inside the repository that holds the file naming or finding them: the nearest folder at or above it with a
`.git` (a folder, or the file a worktree or submodule has), or, outside any repository, that file's own folder.
Links are followed before the test, so a link in the repository does not lead out of it, and a path is refused
before it is opened: no message says anything of it, not even whether it exists.

The files the command line and the environment name (team files, `diff` sides, `import`'s exports and the team file
it merges into, the logo, `--rubric`, `--config`, TEAMAUDIT_RUBRIC, TEAMAUDIT_CONFIG) are the operator's choice, and
may be anywhere by name (a shared rubric outside the checkout), but what they are is not: a pull request can commit
`team.yaml` as a link to /proc/self/environ or ~/.ssh/id_rsa, whose lines error messages would then quote into the
CI log, and so can a workflow's `--config ci/teamaudit.yaml`. So such a file is read only when its links, followed,
keep it inside the repository holding the name given (found upward from it without following links), or, outside any
repository, inside the folder holding the name given. A `.git` reached through a folder link (`hr -> /work`, then
`hr/x/team.yaml` with a repository at /work/x) is another repository's: the one holding the name is the one the link
is committed in, which the file must not leave.
"""

from __future__ import annotations

import os
from pathlib import Path

from teamaudit.errors import LONGEST_PATH, TeamAuditError, clipped


def repository_of(folder: Path) -> tuple[Path, bool]:
    """The folder a file in `folder` may name files in: its repository's top (and True), or, outside any repository,
    `folder` itself (and False)."""
    start = folder.resolve()
    for candidate in (start, *start.parents):
        if (candidate / ".git").exists():
            return candidate, True
    return start, False


def too_long(value: str) -> TeamAuditError | None:
    """The refusal of a path a file names (`rubric:`, `extends:`) that is longer than any system opens, if it is."""
    size = len(os.fsencode(value))
    if size <= LONGEST_PATH:
        return None
    return TeamAuditError(
        f"'{clipped(value)}' is a path of {size:,} bytes, longer than any a system opens ({LONGEST_PATH:,}): not read",
        hint="name the file by a shorter path",
    )


def outside(path: Path, folder: Path) -> str | None:
    """What a file in `folder` may not lead out of, said for a message, when `path` (its links followed) is not in
    it; None when it is."""
    root, repository = repository_of(folder)
    if _leads_inside(path, root):
        return None
    return f"the repository it is in ({root})" if repository else f"its own folder ({root}), as it is in no repository"


def refuse_link_out(path: Path) -> None:
    """Refuse a file named on the command line whose links lead out of the repository it is named in (or, in
    none, out of the folder it is named in), before it is opened: nothing is said of what it leads to."""
    out = _link_out(path)
    if out is not None:
        bound, through = out
        hint = "a pull request can commit a link to any file; name the file itself if it is yours to read"
        raise link_out_error(path, bound, hint, through)


def refuse_named_link_out(path: Path) -> None:
    """`refuse_link_out` for a config or rubric the operator names (`--config`, `--rubric`, TEAMAUDIT_CONFIG,
    TEAMAUDIT_RUBRIC). A name that opens nothing (a loop of links, a name too long, no such file) is left to the
    read, which names it as the system does."""
    try:
        os.stat(path)
    except OSError:
        return
    refuse_link_out(path)


def link_out_error(path: Path, bound: str, hint: str, through: Path | None = None) -> TeamAuditError:
    """The refusal of a file at `path` whose links lead out of `bound` (what `outside` or the command line's check
    says), with what to do instead and the folder link it leaves `through`, if one: nothing is said of what it
    leads to."""
    link = f", through the folder link {clipped(str(through))}" if through is not None else ""
    return TeamAuditError(f"a link to a file outside {bound}{link}: not read", file=path, hint=hint)


def _link_out(path: Path) -> tuple[str, Path | None] | None:
    """What `path` leads out of and the folder link it leaves through (None if the file itself is the link), or
    None when it stays in."""
    named = Path(os.path.abspath(path))
    top = _holding_repository(named)
    # A folder that is itself a link (`team -> ~/.ssh`) holds nothing of the repository: look above it.
    holder = top or next(folder for folder in named.parents if not folder.is_symlink())
    root = holder.resolve()
    # `path`, not `named`: `link/../x` opens the x beside the link's target, as the system does.
    if _leads_inside(path, root):
        return None
    # The first folder of the name, below the holder, whose link leads out: `hr` of `hr/x/team.yaml`.
    below = [folder for folder in reversed(path.parents) if Path(os.path.abspath(folder)).is_relative_to(holder)]
    through = next((f for f in below if f.is_symlink() and not _leads_inside(f, root)), None)
    bound = f"the repository it is in ({root})" if top else f"the folder it is in ({root}), as it is in no repository"
    return bound, through


def _holding_repository(named: Path) -> Path | None:
    """The top of the repository holding `named`, found upward without following links: the nearest folder with a
    `.git`, unless a folder link of the repository being checked (the working folder's) lies between it and that
    repository's top, which then holds it (`hr -> /work`: /work/x's `.git` seen at `hr/x` is not this repository's).
    A folder that is a link is never the top; a link above every `.git` (/tmp -> /private/tmp), or in another
    repository (`~/code -> /srv/code` in a home folder kept in git, a path the operator typed), is not this one's."""
    try:
        checked, in_repository = repository_of(Path.cwd())
    except OSError:  # the working folder was deleted: no repository is checked from it
        checked, in_repository = Path(), False
    top, beyond_link = None, False
    for folder in named.parents:
        if folder.is_symlink():
            # where the link itself is, its own folder's links followed (`/tmp/...` typed for /private/tmp/...)
            beyond_link |= top is not None and in_repository and folder.parent.resolve().is_relative_to(checked)
        elif (folder / ".git").exists() and (top is None or beyond_link):
            top, beyond_link = folder, False
    return top


def _leads_inside(path: Path, root: Path) -> bool:
    """Whether `path`, its links followed, is inside `root`."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links leads nowhere inside
        return False
