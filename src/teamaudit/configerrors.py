"""A config file's problems in words a person fixes: each at its line, the key and the value as the file writes
them, the values a setting takes and the one a misspelt value meant, the keys a mapping knows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

from pydantic_core import ErrorDetails, ValidationError

from teamaudit.configschema import (
    TOO_MANY_SUPPRESSIONS,
    Doc,
    kebab,
    keys_at,
    read_levels,
    rule_level_problems,
    written,
    written_key,
)
from teamaudit.errors import TeamAuditError, clipped, shown_key
from teamaudit.filekeys import file_loc, key_as_written, shown_loc
from teamaudit.model import Basis, FailOn, Layer, Scope
from teamaudit.problems import Problems
from teamaudit.records import UNKNOWN_KEY
from teamaudit.typedvalues import TYPED, shown_value, value_message
from teamaudit.yamlread.yamlfile import YamlDocument
from teamaudit.yamlread.yamlnodes import Located


def config_errors(
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
        found = rule_level_problems(read_levels(entries), doc) if isinstance(entries, dict) else []
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
    if not loc and TOO_MANY_SUPPRESSIONS in str(error["msg"]):
        loc = ("ignore",)  # FileConfig._check's count of suppressions: point at the list, not the file's first line
    if isinstance(doc, YamlDocument):
        loc = file_loc(doc.data, loc)  # a key that is not text, as the file holds it (pydantic names it by repr)
    if error["type"] == "invalid_key":
        return _key_not_text(path, doc, loc, prefix)
    if error["type"] == UNKNOWN_KEY:
        return _unknown_key(path, doc, loc, prefix)
    key = shown_loc(loc, partial(written_key, doc), indexed=True)
    located = doc.located if isinstance(doc, YamlDocument) else doc
    value = _as_loaded(located, loc, error.get("input"))
    spelled = written(doc, loc, value)
    if error["type"] in TYPED:  # a number or true/false written as something else: 'ml-ratio: yes'
        quoted = located is not None and loc in located.quoted
        message, how = value_message(error, spelled, quoted, toml=located is not None and located is doc)
        line, column = doc.locate(loc) if doc else (None, None)
        where = f"{prefix}{key}" if key else prefix.rstrip(".")  # the [tool.teamaudit] table itself
        return TeamAuditError(f"{where}: {message}", file=path, line=line, column=column, hint=how)
    shown = shown_value(value, spelled, toml=located is not None and located is doc)
    message = _wrong_value(error, str(loc[-1]) if loc else "", value, shown)
    found = _located(path, doc, loc, f"{prefix}{key}: {message}" if key else f"{prefix}{message}")
    if error["type"].startswith("date") and found.hint is None and not isinstance(value, dt.datetime):
        from teamaudit.valuemessages import date_hint

        found.hint = date_hint(value)  # as the team file's dates are told: 'write it year first: 2027-03-31'
    return found


def _unknown_key(path: Path, doc: Doc, loc: tuple[Any, ...], prefix: str) -> TeamAuditError:
    """`fail_onn: error`: the key it most likely meant, else every key the mapping knows."""
    import difflib

    from teamaudit.keyhints import reads_as_key

    last = str(loc[-1])
    close = difflib.get_close_matches(last, keys_at(loc[:-1]), n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else known_keys_hint(loc[:-1])
    line, column = doc.key_location(loc[:-1], last) if doc else (None, None)
    # Only a known key in other case or separators is structure; any other, a near miss too (`pearson` for
    # reason), may be data (`Ann Lee: 1`): --redact hides it as the team file's own.
    meant = reads_as_key(last, close[0] if close else None)
    above = shown_loc(loc[:-1], partial(written_key, doc), indexed=True)
    key = ".".join([*([above] if above else []), shown_key(last) if meant else clipped(last)])
    return TeamAuditError(f"{prefix}{key}: unknown key", file=path, line=line, column=column, hint=hint)


def _wrong_value(error: ErrorDetails, key: str, value: object, shown: str) -> str:
    """What is wrong with a value of the right type: not one of a setting's choices, no date, out of bounds."""
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "enum":
        return f"{shown} is not valid{_allowed(key, value)}"
    if error["type"].startswith("date"):
        message = f"must be a date like 2026-03-01, got {shown}"
        if isinstance(value, dt.datetime):  # a suppression lasts to the end of its day
            message += f" (a date and time: write the date alone, {value.date().isoformat()})"
    elif not isinstance(value, dict | list) and error["type"] != "value_error":  # a value error names its value
        message = f"{message} (got {shown})"
    return message


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
    shown = key_as_written(key, written_key(doc, where, key))
    mapping = shown_loc(where, partial(written_key, doc), indexed=True)
    message = f"{prefix}{mapping}: a key must be text, not {shown}" if mapping else f"a key must be text, not {shown}"
    line, column = doc.key_location(where, key) if doc else (None, None)
    return TeamAuditError(message, file=path, line=line, column=column, hint=known_keys_hint(where))


def known_keys_hint(where: tuple[Any, ...]) -> str:
    return f"known keys: {', '.join(keys_at(where))}"


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
    kind = _CHOICES.get(kebab(key))
    if kind is None:
        return ""
    return f"; allowed: {_choices(kind)}{_meant(value, kind, kebab(key))}"


def _choices(kind: type[StrEnum]) -> str:
    return ", ".join(member.value for member in kind)


def _meant(value: object, kind: type[StrEnum], key: str = "") -> str:
    from teamaudit.keyhints import value_hint

    hint = value_hint(key, value, tuple(member.value for member in kind))
    return f" ({hint})" if hint else ""


def env_choice_error(name: str, value: str, kind: type[StrEnum]) -> TeamAuditError:
    """A TEAMAUDIT_* variable's value that is none of its choices: the choices, and the one it most likely meant."""
    return TeamAuditError(
        f"environment variable {name}: '{clipped(value)}' is not valid; allowed: {_choices(kind)}{_meant(value, kind)}"
    )
