"""The team file read into a Roster (model.py's): load_roster for a file, roster_from_text for text already read
(stdin, a git:REF:PATH side, a file import merges into), a person at a time, each Person with its line, and every
problem of the file reported at once."""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from pydantic_core import ValidationError

from teamaudit.errors import MAX_SHOWN, NO_SUCH_FILE, TeamAuditError, TeamAuditErrors, clipped, file_error
from teamaudit.ftedoubt import WARNING_KINDS, fte_doubt, warning
from teamaudit.givenfiles import CONFIG_GIVEN_HINT, ConfigFileGiven, RubricFileGiven, close_file, is_config, is_rubric
from teamaudit.invisible import without_invisible
from teamaudit.model import (
    CURRENCY_CODE,
    CURRENCY_WANTED,
    MAX_TITLE,
    STDIN_SOURCE,
    FteDoubt,
    Person,
    Roster,
    id_as_text,
    name_key,
)
from teamaudit.numberbases import base_problem, other_base
from teamaudit.problems import SLIPS, Problems
from teamaudit.records import field_names
from teamaudit.render.escape import shell_word
from teamaudit.repository import refuse_link_out
from teamaudit.rostermessages import kind_of, meant_missing, named, unknown_key, unnamed_hint, who
from teamaudit.tabindent import TABS_HINT, untabbed, with_the_tabs
from teamaudit.valuemessages import date_hint, describe
from teamaudit.writtentext import as_written, person_as_written
from teamaudit.yamlread.yamlfile import DEFAULT_MAX_BYTES, check_file, decoded
from teamaudit.yamlread.yamlstream import Located, Position, YamlStream

PERSON_KEYS = tuple(k for k in field_names(Person) if k != "line")
TOP_KEYS = ("organization", "as_of", "currency", "people")
_PERSON_KEY_SET = frozenset(PERSON_KEYS)
_NUMBER_KEYS = ("fte", "cost")

DEFAULT_MAX_PEOPLE = 1_000_000  # the CLI says it again (cli.py), so start-up need not import this module


def load_roster(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_people: int = DEFAULT_MAX_PEOPLE,
    on_progress: Callable[[int, int], None] | None = None,
) -> Roster:
    """Load and validate a team file. Every problem in it is reported at once, each naming file, line and
    column (a TeamAuditError, a TeamAuditErrors when there are several).
    `on_progress(bytes read, file size)` is called every few thousand people."""
    size = check_team_file(path, max_bytes)
    try:
        with path.open("rb") as handle:
            tick = (lambda: on_progress(handle.tell(), size)) if on_progress else None

            def head() -> bytes:
                handle.seek(0)
                return handle.read(4096)

            def whole() -> str | None:
                handle.seek(0)
                try:
                    return decoded(handle.read(), path)
                except TeamAuditError:
                    return None

            return _validated(YamlStream(handle, path), max_people, tick, head, whole)
    except OSError as exc:
        raise file_error(exc, path) from None


def check_team_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The team file's size, or the error `check` gives for it: a link out of its repository, no such file (with
    the file a typo most likely meant), a directory (with a team file in it), not a regular file, too large."""
    refuse_link_out(path)
    try:
        return check_file(path, max_bytes)
    except TeamAuditError as exc:
        if exc.kind == NO_SUCH_FILE and exc.hint is None:
            meant = close_file(path.parent, path.name)
            exc.hint = f"did you mean {meant}?" if meant else None
        elif exc.message.startswith("is a directory") and exc.hint is None:  # `teamaudit check .`
            inside = close_file(path, "team.yaml", cutoff=0.5)
            exc.hint = "name the team file in it" + (f", such as {inside}" if inside else "")
        raise


def roster_from_text(text: str, path: Path, *, max_people: int = DEFAULT_MAX_PEOPLE) -> Roster:
    """Validate team-file text; `path` is the name errors and reports show (a file, or git:REF:PATH).

    Like `load_roster`, reads one person at a time, so memory follows the validated people rather than
    PyYAML's node tree; values people share (titles, teams, skills) are stored once.
    """
    return _validated(
        YamlStream(text, path), max_people, None, lambda: text[:4096].encode("utf-8", "replace"), lambda: text
    )


def _validated(
    stream: YamlStream,
    max_people: int,
    tick: Callable[[], None] | None,
    head: Callable[[], bytes],
    whole: Callable[[], str | None] | None = None,
) -> Roster:
    """The roster, or every problem found: those collected while reading, then the syntax error that
    stopped it. A file refused outright (a limit) reports only that; a spreadsheet that is not YAML at all
    gets a pointer to `teamaudit import` instead; a tab used as indentation, with the problems of the file read
    past it (`whole`, the file's text, for reading it again)."""
    problems = Problems()
    stream.on_duplicate_key = partial(_duplicate_key, problems)
    stream.on_refused = problems.add  # a tag or a key teamaudit does not read: the rest of the file is still read
    reader = _Reader(stream, problems, max_people, tick)
    try:
        with stream.errors():
            roster = reader.read()
    except TeamAuditError as fatal:
        from teamaudit.tablefile import table_kind

        kind = None if reader.started else table_kind(stream.path, head())
        if kind is not None:
            export = {"an Excel workbook": "people.xlsx", "a tab-separated table": "people.tsv"}.get(kind, "people.csv")
            raise TeamAuditError(
                f"this looks like {kind}, not a YAML team file",
                file=stream.path,
                line=1,
                column=1,
                hint=f"{_saved(stream.path, export)}turn it into one with: teamaudit import"
                f" {_as_operand(stream.path, export)} -o team.yaml",
            ) from None
        if not fatal.message.startswith(SLIPS):
            raise  # a refusal (a limit, an alias bomb, an unsupported construct) stands alone
        text = whole() if whole is not None and fatal.hint == TABS_HINT else None
        if text is not None:
            raise _past_the_tabs(fatal, text, stream.path, max_people) from None
        problems.add(fatal)
        raise problems.error() from None
    problems.raise_if_any()
    return roster


def in_line_order(notes: tuple[TeamAuditError, ...]) -> tuple[TeamAuditError, ...]:
    """Warnings in the order of the lines they name, as errors are (start dates and missing FTEs were each listed
    apart: lines 13, 17, 7, 9); pipeline.py adds init's example people among them so."""
    return tuple(sorted(notes, key=lambda note: (note.line or 0, note.column or 0)))


def _past_the_tabs(fatal: TeamAuditError, text: str, path: Path, max_people: int) -> TeamAuditError:
    """The tab YAML refused, every other tab indenting a line, and every problem of the file read with those lines
    indented as the line above (tabindent.py); `fatal` alone when no tab indents a line (the tab is elsewhere)."""
    copy = untabbed(text)
    if copy is None:
        return fatal
    try:
        _validated(YamlStream(copy.text, path), max_people, None, lambda: b"")
    except TeamAuditErrors as found:
        return with_the_tabs(fatal, copy, found.problems, found.more)
    except TeamAuditError as found:
        return with_the_tabs(fatal, copy, [found], 0)
    return with_the_tabs(fatal, copy, [], 0)


_SECOND_NAME = "duplicate key 'name' in the same mapping"


def _duplicate_key(problems: Problems, error: TeamAuditError) -> None:
    """A second `name:` in a person is most often the next person, its `- ` left out."""
    if error.message == _SECOND_NAME:
        error.hint = f"{error.hint}; if another person starts here, write '- name:', with its dash"
    problems.add(error)


def _saved(path: object, stand_in: str) -> str:
    """What a hint asks first of a file read from stdin, which no command can name: `import '<stdin>'` and
    `--rubric '<stdin>'` named a file of that name, and `-` is no file to either."""
    return f"save it as {stand_in}, then " if str(path) == STDIN_SOURCE else ""


def _as_operand(path: object, stand_in: str) -> str:
    return stand_in if str(path) == STDIN_SOURCE else shell_word(str(path))


_NO_ONE = "'people' is empty: the file lists no one to audit"
# examples/ is in a clone, not in an installed teamaudit; `init` is in both.
_STARTER = "teamaudit init starter.yaml writes a commented one to copy from"
# The kind of Roster.notes about start dates, as a count of those not shown calls them (ftedoubt.py has the others).
START_NOTES = "start dates their status contradicts"


class _Reader:
    """Reads the document a piece at a time, adding each problem to `problems` and going on where the rest
    of the file can still be read; raises only for what stops reading (bad YAML, a limit)."""

    def __init__(
        self, stream: YamlStream, problems: Problems, max_people: int, tick: Callable[[], None] | None
    ) -> None:
        self.stream = stream
        self.problems = problems
        self.max_people = max_people
        self.tick = tick
        self.started = False  # a top-level key was read: this is a YAML mapping, whatever else is wrong
        self.listed = 0  # the items of the people list, valid or not
        # Where each valid person's start date is (line << 32 | column; 0 for none), for notes made once as_of is
        # known: eight bytes a person, where a tuple of positions would be a hundred.
        self.start_places = array("q")
        # (who, as a warning names them, doubt, its warning's key, problem and hint, where that key is): people with
        # no fte warned of
        self.doubts: list[tuple[str, FteDoubt, tuple[str, str, str], Position]] = []
        self.shared: dict[Any, Any] = {}
        self.as_of: dt.date | None = None  # the file's as_of once read (it comes before `people:` in most files)
        # The status problems (the first shown) met before as_of: their hint dates a start, so is made again once
        # the whole file is read, against an as_of written after `people:`.
        self.status_problems: list[tuple[TeamAuditError, dict[Any, Any]]] = []

    def read(self) -> Roster:
        stream = self.stream
        if not stream.begin():
            raise TeamAuditError("team file is empty", file=stream.path, line=1, column=1, hint=_STARTER)
        top_at = stream.at()
        if not stream.next_is_mapping():
            value = stream.build()
            stream.next_is_mapping()  # a syntax error just after it (`organization Acme`, no colon) comes first
            raise stream.error(
                f"the top level must be a mapping with a 'people:' list, not {kind_of(value)}",
                top_at,
                hint="start the file with 'people:'",
            )
        found: dict[str, object] = {}
        unknown: list[object] = []
        people: list[Person] = []
        for key, key_at, spelled in stream.mapping_keys():
            self.started = True
            value_at = stream.at()
            if key not in TOP_KEYS:
                stream.build()  # a YAML problem inside the value (an alias bomb, say) is the one to report
                written = key if spelled is None else spelled
                self.problems.add_built(partial(unknown_key, stream, key_at, written, TOP_KEYS))
                unknown.append(written)
            elif key == "people":
                found[key] = True
                listed = stream.next_is_sequence()
                if listed:
                    people = self._people()
                value = None if listed else stream.build()
                if value is not None:
                    self.problems.add(stream.error(f"'people' must be a list, not {kind_of(value)}", value_at))
                elif not self.listed:  # a file whose list was wiped is no team to audit (and no pass or fail)
                    self.problems.add(stream.error(_NO_ONE, value_at, hint=f"list the team under it; {_STARTER}"))
            else:
                found[key] = self._top_value(key, value_at)
        stream.finish()
        for problem, item in self.status_problems if self.as_of else ():
            problem.hint = self._status_hint(item, problem.hint)
        if not found and is_config(unknown):
            given = stream.error("this is a teamaudit config file, not a team file", top_at, hint=CONFIG_GIVEN_HINT)
            raise ConfigFileGiven(given.message, file=given.file, line=given.line, column=given.column, hint=given.hint)
        if not found and is_rubric(unknown):
            rubric = _as_operand(stream.path, "rubric.yaml")
            hint = f"{_saved(stream.path, 'rubric.yaml')}name it as the rubric: teamaudit check team.yaml"
            hint += f" --rubric {rubric}"
            given = stream.error("this is a teamaudit rubric, not a team file", top_at, hint=hint)
            raise RubricFileGiven(given.message, file=given.file, line=given.line, column=given.column, hint=given.hint)
        if "people" not in found and not meant_missing(unknown, TOP_KEYS, {"people"}):  # `peopel:` is reported once
            self.problems.add(
                stream.error("'people' is missing: the file needs a 'people:' list", top_at, hint=_STARTER)
            )
        organization, as_of, currency = found.get("organization"), found.get("as_of"), found.get("currency")
        dated_as_of = as_of if isinstance(as_of, dt.date) else None
        return Roster(
            source=str(stream.path),
            organization=str(organization) if organization is not None else None,
            as_of=dated_as_of,
            people=tuple(people),
            notes=in_line_order(self._start_notes(people, dated_as_of) + self._fte_notes()),
            currency=currency if isinstance(currency, str) else None,
        )

    def _start_notes(self, people: list[Person], as_of: dt.date | None) -> tuple[TeamAuditError, ...]:
        """A line for each start date the person's status contradicts; none for a file that has problems (it
        is not audited, and its people list holds only its valid people)."""
        if self.problems or not any(self.start_places):
            return ()
        from teamaudit.startdates import start_note

        today = dt.date.today()
        notes: list[TeamAuditError] = []
        for index, (person, place) in enumerate(zip(people, self.start_places, strict=True)):
            note = start_note(person.status, person.start, as_of, today) if person.start is not None else None
            if note is not None:
                at = (place >> 32, place & 0xFFFFFFFF)
                notes.append(self.stream.error(f"{named(index, person.name)}.start: {note}", at, kind=START_NOTES))
        return tuple(notes)

    def _fte_notes(self) -> tuple[TeamAuditError, ...]:
        """A line for each advisor, and each title saying part-time, whose share of a week the file leaves out:
        without `fte` they count as a full 1.0 FTE, and two such advisors outweigh two full-time ML researchers."""
        if self.problems:
            return ()
        return tuple(
            self.stream.error(f"{about}.{key}: {problem}", at, hint=hint, kind=WARNING_KINDS[doubt])
            for about, doubt, (key, problem, hint), at in self.doubts
        )

    def _top_value(self, key: str, at: Position) -> object:
        refused = self.stream.refused
        if key == "organization":
            located = self.stream.build_located()
            value, problem = as_written(located, (), located.value)  # `organization: 007` is 007, not 7
            if problem is not None:
                self.problems.add(self.stream.error(f"organization: {problem}", at))
                return None
        else:
            value = self.stream.build()
        if value is None or self.stream.refused != refused:
            return None
        if key == "organization" and not (isinstance(value, str | int) and not isinstance(value, bool)):
            self.problems.add(self.stream.error(f"'organization' must be text, not {kind_of(value)}", at))
            return None
        if key == "organization" and (length := len(str(value))) > MAX_TITLE:
            message = f"'organization' is {length:,} characters, more than the {MAX_TITLE:,} allowed"
            self.problems.add(self.stream.error(message, at, hint="a pasted document?"))
            return None
        if key == "currency" and not (isinstance(value, str) and CURRENCY_CODE.fullmatch(value)):
            message = f"'currency' must be {CURRENCY_WANTED}"
            self.problems.add(self.stream.error(message, at, hint="the currency the people's `cost:` is in"))
            return None
        if key == "as_of":
            date = self.as_of = _as_date(value)
            if date is None:
                got = f"'{clipped(str(value))}'" if isinstance(value, str | int | float) else kind_of(value)
                message = f"'as_of' must be a date like 2026-01-31, got {got}"
                self.problems.add(self.stream.error(message, at, hint=date_hint(value)))
            return date
        return value

    def _people(self) -> list[Person]:
        stream = self.stream
        people: list[Person] = []
        # A name (by name_key) or id -> the line it is first written on.
        first_line: dict[str, dict[str, int]] = {"name": {}, "id": {}}
        for index, at in stream.sequence_items(depth=2):
            self.listed += 1
            if index >= self.max_people:
                raise stream.error(
                    f"more than {self.max_people:,} people, over the limit", at, hint="raise it with --max-people"
                )
            refused = stream.refused
            built = stream.build_located(depth=2)
            # Look at what follows (any check peeks): a syntax error just after a person, a misindented key,
            # is what to report, not the person it cut short.
            stream.next_is_mapping()
            # A person that is itself a value teamaudit does not read (`- !x Ann`) is that one problem.
            person = self._person(index, built) if stream.refused == refused or isinstance(built.value, dict) else None
            if self._unique(person, built, first_line, people) and person is not None:
                doubt = None if "fte" in built.value else fte_doubt(person)
                if doubt is not None:
                    person = replace(person, fte_doubt=doubt)
                    self._doubted(index, person, built)
                people.append(person)
                line, column = built.locate(("start",)) if person.start is not None else (0, 0)
                self.start_places.append(line << 32 | column)
            if self.tick is not None and index % 2000 == 1999:
                self.tick()
        return people

    def _doubted(self, index: int, person: Person, built: Located) -> None:
        """Keeps where to warn of a person with no fte, when their kind is one warned of (ftedoubt.py)."""
        assert person.fte_doubt is not None
        said = warning(person.fte_doubt, person.title)
        if said is not None:
            self.doubts.append((named(index, person.name), person.fte_doubt, said, built.locate((said[0],))))

    def _unique(
        self, person: Person | None, built: Located, first_line: dict[str, dict[str, int]], people: list[Person]
    ) -> bool:
        """Records the person's name and id (as written when the person is invalid); False (and a problem)
        when one was used before. Names are the same when they differ only in case or spacing (`Ann Lee`,
        `ann  lee`): `explain ann` would find both, and a reader takes them for one person."""
        names: tuple[tuple[str, str | None], ...]
        if person is not None:
            names = (("name", person.name), ("id", person.id))
        elif isinstance(built.value, dict):
            names = (("name", _as_text(built.value.get("name"))), ("id", _as_text(built.value.get("id"))))
        else:
            return True
        unique = True
        for key, text in names:
            if text is None:
                continue
            text = without_invisible(text)  # `Ann Lee` and `Ann Lee\u200b` are one name to whoever reads them
            known = first_line[key]
            same = name_key(text) if key == "name" else text
            if same not in known:
                line = built.locate((key,))[0]
                if line == built.at[0] and person is not None:
                    known[same] = person.line  # an editor's line, and one int object for most people
                else:
                    known[same] = self.stream.editor_position((line, 1))[0]
                continue
            unique = False
            at, line = built.locate((key,)), known[same]
            self.problems.add_built(partial(self._duplicate, key, text, at, line, people))
        return unique

    def _duplicate(self, key: str, text: str, at: Position, line: int, people: list[Person]) -> TeamAuditError:
        """The problem of a name or id used on `line` before. A name spelt otherwise there says how: the person
        read there, the last to start on or before that line (the file's names are not kept twice to say it)."""
        spelt = ""
        if key == "name":
            from bisect import bisect_right  # only on the error path

            before = bisect_right(people, line, key=lambda p: p.line)
            written = people[before - 1].name if before else text
            if written != text and name_key(without_invisible(written)) == name_key(
                text
            ):  # else the first was no valid person
                spelt = f", as '{clipped(written)}'"
        return self.stream.error(
            f"duplicate {key} '{clipped(text)}' (first used on line {line}{spelt})",
            at,
            hint="names must be unique; add an initial or a team" if key == "name" else None,
        )

    def _other_bases(self, index: int, item: dict[Any, Any], built: Located, data: dict[str, Any]) -> set[str]:
        """The number keys the file writes as YAML 1.1 reads in another base (`cost: 150:00:00` is 540000), each a
        problem, taken out of `data`: the keys already found bad."""
        bad: set[str] = set()
        for key in _NUMBER_KEYS:
            written = built.spelled.get((key,))
            kind = other_base(written, item.get(key)) if written is not None else None
            if written is not None and kind is not None:
                problem, hint = base_problem(written, kind)
                message = f"{who(index, item)}.{key}: {problem}"
                self.problems.add(self.stream.error(message, built.locate((key,)), hint))
                bad.add(key)
                del data[key]
        return bad

    def _person(self, index: int, built: Located) -> Person | None:
        """The validated person, or None after adding each of its problems."""
        stream, item = self.stream, built.value
        if not isinstance(item, dict):
            message = f"people[{index}] must be a mapping with name and title, not {kind_of(item)}"
            self.problems.add(stream.error(message, built.at, _colon_hint(item)))
            return None
        not_text = list(person_as_written(built))  # `team: 010` is the text 010; `!!binary` is refused
        data: dict[str, Any] = {**item, "line": self.stream.editor_position(built.at)[0]}
        bad = self._other_bases(index, item, built, data)
        for key in built.refused:  # its problem is reported already
            bad.add(str(key))
            data.pop(key, None)
        for path, problem in not_text:
            key = str(path[0])
            if key not in bad:
                self.problems.add(stream.error(f"{who(index, item)}.{key}: {problem}", built.locate(path)))
                bad.add(key)
                del data[key]
        unknown = [] if _PERSON_KEY_SET.issuperset(item) else [key for key in item if key not in _PERSON_KEY_SET]
        for key in unknown:
            written = built.keys_spelled.get((key,), key)
            self.problems.add_built(partial(unknown_key, stream, built.key_location((), key), written, PERSON_KEYS))
            bad.add(str(key))
            data.pop(key, None)  # gone already when its value was refused (`titel: !!int x`)
        if "name" not in item or "title" not in item:  # one present but empty is a bad value, at its line
            meant = meant_missing(unknown, PERSON_KEYS, {"name", "title"} - set(item))
            for required in ("name", "title"):
                if required not in item:
                    bad.add(required)
                    if required not in meant:  # `role:` is reported once, not again as a missing title
                        hint = unnamed_hint(item) if required == "name" else None
                        self.problems.add(stream.error(f"{who(index, item)} is missing '{required}'", built.at, hint))
        try:
            person = Person.parse(data)
        except ValidationError as exc:
            self._invalid_values(index, built, exc, bad)
            return None
        return None if bad else _share_values(person, self.shared)

    def _invalid_values(self, index: int, built: Located, exc: ValidationError, bad: set[str]) -> None:
        """A problem for each key of a person whose value the schema refuses, and none for one reported already."""
        item = built.value
        for error in exc.errors():
            loc = error["loc"]
            key = str(loc[0]) if loc else ""
            if key in bad:
                continue  # one problem per key, and none for a key already reported missing
            bad.add(key)
            message, hint = describe(key, error, item.get(key), built.spelled.get(tuple(loc)), loc in built.quoted)
            if key == "name" and hint is None:
                hint = unnamed_hint(item)
            if key == "status":
                hint = self._status_hint(item, hint)
            problem = self.stream.error(f"{who(index, item)}.{key}: {message}", built.locate(loc), hint)
            if key == "status" and self.as_of is None and len(self.status_problems) < MAX_SHOWN:
                self.status_problems.append((problem, item))
            self.problems.add(problem)

    def _status_hint(self, item: dict[Any, Any], hint: str | None) -> str | None:
        """`status: hired` is current or planned: a start date the record gives settles which, where the hint
        without it names both."""
        from teamaudit.keyhints import means_either

        start = _as_date(item.get("start"))
        if start is None or not means_either("status", item.get("status")):
            return hint
        from teamaudit.startdates import hired_by_start

        return hired_by_start(start, self.as_of, dt.date.today())


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_date(value: object) -> dt.date | None:
    """A date, written plain or in quotes (`'2026-01-31'`, as `start` accepts it); None when it is no date."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None


def _colon_hint(item: object) -> str | None:
    """For a person written `- name Bob`: the colon it lacks."""
    from teamaudit.yamlread.yamlmessages import colonless_key

    if not isinstance(item, str) or colonless_key(item) not in _PERSON_KEY_SET:
        return None
    return f"'{clipped(item)}' has no colon; add one after '{colonless_key(item)}'?"


def _as_text(value: object) -> str | None:
    """A name or id as validation will see it, for finding duplicates; None when it is not text."""
    value = id_as_text(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _share_values(person: Person, shared: dict[Any, Any]) -> Person:
    """One object per distinct title, team or skills list: 100,000 people share a few thousand of them."""
    for key in ("title", "team", "skills", "background"):
        value = getattr(person, key)
        if value:
            kept = shared.setdefault(value, value)
            if kept is not value:
                object.__setattr__(person, key, kept)  # the same value, stored once; still frozen to callers
    return person
