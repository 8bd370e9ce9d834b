"""Where free text that --redact keeps (a title, the organization, a suppression's `reason`) names a person, and the
pseudonym put there.

A person is found by
- the whole name, in any case and spacing (`Ann Lee`, `ANN LEE`, `ann  lee`), or written surname first (`Lee, Ann`);
- the id, in any case, when it is at least 3 characters long (a shorter id is too often an ordinary number);
- the parts of a name alone (nameparts.py: its surname, given names, and the parts of a name written without
  spaces), in a script with spaces each of at least 3 characters, and a one-word name, written as in the team file
  or in capitals, and in lower case unless it is also a word (`Lee`, `LEE`, `Naomi`, `naomi`, not `long`: a surname
  that is also a word, Rose or Long, leaves the word alone). One joined by an apostrophe to a word not in lower case
  (`O'Lee`) is part of another name; `ex-Lee`, `Ex-Lee`, `Lee-Led` and `Lee's` are his, and `Lee-Smith` is, Smith and
  all (a name's word, written as a name). A given name that is also a word (Will, Grace) is kept where it begins a
  listed term (`Will Rotation`, `Grace Period`, not `Grace Today`), as a surname that is a word or a place is
  (`Houston Methodist`), one that is first of all a word of titles (Deep, Min) before any word but a verb of what
  people do or `and` and a name (`Deep learning`, not `Deep covers`); the syllables of a Korean given name (`Seo`
  of `Seo-jun`) are none alone; the capitals of a name that is an acronym (`ADA`, `EMA`) are found only in a text
  all in capitals or before such a verb (`ADA signed off`). A name of two letters (`Jo`, `Li`) is found only as
  written and standing alone (`Li's`, not `LI` or `Li-ion`). In a title, a name that is also a word of job titles
  (`Sales`, `Lead`: titlewords.py) is found alone only where the title uses it as a name (`Assistant to Dr.
  Doctor`, `Sales's delegate`), not in `Sales Engineer`.
  The words of an open requisition's name that are its title's or a requisition's (`Open req - Research Scientist`)
  are no names alone, and of one or a planned hire's that reads as a job only the candidate's are (reqnames.py).
  A part several people share becomes `[name]`.
Names and ids are compared word by word: the words of one name may stand apart by spaces, `.`, `,`, `-` or an
apostrophe, and a word is found whole (`Lee` is not in `Leeds`). That holds for scripts that put spaces between
words (Latin, Greek, Cyrillic, Arabic, Hebrew, the Indic scripts, Hangul...), each name also without its marks
(`ΠΑΠΑΔΟΠΟΥΛΟΣ`: capitals drop Greek accents); a name in a script without case is also found whole, anywhere, and
one written in a script without spaces (Chinese, Japanese, Thai) only so (`李明批准`), with its parts of two or more
characters; a part of one character (`王` of `王伟`) only alone or beside an honorific (`王 leads`, `王さん`).

Names and texts are compared as namefolding.py folds them, so a name is found however it is spelt: decomposed or
without its accents (`Jose Nunez` for José Núñez), with a zero-width character inside, with U+2010 or a
non-breaking hyphen for `-`; the characters that spelt it are what is replaced.

Each text is read once, a word at a time (a character at a time in the other scripts), by starts.py, which finds
the longest form starting at each place in a step or two: a 40,000-person file with a thousand suppressions costs a
few steps per word of its titles and reasons, not a pattern per person, however long the longest name and however
many names share a beginning (50,000 beginning with 李). A text is scrubbed once however often it recurs.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Set
from dataclasses import dataclass, field

from teamaudit.handles import Handles
from teamaudit.lexicon import SHORTEST as LEXICON_SHORTEST
from teamaudit.lexicon import is_word
from teamaudit.model import Person, Status
from teamaudit.namefolding import fold_name, folded, name_spellings
from teamaudit.nameparts import (
    CLOSE,
    COURTESY_TITLES,
    GIVEN_NAME_HEADS,
    HONORIFICS_AFTER,
    HONORIFICS_BEFORE,
    NAMES_THAT_ARE_ACRONYMS,
    NAMES_THAT_ARE_TITLE_WORDS,
    NAMES_THAT_ARE_WORDS,
    PARTICLES,
    PLACES_WITH_NAMES,
    REQUISITION_WORDS,
    TERM_HEADS,
    TWO_LETTER_WORDS,
    VERBS_AFTER_A_NAME,
    a_title_word,
    a_word,
    close_parts,
    family_names,
    korean_given_name,
    korean_syllables,
    slavic_forms,
    spaced_parts,
)
from teamaudit.reqnames import jobs_held, person_names
from teamaudit.starts import Starts, State
from teamaudit.titlewords import LAB_KINDS, LAB_WORDS, RANKS

SHARED = "[name]"  # a surname or one-word name more than one person has
_NOBODY: frozenset[str] = frozenset()
MIN_ALONE = 3  # characters of a surname, or of an id, found on its own
# The letters of scripts that put spaces between words: Latin (with its accented forms), Greek, Cyrillic, and
# (with their combining marks, without their punctuation) Armenian, Hebrew, Arabic, the Indic scripts, Georgian,
# Hangul and Ethiopic (Amharic, Tigrinya). Those of the second line may also join a word to a name (Arabic و "and",
# Korean 님), so a name written in them is also found whole, anywhere.
_CASED = "0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff"
_UNCASED = (
    "\u0531-\u0587\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u05d0-\u05f2\u0620-\u065f\u066e-\u06d3"
    "\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0963\u0966-\u0dff\u10a0-\u10ff\u1100-\u11ff\u3131-\u318e"
    "\uac00-\ud7a3\u1200-\u135f\u1380-\u139f\u2d80-\u2ddf\uab01-\uab2e"
)
_SPACED = _CASED + _UNCASED
_WORD = re.compile(f"[{_SPACED}]+")
_NOT_CASED = re.compile(f"[{_CASED}]+")
_WITHIN_A_NAME = re.compile(r"[\s.,'\u2019-]+")  # what may stand between two words of one name

Words = tuple[str, ...]
_CLOSE_LETTER = re.compile(f"[{CLOSE}]")
_AFTER = re.compile(" ?(?:" + "|".join(sorted(HONORIFICS_AFTER, key=len, reverse=True)) + ")")
_BEFORE = re.compile("(?:" + "|".join(HONORIFICS_BEFORE) + ") ?$")


class _Singles:
    """Parts of one character of names written without spaces (`王` of `王伟`), found only where they stand alone
    or beside an honorific: `王 leads`, `王さん`, `老王`, `김 씨`, not the 王 of 王国 ("kingdom")."""

    def __init__(self, named: dict[str, set[str]]) -> None:
        self._who = named
        self._pattern = re.compile("[" + "".join(map(re.escape, named)) + "]") if named else None

    def matches(self, text: str) -> Iterable[tuple[int, int, Set[str]]]:
        if self._pattern is None:
            return
        for found in self._pattern.finditer(text):
            at = found.start()
            alone = (at == 0 or not _CLOSE_LETTER.match(text, at - 1)) and not _CLOSE_LETTER.match(text, at + 1)
            if alone or _AFTER.match(text, at + 1) or _BEFORE.search(text, max(0, at - 4), at):
                yield at, at + 1, self._who[found.group()]


@dataclass
class _Forms:
    """The people's forms, each mapped to the pseudonyms of whoever it names."""

    any_case: dict[Words, set[str]] = field(default_factory=dict)  # full names, surname first, ids: casefolded
    as_written: dict[Words, set[str]] = field(default_factory=dict)  # surnames and one-word names, as written
    unspaced: dict[str, set[str]] = field(default_factory=dict)  # names written in other scripts
    unspaced_parts: dict[str, set[str]] = field(default_factory=dict)  # their parts, where no one's whole name
    single: dict[str, set[str]] = field(default_factory=dict)  # parts of one character (nameparts.py)
    words: set[Words] = field(default_factory=set)  # `as_written` forms of given names that are also words
    title_words: set[Words] = field(default_factory=set)  # those that are words of titles first (nameparts.py)
    terms: set[Words] = field(default_factory=set)  # surnames that are words or places (`Houston Methodist`)
    acronyms: set[Words] = field(default_factory=set)  # the capitals of names that are acronyms (nameparts.py)
    short: set[Words] = field(default_factory=set)  # names of two letters, found only standing alone
    handles: set[Words] = field(default_factory=set)  # an initial and a surname (`alee`), found only as a handle
    joined: dict[str, set[str]] = field(default_factory=dict)  # those handles in lower case, for handles.py
    initialled: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # `a.lee`, `lee.a`: handles.py
    run_parts: dict[str, set[str]] = field(default_factory=dict)  # `okonkwo` of `okonkwo_rn`: handles.py
    credentialled: dict[str, set[str]] = field(default_factory=dict)  # `gray` of `gray_md`: handles.py
    job_words: set[Words] = field(default_factory=set)  # names that are words of job titles (titlewords.py)
    not_words: set[Words] = field(default_factory=set)  # the other `as_written` forms
    # the parts of hyphenated names (`Jones` of `Smith-Jones`), each with its pseudonym and whether it is a word
    hyphened: list[tuple[str, str, bool]] = field(default_factory=list)
    inflected: list[tuple[str, str, bool]] = field(default_factory=list)  # `Petrova` of a Petrov (nameparts.py)


@dataclass(frozen=True)
class _Found:
    """The forms, each as `starts` looks for it."""

    any_case: Starts[Words]
    as_written: Starts[Words]
    unspaced: Starts[str]
    single: _Singles
    words: frozenset[Words]  # given names that are also words, and no one's other name
    title_words: frozenset[Words]  # those of them kept before any word
    terms: frozenset[Words]  # surnames that are words or places, kept where they begin a term (`Long Beach`)
    acronyms: frozenset[Words]  # capitals of names that are acronyms, found only in a text all in capitals
    short: frozenset[Words]  # names of two letters, found only as written and standing alone
    handles: frozenset[Words]  # an initial joined to a surname, found only after `@` or `/` (`@alee`, `/in/alee`)
    job_words: frozenset[Words]  # names that are words of job titles, in a title found only used as names
    run_into: Handles  # handles with more beside them (`alee_md`, `a.lee`), found anywhere


class Mentions:
    """The people of one or more team files, found in text by name, id or surname; built on first use."""

    def __init__(self, people: Iterable[tuple[Person, str]], others: Iterable[tuple[Person, str]] = ()) -> None:
        """`people` with their pseudonyms; `others`, the other version's people in a `diff`, only by a name,
        surname or id no one in `people` has (a name the other version gives someone else stays this one's)."""
        self._people = tuple(people)
        self._others = tuple(others)
        self._found: _Found | None = None
        self._scrubbed: dict[tuple[str, bool], str] = {}  # each text once: 40,000 people share a few hundred titles

    def with_others(self, others: Iterable[tuple[Person, str]]) -> Mentions:
        """These mentions, and `others` found as a `diff`'s other version's people are (a former colleague a
        suppression names, `someone not in the team file (1)`)."""
        return Mentions(self._people, (*self._others, *others))

    def scrub(self, text: str, title: bool = False) -> str:
        """`text` with each person it names replaced by their pseudonym; `title` when it is a job title, where a
        name that is also a word of titles (`Sales`, `Lead`) alone is the word unless used as a name."""
        scrubbed = self._scrubbed.get((text, title))
        if scrubbed is None:
            scrubbed = self._scrubbed[text, title] = self._scrub(text, title)
        return scrubbed

    def _scrub(self, text: str, title: bool) -> str:
        found = self._built()
        seen = folded(text)  # names are found in the folded text; the original characters are replaced
        places = [(p.start(), p.end()) for p in _PLACES.finditer(seen.text)] if _PLACE_STARTS.search(seen.text) else []
        spans = sorted(
            [
                *_with_hyphened_names(seen.text, _outside(_word_matches(seen.text, found, title), places)),
                *_unspaced_matches(seen.text, found),
                *found.single.matches(seen.text),
                *found.run_into.matches(seen.text),
            ],
            key=lambda s: (s[0], -s[1]),
        )
        out, end, kept = [], 0, 0  # `end` in the folded text, `kept` in the original
        for start, stop, who in spans:
            if start >= end:  # the first, longest match at a place wins; one overlapping it is dropped
                first, last = seen.original(start, stop)
                out += [text[kept:first], next(iter(who)) if len(who) == 1 else SHARED]
                end, kept = stop, last
        return "".join(out) + text[kept:] if out else text

    def _built(self) -> _Found:
        if self._found is None:
            mine, theirs = _Forms(), _Forms()
            families = family_names([fold_name(p.name).split() for p, _ in (*self._people, *self._others)])
            held = jobs_held(p.title for p, _ in (*self._people, *self._others))
            for person, pseudonym in self._people:
                _add(mine, person, pseudonym, families, held)
            for person, pseudonym in self._others:
                _add(theirs, person, pseudonym, families, held)
            _add_parts_unless_named(mine, theirs)
            self._found = _Found(
                Starts(theirs.any_case | mine.any_case),
                Starts(theirs.as_written | mine.as_written),
                # A whole name is its person's, though it is a part of another's (李李明 of 李李李李明)
                Starts(theirs.unspaced_parts | mine.unspaced_parts | theirs.unspaced | mine.unspaced),
                _Singles(theirs.single | mine.single),
                frozenset((mine.words | theirs.words) - mine.not_words - theirs.not_words),
                frozenset((mine.title_words | theirs.title_words) - mine.not_words - theirs.not_words),
                frozenset((mine.terms | theirs.terms) - mine.not_words - theirs.not_words),
                frozenset((mine.acronyms | theirs.acronyms) - mine.not_words - theirs.not_words),
                frozenset((mine.short | theirs.short) - mine.not_words - theirs.not_words),
                frozenset((mine.handles | theirs.handles) - mine.not_words - theirs.not_words),
                frozenset(mine.job_words | theirs.job_words),
                Handles(
                    theirs.joined | mine.joined,
                    theirs.initialled | mine.initialled,
                    _merged(theirs.run_parts, mine.run_parts),
                    _merged(theirs.credentialled, mine.credentialled),
                ),
            )
        return self._found


_PLACES = re.compile(
    "(?<![\\w-])(?:"
    + "|".join(
        re.escape(place).replace("\\ ", "[ \u00a0]+") for place in sorted(PLACES_WITH_NAMES, key=len, reverse=True)
    )
    + ")(?![\\w-])"
)
_PLACE_STARTS = re.compile("|".join(sorted({re.escape(place.split()[0]) for place in PLACES_WITH_NAMES})))


def _outside(
    spans: Iterable[tuple[int, int, Set[str]]], places: list[tuple[int, int]]
) -> Iterable[tuple[int, int, Set[str]]]:
    """The spans that lie within no place's name of `places` (`Minh` of `Ho Chi Minh City`, `Cruz` of `Santa
    Cruz`): a name that reaches beyond the place (`Jose Santos` after `San`) is still found."""
    for start, stop, who in spans:
        if not any(first <= start and stop <= last for first, last in places):
            yield start, stop, who


def _merged(*maps: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each key with the pseudonyms of every map that has it: a part two people share names them both."""
    merged: dict[str, set[str]] = {}
    for mapping in maps:
        for key, who in mapping.items():
            merged.setdefault(key, set()).update(who)
    return merged


def _add_parts_unless_named(*sides: _Forms) -> None:
    """The parts of hyphenated names and the other forms of Slavic surnames, found alone but where another person
    has one as a name of its own: `Lee` with an Ann Lee and a Jo Lee-Smith in the file is Ann's, `Petrova` with an
    Anna Petrova and an Ivan Petrov hers."""
    named = {written for side in sides for written in side.as_written}
    for side in sides:
        for part, pseudonym, word in (*side.hyphened, *side.inflected):
            if _words(part) not in named and _words(part[:1].upper() + part[1:].lower()) not in named:
                _put_alone(side, part, pseudonym, word=word)


def _add(forms: _Forms, person: Person, pseudonym: str, families: frozenset[str], held: frozenset[str]) -> None:
    if person.id and len(person.id) >= MIN_ALONE:
        for written in _id_spellings(fold_name(person.id).casefold()):
            _put(forms.any_case, written, pseudonym)
    for spelling in name_spellings(person.name) | _long_vowels(person.name):
        whole = spelling.split()
        _put(forms.any_case, _words(" ".join(whole).casefold()), pseudonym)
        for names in person_names(person, whole, held):
            # A candidate a requisition's name holds may be named by a word of the file's titles (`Priya` of `Offer -
            # Priya Nair - Staff Nurse` beside an `EA (Priya)`), which may be a job's: found in a title as one of
            # job titles is, where the title uses it as a name.
            _add_name(forms, person, names, pseudonym, families, held if names != whole else _NOBODY)


def _id_spellings(folded: str) -> set[Words]:
    """An id as written, with its letters and digits apart (`E12345` as `E-12345` or `e 12345`) and joined
    (`EMP-0042` as `EMP0042`): forms in which a reason or a title types the same id."""
    pieces = tuple(_ID_PIECE.findall(folded))
    if not pieces:
        return {_words(folded)}
    # `Employee 0042` for `EMP-0042`, `Staff 118` for `S118`: the letters of an id are the start of what it numbers
    numbered = len(pieces) == 2 and pieces[0].isalpha() and pieces[1].isdigit() and len(pieces[1]) >= MIN_ALONE
    spelt_out = {(word, pieces[1]) for word in ID_WORDS if numbered and word.startswith(pieces[0])}
    return {_words(folded), pieces, ("".join(pieces),), *spelt_out}


_ID_PIECE = re.compile(r"[^\W\d_]+|\d+")
# What an id numbers, written out (`Employee 0042`): an id whose letters begin one of them is found after it too
ID_WORDS = ("employee", "emp", "empl", "staff", "badge", "member", "worker", "person", "personnel")


def _add_name(
    forms: _Forms, person: Person, names: list[str], pseudonym: str, families: frozenset[str], held: frozenset[str]
) -> None:
    """One name of `person` (its words): the whole name, or the person named in a requisition's (reqnames.py), whose
    words of the file's titles (`held`) are found alone in a title as words of job titles are."""
    if not names:
        return
    letters = "".join(names)
    if any(char.isalpha() for char in _NOT_CASED.sub("", letters)):
        # Written at least in part in a script without case: the whole name, anywhere.
        for form in {" ".join(names), letters}:
            forms.unspaced.setdefault(form, set()).add(pseudonym)
        for part in close_parts(names, families):
            (forms.unspaced_parts if len(part) > 1 else forms.single).setdefault(part, set()).add(pseudonym)
        if any(char.isalpha() for char in _WORD.sub("", letters)):
            return  # a script without spaces (Chinese, Japanese, Thai): no word of it stands alone
    role = _role_words(person)
    for marked in {tuple(names), tuple(_unmarked(n) for n in names), tuple(_unjoined(n) for n in names)}:
        spelt = tuple(name for name in marked if name)  # a lone mark (`Ann ' Lee`) is no part once unmarked
        if not spelt:
            continue
        if len(spelt) > 1:
            _put(forms.any_case, _words(" ".join(spelt).casefold()), pseudonym)
            _put(forms.any_case, _words(" ".join((spelt[-1], *spelt[:-1])).casefold()), pseudonym)
        named = tuple(name for name in spelt if not set(_words(name.casefold())) <= role)
        if len(named) > 1:  # an open requisition's name joins only the words that are no role's (`Ulrich Pemberton`)
            _put_joined(forms, named, pseudonym)
        _add_parts(forms, spelt, pseudonym, role, held)


def _add_parts(forms: _Forms, spelt: Words, pseudonym: str, role: frozenset[str], held: frozenset[str]) -> None:
    """The parts of one spelling of a name, found alone, but for the words of a requisition's role."""
    given, surname = spaced_parts(list(spelt))
    if " " in surname:  # `Van der Berg`, however its particles are cased
        _put(forms.any_case, _words(surname.casefold()), pseudonym)
    if given and len(given) + 1 < len(spelt):  # `Dr. Amara Okafor, MD` as `amara-okafor`, its words one name
        _put(forms.any_case, _words(" ".join((*given, surname)).casefold()), pseudonym)
    for part, word in _hyphened(given, surname):
        if not set(_words(part.casefold())) <= role:
            forms.hyphened.append((part, pseudonym, word))
            _put_run_part(forms, part, pseudonym)
    for name, word in _alone(given, surname):
        if set(_words(name.casefold())) <= role or (name in given and _ABBREVIATED.fullmatch(name)):
            continue  # `Ma.` of `Ma. Luisa Reyes`, Maria written short, is no name alone: `MA`, `Ma's` stay
        _put_run_part(forms, name, pseudonym)
        if len(spelt) == 1 or len(name) >= MIN_ALONE:
            # `Houston Methodist`, `Long Beach`; a word of job titles is found in reasons wherever it stands
            term = name not in given and not a_title_word(name) and (a_word(name) or is_word(_letters(name)))
            _put_alone(forms, name, pseudonym, word=word, job=fold_name(name).casefold() in held, term=term)
            if name not in given:  # `Petrova`, `Kowalskiego`: a Slavic surname's other forms
                words = (form for form in slavic_forms(name) if not (a_word(form) or a_title_word(form)))
                forms.inflected += [(form, pseudonym, False) for form in words if not is_word(form.lower())]
        else:
            _put_short(forms, name, pseudonym)


_ABBREVIATED = re.compile(r"[^\W\d_]{1,3}\.")  # a given name written short: `Ma.` (Maria), `Wm.`, `Th.`
# Japanese long vowels as romaji writes them: `ō` also `ou`, `oo` or `oh` (`Satou`, `Satoh` for Satō; `Ohno`, `Oono`
# for Ōno), `ū` also `uu` (`Yuuko` for Yūko); each was shown where the file wrote the macron
_LONG_O = ("ou", "oo", "oh")


def _long_vowels(name: str) -> set[str]:
    """The spellings of a name with Japanese long vowels (`ō`, `ū`, `ô`, `û`) written as romaji also writes them."""
    if not any(mark in name.casefold() for mark in "ōūôû"):
        return set()
    variants: set[str] = set()
    for o, u in itertools.product(_LONG_O, ("u", "uu")):
        table: dict[str, str | int | None] = {"ō": o, "ô": o, "Ō": o.capitalize(), "Ô": o.capitalize(), "ū": u}
        table |= {"û": u, "Ū": u.capitalize(), "Û": u.capitalize()}
        variants |= name_spellings(name.translate(str.maketrans(table)))
    return variants


def _put_run_part(forms: _Forms, name: str, pseudonym: str) -> None:
    """A part of a name found run into other characters (`okonkwo_rn`, `AlHashimiRN`: handles.py) where it is of five
    letters or more and no word of English, of this domain or of job titles (`mlops_platform`, `QA_Lead` stay); else,
    of three letters or more, only beside a credential or a courtesy title (`gray_md`, `dr_long`). A name with an
    apostrophe (`O'Dea`: `odea2`) spells no word of four letters either."""
    lower = _letters(name)
    shortest = LEXICON_SHORTEST - 1 if _APOSTROPHE.search(name) else LEXICON_SHORTEST
    if len(lower) >= shortest and not (a_word(name) or a_title_word(name) or is_word(lower)):
        forms.run_parts.setdefault(lower, set()).add(pseudonym)
    elif len(lower) >= MIN_ALONE:
        forms.credentialled.setdefault(lower, set()).add(pseudonym)


def _letters(name: str) -> str:
    return "".join(_words(name.lower()))


_APOSTROPHE = re.compile("['\u2019]")


def _alone(given: list[str], surname: str) -> list[tuple[str, bool]]:
    """The parts of a name found alone, each with whether it is a given name that is also a word: its given names and
    its surname, also found by each word that is no particle and joined when it has particles (`van der Berg`:
    `Berg`, `Vanderberg`; `del Carmen Lopez`: `Carmen` and `Lopez`)."""
    words = surname.split()
    surnames = (
        surname,
        *(w for w in words if w.casefold() not in PARTICLES),
        "".join(words),
        *_particles_initialled(words),
    )
    found = [*((g, g.capitalize() in NAMES_THAT_ARE_WORDS) for g in given), *((s, False) for s in surnames)]
    return list(dict.fromkeys(found))


def _particles_initialled(words: list[str], fewest: int = 2) -> list[str]:
    """A surname of `fewest` particles or more with the particles' initials for them, as Dutch and German write it in
    short (`vdBerg` for `van den Berg`, `vdLinden` for `van der Linden`), and a handle with one (`ldsouza` for a Luiz
    de Souza): none for a surname with fewer."""
    particles = [word for word in words[:-1] if word.casefold() in PARTICLES]
    if len(particles) < fewest or len(particles) != len(words) - 1:
        return []
    return ["".join(word[0].lower() for word in particles) + words[-1]]


def _hyphened(given: list[str], surname: str) -> list[tuple[str, bool]]:
    """Each part of a hyphenated given name or surname of at least 3 characters (`Jean` of `Jean-Luc`, `Jones` of
    `Smith-Jones`), with whether it is a given name that is also a word."""
    parts = [
        (part, part.capitalize() in NAMES_THAT_ARE_WORDS)
        for g in given
        if "-" in g and not korean_syllables(g)
        for part in g.split("-")
    ]
    last = surname.split()[-1]
    parts += [(part, False) for part in (last.split("-") if "-" in last and not korean_given_name(given, last) else [])]
    return [(part, word) for part, word in parts if len(part) >= MIN_ALONE]


def _role_words(person: Person) -> frozenset[str]:
    """The words of an open requisition's name that name its role, not a person (`Open req - Research Scientist`
    for a `Research Scientist, Computer Vision`): those of its title and of requisitions (nameparts.py), casefolded."""
    if person.status is not Status.OPEN:
        return frozenset()
    return frozenset(_words(fold_name(person.title).casefold())) | REQUISITION_WORDS


def _put_alone(
    forms: _Forms, name: str, pseudonym: str, word: bool = False, job: bool = False, term: bool = False
) -> None:
    """A surname, one-word name or given name, found alone as written, with a capital (as running text writes the
    `DUPONT` of `Jean DUPONT`), in capitals, and in lower case unless it is also a word; `word` when it is a given
    name that is also a word, `job` when a word of the file's titles is (reqnames.jobs_held), `term` when it is a
    surname that is a word of English or a place (`Park`, `Houston`: lexicon.py) and may begin a term. The capitals of
    a name that is an acronym (`ADA`) are told apart from the acronym by the text they stand in (_word_matches)."""
    capitals = _words(name.upper())
    titled = tuple(w[:1].upper() + w[1:].lower() for w in _words(name))
    acronym = name.capitalize() in NAMES_THAT_ARE_ACRONYMS and capitals != titled
    for written in {_words(name), titled, capitals, *([] if a_word(name) else [_words(name.lower())])}:
        _put(forms.as_written, written, pseudonym)
        kind = forms.acronyms if acronym and written == capitals else forms.terms if term else forms.not_words
        (forms.words if word else kind).add(written)
        if word and name.capitalize() in NAMES_THAT_ARE_TITLE_WORDS:
            forms.title_words.add(written)
        if job or a_title_word(name):
            forms.job_words.add(written)


def _put_joined(forms: _Forms, spelt: Words, pseudonym: str) -> None:
    """A name written as handles and web addresses write it: its first and last words joined either way round, its
    initial joined to its surname and its first word to the surname's initial (`priya_r`), and with several given
    names their initials for the first word (`mjnunez`, `mjn`). With `_` between (`ann_lee`) it is found in any case,
    in two capitals anywhere (`AnnLee`, `LeeAnn`, `DWhitfield`), the whole words in lower case or with a capital
    anywhere (`zhangwei`, `Zhangwei`), else only after `@` or `/` (`@alee`, `linkedin.com/in/annlee`): joined, two
    names may spell a word (Mai Ling, `mailing`; A. Ward, `award`), which stays (_put_handles)."""
    given, surname = spaced_parts(list(spelt))  # `Dr.` and `, RN` are no part of it
    if not given:
        return
    # `María José Núñez` also as `mjnunez`, `mjn`: the initials of her given names stand for her first word
    firsts = [given[0], *(["".join(g[0] for g in given)] if len(given) > 1 else [])]
    short = _particles_initialled(surname.split(), fewest=1)  # `pvdberg`, `ldsouza` for a Luiz de Souza
    syllables = surname.split("-")
    if korean_given_name(given, surname) and _NOT_CASED.fullmatch(given[0]):
        # `Park Ji-hoon`, `Park Ji-Hoon`: a Korean name romanized family name first, its given name's syllables
        # hyphened, the second in lower case or after a Korean family name (a double-barrelled surname is not: Omar
        # Park-Ryu's `pr` and `o` spelt `pro`); a handle writes it given name first (`jhpark`, `jihoonpark`)
        _put_handles(forms, "".join(s[0] for s in syllables if s), given[0], pseudonym, initials=True)
        _put_handles(forms, "".join(syllables), given[0], pseudonym)
    for last in dict.fromkeys(("".join(surname.split()).rstrip(",."), surname.split()[-1].rstrip(",."), *short)):
        for first in firsts:
            if _NOT_CASED.fullmatch(first) and _NOT_CASED.fullmatch(last):  # `pvanderberg` and `pberg`
                _put_handles(forms, first, last, pseudonym, initials=first is not given[0])


def _put_handles(forms: _Forms, first: str, last: str, pseudonym: str, initials: bool = False) -> None:
    """`initials`: `first` is the initials of several given names. Initials beside a surname of four letters or more
    that is no word most often spell no word either (`jortiz`, `ortizj`, `mjnunez`, not A. Ward's `award`): found
    anywhere in lower case, as handles are written, unless they spell a word of job titles (Tom Rial's `trial`) or of
    the lexicon (Anna Gile's `agile`, Marco Lops's `mlops`: lexicon.py), found only after `@` or `/`; a capital makes
    them the word they may spell (`Agile Coach`). A handle with the whole surname is found run into a suffix
    (`alee_md`, handles.py) unless it spells such a word (`mlops_platform`), as are several initials (`mjn_hl7`), not a
    given name and an initial (Lea Dubois's `lead` of `QA_Lead`)."""
    pairs = [(first, last), (last, first), (first, last[0])]
    pairs += [(first[0], last), (last, first[0])] if len(last) >= MIN_ALONE else []
    unworded = len(last) > MIN_ALONE and not a_word(last)
    for a, b in pairs:
        spells_a_word = a_title_word(a + b) or is_word((a + b).lower())  # `agile`, `mlops`: found only as handles
        whole = (last in (a, b) or initials) and not spells_a_word  # `mjn_hl7` for María José Núñez
        # several initials before a surname spell no word even where the surname is one (`jhpark`, `mjrose`); before
        # its initial alone they may (John Paul Gray's `jpg`, Anna Maria Long's `aml`)
        initialled = (unworded and (len(a) == 1 or len(b) == 1 or initials)) or (initials and last in (a, b))
        lower, capitalised = (a + b).lower(), a[0].upper() + (a[1:] + b).lower()
        if whole and not initials and min(len(a), len(b)) > 1 and len(a + b) >= LEXICON_SHORTEST:
            # `zhangwei`, `liwei`, `Zhangwei` beginning a sentence: no word of the lexicon, which knows none shorter
            forms.not_words.update({(lower,), (capitalised,)})
        elif whole and initialled:  # `jortiz`: in lower case, as handles are written
            forms.not_words.add((lower,))
        _put(forms.any_case, (f"{a}_{b}".casefold(),), pseudonym)
        camel = a[0].upper() + a[1:].lower() + b[0].upper() + b[1:].lower()
        _put(forms.as_written, (camel,), pseudonym)
        forms.not_words.add((camel,))
        for handle in (lower, capitalised):
            _put(forms.as_written, (handle,), pseudonym)
            forms.handles.add((handle,))
        if whole:
            forms.joined.setdefault((a + b).lower(), set()).add(pseudonym)
    if len(last) >= MIN_ALONE:  # `a.lee`, `lee.a`
        for pair in ((first[0].lower(), last.lower()), (last.lower(), first[0].lower())):
            forms.initialled.setdefault(pair, set()).add(pseudonym)


def _put_short(forms: _Forms, name: str, pseudonym: str) -> None:
    """A given name or surname of two letters (`Jo`, `Li`; `LI` in the file), found only with its capital and one
    letter in lower case, standing alone (_word_matches): not `LI`, `li` or `Li-ion`, nor an initial, nor a word
    (`He`, `An`)."""
    titled = name[:1].upper() + name[1:].lower()
    if len(name) == 2 and name.isalpha() and titled not in TWO_LETTER_WORDS:
        _put(forms.as_written, (titled,), pseudonym)
        forms.short.add((titled,))


def _unmarked(word: str) -> str:
    """A word without its marks, as capitals drop Greek accents (Παπαδόπουλος, ΠΑΠΑΔΟΠΟΥΛΟΣ) and most writing
    drops Russian ё, Arabic vowel marks and Hebrew points; Latin accents are folded already (namefolding.py), but for
    Turkish ı, which has no mark to drop and is written `i` without Turkish letters (`Yilmaz` for Yılmaz)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", plain).replace("\u0131", "i")


def _unjoined(word: str) -> str:
    """A name part written without its apostrophe or hyphen, as a reason typed in haste writes it (`ONeil` for O'Neil,
    `DSouza` for D'Souza, `AlHashimi` and `alhashimi` for Al-Hashimi): a separate spelling."""
    return _JOINERS_WITHIN.sub("", word)


_JOINERS_WITHIN = re.compile("['\u2019]|(?<=[^\\W\\d_])-(?=[^\\W\\d_])")


def _put(forms: dict[Words, set[str]], words: Words, pseudonym: str) -> None:
    if words:
        forms.setdefault(words, set()).add(pseudonym)


def _words(text: str) -> Words:
    return tuple(_WORD.findall(text))


def _word_matches(text: str, found: _Found, title: bool) -> Iterable[tuple[int, int, Set[str]]]:
    """Each place `text` names someone by words: the longest form starting at each word, left to right; in a
    `title`, a name that is a word of titles only where the title uses it as a name."""
    words = list(_WORD.finditer(text))
    written = tuple(w.group() for w in words)
    # Words with more than spaces and name punctuation between them belong to no one name.
    apart = [not _WITHIN_A_NAME.fullmatch(text, a.end(), b.start()) for a, b in itertools.pairwise(words)]
    cased = found.any_case.starting([w.casefold() for w in written], apart)
    alone = found.as_written.starting(written, apart)
    in_capitals = not any(char.islower() for char in text)
    # Where a name begins, but for capitals, which may be an acronym (`EMA and SAM`)
    named = [
        c is not None or (a is not None and not w.isupper()) for c, a, w in zip(cased, alone, written, strict=True)
    ]
    i = 0
    while i < len(words):
        n, who = next(found.any_case.forms(cased[i]), (0, _NOBODY))
        for length, surname in found.as_written.forms(alone[i]):
            if length < n:
                break
            here, after = written[i : i + length], i + length
            # `Lee` joined to another name, as in `Lee-Smith` or `O'Lee`, is part of that name
            if not (
                _joined(text, words[i].start(), words[after - 1].end())
                or (here in found.words and _a_given_word(text, words, i, after, title, cased, alone))
                or (here in found.terms and _begins_a_term(text, words, after, title, TERM_HEADS, cased, alone))
                or (here in found.title_words and _before_a_word(text, words, after, named))
                or (here in found.acronyms and not in_capitals and not _before_a_verb(text, words, after, named))
                or (here in found.short and _joined_to_a_word(text, words[i].start(), words[after - 1].end()))
                or (here in found.handles and text[words[i].start() - 1 : words[i].start()] not in ("@", "/"))
                or (title and here in found.job_words and not _used_as_a_name(text, words, i, after, named))
            ):
                n, who = length, (surname if length > n else who | surname)
                break
        if n:
            yield words[i].start(), words[i + n - 1].end(), who
            i += n
        else:
            i += 1


def _begins_a_term(
    text: str, words: list[re.Match[str]], after: int, title: bool, heads: frozenset[str], *found: list[State | None]
) -> bool:
    """Whether a name that is also a word begins a term, as in "Houston Methodist", "Park Avenue", "Grace Period" or
    "Will Rotation": a word in title case, one space after it, that is no one's name and one of `heads`
    (nameparts.TERM_HEADS for a surname, GIVEN_NAME_HEADS for a given name), or, in a job title, a word of titles
    that says what a person is (`Park Manager`, `Art Therapist`, `English Translator`) but for a rank or a word of who
    works for whom (`Houston Lead`, `Houston Assistant`); or a product's name, a word with a capital inside
    (`HOPE LifeMark-HX`, Fujitsu's record system)."""
    if after >= len(words) or text[words[after - 1].end() : words[after].start()] != " ":
        return False
    following = words[after].group()
    product = following[0].isupper() and not following.isupper() and any(c.isupper() for c in following[2:])
    if not ((following[0].isupper() and following[1:].islower()) or product):
        return False
    if any(starts[after] is not None for starts in found):
        return False
    role = title and a_title_word(following) and following not in _NO_ROLE and bool(_ROLE_ENDING.search(following))
    return product or following.casefold() in heads or role


def _a_given_word(
    text: str, words: list[re.Match[str]], first: int, after: int, title: bool, *found: list[State | None]
) -> bool:
    """Whether a given name that is also a word is the word at words[first:after]: it begins a term (`Grace Period`:
    _begins_a_term), or a letter and a hyphen before it make a word of it (`X-Ray Tech`, `T-Bill`)."""
    start = words[first].start()
    lettered = first > 0 and len(words[first - 1].group()) == 1 and words[first - 1].end() == start - 1
    if lettered and text[start - 1] == "-":
        return True
    return _begins_a_term(text, words, after, title, GIVEN_NAME_HEADS, *found)


_ROLE_ENDING = re.compile("(?:er|or|ist|yst|ian|ant|ent)$")  # `Manager`, `Translator`, `Analyst`, `Technician`
_NO_ROLE = RANKS | {"Assistant", "Attendant", "Leader", "Member", "Owner", "Partner", "Resident"}
_NAMING_WORDS = frozenset({"to", "by", "per"})  # `Assistant to Sales`, `approved by Lead`, `per Deep`
_AWAY_WORDS = frozenset({"until", "till", "while", "during", "through", "since"})  # `Backup for Lead until March`
_JOINING = (" & ", "&")  # `EA to Sales & Deep`, as `and` joins names
_NO_LAB_OWNER = LAB_KINDS | RANKS  # `Clinical Lab`, `Lead Lab Technician`: no lab named after its head


def _used_as_a_name(text: str, words: list[re.Match[str]], first: int, after: int, named: list[bool]) -> bool:
    """Whether a title uses the name at words[first:after], a word of titles too (`Sales`), as a name: after a
    courtesy title (`Dr. Doctor`, `Dr.Doctor`) or an initial (`M. Sales`), `to`, `by` or `per` (`Assistant to
    Sales`, `Reports to: Lead`), a name and `and` or `&` (`Case and Deep`), a name and a comma with no word after
    (`Scribe for Doctor, Case`), or `for` with no word after or a word of time after (`Backup for Lead;`, `for Lead
    until March`); before a possessive or a colon (`Doctor's`, `Bridges'`, `Per Deep:`), a comma or `&` and a name
    (`Deep, Dev`), what a person does or `and` and a name (`Sales signed off`), or `Lab` but for a kind of lab
    (`Sales Lab Coordinator`, not `Clinical Lab`: titlewords.py). Spaces count as one."""
    end = words[after - 1].end()
    before = [w.group().casefold() for w in words[max(0, first - 2) : first]]
    gaps = [_one_space(text[a.end() : b.start()]) for a, b in itertools.pairwise(words[max(0, first - 2) : first + 1])]
    following = _one_space(text[end : words[after].start()]) if after < len(words) else ""
    next_word = words[after].group() if after < len(words) and following == " " else ""
    if before and (
        (gaps[-1] in (" ", ". ", ".") and before[-1] in COURTESY_TITLES)
        or (gaps[-1] in (". ", ".") and len(before[-1]) == 1 and words[first - 1].group().isupper())
        or (gaps[-1] in (" ", ": ") and before[-1] in _NAMING_WORDS)
        or (gaps[-1] == " " and before[-1] == "for" and (not next_word or next_word in _AWAY_WORDS))
        or (before[-1] == "and" and gaps == [" ", " "] and named[first - 2])
        or (gaps[-1] in _JOINING and named[first - 1])
        or (gaps[-1] == ", " and named[first - 1] and not next_word)
    ):
        return True
    listed = following in (", ", *_JOINING) and named[after]  # `Deep, Dev: agreed`, `Sales & Deep rotation`
    if next_word.casefold() in LAB_WORDS and words[after - 1].group().capitalize() not in _NO_LAB_OWNER:
        return True  # `Sales Lab Coordinator`: the lab of the Sales who runs it, as labs are named
    return listed or text[end : end + 1] in ("'", "\u2019", ":") or _before_a_verb(text, words, after, named)


def _one_space(gap: str) -> str:
    """A gap between words with each run of spaces one space (`Assistant to  Sales`)."""
    return re.sub(r"\s+", " ", gap)


def _before_a_word(text: str, words: list[re.Match[str]], after: int, named: list[bool]) -> bool:
    """Whether a word follows after one space, as `learning` follows `Deep`, that is not what a person does
    (`Deep covers on-call`, `Min and Deep agree`)."""
    return (
        after < len(words)
        and text[words[after - 1].end() : words[after].start()] == " "
        and not _before_a_verb(text, words, after, named)
    )


def _before_a_verb(text: str, words: list[re.Match[str]], after: int, named: list[bool]) -> bool:
    """Whether what a person does follows after one space (`covers`, `signed`: nameparts.VERBS_AFTER_A_NAME), or
    `and` and someone's name (`Min and Deep`), as names are joined and terms are not (`Dev and Ops`)."""
    if after >= len(words) or text[words[after - 1].end() : words[after].start()] != " ":
        return False
    if words[after].group() in VERBS_AFTER_A_NAME:
        return True
    joined = after + 1 < len(words) and text[words[after].end() : words[after + 1].start()] == " "
    return joined and words[after].group() == "and" and named[after + 1]


_JOINERS = "-'\u2019"
_POSSESSIVE = re.compile(f"['\u2019]s(?![{_SPACED}])")  # `Lee's lab`: Lee's own, not a name joined to his


def _joined(text: str, start: int, end: int) -> bool:
    """Whether the words at text[start:end] are joined by an apostrophe to a word not in lower case beside them, part
    of another name (`O'Lee`); not `Lee's`. A hyphen joins none so: `Lee-Smith` is Lee's, and Smith's if a Smith is
    in the file, as `ex-Lee`, `Lee-Led` and `Lee-team` are Lee's (and `Lee-Smith` is all Lee's with no Smith in the
    file: _with_hyphened_names)."""
    if start >= 2 and text[start - 1] in _APOSTROPHES and _WORD.match(text, start - 2) is not None:
        first = start - 2
        while first > 0 and _WORD.match(text, first - 1):
            first -= 1
        if not text[first].islower():
            return True
    after = _WORD.match(text, end + 1) if end + 1 < len(text) and text[end] in _APOSTROPHES else None
    return after is not None and not _POSSESSIVE.match(text, end) and not after.group()[0].islower()


def _joined_to_a_word(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is joined by a hyphen or an apostrophe to another (`Li-ion`, `O'Li`),
    but for a possessive (`Li's`)."""
    before = start > 0 and text[start - 1] in _JOINERS
    after = end < len(text) and text[end] in _JOINERS and not _POSSESSIVE.match(text, end)
    return before or after


_APOSTROPHES = "'\u2019"
_NAME_WITH_APOSTROPHES = f"[{_SPACED}]+(?:['\u2019][{_SPACED}]+)*"  # `Walsh`, `O'Brien`
_HYPHENED_AFTER = re.compile(f"-({_NAME_WITH_APOSTROPHES})")
_HYPHENED_BEFORE = re.compile(f"(?<![{_SPACED}'\u2019])({_NAME_WITH_APOSTROPHES})-$")
# Words a hyphen joins to a name that are no part of it, capitalised as a title writes them (`Ex-Lee`, `Lee-Era`)
_HYPHEN_WORDS = frozenset(
    {"age", "anti", "co", "era", "ex", "free", "like", "non", "post", "pre", "pro", "style", "type"}
)


def _with_hyphened_names(text: str, spans: Iterable[tuple[int, int, Set[str]]]) -> Iterable[tuple[int, int, Set[str]]]:
    """Each span with the words a hyphen joins to it that are written as a name is and are no word (`Walsh` of
    `O'Brien-Walsh` for a Liam O'Brien, `Brandt` of `Okonkwo-Brandt`: the rest of a double-barrelled surname showed,
    `Person 01-Walsh`); `Ex-Lee`, `Lee-Led`, `Lee-Era`, `Lee-Approved`, `Lee-ML` and `Lee-led` keep their word."""
    for start, stop, who in spans:
        capitals = text[start:stop].isupper()
        while (after := _HYPHENED_AFTER.match(text, stop)) and _a_name_joined(after[1], capitals):
            stop = after.end()
        while text[start - 1 : start] == "-" and (before := _HYPHENED_BEFORE.search(text, max(0, start - 80), start)):
            if not _a_name_joined(before[1], capitals):
                break
            start = before.start()
        yield start, stop, who


def _a_name_joined(word: str, capitals: bool) -> bool:
    """Whether a word a hyphen joins to a name is written as a name is (a capital first; in capitals only beside a
    name in capitals: `Lee-ML` is an acronym) and is no word of what a person does, of titles or of English but a
    name (`Smith` is one)."""
    if not word[:1].isupper() or (word.isupper() and not capitals):
        return False
    folded_word = word.casefold()
    if folded_word in _HYPHEN_WORDS or folded_word in VERBS_AFTER_A_NAME or a_title_word(word):
        return False  # `Ex-Lee`, `Lee-Led`, `Lee-Lab`
    if word.capitalize() in TWO_LETTER_WORDS:
        return False  # `In-House`
    return a_word(word) or not is_word(_letters(word))


def _unspaced_matches(text: str, found: _Found) -> Iterable[tuple[int, int, Set[str]]]:
    """Each place `text` holds the whole of a name written in a script without spaces; the longest at a place."""
    if found.unspaced:
        for at, here in enumerate(found.unspaced.starting(text)):
            for length, who in itertools.islice(found.unspaced.forms(here), 1):
                yield at, at + length, who
