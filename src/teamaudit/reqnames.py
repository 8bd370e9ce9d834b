"""Which words of an open requisition's or a planned hire's name name a person, for --redact (mentions.py).

An ATS names a requisition by its job (`Senior Research Scientist, Generative Models (REQ-4471)`) and sometimes by
its candidate or the one it replaces (`Offer - Ann Lee - Clinical Informaticist`, `Backfill for J. Ortiz`). A name
that holds a requisition's word (REQUISITION_WORDS), a number, or no word but job words reads as a job; its person's
names are then only its pieces that stand beside a word that says a person is named (CANDIDATE_WORDS) or between
the requisition's number and its job, and read as a name (`_a_name`), not as a job the file's people hold
(`jobs_held`). The rest is the job's, and is never hidden as a name elsewhere. A name that does not read as a job is
a person's. tests/test_redaction_requisition_names.py is the table of cases, each a name as an ATS export or a
planning sheet writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from teamaudit.model import Person, Status
from teamaudit.namefolding import fold_name
from teamaudit.nameparts import (
    COURTESY_TITLES,
    CREDENTIALS_AFTER,
    NAMES_THAT_ARE_WORDS,
    PARTICLES,
    REQUISITION_WORDS,
)
from teamaudit.titlewords import LAB_WORDS, TITLE_WORDS

# What parts a requisition's name into pieces: dashes and bars between spaces, colons, slashes, parentheses, `for`.
_PIECES = re.compile(r"(\s+[-\u2013\u2014|]\s+|[:/()\[\]]|\s[\u2013\u2014]|\bfor\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\s,;.]+(?:\.[^\s,;.]+)*\.?")
_LETTERS = re.compile(r"[^\W_]+")
# Words beside which a piece of a requisition's name is the candidate's or the one it replaces (`Offer - Ann Lee`,
# `Backfill for J. Ortiz`, `Ann Lee (accepted)`), casefolded; anywhere else a piece with no job word is a job's
# (`Staff ML Engineer - Foundation Models`).
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_NAMED_AFTER = frozenset({"to", "by", "per", "for"})  # `Assistant to Ann Lee`: a title's words after them name someone
_LONGEST_NAME = 4  # words of a candidate's name: `Maria de la Cruz`
CANDIDATE_WORDS = frozenset(
    {"accepted", "backfill", "candidate", "for", "hired", "offer", "offered", "pending", "replacement", "replacing",
     "signed", "verbal"}
)  # fmt: skip


def person_names(person: Person, words: list[str], held: frozenset[str] = frozenset()) -> list[list[str]]:
    """The names a person's name holds, each as its words (`words`, the name folded and split at spaces): the whole
    name for a person on staff or a name that does not read as a job, else the pieces of it that name someone.
    `held`: the words of the file's jobs (`jobs_held`), which no candidate's name is made of."""
    if person.status is Status.CURRENT:
        return [words]
    folded = person.title.casefold()
    title = frozenset((*_WORD.findall(folded), *_LETTERS.findall(folded)))  # `addetto/a`, and `addetto`
    if not _reads_as_a_job(words, title):
        return [words]
    split = _PIECES.split(" ".join(words))  # pieces, with what parts them between
    pieces = [piece.split() for piece in split[::2]]
    parted = [part.strip().casefold() for part in split[1::2]]
    jobs = [any(_bare(w).casefold() in title for w in piece) for piece in pieces]  # pieces that name its job
    found = []
    for at, piece in enumerate(pieces):
        before = [*(pieces[at - 1] if at else []), *(p for p in parted[at - 1 : at] if p.isalpha())]  # `for`
        after = pieces[at + 1] if at + 1 < len(pieces) else []
        if any(map(_candidates, (before[-1:], after[:1], before, after))):
            # `Offer - Maria Sales - Staff Nurse`: with its job written apart, a surname may be a word of job titles
            job_apart = any(jobs[:at] + jobs[at + 1 :])
            found += [piece] if piece and _a_name(piece, title, held, titled=job_apart, fewest=1) else []
        elif at and _numbers(pieces[at - 1]) and any(_job_word(w, title) for w in after):
            # `Req 12 - Jane Doe - Nurse`: between the requisition's number and its job, where a department may stand
            found += [piece] if _a_name(piece, title, held, titled=False, fewest=2) else []
    return found


def _candidates(words: list[str]) -> bool:
    """Whether `words` say a piece beside them is a person (`Offer`, `for`, `Open req`)."""
    bare = [_bare(w).casefold() for w in words]
    return bool(bare) and (bool(set(bare) & CANDIDATE_WORDS) or all(w in REQUISITION_WORDS for w in bare))


def _numbers(words: list[str]) -> bool:
    """Whether `words` are a requisition's number (`Req 12`, `REQ-4471`), which an ATS writes before its candidate
    (`Req 12 - Jane Doe - Nurse`); after a job it is the job's (`Foundation Models (R-4474)`)."""
    bare = [_bare(w).casefold() for w in words]
    return any(map(_numbered, bare)) and all(w in REQUISITION_WORDS or _numbered(w) for w in bare)


def jobs_held(titles: Iterable[str]) -> frozenset[str]:
    """The words of the file's titles, folded as names are, but for those after a word that names someone in it
    (`to`, `by`, `per`, `for`, `Dr.`: `Executive Assistant to Maria Sales`) or before a possessive or a lab (`Maria
    Sales's deputy`, `Doe Lab Coordinator`): the jobs the file's people hold. A
    requisition named after one of them (`Offer - Pharmacienne Hospitalière` beside a `Pharmacienne Hospitalière`)
    names that job, not a candidate, though its words are no English job title's (titlewords.py)."""
    held: set[str] = set()
    for title in titles:
        words = _WORD.findall(fold_name(title).casefold())
        # `Maria Sales's deputy`, `Doe Lab Coordinator`: a lab is named after the one who runs it (titlewords.py)
        owned = [at for at, word in enumerate(words) if _POSSESSIVE.search(word) or _bare(word) in LAB_WORDS]
        for word in map(_bare, words[owned[-1] + 1 :] if owned else words):
            if word in _NAMED_AFTER or word in COURTESY_TITLES:
                break
            held.add(word)
    return frozenset(held)


def _a_name(piece: list[str], title: frozenset[str], held: frozenset[str], titled: bool, fewest: int) -> bool:
    """Whether a piece of a requisition's name reads as a person's name (`Maria Sales`, `J. Ortiz`), not a job's
    (`Staff Nurse`, `Senior Research Scientist, Generative Models`): `fewest` to four words, each with a capital but
    for a particle (`de la Cruz`), none that marks a job, and a first word that is no word of job titles, or a given
    name that is one (`Dean Ortiz`, not `Art Director`). Only where the name's job is written apart (`titled`) may
    another be a word of job titles, as a surname may (`Maria Sales`; `Offer - Accreditation Manager` is a job)."""
    bare = [_bare(w) for w in piece if _bare(w)]
    if not fewest <= len(bare) <= _LONGEST_NAME or any(_marks_a_job(w, title) for w in bare):
        return False
    if any(not w[0].isupper() and w.casefold() not in PARTICLES for w in bare):
        return False  # `Head of Regulatory`, `medicinsk bildanalys`
    given = bare[0].capitalize() in NAMES_THAT_ARE_WORDS
    jobs = [w.capitalize() in TITLE_WORDS or w.casefold() in held for w in bare]
    if titled:  # a first word of the file's titles may be a name a colleague's title holds (`EA (Priya)`)
        return (bare[0].capitalize() not in TITLE_WORDS or given) and not all(jobs)
    return not any(jobs[1:] if given else jobs)


def _reads_as_a_job(words: list[str], title: frozenset[str]) -> bool:
    bare = [_bare(w) for w in words if _bare(w)]
    marked = any(w.casefold() in REQUISITION_WORDS or _numbered(w) for w in bare)
    return marked or (bool(bare) and all(_job_word(w, title) for w in bare))


def _job_word(word: str, title: frozenset[str]) -> bool:
    """Whether a word of a requisition's name is its job's: of job titles or one `_marks_a_job`."""
    bare = _bare(word)
    return not bare or bare.capitalize() in TITLE_WORDS or _marks_a_job(bare, title)


def _marks_a_job(bare: str, title: frozenset[str]) -> bool:
    """Whether a word is no part of a person's name: of the requisition's title or of requisitions, a credential, an
    acronym (`RN`, `NLP`, `REQ-4471`) or a number."""
    folded = bare.casefold()
    return (
        folded in title
        or folded in REQUISITION_WORDS
        or folded in CREDENTIALS_AFTER
        or _numbered(bare)
        or (len(bare.rstrip(".")) > 1 and bare.isupper())
    )


def _numbered(word: str) -> bool:
    return any(c.isdigit() for c in word)


def _bare(word: str) -> str:
    return word.strip(",;:()[]\"'")
