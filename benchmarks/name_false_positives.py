"""How many words of real titles `--redact` would hide as names, with a realistic team's names in the file.

The names are Faker's given names and surnames for the locales of a US health-AI workforce (US, Mexican, Indian,
Nigerian, Pakistani, Vietnamese, French, Brazilian, and Chinese and Japanese ones spelt in Latin letters), every one
of them a person of one team file; the texts are every distinct title of `benchmarks/data` (postings, probes and
labelled people; realworld.yaml's tuning part only: its held-out people are left out, unread, and so are the
`realworld/` parts it is built from, which hold both), none of which names anyone, so every word hidden is one
hidden wrongly. Prints the count and each word with how often, to compare a change of mentions.py or nameparts.py
with its base (run it once with the base's `src` on PYTHONPATH: `git archive BASE src | tar -x -C /tmp/base`).
Each name is first paired with a made-up other part (`Qzxv`), so that every word a name is shows; then the same
names paired with each other, as people's are, for the handles an initial and a surname spell (`State`).

Then the same for open requisitions and planned hires named as ATS exports name them (REQUISITIONS), none of
which names anyone in those titles, and how many names an ATS would write with each title (REQUISITION_FORMS) read
as naming a person.

The other side: names missed. A fixed team whose surnames are words of titles (`Sales`, `Doctor`, `Deep`, `Lead`,
`Case`, `Master`, `Bridges`) and NAMED, titles and reasons that name them by surname alone; prints how many of them
still show the name (each shown), and the titles among them scrubbed as titles.

    pip install faker && python benchmarks/name_false_positives.py
"""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from teamaudit.mentions import SHARED, Mentions
from teamaudit.model import Person, Status
from teamaudit.namefolding import fold_name
from teamaudit.reqnames import person_names

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
LOCALES = ("en_US", "es_MX", "en_IN", "en_NG", "en_PK", "vi_VN", "fr_FR", "pt_BR")
ROMANISED = ("zh_CN", "zh_TW", "ja_JP")
MARK = "\x00"  # every person's pseudonym: one that no title holds
NAMED_TEAM = ("Maria Sales", "Ann Doctor", "Raj Deep", "Tom Lead", "Bo Case", "Eve Master", "Lin Bridges")
# Texts that name one of NAMED_TEAM by surname alone, each with whether it is a title (else a reason).
NAMED = (
    ("Assistant to Sales", True),
    ("Chief of Staff to Dr. Doctor", True),
    ("Deputy to Lead", True),
    ("Scribe for Dr Doctor", True),
    ("Sales's delegate", True),
    ("Lead's deputy, Clinical Informatics", True),
    ("EA to Case", True),
    ("Reports to Deep", True),
    ("Research Assistant (Bridges' lab)", True),
    ("Covered by Master", True),
    ("Per Deep: interim Head of Data", True),
    ("Ms. Master's scheduler", True),
    ("Backup for Lead", True),
    ("Sales Lab Coordinator", True),
    ("Case and Deep rotation", True),
    ("Approved by Sales", False),
    ("Sales signed off", False),
    ("Dr. Doctor's patients", False),
    ("Per Deep:", False),
    ("Lead covers integration until March", False),
    ("Case and Deep agree", False),
    ("Master owns the 510(k)", False),
    ("Bridges will review in Q3", False),
    ("ask sales", False),
    ("Sales team on leave", False),
)
# Open requisitions and planned hires named as ATS exports name them (Greenhouse, Lever, Workday, a spreadsheet):
# (name, title, status). None names anyone but `Ann Lee`, `J. Ortiz`, `Maria Sales` and `Jane Doe`: a word of a title
# they hide is hidden wrongly.
REQUISITIONS = (
    ("Senior Research Scientist, Generative Models (REQ-4471)", "Senior Research Scientist", "open"),
    ("Req 4471 - Senior Research Scientist, Generative Models", "Research Scientist", "open"),
    ("Staff ML Engineer, Foundation Models (REQ-4480)", "Staff ML Engineer", "open"),
    ("Offer - Ann Lee - Clinical Informaticist", "Clinical Informaticist", "planned"),
    ("TBH - RN Educator", "Nurse Educator", "planned"),
    ("Backfill for J. Ortiz", "Integration Engineer", "open"),
    ("Open - Epic Bridges Analyst", "Interface Analyst", "open"),
    ("HL7 Integration Engineer, Interoperability (R-2291)", "Integration Engineer", "open"),
    ("Regulatory Affairs Manager, SaMD - TBH", "Regulatory Affairs Manager", "planned"),
    ("New hire: Clinical Data Scientist II", "Data Scientist", "planned"),
    ("Offer - Maria Sales - Staff Nurse", "Staff Nurse", "planned"),
    ("Req 12 - Jane Doe - Nurse", "Registered Nurse", "open"),
    ("Req 13 - Oncology - Staff Nurse", "Staff Nurse", "open"),
)
# Names whose surname has particles (`van der Berg`, `De Luca`): a word of a title they hide is hidden wrongly.
PARTICLE_NAMES = (
    "Giulia De Luca", "Ludwig Van Beethoven", "Maria de la Cruz", "Ahmad bin Ismail", "Ana dos Santos", "Jan van Dijk",
    "Mary St. John", "Sean Mac Giolla", "Siobhan Ni Bhriain", "Pieter van der Berg", "Juan Del Rio",
    "Fatima Al Hashimi", "Nguyen Van An", "Carlos Da Silva", "Anna Le Blanc", "Omar El Sayed",
)  # fmt: skip
# A requisition's name made of each title (`title` for its own, else its title is `Registered Nurse`): none names
# anyone, so each read as naming someone (reqnames.py) is read wrongly; the last two are ambiguous by their form.
REQUISITION_FORMS = (
    ("Req 12 - {title}", True),
    ("Offer - {title}", True),
    ("{title} (REQ-4471)", True),
    ("TBH - {title}", True),
    ("Offer - {title}", False),
    ("Req 12 - {title} - Nurse", False),
)


def names() -> tuple[set[str], set[str]]:
    """Faker's given names and surnames for LOCALES, and the Latin spellings of ROMANISED's."""
    try:
        from faker import Faker
    except ImportError:
        sys.exit("needs Faker: pip install faker")
    given: set[str] = set()
    surnames: set[str] = set()
    for locale in (*LOCALES, *ROMANISED):
        (provider,) = [p for p in Faker(locale).providers if type(p).__module__.startswith("faker.providers.person")]
        kind = "_romanized_names" if locale in ROMANISED else "_names"
        given.update(getattr(provider, "first" + kind, ()))
        surnames.update(getattr(provider, "last" + kind, ()))
    return {g for g in given if g.isalpha()}, {s for s in surnames if s.isalpha()}


def spaced_names() -> tuple[set[str], set[str]]:
    """Faker's given names and surnames for LOCALES written with a space or a hyphen (`Ana Beatriz`, `El-Amin`,
    `de la Rosa`, `Le Gall`): the other side of `names`, which leaves them out."""
    from faker import Faker

    given: set[str] = set()
    surnames: set[str] = set()
    for locale in LOCALES:
        (provider,) = [p for p in Faker(locale).providers if type(p).__module__.startswith("faker.providers.person")]
        given.update(g for g in getattr(provider, "first_names", ()) if " " in g or "-" in g)
        surnames.update(s for s in getattr(provider, "last_names", ()) if " " in s or "-" in s)
    return given, surnames


def people_rows() -> Iterator[Any]:
    """Every person of benchmarks/data's people lists but the held-out ones (left unread): a list or a mapping."""
    for path in sorted(DATA.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for row in document.get("people", []) if isinstance(document, dict) else []:
            if not (isinstance(row, dict) and row.get("split") == "held-out"):
                yield row


def titles() -> list[str]:
    """Every distinct title of benchmarks/data but for held-out people: the people lists' first field or `title`,
    the tables' `title`."""
    found: set[str] = set()
    for row in people_rows():
        title = row[0] if isinstance(row, list) else row.get("title") if isinstance(row, dict) else None
        if isinstance(title, str):
            found.add(title)
    for path in sorted(DATA.glob("*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        found.update(row["title"] for row in csv.DictReader(lines, delimiter="\t") if row.get("title"))
    return sorted(found)


def lines() -> list[str]:
    """Every distinct skills and background line of benchmarks/data but for held-out people's: free text in lower case
    as much as in capitals (`agile delivery`, `mlops_platform`), which a reason is too and a title is not."""
    found: set[str] = set()
    for row in people_rows():
        fields = row[1:3] if isinstance(row, list) else [row.get(key) for key in ("skills", "background")]
        found.update(line for field in fields if isinstance(field, list) for line in field if isinstance(line, str))
    return sorted(found)


def hidden_words(text: str, scrubbed: str) -> list[str]:
    """The words of `text` that `scrubbed` replaced: what lies between the parts both share."""
    pieces = scrubbed.replace(SHARED, MARK).split(MARK)
    words, at = [], len(pieces[0])
    for piece in pieces[1:]:
        end = text.index(piece, at + 1) if piece else len(text)
        words.append(text[at:end])
        at = end + len(piece)
    return words


def names_missed() -> list[str]:
    """The texts of NAMED that still show a surname of NAMED_TEAM once scrubbed."""
    team = [Person(name=name, title="x") for name in NAMED_TEAM]
    mentions = Mentions((person, MARK) for person in team)
    surnames = {person.name.split()[-1].casefold() for person in team}
    missed = []
    for text, title in NAMED:
        scrubbed = mentions.scrub(text, title=title)
        if any(word.casefold() in surnames for word in scrubbed.replace("'", " ").replace(":", " ").split()):
            missed.append(f"{'title' if title else 'reason'}: {text!r} -> {scrubbed.replace(MARK, '[P]')!r}")
    return missed


def words_hidden(mentions: Mentions, every: list[str], title: bool = True) -> tuple[Counter[str], int]:
    """The words of the titles `every` (or, not `title`, texts scrubbed as a reason is) that `mentions` hides, with
    how often, and how many texts hold one."""
    words: Counter[str] = Counter()
    affected = 0
    for text in every:
        found = hidden_words(text, mentions.scrub(text, title=title))
        affected += bool(found)
        words.update(found)
    return words, affected


def _show_hidden(who: str, people: list[Person], every: list[str]) -> None:
    """How many words of the titles these people's names hide, and the ten most often hidden."""
    words, affected = words_hidden(Mentions((person, MARK) for person in people), every)
    print(f"{who}; words hidden: {sum(words.values())} in {affected} titles")
    for word, count in words.most_common(10):
        print(f"  {word!r} {count}")


def main() -> int:
    missed = names_missed()
    print(f"names missed: {len(missed)} of {len(NAMED)} texts that name someone by a surname that is a title word")
    for line in missed:
        print(f"  {line}")
    given, surnames = names()
    people = [Person(name=f"{name} Qzxv", title="x") for name in sorted(given)]
    people += [Person(name=f"Qzxw {name}", title="x") for name in sorted(surnames)]
    every = titles()
    words, affected = words_hidden(Mentions((person, MARK) for person in people), every)
    print(
        f"{len(given)} given names and {len(surnames)} surnames; {len(every)} titles;"
        f" words hidden: {sum(words.values())} in {affected} titles"
    )
    for word, count in words.most_common():
        print(f"  {word!r} {count}")
    # The same names paired, a given name with a surname (shuffled, seed 41), as people are: the handles of an
    # initial and a surname (`jortiz`), which a made-up other part spells no word with, hide words too (`State` for a
    # Sam Tate).
    paired_given, paired_surnames = sorted(given), sorted(surnames)
    random.Random(41).shuffle(paired_given)
    random.Random(41).shuffle(paired_surnames)
    people = [Person(name=f"{a} {b}", title="x") for a, b in zip(paired_given, paired_surnames, strict=False)]
    _show_hidden(f"{len(people)} people of one given name and one surname each", people, every)
    # The same people in skills and background lines scrubbed as reasons are, where a word in lower case stands alone
    # or run into another (`agile`, `scale-up`, `mlops_platform`): those no name is on its own are spelt by a handle,
    # an initial joined to a surname (`agile` for an Anna Gile).
    texts = lines()
    words, _ = words_hidden(Mentions((person, MARK) for person in people), texts, title=False)
    own = {fold_name(part).casefold() for person in people for part in person.name.split()}
    handles = Counter({word: n for word, n in words.items() if fold_name(word).casefold() not in own})
    print(
        f"  in {len(texts)} skills and background lines scrubbed as reasons: words hidden {sum(words.values())},"
        f" spelt by a handle {sum(handles.values())}"
    )
    for word, count in handles.most_common(10):
        print(f"  {word!r} {count}")
    given, surnames = spaced_names()
    people = [Person(name=f"{name} Qzxv", title="x") for name in sorted(given)]
    people += [Person(name=f"Qzxw {name}", title="x") for name in sorted(surnames)]
    _show_hidden(f"{len(given)} given names and {len(surnames)} surnames written with a space or hyphen", people, every)
    words, affected = words_hidden(Mentions((Person(name=n, title="x"), MARK) for n in PARTICLE_NAMES), every)
    print(f"{len(PARTICLE_NAMES)} names with particles; words hidden: {sum(words.values())} in {affected} titles")
    for word, count in words.most_common(10):
        print(f"  {word!r} {count}")
    reqs = Mentions((Person(name=n, title=t, status=Status(s)), MARK) for n, t, s in REQUISITIONS)
    words, affected = words_hidden(reqs, every)
    print(
        f"{len(REQUISITIONS)} requisitions and planned hires named as ATS exports name them;"
        f" words of those titles hidden: {sum(words.values())} in {affected} titles"
    )
    for word, count in words.most_common(20):
        print(f"  {word!r} {count}")
    for form, own in REQUISITION_FORMS:
        read = []
        for title in every:
            name = form.format(title=title)
            person = Person(name=name, title=title if own else "Registered Nurse", status=Status.OPEN)
            read += [title] if person_names(person, name.split()) else []
        whose = "its own title" if own else "another title"
        print(f"{form!r} with {whose}: read as naming someone {len(read)} of {len(every)} titles {read[:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
