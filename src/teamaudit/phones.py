"""Telephone numbers in free text, for `--redact` (privacy.scrub): found by how people group a number's digits.

A run of digit groups joined by single separators is read whole, then judged by its grouping: international
(`+44 20 7946 0958`, `+1 (415) 555-0199`), an area code in parentheses (`(415)555-0199`), North American
(`415.555.0199`, `555-0199`), a national number with its trunk 0 (`020 7946 0958`, `01 23 45 67 89`,
`06.12.34.56.78`, `030 12345678`) or an Indian mobile (`98765 43210`). What looks like a phone's digits but is
grouped as something else stays: thousands (`1 000 000`, `+1 000 000`), times (`0700-1900`), years (`2025-2026`),
dates (`2026-12-03`, `03.12.2026`), versions, standards (`ISO 13485:2016`, `21 CFR 820.30`) and ISBNs.

Linear in the text: the pattern is one loop over characters no two of its branches both take (a digit, a
separator or a parenthesised group), so it never backtracks, and each run is judged once, group by group.
"""

from __future__ import annotations

import re

_SEPARATOR = " \u00a0\u202f.-"  # space, non-breaking spaces, dot, hyphen: one between two groups
_RUN = re.compile(
    rf"(?<![\w+.,:/\-])\+?(?:[0-9]|\([0-9]{{1,5}}\))(?:[0-9{_SEPARATOR}]|\([0-9]{{1,5}}\))*",
)
_GROUP = re.compile(r"\(([0-9]+)\)|[0-9]+")
_FEWEST, _MOST = 7, 15  # digits in a telephone number (ITU-T E.164 allows 15)
PHONE = "[phone]"


def hide_phones(text: str) -> str:
    """`text` with each telephone number in it replaced by `[phone]`."""
    return _RUN.sub(_hidden, text)


def _hidden(run: re.Match[str]) -> str:
    text = run.group()
    core = text.rstrip(_SEPARATOR)  # "call 555-0199." ends a sentence, not the number
    return "".join(_hide_segments(core)) + text[len(core) :]


def _hide_segments(core: str) -> list[str]:
    """The run with each telephone number in it hidden: its parts joined by more than one separator (`0958  2026`,
    `1 - 2`) are read apart."""
    out: list[str] = []
    groups: list[re.Match[str]] = []
    start, plus = 0, core.startswith("+")
    for group in _GROUP.finditer(core):
        if groups:
            gap = core[groups[-1].end() : group.start()]
            beside_parenthesis = groups[-1].group(1) is not None or group.group(1) is not None
            if not (len(gap) == 1 or (gap == "" and beside_parenthesis)):
                out.append(_judged(core[start : groups[-1].end()], groups, plus) + gap)
                start, groups, plus = group.start(), [], False
        groups.append(group)
    out.append(_judged(core[start:], groups, plus))
    return out


def _judged(text: str, found: list[re.Match[str]], plus: bool) -> str:
    groups = [g.group(1) or g.group() for g in found]
    parenthesised = [g.group(1) is not None for g in found]
    if [len(g) for g in groups] == [5, 5] and "-" in text:
        return text  # a code range (CPT 99213-99215); an Indian mobile's halves are written apart with a space
    return PHONE if is_phone(groups, parenthesised, plus) else text


def is_phone(groups: list[str], parenthesised: list[bool], plus: bool) -> bool:
    """Whether digit groups read as one telephone number: `plus` when a `+` leads them, `parenthesised` for
    each group written in parentheses."""
    digits = sum(map(len, groups))
    if not _FEWEST <= digits <= _MOST or _thousands(groups) or _times_or_years(groups):
        return False
    if plus:
        return digits >= 8 if len(groups) == 1 else len(groups[0]) <= 3  # a country code of 1-3 digits
    if parenthesised[0]:
        return len(groups) > 1 and 2 <= len(groups[0]) <= 5 and digits >= 9
    if any(parenthesised):
        return False
    lengths = [len(g) for g in groups]
    if groups[0].startswith("0"):  # a national number, its trunk 0 and area code first
        return 9 <= digits <= 13 and len(groups) > 1 and len(groups[0]) >= 2 and min(lengths[1:]) >= 2
    if lengths in ([3, 3, 4], [3, 4]):  # North American, its area and exchange codes never starting 0 or 1
        return all(g[0] not in "01" for g in groups[:-1])
    return lengths == [5, 5] and groups[0][0] in "6789"  # an Indian mobile


def _thousands(groups: list[str]) -> bool:
    """`1 000 000`, `100 000`: a head of one to three digits, then groups of three."""
    return len(groups) > 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _times_or_years(groups: list[str]) -> bool:
    """`0700-1900 0800-2000`, `2025-2026`: groups of four that are each a time of day or a year."""
    return all(len(g) == 4 and (_time(g) or g[:2] in ("19", "20")) for g in groups)


def _time(group: str) -> bool:
    return int(group[:2]) <= 24 and int(group[2:]) < 60
