"""The team file's problems in words: who a message is about (`people[3] (Ann Lee)`), the name a requisition with
none could take, the key an unknown one most likely meant, and what a value is when it is not what the file needs."""

from __future__ import annotations

from typing import Any

from teamaudit.errors import HIDDEN_VALUE, TeamAuditError, clipped, quoted_key
from teamaudit.invisible import UNSEEN
from teamaudit.yamlread.yamlstream import Position, YamlStream


def who(index: int, item: dict[Any, Any]) -> str:
    """`people[3] (Ann Lee)`: a person as a message about them names them; only made for a message, so that
    --redact, which hides every name a message quoted, does not collect every name in the file."""
    name = item.get("name")
    return (
        f"people[{index}] ({clipped(name.strip())})" if isinstance(name, str) and name.strip() else f"people[{index}]"
    )


def unnamed_hint(item: dict[Any, Any]) -> str | None:
    """What to call a requisition or a hire with no name yet, which a team file still names to tell people apart:
    the title, as YAML quotes it, unless --redact hides it."""
    title, status = item.get("title"), item.get("status")
    if not isinstance(title, str) or not title.strip() or not isinstance(status, str):
        return None
    kind = {"open": ("an open requisition", "Open req"), "planned": ("a planned hire", "Planned hire")}
    role, label = kind.get(status.strip().lower(), (None, None))
    if role is None:
        return None
    if clipped(title) == HIDDEN_VALUE:
        return f"{role} needs one too, unique in the file: e.g. {label} and its title"
    example = "'" + f"{label} - {_name_words(title)}".replace("'", "''") + "'"
    return f"{role} needs one too, unique in the file: e.g. name: {example}"


_HINT_TITLE = 60  # characters of a title a suggested name holds: a name, pasted, must fit MAX_NAME


def _name_words(title: str) -> str:
    """The title's first words, up to _HINT_TITLE characters, on one line: a 1 MB title suggested a name holding
    its cut-down quote ('... [999,997 characters]'), and a 250-character one a name over MAX_NAME. Control and
    invisible characters are left out: the message shows them escaped ('\\x1b[31m'), which pasted back named no one."""
    seen = UNSEEN.sub("", title[: _HINT_TITLE * 4])
    head = seen[: _HINT_TITLE + 1]
    words = head.split()
    if len(seen) > len(head) and not seen[len(head)].isspace() and len(words) > 1:
        words.pop()  # a word the cut split
    while len(" ".join(words)) > _HINT_TITLE and len(words) > 1:
        words.pop()
    return " ".join(words)[:_HINT_TITLE]


def named(index: int, name: str) -> str:
    """`people[3] (Ann Lee)` in a warning, as an error names a person; `people[3]` with --redact, whose `clipped`
    hides the name (warnings are not errors, which privacy.py redacts on their way out)."""
    shown = clipped(name)
    return f"people[{index}]" if shown == HIDDEN_VALUE else f"people[{index}] ({shown})"


def unknown_key(stream: YamlStream, at: Position, key: object, known: tuple[str, ...]) -> TeamAuditError:
    """The problem of a key not in `known`: made only for a problem that is shown, as its hint compares the key
    with every key and synonym (a millisecond a key: 40,000 unknown keys took 56 s)."""
    from teamaudit.keyhints import is_contact_key, meant_key, reads_as_key, unknown_key_hint

    shown = quoted_key(key, meant=reads_as_key(key, meant_key(key, known), known) or is_contact_key(key))
    return stream.error(f"unknown key {shown}", at, hint=unknown_key_hint(key, known))


def meant_missing(unknown: list[object], known: tuple[str, ...], missing: set[str]) -> set[str | None]:
    """The `missing` keys the `unknown` ones most likely mean (`role` is title): those are reported once, as
    unknown, not again as missing."""
    if not unknown:
        return set()
    from teamaudit.keyhints import may_mean, meant_key

    return {meant_key(key, known) for key in unknown if may_mean(key, known, missing)} & missing


def kind_of(value: object) -> str:
    if value is None:
        return "nothing"
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
    }.get(type(value), type(value).__name__)
