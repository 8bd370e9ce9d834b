"""The comment import writes on an accepted offer's line when nothing else tells it from one typed by hand.

A planned hire an import writes under its candidate's name, with no requisition id, looks like one a person typed:
`--remove-missing` could remove neither. So import ends its first line with OFFER_MARK, and a later merge removes it
only when that line still ends with the mark as a comment. Deleting the comment keeps the person for good; a person
typed by hand is never removed, since nobody types the mark by chance.
"""

from __future__ import annotations

from typing import Any

import yaml

OFFER_MARK = "teamaudit import: accepted offer, removable by --remove-missing"
MARKED = "_offer_mark"  # a key of an imported person's dict, never written: the person is to be marked


def marked_line(line: str, name: str) -> bool:
    """Whether a person's first line, `- name: Tess Morgan  # <OFFER_MARK>`, ends with the mark as a comment: what
    comes before it must read as that person's name alone, so a mark inside a quoted name is not one."""
    text = line.rstrip("\r\n").rstrip()
    before, sep, after = text.rpartition("#")
    if not sep or after.strip() != OFFER_MARK or not before[-1:].isspace():
        return False
    try:
        read: Any = yaml.safe_load(before)
    except yaml.YAMLError:
        return False
    return isinstance(read, list) and len(read) == 1 and isinstance(read[0], dict) and read[0].get("name") == name
