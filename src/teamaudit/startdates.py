"""A start date its status contradicts: someone `current` who starts after the file's date, or a `planned` hire
whose start has passed. Not an error: the audit counts people by their status, and either may be meant (an
offer accepted before its start date went in, a start that slipped). But it is most often a status nobody
updated, which moves a person between the current and the plan view, so `check` says so on stderr."""

from __future__ import annotations

import datetime as dt

from teamaudit.model import Status


def start_note(status: Status, start: dt.date, as_of: dt.date | None, today: dt.date) -> str | None:
    """What is odd about `start` for a person of `status`, dated by the file's `as_of`, else `today`; None when
    nothing is."""
    date = as_of or today
    than = f"as_of {as_of.isoformat()}" if as_of else f"today, {today.isoformat()}"
    if status is Status.CURRENT and start > date:
        return f"status current but start {start.isoformat()} is after {than} (not started yet: planned?)"
    if status is Status.PLANNED and start < date:
        return f"status planned but start {start.isoformat()} is before {than} (still planned, or on staff?)"
    return None


def hired_by_start(start: dt.date, as_of: dt.date | None, today: dt.date) -> str:
    """Which of current and planned a `status: hired` means, settled by the person's start date against the file's
    `as_of`, else `today`: a start that has come is staff today, one still ahead a decided hire."""
    date = as_of or today
    than = f"as_of {as_of.isoformat()}" if as_of else f"today, {today.isoformat()}"
    if start > date:
        return f"did you mean planned? start {start.isoformat()} is after {than}: a decided hire who has not started"
    return f"did you mean current? start {start.isoformat()} is not after {than}: on staff"
