"""ESCO occupations: the layer of a title that is, or holds, the label of an ESCO occupation whose layer is settled.

An experiment, not shipped (benchmarks/README.md, "An ESCO occupation lexicon"). build_esco_lexicon.py writes the
labels, in ESCO's languages, of the occupations docs/labelling.md places, each normalised as the rubric normalises a
title, with its layer; esco_backtest.py asks this module about the people no layer of the rubric reached.

ESCO occupation labels, (c) European Union, reused under Commission Decision 2011/833/EU.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from teamaudit.model import Layer

MODES = ("exact", "words", "heads")
SHORTEST_HEAD = 6  # letters of the shortest label read as the head of a compound ("verpleegkundige" in "wijk...")
SHORTEST_PREFIX = 3  # letters before it: "Fachkrankenpfleger", not "pfleger" read in a word that merely ends so


@dataclass(frozen=True, slots=True)
class Occupation:
    label: str  # as normalised
    layer: Layer
    languages: str  # "de,nl"
    how: str  # "is", "holds", "ends in"

    def describe(self) -> str:
        return f"ESCO occupation '{self.label}' ({self.languages}): {self.layer.value}"


@dataclass(frozen=True, slots=True)
class Lexicon:
    labels: dict[str, tuple[Layer, str]]
    longest_words: int  # words of the longest label
    longest_word: int  # letters of the longest one-word label

    def find(self, normalized: str, mode: str = "heads") -> Occupation | None:
        """The occupation a normalised title is (`exact`), or the longest label it holds as whole words (`words`), or
        also as the head of a compound word (`heads`); none when two layers' labels are as long."""
        found = self.labels.get(normalized)
        if found is not None:
            return Occupation(normalized, found[0], found[1], "is")
        if mode == "exact":
            return None
        words = normalized.split()
        hits: list[tuple[int, str, str]] = []  # (letters, label, how)
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self.longest_words) + 1):
                label = " ".join(words[i:j])
                if label in self.labels:
                    hits.append((len(label), label, "holds"))
        if mode == "heads":
            for word in set(words):
                for start in range(max(SHORTEST_PREFIX, len(word) - self.longest_word), len(word) - SHORTEST_HEAD + 1):
                    head = word[start:]
                    if head in self.labels and " " not in head:
                        hits.append((len(head), head, "ends in"))
                        break  # the longest head of this word
        if not hits:
            return None
        longest = max(letters for letters, _, _ in hits)
        best = {(label, how) for letters, label, how in hits if letters == longest}
        layers = {self.labels[label][0] for label, _ in best}
        if len(layers) != 1:
            return None
        label, how = min(best)
        layer, languages = self.labels[label]
        return Occupation(label, layer, languages, how)


@cache
def lexicon(path: Path) -> Lexicon:
    """A lexicon build_esco_lexicon.py wrote."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    labels: dict[str, tuple[Layer, str]] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        label, _, rest = line.partition("\t")
        layer, _, languages = rest.partition("\t")
        labels[label] = (Layer(layer), languages)
    single = [len(label) for label in labels if " " not in label]
    return Lexicon(labels, max((label.count(" ") + 1 for label in labels), default=1), max(single, default=0))
