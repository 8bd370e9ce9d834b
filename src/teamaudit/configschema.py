"""What a config file may hold: its settings, their bounds, the rule each `rules:` entry names, and the
suppressions (`ignore:`), as validated; and the document a message quotes them from.

config.py finds and reads the file into these; configerrors.py words what is wrong with one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from teamaudit.errors import as_written, clipped, shown_key
from teamaudit.filekeys import key_as_written
from teamaudit.model import MAX_NAME, Basis, FailOn, Finding, Layer, Scope
from teamaudit.records import field_names, internal, limits, validator
from teamaudit.rules import BY_ID, BY_NAME
from teamaudit.yamlread.yamlfile import YamlDocument
from teamaudit.yamlread.yamlnodes import Located

MAX_REASON = 500  # characters: a reason is a sentence someone must be able to read
MAX_SUPPRESSIONS = 1000  # entries: 100,000 reasonless ones made an 86 MB SARIF log
TOO_MANY_SUPPRESSIONS = f"suppressions, over the {MAX_SUPPRESSIONS:,} a config may hold"
MAX_DAYS_KEY = "suppression-max-days"
MAX_DAYS_LIMIT = 3660  # ten years and their leap days: a horizon past that is no horizon
RULE_LEVELS = ("error", "warning", "info", "off")


def kebab(name: str) -> str:
    return name.replace("_", "-")


def rule_id_of(rule: str) -> str:
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
        if rule_id_of(value) not in BY_ID:
            raise ValueError(_unknown_rule(value))
        return rule_id_of(value)
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
    """The first valid suppression that accepts a finding, found in at most eight look-ups: one for
    each of person, layer and view named or left open. Comparing every finding with every suppression made 1,000
    `ignore:` entries cost 3 s over 20,000 people (75 ns a pair; minutes at the million people a file may hold)."""

    def __init__(self, valid: Sequence[Suppression]) -> None:
        self._first: dict[tuple[str, str | None, Layer | None, Scope | None], tuple[int, Suppression]] = {}
        for order, s in enumerate(valid):  # suppressions with the same four fields accept the same findings
            self._first.setdefault((s.rule, s.person, s.layer, s.view), (order, s))

    def of(self, finding: Finding) -> Suppression | None:
        found = [
            self._first[key]
            for person in {finding.person, None}
            for layer in {finding.layer, None}
            for view in {finding.view, None}
            if (key := (finding.rule, person, layer, view)) in self._first
        ]
        return min(found, key=lambda first: first[0])[1] if found else None


@dataclass(frozen=True, slots=True)
class ThresholdOverrides:
    ml_ratio: float | None = field(default=None, metadata=limits(gt=0, le=100))
    confidence: float | None = field(default=None, metadata=limits(ge=0, le=1))
    thin_layer_people: int | None = field(default=None, metadata=limits(ge=0, le=100))
    thin_layer_min_fte: float | None = field(default=None, metadata=limits(gt=0, le=1))


def rule_level_problems(entries: dict[Any, Any], doc: Doc = None) -> list[tuple[Any, str, bool]]:
    """What is wrong with a `rules:` mapping: (the entry's key, the message, whether the key itself is wrong)."""
    problems = []
    first: dict[str, str] = {}  # rule ID -> how the file first named it
    for rule, level in entries.items():
        if not isinstance(rule, str):
            shown = key_as_written(rule, written_key(doc, ("rules",), rule))
            problems.append((rule, f"rules: a rule is named by text, not {shown}", True))
            continue
        rule_id = rule_id_of(rule)
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
            shown = as_written(level, written(doc, ("rules", rule), level))
            problems.append((rule, f"rules.{shown_key(rule)}: {shown} is not one of {', '.join(RULE_LEVELS)}", False))
    return problems


def read_levels(value: dict[Any, Any]) -> dict[Any, Any]:
    # YAML 1.1 reads a bare `off` as false; `TA003: off` must mean what it says.
    return {rule: "off" if level is False else level for rule, level in value.items()}


def _rule_levels(value: object) -> object:
    if not isinstance(value, dict):
        return value
    levels = read_levels(value)
    problems = rule_level_problems(levels)
    if problems:
        raise ValueError(problems[0][1])  # the first; config_errors lists every one
    return {rule_id_of(rule): _any_case(level) for rule, level in levels.items()}


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
            raise ValueError(f"{len(self.ignore):,} {TOO_MANY_SUPPRESSIONS}")

    @classmethod
    def parse(cls, data: object) -> FileConfig:
        """Validate a config file's settings; keys are written `fail-on` (or `fail_on`)."""
        return validator(cls, alias=kebab, strict=True)(data)


Doc = YamlDocument | Located | None  # a YAML config, where [tool.teamaudit] is in a TOML file, or neither


def written(doc: Doc, loc: tuple[Any, ...], value: object) -> str | None:
    """How the config file writes the value at `loc` when a message would write it otherwise (`yes`, `0x1F`,
    `2026-01-01T10:00:00`): every TOML value that is not text, and a YAML one read again from the file."""
    if isinstance(doc, YamlDocument):
        return doc.written(loc, value)
    return doc.spelled.get(loc) if doc is not None else None


def written_key(doc: Doc, where: tuple[Any, ...], key: object) -> str | None:
    """How a YAML config writes a key that is not text (`yes`, `2026-01-01`); a TOML key is always text."""
    return doc.written_key(where, key) if isinstance(doc, YamlDocument) else None


def setting_keys() -> frozenset[str]:
    """The keys of a config file, as written (`fail-on` or `fail_on`)."""
    names = field_names(FileConfig)
    return frozenset((*names, *map(kebab, names)))


def keys_at(where: tuple[Any, ...]) -> list[str]:
    return [kebab(name) for name in field_names(_model_for(where))]


def _model_for(loc: tuple[Any, ...]) -> type:
    if loc[:1] == ("thresholds",):
        return ThresholdOverrides
    if loc[:1] == ("ignore",):
        return Suppression
    return FileConfig
