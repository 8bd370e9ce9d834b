"""`--redact`: a report that can leave the company without naming anyone or revealing anyone's pay.

Redaction comes after classification, which needs the real background and skills, and before the audit
writes its messages, so no message, recommendation or format can hold what it removes; a rule cannot leak a
name by wording it differently. Suppressions are matched on the pseudonyms they are mapped to, so the
verdict, findings and suppressions are those of the unredacted run (tests/test_redaction.py proves it).

What goes: names (replaced by "Person 01", ... in file order, one pseudonym per person across both sides of a
`diff`, matched as renames.py matches them), ids, `team`, skills and background text, per-person pay, e-mail
addresses, licence, record and telephone numbers, pay, birth dates and ages and the names and ids of the people of
the file anywhere in what is kept, the quoted skills and background text in the evidence (the signal's label stays), and
names and quoted values in error messages. Pay totals follow paytotals.py's rule, the same without --redact. What
stays: titles, the organization and the file's path (but for those names, ids, addresses and numbers), status, FTE,
layers, confidence, hands-on yes/no, findings and recommendations. docs/redaction.md is the user's version of this list.

Error messages never hold the values they would quote: while `errors_redacted` is on, `errors.clipped` gives a
mark in place of every value, whole, before any cut (a long value cut at 80 characters kept the start of a name),
and each mark is shown as `'...'`, whatever quotes the value held (`'Sinead O'Brien'`); a key
(`errors.quoted_key`) and the team file's own words stay. Names in the free text
that is kept (a suppression's reason, a title, the organization) are found as mentions.py says.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from teamaudit.classify import classifier_for, words
from teamaudit.config import Settings
from teamaudit.configschema import Suppression
from teamaudit.errors import HIDDEN_VALUE, Quoted, TeamAuditError, TeamAuditErrors, quotes_recorded
from teamaudit.hometowns import hide_home_towns
from teamaudit.licencenumbers import hide_employee_numbers, hide_licences
from teamaudit.model import Classification, ClassifiedPerson, Contribution, Person, Roster
from teamaudit.personalfigures import hide_personal_figures
from teamaudit.phones import hide_phones
from teamaudit.render.workspace import shared_path
from teamaudit.roster import PERSON_KEYS, TOP_KEYS
from teamaudit.rubric import Rubric

if TYPE_CHECKING:
    from teamaudit.mentions import Mentions

# An address is read outward from each `@` (or `[at]`, `(at)`, as addresses are written to escape harvesters): its
# local part back to where a run of its characters begins (in the reversed text), its domain forward, so the text is
# read a constant number of times however long a run with no `@` is (one pattern tried at every place of a
# 20,000-character run took 3 s, its square).
# The lookahead first: one character class skips most places at a fraction of the alternatives' cost.
_ATS = "@\uff20\ufe6b"  # `@` and its full-width and small forms (`priya.r＠clinic.example`)
_AT = re.compile(rf"(?=[{_ATS} \u00a0\[({{])(?:[{_ATS}]|[ \u00a0]?[\[({{]at[\])}}][ \u00a0]?)", re.IGNORECASE)
# `.` and its full-width form, which an input method writes with a full-width `＠` (`ｐｒｉｙａ＠ｃｌｉｎｉｃ．ｏｒｇ`)
_DOTS = ".\uff0e"
_LOCAL_REVERSED = re.compile(rf"[\w{_DOTS}+-]+")
_DOMAIN = re.compile(rf"[\w-]+(?:(?:[{_DOTS}]|[ \u00a0]?[\[({{]dot[\])}}][ \u00a0]?)[\w-]+)+", re.IGNORECASE)
_GOT = re.compile(r"(\()?\bgot .*$", re.DOTALL)  # "must be ..., got <the value>", "... (got <the value>)"
_ERROR_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_ERROR_PERSON = re.compile(r"(people\[\d+\]) \(.*\)(?=\.\w|:)")  # "people[0] (Ann Lee).status: ..."
_HIDDEN_VALUE = re.compile(f"'{HIDDEN_VALUE}'|\"{HIDDEN_VALUE}\"|{HIDDEN_VALUE}")  # as a message quoted it, or bare
_FILE_WORDS = frozenset((*PERSON_KEYS, *TOP_KEYS))  # "people[3] is missing 'title'": the file's keys, not its data
HIDDEN = "'...'"
EMAIL = "[e-mail]"


@dataclass(frozen=True)
class Redaction:
    """Who is who under --redact: each real name's pseudonym, and where kept free text mentions a person."""

    names: dict[str, str]  # real name -> pseudonym
    mentions: Mentions

    def kept(self, text: str) -> str:
        """Free text the report keeps (a title, the organization, a suppression's reason) without the e-mail
        addresses in it or the names and ids of the people it mentions."""
        return hide_employee_numbers(self.mentions.scrub(scrub(text)))

    def title(self, text: str) -> str:
        """A job title as `kept` keeps text, but for a name that is also a word of titles, which stays where the
        title does not use it as a name (`Sales Engineer` with a Maria Sales in the file; mentions.py)."""
        return hide_employee_numbers(self.mentions.scrub(scrub(text), title=True))


def redaction(people: Iterable[Person]) -> Redaction:
    """The redaction of one team file's people: one pseudonym a name."""
    listed = tuple(people)
    names = pseudonyms(listed)
    from teamaudit.mentions import Mentions  # only --redact needs it

    return Redaction(names, Mentions((p, names[p.name]) for p in listed))


def version_redactions(base: Iterable[Person], head: Iterable[Person], same: Mapping[str, str]) -> list[Redaction]:
    """The redactions of two versions of one team (`diff`): a person keeps their pseudonym in both, under either
    name (`same`: a head name -> the base name of the same person, renames.py), and no two people share one, even
    when one takes a name the other had."""
    before, after = tuple(base), tuple(head)
    order = pseudonyms(before)  # base names in file order
    kept = {p.name for p in after if same.get(p.name) in order}
    width = max(2, len(str(len(order) + len(after) - len(kept))))
    base_names = {name: f"Person {i:0{width}d}" for i, name in enumerate(order, start=1)}
    fresh = iter(range(len(order) + 1, len(order) + len(after) + 1))
    head_names = {
        p.name: base_names[same[p.name]] if p.name in kept else f"Person {next(fresh):0{width}d}" for p in after
    }
    from teamaudit.mentions import Mentions  # only --redact needs it

    # Each version's text may name someone only the other version has: a diff shows both.
    base_people = [(p, base_names[p.name]) for p in before]
    head_people = [(p, head_names[p.name]) for p in after]
    return [
        Redaction(base_names, Mentions(base_people, head_people)),
        Redaction(head_names, Mentions(head_people, base_people)),
    ]


def pseudonyms(*people: Iterable[Person]) -> dict[str, str]:
    """One pseudonym per distinct name, numbered in order of appearance across all the given lists."""
    names: dict[str, str] = {}
    for each in people:
        for person in each:
            names.setdefault(person.name, "")
    width = max(2, len(str(len(names))))
    for i, name in enumerate(names, start=1):
        names[name] = f"Person {i:0{width}d}"
    return names


def redact_people(
    people: tuple[ClassifiedPerson, ...], redaction: Redaction, rubric: Rubric
) -> tuple[ClassifiedPerson, ...]:
    """The classified people as the report may show them; layers, confidence and hands-on are untouched. A title
    signal that the title as shown no longer matches matched a word hidden as a name: its label, which would say
    the word (`title matches 'sales, marketing, customer'` beside `Person 01 Lab Coordinator`), is withheld."""
    matcher = classifier_for(rubric).matcher
    done: dict[tuple[int, str], Classification] = {}  # classifications are shared between people with identical inputs
    out = []
    for p in people:
        person = _redact_person(p.person, redaction)
        c = done.get((id(p.classification), person.title))
        if c is None:
            shown = None if person.title == p.person.title else {x.key for x in matcher.title(person.title)[1]}
            c = done[id(p.classification), person.title] = _redact_classification(p.classification, redaction, shown)
        if person.title != p.person.title:
            # Normalising took the punctuation out of the address ("ann.lee@x.example" -> "annlee xexample") and
            # wrote the title in lower case, so neither the address nor a surname (`lee`) is found there: the
            # redacted title stands in for the normalised one.
            c = replace(c, normalized_title=person.title.lower())
        out.append(ClassifiedPerson(person, c))
    return tuple(out)


def redact_roster(roster: Roster, people: tuple[ClassifiedPerson, ...], redaction: Redaction) -> Roster:
    """The roster as the report may show it: its people redacted, names out of the organization and of the team
    file's path, which every format prints (`jane-doe-offer.yaml` shows as `Person 01-offer.yaml`), named relative to
    the workspace, or by its name alone outside it (render/workspace.py)."""
    organization = redaction.kept(roster.organization) if roster.organization else roster.organization
    source = redaction.kept(shared_path(roster.source))
    return replace(roster, source=source, organization=organization, people=tuple(p.person for p in people))


def redact_settings(settings: Settings, redaction: Redaction) -> Settings:
    """Suppressions that name a person name their pseudonym, so they match exactly what they matched before."""
    # Each name no one in the team file has is numbered in the order the config first gives it: a number that
    # stays when lines move, so TA006's SARIF fingerprint does too.
    unknown = [s.person for s in settings.ignore if s.person is not None and s.person not in redaction.names]
    strangers = {name: i for i, name in enumerate(dict.fromkeys(unknown), start=1)}
    if strangers:  # their names in any reason go as the people's do ("Hannah Schmidt approved the plan")
        found = redaction.mentions.with_others((Person(name=n, title=n), _stranger(i)) for n, i in strangers.items())
        redaction = replace(redaction, mentions=found)
    return replace(settings, ignore=tuple(_redact_suppression(s, redaction, strangers) for s in settings.ignore))


def _stranger(number: int) -> str:
    return f"someone not in the team file ({number})"


def scrub(text: str) -> str:
    """Free text that is kept: e-mail addresses, licence and record numbers, pay, birth dates, ages, home towns,
    telephone numbers and NPIs out. A digit of another script is read, and kept, as its ASCII one
    (`０９０-１２３４-５６７８`)."""
    return hide_phones(hide_home_towns(hide_personal_figures(hide_licences(hide_emails(ascii_digits(text))))))


def ascii_digits(text: str) -> str:
    """`text` with each decimal digit of another script as its ASCII digit, one character for one: the finders read
    `[0-9]`, and a full-width (`０９０-１２３４-５６７８`, as an input method in full-width mode types it) or
    Arabic-Indic (`٠٥٠`) number was shown whole."""
    if text.isascii() or not _OTHER_DIGIT.search(text):
        return text
    return text.translate({ord(digit): str(unicodedata.digit(digit)) for digit in set(_OTHER_DIGIT.findall(text))})


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def hide_emails(text: str) -> str:
    """`text` with each e-mail address replaced by `[e-mail]`: a run of letters, digits and `._+-`, an `@` and a
    domain of two or more dotted parts, the first and longest at each place; `[at]` or `(at)` may stand for `@` and
    `[dot]` or `(dot)` for a dot (`ann.lee [at] clinic [dot] org`), and each may be full-width (`＠`, `．`)."""
    if not any(at in text for at in _ATS) and "at" not in text.casefold():
        return text
    backwards = text[::-1]
    out, kept = [], 0
    for at in _AT.finditer(text):
        if at.start() < kept:
            continue
        local = _LOCAL_REVERSED.match(backwards, len(text) - at.start())
        domain = _DOMAIN.match(text, at.end())
        start = max(kept, at.start() - len(local.group())) if local else at.start()
        if start < at.start() and domain:
            out += [text[kept:start], EMAIL]
            kept = domain.end()
    return "".join(out) + text[kept:] if out else text


@contextmanager
def errors_redacted(redact: bool) -> Iterator[None]:
    """With --redact, an error message keeps its file:line:col, what is wrong and the keys it names, not the
    values it quotes."""
    if not redact:
        yield
        return
    with quotes_recorded() as quoted:
        try:
            yield
        except TeamAuditError as exc:
            if isinstance(exc, TeamAuditErrors):
                raise TeamAuditErrors([_redacted_error(p, quoted) for p in exc.problems], exc.more) from None
            raise _redacted_error(exc, quoted) from None


def _redacted_error(exc: TeamAuditError, quoted: Quoted) -> TeamAuditError:
    return TeamAuditError(
        _redact_error_text(exc.message, quoted.keys),
        file=exc.file,
        line=exc.line,
        column=exc.column,
        hint=_redact_error_text(exc.hint, quoted.keys) if exc.hint else None,
    )


def _redact_error_text(text: str, keys: set[str]) -> str:
    text = _HIDDEN_VALUE.sub(HIDDEN, text.replace(f"] ({HIDDEN_VALUE})", "]"))  # people[3] (Ann Lee).fte
    text = _ERROR_PERSON.sub(r"\1", _GOT.sub(_value_not_shown, text))
    # Whatever else is quoted and is no key or YAML's punctuation (`expected ':'`): a value some message quoted
    # without `clipped`.
    return _ERROR_QUOTED.sub(lambda m: m.group() if _is_syntax(m.group()[1:-1], keys) else HIDDEN, scrub(text))


def _value_not_shown(got: re.Match[str]) -> str:
    return "(got a value not shown: --redact)" if got.group(1) else "got a value not shown (--redact)"


def _is_syntax(quoted: str, keys: set[str]) -> bool:
    word = quoted.removesuffix(":")  # "the file needs a 'people:' list"
    return word in keys or word in _FILE_WORDS or (quoted != "" and not any(c.isalnum() for c in quoted))


def _redact_person(person: Person, redaction: Redaction) -> Person:
    return replace(
        person,
        name=redaction.names[person.name],
        title=redaction.title(person.title),
        id=None,
        team=None,
        skills=(),
        background=(),
        cost=None,
    )


def _redact_classification(c: Classification, redaction: Redaction, shown: set[str] | None) -> Classification:
    """`shown`: the keys of the title signals the title as shown matches, None when it is shown as written."""
    labels = {x.text: _label(x, redaction, shown) for x in c.contributions}
    return replace(
        c,
        evidence=tuple(labels.get(e, redaction.kept(words.redact(e))) for e in c.evidence),
        notes=tuple(_note(n, labels, redaction) for n in c.notes),
        # The score was made before redaction (a negative's own line is voided where it is matched); explain
        # only says whether a negative had a line, so the line's text goes.
        contributions=tuple(
            replace(x, text=labels[x.text], line=None if x.line is None else "redacted") for x in c.contributions
        ),
        normalized_title=redaction.title(c.normalized_title),
    )


def _label(x: Contribution, redaction: Redaction, shown: set[str] | None) -> str:
    """A signal's evidence without the skills, background or team text it quotes: 'skills mention HL7 v2'.
    The classifier keeps that form beside the quoted one (Contribution.label). A title signal's evidence is the
    rubric's label, as the rubric writes it: a pseudonym put in it (`title matches 'Person 01, marketing'`) would
    say which word of a known rubric was a name; one the title as shown does not match is withheld."""
    if x.group == "title" and shown is not None and x.key not in shown:
        return f"not {x.layer.value}: {_WITHHELD} (title)" if x.negative else f"{_TITLE_MATCHES}{_WITHHELD}"
    if x.group == "title":
        return x.text
    if x.group == "credentials" or not x.label:
        return redaction.title(x.text)
    return x.label


_TITLE_MATCHES = "title matches "
_WITHHELD = "a word hidden as a name"


def _note(note: str, labels: Mapping[str, str], redaction: Redaction) -> str:
    """A classification's note (`settled by the title: 'sales, marketing, customer'`) with the names and quoted
    words in it hidden, but the title signals' labels it quotes as `_label` shows them."""
    quoted = {text.removeprefix(_TITLE_MATCHES): shown.removeprefix(_TITLE_MATCHES) for text, shown in labels.items()}
    quoted = {text: shown for text, shown in quoted.items() if text in note}
    marked = note
    for i, text in enumerate(sorted(quoted, key=len, reverse=True)):
        marked = marked.replace(text, f"\x00{i}\x00")
    scrubbed = redaction.kept(words.redact(marked))
    for i, text in enumerate(sorted(quoted, key=len, reverse=True)):
        scrubbed = scrubbed.replace(f"\x00{i}\x00", quoted[text])
    return scrubbed


def _redact_suppression(s: Suppression, redaction: Redaction, strangers: dict[str, int]) -> Suppression:
    """The suppression with the pseudonym of the person it names, or, when it names no one in the team file (a
    former colleague), words that name no one either, still matching nothing: the name would otherwise reach
    TA006's SARIF fingerprint. Names, ids and e-mail addresses in its reason go the same way."""
    person = s.person
    if person is not None:
        person = redaction.names.get(person) or _stranger(strangers[person])
    reason = redaction.kept(s.reason) if s.reason else s.reason
    return replace(s, person=person, reason=reason, file=redaction.kept(shared_path(s.file)) if s.file else s.file)
