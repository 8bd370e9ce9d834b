"""Pay, birth dates and ages a person typed into a title, the organization or a reason, for `--redact`.

A report never shows a person's pay (`cost`), but a title copied from a posting carries it (`Travel RN - Med/Surg -
$2,400/wk`, `Full Stack Engineer - $150K-$190K + Equity`) and a reason may (`approved at $185k`). An amount is a
number with a currency before or after it (`$185k`, `£60,000`, `USD 185000`, `85.000 €`, `185k USD`, `CHF 180'000`,
`₹25,00,000`), a number of lakhs or crores (`25 LPA`, `12 lakh`), or, after a word of pay (`salary`, `pay`,
`compensation`, `wage`, `OTE`), a number of thousands (`pay 185k`, `salary: 185000`), and after `base`, `bonus`,
`comp`, `rate` or `TC` one written in thousands (`base 185k`; `user base 10,000` stays), unless the word before makes
it a count or a measure (`user base 10k`, `error rate 2.5k` stay), or before one of them (`185k base`, `20K bonus`;
`10k base pairs` stays); a range of them (`$150K-$190K`, `$150k to $190k`) is one. Each becomes `[amount]`, what it
is per (`/wk`, `per annum`) kept. A birth date after a word that says it is one (`DOB`, `D.O.B.`, `born`, `date of
birth`, `b.`) goes with the word: `DOB 03/12/1985` becomes `[date of birth]`; so does an age (`age 47`, `47-year-old`:
`[age]`), but a cohort's (`ages 18-65`, `age 65+`) and a thing's (`10 year old system`).
"""

from __future__ import annotations

import re

AMOUNT = "[amount]"
BIRTH_DATE = "[date of birth]"
AGE = "[age]"
# and those of a team across Bengaluru, Hanoi, Shanghai, Hong Kong, Tokyo, Istanbul, Addis Ababa and Manila
# (tests/data/world-east-40.yaml: dong, lira, pesos, birr, taka, rupees, yuan, yen, Hong Kong dollars)
_CURRENCY = (
    r"(?:R\$|HK\$|[$€£¥₹₦₩₫₺₱৳]|zł|\b(?:USD|EUR|GBP|CAD|AUD|CHF|INR|SGD|NZD|Rs|BRL|PLN|NGN|KRW|SAR|AED"
    r"|VND|TRY|PHP|Php|ETB|BDT|PKR|LKR|CNY|RMB|JPY|HKD|TL|Birr|birr|Rp|RM|Tk)\b\.?)"
)
# A number as amounts are written: thousands apart by `,`, `.`, a space or none, decimals, a multiplier.
# Lakhs apart first (`25,00,000`, as India writes them), then thousands (`180'000` as Switzerland does).
_FIGURE = (
    r"(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:[,. '\u2019\u00a0\u202f][0-9]{3})*)(?:[.,][0-9]{1,2})?"
    r"(?:[ \u00a0]?(?:[kKmM]|bn|million|thousand|lakhs?|crores?|Cr|L|LPA)\b)?"
)
_ONE = rf"(?:{_CURRENCY}[ \u00a0]?(?:{_FIGURE}|[0-9]{{4,}})|(?:{_FIGURE}|[0-9]{{4,}})[ \u00a0]?{_CURRENCY})"
_RANGE = r"[ \u00a0]?(?:[-\u2013\u2014]|to)[ \u00a0]?"
# Each pattern opens with a lookahead of the characters a match can begin with: tried first, one character class
# skips a place where the pattern cannot begin at half the cost of its lookbehind and alternatives (a 1 MB reason's
# scrub: benchmarks/redaction_scrub.py).
# A group of three digits after a figure's first digits and its separator is read from where that figure begins, so
# it is no place to begin again: `000 000 ...` with no currency after it was read once from each of its groups, the
# square of its length (20 KB: 3.6 s). Beginning there never finds what the figure's own beginning does not.
_WITHIN_A_FIGURE = "".join(rf"(?<!(?<![\w.,])[0-9]{{{n}}}[,. '\u2019\u00a0\u202f])" for n in (1, 2, 3))
_AMOUNT = re.compile(
    rf"(?=[$€£¥₹₦₩₫₺₱৳UEGCAISNRBPKzVTHJL0-9])(?<![\w.,])(?:(?=[0-9]{{4}})|{_WITHIN_A_FIGURE}|(?![0-9]{{3}}(?![0-9])))"
    rf"(?:{_ONE})(?:{_RANGE}(?:{_ONE}|{_FIGURE}))?(?![\w])"
)
_SEPARATOR = r"[ \u00a0]?[:=]?[ \u00a0]?"
# The company's money is no one's pay: an amount before a word of revenue or funding (`$2M ARR`, `$5M pipeline`,
# `$3M NIH grant`, `€800k in funding`, `raised $12M Series A`; not `ARR-linked bonus`). A budget or a contract is a
# hire's pay.
_COMPANY_WORDS = r"arr|mrr|revenue|run[ -]rate|pipeline|seed|series|round|funding|valuation|bookings|gmv|tam|grants?"
_COMPANY_AFTER = re.compile(
    rf"[ \u00a0]+(?:in[ \u00a0]+)?(?:[A-Z]{{2,6}}[ \u00a0]+)?(?i:{_COMPANY_WORDS})\b(?![-\u2010])"
)
# `(12M)` after a word of the company's money or of its counts is its millions, not an age and a sex (`Series A
# (12M)`, `ARR (3M)`, `users (2M)`)
_COMPANY_BEFORE = re.compile(
    rf"(?i:\b(?:series[ \u00a0][a-z]|{_COMPANY_WORDS}|raised|budget|users|downloads|patients|members|lives))"
    r"[ \u00a0]*$"
)
# AED and SAR are also a defibrillator and a device's specific absorption rate (`AED 2 per floor`, `SAR 1.6 W/kg`),
# PHP a language (`PHP 7.4`), TRY a word in capitals, TL a team lead and RM risk management: after or before them
# only thousands are pay (`SAR 12,000`, `AED 15k`, `9000 AED`, `PHP 45,000`, `35,000 TL`)
_ALSO_A_TERM = re.compile(r"\b(?:AED|SAR|PHP|TRY|TL|RM)\b")
_IN_THOUSANDS_WRITTEN = re.compile(
    r"[0-9]{4}|[0-9][,. '\u2019\u00a0\u202f][0-9]{3}|[0-9][ \u00a0]?(?:[kKmM]|bn|million|thousand)\b"
)
_LAKHS = re.compile(r"(?=[0-9])(?<![\w.,])[0-9]{1,3}(?:\.[0-9]{1,2})?[ \u00a0]?(?:LPA|lakhs?|crores?)\b", re.IGNORECASE)
_IN_THOUSANDS = r"[0-9]{1,4}(?:[.,][0-9])?[ \u00a0]?[kK]\b"  # `185k`, `2.5K`
_THOUSANDS = (  # not a year (`salary 2026 review`)
    rf"[0-9]{{1,3}}(?:[,. \u00a0][0-9]{{3}})+|{_IN_THOUSANDS}|(?!(?:19|20)[0-9]{{2}}\b)[0-9]{{4,7}}"
)
# What pay is per, after a figure that says it is pay (`95K/yr`, `95,000 per year`, `120k annually`)
_PER_YEAR = (
    r"(?i:/(?:yr|year|annum)\b|[ \u00a0]?p\.a\.|[ \u00a0](?:per|a)[ \u00a0](?:year|annum)\b"
    r"|[ \u00a0](?:annually|yearly)\b)"
)
# A figure of thousands written whole (`95,000`, `95 000`, `95000`), which only what it is per makes pay; read from
# the start of its groups, all of them (possessive), so a run of groups (`000 000 ...`) is read once, not once a group
_WHOLE = r"(?:[0-9]{1,3}(?:[,. \u00a0][0-9]{3})++|[0-9]{5,7}+)(?![0-9])"
# After a word that is only pay, a number of thousands however written; after one that is also another word (`user
# base 10,000`, `error rate 1,000`), only one written in thousands (`base 185k`), and not where the word before
# makes it that other word (`user base 10k`, `error rate 2.5k`); before a word of pay, one written in thousands
# (`185k base`, `20K bonus`).
_PAY = re.compile(
    rf"(?=[SsPpCcWwOoBbRrTt0-9])"
    rf"(?:(?i:\b(?:salary|pay|compensation|wage|ote)\b{_SEPARATOR})(?P<figure>{_THOUSANDS})(?:{_RANGE}(?:{_THOUSANDS}))?"
    rf"(?![\w.,]?[0-9])|(?i:(?P<word>\b(?:base|bonus|comp|rate|tc)\b){_SEPARATOR})(?P<short>{_IN_THOUSANDS})"
    rf"(?:{_RANGE}{_IN_THOUSANDS})?"
    rf"|(?<![\w.,])(?P<before>{_IN_THOUSANDS}(?:{_RANGE}{_IN_THOUSANDS})?)"
    rf"(?=[ \u00a0]?(?i:base|bonus|comp|salary|pay|ote|tc|total comp)\b(?![ \u00a0]?(?i:pairs?)\b)|{_PER_YEAR})"
    rf"|(?<![\w.,])(?<![0-9][,. \u00a0])(?P<yearly>{_WHOLE}(?:{_RANGE}{_WHOLE})?)(?={_PER_YEAR}))"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")
_NEAR = 80  # characters: a word and what parts it from the figure
# Words before which `base` and `rate` are no pay: what a count of people, a code's size or a measure is of.
_NOT_PAY = frozenset(
    {
        "user", "users", "customer", "customers", "client", "clients", "install", "installed", "patient", "patients",
        "member", "members", "subscriber", "subscribers", "code", "knowledge", "data", "fan", "tax", "provider",
        "providers", "device", "evidence", "talent", "skill", "supplier", "donor", "reader", "audience", "partner",
        "error", "click", "heart", "response", "sampling", "sample", "frame", "bit", "baud", "conversion", "churn",
        "hit", "success", "failure", "request", "adoption", "readmission", "refresh", "learning", "infusion",
        "growth", "win", "retention", "open", "bounce", "attrition", "turnover", "mortality", "fill", "claim",
        "claims", "denial", "approval", "completion", "enrollment", "enrolment", "recall", "drop",
    }
)  # fmt: skip
# A month by its name or abbreviation, a word whole (`March`, `Mar.`, `Sept.`; not `decades`, `junior`), for a birth
# date written with an ordinal or without its year (`3rd March`)
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
# The year after a day and a month, if any: four digits or two (`3 Mar 85`, `Mar 3 '85`)
_YEAR = r"(?:,?[ \u00a0](?:[0-9]{4}|['\u2019]?[0-9]{2}))?"
_DATE = (
    r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}"
    r"|[0-9]{1,2}[ \u00a0]?[A-Za-z]{3,9}\.?,?[ \u00a0]?[0-9]{4}|[A-Za-z]{3,9}\.?[ \u00a0][0-9]{1,2},?[ \u00a0][0-9]{4}"
    rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?[ \u00a0](?:of[ \u00a0])?{_MONTH}{_YEAR}"
    rf"|{_MONTH},?[ \u00a0](?:19|20)[0-9]{{2}}|{_MONTH}[ \u00a0][0-9]{{1,2}}(?:st|nd|rd|th)?{_YEAR}"
    r"|(?:19|20)[0-9]{2}"
)
_BIRTH = re.compile(
    r"(?=[DdBb])(?i:\b(?:d\.?o\.?b\.?|born|date[ \u00a0]of[ \u00a0]birth|birth[ \u00a0]?(?:date|day)|b\.)(?![\w])"
    rf"[ \u00a0]?[:=]?[ \u00a0]?(?:on[ \u00a0]|in[ \u00a0])?)(?:{_DATE})(?![0-9])"
)


# A person's age: after `age` or `aged` (`age 47`, `Age: 47`, `aged 47`, the sex after it as notes write it:
# `age 47/F`), or before `years old`, `-year-old`, `years of age`, `y/o` (`47-year-old`, `47 y/o`, `42 y.o.`) or their
# words in Vietnamese, Turkish, Chinese and Japanese (`29 tuổi`, `29 yaşında`, `29岁`, `29歳`), a decade too (`aged
# 40s`), and an age and a sex in parentheses as clinical notes write them (`(47M)`, `(47 F)`, `(47/f)`, `(29, F)`); a
# range or a bound is a cohort's (`ages 18-65`, `age 18/65`, `age 65+`, `age 18 to 65`, `18 years of age and older`).
_AGE = re.compile(
    r"(?=[Aa0-9(])(?:(?i:\baged?\b)[ \u00a0]?[:=]?[ \u00a0]?(?i:of[ \u00a0])?[0-9]{1,3}(?:s\b)?"
    r"(?![0-9]|[.,][0-9]|[ \u00a0]?(?:[-\u2013+%]|/(?![MFmf]\b)|(?i:to|and|or)\b))"
    r"|(?<![\w.,])(?P<old>[0-9]{1,3}[ \u00a0-]?(?i:years?|yrs?|y)[ \u00a0-]?(?i:old\b))"
    r"|(?<![\w.,])[0-9]{1,3}[ \u00a0-]?(?i:years?|yrs?|y)[ \u00a0-]?"
    r"(?i:of[ \u00a0]age\b(?![ \u00a0]?(?:\+|(?:and|or)\b)))"
    r"|(?<![\w.,])[0-9]{1,3}[ \u00a0]?(?i:y/o|y\.o\.?|yo\b)"
    # in Vietnamese, Turkish, Chinese and Japanese (`29 tuổi`, `29 yaşında`, `29岁`, `29歳`)
    r"|(?<![\w.,])[0-9]{1,3}[ \u00a0]?(?:tuổi\b|yaşında\b|yaş\b|岁|歲|歳)"
    r"|(?<![$€£¥₹])\([ \u00a0]?(?P<sexed>1[01][0-9]|[1-9][0-9]?)(?:[ \u00a0/]|,[ \u00a0]?)?[MFmf][ \u00a0]?\))"
)
# An age is of a person: `N years old` before a word of the things a team's texts speak of (`10 year old system`,
# `a 15-year-old legacy EHR`) is a thing's age, and stays. A word that may be of a person (`record`, `practice`) is
# not one of them: a patient's age hidden for nothing costs less than one shown. Nor is one before a role
# (`program manager`, `software engineer`, `system admin`): the age is the one who holds it.
_THING = re.compile(
    r"[ \u00a0-]+(?:(?i:legacy|in-house|homegrown|home-grown|custom|on-prem|monolithic|internal|old|"
    r"Epic|Cerner|Meditech|athena|athenahealth|Allscripts|eClinicalWorks)[ \u00a0-]+)?"
    r"(?i:systems?|codebase|code|platforms?|products?|company|startup|business|software|apps?|applications?|"
    r"stack|pipelines?|tools?|tooling|process|workflows?|infrastructure|interfaces?|databases?|servers?|"
    r"network|EHRs?|EMRs?|build|instance|installs?|integrations?|engines?|contracts?|policy|policies|program|"
    r"programme|project|version|release|brand|firm|hardware|machines?|scanners?|devices?|equipment|building|"
    r"website|site|portal|vendor|architecture|framework|library|repo|repository|schema|warehouse)\b"
    # but a role after it is a person's (`a 47 year old program manager`, `30-year-old software engineer`)
    r"(?![ \u00a0-]+(?i:managers?|engineers?|leads?|analysts?|owners?|directors?|developers?|devs?|specialists?|"
    r"architects?|coordinators?|consultants?|designers?|administrators?|admins?|officers?|heads?|scientists?|"
    r"technicians?|techs?|trainers?|experts?|executives?|associates?|assistants?|interns?|founders?|"
    r"representatives?|reps?|advisors?|advisers?|strategists?|liaisons?|champions?|nurses?|marketers?|vp)\b)"
)


# Pay as India, China, Japan, Vietnam and Turkey write it without a currency: lakhs after `CTC` (`CTC 24L`), ten
# thousands (`万`) after a word of pay or before a yen or a yuan (`年収800万円`, `月薪3.5万`, `850万円`), millions of
# dong (`triệu`) after `lương` or before dong or a month (`15 triệu/tháng`), and thousands per month or year in
# those languages (`35K/月`, `45.000/ay`); the word of pay is kept (`CTC [amount]`)
_NUMBER = r"[0-9]+(?:[.,][0-9]+)*"
_CJK_PAY = "年収|月収|年俸|月給|給与|年薪|月薪|月给|工资|工資|薪资|薪資|薪水"
_ELSEWHERE_STARTS = "0-9CcLlTt" + _CJK_PAY.replace("|", "")  # what a match can begin with, tried first
_ELSEWHERE = re.compile(
    rf"(?=[{_ELSEWHERE_STARTS}])"
    rf"(?:(?P<ctc>(?i:\bctc\b)[ \u00a0]?[:=]?[ \u00a0]?){_NUMBER}[ \u00a0]?(?:L|lakhs?|lacs?|LPA|Cr|crores?)\b"
    rf"|(?P<cjk>(?:{_CJK_PAY})[ \u00a0]?[:：]?[ \u00a0]?){_NUMBER}[ \u00a0]?[万千kK]?(?:円|元|块)?"
    rf"|(?<![\w.,]){_NUMBER}[ \u00a0]?万(?:円|元|人民币)"
    rf"|(?P<luong>(?i:\b(?:lương|thu nhập))[ \u00a0]?[:=]?[ \u00a0]?){_NUMBER}[ \u00a0]?triệu"
    rf"(?:[ \u00a0]?(?:đồng|VND|₫))?"
    rf"|(?<![\w.,]){_NUMBER}[ \u00a0]?triệu(?=[ \u00a0]?(?:đồng|VND|₫|/tháng|/năm))(?:[ \u00a0]?(?:đồng|VND|₫))?"
    rf"|(?<![\w.,])(?<![0-9][,. \u00a0])(?:{_IN_THOUSANDS}|{_WHOLE})(?=/(?:月|年|tháng|năm|ay|yıl)(?!\w)))"
)


# What each alternative of _ELSEWHERE holds (`ctc` in any case, `万`, `triệu`, a word of pay, `/` before a month):
# a text with none of them is not searched (1 MB of reasons: 0.06 s of its scrub)
_ELSEWHERE_CUES = ("万", "triệu", "/", *_CJK_PAY.split("|"))


def _paid_elsewhere(pay: re.Match[str]) -> str:
    return (pay["ctc"] or pay["cjk"] or pay["luong"] or "") + AMOUNT


def _hide_pay_written_elsewhere(text: str) -> str:
    """`text` with pay as _ELSEWHERE finds it replaced by `[amount]`, its word kept (`CTC [amount]`)."""
    if "ctc" in text.lower() or any(cue in text for cue in _ELSEWHERE_CUES):
        return _ELSEWHERE.sub(_paid_elsewhere, text)
    return text


def hide_personal_figures(text: str) -> str:
    """`text` with each amount of pay replaced by `[amount]`, and each birth date and age, its word with it, by
    `[date of birth]` and `[age]`."""
    if not any(char.isdigit() for char in text):
        return text
    text = _AGE.sub(_a_persons_age, _BIRTH.sub(BIRTH_DATE, text))
    text = _LAKHS.sub(AMOUNT, _AMOUNT.sub(_pay_not_the_companys, text))
    return _hide_pay_written_elsewhere(_PAY.sub(_amount_after_its_word, text))


def _pay_not_the_companys(amount: re.Match[str]) -> str:
    """`[amount]`, but for the company's money, kept as written (`$2M ARR`, `$12M Series A`), and for a defibrillator's
    or an absorption rate's figure (`AED 2 per floor`, `SAR 1.6 W/kg`)."""
    if _COMPANY_AFTER.match(amount.string, amount.end()):
        return amount.group()
    if _ALSO_A_TERM.search(amount.group()) and not _IN_THOUSANDS_WRITTEN.search(amount.group()):
        return amount.group()
    return AMOUNT


def _amount_after_its_word(pay: re.Match[str]) -> str:
    """`pay 185k` as `pay [amount]`, `185k base` as `[amount] base`: the word of pay kept; `user base 10k` as
    written."""
    if pay["before"] or pay["yearly"]:
        return AMOUNT
    if pay["word"]:
        # the word just before, read in the few characters before it: read from the text's start, each `base 1k` of
        # a run of them cost the text's length (20 KB: 3.2 s)
        before = _WORD_BEFORE.search(pay.string, max(0, pay.start() - _NEAR), pay.start())
        if before and before.group(1).casefold() in _NOT_PAY:
            return pay.group()
    figure = "figure" if pay["figure"] else "short"
    return pay.group()[: pay.start(figure) - pay.start()] + AMOUNT


def _a_persons_age(age: re.Match[str]) -> str:
    """`[age]`, but for a thing's age (`10 year old system`) and the company's millions (`Series A (12M)`), kept as
    written."""
    if age["old"] and _THING.match(age.string, age.end()):
        return age.group()
    # the word before, read in the few characters before it, as `base 1k`'s is: from the text's start, a run of
    # `(12M)` cost its square (36 KB: 15 s)
    if age["sexed"] and _COMPANY_BEFORE.search(age.string, max(0, age.start() - _NEAR), age.start()):
        return age.group()
    return AGE
