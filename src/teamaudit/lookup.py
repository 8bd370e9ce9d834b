"""The people a command names (`explain NAME...`): by name or id, exactly, else however it is spelt (case,
spacing, and as namefolding.py folds names for --redact: accents or none, decomposed, U+2010 hyphens, zero-width
characters; surname first, `Lee, Ann`, as an HRIS lists people), or by a part of one person's name (`Priya`); with
--redact, by pseudonym too, and an error that repeats neither what was typed nor any name in the file."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from pathlib import Path

from teamaudit.counts import first_few
from teamaudit.errors import TeamAuditError, as_written
from teamaudit.model import ClassifiedPerson, name_key
from teamaudit.namefolding import fold_name
from teamaudit.surnamefirst import first_name_first


def select_people(
    people: tuple[ClassifiedPerson, ...],
    wanted: list[str],
    team_file: Path,
    pseudonyms: Mapping[str, str] | None = None,
    say: Callable[[str], None] = lambda _: None,
) -> tuple[ClassifiedPerson, ...]:
    """The people each of `wanted` names, in the order asked (`explain FILE "Hannah Lee" "Maya Patel"` printed
    Maya first, as the file has her), each once however often named. `people` are the unredacted ones; with
    `pseudonyms` (real name -> pseudonym, under --redact) a pseudonym names its person as well as the real name or
    id. A part of a name (`Priya`, `pri ram`) names the one person whose name holds it, told with `say`."""
    exact: dict[str, set[int]] = {}
    folded: dict[str, set[int]] = {}
    for i, p in enumerate(people):
        alias = pseudonyms.get(p.person.name) if pseudonyms else None
        for key in (p.person.name, p.person.id, alias):
            if key:
                exact.setdefault(key, set()).add(i)
                folded.setdefault(_spelling(key), set()).add(i)
    chosen: dict[int, None] = {}  # ordered as asked
    missing = []
    for position, want in enumerate(wanted, start=1):
        found = exact.get(want) or folded.get(_spelling(want)) or folded.get(_spelling(first_name_first(want)))
        if not found and (part := _named_in_part(people, want)):
            found = _one_part_match(part, (position, want), people, team_file, pseudonyms, say)
        if found:
            chosen.update(dict.fromkeys(sorted(found)))
        else:
            missing.append((position, want))
    if missing:
        error = (
            _not_found_redacted(missing, team_file)
            if pseudonyms is not None
            else _not_found(missing, people, team_file)
        )
        raise NotFound(error, tuple(people[i] for i in chosen))
    return tuple(people[i] for i in chosen)


class NotFound(TeamAuditError):
    """Some names given match no one: the error naming them, and the people the others did name (`found`), whom
    `explain` still shows (`explain team.yaml Ravi nobody` printed nothing for Ravi)."""

    def __init__(self, error: TeamAuditError, found: tuple[ClassifiedPerson, ...]) -> None:
        super().__init__(error.message, file=error.file, hint=error.hint)
        self.found = found


def _named_in_part(people: tuple[ClassifiedPerson, ...], want: str) -> list[int]:
    """The people whose name holds `want` as whole words (`Priya` in `Priya Raman`), else as the start of words
    (`Pri Ram`), in file order."""
    wanted = _spelling(want).split()
    if not wanted:
        return []
    names = [_spelling(p.person.name).split() for p in people]
    for fits in (str.__eq__, str.startswith):
        found = [i for i, words in enumerate(names) if all(any(fits(w, part) for w in words) for part in wanted)]
        if found:
            return found
    return []


def _one_part_match(
    found: list[int],
    asked: tuple[int, str],
    people: tuple[ClassifiedPerson, ...],
    team_file: Path,
    pseudonyms: Mapping[str, str] | None,
    say: Callable[[str], None],
) -> set[int]:
    """The one person a part of a name names, told with `say` (`explain team.yaml Priya` named no one, though one
    person is Priya); two or more are an error that lists them, so the user picks."""

    def shown(i: int) -> str:
        person = people[i].person
        name = pseudonyms.get(person.name, "") if pseudonyms is not None else as_written(person.name)
        return f"{name} (line {person.line})"

    position, want = asked
    typed = f"the {_ordinal(position)} name given" if pseudonyms is not None else _typed(want)
    if len(found) > 1:
        listed = first_few([shown(i) for i in found[:_LISTED]], len(found))
        raise TeamAuditError(
            f"{typed} is part of {len(found):,} people's names: {listed}",
            file=team_file,
            hint="give the whole name or the id",
        )
    say(f"{typed} is {shown(found[0])}")
    return set(found)


_LISTED = 10  # people an ambiguous part of a name lists


def _spelling(key: str) -> str:
    """A name or id as compared when it is not found as written: `Zoe  QUARTERMAINE` for `Zoë Quartermaine`."""
    return name_key(fold_name(key))


def _not_found(missing: list[tuple[int, str]], people: tuple[ClassifiedPerson, ...], team_file: Path) -> TeamAuditError:
    names = {_spelling(p.person.name): p.person.name for p in reversed(people)}  # the first of a spelling
    part = _spelling(missing[0][1])
    containing = [n for n in names if part and part in n]  # "Nadia" for "Dr. Nadia Okonkwo"
    close = containing[:1] if len(containing) == 1 else difflib.get_close_matches(part, names, n=1, cutoff=0.75)
    return TeamAuditError(
        f"no person named {', '.join(_typed(want) for _, want in missing)} (by name, part of a name, or id)",
        file=team_file,
        hint=f"did you mean {as_written(names[close[0]])}?" if close else None,
    )


def _typed(want: str) -> str:
    """A name as typed, quoted as the house quotes a value (no repr: `'Sinead O'Brien'`, not `"Sinead O'Brien"`)."""
    return as_written(want) if want.strip() else f"'{want}' (a blank name)"


def _not_found_redacted(missing: list[tuple[int, str]], team_file: Path) -> TeamAuditError:
    """Neither what was typed (a real name, in a log or a shared screen) nor a close name from the file (it would
    tie a name to a pseudonym): which of the names given, by position."""
    which = ", ".join(_ordinal(position) for position, _ in missing)
    names = "name" if len(missing) == 1 else "names"
    return TeamAuditError(
        f"no person matches the {which} {names} given (by name, part of a name, id or pseudonym)",
        file=team_file,
        hint="--redact does not repeat a name that matches no one, nor suggest one from the file",
    )


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
