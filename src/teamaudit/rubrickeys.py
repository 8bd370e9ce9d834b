"""The words of a rubric file other modules read it by: the fields of a person a signal's `field:` reads, and the
suffix of a recommendation's client sentence."""

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

# A `recommendations:` key for the client's sentence of a wording (`TA004_client`), beside its own (`TA004`): the HTML
# report shows it, where the wording tells the consultant which key of the team file to write
CLIENT = "_client"
