"""The names exports give a column of the hours a person works a week, as columns.canonical writes them.

Workday's 'Standard Hours Per Week' was not among them, and part-timers came in as full time without a word. The
names vary by vendor and by whoever built the report: a qualifier (Workday's 'Scheduled Weekly Hours' and 'Default
Weekly Hours', Personio's 'Weekly working hours', UK 'Contracted Hours Per Week'), hours or hrs, and 'per week',
'/week', '/wk' or 'weekly'. So they are made from those parts rather than listed one by one. 'Hours' alone, or
'Working Hours' (often '9-5'), is no weekly count, and neither is 'Hours Worked' (a timesheet's).
"""

from __future__ import annotations

_QUALIFIERS = (
    "",
    "standard ",
    "std ",
    "scheduled ",
    "default ",
    "contracted ",
    "contract ",
    "contractual ",
    "regular ",
    "normal ",
    "working ",
    "work ",
    "standard working ",
    "contracted working ",
    "scheduled working ",
    "budgeted ",
)
_HOURS = ("hours", "hrs", "hour", "hr")
_PER_WEEK = (" per week", " week", " wk", " per wk", " a week", " pw", " weekly")


def weekly_hours_names() -> tuple[str, ...]:
    """'standard hours per week', 'std hrs wk', 'weekly working hours', 'contracted weekly hours'...: every
    qualifier with every spelling of hours a week, the qualifier before the hours or after 'weekly'."""
    names: dict[str, None] = {}  # ordered, without repeats
    for qualifier in _QUALIFIERS:
        for hours in _HOURS:
            for week in _PER_WEEK:
                names[f"{qualifier}{hours}{week}"] = None
            names[f"{qualifier}weekly {hours}"] = None
            names[f"weekly {qualifier}{hours}"] = None
    return tuple(names)
