"""Whether a word in lower case is one of English or of this domain's texts, for --redact (mentions.py).

An initial joined to a surname is a handle (`jortiz`), and may spell a word (`agile` for an Anna Gile, `scale` for a
Sara Cale, `mlops` for a Marco Lops): such a handle is found only where a handle is written, after `@` or `/`. The
words, of five letters or more, are in `lexicon.txt.gz` beside this module: English (SCOWL's American list) and every
word of at least two of the titles, skills and backgrounds of `benchmarks/data` but the names of the people they name
(`Dr. Okafor`; `benchmarks/build_lexicon.py` writes the file and says whence each part comes). Read once, on first
use: only a redacted report with such a handle does.
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path

from teamaudit.namefolding import fold_name

SHORTEST = 5  # letters of the shortest word known: an initial and a surname of four
_FILE = Path(__file__).with_name("lexicon.txt.gz")


def is_word(text: str) -> bool:
    """Whether `text`, in lower case, is a word of the lexicon, with its accents or folded without them as names are
    (namefolding.py: Emma Sant's `sante` is the word `santé`)."""
    return len(text) >= SHORTEST and text in _words()


@cache
def _words() -> frozenset[str]:
    lines = gzip.decompress(_FILE.read_bytes()).decode("utf-8").splitlines()
    words = [line for line in lines if not line.startswith("#")]
    return frozenset((*words, *(fold_name(word).lower() for word in words if not word.isascii())))
