"""A name written surname first, `Lee, Ann` (Workday's Worker column, BambooHR's 'Last Name, First Name', an ATS's
candidate, or a name pasted from one), as a team file writes names: `Ann Lee`. Import reads every export's names so,
a merge matches a name an earlier import wrote surname first with the export's, and `explain "Lee, Ann"` finds her.

What ends a name stays at its end: a generation after the given names (`King, Martin Jr.`: `Martin King Jr.`) and a
credential after them or after a comma of its own (`Smith, John, MD`, `Smith, John MD`: `John Smith, MD`). A surname
of several words is read as one when the words before its last are particles (`de la Cruz, Juan`: `Juan de la Cruz`);
any other comma is not a surname's (`Ann Lee, Nurse`), and the name is kept as written.
"""

from __future__ import annotations

# Written after a comma, these end a name rather than give it: 'King, Jr.' is not Jr. King.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Credentials, degrees and post-nominals (clinical ones as domain.md lists them): never a name's part. Those that
# are also given names or surnames (`Do`, `Pa`, `Ms`) are nameparts.py's only, after a name written first name first.
CREDENTIALS = frozenset(
    {
        "md", "mbbs", "rn", "np", "lpn", "lvn", "bsn", "msn", "dnp", "aprn", "fnp", "fnp-c", "fnp-bc", "cns", "crna",
        "cnm", "pa-c", "pharmd", "rph", "rrt", "otr", "otr/l", "dpt", "ccrn", "rn-bc", "ni-bc", "cphims", "phd", "mph",
        "mba", "msc", "mha", "mhi", "dds", "dmd", "cpa", "esq", "facs", "faan", "facp", "frcp", "fache", "facep",
        "faap", "rhia", "rhit", "cissp",
    }
)  # fmt: skip
SUFFIXES = GENERATIONS | CREDENTIALS
# Words before a surname's last that make it one surname ('de la Cruz', 'van der Berg', 'bin Laden', 'Mac Donald').
PARTICLES = frozenset(
    {
        "de", "la", "las", "los", "del", "della", "di", "da", "das", "dos", "du", "des", "le", "van", "von", "der",
        "den", "ten", "ter", "bin", "binti", "ibn", "al", "el", "st.", "st", "mac", "o",
    }
)  # fmt: skip


def first_name_first(name: str) -> str:
    """'Lee, Ann' as 'Ann Lee', 'King, Martin Jr.' as 'Martin King Jr.', 'Smith, John, MD' as 'John Smith, MD';
    any other name as written ('Ann Lee', 'Ann Lee, Nurse', 'King, Jr.', 'Chen, MD')."""
    last, *rest = (part.strip() for part in name.split(","))
    given = rest[0].split() if rest else []
    credentials = [part for part in rest[1:] if _suffix(part)]
    if not last or len(credentials) != len(rest) - 1 or not _surname(last):
        return name
    generations: list[str] = []
    while given and _suffix(given[-1]):
        word = given.pop()
        (generations if _bare(word) in GENERATIONS else credentials).insert(0, word)
    if not given:
        return name
    written = " ".join([*given, last, *generations])
    return ", ".join([written, *credentials])


def _bare(word: str) -> str:
    return word.replace(".", "").lower()


def _suffix(word: str) -> bool:
    return _bare(word) in SUFFIXES


def _surname(last: str) -> bool:
    """Whether the text before the comma can be a surname: one word, or particles before one."""
    words = last.split()
    return all(word.casefold() in PARTICLES for word in words[:-1])
