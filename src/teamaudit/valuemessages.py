"""The problem with a person's value, in the team file's own terms: what the key needs, what the file holds
(`empty`, `yes`, `'50%'`, `a mapping`, never a Python value) and, when YAML read it as something else than
it looks, how to write it."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import MISSING, fields
from typing import Any

from teamaudit.errors import as_written, clipped
from teamaudit.model import Employment, Layer, Person, Status
from teamaudit.typedvalues import BINARY, number_hint, quote_hint

CHOICES: dict[str, tuple[str, ...]] = {
    "status": tuple(Status),
    "layer": tuple(Layer),
    "employment": tuple(Employment),
}

_NEEDS = {
    "fte": "a number > 0 and <= 1",
    "cost": "a positive number (annual cost)",
    "skills": "a list of text or one text separated by commas",
    "background": "text or a list of text",
    "start": "a date like 2026-03-01",
    **{key: "one of " + ", ".join(choices) for key, choices in CHOICES.items()},
}
_TEXT = "non-empty text"
_LISTS = ("skills", "background")
_PERCENT = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*")


def describe(key: str, error: Any, value: object, spelled: str | None, quoted: bool) -> tuple[str, str | None]:
    """The problem pydantic-core's `error` found in `value` under `key`, and a hint. `spelled` is how the
    file writes the offending piece when YAML read it as true, false or empty; `quoted`, whether the file
    wrote it in quotes."""
    kind = error["type"]
    if kind == "string_too_long":  # the value of a list field is the whole list: say which item
        item = max(value, key=lambda v: len(str(v))) if isinstance(value, list) else value
        most = error.get("ctx", {}).get("max_length", 0)
        where = "" if key == "name" else f": '{clipped(str(item))}'"
        return f"is {len(str(item)):,} characters, more than the {most:,} allowed{where}", "a pasted document?"
    needs = _NEEDS.get(key, _TEXT)
    if isinstance(error.get("input") if isinstance(value, list) else value, bytes):  # `!!binary`, or one in a list
        wants_text = key not in _NEEDS or key in _LISTS
        return (BINARY if wants_text else f"binary data (!!binary) is not allowed here; it must be {needs}"), None
    if value is None or (isinstance(value, str) and not value.strip()):  # `title:`, `title: ""`, `title: " "`
        return f"is empty; it must be {needs}", _leave_out(key)
    in_list = key in _LISTS and isinstance(value, list) and len(error["loc"]) > 1
    piece = error.get("input") if in_list else value
    found = as_written(piece, spelled)
    if in_list:
        found += " in the list"
    if key in CHOICES and not in_list:
        from teamaudit.keyhints import value_hint

        return f"{found} is not one of {', '.join(CHOICES[key])}", value_hint(key, value, CHOICES[key])
    return f"must be {needs}, got {found}", _how_to_write(key, piece, spelled, quoted)


def _how_to_write(key: str, value: object, spelled: str | None, quoted: bool) -> str | None:
    if key not in _NEEDS or key in _LISTS:  # text is wanted
        return quote_hint(value, spelled)
    if key in ("fte", "cost", "start") and (inside := _in_typographic_quotes(value)) is not None:
        return _typographic(key, inside)
    if key == "fte" and isinstance(value, str) and (percent := _PERCENT.fullmatch(value)):
        share = float(percent.group(1)) / 100
        return f"write {share:g}" if 0 < share <= 1 else None  # '400 digits%' is no share to write: not 'write inf'
    if key == "fte":
        return number_hint(value, quoted, fraction=True) or _fte_hint(value)
    if key == "cost":
        return number_hint(value, quoted, show=False) or _cost_hint(value)  # pay is never repeated
    if key == "start":
        return _unknown_start_hint(value) or date_hint(value)
    return None


_NOT_KNOWN = re.compile(r"\W*(?:tb[acd]|n/?a|unknown|pending|not yet|later|soon|asap|\?+|-+)\W*", re.IGNORECASE)


def _unknown_start_hint(value: object) -> str | None:
    """`start: TBD` was told to write 2027-03-01, a date the founder does not have: a start not yet known is left
    out (a planned hire or an open requisition needs none)."""
    if isinstance(value, str) and _NOT_KNOWN.fullmatch(value):
        return "leave start out until the date is known: a planned hire or an open requisition needs none"
    return None


_FTE_WORDS = {"full": "1", "full time": "1", "half": "0.5", "half time": "0.5", "quarter": "0.25"}
_MONEY = re.compile(r"[$€£¥]|\b(?:usd|eur|gbp|k)\b|\d[km]\b", re.IGNORECASE)


def _in_typographic_quotes(value: object) -> str | None:
    """The text inside the curly quotes a notes app or a word processor typed round a value (`fte: “0.5”`), which
    YAML reads as letters of the value; None when the value is not so quoted."""
    if isinstance(value, str) and len(value) > 2 and value[0] in _OPENING and value[-1] in _CLOSING:
        return value[1:-1].strip()
    return None


_OPENING, _CLOSING = "\u201c\u2018\u201e\u00ab", "\u201d\u2019\u201c\u00bb"  # “ ‘ „ « and ” ’ “ »
_CURLY = "\u201c \u201d are typographic quotes, which YAML reads as letters"


def _typographic(key: str, inside: str) -> str:
    """How to write a number or a date the file put in curly quotes: without them, and as the key needs it (an fte
    of `“50”` is 0.5); pay is not repeated (--redact hides the value in the message)."""
    if key == "start":
        how = date_hint(inside) if _ISO_DATE.fullmatch(inside) is None else None
        return f"{_CURLY}: write the date without them" + (f"; {how}" if how else "")
    if key == "cost":
        return f"{_CURLY}: write the amount without them, in plain digits"
    number = float(inside) if _PLAIN_NUMBER.fullmatch(inside) else None
    if number is not None and 0 < number <= 1:
        return f"{_CURLY}: write {inside} without them"
    if number is not None and 5 <= number <= 100:
        return f"{_CURLY}: write {number / 100:g} without them, as an fte is a share of a full week, at most 1"
    if share := _FTE_WORDS.get(" ".join(inside.lower().replace("-", " ").split())):
        return f"{_CURLY}: write {share} without them"
    return f"{_CURLY}: write the share of a full week without them, a number > 0 and <= 1"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})?|\.\d{1,3}")


def _fte_hint(value: object) -> str | None:
    """For a share of a week written as a percentage without `%` (`fte: 50`) or in words (`half`)."""
    if value == 0 and not isinstance(value, bool):
        return "someone who gives no time is not on the team: leave them out, or write the share of a week they give"
    if isinstance(value, str):
        share = _FTE_WORDS.get(" ".join(value.lower().replace("-", " ").split()))
        return f"write {share}" if share else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if 5 <= value <= 100:  # a percentage or hours; 1.2 could be 1.2% or 1.2 FTE, so no guess below 5
        share = f"{value / 100:g} for {value:g}%"
        return f"an fte is a share of a full week, at most 1: write {share}, or hours a week / 40"
    if 1 < value < 5:
        return "one person is at most 1.0 FTE: write 1, or the share of a full week they give"
    return None


def _cost_hint(value: object) -> str | None:
    """For pay written with a currency or a `k` (`$185,000`, `185k`); the value is not repeated (--redact)."""
    if isinstance(value, str) and _MONEY.search(value):
        return "write the annual amount in plain digits, without a currency, commas or k: 185000, not $185k"
    return None


def _leave_out(key: str) -> str | None:
    """What leaving the key out means; None for a key every person needs."""
    field = next((f for f in fields(Person) if f.name == key), None)
    if field is None or (field.default is MISSING and field.default_factory is MISSING):
        return None
    default = field.default
    if default is MISSING or default is None or default == ():
        return "or leave it out"
    return f"or leave it out for {default}"


_SLASHED = re.compile(r"\s*(\d{1,4})(?:[/-]|\.\s?)(\d{1,2})(?:[/-]|\.\s?)(\d{1,4})\s*")  # German '1. 2. 2027' too
_NAMED_DATES = ("%B %Y", "%b %Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


# A date, then a time as ISO 8601, a spreadsheet or a browser writes it: '2027-02-29T10:00Z', '02/30/2027 10:00 AM',
# '3/1/2027, 10:00:00 AM' (en-US toLocaleString, a comma after the date), '2027-03-01 10:00:00 UTC'.
_TIMED = re.compile(
    r"\s*(\S.*?)(?:[Tt]|,?\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*"
    r"(?:[Zz]|(?:UTC|GMT)?[+-]\d{2}(?::?\d{2})?|UTC|GMT)?\s*"
)
_TIMED_LONGEST = 64  # '2027-02-28T10:00:00.123456789+01:00' is 35; the lazy date part costs its length squared
_ANY_DATE = "write the date itself, year first: 2027-03-01"


def date_hint(value: object) -> str | None:
    """How to write a date a person wrote as a spreadsheet or a letter does: '03/01/2027' is 1 March in the US and
    3 January elsewhere, so both are given unless one part cannot be a month; 'March 2027' needs a day. A time
    after the date (`2027-02-29T10:00`) gets the date's own hint and is left out."""
    if isinstance(value, dt.datetime):
        return f"write the date alone, without the time: {value.date().isoformat()}"
    if not isinstance(value, str):
        return None
    if len(value) <= _TIMED_LONGEST and (timed := _TIMED.fullmatch(value)) is not None:
        return _timed_hint(timed.group(1))
    if (inside := _in_typographic_quotes(value)) is not None:  # `as_of: “2027-03-01”`
        return _typographic("start", inside)
    slashed = _SLASHED.fullmatch(value)
    if slashed:
        return _slashed_hint(*(int(part) for part in slashed.groups()), dashed="-" in value, dotted="." in value)
    for form in _NAMED_DATES:
        try:
            read = dt.datetime.strptime(" ".join(value.split()), form).date()
        except ValueError:
            continue
        return f"write it year first: {read.isoformat()}" + (", or the day it starts" if "%d" not in form else "")
    return _ANY_DATE


def _timed_hint(day: str) -> str:
    """For a date with a time: the date alone when it is one, else the date's hint and the time left out."""
    if _ISO_DATE.fullmatch(day) and (iso := _iso(*(int(part) for part in day.split("-")))):
        return f"write the date alone, without the time: {iso}"
    hint = date_hint(day)
    return _ANY_DATE if hint in (None, _ANY_DATE) else f"{hint}; leave the time out"


def _slashed_hint(first: int, second: int, third: int, *, dashed: bool = False, dotted: bool = False) -> str | None:
    if first > 31:  # 2027/03/01: year first already
        iso = _iso(first, second, third)
        if iso is None and (swapped := _iso(first, third, second)):  # 2027-15-01: the day before the month
            return f"the month comes before the day: {swapped} for {_said(swapped)}"
        if iso is None:  # 2027-02-30: a day the month does not have
            return _days_in(first, second, third)
        return f"write it with dashes: {iso}"
    if third < 100:
        return _two_digit_year_hint(first, second, third, dashed, dotted)
    us, elsewhere = _iso(third, first, second), _iso(third, second, first)
    if dotted and elsewhere:  # 1.2.2027: every country that writes dots writes the day first, as import reads them
        return f"write it year first: {elsewhere} for {_said(elsewhere)}"
    if us and elsewhere and us != elsewhere:
        return f"write it year first: {us} for {_said(us)}, or {elsewhere} for {_said(elsewhere)}"
    if us or elsewhere:
        return f"write it year first: {us or elsewhere}"
    return _days_in(third, first, second) or _days_in(third, second, first)  # 02/30/2027, 31/04/2027: one reads so


def _two_digit_year_hint(first: int, second: int, third: int, dashed: bool, dotted: bool = False) -> str | None:
    """For '03/01/27' or '27-03-01': a two-digit year leaves the century and the order to guess, so the year is
    asked for in full, with the dates this century it may mean (month or day first with the year last, or the
    year first when the first part cannot be a month, the likelier with dashes: 27-03-01). Dots write the day
    first ('1.2.27' is 1 February 2027), so a dotted date that can be read so means that date alone."""
    if dotted and (day_first := _iso(2000 + third, second, first)):
        return f"write the year in full, year first: {day_first} for {_said(day_first)} {day_first[:4]}"
    readings = [_iso(2000 + third, first, second), _iso(2000 + third, second, first)]
    if first > 12:
        readings.insert(0 if dashed else 2, _iso(2000 + first, second, third))
    dates = list(dict.fromkeys(iso for iso in readings if iso))
    if not dates:
        return None
    said = " or ".join(f"{iso} for {_said(iso)} {iso[:4]}" for iso in dates)
    return f"write the year in full, year first: {said}"


def _days_in(year: int, month: int, day: int) -> str | None:
    """'February 2027 has 28 days' for 2027-02-30, the last of the month a likely meaning; None when the month or
    the day cannot be one."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and dt.MINYEAR <= year <= dt.MAXYEAR):
        return None
    last = dt.date(year, month, calendar.monthrange(year, month)[1])  # 9999-12 too, which has no month after it
    if day <= last.day:
        return None
    return f"{last:%B %Y} has {last.day} days: {last.isoformat()} is its last"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _said(iso: str) -> str:
    """'1 March' for 2027-03-01."""
    date = dt.date.fromisoformat(iso)
    return f"{date.day} {date:%B}"
