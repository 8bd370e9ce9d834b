"""Which words of an open requisition's or a planned hire's name name a person, for --redact (mentions.py).

ATS exports name a requisition by its job (`Senior Research Scientist, Generative Models (REQ-4471)`, `Req 4471 -
Senior Research Scientist`, `TBH - RN Educator`) and sometimes by its candidate or the one it replaces (`Offer - Ann
Lee - Clinical Informaticist`, `Backfill for J. Ortiz`). Such a name reads as a job when it holds a requisition's word
(`Req`, `TBH`, `Offer`, `Backfill`: REQUISITION_WORDS), a number, or no word but job words; its person's names are
then only its pieces (between ` - `, `:`, `|`, `/`, parentheses or `for`; a comma goes on a job's specialty, as in
`Scientist, Generative Models`) that hold no job word: no word of its own title, of job titles (titlewords.py), of
requisitions, no credential, acronym or number. The rest is the job's, and is never hidden as a name elsewhere: with
`Req 4471 - Senior Research Scientist, Generative Models` in the file, `ML Engineer III` and `Research Scientist
(Open Source)` stay as written. A name that does not read as a job (`Ann Lee`, `Maria Sales`) is a person's.
"""

from __future__ import annotations

import re

from teamaudit.model import Person, Status
from teamaudit.nameparts import CREDENTIALS_AFTER, REQUISITION_WORDS
from teamaudit.titlewords import TITLE_WORDS

# What parts a requisition's name into pieces: dashes and bars between spaces, colons, slashes, parentheses, `for`.
_PIECES = re.compile(r"(\s+[-\u2013\u2014|]\s+|[:/()\[\]]|\s[\u2013\u2014]|\bfor\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\s,;.]+(?:\.[^\s,;.]+)*\.?")
# Words beside which a piece of a requisition's name is the candidate's or the one it replaces (`Offer - Ann Lee`,
# `Backfill for J. Ortiz`, `Ann Lee (accepted)`), casefolded; anywhere else a piece with no job word is a job's
# (`Staff ML Engineer - Foundation Models`).
CANDIDATE_WORDS = frozenset(
    {"accepted", "backfill", "candidate", "for", "hired", "offer", "offered", "pending", "replacement", "replacing",
     "signed", "verbal"}
)  # fmt: skip


def person_names(person: Person, words: list[str]) -> list[list[str]]:
    """The names a person's name holds, each as its words (`words`, the name folded and split at spaces): the whole
    name for a person on staff or a name that does not read as a job, else the pieces of it that name someone."""
    if person.status is Status.CURRENT:
        return [words]
    title = frozenset(w.casefold() for w in _WORD.findall(person.title))
    if not _reads_as_a_job(words, title):
        return [words]
    split = _PIECES.split(" ".join(words))  # pieces, with what parts them between
    pieces = [piece.split() for piece in split[::2]]
    parted = [part.strip().casefold() for part in split[1::2]]
    found = []
    for at, piece in enumerate(pieces):
        before = [*(pieces[at - 1] if at else []), *(p for p in parted[at - 1 : at] if p.isalpha())]  # `for`
        after = pieces[at + 1] if at + 1 < len(pieces) else []
        if piece and any(map(_candidates, (before[-1:], after[:1], before, after))) and not _job(piece, title):
            found.append(piece)
    return found


def _candidates(words: list[str]) -> bool:
    """Whether `words` say a piece beside them is a person (`Offer`, `for`, `Open req`)."""
    bare = [_bare(w).casefold() for w in words]
    return bool(bare) and (bool(set(bare) & CANDIDATE_WORDS) or all(w in REQUISITION_WORDS for w in bare))


def _job(piece: list[str], title: frozenset[str]) -> bool:
    return any(_job_word(w, title) for w in piece)


def _reads_as_a_job(words: list[str], title: frozenset[str]) -> bool:
    bare = [_bare(w) for w in words if _bare(w)]
    marked = any(w.casefold() in REQUISITION_WORDS or any(c.isdigit() for c in w) for w in bare)
    return marked or (bool(bare) and all(_job_word(w, title) for w in bare))


def _job_word(word: str, title: frozenset[str]) -> bool:
    """Whether a word of a requisition's name is its job's: of its title, of job titles or requisitions, a credential,
    an acronym (`RN`, `NLP`, `REQ-4471`) or a number."""
    bare = _bare(word)
    folded = bare.casefold()
    return (
        not bare
        or folded in title
        or folded in REQUISITION_WORDS
        or folded in CREDENTIALS_AFTER
        or bare.capitalize() in TITLE_WORDS
        or any(c.isdigit() for c in bare)
        or (len(bare.rstrip(".")) > 1 and bare.isupper())
    )


def _bare(word: str) -> str:
    return word.strip(",;:()[]\"'")
