"""Licence and registration numbers a person typed into a title, the organization or a reason, for `--redact`.

`Staff Physician, MD; Lic. No. 1234 5678` looks the physician up by number in a state board's public register, as an
NPI does (phones.py). Import leaves such numbers out of the team file's background (importer/licences.py), but a
title or a reason is typed by hand, and its number reached the redacted report whole. A number is one where a word
says so: after `Lic`, `License`, `Licence`, `Licensed`, `Registration`, `Reg`, `DEA`, `PIN` or `GMC`, with or
without `.`, `No.`, `Number`, `#` or `:` after it (`Lic. No. 1234 5678`, `License #A123456`, `DEA# AB1234563`,
`Reg. No: 12345`), or after a credential and `#` (`RN #95012345`, `RN, CA #95012345`), or after a nurse's,
pharmacist's or other clinical licence's letters and five digits or more (`CA RN 95012345`, `RN95012345`; not `MD
20852`, a place); it has 4 digits or more, letters before them allowed (`A123456`), in groups a space or hyphen
apart, or is a UK nurse's PIN (`12A3456E`).
The word and the number become one mark, `[licence]`, so no abbreviation is left saying nothing (`MD; Lic.`):
`MD; [licence]`; a credential between the word and the digits (`License: RN 1234567`) is kept before it (`RN
[licence]`). A year (`licensed 2015`), a regulation's number (`EU Reg. 2017/745`), a standard's (`ISO 13485`) and a
requisition's (`Open req #4471`) stay.

A person's other numbers go the same way, as `[id]`: a US social security number (`123-45-6789`, anywhere, or nine
digits after `SSN`), and a number of 4 digits or more after `SSN`, `SIN`, `NINO`, `NI No.`, `passport`, `employee #`,
`employee ID`, `emp ID`, `badge`, or a patient's medical record number after `MRN` (`M.R.N.`), `MR #`,
`medical record (number)`, `patient ID` or `pt ID` (`pt. ID`), a `:`, `#` or `-` between (`Employee #48213`,
`passport X1234567`, `MRN 00123456`, `MRN-7654321`; `MRN matching`, a skill, stays), and an employee number padded with
zeros after `employee` or `staff` (`Ann Lee (Employee 001)`), as no count is written. National ids after their
names (`iqama`, `RRN`, `NIN`, `BVN`, `CPF`, `RG`, `PESEL`, `NIP`, `Emirates ID`) and a CPF or Korean RRN anywhere go
too.
"""

from __future__ import annotations

import re

from teamaudit.nameparts import CREDENTIALS_AFTER

LICENCE = "[licence]"
ID = "[id]"
# Each pattern opens with a lookahead of the characters a match can begin with: tried first, one character class
# skips a place where the pattern cannot begin at half the cost of its lookbehind and alternatives (a 1 MB reason's
# scrub: benchmarks/redaction_scrub.py).
# A time of day written as four digits, on the hour or a quarter past, before a word of a meeting or a shift or a
# range to another time: `0800 huddle`, `0700-1900`, `0730h`.
_MEETINGS = (
    "briefing|call|check-?in|handoff|handover|huddle|huddles|meeting|meetings|rounds|shift|shifts|stand-?up|standups"
    "|start|sync|syncs|h|hrs?|hours"
)
_HOUR = "(?:[01][0-9]|2[0-3])"
_TIME_OF_DAY = rf"{_HOUR}(?:00|15|30|45)(?:[ \u00a0]?(?:{_MEETINGS})\b|[\-\u2013]{_HOUR}[0-5][0-9]\b)"
_ID_NUMBER = re.compile(
    r"(?=[0-9SsNnPpBbEeMmIiRrCc])(?:(?<![\w-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![\w-])"
    # a Brazilian CPF (`123.456.789-09`) and a Korean resident registration number (`850101-2345678`), as written
    r"|(?<![\w.-])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![\w-])|(?<![\w-])[0-9]{6}-[1-4][0-9]{6}(?![\w-])"
    r"|(?i:\b(?:ssn|sin|nino|ni[ \u00a0]no\.?|passport(?:[ \u00a0]no\.?)?|badge|m\.?r\.?n\.?|mr[ \u00a0]?#"
    r"|medical[ \u00a0]record(?:[ \u00a0](?:number|no\.?|#))?|(?:patient|pt\.?)[ \u00a0]?(?:#|id|no\.?)"
    r"|(?:employee|emp)[ \u00a0]?(?:#|id|no\.?)"
    # national ids: Saudi iqama, Emirates ID, Korea's RRN, Nigeria's NIN and BVN, Brazil's CPF and RG, Poland's PESEL
    # and NIP; each of seven digits or more, so a year or a count after the name is none (`the BVN 2024 rollout`)
    r"|national[ \u00a0]id"
    r"|(?:iqama|emirates[ \u00a0]id|rrn|nin|bvn|cpf|rg|pesel|nip)(?=\D{0,6}(?:[0-9][ \u00a0.\-]?){7}))"
    r"(?![a-z])[ \u00a0]?[:#-]?[ \u00a0]?(?i:last[ \u00a0]?4[ \u00a0]?[:#]?[ \u00a0]?)?"
    r"(?:[*xX\u2022]{3}-[*xX\u2022]{2}-)?"  # `SSN last4 6789`, `SSN ***-**-6789`
    r"(?:[A-Z]{1,2}[ \u00a0-]?)?[0-9][0-9 .\-]{2,}[0-9](?:[ \u00a0]?[A-D])?\b)"
    # an employee number written out, padded with zeros as no count is (`Employee 001`, `staff 0042`), but for a time
    # of day before what happens then (`staff 0800 huddle`, `staff 0700-1900 shift`)
    rf"|(?i:\b(?:employee|staff)[ \u00a0])(?!{_TIME_OF_DAY})0[0-9]{{2,}}\b)"
)
# The national ids of a team across Bengaluru, Hanoi, Shanghai, Hong Kong, Tokyo, Istanbul, Addis Ababa and Manila
# (tests/data/world-east-40.yaml), each shown before: after its name, Pakistan's CNIC, Hong Kong's HKID, Japan's My
# Number (`マイナンバー`, `個人番号`), Turkey's TC Kimlik No, the Philippines' SSS, PhilHealth, Pag-IBIG, UMID and TIN,
# China's 身份证 (each of seven digits or more after it, as the ids above); anywhere, a CNIC as written
# (`35202-1234567-1`), a Chinese resident id (18 characters holding a birth date: `11010519491231002X`), an HKID
# with its check digit in parentheses (`A123456(7)`).
_NATIONAL_WORDS = (
    r"cnic|hkid|マイナンバー|個人番号|my[ \u00a0]number|t\.?c\.?[ \u00a0]?kimlik(?:[ \u00a0]no\.?)?|tckn"
    r"|kimlik[ \u00a0]no\.?|sss(?:[ \u00a0]no\.?)?|philhealth(?:[ \u00a0]no\.?)?|pag-?ibig(?:[ \u00a0]no\.?)?|umid|tin"
    r"|身份证号?码?|身份證號?碼?"
)
_DATE_OF_BIRTH = r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
_EAST_ID = re.compile(
    # the characters a match can begin with first (as above): 1 MB of a reason's scrub 0.15 -> 0.06 s for this pattern
    "(?=[0-9A-Zchkmpstu\u017f\u212a\u30de\u500b\u8eab])"
    rf"(?:(?i:(?<![\w])(?:{_NATIONAL_WORDS})(?=\D{{0,6}}(?:[0-9][ \u00a0.\-]?){{7}})[ \u00a0]?[:#：-]?[ \u00a0]?"
    r"(?:[A-Z]{1,2}[ \u00a0-]?)?[0-9][0-9 .\-]{2,}[0-9](?:[ \u00a0]?(?:\([0-9A-Z]\)|[0-9A-Z]))?(?![\w]))"
    r"|(?<![\w-])[0-9]{5}-[0-9]{7}-[0-9](?![\w-])"
    rf"|(?<![\w])[1-9][0-9]{{5}}{_DATE_OF_BIRTH}[0-9]{{3}}[0-9Xx](?![\w])"
    r"|(?<![\w])[A-Z]{1,2}[0-9]{6}\([0-9A]\))"
)
# An employee number that says it is one (`EMP-IN-0117`, `EMP0042`), read once the people's own ids are pseudonyms
_EMPLOYEE_NUMBER = re.compile(r"(?<![\w-])EMPL?[-_]?(?:[A-Z]{2,3}[-_])?[0-9]{3,}(?![\w-])")
# An IBAN (`TR33 0006 1005 1978 6457 8413 26`), its two check digits right (ISO 13616: the number read with its
# country and check digits last, letters as 10 to 35, leaves 1 divided by 97), with or without spaces in fours.
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}[0-9]{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\w])")


def _iban(found: re.Match[str]) -> str:
    """`[id]` for an IBAN whose check digits are right, else the text as written."""
    plain = re.sub(r"[ \u00a0]", "", found.group())
    moved = plain[4:] + plain[:4]
    digits = "".join(str(int(char, 36)) for char in moved)
    return ID if 15 <= len(plain) <= 34 and int(digits) % 97 == 1 else found.group()


# Nigeria's MDCN, Brazil's CRM and COREN (with the state: `CRM-SP 123456`) and Poland's PWZ mark licences too
# A bare `CRM` (a customer relationship manager, in this domain, as often as Brazil's medical council) is a licence
# but before a count of what such a system holds: `CRM 1500 accounts`, `CRM 2,000 users` (not `CRM 12345 expires`,
# nor `CRM 123456 details attached`, a licence before any other plural, which was shown)
_COUNTS = (
    "accounts|calls|campaigns|cases|clients|clinics|contacts|customers|deals|emails|entries|hospitals|leads"
    "|licen[cs]es|members|opportunities|orders|organi[sz]ations|patients|practices|providers|records|seats|sites"
    "|tickets|users"
)
_COUNTED = rf"[ \u00a0:#]*[0-9][0-9.,]*[ \u00a0]+(?:{_COUNTS})\b"
_WORD = (
    r"lic|licen[cs]e|licensed|registration|reg|dea|pin|gmc|mdcn|pwz|crm[-/][a-z]{2}|crm(?!"
    + _COUNTED
    + r")|coren(?:-[a-z]{2})?"
)
_NUMBER_WORD = r"(?:[ \u00a0]?(?:no\.?|nr\.?|num\.?|number|#))?"
_CREDENTIAL = "|".join(sorted((re.escape(c) for c in CREDENTIALS_AFTER if len(c) > 1), key=len, reverse=True))
# The digits: 4 or more, in groups a single space or hyphen apart, not a regulation's `2017/745` nor a decimal, nor a
# year (`licensed 2015`, `Registration 2024 cohort`, `License 2019-2024`: the years the licence was held).
_YEAR = r"(?:19|20)[0-9]{2}(?:[\-\u2013](?:19|20)[0-9]{2})?(?![0-9]|[ \-][0-9]{3})"
_DIGITS = rf"(?!{_YEAR})(?=[0-9][0-9 \-]{{2,}}[0-9])[0-9]+(?:[ \-][0-9]{{3,}})*(?![0-9/.,]?[0-9])"
_NMC_PIN = r"(?-i:[0-9]{2}[A-Z][0-9]{4}[A-Z])\b"  # the UK's Nursing and Midwifery Council's (`PIN 12A3456E`)
# Licences a number of five digits or more follows with no `#` (`RN 95012345`, `CA RN 95012345`, `RN95012345`): those
# that are no state's two letters, as `MD 20852` and `PA 19104` are places.
_LICENSED = "rn|lpn|lvn|np|aprn|fnp|crna|cnm|rph|pharmd|rrt|otr|dpt|pa-c|dds|dmd"
# The credentials are tried only where a `#` or a digit follows a word of their length: tried at the start of every
# word, their 60 alternatives cost a 1 MB reason 0.23 s of the scrub's 1.05 s, the lookahead a few hundredths.
_BEFORE_A_NUMBER = r"(?=(?:[^\W\d_]|[/-]){2,6}+(?:,[ \u00a0][a-z]{2})?[ \u00a0]?[#0-9])"
_INITIAL_LETTERS = "".join(sorted({w[0] for w in (*_WORD.split("|"), *CREDENTIALS_AFTER, *_LICENSED.split("|"))}))
_NUMBER = re.compile(
    rf"(?=[{_INITIAL_LETTERS}])(?<![\w/])(?:(?:{_WORD})\b\.?{_NUMBER_WORD}[ \u00a0]?[:#]?"
    rf"|{_BEFORE_A_NUMBER}(?:(?P<credential>{_CREDENTIAL})(?:,[ \u00a0][a-z]{{2}})?[ \u00a0]?#"
    rf"|(?P<licensed>{_LICENSED})(?=[ \u00a0]?[0-9]{{5}})))"
    rf"[ \u00a0]?(?:(?P<letters>(?-i:[A-Z]{{1,4}}))[ \u00a0-]?)?(?:{_DIGITS}|{_NMC_PIN})",
    re.IGNORECASE,
)


def hide_licences(text: str) -> str:
    """`text` with each licence or registration number a word marks replaced, the word with it, by `[licence]`, and
    each other number of a person's (`SSN 123-45-6789`) by `[id]`."""
    if not any(char.isdigit() for char in text):
        return text
    hidden = _ID_NUMBER.sub(ID, _NUMBER.sub(_hidden, text))
    return _IBAN.sub(_iban, _EAST_ID.sub(ID, hidden))


def hide_employee_numbers(text: str) -> str:
    """`text` with each employee number that says it is one (`EMP-IN-0117`) replaced by `[id]`: run after the names
    and ids of the people in the file are replaced (mentions.py), so that one of theirs (`EMP0042`) is their
    pseudonym."""
    return _EMPLOYEE_NUMBER.sub(ID, text) if "EMP" in text else text


def _hidden(number: re.Match[str]) -> str:
    """`[licence]`, after a credential the number was written with (`RN #95012345`, `License: RN 1234567`)."""
    credential = number["credential"] or number["licensed"] or number["letters"] or ""
    kept = credential if credential.casefold().rstrip(".") in CREDENTIALS_AFTER and len(credential) > 1 else ""
    return f"{kept} {LICENCE}" if kept else LICENCE
