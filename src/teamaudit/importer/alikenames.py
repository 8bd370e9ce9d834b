"""Whether two names of a person are one name but for a courtesy title, initials or a credential: a founder's hand-typed
'Dr. Maria Lopez' and the HRIS's 'Maria Lopez', 'Marcus J. Chen' and 'Marcus Chen', 'Whitfield, Dana, RN' and 'Dana
Whitfield'. A generation is part of the name ('Martin King Jr.' is not 'Martin King Sr.', his father), as is every word
but those ('Mary Ann Smith' is not 'Mary Beth Smith'), and two initials that differ make two people ('Marcus J. Chen',
'Marcus K. Chen').
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from teamaudit.importer.unseen import plain
from teamaudit.model import name_key
from teamaudit.namefolding import fold_name
from teamaudit.nameparts import COURTESY_TITLES, CREDENTIALS_AFTER, spaced_parts
from teamaudit.surnamefirst import GENERATIONS, first_name_first


def folded_key(name: str) -> str:
    """A name as a merge matches it when it is not written alike: 'José Pérez' typed with decomposed accents (as macOS
    pastes it) or as 'Jose Perez', a zero-width space inside (namefolding.py), or with the control characters an
    earlier import kept and this one takes out of the export's cells (importer/unseen.py)."""
    return name_key(fold_name(plain(name)))


def bare_name(name: str) -> tuple[str, ...] | None:
    """A name's words once its courtesy title, initials and credentials are gone, folded: 'Dr. Priya Raman', 'Marcus
    J. Chen', 'Dana Whitfield, RN' and 'Ann Lee MD' are 'Priya Raman', 'Marcus Chen', 'Dana Whitfield' and 'Ann
    Lee'. Every other word counts: 'Mary Ann Smith' is not 'Mary Beth Smith', whose first and last words alone were
    compared, and so does a word after a comma that is no credential: 'Lopez Garcia, Maria', a surname of two words
    written first, is not 'Lopez Garcia, José', whose words before the comma alone were compared. None when fewer than
    two words stay."""
    written, *after = first_name_first(name).split(",")
    named = [
        word for part in after for word in part.split() if word.casefold().replace(".", "") not in CREDENTIALS_AFTER
    ]
    given, surname = spaced_parts([*written.split(), *named])
    words = folded_key(" ".join([*given, surname])).replace(".", " ").split()
    kept = tuple(word for word in words if len(word) > 1)
    return kept if len(kept) >= 2 else None


def one_name(first: str, second: str) -> bool:
    """Whether two names are one but for a title, initials or a credential; never a name of fewer than two words
    besides them ('Dr. Li' is no one's name but Dr. Li's)."""
    bare = bare_name(first)
    if bare is None or bare != bare_name(second):
        return False
    (first_generations, ones), (second_generations, others) = _marks(first), _marks(second)
    return first_generations == second_generations and (ones <= others or others <= ones)


def drops_from(written: str, new: str) -> bool:
    """Whether `new` is the name `written` but for a title, an initial or a credential it leaves out, and adds none
    ('Priya Raman' of the file's 'Dr. Priya Raman'): the merge keeps the name written, where it renamed her."""
    return one_name(written, new) and _extras(new) < _extras(written)


def _words(name: str) -> list[str]:
    return [word.replace(".", "") for word in re.split(r"[\s,]+", folded_key(first_name_first(name))) if word]


def _marks(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A name's generations ('jr') and its initials ('j' of 'Marcus J. Chen')."""
    words = _words(name)
    generations = frozenset(word for word in words if word in GENERATIONS)
    return generations, frozenset(word for word in words if len(word) == 1)


def _extras(name: str) -> frozenset[str]:
    """The words of a name that are a courtesy title, an initial or a credential."""
    return frozenset(
        word
        for word in _words(name)
        if len(word) == 1
        or word in COURTESY_TITLES
        or (word in CREDENTIALS_AFTER and word not in GENERATIONS and word not in _bare_words(name))
    )


def _bare_words(name: str) -> frozenset[str]:
    return frozenset(bare_name(name) or ())


# What import adds to the name of a row whose name an earlier row has: its id or a number ('Maria Lopez (1)',
# importer/__init__.py's _unique). Such a row is counted under the name it had: two Maria Lopez, not one.
_RENUMBERED = re.compile(r"\s+\([^()]*\)\Z")


class AlikeIndex:
    """The people of a file no row of an export names exactly, by their bare name, to find the one a row's name is
    alike (one_name): only where one person of the file and one such row of the export have that bare name, as
    'Dr. Ann Lee' and 'Ann Lee MD' of one file could each be the export's Ann Lee."""

    def __init__(
        self, names: list[str], row_names: list[str], named: set[str], found: set[int], earlier: Iterable[str] = ()
    ) -> None:
        """`names`: the file's people's; `row_names`: the export's rows'; `named`: the name_keys of the file's names
        and of their other spellings, which a row of that name matches exactly; `found`: the people a row matches by
        its id or a name of it, whom a row alike before it took ('Lopez, Maria', the export's Maria Lopez, was the
        'Dr. Maria Lopez' of a row before hers); `earlier`: the names an import before wrote of rows
        (calledname.CalledName.earlier)."""
        rows = {name_key(name) for name in row_names}
        self._row_keys = rows
        self._earlier = Counter(name_key(name) for name in earlier)
        self._names = names
        self._people: dict[tuple[str, ...], list[int]] = {}
        for index, name in enumerate(names):
            bare = bare_name(name) if name_key(name) not in rows and index not in found else None
            if bare is not None:
                self._people.setdefault(bare, []).append(index)
        self._rows: dict[tuple[str, ...], int] = {}
        for name in row_names:
            bare = bare_name(_RENUMBERED.sub("", name)) if self._people and name_key(name) not in named else None
            if bare is not None:
                self._rows[bare] = self._rows.get(bare, 0) + 1

    def find(self, name: str) -> int | None:
        """The one person of the file whose name is one with `name`, a row's, but for a title, initials or a
        credential; None where there is none, or more than one person or row it could be."""
        bare = bare_name(name)
        people = self._people.get(bare, []) if bare is not None else []
        if len(people) != 1 or self._rows.get(bare or (), 0) != 1 or not one_name(self._names[people[0]], name):
            return None
        return people[0]

    def earlier_of_one(self, name: str) -> bool:
        """Whether `name`, the one an import before wrote of a row, is no row's name (as model.name_key compares
        names) nor what it wrote of another row: of Jun Li and Wei Li, both 'Dr.' in the Preferred Name column, it
        wrote 'Dr. Li' and 'Dr. Li (2)', and which is which the rows' order alone said."""
        return name_key(name) not in self._row_keys and self._earlier[name_key(name)] == 1
