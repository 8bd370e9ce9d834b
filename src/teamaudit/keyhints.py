"""Hints for a key the team file does not know: the key it is most likely meant to be. A synonym (`role`,
`department`) is suggested, never silently accepted, so a file means one thing to every reader."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from teamaudit.columnnames import COLUMN_NAMES

if TYPE_CHECKING:
    import difflib

_SYNONYMS = {
    # a spelling, with separators as "_" and in lower case -> the key it means
    "title": {"role", "job", "job_title", "jobtitle", "position", "position_title", "job_role", "designation"},
    "team": {"department", "dept", "division", "group", "function", "org_unit", "unit"},
    "name": {"full_name", "fullname", "employee", "employee_name", "person", "preferred_name", "display_name"},
    "id": {"employee_id", "emp_id", "employee_number", "staff_id", "worker_id", "person_id", "req_id"},
    "skills": {"skill", "tools", "expertise", "technologies", "tech", "stack"},
    "background": {"credentials", "experience", "education", "degrees", "degree", "bio", "history", "licenses"},
    "start": {"start_date", "hire_date", "hired", "date", "starts", "joined", "join_date"},
    "cost": {"salary", "pay", "compensation", "comp", "base", "base_salary", "annual_cost", "budget"},
    "status": {"state", "hiring_status", "stage"},
    "employment": {"employment_type", "worker_type", "type", "contract", "contract_type", "classification"},
    "fte": {"hours", "allocation", "capacity", "percent", "time"},
    "layer": {"category", "bucket"},
    "people": {"team", "staff", "employees", "members", "roster", "headcount", "persons", "person"},
    "organization": {"organisation", "org", "company", "company_name", "client", "employer"},
    "as_of": {"asof", "date", "snapshot", "updated", "effective_date"},
}
# The team file's key for an import field where the two are named apart; the fields with no key (an end date, a
# requisition's openings) are no key's synonyms.
_FIELD_KEYS = {
    **dict.fromkeys(("first_name", "last_name", "preferred_name", "preferred_first_name"), "name"),
    "employment_type": "employment",
    "hours": "fte",
}
_VALUE_SYNONYMS: dict[str, dict[str, set[str]]] = {
    # a key -> its values -> what people write for them (lower case, separators as "_"); suggested, never accepted
    "layer": {
        "clinical": {"clinician", "clinicians", "medical", "nursing", "nurse", "physician", "doctor", "care"},
        "integration": {"ehr", "emr", "interop", "interoperability", "interfaces", "integrations", "hl7", "fhir"},
        "compliance": {"regulatory", "quality", "qa/ra", "ra/qa", "qara", "privacy", "validation", "legal"},
        "ml_research": {"ml", "ai", "research", "machine_learning", "ml_engineering", "data_science", "ml/ai"},
        "other": {"engineering", "product", "sales", "operations", "ops", "g&a", "none", "n/a"},
    },
    "status": {
        "current": {"active", "employed", "staff", "existing"},
        "planned": {"offer", "offered", "accepted", "signed", "starting", "incoming", "committed"},
        "open": {"hiring", "req", "requisition", "opening", "vacant", "vacancy", "posted", "approved", "tbh"},
    },
    "employment": {
        "employee": {"full_time", "fulltime", "ft", "part_time", "parttime", "pt", "permanent", "staff", "w2"},
        "contractor": {"contract", "contingent", "consultant", "freelance", "freelancer", "agency", "1099", "vendor"},
        "advisor": {"adviser", "advisory", "board", "fractional"},
    },
}
_HIRED = "did you mean current (on staff today) or planned (a decided hire who has not started)?"
# A word that means either of two values, said with what each means: "hired" is on staff to one founder and
# signed but not started to another, and `current` counts them today.
# How much of a week someone works is `fte`'s, not `employment`'s: a form of work written as the employment is told
# both keys (docs/team-file.md: "the time given is fte's job, not this key's").
_PART_TIME = "part-time is employment: employee with the share of a week as fte, e.g. fte: 0.5 for half time"
_HOURLY = "hourly staff are employment: employee with the share of a week as fte, e.g. fte: 0.5 for 20 hours"
_FULL_TIME = "full-time is employment: employee; full time is fte's default of 1.0"
_INTERN = "an intern is employment: employee with the share of a week as fte, e.g. fte: 0.5 for half time"
_TEMPORARY = "write employment: employee, or contractor if through an agency, and fte below 1 if part-time"
_FRACTIONAL = "did you mean advisor? A fractional executive is employment: advisor with the share of a week as fte"
_CONTRACT = "a contract is employment: contractor, with the share of a week as fte if it is not full time"
_EITHER: dict[str, dict[str, str]] = {
    "status": {
        "hired": _HIRED,
        "new_hire": _HIRED,
        "eingestellt": _HIRED,  # German for hired, as ambiguous
    },
    "employment": {
        **dict.fromkeys(("part_time", "parttime", "pt", "half_time", "halftime"), _PART_TIME),
        **dict.fromkeys(("hourly", "per_diem", "prn"), _HOURLY),
        **dict.fromkeys(("full_time", "fulltime", "ft", "permanent", "salaried", "regular"), _FULL_TIME),
        **dict.fromkeys(("intern", "internship", "interns", "co_op", "coop", "student", "working_student"), _INTERN),
        **dict.fromkeys(("temporary", "temp", "seasonal", "fixed_term"), _TEMPORARY),
        "fractional": _FRACTIONAL,
        **dict.fromkeys(("contract", "contracted", "freelance", "freelancer", "1099"), _CONTRACT),
    },
}
_NOTES = {"notes", "note", "comment", "comments", "remarks", "remark", "memo", "notes_to_self"}
_CONTACT = {"email", "e_mail", "mail", "work_email", "phone", "mobile", "address", "linkedin"}
_SEPARATORS = re.compile(r"[\s_-]+")
# Spaces that are not the space YAML indents and separates with: what a notes app, a word processor or a web page
# pastes (no-break, figure, narrow no-break, ideographic, the fixed-width ones).
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# The longest key compared letter by letter with the known keys: far longer than any misspelt one, and comparing
# costs the square of the length (a 100,000-character key took 2.5 s).
MAX_MISSPELT = 64
_LOWEST = 0.6  # the lowest likeness that makes a spelling the key meant


def meant_key(key: object, known: tuple[str, ...]) -> str | None:
    """The one of `known` that `key` most likely means: the same key in other case or separators, a
    synonym, or a close spelling of either ("departement" is department, so team); None when nothing is close."""
    spelled = _SEPARATORS.sub("_", str(key).strip().lower())
    return None if len(spelled) > MAX_MISSPELT else _meant_spelling(spelled, known)


@functools.lru_cache(maxsize=4096)  # a file repeats its misspellings, one a person
def _meant_spelling(spelled: str, known: tuple[str, ...]) -> str | None:
    if spelled in known:
        return spelled
    meaning, floors = _spellings(known)
    if spelled in meaning:
        return meaning[spelled]
    # The exact likeness is costly: it is computed only for spellings whose upper bound (quick_ratio) could
    # still make them the closest one that passes.
    bounds = []
    for spelling in floors:
        matcher = _matcher(spelling)
        matcher.set_seq1(spelled)
        if matcher.real_quick_ratio() >= _LOWEST and (bound := matcher.quick_ratio()) >= _LOWEST:
            bounds.append((bound, spelling))
    # The closest spelling as alike as its own floor asks: `fte_` is fte (0.86 of the 0.6 a key asks), though the
    # column name `fte %` is closer (0.89 of the 0.9 a synonym asks).
    ratio, spelling = 0.0, ""
    for bound, candidate in sorted(bounds, reverse=True):
        if bound < ratio:
            break
        matcher = _matcher(candidate)
        matcher.set_seq1(spelled)
        if (alike := matcher.ratio()) >= floors[candidate]:
            ratio, spelling = max((ratio, spelling), (alike, candidate))
    if not spelling:
        return None
    return spelling if spelling in known else meaning[spelling]


def may_mean(key: object, known: tuple[str, ...], meant: set[str]) -> bool:
    """Whether `meant_key` could find that `key` means one of `meant`: False when no spelling of them is even
    roughly alike (a quick bound), so a file of 40,000 odd keys is not compared letter by letter."""
    spelled = _SEPARATORS.sub("_", str(key).strip().lower())
    meaning, floors = _spellings(known)
    if spelled in meant or meaning.get(spelled) in meant:
        return True
    if len(spelled) > MAX_MISSPELT:
        return False
    for spelling, floor in floors.items():
        if spelling in meant or meaning.get(spelling) in meant:
            matcher = _matcher(spelling)
            matcher.set_seq1(spelled)
            if matcher.real_quick_ratio() >= floor and matcher.quick_ratio() >= floor:
                return True
    return False


@functools.cache
def _spellings(known: tuple[str, ...]) -> tuple[dict[str, str], dict[str, float]]:
    """The synonyms of `known` (a word -> the key it means), and how alike a key must be to each spelling to
    mean it: the keys 0.6, the synonyms 0.9 (there are many, some short), so "salry" is salary (cost), not start,
    and "location" is not allocation (fte)."""
    columns = {
        _SEPARATORS.sub("_", column): key
        for field, names in COLUMN_NAMES.items()
        if (key := _FIELD_KEYS.get(field, field)) in known
        for column in names
    }
    # import's column names (an `abteilung:` is team), then the team file's own words, which win where both name one
    meaning = columns | {word: target for target in known for word in _SYNONYMS.get(target, ())}
    meaning = {word: target for word, target in meaning.items() if word not in known}
    return meaning, {**dict.fromkeys(meaning, 0.9), **dict.fromkeys(known, 0.6)}


@functools.cache
def _matcher(spelling: str) -> difflib.SequenceMatcher[str]:
    """A matcher comparing texts with `spelling`, which it indexes once (the costly part of making one)."""
    import difflib  # only on the error path: it costs start-up time

    return difflib.SequenceMatcher(None, "", spelling)


def reads_as_key(key: object, meant: str | None, known: tuple[str, ...] = ()) -> bool:
    """Whether an unknown key that `meant` was found for is the file's structure, which --redact may show: the
    very key or one of its listed synonyms in other case or separators (`Title`, `fte_`, `Job-Title`). A near
    miss is not, in any case: a given name an unquoted comma made a key (`{name: okonkwo, naomi}`) is one or two
    letters from a key as often as a typo is (`naomi` name, `stuart` start, `ida` id, `costa` cost, `titel`)."""
    if meant is None:
        return False
    return _spelled(key) in (_spelled(meant), *(w for w, m in _spellings(known)[0].items() if m == meant))


def _spelled(key: object) -> str:
    """A key in lower case with `_` for its separators, none at either end: how spellings of a key compare."""
    return _SEPARATORS.sub("_", str(key).strip().lower()).strip("_")


def is_contact_key(key: object) -> bool:
    """Whether `key` names a kind of contact detail (email, phone) in any case or separators: a key of the file,
    not a value. A near miss is not (`emil`, one letter from email, is a given name)."""
    return _spelled(key) in _CONTACT


def unknown_key_hint(key: object, known: tuple[str, ...]) -> str:
    """What to say about `key`, which is not one of `known`."""
    odd = _ODD_SPACE.search(str(key))
    # A notes app or web page pasted a no-break space where the file has spaces: the key reads as '  title'.
    if odd and (odd.start() == 0 or _ODD_SPACE.sub(" ", str(key)).strip() in known):
        import unicodedata

        char = odd.group(0)
        where = "begins with" if odd.start() == 0 else "holds"
        said = f"{unicodedata.name(char, 'space').lower()} (U+{ord(char):04X})"
        fix = "retype the indentation as plain spaces" if odd.start() == 0 else "delete it"
        article = "an" if said[0] in "aeiou" else "a"  # an em space (U+2003), an en quad
        return f"the key {where} {article} {said}, which YAML reads as a letter, not a space: {fix}"
    if _SEPARATORS.sub("_", str(key).strip().lower()) in _CONTACT:
        return "teamaudit keeps no contact details; remove it, or use it as id if it is how you tell people apart"
    if _SEPARATORS.sub("_", str(key).strip().lower()) in _NOTES:
        return (
            "teamaudit keeps no notes: write it as a YAML comment, after a #, or under background: if it is experience"
        )
    return spelling_hint(key, known)


def spelling_hint(key: object, known: tuple[str, ...]) -> str:
    """'did you mean title?' for a key that is one of `known` misspelt, else the known keys."""
    meant = meant_key(key, known)
    if meant is None:
        return f"known keys: {', '.join(known)}"
    if meant != key and meant == str(key).lower():
        return f"did you mean {meant}? keys are lower case"
    return f"did you mean {meant}?"


def value_hint(key: str, value: object, choices: tuple[str, ...]) -> str | None:
    """'did you mean planned?' for a misspelt enumeration value or a word people use for one ("hiring" for
    open, "regulatory" for compliance, "offer accepted" word by word), the value of another key
    (`status: contractor` is said with `employment:`), else None."""
    if not isinstance(value, str):
        return None
    spelled = _SEPARATORS.sub("_", value.strip().lower())
    if either := _EITHER.get(key, {}).get(spelled):
        return either
    meant = _synonym(key, spelled) or _every_word_means(key, spelled, choices)
    if meant is None:
        if elsewhere := _other_key_value(key, spelled):
            other, word = elsewhere
            return f"{word} is {_a(other)}, not {_a(key)}: write {other}: {word}"
        import difflib

        close = difflib.get_close_matches(spelled, choices, n=1, cutoff=0.6)
        meant = close[0] if close else None
    return f"did you mean {meant}?" if meant else None


def means_either(key: str, value: object) -> bool:
    """Whether `value` is a word that means either of two values of `key` (`hired`: current or planned), which
    something else in the record, a start date, may settle."""
    return isinstance(value, str) and _SEPARATORS.sub("_", value.strip().lower()) in _EITHER.get(key, {})


def _a(key: str) -> str:
    return f"an {key}" if key[0] in "aeiou" else f"a {key}"


def _synonym(key: str, spelled: str) -> str | None:
    return next((v for v, words in _VALUE_SYNONYMS.get(key, {}).items() if spelled in words), None)


def _every_word_means(key: str, spelled: str, choices: tuple[str, ...]) -> str | None:
    """The one value every word of a value of several words means: `offer accepted` and `signed offer` are
    planned, `open req` open; None when a word means nothing or another value (`offer declined`)."""
    words = [word for word in spelled.split("_") if word]
    if len(words) < 2 or len(words) > 4:
        return None
    meanings = {word if word in choices else _synonym(key, word) for word in words}
    return next(iter(meanings)) if len(meanings) == 1 and None not in meanings else None


def _other_key_value(key: str, spelled: str) -> tuple[str, str] | None:
    """The other key a value is one of (`contractor` is an employment, `planned` a status), with the value."""
    if key not in _VALUE_SYNONYMS:
        return None
    return next(((other, spelled) for other, values in _VALUE_SYNONYMS.items() if spelled in values), None)
