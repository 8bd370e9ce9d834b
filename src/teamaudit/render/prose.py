"""Words for people, shared by the reports people read: each layer's display name, counts in the plural only
when there is more than one (`counted`, which lives with the rules' words, as findings count people too), and how
many of a severity's findings are suppressed."""

from __future__ import annotations

from collections.abc import Iterable

from teamaudit.counts import counted as counted  # the one plural helper, which rules' messages use too
from teamaudit.model import LAYER_NAMES, Finding, Layer, Severity  # LAYER_NAMES: the one table of display names


def layer_name(layer: Layer) -> str:
    """A layer's name inside a sentence: 'no integration layer', 'ML research outnumbers ...'."""
    return LAYER_NAMES[layer]


def layer_label(layer: Layer) -> str:
    """A layer's name on its own, as a table cell or a heading: 'Clinical', 'ML research'."""
    name = LAYER_NAMES[layer]
    return name[:1].upper() + name[1:]


def suppressed_of(findings: Iterable[Finding], severity: Severity) -> str:
    """' (1 suppressed)' after a count of findings of `severity` some of which a suppression accepts, else '': a
    PASS beside '1 error' read as a broken gate."""
    count = sum(1 for f in findings if f.severity is severity and f.suppressed)
    return f" ({count:,} suppressed)" if count else ""


# What each severity's findings are called in a count: info findings are notes ('no notes', '1 note').
SEVERITY_NOUNS = ((Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "note"))


def tally(findings: Iterable[Finding]) -> str:
    """'2 errors, 3 warnings, no notes', with how many of each are suppressed: the one count of findings the text
    and HTML reports give (text said '0 errors, 0 warnings, 0 info' where HTML said 'no ... notes')."""
    found = tuple(findings)
    return ", ".join(
        counted(sum(1 for f in found if f.severity is severity), noun) + suppressed_of(found, severity)
        for severity, noun in SEVERITY_NOUNS
    )
