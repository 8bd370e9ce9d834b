"""Writes src/teamaudit/lexicon.txt.gz, the words lexicon.py knows: a handle that spells one is no handle alone.

    python benchmarks/build_lexicon.py [--english /usr/share/dict/american-english]

The words, in lower case, of five letters or more (an initial and a surname of four, the shortest handle found
without `@` or `/`), are those of
- English: SCOWL's American list as Debian's `wamerican` 2020.12.07 ships it (`/usr/share/dict/american-english`;
  Copyright 2000-2014 Kevin Atkinson, whose notice heads the file), but for capitalised names and possessives;
- this domain's texts: every word of at least 2 titles or skills and background lines of `benchmarks/data` (the
  held-out people left out, unread, as name_false_positives.py reads them), in any language (`mlops`, `devops`,
  `scrum`, `analista`).
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import Counter
from pathlib import Path

from name_false_positives import lines, titles
from teamaudit.lexicon import SHORTEST

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
# Other words: those of at least 2 texts of teamaudit's benchmarks/data (benchmarks/build_lexicon.py).
"""


def english(path: Path) -> set[str]:
    words = path.read_text(encoding="utf-8").split()
    return {w for w in words if len(w) >= SHORTEST and re.fullmatch("[a-z]+", w)}


def domain() -> set[str]:
    counts: Counter[str] = Counter()
    for text in (*titles(), *lines()):
        counts.update({w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= SHORTEST})
    return {w for w, n in counts.items() if n >= 2}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--english", type=Path, default=Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    first, second = english(args.english), domain()
    text = NOTICE + "\n".join(sorted(first | second)) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{len(first)} English words, {len(second)} of the domain's texts ({len(second - first)} not English): {OUT}")


if __name__ == "__main__":
    main()
