"""What a rubric's patterns cost RE2 to read and compile, bounded before the cost is paid.

RE2 matches in time linear in the text, but reading a pattern and compiling it cost in proportion to what it
compiles to, which its length does not tell: `\\pL` alone is hundreds of byte ranges, and `{0,300}` makes 300
copies of what it repeats. `(?:\\pL|\\pN){0,300}x` compiles to 403,206 instructions in a second, and three such
signals made every `check` take 6 s and 320 MB. So a rubric's patterns, other than the packaged rubric's own
(compiled once, by the classifier), are held to five limits while the rubric is validated; in a copy of it
(`rubric show`), a pattern exactly as shipped counts toward neither limit of its field, as under `extends:`:

- each compiles to at most MAX_PATTERN_PROGRAM instructions: RE2 is given only the memory for that, so a larger
  one fails in milliseconds instead of compiling in full;
- the patterns one field is matched against (a title's, a skill's...) compile to at most MAX_FIELD_PROGRAM
  together: the classifier compiles them as one set on every run;
- the patterns of one field are at most MAX_FIELD_WIDTH wide together (patternwidth.py, counted as one pattern
  of them all): what matching a text costs RE2 grows with the text's length times the width, and
  `[ab]*a[ab]{900}c`, 902 wide and 908 instructions, fits the program limits ninety times over;
- all together are at most MAX_PATTERN_TEXT characters and hold at most MAX_UNICODE_CLASSES Unicode classes
  (`\\p...`, `\\P...`): RE2 reads a `\\pL` in half a millisecond, even where it compiles to nothing (`{0}`).

Past the first MAX_SHOWN problems, or past a limit of the whole rubric, the rubric is refused already and its
later patterns are not compiled.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from teamaudit.errors import MAX_SHOWN

if TYPE_CHECKING:  # patternwidth.py is read only for a rubric that is not the packaged one
    from teamaudit.patternwidth import Openings, OpenTogether

# The packaged rubric's largest pattern compiles to about 4,000 instructions; its title patterns to about 60,700
# together.
MAX_PATTERN_PROGRAM = 20_000
MAX_FIELD_PROGRAM = 100_000  # the patterns of one field, the packaged rubric's own aside
# The packaged rubric: titles about 2,010 wide, background lines 1,890, skills 1,290, teams 57 (a copy's count 0).
MAX_FIELD_WIDTH = 2_500  # the patterns of one field, the packaged rubric's own aside
# Counting a pattern's width reads it with Python's parser, about 5 microseconds an instruction (a copy of the
# packaged rubric compiles to about 100,000): past this many a rubric's patterns count as wide as they compile, which is
# at least as wide, without being read.
_WIDTH_COUNTED = 200_000
MAX_PATTERN_TEXT = 200_000  # characters; a copy of the packaged rubric's patterns are about 139,500
MAX_UNICODE_CLASSES = 100  # the packaged rubric has none
# RE2 gives a pattern's program two thirds of its memory budget, at about 12 bytes an instruction: this budget
# lets it compile a little over MAX_PATTERN_PROGRAM instructions (21,787) and no more.
_PATTERN_MEMORY = 256 << 10

TOO_LARGE = (
    f"is too large: RE2 compiles it to more than {MAX_PATTERN_PROGRAM:,} instructions "
    "(`\\pL` alone is hundreds, and {n,m} makes m copies of what it repeats)"
)

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)  # left to right, each backslash escapes the character after it


def unicode_classes(pattern: str) -> int:
    """How many `\\p` and `\\P` classes the pattern holds (`\\\\p` is a backslash and a p)."""
    return sum(1 for escaped in _ESCAPE.findall(pattern) if escaped in "pP")


def re2_options(*, ignore_case: bool = True, max_mem: int | None = None) -> Any:
    """RE2's options for a rubric's patterns: no capture groups (rubrics use a match, never its groups, and RE2 then
    needs no slower engine), and no message of RE2's own on stderr (ours names the file and line)."""
    import re2  # type: ignore[import-untyped]

    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.never_capture = True
    options.log_errors = False
    if max_mem is not None:
        options.max_mem = max_mem
    return options


@functools.lru_cache(maxsize=4096)
def program_size(pattern: str) -> int | None:
    """The instructions RE2 compiles the case-insensitive `pattern` to, or None when they are more than
    MAX_PATTERN_PROGRAM. A pattern RE2 cannot compile at all (a lookaround) costs 0 here: the rubric's own
    compile says what is wrong with it."""
    import re2

    options = re2_options(max_mem=_PATTERN_MEMORY)
    try:
        encoded = pattern.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the rubric's own compile refuses it
        return 0
    compiled = re2._re2.RE2(encoded, options)  # the binding's RE2 object itself, which tells its program's size
    if not compiled.ok():
        return None if compiled.error() == b"pattern too large - compile failed" else 0
    size = int(compiled.ProgramSize())
    return size if size <= MAX_PATTERN_PROGRAM else None


@dataclass
class PatternBudget:
    """What the patterns of one rubric validation have cost so far, and whether to compile any more."""

    text: int = 0
    classes: int = 0
    program: Counter[str] = field(default_factory=Counter)  # instructions, per field (and drop, hedges)
    widths: Counter[str] = field(default_factory=Counter)  # patternwidth.py, per field (and drop, hedges)
    together: dict[str, OpenTogether] = field(default_factory=dict)  # what each field's width is counted from
    problems: int = 0
    stopped: bool = False
    counted: int = 0  # instructions of the patterns whose width was counted (_WIDTH_COUNTED)
    # The packaged rubrics' patterns, read only once a field's count passes a limit: a copy's are then set aside.
    shipped: Callable[[], Collection[str]] = frozenset
    charged: list[tuple[str, tuple[str, ...], int, Openings]] = field(default_factory=list)  # until they are read
    shipped_known: Collection[str] | None = None

    def problem(self) -> None:
        self.problems += 1
        self.stopped = self.stopped or self.problems >= MAX_SHOWN

    def openings_of(self, pattern: str) -> Openings:
        """Where the case-insensitive `pattern`'s places may be open (patternwidth.py), or, when that is not
        counted, as many places as RE2 compiles it to open after every text (each place is at least one
        instruction); a pattern too large to compile counts 0 here, as its own problem is reported."""
        from teamaudit.patternwidth import Openings, pattern_openings

        size = program_size(pattern) or 0
        if not size or self.counted + size > _WIDTH_COUNTED:
            return Openings.everywhere(size)
        self.counted += size
        # Python's parse of a real pattern has at most 1.25 times the places RE2 compiles it to (which shares what
        # alternatives begin with); one with more is counted as it compiles.
        counted = pattern_openings(pattern, 2 * size + 64)
        return counted if counted is not None and counted.width <= size else Openings.everywhere(size)

    def width_of(self, pattern: str) -> int:
        """How wide the case-insensitive `pattern` is alone."""
        return self.openings_of(pattern).width

    def charge(self, pattern: str, fields: Sequence[str], size: int | None, openings: Openings) -> None:
        """Count a pattern read by `fields`, its program `size` and where its places may be open known; ValueError
        once a limit is passed."""
        self.text += len(pattern)
        self.classes += unicode_classes(pattern)
        if self.text > MAX_PATTERN_TEXT:
            self._over(f"the rubric's patterns come to more than {MAX_PATTERN_TEXT:,} characters with this one")
        if self.classes > MAX_UNICODE_CLASSES:
            self._over(
                f"the rubric's patterns hold more than {MAX_UNICODE_CLASSES:,} Unicode classes (\\p, \\P) with this "
                "one: RE2 takes about half a millisecond to read each"
            )
        if self.shipped_known is not None and pattern in self.shipped_known:
            return
        if self.shipped_known is None:
            self.charged.append((pattern, tuple(fields), size or 0, openings))
        for name in fields:
            self._add(name, size or 0, openings)
        if any(self._field_over(name) for name in fields):
            self._set_shipped_aside()
        for name in fields:
            if self.program[name] > MAX_FIELD_PROGRAM:
                self._over(
                    f"the patterns matched against {_FIELD_WORDS.get(name, name)} compile to more than "
                    f"{MAX_FIELD_PROGRAM:,} RE2 instructions together with this one (the packaged rubric's own not "
                    "counted)"
                )
            if self.widths[name] > MAX_FIELD_WIDTH:
                self._over(
                    f"the patterns matched against {_FIELD_WORDS.get(name, name)} are more than "
                    f"{MAX_FIELD_WIDTH:,} places wide together with this one (the packaged rubric's own not "
                    "counted): RE2's work on each character of a text grows with it (a counted repeat such as "
                    "[ab]{900} or .{0,60} is as wide as its count)"
                )

    def _field_over(self, name: str) -> bool:
        return self.program[name] > MAX_FIELD_PROGRAM or self.widths[name] > MAX_FIELD_WIDTH

    def _set_shipped_aside(self) -> None:
        """Take back what the patterns exactly as shipped were charged (a copy of the packaged rubric's)."""
        if self.shipped_known is not None:
            return
        self.shipped_known = self.shipped()
        kept = [
            (fields, size, openings)
            for pattern, fields, size, openings in self.charged
            if pattern not in self.shipped_known
        ]
        self.program.clear()
        self.widths.clear()
        self.together.clear()
        for fields, size, openings in kept:
            for name in fields:
                self._add(name, size, openings)
        self.charged = []

    def _add(self, name: str, size: int, openings: Openings) -> None:
        from teamaudit.patternwidth import OpenTogether

        self.program[name] += size
        together = self.together.setdefault(name, OpenTogether())
        together.add(openings)
        self.widths[name] = together.width

    def _over(self, message: str) -> None:
        self.stopped = True  # the caller counts the problem
        raise ValueError(f"{message}; patterns after it are not checked")


_FIELD_WORDS = {
    "title": "titles",
    "skills": "skills",
    "background": "background lines",
    "team": "teams",
    "drop": "titles to drop words (normalization.drop)",
    "hedges": "lines to find hedges (normalization.hedges)",
}

_BUDGET: ContextVar[PatternBudget | None] = ContextVar("teamaudit_pattern_budget", default=None)


@contextmanager
def budgeted(shipped: Callable[[], Collection[str]] = frozenset) -> Iterator[PatternBudget]:
    """Count what the patterns validated inside cost, as one rubric; `shipped` gives the packaged rubrics'
    patterns, which count toward no field's limits."""
    budget = PatternBudget(shipped=shipped)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def current() -> PatternBudget:
    """The budget of the rubric being validated; outside one, a budget for this pattern alone."""
    return _BUDGET.get() or PatternBudget()
