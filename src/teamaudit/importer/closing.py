"""The comments and blank lines between people when the whole file goes through ruamel.yaml (yamledit._whole).

They are mostly about what follows (`# about Bo` above the next person, `# the snapshot date` above `as_of:`), but
ruamel.yaml keeps them on whatever it read last: a person's last plain value after its own comment, the last item
of its block list (`skills:`), a block scalar, or, after a flow collection, the next person or the list's end. So a
key added to the person was written below them, and removing the person removed them. `between` takes them off
wherever they were read, and `put_before` and `put_after` give them back above the next person kept, or after the
list, where a key added to the person before them never goes.
"""

from __future__ import annotations

from typing import Any


def between(people: Any) -> list[str]:
    """The comments after each person, up to the next or the list's end, taken off the list as the file wrote them."""
    after = [_take_closing(person) for person in people]
    for index in range(1, len(people)):
        after[index - 1] += _take_before(people, index)
    if after:
        after[-1] += _text(people.ca.end)
        people.ca.end = []
    return after


def head(people: Any) -> str:
    """The comments above a flow-style list's first person, taken off it: ruamel.yaml keeps them on that person, and
    removing it removed them. A block list keeps them on the list, whoever comes first."""
    return _take_before(people, 0) if people and people.fa.flow_style() else ""


def put_before(parent: Any, people: Any, index: int, text: str) -> None:
    """`text` from between() above people[index], after any comments already there."""
    if index == 0 and not people.fa.flow_style():
        # ruamel.yaml writes the comments above the first item from the `people` key's, when it has any
        entry = _entry(parent.ca.items, "people")
        comments = [*(entry[3] or _first(people)), _token(text)]
        entry[3] = comments
        people.ca.comment = [people.ca.comment[0] if people.ca.comment else None, comments]
        return
    entry = _entry(people.ca.items, index)
    entry[1] = [*(entry[1] or []), _token(text)]
    _writes_comments(people)


def put_after(parent: Any, people: Any, text: str) -> None:
    """`text` from between() after the list: after its last person, or, as ruamel.yaml writes no comment at the end
    of a flow-style list, after its `]`."""
    if not text:
        return
    if people and not people.fa.flow_style():
        people.ca.end = [_token(text)]
        _writes_comments(people)
        return
    entry = _entry(parent.ca.items, "people")
    above = "" if people else _text(entry[3] or _first(people))  # an empty list writes none but its line's own
    if not people:
        entry[3] = people.ca.comment = None
    own = entry[2].value if entry[2] is not None else "\n"
    entry[2] = _token(own + above + text)


def _writes_comments(people: Any) -> None:
    # ruamel.yaml writes a list's item and end comments only when the list has comments of its own, even none
    if people.ca.comment is None:
        people.ca.comment = [None, None]


def _take_closing(person: Any) -> str:
    """The lines after the comment on the line of `person`'s last value (the deepest last item of its block
    collections), taken off it."""
    place = _last_place(person)
    if place is None:
        return ""
    node, key, slot = place
    entry = node.ca.items.get(key)
    token = entry[slot] if entry and len(entry) > slot else None
    if token is None:
        return ""
    if _is_block_scalar(node[key]):  # ended by a line break: what ruamel.yaml keeps after it starts a line
        entry[slot] = None
        return _text([token])
    own, newline, rest = token.value.partition("\n")
    token.value = own + newline
    return str(rest)


def _last_place(node: Any) -> tuple[Any, Any, int] | None:
    """(collection, key, slot of its comment entry) of the value `node` holds last, inside its block collections."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap) and node:
        key, slot = next(reversed(node)), 2
    elif isinstance(node, CommentedSeq) and node:
        key, slot = len(node) - 1, 0
    else:
        return None
    value = node[key]
    if isinstance(value, CommentedMap | CommentedSeq) and value and not value.fa.flow_style():
        return _last_place(value)
    return node, key, slot


def _is_block_scalar(value: Any) -> bool:
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    return isinstance(value, LiteralScalarString | FoldedScalarString)


def _take_before(people: Any, index: int) -> str:
    """The comments ruamel.yaml keeps above people[index] (after a flow value, or anywhere in a flow list)."""
    entry = people.ca.items.get(index)
    if not entry or len(entry) < 2 or not entry[1]:
        return ""
    text = _text(entry[1])
    entry[1] = None
    return text


def _first(people: Any) -> list[Any]:
    comment = people.ca.comment
    return list(comment[1] or []) if comment and len(comment) > 1 else []


def _text(tokens: list[Any] | None) -> str:
    """Comment tokens as the file wrote them: ruamel.yaml keeps each one's first line without its indentation."""
    return "".join(" " * token.start_mark.column + token.value for token in tokens or () if token is not None)


def _entry(items: dict[Any, Any], key: Any) -> list[Any]:
    entry = items.setdefault(key, [None, None, None, None])
    entry += [None] * (4 - len(entry))
    return entry  # type: ignore[no-any-return]


def _token(text: str) -> Any:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    return CommentToken(text, CommentMark(0), None)
