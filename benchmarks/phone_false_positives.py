"""How many numbers `--redact` would hide as telephone numbers (or NPIs) in the text of every labelled and example
team file and every title of the title corpora, and how many telephone numbers, written as each country's people
write them, it would miss.

None of the files holds a telephone number (benchmarks/data/*.yaml are job titles, skills and backgrounds from
postings and probes; the .tsv files O*NET's and the probes' titles; examples/ are invented teams), so every number
hidden is a false positive: a headcount, a budget, a version, a code or a date read as a phone. The held-out people
of realworld.yaml are left out, unread: nothing is tuned against them (benchmarks/README.md). NUMBERS are the other
side: each is a telephone number in its country's usual grouping (the national numbering plans, via ITU-T E.164
and the regulators' published formats; the numbers themselves are the ranges kept for drama where one exists, as
Ofcom's 020 7946 0xxx and North America's 555-01xx), so each one not hidden is a miss. Prints both counts and each
one, to compare a change of phones.py with its base (`git show BASE:src/teamaudit/phones.py`).

    python benchmarks/phone_false_positives.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from teamaudit.hometowns import hide_home_towns
from teamaudit.licencenumbers import LICENCE, hide_licences
from teamaudit.personalfigures import hide_personal_figures
from teamaudit.phones import hide_phones

HIDDEN = ("[phone]", "[NPI]")
PHONE_MARK = "[phone]"

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "benchmarks" / "data").glob("*.yaml"), *(ROOT / "examples").glob("*.yaml")])
TITLE_FILES = sorted((ROOT / "benchmarks" / "data").glob("*.tsv"))
# (how it is written, where): each a telephone number, in a text as a title or a reason would hold it
NUMBERS = (
    ("call +1 415 555 0199", "US, international"),
    ("call (415) 555-0199", "US"),
    ("call 415.555.0199", "US"),
    ("call 415 555 01 99", "US, its line number in pairs as Swiss and French habit writes it"),
    ("call 1-800-555-0199", "US, trunk 1"),
    ("call +44 20 7946 0958", "UK, international"),
    ("call +44 (0)20 7946 0958", "UK, international with the trunk 0"),
    ("call (0) 20 7946 0958", "UK, the trunk 0 in parentheses without the country code"),
    ("call 020 7946 0958", "UK"),
    ("call 0 800 123 4567", "UK freephone, the trunk 0 apart"),
    ("call 0800 123 4567", "UK freephone"),
    ("call 01 23 45 67 89", "France"),
    ("call 06.12.34.56.78", "France, mobile"),
    ("call 030 12345678", "Germany"),
    ("call 612 345 678", "Spain, mobile"),
    ("call 98765 43210", "India, mobile"),
    ("call 98765-43210", "India, mobile with a hyphen"),
    ("call 138 0013 8000", "China, mobile"),
    ("call 9123 4567", "Singapore, mobile"),
    ("call 6123 4567", "Singapore, landline"),
    ("call 2123 4567", "Hong Kong, landline"),
    ("call 5123 4567", "Hong Kong, mobile"),
    ("mobile 9123 4567", "Singapore, after a telephone word"),
    ("call 044 668 18 00", "Switzerland"),
    ("call 8 (495) 123-45-67", "Russia, trunk 8"),
    ("call 011 44 20 7946 0958", "UK from North America, 011 for +"),
    ("call 0044 20 7946 0958", "UK, 00 for +"),
)
# Licence and registration numbers as people type them into a title or a reason (licencenumbers.py): each one not
# hidden is a miss. The numbers are made up; their forms are those of state boards' and the DEA's registers.
LICENCES = (
    "Staff Physician, MD; Lic. No. 1234 5678",
    "Hospitalist MD, License #A123456",
    "RN (lic 98765432)",
    "RN, CA #95012345",
    "License: RN 1234567",
    "NP, DEA# AB1234563",
    "Pharmacist, RPh Reg. No: 12345",
    "Nurse, NMC PIN 12A3456E",
    "GMC 7012345",
    "Licence no. 0012345",
)
DOCS = sorted((ROOT / "docs").glob("*.md"))
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


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
    titles = {title for path in TITLE_FILES for title in _titles(path)}
    titles_hidden = sorted(t for t in titles if any(mark in hide_phones(t) for mark in HIDDEN))
    print(
        f"{len(FILES)} files, {fields} text fields, {with_digits} with a digit;"
        f" hidden as a phone or NPI in {len(hidden)}"
    )
    for name, text in hidden:
        print(f"  {name}: {text!r} -> {hide_phones(text)!r}")
    print(f"{len(titles)} distinct titles of {len(TITLE_FILES)} title files; hidden in {len(titles_hidden)}")
    for text in titles_hidden:
        print(f"  {text!r} -> {hide_phones(text)!r}")
    licences(fields_with_digits(), titles)
    figures(fields_with_digits(), titles)
    home_towns(titles)
    missed = [(text, where) for text, where in NUMBERS if PHONE_MARK not in hide_phones(text)]
    print(f"{len(NUMBERS)} telephone numbers as people write them; missed {len(missed)}")
    for text, where in missed:
        print(f"  {text!r} ({where})")
    return 0


def fields_with_digits() -> list[str]:
    """The text fields of FILES that hold a digit, and the code spans of docs/ that do (the docs' examples)."""
    found = [
        text
        for path in FILES
        for text in texts(without_held_out(yaml.safe_load(path.read_text(encoding="utf-8"))))
        if re.search(r"[0-9]", text)
    ]
    spans = (span for path in DOCS for span in _CODE_SPAN.findall(path.read_text(encoding="utf-8")))
    return found + [span for span in spans if re.search(r"[0-9]", span)]


def licences(fields: list[str], titles: set[str]) -> None:
    """How many texts with a digit, titles and docs' examples `hide_licences` changes (none holds a licence number:
    each is a false positive), and how many of LICENCES it misses."""
    changed = sorted({text for text in (*fields, *titles) if hide_licences(text) != text})
    print(f"{len(fields) + len(titles)} texts (fields and docs' examples with a digit, titles); licence numbers hidden")
    print(f"  in {len(changed)}")
    for text in changed:
        print(f"  {text!r} -> {hide_licences(text)!r}")
    missed = [text for text in LICENCES if LICENCE not in hide_licences(text)]
    print(f"{len(LICENCES)} licence numbers as people type them; missed {len(missed)}")
    for text in missed:
        print(f"  {text!r} -> {hide_licences(text)!r}")


def figures(fields: list[str], titles: set[str]) -> None:
    """The same texts with what `hide_personal_figures` hides as pay or a birth date: each an amount of money or a
    date, none a person's (every one is hidden on purpose; a number that is none is a false positive)."""
    changed = sorted({text for text in (*fields, *titles) if hide_personal_figures(text) != text})
    print(f"amounts and birth dates hidden in {len(changed)} of them")
    for text in changed:
        print(f"  {text[:100]!r} -> {hide_personal_figures(text)[:100]!r}")


def home_towns(titles: set[str]) -> None:
    """Every text field of FILES (digits or none), the titles and the docs' examples, with what `hide_home_towns`
    hides as a home town: none of the files says where someone comes from, so each one of theirs is a false
    positive."""
    fields = [
        text for path in FILES for text in texts(without_held_out(yaml.safe_load(path.read_text(encoding="utf-8"))))
    ]
    spans = [span for path in DOCS for span in _CODE_SPAN.findall(path.read_text(encoding="utf-8"))]
    changed = sorted({text for text in (*fields, *titles, *spans) if hide_home_towns(text) != text})
    print(f"{len(fields) + len(titles) + len(spans)} texts (fields, titles, docs' examples); home towns hidden")
    print(f"  in {len(changed)}")
    for text in changed:
        print(f"  {text[:100]!r} -> {hide_home_towns(text)[:100]!r}")


def _titles(path: Path) -> Iterator[str]:
    """The titles of a title file: the `title` column of its rows, its `#` comments left out."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    column = rows[0].index("title")
    return (row[column] for row in rows[1:] if len(row) > column)


if __name__ == "__main__":
    sys.exit(main())
