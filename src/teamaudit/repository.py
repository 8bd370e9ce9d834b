"""Which files a config or a rubric may lead teamaudit to: those of the repository it is in.

In CI the config and the rubrics may come from the pull request under test. `rubric: /etc/shadow` made teamaudit
read that file and print its first lines as the keys it lacked. So a file that a config or rubric names (a
config's `rubric:`, a rubric's `extends:`), and a config found by walking up from the team file, are read only
inside the repository that holds the file naming or finding them: the nearest folder at or above it with a
`.git` (a folder, or the file a worktree or submodule has), or, outside any repository, that file's own folder.
Links are followed before the test, so a link in the repository does not lead out of it, and a path is refused
before it is opened: no message says anything of it, not even whether it exists. What the command line and the
environment name (`--rubric`, `--config`, TEAMAUDIT_RUBRIC, TEAMAUDIT_CONFIG) is the operator's choice, and
may be anywhere.
"""

from __future__ import annotations

from pathlib import Path


def repository_of(folder: Path) -> tuple[Path, bool]:
    """The folder a file in `folder` may name files in: its repository's top (and True), or, outside any repository,
    `folder` itself (and False)."""
    start = folder.resolve()
    for candidate in (start, *start.parents):
        if (candidate / ".git").exists():
            return candidate, True
    return start, False


def outside(path: Path, folder: Path) -> str | None:
    """What a file in `folder` may not lead out of, said for a message, when `path` (its links followed) is not in
    it; None when it is."""
    root, repository = repository_of(folder)
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links leads nowhere inside
        target = None
    if target is not None and target.is_relative_to(root):
        return None
    return f"the repository it is in ({root})" if repository else f"its own folder ({root}), as it is in no repository"
