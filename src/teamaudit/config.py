"""Configuration: `.teamaudit.yaml` or `[tool.teamaudit]` in pyproject.toml, TEAMAUDIT_* variables, flags.

Precedence: command-line flag > environment variable > config file > built-in default. The config file is
`--config PATH` (or TEAMAUDIT_CONFIG), else the first `.teamaudit.yaml`, `.teamaudit.yml` or pyproject.toml
with a `[tool.teamaudit]` table found walking up from the team file's folder. A missing section means
defaults; an invalid key or value is an exit-2 error naming the file, the key and the allowed values.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from pydantic_core import ErrorDetails, ValidationError

from teamaudit.errors import TeamAuditError, as_written, clipped, file_error, shown_key
from teamaudit.filekeys import file_loc, key_as_written, shown_loc
from teamaudit.model import MAX_NAME, Basis, FailOn, Finding, Layer, Scope, Severity
from teamaudit.problems import Problems
from teamaudit.records import UNKNOWN_KEY, field_names, internal, limits, number_at, to_data, validator
from teamaudit.rubric import DEFAULT_RUBRIC, NamedIn
from teamaudit.rules import BY_ID, BY_NAME
from teamaudit.tomlfile import locate_toml, parse_toml, read_toml
from teamaudit.typedvalues import TYPED, shown_value, value_message
from teamaudit.yamlread.yamlfile import (
    DEFAULT_MAX_BYTES,
    YamlDocument,
    parse_yaml,
    read_bytes,
    read_text,
)
from teamaudit.yamlread.yamlnodes import Located

YAML_NAMES = (".teamaudit.yaml", ".teamaudit.yml")
MAX_REASON = 500  # characters: a reason is a sentence someone must be able to read
MAX_SUPPRESSIONS = 1000  # entries: 100,000 reasonless ones made an 86 MB SARIF log
_TOO_MANY_SUPPRESSIONS = f"suppressions, over the {MAX_SUPPRESSIONS:,} a config may hold"
ENV_PREFIX = "TEAMAUDIT_"
MAX_DAYS_KEY = "suppression-max-days"
MAX_DAYS_LIMIT = 3660  # ten years and their leap days: a horizon past that is no horizon
RULE_LEVELS = ("error", "warning", "info", "off")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


def _rule_id(rule: str) -> str:
    """A rule's ID from its ID or its name in any case (`thin-layer`, `ta003` -> TA003); anything else as written."""
    if rule.upper() in BY_ID:
        return rule.upper()
    return str(BY_NAME[rule.lower()].ID) if rule.lower() in BY_NAME else rule


def _any_case(value: object) -> object:
    """A choice in any case, as the command line and TEAMAUDIT_* variables take it: `WARNING` is `warning`."""
    return value.lower() if isinstance(value, str) else value


_ANY_CASE = limits(before=_any_case)


def _unknown_rule(rule: str) -> str:
    return f"unknown rule '{clipped(rule)}'; rules are {', '.join(BY_ID)}"


def _known_rule(value: object) -> object:
    if isinstance(value, str):
        if _rule_id(value) not in BY_ID:
            raise ValueError(_unknown_rule(value))
        return _rule_id(value)
    return value


@dataclass(frozen=True, slots=True)
class Suppression:
    """A finding accepted on purpose: which rule (and optionally layer, person, view), why, and until when."""

    rule: str = field(metadata=limits(before=_known_rule))
    layer: Layer | None = field(default=None, metadata=_ANY_CASE)
    person: str | None = field(default=None, metadata=limits(max_length=MAX_NAME))  # as long as a name may be
    view: Scope | None = field(default=None, metadata=_ANY_CASE)
    # Shown beside every finding it accepts: a 1 MB reason over 300 people made every format 300 MB.
    reason: str | None = field(default=None, metadata=limits(max_length=MAX_REASON))
    until: dt.date | None = None
    file: str = field(default="", metadata=internal())  # the config file it is written in, as shown
    line: int | None = field(default=None, metadata=internal())  # its line there
    max_days: int | None = field(default=None, metadata=internal())  # the horizon: the stricter of config's and env's
    max_days_by: str = field(default=MAX_DAYS_KEY, metadata=internal())  # what set it, for the message

    @property
    def where(self) -> str:
        """file:line, for messages."""
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def problem(self, today: dt.date) -> str | None:
        if not self.reason or not self.reason.strip():
            return "has no reason"
        if self.until is not None and self.until < today:
            return f"expired on {self.until.isoformat()}"
        if self.max_days is None:
            return None
        latest = today + dt.timedelta(days=self.max_days)
        allowed = f"{self.max_days_by}: {self.max_days} asks for an until by {latest.isoformat()} at the latest"
        if self.until is None:
            return f"has no until, and {allowed}"
        if self.until > latest:
            return f"lasts until {self.until.isoformat()}, and {allowed}"
        return None


class Accepting:
    """The reason of the first valid suppression that accepts a finding, found in at most eight look-ups: one for
    each of person, layer and view named or left open. Comparing every finding with every suppression made 1,000
    `ignore:` entries cost 3 s over 20,000 people (75 ns a pair; minutes at the million people a file may hold)."""

    def __init__(self, valid: Sequence[Suppression]) -> None:
        self._first: dict[tuple[str, str | None, Layer | None, Scope | None], tuple[int, str | None]] = {}
        for order, s in enumerate(valid):  # suppressions with the same four fields accept the same findings
            self._first.setdefault((s.rule, s.person, s.layer, s.view), (order, s.reason))

    def reason(self, finding: Finding) -> str | None:
        found = [
            self._first[key]
            for person in {finding.person, None}
            for layer in {finding.layer, None}
            for view in {finding.view, None}
            if (key := (finding.rule, person, layer, view)) in self._first
        ]
        return min(found)[1] if found else None


@dataclass(frozen=True, slots=True)
class ThresholdOverrides:
    ml_ratio: float | None = field(default=None, metadata=limits(gt=0, le=100))
    confidence: float | None = field(default=None, metadata=limits(ge=0, le=1))
    thin_layer_people: int | None = field(default=None, metadata=limits(ge=0, le=100))
    thin_layer_min_fte: float | None = field(default=None, metadata=limits(gt=0, le=1))


def _rule_level_problems(entries: dict[Any, Any], doc: Doc = None) -> list[tuple[Any, str, bool]]:
    """What is wrong with a `rules:` mapping: (the entry's key, the message, whether the key itself is wrong)."""
    problems = []
    first: dict[str, str] = {}  # rule ID -> how the file first named it
    for rule, level in entries.items():
        if not isinstance(rule, str):
            shown = key_as_written(rule, _written_key(doc, ("rules",), rule))
            problems.append((rule, f"rules: a rule is named by text, not {shown}", True))
            continue
        rule_id = _rule_id(rule)
        if rule_id not in BY_ID:
            problems.append((rule, f"rules: {_unknown_rule(rule)}", True))
            continue
        if rule_id in first:
            problems.append((rule, f"rules: {shown_key(rule)} sets {rule_id} again (first as {first[rule_id]})", True))
        first.setdefault(rule_id, rule)
        if level is True:
            shown = "true (YAML reads on, yes and true as true)"
            problems.append((rule, f"rules.{shown_key(rule)}: {shown} is not one of {', '.join(RULE_LEVELS)}", False))
        elif not isinstance(level, str) or level.lower() not in RULE_LEVELS:
            shown = as_written(level, _written(doc, ("rules", rule), level))
            problems.append((rule, f"rules.{shown_key(rule)}: {shown} is not one of {', '.join(RULE_LEVELS)}", False))
    return problems


def _read_levels(value: dict[Any, Any]) -> dict[Any, Any]:
    # YAML 1.1 reads a bare `off` as false; `TA003: off` must mean what it says.
    return {rule: "off" if level is False else level for rule, level in value.items()}


def _rule_levels(value: object) -> object:
    if not isinstance(value, dict):
        return value
    levels = _read_levels(value)
    problems = _rule_level_problems(levels)
    if problems:
        raise ValueError(problems[0][1])  # the first; _config_errors lists every one
    return {_rule_id(rule): _any_case(level) for rule, level in levels.items()}


@dataclass(frozen=True, slots=True)
class FileConfig:
    rubric: str | None = None
    scope: Scope | None = field(default=None, metadata=_ANY_CASE)
    basis: Basis | None = field(default=None, metadata=_ANY_CASE)
    fail_on: FailOn | None = field(default=None, metadata=_ANY_CASE)
    rules: dict[str, str] = field(default_factory=dict, metadata=limits(before=_rule_levels))
    thresholds: ThresholdOverrides = ThresholdOverrides()
    ignore: tuple[Suppression, ...] = ()
    # Every suppression needs an `until` at most this many days away, as a security scanner's ignore file asks
    # for an expiry (docs/ci.md, "Accepting a finding").
    suppression_max_days: int | None = field(default=None, metadata=limits(ge=1, le=MAX_DAYS_LIMIT))
    rubric_at: tuple[int, int] | None = field(default=None, metadata=internal())  # where `rubric:` is written

    def _check(self) -> None:
        if len(self.ignore) > MAX_SUPPRESSIONS:
            raise ValueError(f"{len(self.ignore):,} {_TOO_MANY_SUPPRESSIONS}")

    @classmethod
    def parse(cls, data: object) -> FileConfig:
        """Validate a config file's settings; keys are written `fail-on` (or `fail_on`)."""
        return validator(cls, alias=_kebab, strict=True)(data)


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
        raise _config_errors(exc, path, doc, settled=bases) from None
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
    for loc, written, kind in in_other_bases(doc.located.spelled, doc.data):
        if number_at(FileConfig, loc, _kebab):
            problem, hint = base_problem(written, kind)
            found[loc] = doc.error(f"{shown_loc(loc, partial(_written_key, doc), indexed=True)}: {problem}", loc, hint)
    return found


def _is_toml(path: Path) -> bool:
    return path.name == "pyproject.toml" or path.suffix == ".toml"


def _load_toml(text: str, path: Path) -> FileConfig:
    tool = parse_toml(text, path).get("tool", {})
    section = tool.get("teamaudit", {}) if isinstance(tool, dict) else {}
    try:
        config = FileConfig.parse(section)
    except ValidationError as exc:
        places = _toml_places(text)
        places.value = section  # the values as written, for a message to quote
        raise _config_errors(exc, path, places, prefix="tool.teamaudit.") from None
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


_CHOICES: dict[str, type[StrEnum]] = {
    "scope": Scope,
    "basis": Basis,
    "fail-on": FailOn,
    "layer": Layer,
    "view": Scope,
}


def _allowed(key: str, value: object) -> str:
    """The values a setting takes, and the one a misspelt value meant (`warnings` -> warning); the key as
    written, `fail_on` or `fail-on`."""
    kind = _CHOICES.get(_kebab(key))
    if kind is None:
        return ""
    return f"; allowed: {_choices(kind)}{_meant(value, kind, _kebab(key))}"


def _choices(kind: type[StrEnum]) -> str:
    return ", ".join(member.value for member in kind)


def _meant(value: object, kind: type[StrEnum], key: str = "") -> str:
    from teamaudit.keyhints import value_hint

    hint = value_hint(key, value, tuple(member.value for member in kind))
    return f" ({hint})" if hint else ""


Doc = YamlDocument | Located | None  # a YAML config, where [tool.teamaudit] is in a TOML file, or neither


def _written(doc: Doc, loc: tuple[Any, ...], value: object) -> str | None:
    """How the config file writes the value at `loc` when a message would write it otherwise (`yes`, `0x1F`,
    `2026-01-01T10:00:00`): every TOML value that is not text, and a YAML one read again from the file."""
    if isinstance(doc, YamlDocument):
        return doc.written(loc, value)
    return doc.spelled.get(loc) if doc is not None else None


def _written_key(doc: Doc, where: tuple[Any, ...], key: object) -> str | None:
    """How a YAML config writes a key that is not text (`yes`, `2026-01-01`); a TOML key is always text."""
    return doc.written_key(where, key) if isinstance(doc, YamlDocument) else None


def _config_errors(
    exc: ValidationError,
    path: Path,
    doc: Doc,
    prefix: str = "",
    settled: Mapping[tuple[Any, ...], TeamAuditError] | None = None,
) -> TeamAuditError:
    """Every problem the schema found, each with its line (the first MAX_SHOWN built), after those `settled`
    before, by path, which stand for any the schema found at the same place."""
    problems = Problems()
    for settled_problem in (settled or {}).values():
        problems.add(settled_problem)
    for error in exc.errors():
        if settled and isinstance(doc, YamlDocument) and file_loc(doc.data, error["loc"]) in settled:
            continue
        entries = error.get("input") if tuple(error["loc"]) == ("rules",) else None
        found = _rule_level_problems(_read_levels(entries), doc) if isinstance(entries, dict) else []
        for rule, problem, at_key in found:
            problems.add_built(partial(_located, path, doc, ("rules", rule), prefix + problem, at_key=at_key))
        if not found:
            problems.add_built(partial(_config_error, error, path, doc, prefix))
    return problems.error()


def _located(path: Path, doc: Doc, loc: tuple[Any, ...], message: str, *, at_key: bool = False) -> TeamAuditError:
    if doc is None:
        line, column = None, None
    else:
        line, column = doc.key_location(loc[:-1], loc[-1]) if at_key else doc.locate(loc)
    return TeamAuditError(message, file=path, line=line, column=column)


def _config_error(error: ErrorDetails, path: Path, doc: Doc, prefix: str) -> TeamAuditError:
    loc = tuple(error["loc"])
    if not loc and _TOO_MANY_SUPPRESSIONS in str(error["msg"]):
        loc = ("ignore",)  # FileConfig._check's count of suppressions: point at the list, not the file's first line
    if isinstance(doc, YamlDocument):
        loc = file_loc(doc.data, loc)  # a key that is not text, as the file holds it (pydantic names it by repr)
    if error["type"] == "invalid_key":
        return _key_not_text(path, doc, loc, prefix)
    key = shown_loc(loc, partial(_written_key, doc), indexed=True)
    last = str(loc[-1]) if loc else ""
    if error["type"] == UNKNOWN_KEY:
        import difflib

        from teamaudit.keyhints import reads_as_key

        close = difflib.get_close_matches(last, _known(loc[:-1]), n=1, cutoff=0.6)
        hint = f"did you mean {close[0]}?" if close else _known_keys(loc[:-1])
        line, column = doc.key_location(loc[:-1], last) if doc else (None, None)
        # Only a known key in other case or separators is structure; any other, a near miss too (`pearson` for
        # reason), may be data (`Ann Lee: 1`): --redact hides it as the team file's own.
        meant = reads_as_key(last, close[0] if close else None)
        above = shown_loc(loc[:-1], partial(_written_key, doc), indexed=True)
        key = ".".join([*([above] if above else []), shown_key(last) if meant else clipped(last)])
        return TeamAuditError(f"{prefix}{key}: unknown key", file=path, line=line, column=column, hint=hint)
    located = doc.located if isinstance(doc, YamlDocument) else doc
    value = _as_loaded(located, loc, error.get("input"))
    spelled = _written(doc, loc, value)
    if error["type"] in TYPED:  # a number or true/false written as something else: 'ml-ratio: yes'
        quoted = located is not None and loc in located.quoted
        message, how = value_message(error, spelled, quoted, toml=located is not None and located is doc)
        line, column = doc.locate(loc) if doc else (None, None)
        where = f"{prefix}{key}" if key else prefix.rstrip(".")  # the [tool.teamaudit] table itself
        return TeamAuditError(f"{where}: {message}", file=path, line=line, column=column, hint=how)
    message = error["msg"].removeprefix("Value error, ")
    shown = shown_value(value, spelled, toml=located is not None and located is doc)
    if error["type"] == "enum":
        message = f"{shown} is not valid{_allowed(last, value)}"
    elif error["type"].startswith("date"):
        message = f"must be a date like 2026-03-01, got {shown}"
        if isinstance(value, dt.datetime):  # a suppression lasts to the end of its day
            message += f" (a date and time: write the date alone, {value.date().isoformat()})"
    elif not isinstance(value, dict | list) and error["type"] != "value_error":  # a value error names its value
        message = f"{message} (got {shown})"
    found = _located(path, doc, loc, f"{prefix}{key}: {message}" if key else f"{prefix}{message}")
    if error["type"].startswith("date") and found.hint is None:
        from teamaudit.valuemessages import date_hint

        found.hint = date_hint(value)  # as the team file's dates are told: 'write it year first: 2027-03-31'
    return found


def _as_loaded(located: Located | None, loc: tuple[Any, ...], value: object) -> object:
    """The value as the file holds it, not as a validator changed it: `scope: Nowhere` was quoted 'nowhere'."""
    held: object = located.value if located is not None else None
    for part in loc:
        if not isinstance(held, dict | list):
            return value
        try:
            held = held[part]
        except (KeyError, IndexError, TypeError):
            return value
    return held if isinstance(value, str) and isinstance(held, str) and held.lower() == value else value


def _key_not_text(path: Path, doc: Doc, loc: tuple[Any, ...], prefix: str) -> TeamAuditError:
    """`yes: 1` or `2026-01-01: x` where a config has keys: pydantic said 'Keys should be strings' at `1`."""
    where, key = loc[:-1], loc[-1]
    shown = key_as_written(key, _written_key(doc, where, key))
    mapping = shown_loc(where, partial(_written_key, doc), indexed=True)
    message = f"{prefix}{mapping}: a key must be text, not {shown}" if mapping else f"a key must be text, not {shown}"
    line, column = doc.key_location(where, key) if doc else (None, None)
    return TeamAuditError(message, file=path, line=line, column=column, hint=_known_keys(where))


def setting_keys() -> frozenset[str]:
    """The keys of a config file, as written (`fail-on` or `fail_on`)."""
    names = field_names(FileConfig)
    return frozenset((*names, *map(_kebab, names)))


def _known(where: tuple[Any, ...]) -> list[str]:
    return [_kebab(name) for name in field_names(_model_for(where))]


def _known_keys(where: tuple[Any, ...]) -> str:
    return f"known keys: {', '.join(_known(where))}"


def _model_for(loc: tuple[Any, ...]) -> type:
    if loc[:1] == ("thresholds",):
        return ThresholdOverrides
    if loc[:1] == ("ignore",):
        return Suppression
    return FileConfig


def _env_value(name: str, value: str, kind: type[StrEnum]) -> Any:
    try:
        return kind(value.strip().lower())
    except ValueError:
        raise TeamAuditError(
            f"environment variable {name}: '{clipped(value)}' is not valid; allowed: {_choices(kind)}"
            f"{_meant(value, kind)}"
        ) from None


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
    """The config file to read, and how it was found: the command line, TEAMAUDIT_CONFIG, or walking up."""
    if config is not None:
        return config, "command line"
    if environ.get(ENV_PREFIX + "CONFIG"):
        return Path(environ[ENV_PREFIX + "CONFIG"]), ENV_PREFIX + "CONFIG"
    if team_file is None:
        return None, None
    start = (team_file.parent if team_file.parent != Path("") else Path(".")).resolve()
    try:
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
            values[key] = environ[name] if kind is None else _env_value(name, environ[name], kind)
            sources[key] = name
            if kind is None:
                values["rubric_named_in"] = NamedIn(f"environment variable {name}")


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
    thresholds = ", ".join(f"{_kebab(k)}={v:g}" for k, v in sorted(settings.thresholds.items()))
    rows.append(("thresholds", thresholds or "(rubric's)", sources.get("thresholds", "default")))
    for s in settings.ignore:
        target = " ".join(x for x in (s.rule, s.layer.value if s.layer else "", s.person or "") if x)
        until = f" until {s.until.isoformat()}" if s.until else ""
        problem = s.problem(today or dt.date.today())
        void = f" (does not apply: it {problem}; TA006)" if problem else ""
        rows.append(("ignore", f"{target}{until}: {s.reason or '(no reason)'}{void}", s.where))
    return rows
