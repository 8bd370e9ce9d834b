"""Writes src/teamaudit/lexicon.txt.gz, the words lexicon.py knows: a handle that spells one is no handle alone.

    python benchmarks/build_lexicon.py [--english /usr/share/dict/american-english]

The words, in lower case, of five letters or more (an initial and a surname of four, the shortest handle found
without `@` or `/`), are those of
- English: SCOWL's American list as Debian's `wamerican` 2020.12.07 ships it (`/usr/share/dict/american-english`;
  Copyright 2000-2014 Kevin Atkinson, whose notice heads the file), but for capitalised names and possessives;
- this domain's texts: every word of at least 2 titles or skills and background lines of `benchmarks/data` (the
  held-out people left out, unread, as name_false_positives.py reads them), in any language (`mlops`, `devops`,
  `scrum`, `analista`), but for the names of people those texts hold, each written after a courtesy title
  (`Executive Assistant to Dr. Okafor`: `okafor`, in two titles, made `Okafor_RN` and `okafor2` a word beside a person
  called Okafor). English words that are also names (`grace`, `mason`) stay: nameparts.py lists them.
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

from name_false_positives import lines, titles
from teamaudit.lexicon import SHORTEST
from teamaudit.nameparts import COURTESY_TITLES

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "teamaudit" / "lexicon.txt.gz"
NOTICE = """\
# English words: SCOWL (Spell Checker Oriented Word Lists), http://wordlist.aspell.net/, as Debian's
# wamerican 2020.12.07 ships it. Copyright 2000-2014 by Kevin Atkinson. Permission to use, copy, modify,
# distribute and sell these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in
# all copies and that both that copyright notice and this permission notice appear in supporting documentation.
# Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is provided
# "as is" without express or implied warranty.
# Other words: those of at least 2 texts of teamaudit's benchmarks/data (benchmarks/build_lexicon.py), but names.
"""
# a person named in a text: a capitalised word after a courtesy title (`Dr. Okafor`, `Dr Mensah`; not `MS in`, nor
# `Rev Cycle`, revenue's)
_COURTESY = "|".join(sorted({t.rstrip(".").capitalize() for t in COURTESY_TITLES} - {"Rev"}))
_NAMED = re.compile(rf"\b(?:{_COURTESY})\.?\s+([^\W\d_][^\W\d_]+)")


def english(path: Path) -> set[str]:
    words = path.read_text(encoding="utf-8").split()
    return {w for w in words if len(w) >= SHORTEST and re.fullmatch("[a-z]+", w)}


def domain() -> tuple[set[str], set[str]]:
    """The words of at least 2 of benchmarks/data's texts, and those of them left out as people's names."""
    counts: Counter[str] = Counter()
    texts = (*titles(), *lines())
    for text in texts:
        counts.update({w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= SHORTEST})
    frequent = {w for w, n in counts.items() if n >= 2}
    named = {m.group(1).lower() for text in texts for m in _NAMED.finditer(text) if m.group(1)[0].isupper()}
    return frequent - named, frequent & named


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--english", type=Path, default=Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    first, (second, named) = english(args.english), domain()
    text = NOTICE + "\n".join(sorted(first | second)) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(first)} English words, {len(second)} of the domain's texts ({len(second - first)} not English): {OUT}")
    print(f"left out as names of people in those texts: {', '.join(sorted(named)) or 'none'}")


if __name__ == "__main__":
    main()
