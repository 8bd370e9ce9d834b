"""The name a people export's row calls a person by: the name they go by where the export gives one.

A preferred name wins over a legal one, as a person is called what they prefer: 'Preferred Full Name' as written;
else a preferred first name ('Preferred Name', BambooHR's; 'Preferred First Name') with the last name; else first and
last name; else the name column, first name first. A preferred first name that is only the last name or the first name
already written is no other name, and is left out. A preferred first name with no last-name column replaces the
first of a name of two words (Rippling's 'Full Name' 'Daniel Okafor' and 'Preferred Name' 'Dan' are 'Dan Okafor'), and
is not read beside a longer one, as nothing says which part of the name it replaces. A credential after a preferred
first name is no part of it ('Jo, RN' beside Park made 'Jo, RN Park': it is 'Jo Park'), and a preferred first name that
is only a title or a credential ('Dr.', 'RN') is no name at all: it made 'Dr. Li', and the legal name is kept; so is a
preferred full name that is only one ('Dr.' was the person's name). The legal name is kept beside it for a merge, whose
file an import before the preferred column was added wrote under the legal name, and so is the name an import before
those two rules wrote ('Dr. Li', 'Jo, RN Park'), which a merge renames rather than adding the person again
(importer/merge.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from teamaudit.counts import counted, first_few
from teamaudit.errors import clipped
from teamaudit.nameparts import COURTESY_TITLES
from teamaudit.surnamefirst import CREDENTIALS, SUFFIXES, first_name_first


@dataclass(frozen=True)
class CalledName:
    name: str  # the name the row calls the person by
    legal: str  # the name it gives without its preferred-name columns: '' when that is `name`
    earlier: str = ""  # what an import before those rules wrote of a preferred cell of titles or credentials, or ''


# Han (with its iteration mark 々), Hangul, hiragana and katakana (with its middle dot and long vowel mark).
_EAST_ASIAN = re.compile(
    "[\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af\U00020000-\U0003134f]+"
)


def east_asian(text: str) -> bool:
    """Whether every letter of `text` is Han, kana or Hangul: a name those scripts write family name first."""
    return bool(text) and all(_EAST_ASIAN.fullmatch(word) for word in text.split())


def full_name(given: str, family: str) -> str:
    """A given and a family name as the team file writes them: '伟', '王' as '王伟', 'Ann', 'Lee' as 'Ann Lee'."""
    if east_asian(given) and east_asian(family):
        return family + given
    return f"{given} {family}"


def unspaced_spellings(name: str) -> tuple[str, ...]:
    """How full_name writes a name in those scripts that a person or an earlier import wrote with a space: '王 伟',
    typed family name first, is '王伟', and '伟 王', given name first as imports before wrote it, is '王伟' too."""
    parts = name.split()
    if len(parts) < 2 or not east_asian(name):
        return ()
    return ("".join(parts), *([full_name(*parts)] if len(parts) == 2 else []))


def name_in_order(name: str) -> str:
    """A name written surname first ('Lee, Ann', '王, 伟') as full_name writes it; any other name as written."""
    family, comma, given = name.partition(",")
    if comma and east_asian(family) and east_asian(given):
        return full_name(given.strip(), family.strip())
    return first_name_first(name)


def preferred_given(preferred_first: str) -> str:
    """A preferred first name without the credentials after it ('Jo, RN' and 'Jo RN' are 'Jo'); '' when nothing
    left is a name, only titles, credentials or generations ('Dr.', 'RN', 'Ms, RN')."""
    words = [word for word in re.split(r"[\s,]+", preferred_first) if word]
    kept = list(words)
    while kept and _bare(kept[-1]) in CREDENTIALS:
        kept.pop()
    if all(_bare(word) in SUFFIXES or word.casefold() in COURTESY_TITLES for word in kept):
        return ""
    return preferred_first if kept == words else " ".join(kept)


def preferred_notes(cells: list[tuple[int, str]], shown: int, what: str = "preferred first name") -> list[str]:
    """What preferred_given made of the preferred names of `cells` (line, cell), the first `shown` of each kind: those
    that are no name, the legal name written instead, and, of first names, those a credential was taken off (a full
    name keeps its credential, as a legal one does)."""
    read = [(line, cell, preferred_given(cell)) for line, cell in cells]
    changed = [(line, cell, given) for line, cell, given in read if given != cell]
    titles = [f"'{clipped(cell)}' (line {line})" for line, cell, given in changed if not given]
    cut = [f"'{clipped(cell)}' as '{clipped(given)}' (line {line})" for line, cell, given in changed if given]
    notes = []
    if titles:
        notes.append(
            f"{_counted(len(titles), what)} only a title or a credential, not a name: "
            f"{first_few(titles[:shown], len(titles))}; the legal name written"
        )
    if cut and what == "preferred first name":
        notes.append(
            f"{_counted(len(cut), what)} read without the credential after it, no part of a name: "
            f"{first_few(cut[:shown], len(cut))}"
        )
    return notes


def _counted(count: int, what: str) -> str:
    return f"{counted(count, what)} {'is' if count == 1 else 'are'}"


def _bare(word: str) -> str:
    return word.replace(".", "").casefold()


def called_name(first: str, last: str, name: str, preferred_full: str, preferred_first: str) -> CalledName:
    if preferred_full and not preferred_given(preferred_full):  # 'Dr.' alone is no one's name
        return replace(called_name(first, last, name, "", preferred_first), earlier=name_in_order(preferred_full))
    called = _called(first, last, name, preferred_full, preferred_given(preferred_first))
    if preferred_full or preferred_given(preferred_first) == preferred_first:
        return called
    earlier = _called(first, last, name, "", preferred_first).name  # 'Dr. Li', 'Jo, RN Park'
    return called if earlier in (called.name, called.legal) else replace(called, earlier=earlier)


def _called(first: str, last: str, name: str, preferred_full: str, preferred_first: str) -> CalledName:
    if preferred_first and not last and name:  # Rippling's 'Full Name' and 'Preferred Name'
        first, last = _given_and_family(name_in_order(name)) or (first, last)
    legal = full_name(first, last) if first and last else name_in_order(name) if name else first or last
    preferred = ""
    if preferred_full:
        preferred = name_in_order(preferred_full)
    elif preferred_first and last and _another(preferred_first, first, last):
        # 'Bob Smith' in a Preferred Name column beside Last Name 'Smith' is a full name already, as is 王小伟 by 王.
        ends_with_last = preferred_first.casefold().split()[-1:] == last.casefold().split()[-1:]
        if east_asian(preferred_first) and east_asian(last):
            ends_with_last = preferred_first.startswith(last) and len(preferred_first) > len(last)
        preferred = preferred_first if ends_with_last else full_name(preferred_first, last)
    if not preferred or preferred == legal:
        return CalledName(legal or preferred_first, "")
    return CalledName(preferred, legal)


def unread_preferred(first: str, last: str, name: str, preferred_full: str, preferred_first: str) -> bool:
    """Whether called_name leaves a preferred first name out beside a full name of more than two words ('Dan' beside
    'Daniel K. Okafor'), not being one of its words: the person is named by their legal name, and a merge into a file
    that names them as they go by ('Dan Okafor') adds them again."""
    preferred_first = preferred_given(preferred_first)
    if not preferred_first or preferred_full or last or first or not name:
        return False
    full = name_in_order(name)
    words = {word.casefold() for word in full.split()}
    return len(full.split()) > 2 and preferred_first.casefold() not in {*words, full.casefold()}


def _another(preferred_first: str, first: str, last: str) -> bool:
    """Whether a preferred first name says a name other than the legal one: a cell holding the last name alone ('Smith'
    beside 'Jordan Smith', copied into the wrong column) made the person 'Smith', and the first name alone in another
    case ('robert') 'robert Smith'."""
    return preferred_first.casefold() not in {first.casefold(), last.casefold()}


def _given_and_family(name: str) -> tuple[str, str] | None:
    """The given and family name of a full name of two words ('Daniel Okafor'), which is all a preferred first name
    beside it can replace: in 'Mary Ann Smith' 'Molly' could stand for 'Mary' or 'Mary Ann'. None for any other."""
    words = name.split()
    if len(words) != 2 or east_asian(name) or "," in name:
        return None
    return words[0], words[1]
