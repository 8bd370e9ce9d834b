"""How near a view that passes the over-indexing test is to failing it: the article's test is "outnumber", so a
team exactly at the threshold passes, and so does one a part-time ML hire short of it. Neither is a finding; the
reports say it as a note beside the verdict, so the next ML hire is not a surprise."""

from __future__ import annotations

from teamaudit.model import Composition

ONE_HIRE = 1.0  # one full-time ML hire (1.0 FTE), or one person with --basis headcount


def room_before_over(c: Composition, ratio: float) -> float | None:
    """How much ML research the view can still add before it is over-indexed, when one more ML hire would take
    it over (0.0 at the threshold exactly); None when there is more room than that, or none left (TA001)."""
    room = ratio * c.layers - c.ml
    if room < -1e-9 or room >= ONE_HIRE - 1e-9:
        return None
    return round(max(room, 0.0), 6)
