"""ESCO occupations: the layer of a title that is, or holds, the label of an ESCO occupation whose layer is settled.

`esco-occupations.tsv.gz` beside this module holds the labels, in ESCO's languages, of the occupations
docs/labelling.md places (benchmarks/build_esco_lexicon.py writes it from ESCO v1.0.8 and says how each occupation is
placed), each normalised as the rubric normalises a title, with its layer. The classifier asks it only about a person
no layer of the rubric reached (classify/__init__.py). Read once, on first need.

ESCO occupation labels, (c) European Union, reused under Commission Decision 2011/833/EU.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from teamaudit.errors import TeamAuditError
from teamaudit.model import Layer

_FILE = Path(__file__).with_name("esco-occupations.tsv.gz")
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
def lexicon(path: Path = _FILE) -> Lexicon:
    """The packaged lexicon. Its file is part of the package, not user input; a broken one is still a clear error."""
    try:
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise TeamAuditError(
            f"occupation lexicon {path.name} is broken: {type(exc).__name__}",
            file=str(path),
            hint="reinstall teamaudit",
        ) from None
    labels: dict[str, tuple[Layer, str]] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        label, _, rest = line.partition("\t")
        layer, _, languages = rest.partition("\t")
        try:
            labels[label] = (Layer(layer), languages)
        except ValueError:
            raise TeamAuditError(
                f"occupation lexicon {path.name} is broken: no layer '{layer[:20]}'", file=str(path)
            ) from None
    single = [len(label) for label in labels if " " not in label]
    return Lexicon(labels, max((label.count(" ") + 1 for label in labels), default=1), max(single, default=0))
