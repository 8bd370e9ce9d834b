"""A rubric's patterns: compiled by RE2, whose matching time is linear in the text, or by Python's `re` for a pattern
of a rubric shipped with teamaudit exactly as shipped (its few lookarounds), and no one else's; and the validators
that check each pattern as its rubric is validated: it compiles, matches some words and not empty text, and is paid
for within the rubric's pattern budget (patterncost.py) before it is compiled."""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from teamaudit import patterncost
from teamaudit.accents import fold_pattern
from teamaudit.errors import clipped
from teamaudit.rubricfiles import builtin_dir
from teamaudit.rubrickeys import FIELDS_READ


def rubric_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A rubric's pattern compiled by RE2, whose matching time is linear in the text, so no pattern a rubric
    can hold hangs a run. RE2 has no lookarounds or backreferences: a pattern that needs them is refused
    (`re.error`) unless it is a pattern of a built-in rubric shipped with teamaudit, which Python's `re`
    compiles. Only IGNORECASE is a supported flag. RE2's `\\b` and `\\w` are ASCII-only."""
    if flags & ~re.IGNORECASE:
        raise ValueError(f"unsupported regular expression flags {flags!r}")
    return _compile(pattern, bool(flags & re.IGNORECASE))


@functools.lru_cache(maxsize=1024)
def _compile(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    import re2  # type: ignore[import-untyped]

    try:
        # re2's pattern object answers `search` and `sub` as `re.Pattern` does, which is all rubrics use.
        return cast("re.Pattern[str]", re2.compile(pattern, patterncost.re2_options(ignore_case=ignore_case)))
    except re2.error as exc:
        if pattern not in _BUILTIN_PATTERNS and pattern not in packaged_patterns():
            raise re.error(
                f"{_re2_reason(exc)} (teamaudit matches with RE2: no lookarounds or backreferences)"
            ) from None
    with warnings.catch_warnings():
        # Python's FutureWarning for syntax a later version may read differently (`[[`): users see clean errors.
        warnings.simplefilter("ignore", FutureWarning)
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def _re2_reason(exc: Exception) -> str:
    reason = str(exc)
    if reason.startswith(("b'", 'b"')):
        reason = reason[2:-1]
    return reason


def drop_regex(drop: Sequence[str]) -> str:
    """The one pattern a rubric's `normalization.drop` list becomes: `normalize.TitleNormalizer` compiles it, and a
    validator checks it compiles."""
    return r"\b(?:" + "|".join(f"(?:{p})" for p in drop) + r")\b"


_BUILTIN_PATTERNS: set[str] = set()  # filled as packaged rubrics are read, before they are validated


def trust_builtin(path: Path, data: dict[str, Any]) -> None:
    """Let the patterns of a rubric packaged with teamaudit use Python-only syntax; nobody else's may."""
    if path.resolve().parent == builtin_dir().resolve():
        _BUILTIN_PATTERNS.update(_patterns_of(data))


@functools.lru_cache(maxsize=1)
def packaged_patterns() -> frozenset[str]:
    """Every pattern of the packaged rubrics, read from their files: a copy of one (`rubric show healthcare-ai >
    mine.yaml`, a clone's rubrics/ folder) may use the same Python-only patterns, each exactly as shipped. Read
    only when RE2 refuses a pattern, so a rubric without one costs nothing. A pattern that differs by a character,
    or a `drop` list with one pattern added (its patterns are matched as one), is not the shipped one."""
    import yaml

    patterns: set[str] = set()
    for file in sorted(builtin_dir().glob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            patterns |= _patterns_of(data)
    return frozenset(patterns)


def _patterns_of(data: dict[str, Any]) -> set[str]:
    """A rubric file's patterns as the classifier compiles them: each signal's, accents folded too, each `drop`
    pattern and the one regex the drop list becomes."""
    patterns: set[str] = set()
    layers = data.get("layers")
    definitions = [d for d in layers.values() if isinstance(d, dict)] if isinstance(layers, dict) else []
    for definition in definitions:
        for kind in ("signals", "negative"):
            signals = definition.get(kind)
            for signal in signals if isinstance(signals, list) else ():
                if isinstance(signal, dict) and isinstance(signal.get("pattern"), str):
                    # and as the classifier compiles it, accents folded (classify/patternset.py)
                    patterns.update((signal["pattern"], fold_pattern(signal["pattern"])))
    normalization = data.get("normalization")
    drop = normalization.get("drop") if isinstance(normalization, dict) else None
    if isinstance(drop, list) and drop and all(isinstance(p, str) for p in drop):
        patterns.update(drop)
        patterns.add(drop_regex(drop))
    return patterns


def shipped(pattern: str) -> bool:
    """Whether `pattern` is one of a packaged rubric this run has read, so trusted and not charged for."""
    return pattern in _BUILTIN_PATTERNS


def compiles(value: object) -> object:
    # The packaged rubrics' patterns are compiled once, by the classifier's pattern sets; a test compiles each.
    if isinstance(value, str) and not shipped(value):
        budget = patterncost.current()
        if budget.stopped:
            return value  # the rubric is refused already (patterncost.py): its later patterns are not compiled
        try:
            _check_signal_pattern(value)
        except ValueError:
            budget.problem()
            raise
    return value


def _check_signal_pattern(value: str) -> None:
    if patterncost.program_size(value) is None or patterncost.program_size(fold_pattern(value)) is None:
        raise ValueError(patterncost.TOO_LARGE)
    try:
        compiled = rubric_regex(value, re.IGNORECASE)  # the classifier's flags: it then finds this compile cached
        rubric_regex(fold_pattern(value), re.IGNORECASE)  # and as it compiles it, accents folded
    except re.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    if not value:
        raise ValueError("is empty: an empty pattern matches every person")
    if _matches_empty(compiled):
        raise ValueError("matches empty text, so it matches every person: make it match some words")


def charge_signal(value: object) -> object:
    """A signal's pattern counted against the limits of the rubric it is in (patterncost.py), by the fields it is
    matched against, before the signal itself is validated."""
    if not isinstance(value, dict) or not isinstance(pattern := value.get("pattern"), str):
        return value
    budget = patterncost.current()
    if shipped(pattern) or budget.stopped:
        return value
    read = value.get("field", "title")
    fields = FIELDS_READ.get(read, FIELDS_READ["any"]) if isinstance(read, str) else FIELDS_READ["any"]
    try:
        folded = fold_pattern(pattern)
        budget.charge(pattern, fields, patterncost.program_size(folded), budget.openings_of(folded))
    except ValueError:
        budget.problem()
        raise
    return value


_EMPTY_PROBES = ("", " ", "a", "a b", "-")


def _matches_empty(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern finds a match of no characters (`x*`, `a|`, a lone `\\b`) in texts every record has."""
    return any((found := pattern.search(text)) is not None and found.start() == found.end() for text in _EMPTY_PROBES)


def all_compile(kind: str) -> Callable[[object], object]:
    """The validator of a list of patterns matched as one (`drop`, `hedges`), counted as `kind`."""

    def check(value: object) -> object:
        if not isinstance(value, list | tuple):
            return value
        budget = patterncost.current()
        try:
            for pattern in value:
                if isinstance(pattern, str) and not budget.stopped:
                    _check_listed_pattern(pattern, kind, budget)
        except ValueError:
            budget.problem()
            raise
        if value and all(isinstance(p, str) for p in value) and not budget.stopped:
            try:
                rubric_regex(drop_regex(value))
            except re.error as exc:
                raise ValueError(f"these patterns cannot be used together: {exc}") from None
        return value

    return check


def _check_listed_pattern(pattern: str, kind: str, budget: patterncost.PatternBudget) -> None:
    if not shipped(pattern):
        size = patterncost.program_size(fold_pattern(pattern))
        if size is None or patterncost.program_size(pattern) is None:
            raise ValueError(f"'{clipped(pattern)}' {patterncost.TOO_LARGE}")
        budget.charge(pattern, (kind,), size, budget.openings_of(fold_pattern(pattern)))
    try:
        compiled = rubric_regex(pattern)
        rubric_regex(fold_pattern(pattern))
    except re.error as exc:
        raise ValueError(f"invalid regular expression '{clipped(pattern)}': {exc}") from None
    if not pattern or _matches_empty(compiled):  # a hedge that matches nothing hedges every line
        raise ValueError(f"'{clipped(pattern)}' matches empty text, so it applies everywhere: make it match words")
