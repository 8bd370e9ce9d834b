"""Telephone numbers in free text, for `--redact` (privacy.scrub): found by how people group a number's digits.

A run of digit groups joined by single separators (a dash for a hyphen; a hyphen or dot with spaces around it, as in
`415 - 555 0199`) is read whole, then judged by its grouping: international (`+44 20 7946 0958`, `+1 (415)
555-0199`, `+33 612 345 678`, `0044 20 7946 0958`), an area code in parentheses (`(415)555-0199`), North American
(`415.555.0199`, `555-0199`, `4155550199`, `1 (415) 555-0199`, `415 555 01 99`), a national number with its trunk
0 (`020 7946 0958`, `01 23 45 67 89`, `06.12.34.56.78`, `030 12345678`, `0612345678`; `0 800 123 4567`, `(0) 20 7946
0958`), one of Singapore or Hong Kong in fours (`9123 4567`), a Spanish one in threes (`612 345 678`) or an Indian
mobile (`98765 43210`, `98765-43210`, told from a range of codes by the word before it, its first digit and
its rise), a Chinese mobile (`138 0013 8000`), a Polish landline (`22 123 45 67`) or a Russian number after its trunk
8 (`8 (495) 123-45-67`). A slash
may follow an area code (`415/555-0199`), 011 may be dialled for + (`011 44 20 7946 0958`), and a letter O typed for
a zero is read as one (`415-555-O199`); a year in parentheses is no area code (`(2024) 100-200`). After a word that
says a number follows (`tel:`, `phone`, `mobile`, `cell`, `fax`, `☎`, with or without `:`, `#`, `=` or `.`), any run
of 7 to 15 digits is one, but a count in thousands after the bare word (`Mobile 1 000 000 downloads`); an extension
after a number (`x22`, `ext. 22`) goes with it. Where a run is no number as a whole, each national, North American,
Chinese or Indian mobile number in it is (`room 12 020 7946 0958`, `415-555-0199 415-555-0188`). What looks like a
phone's digits but is grouped as something else stays: thousands (`1 000 000`, `+1 000 000`, `612 000 000`), amounts
(`$612 345 678`, `USD 612 345 678`), times (`0700-1900`), years (`2025-2026`), dates (`2026-12-03`, `03.12.2026`),
versions, standards (`ISO 13485:2016`, `21 CFR 820.30`), code ranges (`CPT 99213-99215`) and ISBNs. A National
Provider Identifier (ten digits, its check digit right, alone or after `NPI`, `NPI:`, `NPI#`) becomes `[NPI]`: it is
public, but it names the provider it was given to.

Linear in the text: the pattern is one loop over characters no two of its branches both take (a digit, a
separator or a parenthesised group), so it never backtracks, and each run is judged once, group by group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Space, non-breaking spaces, dot, hyphen and the dashes a word processor writes for it: one between two groups
_SEPARATOR = " \u00a0\u202f.\u2010\u2011\u2012\u2013-"  # the hyphen last: it may close a character class
_DASHES = frozenset("-\u2010\u2011\u2012\u2013")
# A word that says a telephone number (or an NPI) follows, then `:`, `#`, `=` or `.` or a space (`tel:+14155551234`,
# `Mobile: 0612345678`, `Phone#415-555-0199`, `cell=4155550199`, `NPI 1234567893`, `☎ 4155551234`); not inside a web
# address's query (`?cell=4155550199`). A mark after the word says the number is one (`Mobile 1 000 000 downloads`
# is a count: see _judged).
_CUE = (
    r"(?<![?&=/#%])(?i:\b(?P<word>npi|tel|telephone|phone|ph|mobile|mob|cell|cellphone|fax|whatsapp|sms|zalo|viber)\b)"
    r"(?P<mark>\.?[ \u00a0]?[:#=]|\.)?[ \u00a0]?"
    r"|(?P<symbol>[\u260e\U0001f4de])\ufe0f?[ \u00a0]?"
)
# `415/555-0199`: a slash after an area code of three digits, before a number of 3 and 4 (a date's slash stays apart)
_AREA_SLASH = r"(?<=(?<![0-9])[0-9]{3})/(?=[0-9]{3}[-.\u2010-\u2013][0-9]{4}(?![0-9]))"
# The lookahead of the characters a run can begin with (a cue word's first letter, a symbol, `+`, a digit, `(`) comes
# first: one character class skips most places at a fraction of the alternatives' cost.
_RUN = re.compile(
    r"(?=[NnTtPpMmCcFfWwSsZzVv\u260e\U0001f4de+0-9(])"
    rf"(?:(?P<cue>{_CUE})|(?<![\w+.,:/\-$€£¥=?&#%]))"
    rf"(?P<run>\+?(?:[0-9]|\([0-9]{{1,5}}\))(?:[0-9{_SEPARATOR}]|\([0-9]{{1,5}}\)|{_AREA_SLASH})*)"
    r"(?P<extension>[ \u00a0]?(?:x|ext\.?|extension)[ \u00a0]?[0-9]{1,6}(?!\w))?",
    re.IGNORECASE,
)
# A hyphen or dot with a space on either side or both joins two groups of one number, as a single separator does
# (`415 - 555 0199`, `(415) 555 - 0199`); two spaces, or a space and two marks, part two runs (`0958  2026`).
_SPACED_JOIN = re.compile("[ \u00a0\u202f]?[-.\u2010-\u2013][ \u00a0\u202f]?")
_DIGIT = re.compile("[0-9]")  # most titles have none: the pattern tries a cue word at every place
# A letter O typed for a zero inside a group of digits (`415-555-O199`), not in a word (`CO2`, `O365 admin`)
_LETTER_O = re.compile("(?<![^\\W\\d_])[Oo](?=[0-9])|(?<=[0-9])[Oo](?![^\\W\\d_])")
# Words before a run that say it is codes, not a number (`CPT 70010-79999`)
_CODE_WORD = re.compile(r"\b(?:cpt|hcpcs|icd(?:-10)?(?:-cm|-pcs)?|codes?|range|zip)\b[^0-9]{0,12}$", re.IGNORECASE)
_GROUP = re.compile(r"\(([0-9]+)\)|[0-9]+")
_EIGHT_SPACED = re.compile("[0-9]{4}[ \u00a0\u202f][0-9]{4}")
_MONEY_AFTER = re.compile(r"[ \u00a0]?(?:[$€£¥]|(?:usd|eur|gbp|dollars|euros|pounds)\b)", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥]|(?<![^\W\d_])(?:usd|eur|gbp))[ \u00a0]?$", re.IGNORECASE)
_FEWEST, _MOST = 7, 15  # digits in a telephone number (ITU-T E.164 allows 15)
# A chat link whose path or query is a telephone number (`wa.me/919876543210`, `zalo.me/0912345678`,
# `api.whatsapp.com/send?phone=...`, `viber://chat?number=...`): the digits a web address's path holds are otherwise
# kept (`/job/5577052004`), and these were shown
# or in groups as a number is written (`wa.me/+1 415 555 0199`, `wa.me/+44 20 7946 0958`: its `+1` was shown, and the
# second whole), groups of at most five digits one separator or a parenthesis apart, 7 to 15 digits in all
_CHAT_GROUPS = r"\(?[0-9]{1,5}\)?(?:(?:[ \u00a0.\u2010-\u2013-]|(?<=\))|(?=\())\(?[0-9]{1,5}\)?){1,6}"
_CHAT_LINK = re.compile(
    r"(?=[AaTtVvWwZz])(?i:\b(?:wa\.me/|api\.whatsapp\.com/send/?\?phone=|zalo\.me/|viber://(?:chat|add)\?number=|t\.me/))"
    rf"(?P<number>(?:%2B|\+)?(?:[0-9]{{7,15}}|{_CHAT_GROUPS})(?![0-9]))"
)
# An extension alone, no number before it (`Assistant to SIOBHAN (ext. 4471)`, `extension 4471`): it reaches the
# person at the switchboard's number, and was shown; `extension` before a word or a year (`extension 12 months`,
# `extension 2026`) is no number
_EXTENSION = re.compile(
    r"(?=[Ee])\b(?i:ext(?:n)?\.?[ \u00a0]?[:#]?[ \u00a0]?[0-9]{2,6}(?![\w])"
    r"|extension[ \u00a0]?[:#]?[ \u00a0]?(?!(?:19|20)[0-9]{2}\b)[0-9]{3,6}(?![\w])(?![ \u00a0]?[^\W\d_]))"
)
PHONE = "[phone]"
NPI = "[NPI]"


def hide_phones(text: str) -> str:
    """`text` with each telephone number in it replaced by `[phone]`, and each NPI by `[NPI]`; a number with a letter
    O typed for a zero (`415-555-O199`) is read with the zero."""
    if not _DIGIT.search(text):
        return text
    text = _CHAT_LINK.sub(_chat_number, text)
    read = _LETTER_O.sub("0", text)  # of the same length: each run is at the same place in both
    if read == text:
        return _alone_extensions(_RUN.sub(_hidden, text))
    out, kept = [], 0
    for run in _RUN.finditer(read):
        shown = _hidden(run)
        if PHONE in shown or NPI in shown:
            out += [text[kept : run.start()], shown]
            kept = run.end()
    return _alone_extensions("".join(out) + text[kept:])


def _chat_number(link: re.Match[str]) -> str:
    """A chat link with its number, of 7 to 15 digits, hidden."""
    if not _FEWEST <= sum(char.isdigit() for char in link["number"].replace("%2B", "")) <= _MOST:
        return link.group()
    return link.group()[: link.start("number") - link.start()] + PHONE


def _alone_extensions(text: str) -> str:
    """`text` with each extension left once the numbers are hidden (one alone: `ext. 4471`) replaced by `[phone]`."""
    return _EXTENSION.sub(PHONE, text) if "xt" in text or "XT" in text else text


def _hidden(run: re.Match[str]) -> str:
    text = run.group("run")
    if len(text) < _FEWEST or sum(char.isdigit() for char in text) < _FEWEST:
        return run.group()  # too few digits for any number: judged, `e 12 e 12 ...` cost 3.4 s a MB
    core = text.rstrip(_SEPARATOR)  # "call 555-0199." ends a sentence, not the number
    after = _MONEY_AFTER.match(run.string, run.end("run") - len(text) + len(core)) is not None
    before = _MONEY_BEFORE.search(run.string[max(0, run.start("run") - 5) : run.start("run")]) is not None
    word = (run.group("word") or "").lower()
    cued = Cue(
        phone=bool(word and word != "npi") or run.group("symbol") is not None,
        marked=run.group("mark") is not None or run.group("symbol") is not None,
        codes=_CODE_WORD.search(run.string, max(0, run.start() - 30), run.start()) is not None,
    )
    shown = "".join(_hide_segments(core, cued, money_before=before, money_after=after))
    cue = run.group("cue") or ""
    extension = run.group("extension") or ""
    rest = text[len(core) :]
    if extension and len(rest) <= 1 and shown.endswith((PHONE, NPI)):
        return cue + shown  # the number's extension goes with it
    return cue + shown + rest + extension


@dataclass(frozen=True)
class Cue:
    """What the words before a run say of it: `phone` after a telephone word or symbol (not `NPI`, whose ten digits
    are judged as any are), `marked` when `:`, `#`, `=` or `.` (or a symbol) stands between the word and the number,
    `codes` after a word of codes (`CPT`, `codes`, `range`)."""

    phone: bool = False
    marked: bool = False
    codes: bool = False


_NO_CUE = Cue()


def _hide_segments(core: str, cued: Cue, money_before: bool, money_after: bool) -> list[str]:
    """The run with each telephone number in it hidden: its parts joined by more than one separator (`0958  2026`),
    but for a hyphen or dot with spaces around it (`415 - 555 0199`), are read apart; a currency before the run goes
    with its first part, one after it with its last."""
    out: list[str] = []
    groups: list[re.Match[str]] = []
    start, plus = 0, core.startswith("+")
    for group in _GROUP.finditer(core):
        if groups:
            gap = core[groups[-1].end() : group.start()]
            beside_parenthesis = groups[-1].group(1) is not None or group.group(1) is not None
            if not (len(gap) == 1 or _SPACED_JOIN.fullmatch(gap) or (gap == "" and beside_parenthesis)):
                out.append(_judged(core[start : groups[-1].end()], groups, plus, cued, money=money_before) + gap)
                start, groups, plus, cued, money_before = group.start(), [], False, _NO_CUE, False
        groups.append(group)
    out.append(_judged(core[start:], groups, plus, cued, money=money_before or money_after))
    return out


def _judged(text: str, found: list[re.Match[str]], plus: bool, cue: Cue, money: bool) -> str:
    groups = [g.group(1) or g.group() for g in found]
    parenthesised = [g.group(1) is not None for g in found]
    lengths = [len(g) for g in groups]
    if lengths == [5, 5] and not _DASHES.isdisjoint(text) and not cue.phone and _code_range(groups, cue):
        return text  # a code range (CPT 99213-99215, 70010-79999 after `CPT`)
    if lengths == [4, 4] and not _EIGHT_SPACED.fullmatch(text) and not cue.phone:
        return text  # `2345-6789`, `2345.6789`: a range or a version; Singapore and Hong Kong write a space
    if lengths == [10] and not plus and not cue.phone and is_npi(groups[0]):
        return NPI
    if money:
        return text
    # A count in thousands after a bare cue word is a count (`Mobile 1 000 000 downloads`); after `Mobile:` a number.
    cued = cue.phone and (cue.marked or not _thousands(groups))
    if is_phone(groups, parenthesised, plus) or (
        cued and _FEWEST <= sum(lengths) <= _MOST and not _times_or_years(groups)
    ):
        return PHONE
    if _thousands(groups) or any(parenthesised) or plus:
        return text
    return _numbers_within(text, found, groups, cue)


def _numbers_within(text: str, found: list[re.Match[str]], groups: list[str], cue: Cue) -> str:
    """A run that is no number as a whole with each number in it hidden, left to right: numbers a space apart
    (`415-555-0199 415-555-0188` showed the first) or after other digits (`room 12 020 7946 0958`)."""
    out, kept, at, first = [], 0, 0, found[0].start()
    while at < len(groups):
        end = _number_from(groups, at, cue)
        if end:
            out += [text[kept : found[at].start() - first], PHONE]
            kept, at = found[end - 1].end() - first, end
        else:
            at += 1
    return "".join(out) + text[kept:]


def _number_from(groups: list[str], at: int, cue: Cue) -> int:
    """Where the longest number starting at groups[at] ends, 0 for none: a North American one (3, 3 and 4 digits),
    a Chinese mobile (3, 4 and 4), an Indian mobile (5 and 5, not codes: `CPT 99213 99214 99215`) or a national one
    (its 0 first, 9 to 13 digits, or 10 or 11 in one group)."""
    for shape in ([3, 3, 4], [3, 4, 4], [5, 5]):
        part = groups[at : at + len(shape)]
        if [len(g) for g in part] != shape or (shape == [5, 5] and _code_range(part, cue)):
            continue
        if is_phone(part, [False] * len(part)):
            return at + len(shape)
    if not groups[at].startswith("0") or groups[at].strip("0") == "":
        return 0
    end, digits, ends = at, 0, list[int]()
    while end < len(groups) and digits + len(groups[end]) <= _MOST:  # at most 15 groups
        digits, end = digits + len(groups[end]), end + 1
        if digits >= 9 or end == at + 1:
            ends.append(end)
    for end in reversed(ends):
        if is_phone(groups[at:end], [False] * (end - at)):
            return end
    return 0


def is_phone(groups: list[str], parenthesised: list[bool], plus: bool = False) -> bool:
    """Whether digit groups read as one telephone number: `plus` when a `+` leads them, `parenthesised` for
    each group written in parentheses."""
    digits = sum(map(len, groups))
    if not _FEWEST <= digits <= _MOST or _times_or_years(groups):
        return False
    if plus:
        if _thousands(groups):  # `+33 612 345 678`, not `+1 000 000`
            return digits >= 10 and "000" not in groups[1:]
        return digits >= 8 if len(groups) == 1 else len(groups[0]) <= 3  # a country code of 1-3 digits
    if len(groups) > 1 and not parenthesised[0] and not plus:
        prefixed = _after_a_prefix(groups, parenthesised)
        if prefixed is not None:
            return prefixed
    lengths = [len(g) for g in groups]
    if lengths == [3, 3, 3]:  # a Spanish number (6, 7, 8 or 9 first), unless its last group is an amount's
        return groups[0][0] in "6789" and groups[2] != "000"
    if _thousands(groups):
        return False
    if parenthesised[0]:  # an area code, not a year (`(2024) 100-200`) before a number that is none
        if groups[0] == "0" and len(groups) > 1:  # `(0) 20 7946 0958`: the trunk 0 a caller from abroad leaves out
            return is_phone(["0" + groups[1], *groups[2:]], [False, *parenthesised[2:]])
        year = len(groups[0]) == 4 and groups[0][:2] in ("19", "20")
        if year:
            return is_phone(groups[1:], parenthesised[1:])
        return len(groups) > 1 and 2 <= len(groups[0]) <= 5 and digits >= 9
    if any(parenthesised):
        return False
    return _unmarked_number(groups)


def _unmarked_number(groups: list[str]) -> bool:
    """Whether digit groups with no `+` and no parentheses, not in threes after a head, read as one number."""
    lengths = [len(g) for g in groups]
    digits = sum(lengths)
    if groups[0] == "0" and len(groups) > 2 and groups[1][0] != "0" and not _thousands(groups[1:]):
        return is_phone(["0" + groups[1], *groups[2:]], [False] * (len(groups) - 1))  # `0 800 123 4567`
    if groups[0].startswith("0"):  # a national number, its trunk 0 and area code first
        if len(groups) == 1:
            return digits in (10, 11) and groups[0][1] != "0"  # 0612345678, 02079460958
        return 9 <= digits <= 13 and len(groups[0]) >= 2 and groups[0].strip("0") != "" and min(lengths[1:]) >= 2
    # North American, its area and exchange codes never starting 0 or 1; its last four in two pairs (`415 555 01 99`)
    if lengths in ([3, 3, 4], [3, 4], [10], [3, 3, 2, 2]):
        number = "".join(groups)
        return number[0] not in "01" and number[3] not in "01" if len(number) == 10 else number[0] not in "01"
    if lengths == [2, 3, 2, 2]:  # a Polish landline, its area code first (`22 123 45 67`)
        return groups[0][0] != "0"
    if lengths == [3, 4, 4]:  # a Chinese mobile, 13x to 19x (`138 0013 8000`)
        return groups[0][0] == "1" and groups[0][1] in "3456789"
    if lengths == [4, 4]:  # Singapore (6, 8, 9 first) or Hong Kong (2, 3, 5, 6, 9): not years, nor round figures
        return groups[0][0] in "235689" and not any(g[:2] in ("19", "20") or g.endswith("00") for g in groups)
    return lengths == [5, 5] and groups[0][0] in "6789"  # an Indian mobile


def _after_a_prefix(groups: list[str], parenthesised: list[bool]) -> bool | None:
    """Whether the groups after a prefix dialled before a number are one; None when no such prefix leads them."""
    if groups[0] == "1" and sum(map(len, groups)) == 11:  # `1 (415) 555-0199`: North America's trunk 1
        return is_phone(groups[1:], parenthesised[1:])
    if groups[0] == "8" and parenthesised[1] and sum(map(len, groups)) == 11:  # `8 (495) 123-45-67`: Russia's trunk 8
        return is_phone(groups[1:], parenthesised[1:])
    # `0044 20 7946 0958`: 00 dialled for +, then a country code (not a count's `000`)
    if groups[0][:2] == "00" and 3 <= len(groups[0]) <= 5 and groups[0][2] != "0":
        return is_phone([groups[0][2:], *groups[1:]], parenthesised, plus=True)
    # `011 44 20 7946 0958`: North America's 011 dialled for +, then a country code; else Delhi's area code
    if groups[0] == "011" and is_phone(groups[1:], parenthesised[1:], plus=True):
        return True
    return None


def _code_range(groups: list[str], cue: Cue) -> bool:
    """Whether two groups of five joined by a hyphen are a range of codes, not an Indian mobile (`98765-43210`): after a
    word of codes, when no mobile begins so (6 to 9), or when they rise by less than a thousand (`99213-99215`) or
    within their first digit (`70010-79999`: a mobile's halves do so one time in twenty)."""
    low, high = int(groups[0]), int(groups[1])
    rising = 0 <= high - low < 1000 or (high > low and groups[0][0] == groups[1][0])
    return cue.codes or groups[0][0] not in "6789" or rising


def is_npi(digits: str) -> bool:
    """Whether ten digits are a National Provider Identifier: 1 or 2 first, and the Luhn check digit of the nine
    before it prefixed with 80840 (CMS, "NPI check digit")."""
    if len(digits) != 10 or digits[0] not in "12":
        return False
    total = 0
    for i, char in enumerate(reversed("80840" + digits[:9])):
        d = int(char) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == int(digits[9])


def _thousands(groups: list[str]) -> bool:
    """`1 000 000`, `100 000`: a head of one to three digits, then groups of three."""
    return len(groups) > 1 and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _times_or_years(groups: list[str]) -> bool:
    """`0700-1900 0800-2000`, `2025-2026`: groups of four that are each a time of day or a year."""
    return all(len(g) == 4 and (_time(g) or g[:2] in ("19", "20")) for g in groups)


def _time(group: str) -> bool:
    return int(group[:2]) <= 24 and int(group[2:]) < 60
