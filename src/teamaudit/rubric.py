"""Rubrics: the YAML files that define the layers, their signals, thresholds and recommendation texts.

A rubric is found by built-in name (`healthcare-ai`) or by path, may `extends:` another rubric, and is
validated with pydantic-core (see records.py); every error names the file, line and the key that is wrong.
"""

from __future__ import annotations

import contextvars
import dataclasses
import functools
import re
import string
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from pydantic_core import ValidationError

from teamaudit import patterncost
from teamaudit.accents import fold_pattern
from teamaudit.errors import TeamAuditError, as_written, clipped
from teamaudit.filekeys import shown_loc
from teamaudit.model import CURRENCY_CODE, CURRENCY_WANTED, Generic, Layer
from teamaudit.problems import Problems
from teamaudit.records import field_names, internal, limits, number_at, to_data, validator
from teamaudit.rubricerrors import add_validation_problems
from teamaudit.yamlread.yamlfile import YamlDocument, load_yaml

DEFAULT_RUBRIC = "healthcare-ai"

Field_ = Literal["title", "skills", "background", "team", "text", "any"]


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
        if pattern not in _BUILTIN_PATTERNS and pattern not in _packaged_patterns():
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
    """The one pattern a rubric's `normalization.drop` list becomes (as `normalize.TitleNormalizer` builds it)."""
    return r"\b(?:" + "|".join(f"(?:{p})" for p in drop) + r")\b"


_BUILTIN_PATTERNS: set[str] = set()  # filled as packaged rubrics are read, before they are validated


def _trust_builtin(path: Path, data: dict[str, Any]) -> None:
    """Let the patterns of a rubric packaged with teamaudit use Python-only syntax; nobody else's may."""
    if path.resolve().parent == builtin_dir().resolve():
        _BUILTIN_PATTERNS.update(_patterns_of(data))


@functools.lru_cache(maxsize=1)
def _packaged_patterns() -> frozenset[str]:
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


MAX_PAY = 100_000_000  # a year's pay per FTE in a rubric's range, in any currency
MAX_EXTENDS = 20  # rubrics in one `extends:` chain, the one given included
MAX_CANCELS = 20  # ids one negative signal may name: each is looked up for every person it matches
MAX_SIGNALS = 2000  # the packaged rubric has about 200; thousands of patterns are one RE2 set too large to build
TOO_MANY_SIGNALS = f"signals, over the {MAX_SIGNALS:,} a rubric may hold"
# A signal's label is shown beside every person it matches: a 1 MB label over 300 people made a 300 MB report.
MAX_LABEL = 200
MAX_ABBREVIATIONS = 1000  # each is an alternative tried at every position of every title
MAX_ABBREVIATION = 60  # characters of an abbreviation or of what it stands for (the packaged rubric's longest: 35)
MAX_TEMPLATE = 2000  # characters of a recommendation template, made once per finding (TA005: once per person)
MAX_TEMPLATE_FIELDS = 20  # placeholders in one template: `{title}` written 285 times was 85 KB a person


def _compiles(value: object) -> object:
    # The packaged rubrics' patterns are compiled once, by the classifier's pattern sets; a test compiles each.
    if isinstance(value, str) and value not in _BUILTIN_PATTERNS:
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


def _charge_signal(value: object) -> object:
    """A signal's pattern counted against the limits of the rubric it is in (patterncost.py), by the fields it is
    matched against, before the signal itself is validated."""
    if not isinstance(value, dict) or not isinstance(pattern := value.get("pattern"), str):
        return value
    budget = patterncost.current()
    if pattern in _BUILTIN_PATTERNS or budget.stopped:
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


def _generic_kind(value: object) -> object:
    if value in (True, False, "credentials", "work"):
        return value
    raise ValueError(
        "must be true, false, credentials (the title gives way only to another layer's credentials) or work (only"
        " to another layer's hands-on work in the skills or background)"
    )


def _all_compile(kind: str) -> Callable[[object], object]:
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
    if pattern not in _BUILTIN_PATTERNS:
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


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    author: str | None = None
    year: int | None = None
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Signal:
    """One pattern that adds (or, in `negative`, subtracts) weight for a layer."""

    pattern: str = field(metadata=limits(before=_compiles))
    weight: float = field(metadata=limits(gt=0, le=20))
    label: str = field(metadata=limits(min_length=1, max_length=MAX_LABEL))
    field: Field_ = "title"
    hands_on: bool = False
    id: str | None = None
    generic: Generic = dataclasses.field(default=False, metadata=limits(before=_generic_kind))  # model.Generic
    settles: bool = False  # a title that decides the layer by itself (founders, executives)
    # A line saying the person holds a licence or has practised ("Hospitalist, Kaiser Permanente, 2012-2020"):
    # it counts with the credentials a `generic: credentials` title gives way to.
    credential: bool = False
    # A negative signal that is about some signals only: the ids of the layer's signals it takes weight from.
    cancels: tuple[str, ...] = ()

    _before = staticmethod(_charge_signal)

    @property
    def key(self) -> str:
        return self.id or self.pattern


@dataclass(frozen=True, slots=True)
class CompRange:
    # A year's pay per FTE; a 310-digit range crashed the HTML report (a float cannot hold it) and read as
    # Infinity in JSON.
    low: int = field(metadata=limits(gt=0, le=MAX_PAY))
    high: int = field(metadata=limits(gt=0, le=MAX_PAY))
    label: str
    source: str
    currency: str = "USD"

    def _check(self) -> None:
        if self.low > self.high:
            raise ValueError("low must not be above high")
        if not CURRENCY_CODE.fullmatch(self.currency):
            raise ValueError(f"currency must be {CURRENCY_WANTED}")


@dataclass(frozen=True, slots=True)
class Hire:
    role: str
    why: str = ""
    source: str | None = None
    comp: CompRange | None = None


@dataclass(frozen=True, slots=True)
class LayerDef:
    name: str
    description: str = ""
    source: str | None = None
    hands_on_means: str = ""
    credentials: dict[str, float] = field(default_factory=dict, metadata=limits(gt=0, le=20))  # each weight
    signals: tuple[Signal, ...] = ()
    negative: tuple[Signal, ...] = ()
    hire: Hire | None = None

    def _check(self) -> None:
        by_id: dict[str, Signal] = {}
        for s in (*self.signals, *self.negative):
            if s.id is not None and by_id.setdefault(s.id, s) is not s:
                raise ValueError(f"two signals have the id '{s.id}': an id names one signal")
        for s in self.signals:
            if s.cancels:
                raise ValueError(f"signal '{s.label}': only a negative signal cancels other signals")
            if s.credential and s.field == "title":
                raise ValueError(f"signal '{s.label}': a title is not a credential (credential: true is for lines)")
        ids = {s.id for s in self.signals if s.id}
        for s in self.negative:
            if s.credential:
                raise ValueError(f"negative signal '{s.label}': only a signal that adds weight can be a credential")
            if len(s.cancels) > MAX_CANCELS:
                raise ValueError(f"negative signal '{s.label}' cancels {len(s.cancels):,} signals, over {MAX_CANCELS}")
            if len(set(s.cancels)) != len(s.cancels):
                raise ValueError(f"negative signal '{s.label}' names a signal twice in cancels")
            unknown = [i for i in s.cancels if i not in ids]
            if unknown:
                known = f"ids: {', '.join(sorted(ids)[:20])}" if ids else "give the signals it is about an `id`"
                raise ValueError(
                    f"negative signal '{s.label}' cancels '{unknown[0]}', not the id of one of this layer's "
                    f"signals ({known})"
                )
            apart = [i for i in s.cancels if not set(FIELDS_READ[by_id[i].field]) & set(FIELDS_READ[s.field])]
            if apart:
                raise ValueError(
                    f"negative signal '{s.label}' reads {s.field} and cancels '{apart[0]}', which reads "
                    f"{by_id[apart[0]].field}: a negative takes weight only from what it reads"
                )


# The fields of a person each signal's `field:` value reads.
FIELDS_READ: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "skills": ("skills",),
    "background": ("background",),
    "team": ("team",),
    "text": ("skills", "background"),
    "any": ("title", "skills", "background", "team"),
}


@dataclass(frozen=True, slots=True)
class Thresholds:
    ml_ratio: float = field(default=1.0, metadata=limits(gt=0, le=100))
    confidence: float = field(default=0.5, metadata=limits(ge=0, le=1))
    thin_layer_people: int = field(default=1, metadata=limits(ge=0, le=100))
    thin_layer_min_fte: float = field(default=0.5, metadata=limits(gt=0, le=1))


@dataclass(frozen=True, slots=True)
class Caps:
    skills: float = field(default=6.0, metadata=limits(gt=0))
    background: float = field(default=9.0, metadata=limits(gt=0))
    credentials: float = field(default=9.0, metadata=limits(gt=0))
    team: float = field(default=4.0, metadata=limits(gt=0))


@dataclass(frozen=True, slots=True)
class Scoring:
    min_score: float = field(default=3.0, metadata=limits(ge=0))
    strong_score: float = field(default=6.0, metadata=limits(gt=0))
    uncorroborated_factor: float = field(default=1.5, metadata=limits(ge=1))
    settled_confidence: float = field(default=0.9, metadata=limits(ge=0, le=1))
    caps: Caps = Caps()


def _word_model_name(value: object) -> object:
    if isinstance(value, str) and value not in builtin_word_models():
        known = ", ".join(builtin_word_models()) or "none"
        raise ValueError(f"no built-in word model '{value[:60]}'; built-in: {known}")
    return value


@dataclass(frozen=True, slots=True)
class Words:
    """The word model that gives a best guess for the people the rubric is unsure of (classify/words.py). Only a
    built-in model can be named: a rubric from a pull request cannot point teamaudit at another file."""

    model: str = field(metadata=limits(before=_word_model_name))
    min_probability: float = field(default=0.5, metadata=limits(gt=0, le=1))

    @property
    def path(self) -> Path:
        return builtin_dir() / f"{self.model}.words.json"


def _abbreviations(value: object) -> object:
    if isinstance(value, dict):
        if len(value) > MAX_ABBREVIATIONS:
            raise ValueError(f"{len(value):,} abbreviations, over the {MAX_ABBREVIATIONS:,} a rubric may hold")
        long = next((key for key in value if isinstance(key, str) and len(key) > MAX_ABBREVIATION), None)
        if long is not None:
            raise ValueError(
                f"'{clipped(long)}' is {len(long):,} characters, over the {MAX_ABBREVIATION} an abbreviation may have"
            )
    return value


@dataclass(frozen=True, slots=True)
class Normalization:
    abbreviations: dict[str, str] = field(
        default_factory=dict, metadata=limits(before=_abbreviations, max_length=MAX_ABBREVIATION)
    )
    drop: tuple[str, ...] = field(default=(), metadata=limits(before=_all_compile("drop")))
    hedges: tuple[str, ...] = field(default=(), metadata=limits(before=_all_compile("hedges")))


def _all_layers(value: object) -> object:
    if isinstance(value, dict) and all(key in Layer.__members__.values() for key in value):
        missing = [layer.value for layer in Layer if layer.value not in value]
        if missing:
            raise ValueError(f"every layer must be defined; missing: {', '.join(missing)}")
    return value


# A `recommendations:` key for the client's sentence of a wording (`TA004_client`), beside its own (`TA004`): the HTML
# report shows it, where the wording tells the consultant which key of the team file to write
CLIENT = "_client"


def _templates(value: object) -> object:
    if not isinstance(value, dict):
        return value
    # The rules say which templates exist and what each may use; they read rubrics, so they are asked here,
    # when a rubric is validated, rather than imported with this module.
    from teamaudit.rules import WORDING

    for key, template in value.items():
        if not isinstance(key, str):
            continue  # refused with its line, in the file's words, when the keys are validated
        wording = WORDING.get(key.removesuffix(CLIENT))  # `TA004_client`: the client's sentence, with TA004's fields
        if wording is None:
            raise ValueError(f"unknown recommendation '{key}'; known: {', '.join(WORDING)}")
        if not isinstance(template, str):
            continue
        if len(template) > MAX_TEMPLATE:
            raise ValueError(f"{key}: {len(template):,} characters, over the {MAX_TEMPLATE:,} a template may have")
        try:
            fields = [(name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name is not None]
        except ValueError as exc:
            raise ValueError(f"{key}: bad template: {exc}") from None
        _check_formats(key, fields)
        names = {name for name, _ in fields if name}
        unknown = names - wording.fields
        if unknown:
            raise ValueError(
                f"{key}: unknown placeholder {{{sorted(unknown)[0]}}}; allowed: {', '.join(sorted(wording.fields))}"
            )
        try:  # a format spec that does not suit the value (`{layer:.2f}`), or a bare `{}`
            template.format(**wording.sample())
        except (ValueError, TypeError, IndexError) as exc:
            raise ValueError(f"{key}: bad template: {exc}") from None
    return value


_WIDE = re.compile(r"\d{3,}")  # a width or precision of 100 or more: `{person:>300000000}` was 300 MB a person


def _check_formats(key: str, fields: list[tuple[str, str | None]]) -> None:
    """Refuse what would make one recommendation huge: too many placeholders, a placeholder inside a format
    (`{person:{line}}` pads by a number the team file sets), a format padding or cutting to 100 or more."""
    if len(fields) > MAX_TEMPLATE_FIELDS:
        raise ValueError(f"{key}: {len(fields):,} placeholders, over the {MAX_TEMPLATE_FIELDS} a template may hold")
    for name, spec in fields:
        if spec and "{" in spec:
            raise ValueError(f"{key}: bad template: {{{name}:...}} holds a placeholder in its format")
        if spec and _WIDE.search(spec):
            raise ValueError(f"{key}: bad template: {{{name}:{clipped(spec)}}} pads or cuts to over 99 characters")


@dataclass(frozen=True, slots=True, kw_only=True)
class Rubric:
    schema_version: int = 1
    name: str
    version: str
    description: str = ""
    extends: str | None = None
    sources: dict[str, Source] = field(default_factory=dict)
    thresholds: Thresholds = Thresholds()
    scoring: Scoring = Scoring()
    normalization: Normalization = Normalization()
    words: Words | None = None
    layers: dict[Layer, LayerDef] = field(metadata=limits(before=_all_layers))
    recommendations: dict[str, str] = field(default_factory=dict, metadata=limits(before=_templates))
    path: str = field(default="", metadata=internal())  # where the rubric was read from
    files: tuple[str, ...] = field(default=(), metadata=internal())  # that file and every one it extends, nearest first

    def _check(self) -> None:
        signals = sum(len(d.signals) + len(d.negative) for d in self.layers.values())
        if signals > MAX_SIGNALS:
            raise ValueError(f"{signals:,} {TOO_MANY_SIGNALS}")
        for layer, definition in self.layers.items():
            cited = [definition.source, definition.hire.source if definition.hire else None]
            if definition.hire and definition.hire.comp:
                cited.append(definition.hire.comp.source)
            for source in cited:
                if source is not None and source not in self.sources:
                    raise ValueError(f"layer {layer.value} cites unknown source '{source}'")
        currencies = sorted({comp.currency for comp in self._comps()})
        if len(currencies) > 1:
            raise ValueError(
                f"the layers' hire.comp ranges are in {' and '.join(currencies)}: write every one in one currency,"
                " as a report adds them up"
            )

    def _comps(self) -> list[CompRange]:
        return [d.hire.comp for d in self.layers.values() if d.hire and d.hire.comp]

    def currency(self) -> str:
        """The one currency of the rubric's pay ranges; USD when it gives none."""
        return next((comp.currency for comp in self._comps()), "USD")

    def packaged(self) -> bool:
        """Whether this is a rubric shipped with teamaudit, read from its own file: the one whose accuracy
        benchmarks/ measures. A copy of it, or a rubric that extends it, is someone's own."""
        return bool(self.path) and Path(self.path).resolve().parent == builtin_dir().resolve()

    def source_text(self, key: str | None) -> str:
        if key is None or key not in self.sources:
            return ""
        source = self.sources[key]
        who = f"{source.author}, " if source.author else ""
        year = f" ({source.year})" if source.year else ""
        return f'{who}"{source.title}"{year}'


def builtin_dir() -> Path:
    """The folder of built-in rubrics: inside the installed package, or the repository's top level."""
    packaged = Path(__file__).parent / "rubrics"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rubrics"


def builtin_names() -> list[str]:
    return sorted(p.stem for p in builtin_dir().glob("*.yaml"))


def builtin_word_models() -> list[str]:
    return sorted(p.name.removesuffix(".words.json") for p in builtin_dir().glob("*.words.json"))


def _exists(path: Path) -> bool:
    """Whether a file is there; no for a name the system cannot look up (over 255 bytes: `rubric: aaa...` in a
    config was an OSError traceback)."""
    try:
        return path.exists()
    except OSError:
        return False


def resolve(name_or_path: str) -> Path:
    """The rubric named on the command line or in the environment: a path from the working folder, or a packaged
    rubric's name. The name is the operator's, but a link the file is may be a pull request's (repository.py)."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or _exists(candidate) or "/" in name_or_path:
        from teamaudit.repository import refuse_named_link_out

        refuse_named_link_out(candidate)
        return candidate
    path = builtin_dir() / f"{name_or_path}.yaml"
    if not _exists(path) or not path.is_file():
        raise _unknown(name_or_path, "or give a path to a .yaml file")
    return path


def resolve_named(value: str, named_by: Path) -> Path:
    """The rubric a file names (a config's `rubric:`, a rubric's `extends:`): a packaged rubric by its name, else a
    path from that file's folder, whatever the working folder and whatever the suffix, inside its repository
    (repository.py)."""
    if value in builtin_names():
        return builtin_dir() / f"{value}.yaml"
    from teamaudit.repository import outside, too_long

    refused = too_long(value)
    if refused is not None:
        raise refused
    path = named_by.parent / value
    bound = outside(path, named_by.parent)
    if bound is not None:
        raise TeamAuditError(
            f"'{clipped(value)}' is outside {bound}: not read",
            hint="a config or rubric names only files inside it; give a rubric elsewhere with --rubric",
        )
    if not _exists(path) and "/" not in value and "." not in value:  # meant as a packaged rubric's name
        raise _unknown(value, f"or give a path from {_folder(named_by)}")
    return path


def _folder(file: Path) -> str:
    return f"the folder of {file.name}" if file.parent == Path() else str(file.parent)


def _unknown(name: str, path_hint: str) -> TeamAuditError:
    import difflib

    close = difflib.get_close_matches(name, builtin_names(), n=1, cutoff=0.6)
    meant = f"did you mean {close[0]}? " if close else ""
    return TeamAuditError(
        f"unknown rubric '{clipped(name)}'", hint=f"{meant}built-in rubrics: {', '.join(builtin_names())}; {path_hint}"
    )


@dataclass(frozen=True, slots=True)
class NamedIn:
    """Where a rubric was named when not on the command line: a config file's `rubric:` (a path is then read
    from that file's folder), or an environment variable. An error finding or opening the rubric says so."""

    label: str  # what named it: 'rubric', a config's key, or 'environment variable TEAMAUDIT_RUBRIC'
    file: Path | None = None  # the config file
    line: int | None = None
    column: int | None = None

    def error(self, value: str, exc: TeamAuditError) -> TeamAuditError:
        where = exc.location()
        shown = f"'{clipped(value)}' ({where}): " if where else ""
        return TeamAuditError(
            f"{self.label}: {shown}{exc.message}", file=self.file, line=self.line, column=self.column, hint=exc.hint
        )


_CACHE: dict[str, Rubric] = {}


def load_rubric(name_or_path: str = DEFAULT_RUBRIC, *, named_in: NamedIn | None = None) -> Rubric:
    """The rubric, validated (once per file and run). `named_in`: where it was named, when in a config file or
    the environment, for what an error finding or opening it says."""
    path = rubric_path(name_or_path, named_in=named_in)
    key = str(_resolved(path))
    if key not in _CACHE:
        try:
            doc = _open(path)
        except TeamAuditError as exc:
            raise exc if named_in is None else named_in.error(name_or_path, exc) from None
        _CACHE[key] = _load(doc, chain=())
    return _CACHE[key]


def rubric_path(name_or_path: str, *, named_in: NamedIn | None = None) -> Path:
    """The file of the rubric named, from the config file's folder when a config file named it."""
    try:
        if named_in is not None and named_in.file is not None:
            return resolve_named(name_or_path, named_in.file)
        return resolve(name_or_path)
    except TeamAuditError as exc:
        raise exc if named_in is None else named_in.error(name_or_path, exc) from None


def read_rubric(path: Path) -> Rubric:
    """Read and validate a rubric file afresh, without the cache `load_rubric` keeps per path."""
    return _load(_open(path), chain=())


Parent = tuple[YamlDocument, tuple[str, ...]]  # a parent rubric's file, and the files that extend it down to it
_RUBRIC_KEYS = field_names(Rubric)


_READ: contextvars.ContextVar[Mapping[Path, YamlDocument] | None] = contextvars.ContextVar("read", default=None)


@contextmanager
def already_read(docs: Mapping[Path, YamlDocument]) -> Iterator[None]:
    """Rubric files read as YAML before the rubric is (`--config-from` reads each base rubric's `extends:` to know
    which file to take from git next), by resolved path: read once, not again by `_open`."""
    token = _READ.set({path.resolve(): doc for path, doc in docs.items()})
    try:
        yield
    finally:
        _READ.reset(token)


def _resolved(path: Path) -> Path:
    """`path` with its links followed; as given when they loop (Python says so by a RuntimeError), for the read
    that follows to refuse it as the system does, `Too many levels of symbolic links`."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return path.absolute()


def _open(path: Path) -> YamlDocument:
    """The rubric file read as YAML; a file that is no rubric at all (a team file) is one problem, not a list of
    the rubric keys it lacks."""
    doc = (_READ.get() or {}).get(_resolved(path)) or load_yaml(path, what="rubric")
    data = doc.data
    if not isinstance(data, dict):
        raise doc.error("a rubric must be a mapping")
    if not any(key in _RUBRIC_KEYS for key in data):
        # Nothing of the file is quoted: a config from a pull request could name any file (repository.py).
        team = " (a team file?)" if "people" in data else ""
        raise doc.error(f"not a rubric: its top level is not a mapping of rubric keys{team}")
    _trust_builtin(path, data)
    return doc


def _load(doc: YamlDocument, chain: tuple[str, ...]) -> Rubric:
    """The rubric in `doc` over its parents, merged as plain data and validated once; every problem of the file
    is reported together."""
    problems = Problems()
    parent, merged, files = _read(doc, chain, problems)
    rubric: Rubric | None = None
    try:
        with patterncost.budgeted(_packaged_patterns):
            rubric = validator(Rubric, strict=True)(merged)
    except ValidationError as exc:
        add_validation_problems(problems, doc, exc, merged, settled=set(_other_bases(doc)))
    if rubric is not None and not problems:
        return dataclasses.replace(rubric, path=str(doc.path), files=files)
    if parent is not None:
        _load(*parent)  # a parent that is wrong on its own is reported in its own file
    raise problems.error()


def _read(
    doc: YamlDocument, chain: tuple[str, ...], problems: Problems
) -> tuple[Parent | None, dict[str, Any], tuple[str, ...]]:
    """The rubric's parent, its data merged over its parents' (not validated), and the files read. Problems of
    the merge are added to `problems`; a parent whose own merge has problems raises them, in its file."""
    data: dict[str, Any] = {"name": doc.path.stem, **doc.data}  # a child is not named after its parent
    for problem in _other_bases(doc).values():
        problems.add(problem)
    parent = _parent(doc, data.get("extends"), chain)
    if parent is None:
        return None, data, (str(doc.path),)
    if "version" not in data:
        problems.add(
            doc.error(
                "version is missing: a rubric that extends another needs its own, or it shows the parent's",
                ("extends",),
            )
        )
    own = Problems()
    _, above, above_files = _read(*parent, own)
    own.raise_if_any()
    merged = merge(above, data, report=lambda problem: problems.add(_merge_error(doc, problem)))
    return parent, merged, (str(doc.path), *above_files)


def _other_bases(doc: YamlDocument) -> dict[tuple[Any, ...], TeamAuditError]:
    """A problem for each number of the rubric YAML 1.1 reads in another base (`weight: 010` is 8, `min_score:
    1:30` 90), by its path: not the decimal number it looks like."""
    from teamaudit.numberbases import base_problem, in_other_bases

    found = {}
    for loc, written, kind in in_other_bases(doc.located.spelled, doc.data):
        if number_at(Rubric, loc):
            problem, hint = base_problem(written, kind)
            found[loc] = doc.error(f"{shown_loc(loc, doc.written_key)}: {problem}", loc, hint)
    return found


def _merge_error(doc: YamlDocument, problem: MergeProblem) -> TeamAuditError:
    message = f"{shown_loc(problem.loc, doc.written_key)}: {problem}"
    if problem.first:
        message += f" (first at line {doc.locate(problem.first)[0]})"
    if problem.value is not MISSING:
        message += f", got {as_written(problem.value, doc.written(problem.loc, problem.value))}"
    return doc.error(message, problem.loc, hint=problem.hint)


def _parent(doc: YamlDocument, parent_name: object, chain: tuple[str, ...]) -> Parent | None:
    """The file the rubric `extends:`, relative to the rubric when it is a path. Whatever keeps it from being a
    parent (no such rubric, a loop, a file that is not a rubric) is a problem at the child's `extends:`."""
    if parent_name is None:
        if "extends" in doc.data:  # `extends:` left empty was read as no parent: every key the parent gives was missing
            raise doc.error(
                "'extends' is empty",
                ("extends",),
                hint="name a built-in rubric (teamaudit rubric list) or a rubric file, or leave the key out",
            )
        return None
    if not isinstance(parent_name, str):
        raise doc.error("'extends' must be a rubric name or path", ("extends",))
    try:
        parent_path = resolve_named(parent_name, doc.path)
    except TeamAuditError as exc:
        raise doc.error(f"extends: {exc.message}", ("extends",), hint=exc.hint) from None
    key = str(parent_path.resolve())
    if key in chain or key == str(doc.path.resolve()):
        raise doc.error(f"rubric extends itself through '{clipped(parent_name)}'", ("extends",))
    if len(chain) + 1 >= MAX_EXTENDS:  # a chain of 1,001 files ended in a RecursionError
        raise doc.error(f"more than {MAX_EXTENDS} rubrics extend one another here", ("extends",))
    try:
        parent = _open(parent_path)
    except TeamAuditError as exc:
        raise doc.error(
            f"extends: '{clipped(parent_name)}' ({exc.location()}): {exc.message}", ("extends",), hint=exc.hint
        ) from None
    return parent, (*chain, str(doc.path.resolve()))


def rubric_data(rubric: Rubric) -> dict[str, Any]:
    """The rubric as plain data, keys in the file's terms (for `extends` and `rubric show`)."""
    data: dict[str, Any] = to_data(rubric)
    return data


class MergeProblem(Exception):
    """A child rubric's signal list that cannot merge over its parent's; `loc` is where, in the child file."""

    def __init__(
        self,
        loc: tuple[str | int, ...],
        message: str,
        first: tuple[str | int, ...] = (),
        *,
        value: object = MISSING,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.loc = loc
        self.first = first  # the item it repeats, if any
        self.value = value  # the value at `loc` that is wrong, if the message should show it
        self.hint = hint


Report = Callable[[MergeProblem], None]


def merge(
    parent: dict[str, Any], child: dict[str, Any], at: tuple[str | int, ...] = (), *, report: Report
) -> dict[str, Any]:
    """A child rubric over its parent: mappings merge key by key; signal lists merge by `id` (or pattern),
    a child signal with `remove: true` deletes the parent's; other values are replaced. Each item that cannot
    merge is reported and left out, and the merge goes on."""
    result = dict(parent)
    for key, value in child.items():
        if key in ("signals", "negative") and isinstance(value, list):
            parent_list = parent.get(key)
            parent_list = parent_list if isinstance(parent_list, list) else []
            result[key] = _merge_signals(parent_list, value, (*at, key), report)
        elif isinstance(value, dict) and isinstance(parent.get(key), dict):
            result[key] = merge(parent[key], value, (*at, key), report=report)
        else:
            result[key] = value
            if at == ("recommendations",) and isinstance(key, str) and key + CLIENT not in child:
                # reworded, an advice drops its parent's client sentence, which says the parent's words
                result.pop(key + CLIENT, None)
    return result


def _signal_key(signal: Any) -> Any:
    named = signal.get("id") or signal.get("pattern") if isinstance(signal, dict) else None
    # An id or pattern that is a list or mapping cannot be a key; validation refuses it with its line.
    return named if isinstance(named, str | int | float) else id(signal)


def _merge_signals(parent: list[Any], child: list[Any], at: tuple[str | int, ...], report: Report) -> list[Any]:
    """A child list over its parent's. A key named twice in the child, a removal that matches nothing or a
    `remove:` that is not `true` would lose or keep a signal silently, so each is a problem at its item."""
    merged = {_signal_key(s): s for s in parent}
    first: dict[Any, int] = {}
    for index, signal in enumerate(child):
        key = _signal_key(signal)
        removes = isinstance(signal, dict) and "remove" in signal
        if removes and signal["remove"] is not True:
            report(
                MergeProblem(
                    (*at, index, "remove"),
                    "must be true",
                    value=signal["remove"],
                    hint="`remove: true` deletes the signal; leave `remove` out to keep it",
                )
            )
            continue
        if removes and not isinstance(key, str):
            report(
                MergeProblem(
                    (*at, index), "a removal names the signal it removes: its `id`, or its `pattern` if it has none"
                )
            )
            continue
        if not isinstance(signal, dict) or not isinstance(key, str):
            merged[key] = signal  # an id that is not a string: validation refuses it with its line
            continue
        if key in first:
            report(MergeProblem((*at, index), f"names '{clipped(key)}' twice in one list", first=(*at, first[key])))
            continue
        first[key] = index
        if removes:
            if merged.pop(key, None) is None:
                report(MergeProblem((*at, index), _removes_nothing(key, signal, parent)))
            continue
        merged[key] = signal
    return list(merged.values())


def _removes_nothing(key: Any, signal: dict[str, Any], parent: list[Any]) -> str:
    by_pattern = [s for s in parent if isinstance(s, dict) and s.get("id") and s.get("pattern") == key]
    if "id" not in signal and by_pattern:
        return f"removes nothing: the signal with this pattern has the id '{by_pattern[0]['id']}'; remove it by id"
    return f"removes '{key}', which is not a signal of this list in the rubric it extends"
