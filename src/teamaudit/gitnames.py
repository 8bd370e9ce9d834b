"""Where a `REV:PATH` name, and so a `git:REV:PATH` side, splits: as git splits it (object-name.c's
get_oid_with_context_1, github:git/git), at the first colon outside the braces of `@{...}` and `^{...}`.
`main@{2026-12-04 10:00}:team.yaml` and `main^{/fix: typo}:team.yaml` are a commit and `team.yaml`: split at the
first colon, each named a commit `main@{2026-12-04 10` or `main^{/fix`, and a path after it. A REV that starts with
`:/` searches the commit messages, and git reads the rest of the name as the search, so a side's path follows its
last colon."""

from __future__ import annotations

GIT_SIDE = "git:"


def rev_and_path(name: str) -> tuple[str, str] | None:
    """The REV and the PATH of `REV:PATH`, None when there is no colon to split at or nothing before it."""
    if name.startswith(":/"):
        rev, _, path = name.rpartition(":")
        return (rev, path) if len(rev) > 2 else None
    depth, at = 0, 0
    while at < len(name):
        char = name[at]
        if char in "@^" and name.startswith("{", at + 1):
            depth, at = depth + 1, at + 2
            continue
        if char == "}" and depth:
            depth -= 1
        elif char == ":" and not depth:
            return (name[:at], name[at + 1 :]) if at else None
        at += 1
    return None


def git_side(spec: str) -> tuple[str, str] | None:
    """The REF and the PATH of a `git:REF:PATH` side, None when `spec` is not written so."""
    return rev_and_path(spec.removeprefix(GIT_SIDE)) if spec.startswith(GIT_SIDE) else None
