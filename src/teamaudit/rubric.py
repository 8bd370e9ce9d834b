"""Rubrics: the YAML files that define the layers, their signals, thresholds and recommendation texts.

A rubric is found by built-in name (`healthcare-ai`) or by path (rubricfiles.py), may `extends:` another rubric
(rubricmerge.py), and is validated with pydantic-core (see records.py), its patterns by rubricpatterns.py; every error
names the file, line and the key that is wrong.
"""

from __future__ import annotations

import contextvars
import dataclasses
import re
import string
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, field
from pathlib import Path
from typing import Any

from pydantic_core import ValidationError

from teamaudit import patterncost
from teamaudit.errors import TeamAuditError, as_written, clipped
from teamaudit.filekeys import shown_loc
from teamaudit.model import CURRENCY_CODE, CURRENCY_WANTED, Generic, Layer
from teamaudit.problems import Problems
from teamaudit.records import field_names, internal, limits, number_at, to_data, validator
from teamaudit.rubricerrors import add_validation_problems
from teamaudit.rubricfiles import DEFAULT_RUBRIC, NamedIn, builtin_dir, builtin_word_models, resolve_named, rubric_path
from teamaudit.rubrickeys import CLIENT, FIELDS_READ, Field_
from teamaudit.rubricmerge import MergeProblem, merge
from teamaudit.rubricpatterns import all_compile, charge_signal, compiles, packaged_patterns, trust_builtin
from teamaudit.yamlread.yamlfile import YamlDocument, load_yaml

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


def _generic_kind(value: object) -> object:
    if value in (True, False, "credentials", "work"):
        return value
    raise ValueError(
        "must be true, false, credentials (the title gives way only to another layer's credentials) or work (only"
        " to another layer's hands-on work in the skills or background)"
    )


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

    pattern: str = field(metadata=limits(before=compiles))
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

    _before = staticmethod(charge_signal)

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
    drop: tuple[str, ...] = field(default=(), metadata=limits(before=all_compile("drop")))
    hedges: tuple[str, ...] = field(default=(), metadata=limits(before=all_compile("hedges")))


def _all_layers(value: object) -> object:
    if isinstance(value, dict) and all(key in Layer.__members__.values() for key in value):
        missing = [layer.value for layer in Layer if layer.value not in value]
        if missing:
            raise ValueError(f"every layer must be defined; missing: {', '.join(missing)}")
    return value


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
    trust_builtin(path, data)
    return doc


def _load(doc: YamlDocument, chain: tuple[str, ...]) -> Rubric:
    """The rubric in `doc` over its parents, merged as plain data and validated once; every problem of the file
    is reported together."""
    problems = Problems()
    parent, merged, files = _read(doc, chain, problems)
    rubric: Rubric | None = None
    try:
        with patterncost.budgeted(packaged_patterns):
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
