"""Where free text that --redact keeps (a suppression's `reason`) names a person, and the pseudonym put there.

A person is found by
- the whole name, in any case and spacing (`Ann Lee`, `ANN LEE`, `ann  lee`), or written surname first (`Lee, Ann`);
- the id, in any case, when it is at least 3 characters long (a shorter id is too often an ordinary number);
- the surname alone (the last word of a name of two or more words) when it is at least 3 characters long, and a
  one-word name, each written as in the team file or in capitals (`Lee`, `LEE`, not `lee`: a surname that is also
  a word, Rose or Long, leaves the word alone; one joined by a hyphen or apostrophe to another word, as in
  `Lee-Smith` or `O'Lee`, is part of another name). A surname several people share becomes `[name]`.
Names and ids are compared word by word: the words of one name may stand apart by spaces, `.`, `,`, `-` or an
apostrophe, and a word is found whole (`Lee` is not in `Leeds`). That holds for scripts that put spaces between
words (Latin, Greek, Cyrillic); a name written in any other script (Chinese, Japanese, Thai) is found as the whole
name, anywhere (`李明批准`). A given name alone (`Ann`) is not looked for: too many are also words (Will, May, Grace).

Each reason is read once, a word at a time, looking names up by their words: a 40,000-person file with a thousand
suppressions costs a dictionary lookup per word of their reasons, not a pattern per person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from teamaudit.model import Person

SHARED = "[name]"  # a surname or one-word name more than one person has
MIN_ALONE = 3  # characters of a surname, or of an id, found on its own
# The letters of scripts that put spaces between words: Latin (with its accented forms), Greek, Cyrillic.
_SPACED = "0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff"
_WORD = re.compile(f"[{_SPACED}]+")
_WITHIN_A_NAME = re.compile(r"[\s.,'\u2019-]+")  # what may stand between two words of one name

Words = tuple[str, ...]


@dataclass
class _Found:
    """The people's forms, each mapped to the pseudonyms of whoever it names."""

    any_case: dict[Words, set[str]] = field(default_factory=dict)  # full names, surname first, ids: casefolded
    as_written: dict[Words, set[str]] = field(default_factory=dict)  # surnames and one-word names, as written
    longest: int = 0  # words in the longest form
    # Names written in other scripts: first character -> (name, pseudonym)
    unspaced: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


class Mentions:
    """The people of one or more team files, found in text by name, id or surname; built on first use, as only a
    config with reasons needs it."""

    def __init__(self, people: Iterable[Person], pseudonyms: Mapping[str, str]) -> None:
        self._people = tuple(people)
        self._pseudonyms = pseudonyms
        self._found: _Found | None = None

    def scrub(self, text: str) -> str:
        """`text` with each person it names replaced by their pseudonym."""
        found = self._built()
        spans = sorted([*_word_matches(text, found), *_unspaced_matches(text, found)], key=lambda s: (s[0], -s[1]))
        out, end = [], 0
        for start, stop, who in spans:
            if start >= end:  # the first, longest match at a place wins; one overlapping it is dropped
                out += [text[end:start], next(iter(who)) if len(who) == 1 else SHARED]
                end = stop
        return "".join(out) + text[end:] if out else text

    def _built(self) -> _Found:
        if self._found is None:
            self._found = found = _Found()
            for person in self._people:
                _add(found, person, self._pseudonyms[person.name])
        return self._found


def _add(found: _Found, person: Person, pseudonym: str) -> None:
    names = person.name.split()
    if person.id and len(person.id) >= MIN_ALONE:
        _put(found, found.any_case, _words(person.id.casefold()), pseudonym)
    if not names:
        return
    if any(char.isalpha() for char in _WORD.sub("", "".join(names))):
        # Written at least in part in another script: the whole name, anywhere.
        for form in {" ".join(names), "".join(names)}:
            found.unspaced.setdefault(form[0], []).append((form, pseudonym))
        return
    if len(names) > 1:
        _put(found, found.any_case, _words(" ".join(names).casefold()), pseudonym)
        _put(found, found.any_case, _words(" ".join((names[-1], *names[:-1])).casefold()), pseudonym)
    alone = names[-1]
    if len(names) == 1 or len(alone) >= MIN_ALONE:
        _put(found, found.as_written, _words(alone), pseudonym)
        _put(found, found.as_written, _words(alone.upper()), pseudonym)


def _put(found: _Found, forms: dict[Words, set[str]], words: Words, pseudonym: str) -> None:
    if words:
        forms.setdefault(words, set()).add(pseudonym)
        found.longest = max(found.longest, len(words))


def _words(text: str) -> Words:
    return tuple(_WORD.findall(text))


def _word_matches(text: str, found: _Found) -> Iterable[tuple[int, int, set[str]]]:
    """Each place `text` names someone by words: the longest form starting at each word, left to right."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        # The words from i on that may belong to one name: nothing but spaces and name punctuation between them.
        run = 1
        while run < found.longest and i + run < len(words):
            if not _WITHIN_A_NAME.fullmatch(text, words[i + run - 1].end(), words[i + run].start()):
                break
            run += 1
        for n in range(run, 0, -1):
            piece = words[i : i + n]
            written = tuple(w.group() for w in piece)
            alone = found.as_written.get(written, set())
            if alone and _joined(text, piece[0].start(), piece[-1].end()):
                alone = set()  # `Lee` in `Lee-Smith` or `O'Lee` is part of another name, not Ann Lee's surname
            who = found.any_case.get(tuple(w.casefold() for w in written), set()) | alone
            if who:
                yield piece[0].start(), piece[-1].end(), who
                i += n
                break
        else:
            i += 1


_JOINERS = "-'\u2019"


def _joined(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end] are joined by a hyphen or apostrophe to a word beside them."""
    before = start >= 2 and text[start - 1] in _JOINERS and _WORD.match(text, start - 2) is not None
    after = end + 1 < len(text) and text[end] in _JOINERS and _WORD.match(text, end + 1) is not None
    return before or after


def _unspaced_matches(text: str, found: _Found) -> Iterable[tuple[int, int, set[str]]]:
    """Each place `text` holds the whole of a name written in a script without spaces; the longest at a place."""
    if not found.unspaced:
        return
    for at, char in enumerate(text):
        here = [(name, pseudonym) for name, pseudonym in found.unspaced.get(char, ()) if text.startswith(name, at)]
        if here:
            longest = max(len(name) for name, _ in here)
            yield at, at + longest, {pseudonym for name, pseudonym in here if len(name) == longest}
