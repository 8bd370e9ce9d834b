"""A text as mentions.py compares it with names, however either is spelt, and where each of its characters came from.

`José Núñez` is also written with decomposed accents (NFD, as macOS file names and some exports write it), without
accents (`Jose Nunez`), with a zero-width space or joiner inside (pasted from a web page or a chat), with U+2010 or
a non-breaking hyphen for `-` (`Anne‐Marie`), or in compatibility forms (full-width letters). Both the names and the
text are folded alike: NFKC, invisible characters out, hyphen and apostrophe variants as `-` and `'`, Latin accents
as their plain letters. Case is left to the caller (a surname alone is matched as written or in capitals).

The folded text keeps, for each of its characters, the span of the original that it came from, so a name found in
the folded text replaces exactly the characters that spelt it, accents, joiners and all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from teamaudit.accents import fold_accents
from teamaudit.invisible import INVISIBLE

# Invisible characters, ZWNJ and ZWJ among them: inside a Latin name they only hide it.
_UNSEEN = re.compile(f"[{INVISIBLE}\u200c\u200d]")
_MARKS = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d", "-") | dict.fromkeys("\u02bc\u2018\u2019", "'")
)


@dataclass(frozen=True)
class Folded:
    """`text` folded; `starts[k]` and `ends[k]` bound the original characters its k-th character came from (None
    when each character folds to one character)."""

    text: str
    starts: tuple[int, ...] | None
    ends: tuple[int, ...] | None

    def original(self, start: int, stop: int) -> tuple[int, int]:
        """The span of the original text that folded to text[start:stop] (stop > start)."""
        if self.starts is None or self.ends is None:
            return start, stop
        return self.starts[start], self.ends[stop - 1]


def folded(text: str) -> Folded:
    """`text` as names are compared in it: see the module's docstring."""
    if text.isascii():
        return Folded(text, None, None)
    if unicodedata.is_normalized("NFKC", text) and not _UNSEEN.search(text):
        plain = fold_name(text)  # most accented text: a character for a character, ten times faster
        if len(plain) == len(text):
            return Folded(plain, None, None)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1  # a character, with the marks that combine with it and the invisible ones around them
        while j < len(text) and (unicodedata.combining(text[j]) or _UNSEEN.match(text[j])):
            j += 1
        piece = fold_name(text[i:j])
        pieces.append(piece)
        starts += [i] * len(piece)
        ends += [j] * len(piece)
        i = j
    return Folded("".join(pieces), tuple(starts), tuple(ends))


# Invisible characters that break a line between words (ZERO WIDTH SPACE, MONGOLIAN VOWEL SEPARATOR, once a space):
# in a name typed or pasted with one (`Bo\u200bChen`) they part two words, or join the halves of one.
_BREAKS = re.compile("[\u200b\u180e]")


def name_spellings(name: str) -> set[str]:
    """A name as mentions.py looks for it: folded, and, when a break of _BREAKS is in it, also with that break read
    as a space (`Bo\u200bChen` is `BoChen` and `Bo Chen`, as a reader sees two words)."""
    return {fold_name(name), fold_name(_BREAKS.sub(" ", name))}


def fold_name(text: str) -> str:
    """A name (or any short text) folded, without the map back to the original."""
    if text.isascii():
        return text
    return fold_accents(unicodedata.normalize("NFKC", _UNSEEN.sub("", text)).translate(_MARKS))
