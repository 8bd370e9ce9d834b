"""A team file's text values written as numbers or dates, read as the file writes them. YAML 1.1 reads `team: 010`
as 8, `organization: 0x1F` as 31, `name: 1_000` as 1000, `title: 1.10` as 1.1 and `team: 2026-1-5` as a date; where
the file holds text (a name, a title, a team, an id, a skill, a background line, the organization), the value is the
text written: `010`, `0x1F`, `1_000`, `1.10`, `2026-1-5`. So `check` reads these as an editor reading the file with
the published JSON Schema (YAML 1.2, where a date is text) does. A value YAML reads as true or false (`team: yes`)
stays a problem that says so and how to quote it; left empty (`~`, `null`, nothing), it stays empty.

A value the file tags as something else than text is no text written by chance, and is refused: `!!binary
aGVsbG8=` (which validation would otherwise decode into `hello`), `!!int 7`, `!!timestamp 2026-01-01`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from teamaudit.typedvalues import BINARY
from teamaudit.yamlread.yamlnodes import Located, Path_, short_tag

TEXT_KEYS = ("name", "title", "id", "team")  # one text each
LIST_KEYS = ("skills", "background")  # one text, or a list of them

_TAGGED = {
    "!!int": "a number",
    "!!float": "a number",
    "!!bool": "true/false",
    "!!timestamp": "a date",
    "!!merge": "a merge key",
}


def person_as_written(located: Located) -> Iterator[tuple[Path_, str]]:
    """Turn each text value of a person (`located.value`) into the text written, in place; yields the path and
    problem of each value tagged as no text."""
    item = located.value
    if not isinstance(item, dict):
        return
    for key in (*TEXT_KEYS, *LIST_KEYS):
        if key not in item:
            continue
        value = item[key]
        pieces = enumerate(value) if key in LIST_KEYS and isinstance(value, list) else [(None, value)]
        for index, piece in pieces:
            path = (key,) if index is None else (key, index)
            text, problem = as_written(located, path, piece)
            if problem is not None:
                yield path, problem
            elif index is None:
                item[key] = text
            else:
                value[index] = text


def as_written(located: Located, path: Path_, value: object) -> tuple[object, str | None]:
    """The text the file writes for `value`, the value at `path`, where text belongs: the value itself when it is
    text, empty or a collection (validation says what is wrong with those); or a problem for a tagged one."""
    if value is None or isinstance(value, str | list | dict):
        return value, None
    if isinstance(value, bytes):
        return value, BINARY
    tag = located.tagged.get(path)
    if tag is not None:
        shown = short_tag(tag)
        return value, f"{_TAGGED.get(shown, 'a value')} ({shown}) is not text; write the text itself, without the tag"
    if isinstance(value, int | float | dt.date) and not isinstance(value, bool):
        return located.spelled.get(path, value), None
    return value, None
