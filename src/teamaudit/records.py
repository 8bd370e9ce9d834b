"""Frozen dataclasses validated by pydantic-core.

The team file, rubric and config models are plain `@dataclass(frozen=True, slots=True)` classes; this
module turns their type hints into a pydantic-core schema and validates with it. Validation is pydantic's
(the same engine, the same error types and locations), but the start-up is not: importing pydantic's model
machinery and building BaseModel classes costs about 50 ms, more than a 20-person check's whole budget.
Slots also make a person 136 bytes instead of about 1.5 KB, which is what lets 100,000 people fit.

Supported annotations: str, int, float, bool, datetime.date, None unions, Literal, StrEnum, tuple[X, ...],
dict[K, V] and other record classes. With `strict`, a number or true/false must be written as one: `"5"` is
not the number 5, `"yes"` not true, and NaN or infinity is no number at all. Per field, `limits(...)` adds
constraints (gt, ge, lt, le, min_length; of a tuple, on each item; of a dict, on each value) and `before=` a
function run on the raw value; `internal()` marks a field the program sets and no file may (a key of that name
is an unknown key, as if the field were not there).
A class may define `_check(self)`, run after validation, which raises ValueError to reject the whole record, and
`_before`, a function run on the raw value before its fields are validated, which may raise ValueError too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any, TypeVar

from pydantic_core import PydanticCustomError, SchemaValidator
from pydantic_core import core_schema as cs

T = TypeVar("T")

_LIMITS = ("gt", "ge", "lt", "le", "min_length", "max_length")


def limits(*, before: Callable[[Any], Any] | None = None, **constraints: float) -> dict[str, Any]:
    """Field metadata: `field(default=1.0, metadata=limits(gt=0, le=1))`."""
    unknown = set(constraints) - set(_LIMITS)
    if unknown:
        raise TypeError(f"unknown constraint {sorted(unknown)[0]}")
    return {"limits": constraints, "before": before}


def internal() -> dict[str, Any]:
    """Field metadata for a field the program fills in (where a record was written), never read from a file."""
    return {"internal": True}


def _is_read(f: dataclasses.Field[Any]) -> bool:
    return f.init and not f.metadata.get("internal")


def _not_a_key(value: Any) -> Any:
    raise PydanticCustomError(UNKNOWN_KEY, "Unexpected keyword argument")


@dataclasses.dataclass(frozen=True)
class _Options:
    alias: Callable[[str], str] | None
    strip: bool
    strict: bool = False


def _annotation_schema(hint: Any, constraints: Mapping[str, float], options: _Options) -> cs.CoreSchema:
    strip = options.strip
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options_ = [a for a in args if a is not type(None)]
        inner = (
            _annotation_schema(options_[0], constraints, options)
            if len(options_) == 1
            else cs.union_schema([_annotation_schema(a, constraints, options) for a in options_])
        )
        return cs.nullable_schema(inner) if type(None) in args else inner
    if origin is typing.Literal:
        return cs.literal_schema(list(args))
    if origin is tuple:  # a text list's length limits apply to each item
        return cs.tuple_schema([_annotation_schema(args[0], constraints, options)], variadic_item_index=0)
    if origin is dict:  # and a mapping's limits apply to each of its values
        return cs.dict_schema(
            _annotation_schema(args[0], {}, options), _annotation_schema(args[1], constraints, options)
        )
    if hint is str:  # strict: text is text, never bytes (YAML's `!!binary`) decoded into it
        return cs.str_schema(strict=True, strip_whitespace=strip, **constraints)  # type: ignore[arg-type]
    strict = options.strict or None
    if hint is bool:
        return cs.bool_schema(strict=strict)
    if hint is int:
        return cs.int_schema(strict=strict, **constraints)  # type: ignore[arg-type]
    if hint is float:
        finite = False if strict else None
        return cs.float_schema(strict=strict, allow_inf_nan=finite, **constraints)  # type: ignore[arg-type]
    if hint is dt.date:
        return cs.date_schema()
    if isinstance(hint, type) and issubclass(hint, Enum):
        return cs.enum_schema(hint, list(hint.__members__.values()), sub_type="str")
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record_schema(hint, options)
    raise TypeError(f"records cannot validate {hint!r}")


def record_schema(
    cls: type, *, alias: Callable[[str], str] | None = None, strip: bool = False, strict: bool = False
) -> cs.CoreSchema:
    """The pydantic-core schema of a record class and the records it contains. Unknown keys are errors.
    With `alias`, a field is also accepted under its alias (config files spell `fail_on` as `fail-on`);
    with `strip`, text loses surrounding whitespace; with `strict`, numbers and true/false are not read from text."""
    return _record_schema(cls, _Options(alias, strip, strict))


def _record_schema(cls: type, options: _Options) -> cs.CoreSchema:
    alias = options.alias
    hints = typing.get_type_hints(cls)
    fields = []
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        meta = f.metadata
        if meta.get("internal"):
            fields.append(
                cs.dataclass_field(
                    f.name, cs.with_default_schema(cs.no_info_plain_validator_function(_not_a_key), default=f.default)
                )
            )
            continue
        schema = _annotation_schema(hints[f.name], meta.get("limits") or {}, options)
        if meta.get("before") is not None:
            schema = cs.no_info_before_validator_function(meta["before"], schema)
        if f.default is not dataclasses.MISSING:
            schema = cs.with_default_schema(schema, default=f.default)
        elif f.default_factory is not dataclasses.MISSING:
            schema = cs.with_default_schema(schema, default_factory=f.default_factory)
        spellings: list[list[str | int]] | None = None
        if alias is not None and alias(f.name) != f.name:
            spellings = [[alias(f.name)], [f.name]]
        fields.append(cs.dataclass_field(f.name, schema, validation_alias=spellings))
    schema = cs.dataclass_schema(
        cls,
        cs.dataclass_args_schema(cls.__name__, fields, extra_behavior="forbid"),
        [f.name for f in dataclasses.fields(cls)],
        slots=True,
        frozen=True,
    )
    before = getattr(cls, "_before", None)
    if before is not None:
        schema = cs.no_info_before_validator_function(before, schema)
    check = getattr(cls, "_check", None)
    if check is not None:

        def run_check(value: Any) -> Any:
            check(value)
            return value

        schema = cs.no_info_after_validator_function(run_check, schema)
    return schema


_VALIDATORS: dict[tuple[type, Callable[[str], str] | None, bool, bool], SchemaValidator] = {}


def validator(
    cls: type[T], *, alias: Callable[[str], str] | None = None, strip: bool = False, strict: bool = False
) -> Callable[[Any], T]:
    """A function that validates plain data into `cls`, raising pydantic_core.ValidationError."""
    key = (cls, alias, strip, strict)
    if key not in _VALIDATORS:
        _VALIDATORS[key] = SchemaValidator(record_schema(cls, alias=alias, strip=strip, strict=strict))
    validate: Callable[[Any], T] = _VALIDATORS[key].validate_python
    return validate


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if _is_read(f))


def record_at(cls: type, loc: Sequence[str | int]) -> type | None:
    """The record class of the value at `loc` (a validation error's location) inside a `cls` record, or None
    when that value is not a record (a list, a mapping of text, a number)."""
    hint = _hint_at(cls, loc, lambda record: {name: name for name in typing.get_type_hints(record)})
    hint = _without_none(hint)
    return hint if isinstance(hint, type) and dataclasses.is_dataclass(hint) else None


def number_at(cls: type, loc: Sequence[Any], alias: Callable[[str], str] | None = None) -> bool:
    """Whether the value at `loc` (keys as a file writes them, `alias`ed or not) inside a `cls` record is an int or
    float field: where a number a file writes is read as one."""

    def keys(record: type) -> dict[str, str]:
        named = {f.name: f.name for f in dataclasses.fields(record) if _is_read(f)}
        if alias is not None:
            named.update({alias(name): name for name in list(named)})
        return named

    return _without_none(_hint_at(cls, loc, keys)) in (int, float)


def _hint_at(cls: type, loc: Sequence[Any], keys: Callable[[type], dict[str, str]]) -> Any:
    """The type hint of the value at `loc` inside a `cls` record (a mapping's value, a tuple's item, the field a
    record's `keys` name), or None where `loc` leads to no hint."""
    hint: Any = cls
    for step in loc:
        hint = _without_none(hint)
        origin = typing.get_origin(hint)
        if origin is dict:
            hint = typing.get_args(hint)[1]
        elif origin is tuple:
            hint = typing.get_args(hint)[0]
        elif isinstance(hint, type) and dataclasses.is_dataclass(hint) and step in (named := keys(hint)):
            hint = typing.get_type_hints(hint)[named[step]]
        else:
            return None
    return hint


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return options[0] if len(options) == 1 else hint
    return hint


# The error type pydantic-core gives a key the record does not have (records are always dataclass schemas).
UNKNOWN_KEY = "unexpected_keyword_argument"


def to_data(value: Any) -> Any:
    """A record as plain data (dicts, lists, text, numbers), as it would be written in YAML or JSON."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value) if _is_read(f)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {to_data(k): to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_data(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
