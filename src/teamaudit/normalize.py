"""Job-title normalisation: what real files need before a pattern can match them.

"Sr. Dir., RA (Regulatory Affairs) - Boston (part-time)" -> "director regulatory affairs regulatory affairs boston"
"""

from __future__ import annotations

import re
import unicodedata

from teamaudit.accents import fold_accents, fold_pattern
from teamaudit.rubric import Normalization
from teamaudit.rubricpatterns import drop_regex, rubric_regex

_PUNCT = re.compile(r"[^\w&/+#\-'()]+")
_SPACES = re.compile(r"\s+")
_DOTS = re.compile(r"(?<=\w)\.(?=\w|\s|$)")
_CRED_SPLIT = re.compile(r"[\s,;()/|]+")
# "Residential Aide (RA)": the parenthesised acronym repeats the title; expanding it would read "regulatory affairs".
_ACRONYM_IN_PARENS = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,6})\)")
# Polish titles write "ds." in lower case for "do spraw" ("Specjalista ds. jakości", specialist for quality): it is
# not the abbreviation DS (data scientist), which titles write in capitals.
_POLISH_DS = re.compile(r"(?<![\w.])ds\.(?=\s)")


class TitleNormalizer:
    def __init__(self, rules: Normalization) -> None:
        self._abbrev = {fold_accents(k.lower()): fold_accents(v.lower()) for k, v in rules.abbreviations.items()}
        self._abbrev_re = (
            re.compile(r"\b(" + "|".join(sorted(map(re.escape, self._abbrev), key=len, reverse=True)) + r")\b")
            if self._abbrev
            else None
        )
        drop = [fold_pattern(p) for p in rules.drop]
        self._drop = rubric_regex(drop_regex(drop)) if drop else None

    def normalize(self, title: str) -> str:
        text = _POLISH_DS.sub("do spraw", title)
        text = _ACRONYM_IN_PARENS.sub(lambda m: "" if _is_acronym_of(m.group(1), text) else m.group(0), text)
        text = fold_accents(text.lower())
        text = _DOTS.sub("", text)  # "Sr." -> "Sr", "R.N." -> "RN"
        text = text.replace("(", " ").replace(")", " ")
        text = _PUNCT.sub(" " if text.isascii() else _spaced_but_marks, text)
        text = text.replace("/", " / ").replace(" - ", " ")
        text = _SPACES.sub(" ", text).strip()
        if self._abbrev_re is not None:
            text = self._abbrev_re.sub(_Expansion(self._abbrev), text)
        if self._drop is not None:
            text = self._drop.sub(" ", text)
        text = text.replace(" / ", " ")
        return _SPACES.sub(" ", text).strip(" -&,")


def _spaced_but_marks(run: re.Match[str]) -> str:
    """Punctuation as a space, but a combining mark kept: Python's `\\w` is not one, and Thai and Devanagari write
    vowels with them ("พยาบาลวิชาชีพ", "नर्स" were read as "พยาบาลว ชาช พ", "नर स")."""
    return "".join(c if unicodedata.category(c).startswith("M") else " " for c in run.group())


# Characters abbreviations may add to one title. "BDR" 75 times read as 2,600 characters of "business development
# representative", and every title pattern then ran over those: 10 ms a title, 27 minutes for a 50 MB team file.
MAX_GROWTH = 100


class _Expansion:
    """What each abbreviation of one title stands for, while the title has grown by at most MAX_GROWTH."""

    def __init__(self, abbreviations: dict[str, str]) -> None:
        self._abbreviations = abbreviations
        self._room = MAX_GROWTH

    def __call__(self, match: re.Match[str]) -> str:
        short = match.group(1)
        full = self._abbreviations[short]
        if len(full) - len(short) > self._room:
            return short
        self._room -= len(full) - len(short)
        return full


def _is_acronym_of(acronym: str, title: str) -> bool:
    """True when the letters of `acronym` are the initials of consecutive words of `title`."""
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w'-]*", title.split("(")[0])).upper()
    letters = acronym.replace("&", "").upper()
    return len(letters) >= 2 and letters in initials


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty")
_NUMBER_WORDS = {w: i for i, w in enumerate((*_UNITS, *_TEENS), start=1)} | {
    f"{ten}{joint}{unit}" if unit else ten: 10 * (t + 2) + u
    for t, ten in enumerate(_TENS)
    for u, unit in enumerate(("", *_UNITS))
    for joint in ("-", " ")
}
_NUMBER = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# "Fifteen years as an OR nurse", "twenty-five years", "two decades": the rubric's patterns count years in digits.
_YEARS_IN_WORDS = re.compile(rf"\b({_NUMBER}) (years?|yrs|decades?)\b(?!-)")
_A_DECADE = re.compile(r"\ba decade\b(?!-)")


def _years(match: re.Match[str]) -> str:
    count = _NUMBER_WORDS[match.group(1)]
    return f"{count * 10} years" if match.group(2).startswith("decade") else f"{count} {match.group(2)}"


def normalize_text(text: str) -> str:
    """Free text (skills, background) for matching: lower case, accents folded, single spaces, a number of years
    written in English words ("fifteen years", "a decade") as digits."""
    folded = _SPACES.sub(" ", fold_accents(text.lower())).strip()
    return _A_DECADE.sub("10 years", _YEARS_IN_WORDS.sub(_years, folded))


_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|"
    "RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_PLACE_WORDS = r"(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*"
# A specialty, school or institution written before a credential: "Residency in Internal Medicine, MD", "Pediatric
# MD", "Neurosurgery MD", "Orthopedic PA", "Blood Bank MT".
_NOT_A_PLACE = (
    r"(?!(?:[A-Z][\w.'’-]*\s+){0,3}?(?:Medicine|Surg\w*|Neurosurg\w*|Pa?ediatric\w*|Geriatric\w*|Psychiatric|"
    r"Cardiothoracic|Thoracic|Vascular|Trauma|Dental|Bank|Lab|Laborator\w*|Psychiatry|Cardiology|Oncology|Radiology|"
    r"Neurology|"
    r"Ana?esthesi\w*|Pathology|Dermatology|Nursing|Pharmacy|Health|Care|Practice|Residency|Fellowship|Programm?e?|"
    r"School|College|University|Hospital|Clinic|Cent(?:er|re)|Institute|Chemistry|Sciences?|Biology|Microbiology|"
    r"Ha?ematology|Emergency|Obstetrics|Gyn(?:a|e)?ecology|Urology|Orthop(?:a|e)?edic\w*|Ophthalmology|Medical|Clinical|"
    r"Physician|Doctor)\b)"
)
# A place's name as a job board writes it without a comma: capitalised words ("King of Prussia"), none a qualifier of a
# credential or a specialist's title ("Board-certified", "Attending", "Cardiologist").
_NAME_WORDS = r"(?:[A-Z][a-z][\w.'’]*\s+(?:of\s+|de\s+|la\s+)?){0,2}?[A-Z][a-z][\w.'’]*"
_NOT_A_QUALIFIER = (
    r"(?!(?:[A-Z][\w.'’-]*\s+){0,3}?(?:Board|Certified|Licen[cs]ed|Practi[cs]ing|Attending|Staff|Registered|Consultant|"
    r"Remote|Hybrid|Contract|Per|Locum|Required|Preferred|Only)\b)(?!(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z]\w*(?:ist|ian)s?\b)"
)
# "startup in Baltimore, MD", "Agency copywriter, Bethesda, MD", "Remote (Annapolis, MD)", and as job boards separate a
# place from the role, "Software Engineer | Pittsburgh, PA", "Data Engineer / Bethesda, MD", "Designer · Annapolis, MD":
# a US state, not a doctor of medicine (MD), a physician assistant (PA) or a medical technologist (MT).
_US_PLACES = (
    re.compile(rf"\b(?i:in|from|near|out of|around)\s+{_NOT_A_PLACE}{_PLACE_WORDS},\s*(?P<state>{_STATES})(?![\w-])"),
    re.compile(
        rf"[,(:;–—|/•·-]\s*{_NOT_A_PLACE}{_PLACE_WORDS},\s*(?P<state>{_STATES})"
        rf"(?=\s*(?:$|[.;:)\](|•·]|\d{{5}}|USA?\b|United States\b)|\s+/)"
    ),
    # Job boards also leave the comma out, "Data Engineer | Baltimore MD": after such a separator, words written as a
    # place's name (no role, qualifier or specialist: "| Board-certified MD", "/ Cardiologist MD") and the state last.
    re.compile(
        rf"(?:^|\s)[|/•·–—-]\s*{_NOT_A_PLACE}{_NOT_A_QUALIFIER}{_NAME_WORDS}\s+(?P<state>{_STATES})"
        rf"(?=\s*(?:$|[|/•·–—)(\]]|\d{{5}}|-\s))"
    ),
)


def credential_tokens(text: str) -> set[str]:
    """Tokens that may be credentials: "RN, BSN", "R.N.", "OTR/L" -> {"RN", "BSN", "OTR", "L"}; a US state after
    a place name is not one."""
    for place in _US_PLACES:
        text = place.sub(lambda m: m.group()[: m.start("state") - m.start()], text)
    return {token.replace(".", "") for token in _CRED_SPLIT.split(text) if token}
