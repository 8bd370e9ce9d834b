"""Which of a set of forms (names as words, or as characters) each place of a text starts with, longest first.

The text is read once, backwards, by an Aho-Corasick automaton of the forms written backwards: a form that
starts at a place is one that ends there read backwards, and the longest is the deepest the automaton has
reached. A place costs a step or two however many forms there are, however long, and however many share a
beginning (50,000 names beginning with 李; `a b`, `a a b`, ... `a ... a b` against a text of `a a a ...`).

The automaton is the forms sorted: a state is the run of forms that share what has been read, and its step
on a word is the part of that run with that word next (two bisections). Steps and failures are worked out as
texts need them and kept for the next text, up to a bound, then worked out again: the automaton holds the forms
and what texts have visited, never a node for every character of every name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence, Set
from typing import Generic, TypeVar

K = TypeVar("K", str, tuple[str, ...])  # a form: the characters of a name, or its words
State = tuple[int, int, int]  # (lo, hi, depth): forms[lo:hi] are those that begin with the `depth` words read
_KEPT = 200_000  # steps kept between texts: some 65 MB with what goes with them
_UNKNOWN: State = (-1, -1, -1)


class Starts(Generic[K]):
    """The forms that start at each place of a text, and whom each names."""

    def __init__(self, named: Mapping[K, Set[str]]) -> None:
        self._who: dict[K, Set[str]] = {form[::-1]: who for form, who in named.items()}
        self._forms: list[K] = sorted(self._who)
        self._root: State = (0, len(self._forms), 0)
        self._steps: dict[tuple[State, str], State | None] = {}
        self._parent: dict[State, tuple[State, str]] = {}
        self._failure: dict[State, State] = {}
        self._deepest: dict[State, State | None] = {}

    def __bool__(self) -> bool:
        return bool(self._forms)

    def starting(self, text: Sequence[str], apart: Sequence[bool] = ()) -> list[State | None]:
        """For each place of `text` (its words, or its characters), where the forms that start there were found
        (for `forms`), or None. No form spans places k and k + 1 where `apart[k]` is true."""
        if len(self._steps) > _KEPT:
            for memo in (self._steps, self._parent, self._failure, self._deepest):
                memo.clear()
        found: list[State | None] = [None] * len(text)
        if not self._forms:
            return found
        root, steps, deepest = self._root, self._steps, self._deepest
        state = root
        for k in range(len(text) - 1, -1, -1):
            if k < len(apart) and apart[k]:
                state = root
            after = steps.get((state, text[k]), _UNKNOWN)  # most often a step taken before
            if after is _UNKNOWN or (after is None and state[2]):
                after = self._step(state, text[k])
            state = after or root
            if state[2]:
                found[k] = deepest[state] if state in deepest else self._ending(state)
        return found

    def forms(self, found: State | None) -> Iterator[tuple[int, Set[str]]]:
        """The forms found at a place (`starting`), longest first: how many words (or characters) each has, and
        the pseudonyms of whoever it names."""
        while found is not None:
            lo, _, depth = found
            yield depth, self._who[self._forms[lo]]
            found = self._ending(self._fail(found))

    def _step(self, state: State, word: str) -> State:
        while (after := self._next(state, word)) is None:
            if state == self._root:
                return state
            state = self._fail(state)
        return after

    def _next(self, state: State, word: str) -> State | None:
        after = self._steps.get((state, word), _UNKNOWN)
        if after is not _UNKNOWN:
            return after
        lo, hi, depth = state
        if len(self._forms[lo]) == depth:  # the form that ends here sorts before those that go on
            lo += 1
        first = bisect_left(self._forms, word, lo, hi, key=lambda form: form[depth])
        last = bisect_right(self._forms, word, first, hi, key=lambda form: form[depth])
        after = self._steps[state, word] = (first, last, depth + 1) if first < last else None
        if after is not None:
            self._parent[after] = (state, word)
        return after

    def _fail(self, state: State) -> State:
        """The state of the longest proper ending of what `state` has read that begins a form."""
        unknown = []  # `state` and the states it was reached from whose failures are not known yet
        while state not in self._failure and state[2] > 1:
            unknown.append(state)
            state = self._parent[state][0]
        failure = self._failure.get(state, self._root)  # the root, or a state one word deep, fails to the root
        for state in reversed(unknown):
            parent, word = self._parent[state]
            failure = self._failure[state] = self._step(self._fail(parent), word)
        return failure

    def _ending(self, state: State) -> State | None:
        """The deepest state a whole form ends in among `state` and its failures."""
        passed = []
        while state not in self._deepest:
            if state == self._root:
                self._deepest[state] = None
                break
            lo, _, depth = state
            if len(self._forms[lo]) == depth:
                self._deepest[state] = state
                break
            passed.append(state)
            state = self._fail(state)
        deepest = self._deepest[state]
        for state in passed:
            self._deepest[state] = deepest
        return deepest
