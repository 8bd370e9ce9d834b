"""A `diff` side written `git:REF:PATH`: the team file as committed at REF, PATH from the current folder.

REF becomes a commit id before use, and every argument follows --end-of-options: no part of a side, such as
git:--output=FILE:team.yaml, can reach git as an option. Only a file is read: a folder or a symbolic link at PATH
is an error saying so (a link's blob is the text of its target's path, not a team file).
"""

from __future__ import annotations

import hashlib
import os
import posixpath
import shlex
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from teamaudit.errors import TeamAuditError, clipped
from teamaudit.gitnames import git_side

SYMLINK_MODE = b"120000"
REGULAR_MODES = (b"100644", b"100755")


class NotAtRef(TeamAuditError):
    """A git side's commit has no file at that path."""


def read_git_side(spec: str, max_bytes: int) -> str:
    """The text of the file a `git:REF:PATH` side names."""
    parts = git_side(spec)
    if parts is None or not parts[1]:
        raise TeamAuditError(f"'{clipped(spec)}': a git side is written git:REF:PATH, e.g. git:origin/main:team.yaml")
    ref, path = parts[0], _from_current_folder(spec, parts[1])
    commit_id = commit_of(spec, ref)
    if commit_id is None:
        raise TeamAuditError(
            f"'{clipped(spec)}': '{clipped(ref)}' is not a commit of this repository",
            hint=missing_commit_hint(spec, ref, lambda commit: f"name {quoted_side(commit, path)}"),
        )
    blob = f"{commit_id}:./{path}"
    size = _git(spec, "cat-file", "-s", "--end-of-options", blob)
    if size is None:
        repository, blob = _in_submodule(spec, ref, path, commit_id)
        size = _git(spec, "-C", str(repository), "cat-file", "-s", "--end-of-options", blob)
    else:
        repository = Path.cwd()
        _refuse_what_is_no_file(spec, ref, path, _Place(commit_id, posixpath.normpath(_prefix(spec) + path)), blob)
    if int(size or 0) > max_bytes:
        raise TeamAuditError(f"'{clipped(spec)}': over the limit of {max_bytes:,} bytes")
    raw = _git(spec, "-C", str(repository), "cat-file", "blob", "--end-of-options", blob) or b""
    raw = lfs_resolved(spec, f"{clipped(path)} in {clipped(ref)}", raw, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TeamAuditError(f"'{clipped(spec)}': not valid UTF-8 (byte 0x{exc.object[exc.start]:02x})") from None


LFS_POINTER_MAX = 1024  # bytes: a Git LFS pointer file is smaller (git-lfs docs/spec.md)
LFS_VERSION = b"version https://git-lfs.github.com/spec/v1\n"


def lfs_pointer(data: bytes) -> tuple[str, int] | None:
    """The sha256 and size of the file a Git LFS pointer stands for, None when `data` is no pointer: a commit of a
    file LFS tracks holds only this, the checkout the file itself."""
    if len(data) > LFS_POINTER_MAX or not data.startswith(LFS_VERSION):
        return None
    fields = dict(line.partition(b" ")[::2] for line in data.splitlines()[1:])
    oid, size = fields.get(b"oid", b"").removeprefix(b"sha256:"), fields.get(b"size", b"")
    if len(oid) != 64 or not all(c in b"0123456789abcdef" for c in oid) or not size.isdigit():
        return None
    return oid.decode("ascii"), int(size)


def lfs_resolved(spec: str, where: str, raw: bytes, max_bytes: int) -> bytes:
    """`raw`, a blob of a commit, or the file it stands for when it is a Git LFS pointer, from this clone's LFS store
    (nothing is downloaded): read as a team file, the pointer was "the top level must be a mapping with a 'people:'
    list, not text"; `where` names the blob (`team.yaml in main`)."""
    pointer = lfs_pointer(raw)
    if pointer is None:
        return raw
    oid, size = pointer
    if size > max_bytes:
        raise TeamAuditError(
            f"'{clipped(spec)}': {where} is a Git LFS file of {size:,} bytes, over the limit of {max_bytes:,} bytes"
        )
    common = (_git(spec, "rev-parse", "--git-common-dir") or b"").decode("utf-8", "surrogateescape").strip()
    stored = Path(common or ".git") / "lfs" / "objects" / oid[:2] / oid[2:4] / oid
    try:
        held = stored.stat().st_size if stored.is_file() else None
        data = stored.read_bytes() if held == size else b""
    except OSError:
        held, data = None, b""
    if held is None:
        raise TeamAuditError(
            f"'{clipped(spec)}': {where} is stored by Git LFS, and this clone holds only its pointer, not the file",
            hint="fetch the files LFS stores for that commit (git lfs fetch; actions/checkout: lfs: true), then again",
        )
    if len(data) != size or hashlib.sha256(data).hexdigest() != oid:
        # A pointer whose size is not its file's (written by hand, or by a pull request): fetching would not help.
        raise TeamAuditError(
            f"'{clipped(spec)}': {where} is a Git LFS pointer that does not match the file this clone's LFS store "
            f"holds for its oid (the pointer says {size:,} bytes, the store holds {held:,})",
            hint="commit the file again with Git LFS (git lfs track, then git add), which writes its pointer; "
            "git lfs fsck checks the store",
        )
    return data


def commit_of(spec: str, ref: str) -> str | None:
    """The id of the commit `ref` names, None when it names none. A search of the commit messages (`:/fix: typo`)
    names a commit and reads the whole name as the search, `^{commit}` too."""
    named = ref if ref.startswith(":/") else f"{ref}^{{commit}}"
    commit = _git(spec, "rev-parse", "--verify", "--quiet", "--end-of-options", named)
    return None if commit is None else commit.decode("ascii").strip()


@dataclass(frozen=True)
class GitEntry:
    """A file or symbolic link of a commit, as `git ls-tree -l` lists it: a link's blob is the path it points to."""

    link: bool
    size: int
    oid: str

    def holds(self, data: bytes) -> bool:
        """Whether the blob is `data`, by git's object id of those bytes: nothing is read from git."""
        return self.size == len(data) and blob_holds(self.oid, data)


def blob_holds(oid: str, data: bytes) -> bool:
    """Whether the blob git names `oid` is `data`: git's object id of those bytes, in the object format of `oid`."""
    algorithm = "sha1" if len(oid) == 40 else "sha256"  # a repository of either object format
    return hashlib.new(algorithm, b"blob %d\0" % len(data) + data).hexdigest() == oid


def git_entries(spec: str, commit_id: str | None, paths: Sequence[str]) -> dict[str, GitEntry]:
    """The files and links at `paths` (each from the repository's top) in commit `commit_id` (commit_of), by path,
    from one `git ls-tree` run for them all: a path that holds a folder, a submodule or nothing is left out. Git
    follows no link on the way: a path through a folder that is a link in the commit is not there. (Each path was
    3 git runs, its type, its whole blob and its mode: 12 for a config and a rubric that extends another.)"""
    if commit_id is None or not paths:
        return {}
    named = {path.encode("utf-8", "surrogateescape"): path for path in paths}
    options = ("--literal-pathspecs", "ls-tree", "-z", "-l", "--full-tree", "--end-of-options")
    listing = _git(spec, *options, commit_id, *paths)
    found = {}
    for line in (listing or b"").split(b"\0"):
        about, _, name = line.partition(b"\t")
        fields = about.split()
        if name in named and len(fields) == 4 and fields[1] == b"blob" and fields[3].isdigit():
            found[named[name]] = GitEntry(fields[0] == SYMLINK_MODE, int(fields[3]), fields[2].decode("ascii"))
    return found


SUBMODULE_MODE = b"160000"


def git_submodules(
    spec: str, commit_id: str | None, paths: Sequence[str], repository: Path | None = None
) -> dict[str, str]:
    """The submodules at `paths` (from the repository's top) in commit `commit_id` of the current repository, or of
    the checkout at `repository`, each with the commit it records, by path, from one `git ls-tree` run: a path that is
    no submodule there is left out."""
    if commit_id is None or not paths:
        return {}
    named = {path.encode("utf-8", "surrogateescape"): path for path in paths}
    options = ("--literal-pathspecs", "ls-tree", "-z", "--full-tree", "--end-of-options")
    at = () if repository is None else ("-C", str(repository))
    found = {}
    for line in (_git(spec, *at, *options, commit_id, *paths) or b"").split(b"\0"):
        about, _, name = line.partition(b"\t")
        fields = about.split()
        if name in named and len(fields) == 3 and fields[0] == SUBMODULE_MODE and fields[1] == b"commit":
            found[named[name]] = fields[2].decode("ascii")
    return found


def checked_in_ids(spec: str, files: Sequence[Path]) -> dict[Path, str]:
    """The object id `git add` would give each of `files` of the working tree, after the conversions its attributes
    and config ask for (`eol=crlf`, `core.autocrlf`): a checkout that writes CRLF holds other bytes than the commit's
    blob. One `git hash-object` for them all (it was one a file); a file git cannot hash, or whose name holds a line
    break (one a line on git's input), is left out."""
    named = [file for file in files if "\n" not in str(file)]
    if not named:
        return {}
    paths = "".join(f"{file}\n" for file in named).encode("utf-8", "surrogateescape")
    found = (_git(spec, "hash-object", "--stdin-paths", given=paths) or b"").decode("ascii").split()
    return dict(zip(named, found, strict=False)) if len(found) == len(named) else {}


def blob_id(spec: str, repository: Path, commit_id: str, path: str) -> str | None:
    """The object id of the file at `path` in commit `commit_id` of the repository at `repository` (a submodule's
    checkout), None when that repository does not hold the commit or the commit no file there."""
    options = ("-C", str(repository), "rev-parse", "--verify", "--quiet", "--end-of-options")
    found = _git(spec, *options, f"{commit_id}:{path}")
    return None if found is None else found.decode("ascii").strip()


def git_blob(spec: str, entry: GitEntry, max_bytes: int, where: str) -> bytes:
    """The bytes of an entry's blob, refused unread when it is over `max_bytes`, the limit of the reader the same
    file in the working tree goes through: a commit of a pull request can hold a config of any size."""
    if entry.size > max_bytes:
        raise TeamAuditError(
            f"'{clipped(spec)}': {where} is {entry.size:,} bytes, over the limit of {max_bytes:,} bytes; not read",
            hint="a config or rubric is at most that large; the base commit holds a file no reader would take",
        )
    return _git(spec, "cat-file", "blob", "--end-of-options", entry.oid) or b""


def missing_commit_hint(spec: str, ref: str, naming: Callable[[str], str]) -> str | None:
    """What to do when REF names no commit here, `naming(ref)` saying how to name one after: in a shallow clone (CI's
    `fetch-depth: 1`, one commit and no other branch) what to fetch, or what to set in actions/checkout instead; in a
    full one, origin's branch of that name (`fetch-depth: 0` leaves no local `main`). None when there is nothing to
    say."""
    shown = clipped(ref)  # a ref of any length is quoted within bounds, as the message quotes it
    shallow = _git(spec, "rev-parse", "--is-shallow-repository") == b"true\n"
    if ref.startswith(":/"):  # a search of the commit messages: no branch or commit of that name to fetch
        return (
            f"{shown} names the newest commit whose message matches {clipped(ref[2:])!r} (a regular expression), "
            "and no commit reachable here from HEAD or a ref has one"
            + ("; this clone is shallow and holds only the commits fetched" if shallow else "")
        )
    if not shallow:
        at_origin = _git(spec, "rev-parse", "--verify", "--quiet", f"refs/remotes/origin/{ref}^{{commit}}")
        return f"origin's branch is origin/{shown} here: {naming('origin/' + shown)}" if at_origin else None
    hexadecimal = all(c in "0123456789abcdef" for c in ref)
    if hexadecimal and len(ref) in (40, 64):  # a commit's whole id (a pull request's base.sha): fetched by it
        return (
            "this clone is shallow and holds only the commits fetched: fetch that commit first, "
            f"git fetch --no-tags --depth=1 origin {ref}, then {naming(ref)}"  # 40 or 64 characters
        )
    # HEAD~1, or a commit's abbreviated id: 7 characters at least, and `feed` or `cafe` is a branch
    if any(mark in ref for mark in "~^@") or (len(ref) >= 7 and hexadecimal):
        return (
            "this clone is shallow and holds no history before its commits: fetch more of it, "
            "git fetch --deepen=50, or check out with fetch-depth: 0"
        )
    if ref == "FETCH_HEAD":
        return (
            "nothing was fetched into FETCH_HEAD: fetch the base branch first, git fetch --no-tags --depth=1 origin "
            f"main, then {naming('FETCH_HEAD')}"
        )
    branch = shown.removeprefix("origin/")
    if ref.startswith("origin/"):  # origin's branch: fetch-depth: 0 fetches it under the name given
        after_full = naming(shown)
    else:  # a branch is origin/NAME after fetch-depth: 0, a tag NAME, and nothing here says which REF is
        after_full = f"{naming('origin/' + branch)} if {branch} is a branch, {naming(branch)} if a tag"
    return (
        f"this clone is shallow and holds only the commits fetched: fetch it first, "
        f"git fetch --no-tags --depth=1 origin {shlex.quote(branch)}, then {naming('FETCH_HEAD')}; or check out "
        f"with actions/checkout's fetch-depth: 0, which fetches every branch and every tag, then {after_full}"
    )


def _in_submodule(spec: str, ref: str, path: str, commit_id: str) -> tuple[Path, str]:
    """The checkout of the submodule REF holds PATH in, and the id of PATH's blob at the commit REF records for it:
    git lists nothing inside a submodule, and a team file in one read as new, so the diff compared nothing and
    passed. NotAtRef when no submodule of REF holds PATH or its commit has no file there; an error saying what to
    fetch when the submodule's checkout lacks the commit."""
    from_root = posixpath.normpath(_prefix(spec) + path)
    submodules = git_submodules(spec, commit_id, _and_its_folders(from_root))
    if from_root in submodules:  # git has no size for a commit of another repository: it read as no file there
        raise TeamAuditError(f"'{clipped(spec)}': {clipped(path)} is a submodule in {clipped(ref)}, not a team file")
    if not submodules:
        raise _not_at_ref(spec, ref, path)
    folder = max(submodules, key=len)
    top = (_git(spec, "rev-parse", "--show-toplevel") or b"").decode("utf-8", "surrogateescape").strip()
    repository, recorded, inside = Path(top) / folder, submodules[folder], from_root[len(folder) + 1 :]
    if _git(spec, "-C", str(repository), "cat-file", "-e", "--end-of-options", f"{recorded}^{{commit}}") is None:
        shown = clipped(folder)
        raise TeamAuditError(
            f"'{clipped(spec)}': {clipped(path)} is in the submodule {shown}, which {clipped(ref)} records at commit "
            f"{recorded}, and the submodule's checkout does not hold that commit",
            hint=f"fetch it, git -C {shlex.quote(shown)} fetch origin {recorded}, or check out with "
            "actions/checkout's submodules: true",
        )
    oid = blob_id(spec, repository, recorded, inside)
    if oid is None:
        # One level is read: a team file in a submodule of the submodule read as no file there, so the diff passed.
        if nested := git_submodules(spec, recorded, _and_its_folders(inside)[1:], repository):
            deeper = clipped(posixpath.join(folder, max(nested, key=len)))
            raise TeamAuditError(
                f"'{clipped(spec)}': {clipped(path)} is in the submodule {deeper}, inside the submodule "
                f"{clipped(folder)}, and a git side reads no submodule inside another",
                hint="compare two files of the working tree, each checked out at its commit",
            )
        raise _not_at_ref(spec, ref, path)
    _refuse_what_is_no_file(spec, ref, path, _Place(recorded, inside, repository), oid)
    return repository, oid


def _and_its_folders(path: str) -> list[str]:
    """`a/b/c`, `a/b` and `a`: a path and each folder it is in, from the repository's top."""
    paths = [path]
    while posixpath.dirname(paths[-1]):
        paths.append(posixpath.dirname(paths[-1]))
    return paths


def _from_current_folder(spec: str, path: str) -> str:
    """PATH as the current folder names it. Git reads `REF:/abs/team.yaml` as a path inside the tree, where it never
    is, so an absolute path is made relative to here, and one outside the repository is refused."""
    if not os.path.isabs(path):
        return path
    top = Path((_git(spec, "rev-parse", "--show-toplevel") or b"").decode("utf-8", "surrogateescape").strip())
    where = Path(path).parent.resolve() / Path(path).name
    if not top.is_absolute() or not where.is_relative_to(top.resolve()):
        raise TeamAuditError(f"'{clipped(spec)}': {clipped(path)} is outside this repository ({top})")
    return os.path.relpath(where, Path.cwd().resolve())


def _prefix(spec: str) -> str:
    """The current folder from the repository root (`plans/`), empty at the root."""
    return (_git(spec, "rev-parse", "--show-prefix") or b"").decode("utf-8", "replace").strip()


def _not_at_ref(spec: str, ref: str, path: str) -> NotAtRef:
    prefix = _prefix(spec)
    if not prefix:
        return NotAtRef(f"'{clipped(spec)}': no file {clipped(path)} in {clipped(ref)}")
    # `git show REF:PATH` reads PATH from the repository root; a git side reads it from here, as a path side.
    from_root = quoted_side(ref, f"{'../' * prefix.count('/')}{path}")
    return NotAtRef(
        f"'{clipped(spec)}': no file {prefix}{clipped(path)} in {clipped(ref)} (a git side's path starts from the "
        f"current folder, {prefix})",
        hint=f"for {clipped(path)} at the repository root, write {clipped(from_root)}",
    )


@dataclass(frozen=True)
class _Place:
    """Where a git side's PATH is: a commit, the path from its repository's top, and that repository's checkout
    (None: the current one; a submodule's, for a path inside one)."""

    commit: str
    from_root: str
    repository: Path | None = None

    def git(self) -> tuple[str, ...]:
        """The options that run git in that repository."""
        return () if self.repository is None else ("-C", str(self.repository))


def _refuse_what_is_no_file(spec: str, ref: str, path: str, place: _Place, blob: str) -> None:
    """An error for a folder, a submodule or a symbolic link at PATH: only a file is a team file. Inside a submodule
    too: its link was read as the team file, the text of the path it points to."""
    kind = (_git(spec, *place.git(), "cat-file", "-t", "--end-of-options", blob) or b"").strip()
    shown = clipped(spec)
    if kind == b"tree":
        hint = _files_in(spec, ref, path, place, blob)
        raise TeamAuditError(f"'{shown}': {clipped(path)} is a folder in {clipped(ref)}, not a team file", hint=hint)
    mode = _mode(spec, place)
    if kind == b"commit" or mode == SUBMODULE_MODE:  # a submodule's commit is in its own checkout's objects, not here
        raise TeamAuditError(f"'{shown}': {clipped(path)} is a submodule in {clipped(ref)}, not a team file")
    if mode == SYMLINK_MODE:
        raise TeamAuditError(
            f"'{shown}': {clipped(path)} is a symbolic link in {clipped(ref)}, not a team file; a git side does not "
            "follow links",
            hint=_link_target(spec, ref, path, place, blob),
        )


def _mode(spec: str, place: _Place) -> bytes:
    """The mode git records for a path from the repository root (git reads `./` and `..` in it as normpath does),
    the path read literally: no pattern in it."""
    options = ("--literal-pathspecs", "ls-tree", "-z", "--full-tree", "--end-of-options", place.commit, place.from_root)
    listing = _git(spec, *place.git(), *options)
    named = place.from_root.encode("utf-8", "surrogateescape")
    return next((mode for mode, _, name in map(_split, (listing or b"").split(b"\0")) if name == named), b"")


def _files_in(spec: str, ref: str, path: str, place: _Place, tree: str) -> str:
    """Which file of the folder to name: its YAML files (those named like a team file first), else how to name one."""
    listing = _git(spec, *place.git(), "ls-tree", "-z", "--full-tree", "--end-of-options", tree) or b""
    found = sorted(
        (
            name.decode("utf-8", "replace")
            for mode, _, name in (_split(line) for line in listing.split(b"\0"))
            if mode in REGULAR_MODES and name.endswith((b".yaml", b".yml"))
        ),
        key=lambda name: ("team" not in name.casefold(), name),
    )
    if not found:
        return f"it holds no .yaml file; name the team file: {quoted_side(ref, _beside(path, 'team.yaml'))}"
    shown = " or ".join(quoted_side(ref, _beside(path, clipped(name))) for name in found[:3])
    more = f", or one of {len(found) - 3:,} more .yaml files" if len(found) > 3 else ""
    return f"name the team file in it: {shown}{more}"


def quoted_side(ref: str, path: str) -> str:
    """A git side a hint tells the user to write, quoted for a shell as `teamaudit diff` would be typed."""
    return shlex.quote(f"git:{ref}:{path}")


def _split(line: bytes) -> tuple[bytes, bytes, bytes]:
    """An ls-tree line: its mode, its type and the name after the tab."""
    about, _, name = line.partition(b"\t")
    mode, _, rest = about.partition(b" ")
    return mode, rest.partition(b" ")[0], name


def _beside(folder: str, name: str) -> str:
    return posixpath.normpath(posixpath.join(folder, name))


def _link_target(spec: str, ref: str, path: str, place: _Place, blob: str) -> str:
    """Where the link points, and the side that reads that file when it is in the repository."""
    raw = _git(spec, *place.git(), "cat-file", "blob", "--end-of-options", blob) or b""
    target = raw[:1000].decode("utf-8", "replace")
    beside = _beside(posixpath.dirname(path), target)
    inside = not target.startswith("/") and not posixpath.normpath(_prefix(spec) + beside).startswith("..")
    if inside:
        return f"it points to {clipped(target)}: write {quoted_side(ref, beside)}"
    return f"it points to {clipped(target)}, outside the repository"


def _git(spec: str, *args: str, given: bytes = b"") -> bytes | None:
    """Git's output, with `given` on its input, or None when it says no (a ref or path that does not exist); an error
    outside that."""
    try:
        proc = subprocess.run(["git", *args], capture_output=True, timeout=60, input=given)
    except FileNotFoundError:
        raise TeamAuditError(f"'{clipped(spec)}': git is not installed") from None
    except subprocess.TimeoutExpired:
        raise TeamAuditError(f"'{clipped(spec)}': git took over 60 s") from None
    except OSError as exc:  # E2BIG: a side of 1 MB is an argument over the 128 KiB Linux gives one
        raise TeamAuditError(f"'{clipped(spec)}': git cannot be run with it: {exc.strerror}") from None
    if proc.returncode == 0:
        return proc.stdout
    reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    if reason and reason[-1].startswith("fatal: not a git repository"):
        raise TeamAuditError(f"'{clipped(spec)}': {reason[-1].removeprefix('fatal: ')}")
    return None
