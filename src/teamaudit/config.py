"""Configuration: `.teamaudit.yaml` or `[tool.teamaudit]` in pyproject.toml, TEAMAUDIT_* variables, flags.

Precedence: command-line flag > environment variable > config file > built-in default. The config file is
`--config PATH` (or TEAMAUDIT_CONFIG), else the first `.teamaudit.yaml`, `.teamaudit.yml` or pyproject.toml
with a `[tool.teamaudit]` table found walking up from the team file's folder. A missing section means
defaults; an invalid key or value is an exit-2 error naming the file, the key and the allowed values.
What a file may hold is configschema.py's; the wording of what is wrong with one, configerrors.py's.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from pydantic_core import ValidationError

from teamaudit.configschema import MAX_DAYS_LIMIT, FileConfig, Suppression, kebab, written_key
from teamaudit.errors import TeamAuditError, clipped, file_error
from teamaudit.filekeys import shown_loc
from teamaudit.model import Basis, FailOn, Scope, Severity
from teamaudit.problems import Problems
from teamaudit.records import number_at, to_data
from teamaudit.rubricfiles import DEFAULT_RUBRIC, NamedIn
from teamaudit.tomlfile import locate_toml, parse_toml, read_toml
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES, YamlDocument, parse_yaml, read_bytes, read_text
from teamaudit.yamlread.yamlnodes import Located

YAML_NAMES = (".teamaudit.yaml", ".teamaudit.yml")
ENV_PREFIX = "TEAMAUDIT_"


@dataclass(frozen=True)
class Settings:
    """The effective configuration, and where each value came from."""

    rubric: str = DEFAULT_RUBRIC
    scope: Scope = Scope.PLAN
    basis: Basis = Basis.FTE
    fail_on: FailOn = FailOn.ERROR
    severities: dict[str, Severity | None] = field(default_factory=dict)
    thresholds: dict[str, Any] = field(default_factory=dict)  # Thresholds fields the config file overrides
    ignore: tuple[Suppression, ...] = ()
    config_file: Path | None = None
    sources: dict[str, str] = field(default_factory=dict)
    rubric_named_in: NamedIn | None = None  # the config file or variable that named the rubric, if one did


def find_config(start: Path) -> Path | None:
    """The nearest config file at or above `start` (a folder)."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        for name in YAML_NAMES:
            if _config_file_at(candidate / name):
                return _inside(candidate / name)
        pyproject = candidate / "pyproject.toml"
        if _config_file_at(pyproject) and _has_tool_section(_inside(pyproject)):
            return pyproject
    return None


def _config_file_at(path: Path) -> bool:
    """Whether a file is at one of the config's names; an error for anything else there (a folder, a link to nothing
    or to a device): a pull request that turned `.teamaudit.yaml` into a link to /dev/null was judged by the
    defaults without a word, walking up passing over it as over a folder with no config."""
    if path.is_file():
        return True
    if not os.path.lexists(path):
        return False
    if path.is_symlink():
        target = clipped(os.readlink(path))
        what = f"a link to {target}, which " + ("is no regular file" if path.exists() else "is not there")
    else:
        what = "a folder" if path.is_dir() else "no regular file"
    raise TeamAuditError(
        f"{path}: {what}, where teamaudit looks for its config",
        hint="commit the config itself there, or delete the name; --config names a config elsewhere",
    )


def _inside(found: Path) -> Path:
    """A config found by walking up, unless it is a link out of the repository it is found in (repository.py):
    a pull request could commit `.teamaudit.yaml` as a link to /etc/shadow, whose lines were then quoted as keys."""
    from teamaudit.repository import link_out_error, outside

    bound = outside(found, found.parent)
    if bound is not None:
        raise link_out_error(found, bound, "give a config elsewhere with --config")
    return found


def _has_tool_section(path: Path) -> bool:
    """Whether a pyproject.toml has a [tool.teamaudit] table. One that mentions teamaudit but cannot be read
    (unreadable, not UTF-8, not TOML, too deep) is an error, not a silent fall back to the defaults."""
    raw = read_bytes(path, DEFAULT_MAX_BYTES)
    if b"teamaudit" not in raw:
        return False  # most projects: no need to decode and parse
    tool = read_toml(path).get("tool", {})
    return isinstance(tool, dict) and "teamaudit" in tool


def load_config(path: Path) -> FileConfig:
    if not path.exists() and not path.is_symlink():  # a loop of links is said to be one, by the read
        raise TeamAuditError("config file not found", file=path)
    return config_from_text(read_text(path, DEFAULT_MAX_BYTES), path)


def config_from_text(text: str, path: Path) -> FileConfig:
    """A config file's settings from its text (a file's, or a commit's for `diff`); `path` names it in messages and
    says whether it is TOML."""
    if _is_toml(path):
        return _load_toml(text, path)
    doc = parse_yaml(text, path, what="config file")
    if not isinstance(doc.data, dict):
        raise doc.error("a config file must be a mapping of settings")
    bases = _other_bases(doc)
    try:
        config = FileConfig.parse(doc.data)
    except ValidationError as exc:
        from teamaudit.configerrors import config_errors  # the wording, loaded only for a file that needs it

        raise config_errors(exc, path, doc, settled=bases) from None
    if bases:
        problems = Problems()
        for base in bases.values():
            problems.add(base)
        raise problems.error()
    if config.rubric is not None:
        config = replace(config, rubric_at=doc.locate(("rubric",)))
    return _located_ignores(config, path, lambda i: doc.locate(("ignore", i))[0])


def _other_bases(doc: YamlDocument) -> dict[tuple[Any, ...], TeamAuditError]:
    """A problem for each setting YAML 1.1 reads as a number in another base (`ml-ratio: 0x10` is 16, `010` 8,
    `1:30` 90), by its path: not the decimal number it looks like. (TOML writes `0x10` and `0o10` by its own
    spec, and refuses `010` and `1:30`.)"""
    from teamaudit.numberbases import base_problem, in_other_bases

    found = {}
    for loc, as_spelled, kind in in_other_bases(doc.located.spelled, doc.data):
        if number_at(FileConfig, loc, kebab):
            problem, hint = base_problem(as_spelled, kind)
            found[loc] = doc.error(f"{shown_loc(loc, partial(written_key, doc), indexed=True)}: {problem}", loc, hint)
    return found


def _is_toml(path: Path) -> bool:
    return path.name == "pyproject.toml" or path.suffix == ".toml"


def _load_toml(text: str, path: Path) -> FileConfig:
    tool = parse_toml(text, path).get("tool", {})
    section = tool.get("teamaudit", {}) if isinstance(tool, dict) else {}
    try:
        config = FileConfig.parse(section)
    except ValidationError as exc:
        from teamaudit.configerrors import config_errors

        places = _toml_places(text)
        places.value = section  # the values as written, for a message to quote
        raise config_errors(exc, path, places, prefix="tool.teamaudit.") from None
    if not config.ignore and config.rubric is None:
        return config
    places = _toml_places(text)
    if config.rubric is not None:
        config = replace(config, rubric_at=places.locate(("rubric",)))
    return _located_ignores(config, path, lambda i: places.locate(("ignore", i))[0])


def _toml_places(text: str) -> Located:
    """Where each value of [tool.teamaudit] starts, found only when a message needs it (tomllib keeps none)."""
    return locate_toml(text, ("tool", "teamaudit"))


def _located_ignores(config: FileConfig, path: Path, line_of: Callable[[int], int | None]) -> FileConfig:
    """Each suppression learns where it was written, for TA006's message and annotation, and how far ahead its
    `until` may be."""
    file, days = shown_path(path), config.suppression_max_days
    located = (replace(s, file=file, line=line_of(i), max_days=days) for i, s in enumerate(config.ignore))
    return replace(config, ignore=tuple(located))


def shown_path(path: Path) -> str:
    """A path as a finding shows it: relative to the working folder when it is inside it, as GitHub annotations
    and SARIF results want (the config file is found by walking up from the team file, so its path is absolute,
    and an absolute path in a client's report shows the home folder)."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except (ValueError, OSError):  # outside it, or the working folder was deleted under the run
        return str(path)


def resolve(
    team_file: Path | None,
    *,
    config: Path | None = None,
    cli: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Merge defaults, the config file, TEAMAUDIT_* variables and command-line values, in that order."""
    environ = os.environ if env is None else env
    values: dict[str, Any] = {
        "rubric": DEFAULT_RUBRIC,
        "scope": Scope.PLAN,
        "basis": Basis.FTE,
        "fail_on": FailOn.ERROR,
    }
    sources = dict.fromkeys(values, "default")
    values["rubric_named_in"] = None
    config_path, found_by = _config_path(team_file, config, environ)
    if found_by is not None:
        sources["config"] = found_by
    file_config = load_config(config_path) if config_path is not None else FileConfig()
    where = str(config_path)
    _from_file(file_config, config_path, values, sources)
    _from_environment(environ, values, sources)
    for key, value in (cli or {}).items():
        if value is not None:
            values[key] = value
            sources[key] = "command line"
            if key == "rubric":
                values["rubric_named_in"] = None
    severities: dict[str, Severity | None] = {
        rule: None if level == "off" else Severity(level) for rule, level in file_config.rules.items()
    }
    thresholds = {k: v for k, v in to_data(file_config.thresholds).items() if v is not None}
    for key, present in (("rules", severities), ("thresholds", thresholds), ("ignore", file_config.ignore)):
        if present:
            sources[key] = where
    return Settings(
        rubric=values["rubric"],
        scope=values["scope"],
        basis=values["basis"],
        fail_on=values["fail_on"],
        severities=severities,
        thresholds=thresholds,
        ignore=_horizon_from_environment(environ, file_config.ignore),
        config_file=config_path,
        sources=sources,
        rubric_named_in=values["rubric_named_in"],
    )


def _config_path(
    team_file: Path | None, config: Path | None, environ: Mapping[str, str]
) -> tuple[Path | None, str | None]:
    """The config file to read, and how it was found: the command line, TEAMAUDIT_CONFIG, or walking up. The
    operator names a config anywhere, but a link the file is may be a pull request's (repository.py)."""
    from teamaudit.repository import refuse_link_out, refuse_named_link_out

    if config is not None:
        refuse_named_link_out(config)
        return config, "command line"
    if environ.get(ENV_PREFIX + "CONFIG"):
        named = Path(environ[ENV_PREFIX + "CONFIG"])
        refuse_named_link_out(named)
        return named, ENV_PREFIX + "CONFIG"
    if team_file is None:
        return None, None

    # Walking up starts where the team file's links lead: from `hr/x/team.yaml`, `hr` a link out of the repository,
    # the config found there was read, and its keys quoted, before the team file was refused for the link.
    try:
        refuse_link_out(team_file)
        start = (team_file.parent if team_file.parent != Path("") else Path(".")).resolve()
        found = find_config(start)
    except OSError as exc:  # a folder name over 255 bytes: said of the team file as given, not of the config looked for
        raise file_error(exc, team_file) from None
    return found, _how_found(found, start) if found is not None else None


def _how_found(found: Path, start: Path) -> str:
    """Where walking up from the team file found its config, and any config beside it that lost to it."""
    folder = found.parent
    up = len(start.relative_to(folder).parts) if start.is_relative_to(folder) else 0
    where = "next to the team file" if up == 0 else f"{up} folder{'s' if up > 1 else ''} above the team file"
    pyproject = folder / "pyproject.toml"
    if found.name != pyproject.name and pyproject.is_file() and _has_tool_section(pyproject):
        return f"found {where}; it wins over [tool.teamaudit] in the pyproject.toml beside it, which is not read"
    return f"found {where}"


def _from_file(file_config: FileConfig, path: Path | None, values: dict[str, Any], sources: dict[str, str]) -> None:
    for key in ("rubric", "scope", "basis", "fail_on"):
        value = getattr(file_config, key)
        if value is not None:
            values[key] = value
            sources[key] = str(path)
    if file_config.rubric is not None and path is not None:
        # A path in a config file is read from that file's folder, whatever the working folder.
        line, column = file_config.rubric_at or (None, None)
        key = "tool.teamaudit.rubric" if _is_toml(path) else "rubric"
        values["rubric_named_in"] = NamedIn(key, path, line, column)


def _from_environment(environ: Mapping[str, str], values: dict[str, Any], sources: dict[str, str]) -> None:
    for key, kind in (("rubric", None), ("scope", Scope), ("basis", Basis), ("fail_on", FailOn)):
        name = ENV_PREFIX + key.upper()
        if environ.get(name):
            values[key] = environ[name] if kind is None else _env_choice(name, environ[name], kind)
            sources[key] = name
            if kind is None:
                values["rubric_named_in"] = NamedIn(f"environment variable {name}")


def _env_choice(name: str, value: str, kind: type[StrEnum]) -> Any:
    try:
        return kind(value.strip().lower())
    except ValueError:
        from teamaudit.configerrors import env_choice_error

        raise env_choice_error(name, value, kind) from None


MAX_DAYS_VARIABLE = ENV_PREFIX + "SUPPRESSION_MAX_DAYS"


def _horizon_from_environment(environ: Mapping[str, str], ignore: tuple[Suppression, ...]) -> tuple[Suppression, ...]:
    """The suppressions under TEAMAUDIT_SUPPRESSION_MAX_DAYS when it is set and stricter than the config's own
    horizon. A horizon is a limit, not a preference: a CI owner sets it in the workflow, where a pull request that
    edits `.teamaudit.yaml` does not reach, and a config may hold suppressions to a shorter one but never lift it
    (as pip-audit takes `--ignore-vuln` only from the command line). `suppression-max-days: 3660` in a pull
    request's config replaced the workflow's 30."""
    written = environ.get(MAX_DAYS_VARIABLE, "").strip()
    if not written:
        return ignore
    if not written.isdecimal() or not 1 <= int(written) <= MAX_DAYS_LIMIT:
        raise TeamAuditError(
            f"environment variable {MAX_DAYS_VARIABLE}: '{clipped(written)}' is not a number of days from 1 to "
            f"{MAX_DAYS_LIMIT:,}"
        )
    days = int(written)
    return tuple(
        s if s.max_days is not None and s.max_days <= days else replace(s, max_days=days, max_days_by=MAX_DAYS_VARIABLE)
        for s in ignore
    )


def settings_rows(settings: Settings, today: dt.date | None = None) -> list[tuple[str, str, str]]:
    """The effective configuration as (setting, value, where it came from) rows, as `teamaudit config` shows
    them: the config file, each choice, rule levels, thresholds, then one row per suppression."""
    sources = settings.sources
    config_file = str(settings.config_file) if settings.config_file else "(none)"
    rows = [
        ("config file", config_file, sources.get("config", "")),
        ("rubric", settings.rubric, sources.get("rubric", "default")),
        ("scope", settings.scope.value, sources.get("scope", "default")),
        ("basis", settings.basis.value, sources.get("basis", "default")),
        ("fail-on", settings.fail_on.value, sources.get("fail_on", "default")),
    ]
    rules = ", ".join(f"{rule}={sev.value if sev else 'off'}" for rule, sev in sorted(settings.severities.items()))
    rows.append(("rules", rules or "(rule defaults)", sources.get("rules", "default")))
    thresholds = ", ".join(f"{kebab(k)}={v:g}" for k, v in sorted(settings.thresholds.items()))
    rows.append(("thresholds", thresholds or "(rubric's)", sources.get("thresholds", "default")))
    for s in settings.ignore:
        target = " ".join(x for x in (s.rule, s.layer.value if s.layer else "", s.person or "") if x)
        until = f" until {s.until.isoformat()}" if s.until else ""
        problem = s.problem(today or dt.date.today())
        void = f" (does not apply: it {problem}; TA006)" if problem else ""
        rows.append(("ignore", f"{target}{until}: {s.reason or '(no reason)'}{void}", s.where))
    return rows
