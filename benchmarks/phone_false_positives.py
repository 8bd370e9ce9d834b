"""How many numbers `--redact` would hide as telephone numbers (or NPIs) in the text of every labelled and example
team file.

None of the files holds a telephone number (benchmarks/data/*.yaml are job titles, skills and backgrounds from
postings and probes; examples/ are invented teams), so every number hidden is a false positive: a headcount, a
budget, a version, a code or a date read as a phone. The held-out people of realworld.yaml are left out, unread:
nothing is tuned against them (benchmarks/README.md). Prints the count and each distinct one, to compare a change
of phones.py with its base (`git show BASE:src/teamaudit/phones.py`).

    python benchmarks/phone_false_positives.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from teamaudit.phones import hide_phones

HIDDEN = ("[phone]", "[NPI]")

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "benchmarks" / "data").glob("*.yaml"), *(ROOT / "examples").glob("*.yaml")])


def texts(document: object) -> Iterator[str]:
    """Every text in a loaded YAML document (keys aside)."""
    left = [document]
    while left:
        value = left.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict | list):
            left.extend(value.values() if isinstance(value, dict) else value)


def without_held_out(document: object) -> object:
    """The document without realworld.yaml's held-out people (`split: held-out`)."""
    if isinstance(document, dict) and isinstance(document.get("people"), list):
        people = [p for p in document["people"] if not (isinstance(p, dict) and p.get("split") == "held-out")]
        return {**document, "people": people}
    return document


def main() -> int:
    fields = with_digits = 0
    hidden: list[tuple[str, str]] = []
    for path in FILES:
        for text in texts(without_held_out(yaml.safe_load(path.read_text(encoding="utf-8")))):
            fields += 1
            if not re.search(r"[0-9]", text):
                continue
            with_digits += 1
            shown = hide_phones(text)
            if any(mark in shown for mark in HIDDEN):
                hidden.append((path.name, text))
    print(
        f"{len(FILES)} files, {fields} text fields, {with_digits} with a digit;"
        f" hidden as a phone or NPI in {len(hidden)}"
    )
    for name, text in hidden:
        print(f"  {name}: {text!r} -> {hide_phones(text)!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
