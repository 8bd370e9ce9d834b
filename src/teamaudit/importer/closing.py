"""The comments and blank lines after a person's last value, which ruamel.yaml keeps on that value.

They are mostly about what follows (`# about Bo` above the next person, `# the snapshot date` above `as_of:`), but a
key added to the person was written below them, and a person added to the list after them; a person removed took
them along. When the whole file goes through ruamel.yaml (yamledit._whole), they are taken off the person's last
value before it is edited and given back to whatever comes last in its place. Only a person whose last value is a
scalar is handled; the comments after a last list or mapping stay where ruamel.yaml keeps them.
"""

from __future__ import annotations

from typing import Any


def take(person: Any) -> str:
    """The lines after the end-of-line comment of `person`'s last value, taken off it; '' when there are none."""
    token = _token(person)
    if token is None:
        return ""
    value: str = token.value
    own, newline, rest = value.partition("\n")
    if not rest:
        return ""
    token.value = own + newline
    return rest


def give(person: Any, rest: str) -> None:
    """Put `rest`, from take(), after `person`'s last value."""
    if not rest:
        return
    token = _token(person)
    if token is not None:
        token.value = token.value.rstrip("\n") + "\n" + rest if token.value.strip() else "\n" + rest
        return
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if isinstance(person, CommentedMap) and person and not isinstance(person[_last(person)], dict | list):
        person.ca.items[_last(person)] = [None, None, CommentToken("\n" + rest, CommentMark(0), None), None]


def _token(person: Any) -> Any:
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(person, CommentedMap) or not person:
        return None
    last = _last(person)
    if isinstance(person[last], dict | list):
        return None
    entry = person.ca.items.get(last)
    return entry[2] if entry and len(entry) > 2 else None


def _last(person: Any) -> Any:
    return next(reversed(person))
