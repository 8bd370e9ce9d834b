"""Home towns a person typed into a title, the organization or a reason, for `--redact`.

A place alone is the company's (`Ho Chi Minh City office`, `Istanbul site`) and stays; one a word says is where a
person comes from is theirs: after `hometown`, `home town`, `native of`, `native place`, `born in`, `born and raised
in`, `grew up in`, `hails from`, `originally from` or `from` ... `originally`, a place of one to four words each with
a capital (and a region after a comma: `Coimbatore, Tamil Nadu`) goes, with the words that marked it, as
`[home town]`: `Clinical Pharmacist (hometown Coimbatore)`, `native of Cebu` and `home town Bahir Dar` were shown;
an `is`, `was`, `of` or `the` may come between (`hometown is Cebu`, `originally from the Philippines`). A hospital's
unit is no home town (`born in the ICU`, `grew up in the Emergency Department`).
"""

from __future__ import annotations

import re

HOME_TOWN = "[home town]"
_LINKS = frozenset({"de", "del", "da", "do", "la", "el", "al", "dar", "es", "of"})  # `Dar es Salaam`, `São Paulo`
_MARK = (
    r"(?i:home[ \u00a0-]?town|native[ \u00a0](?:of|place)|born[ \u00a0](?:and[ \u00a0]raised[ \u00a0])?in"
    r"|grew[ \u00a0]up[ \u00a0]in|hails[ \u00a0]from|originally[ \u00a0]from)"
)
# `hometown is Cebu`, `home town of Bahir Dar`, `originally from the Philippines` (each was shown)
_LINKING = r"(?:(?i:is|was|of)[ \u00a0])?(?:(?i:the)[ \u00a0])?"
_WORDS = r"[^\W\d_][\w'\u2019.-]*(?:[ \u00a0][^\W\d_][\w'\u2019.-]*){0,3}"
_HOME_TOWN = re.compile(
    # the characters a match can begin with first, for both alternatives: 1 MB of reasons 0.035 -> 0.017 s
    rf"(?=[HhNnBbGgOoFf])(?:\b(?P<mark>{_MARK}[ \u00a0]?[:\-]?[ \u00a0]?{_LINKING})(?P<place>{_WORDS})"
    rf"(?:(?P<comma>,[ \u00a0])(?P<region>{_WORDS}))?"
    rf"|\b(?i:from)[ \u00a0](?:(?i:the)[ \u00a0])?(?P<from>{_WORDS})[ \u00a0](?i:originally)\b)"
)
_WORD = re.compile(r"[^ \u00a0]+")
# A hospital's units, where a nurse says she was born or grew up as one (`born in the ICU`, `grew up in the NICU`,
# `born in the Emergency Department`): no home town. An acronym of a unit, or a name that ends in a word of one.
_UNITS = frozenset(
    {"icu", "nicu", "picu", "cicu", "sicu", "micu", "ccu", "cvicu", "pacu", "er", "ed", "or", "ward", "wards", "unit",
     "units", "department", "room", "theatre", "theater"}
)  # fmt: skip


def hide_home_towns(text: str) -> str:
    """`text` with each place a word says a person comes from replaced, the word with it, by `[home town]`."""
    return _HOME_TOWN.sub(_hidden, text)


def _hidden(found: re.Match[str]) -> str:
    if found["from"] is not None:
        return HOME_TOWN if len(_capitalised(found["from"])) == len(found["from"]) else found.group()
    place = _capitalised(found["place"])
    if not place or place.split()[-1].rstrip(".,;:)").casefold() in _UNITS:
        return found.group()
    end = found.start("place") + len(place)
    if len(place) == len(found["place"]) and found["region"] is not None:
        end = found.start("region") + len(_capitalised(found["region"])) if _capitalised(found["region"]) else end
    return HOME_TOWN + found.string[end : found.end()]


def _capitalised(words: str) -> str:
    """The words a place's name begins `words` with: each with a capital, or a link between two (`Dar es Salaam`),
    up to four of them (`Ho Chi Minh City`), to the first that punctuation ends."""
    kept: list[re.Match[str]] = []
    for word in _WORD.finditer(words):
        name = word.group().rstrip(".,;:)")
        if len(kept) == 4 or not (name[:1].isupper() or (kept and name in _LINKS)):
            break
        kept.append(word)
        if word.group() != name and not (word.group().endswith(".") and len(name) <= 3):  # `Cebu.`, not `St.`
            break
    while kept and kept[-1].group() in _LINKS:
        kept.pop()
    return words[: kept[-1].start() + len(kept[-1].group().rstrip(".,;:)"))] if kept else ""
