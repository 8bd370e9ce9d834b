"""The fields of a person a rubric signal reads, by its `field:` value."""

from __future__ import annotations

from typing import Literal

Field_ = Literal["title", "skills", "background", "team", "text", "any"]

# The fields of a person each signal's `field:` value reads.
FIELDS_READ: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "skills": ("skills",),
    "background": ("background",),
    "team": ("team",),
    "text": ("skills", "background"),
    "any": ("title", "skills", "background", "team"),
}
