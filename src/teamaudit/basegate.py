"""`--config-from REF`: judge with the gate a commit holds, the config and the rubric files it names as committed at
REF (the base branch's), not those of the change under test.

In CI the pull request is the attacker, and the config and rubrics are files it can edit: `rules: {TA001: off}`, a
higher `ml-ratio`, `fail-on: never` or `rubric:` pointing at a lax rubric of its own passed `check` and `diff`
alike, with only a note in the diff. Under `--config-from REF` the config is looked for at REF as `check` looks for
it in the working tree (walking up from the team file, or the `--config` / TEAMAUDIT_CONFIG path inside the
repository), and the rubric it or the command line names, and every rubric that one extends, are read at REF too.
They are written, with nothing else, into a private folder laid out as the repository (a `.git` in it, so
repository.py keeps every `rubric:` and `extends:` inside it), and read from there by the readers every config and
rubric goes through; errors name them as `git:REF:PATH`. A file outside the repository (a shared rubric the
workflow names) is the operator's and read where it is. A committed symbolic link is refused, not followed.
"""

from __future__ import annotations

import os
import posixpath
import shlex
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from teamaudit.config import ENV_PREFIX, Settings, find_config, load_config, resolve
from teamaudit.errors import TeamAuditError, TeamAuditErrors, clipped
from teamaudit.gitnames import rev_and_path
from teamaudit.gitside import commit_of, git_blob, git_entries, lfs_resolved, missing_commit_hint
from teamaudit.repository import repository_of
from teamaudit.rubric import MAX_EXTENDS, already_read
from teamaudit.rubricfiles import builtin_names
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES, YamlDocument, load_yaml

CONFIG_NAMES = (".teamaudit.yaml", ".teamaudit.yml", "pyproject.toml")


@dataclass(frozen=True)
class _Copy:
    """The private folder the files of REF are written to, and how messages name them."""

    ref: str
    commit: str
    top: Path  # the repository's top in the working tree
    folder: Path  # the copy's top

    @property
    def spec(self) -> str:
        return f"--config-from {self.ref}"

    def fetch(self, from_top: str) -> Path | None:
        """The file at `from_top` (a path from the repository's top) as REF holds it, written into the copy; None
        when REF holds no file there (a missing rubric is then the reader's error, as in the working tree). A folder
        on the way that is a symbolic link at REF is refused as a link to the file is: git follows none, and the
        reader said "no such file" of a rubric the base holds through a link."""
        found = self.fetch_all([from_top]).get(from_top)
        if found is None:
            folders = [posixpath.join(*Path(from_top).parts[:depth]) for depth in range(1, len(Path(from_top).parts))]
            for folder, entry in git_entries(self.spec, self.commit, folders).items():
                if entry.link:
                    raise self._link_error(folder, folder=True)
        return found

    def fetch_all(self, paths: list[str]) -> dict[str, Path]:
        """Each file of `paths` REF holds, written into the copy, by path; one git run looks them all up."""
        written = {}
        for from_top, entry in git_entries(self.spec, self.commit, paths).items():
            if entry.link:
                raise self._link_error(from_top)
            target = self.folder / from_top
            target.parent.mkdir(parents=True, exist_ok=True)
            where = f"{clipped(from_top)} in {clipped(self.ref)}"
            blob = git_blob(self.spec, entry, DEFAULT_MAX_BYTES, where)
            target.write_bytes(lfs_resolved(self.spec, where, blob, DEFAULT_MAX_BYTES))
            written[from_top] = target
        return written

    def _link_error(self, from_top: str, folder: bool = False) -> TeamAuditError:
        return TeamAuditError(
            f"--config-from {clipped(self.ref)}: {clipped(from_top)} is a symbolic link there, and --config-from "
            "reads only files",
            hint="name the rubric by a path through the folder the link points to"
            if folder
            else "commit the file itself on the base branch",
        )

    def shown(self, text: str, ref: str | None = None) -> str:
        """`text` with each path into the copy written as the git side it was read from, REF written `ref` if given."""
        ref = self.ref if ref is None else ref
        shown = text.replace(f"{self.folder}{os.sep}", f"git:{ref}:{self._here()}")
        return shown.replace(str(self.folder), f"git:{ref}:{self._here() or '.'}")

    def _here(self) -> str:
        """The repository's top as a path from the current folder, as a git side's PATH is read: `` at the top."""
        relative = os.path.relpath(self.top, Path.cwd().resolve())
        return "" if relative == "." else relative.replace(os.sep, "/") + "/"


@contextmanager
def settings_from(
    ref: str,
    team_file: Path | None,
    *,
    config: Path | None = None,
    cli: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> Iterator[Settings]:
    """The settings `config.resolve` makes, with the config and rubric files of the repository read at REF. The
    files stay readable while inside: the rubric is read when the audit runs."""
    environ = dict(os.environ if env is None else env)
    top, in_repository = repository_of(Path.cwd())
    commit = commit_of(f"--config-from {ref}", ref) if in_repository else None
    if commit is None:
        where = "this repository" if in_repository else "a git repository: the current folder is in none"
        raise TeamAuditError(
            f"--config-from: '{clipped(ref)}' is not a commit of {where}",
            hint=_no_commit_hint(ref, in_repository),
        )
    folder = Path(tempfile.mkdtemp(prefix="teamaudit-base-"))
    copy = _Copy(ref, commit, top.resolve(), folder)
    try:
        (folder / ".git").mkdir()  # the copy's top is a repository's: no `rubric:` leads out of it
        named = config or (Path(environ.pop(ENV_PREFIX + "CONFIG")) if environ.get(ENV_PREFIX + "CONFIG") else None)
        config_path = _config_at(copy, named, team_file)
        cli_values = dict(cli or {})
        read = _rubrics_at(copy, config_path, cli_values, environ)
        settings = resolve(None, config=config_path, cli=cli_values, env=environ)
        with already_read(read):
            yield _shown_settings(copy, settings, named is not None)
    except TeamAuditError as exc:
        raise _shown_error(copy, exc) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _no_commit_hint(ref: str, in_repository: bool) -> str:
    """What to name instead: `main:.teamaudit.yaml` and `main..HEAD`, git's ways to name a file and a range, were
    told to fetch the commit, which would not have helped."""
    a_commit = "--config-from names a commit (a branch, a tag, a commit's id)"
    searched = ref.startswith(":/")  # `:/chore: gate` names a commit by its message, whatever `:` or `..` it holds
    if rev_and_path(ref) is not None and not searched:
        return f"{a_commit}, not a file: the config is looked for there as check looks for it, or --config names it"
    if ".." in ref and not searched:
        return "--config-from names one commit, the base's (main, FETCH_HEAD), not a range"
    if ref.startswith("-"):
        return f"{a_commit}, not an option"

    def naming(commit: str) -> str:  # pasteable: a branch may be named `x$(cmd)`
        return f"--config-from {shlex.quote(commit)}"

    fetch = missing_commit_hint(f"--config-from {ref}", ref, naming) if in_repository else None
    if fetch:
        return fetch
    return (
        "a clone holds only the commits fetched: git fetch --no-tags --depth=1 origin main, then --config-from "
        "FETCH_HEAD"
    )


def _from_top(copy: _Copy, path: Path) -> str | None:
    """`path` (from the current folder) as a path from the repository's top, None when outside it. Read as REF
    reads it, as written: no link of the working tree, which the change under test may have made, is followed
    below the top (a team folder replaced by a link to another folder led the config's search there, away from
    the base's config in the team's folder). Links above the top are followed: they are no file of the change's."""
    absolute = Path(os.path.normpath(os.path.join(os.getcwd(), path)))
    for folder in (*reversed(absolute.parents), absolute):  # the shortest way in first: above the top
        if folder.resolve() == copy.top:
            return absolute.relative_to(folder).as_posix()
    return None


def _config_at(copy: _Copy, named: Path | None, team_file: Path | None) -> Path | None:
    """The config REF holds: the one named, when it is in the repository (one outside it is the operator's, and
    read where it is), else the nearest found walking up from the team file's folder at REF."""
    if named is not None:
        from_top = _from_top(copy, named)
        if from_top is None:
            return named
        found = copy.fetch(from_top)
        if found is None:
            raise TeamAuditError(f"--config-from {clipped(copy.ref)}: no config file {clipped(from_top)} there")
        return found
    start = team_file.parent if team_file is not None and str(team_file) != "-" else Path()
    from_top = _from_top(copy, start / "x")
    if from_top is None:
        return None
    folders = Path(from_top).parent.parts
    copy.fetch_all(
        [posixpath.join("", *folders[:depth], name) for depth in range(len(folders), -1, -1) for name in CONFIG_NAMES]
    )
    found = find_config(copy.folder.joinpath(*folders))
    return found if found is not None and found.is_relative_to(copy.folder) else None


def _rubrics_at(
    copy: _Copy, config_path: Path | None, cli: dict[str, Any], environ: dict[str, str]
) -> dict[Path, YamlDocument]:
    """Write into the copy the rubric the settings name and every one it extends, as REF holds them; a rubric the
    command line or TEAMAUDIT_RUBRIC names by a path in the repository is read there too. Each file is read as
    YAML here, for its `extends:`, and the rubric reader is handed what was read (a 5 MB base rubric was parsed
    twice); by path."""
    read: dict[Path, YamlDocument] = {}
    name, named_by = _rubric_named(config_path, cli, environ)
    if name is None or name in builtin_names():
        return read
    if named_by is None:  # from the current folder
        from_top = _from_top(copy, Path(name))
        if from_top is None:
            return read  # the operator's, outside the repository
        found = copy.fetch(from_top)
        replacement = str(found if found is not None else copy.folder / from_top)
        if cli.get("rubric") is not None:
            cli["rubric"] = replacement
        else:
            environ[ENV_PREFIX + "RUBRIC"] = replacement
    else:
        found = _fetch_beside(copy, named_by, name)
    for _ in range(MAX_EXTENDS):
        parent = _extends(found, read)
        if parent is None or found is None:
            return read
        found = _fetch_beside(copy, found, parent)
    return read


def _rubric_named(
    config_path: Path | None, cli: Mapping[str, Any], environ: Mapping[str, str]
) -> tuple[str | None, Path | None]:
    """The rubric the settings will name, and the config file that names it (None: the command line or the
    environment, whose paths are from the current folder)."""
    if cli.get("rubric") is not None:
        return str(cli["rubric"]), None
    if environ.get(ENV_PREFIX + "RUBRIC"):
        return environ[ENV_PREFIX + "RUBRIC"], None
    if config_path is None or not config_path.is_file():
        return None, None
    return load_config(config_path).rubric, config_path


def _fetch_beside(copy: _Copy, named_by: Path, name: str) -> Path | None:
    """The file a file of the copy names (`rubric:`, `extends:`), fetched from REF when it is in the repository; a
    built-in name needs nothing, and a path out of the copy is refused by the reader, as in the working tree."""
    if name in builtin_names() or not named_by.is_relative_to(copy.folder):
        return None
    from_top = posixpath.normpath(posixpath.join(named_by.parent.relative_to(copy.folder).as_posix(), name))
    if from_top.startswith(("../", "/")) or from_top == "..":
        return None
    return copy.fetch(from_top)


def _extends(rubric: Path | None, read: dict[Path, YamlDocument]) -> str | None:
    """The `extends:` of a rubric file, when it names one, the file read as the rubric reader reads it and kept in
    `read`; the reader reports whatever else is wrong with it."""
    if rubric is None or rubric in read:
        return None  # a loop: the reader reports it
    try:
        read[rubric] = load_yaml(rubric, what="rubric")
    except TeamAuditError:
        return None
    data = read[rubric].data
    parent = data.get("extends") if isinstance(data, dict) else None
    return parent if isinstance(parent, str) else None


def _shown_settings(copy: _Copy, settings: Settings, named: bool) -> Settings:
    """The settings with every path into the copy written as the git side it was read from: a suppression's file is
    where its TA006 finding points, and `teamaudit config` shows the sources."""
    ignore = tuple(replace(s, file=copy.shown(s.file)) for s in settings.ignore)
    sources = {key: copy.shown(value) for key, value in settings.sources.items()}
    if settings.config_file is not None and not named:
        sources["config"] = f"found at {copy.ref}"
    return replace(settings, ignore=ignore, sources=sources)


def _shown_error(copy: _Copy, exc: TeamAuditError) -> TeamAuditError:
    """`exc` with every path into the copy written as the git side it was read from."""
    problems = exc.problems if isinstance(exc, TeamAuditErrors) else (exc,)
    ref = clipped(copy.ref)  # a commit may be named at any length, `main~0~0...`
    for problem in (*problems, exc):
        problem.message = copy.shown(problem.message, ref)
        problem.hint = copy.shown(problem.hint, ref) if problem.hint else problem.hint
        problem.file = copy.shown(problem.file, ref) if problem.file else problem.file
    return exc
