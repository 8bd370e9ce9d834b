"""Pieces of text for the HTML report, every one escaped through render/escape.py: prose with its code spans and
without the team file's line numbers, money, evidence with the whole line it quotes, and the logo."""

from __future__ import annotations

import re

from teamaudit.model import Contribution, Person
from teamaudit.render.escape import CODE_SPAN
from teamaudit.render.escape import html as escape
from teamaudit.render.money import money as money_in
from teamaudit.render.money import money_range as money_range_in

# A markdown code span around what rules and rubrics quote: a key (`background:`, `thresholds.ml_ratio`) or an
# option (`--basis headcount`). Backticks around anything else, such as a name, are shown as written.


def prose(value: str) -> str:
    """Text a rule or a rubric writes for people, escaped. It names config keys as markdown code spans;
    the page shows them as <code>, never as backticks, and one may break after its dots and underscores
    (`thresholds.thin_layer_min_fte` was wider than a phone's column)."""
    return CODE_SPAN.sub(_code, escape(value))


_LINE_NUMBER = re.compile(r" \(line (\d+)\)")


def without_line_numbers(text: str, lines: frozenset[int]) -> str:
    """A finding or recommendation for a board, who has no team file open: 'Grace Liu (line 44)' is 'Grace Liu'.
    Only the lines of the file's people are taken out; the people table keeps each one's line."""
    return _LINE_NUMBER.sub(lambda m: "" if int(m.group(1)) in lines else m.group(), text)


def _code(span: re.Match[str]) -> str:
    return "<code>" + re.sub(r"([._])(?=\w)", r"\1<wbr>", span.group(1)) + "</code>"


def money(value: float | None, currency: str) -> str:
    return "" if value is None else escape(money_in(value, currency))


def money_range(low: float, high: float, currency: str) -> str:
    return escape(money_range_in(low, high, currency, dash="–"))


_CUT = "…'"


def evidence(contribution: Contribution, person: Person, text: str | None = None) -> str:
    """A piece of evidence as shown (`text`, else the contribution's own); when it quotes a line cut short, the
    whole line is its title (on hover)."""
    shown = escape(contribution.text if text is None else text)
    whole = _whole_line(contribution, person)
    return f'<span title="{escape(whole)}">{shown}</span>' if whole else shown


def _whole_line(contribution: Contribution, person: Person) -> str | None:
    """The skills, background or team line a cut quote ('…moving into…') was taken from. A redacted person
    has none of these lines, so nothing is found."""
    text = contribution.text
    start = text.rfind(": '")
    if not text.endswith(_CUT) or start < 0:
        return None
    lines = {"skills": person.skills, "background": person.background, "team": (person.team or "",)}
    cut = text[start + 3 : -len(_CUT)]
    return next((line.strip() for line in lines.get(contribution.group, ()) if line.strip().startswith(cut)), None)


def logo(uri: str | None, owner: str | None, alt: str | None = None) -> str:
    """The logo as an <img>, or nothing when there is none. render.logo.data_uri has checked the picture; only a
    base64 data: URI of an image is ever put in src. Its text is `alt` (--logo-alt: a consultant's firm's logo
    was read out as the client's), else whose logo it is ('Acme Clinical AI logo'), as a screen reader says it
    (WCAG 2.2, 1.1.1 Non-text Content): 'logo' alone named nobody. An empty `alt` marks it decorative."""
    found = re.fullmatch(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+", uri or "")
    if not found:
        return ""
    if alt is None:
        alt = f"{owner} logo" if owner and owner.strip() else "Logo"
    return f'<img class="logo" alt="{escape(" ".join(alt.split()))}" src="{escape(found.group())}">'
