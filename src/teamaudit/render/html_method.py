"""The HTML report's Methodology, written for the client who reads it: what was counted, how people were placed
in layers, what the threshold is and where it comes from, how sure the placing is; then a technical appendix
that keeps the settings' keys, each value beside its source, and names where each rule is documented."""

from __future__ import annotations

from teamaudit.choices import Basis
from teamaudit.model import Report, Severity
from teamaudit.render.escape import html as escape
from teamaudit.render.html_text import prose
from teamaudit.render.prose import SEVERITY_NOUNS, counted
from teamaudit.rules import RULES
from teamaudit.rules.base import threshold_figure
from teamaudit.rules.ta001_ml_over_index import ARTICLE_RATIO

ARTICLE = "Klement Gunndu, \u201cWhy Your Healthcare AI Hiring Strategy Is Completely Backwards\u201d"
OUTNUMBER = (
    "\u201cIf your ML researchers outnumber these roles combined, you\u2019re over-indexed on solved problems.\u201d"
)

_SEVERITY_WORDS = dict(SEVERITY_NOUNS)
HAS = ("has", "have")


def methodology(report: Report) -> str:
    return (
        '<section id="methodology"><h2>Methodology</h2>'
        "<p>Healthcare-AI products rarely fail on model quality; they fail on adoption, integration and compliance. "
        f"The three-layer team ({ARTICLE}) needs clinical domain experts, EHR integration specialists, and compliance "
        f"and validation engineers. Its audit: {OUTNUMBER} "
        "Regulators agree: FDA, Health Canada and MHRA, <em>Good Machine Learning Practice</em> (2021), "
        "principle 1.</p>"
        f"<h3>What was counted</h3><p>{_counted(report)}</p>"
        f"<h3>How people were placed in layers</h3><p>{_placed(report)}</p>"
        f"<h3>The threshold and where it comes from</h3><p>{_threshold(report)}</p>"
        f"<h3>How sure the placing is</h3><p>{_how_sure(report)}</p>"
        f"{_checks()}{_appendix(report)}"
        f"{_SOURCES}{_measured(report)}</ul></section>"
    )


def _counted(report: Report) -> str:
    unit = (
        "each person counts as one, whatever their hours"
        if report.basis is Basis.HEADCOUNT
        else "each person counts by their share of a full-time week (FTE): a half-time advisor counts 0.5"
    )
    view = (
        "current staff together with planned hires and open requisitions"
        if report.said(report.scope) == "plan"
        else "current staff only"
    )
    as_of = f" as of {report.as_of.isoformat()}" if report.as_of else ""
    return (
        f"Everyone in the team file{as_of}: {counted(len(report.people), 'person', 'people')}, employees and "
        f"contractors, advisors, planned hires and open requisitions alike. The verdict is the "
        f"<strong>{report.said(report.scope)}</strong> view's: {view}; {unit}."
    )


def _placed(report: Report) -> str:
    rubric = f"{escape(report.rubric.name)} {escape(report.rubric.version)}"
    declared = sum(1 for p in report.people if p.classification.source == "declared")
    return (
        "Each person is placed in one of five layers (clinical, integration, compliance, ML research, other) from "
        f"the words of their title, skills and background, by the <strong>{rubric}</strong> rubric: a list of "
        "titles, credentials and hands-on experience for each layer. A layer the team file states for a person is "
        "used as stated, and flagged where the person's own record points elsewhere; "
        + (f"in this file, {_of(declared, report, HAS)} one." if declared else "nobody in this file has one.")
    )


def _threshold(report: Report) -> str:
    return (
        "The team is over-indexed when ML research outnumbers the three layers combined: when ML research divided by "
        "clinical, integration and compliance together is above "
        f"<strong>{threshold_figure(report.rubric.ml_ratio)}</strong>; an equal count passes. Source: "
        f"{_ratio_source(report)}. How few people make a layer thin, and how sure a placing must be, are "
        "teamaudit\u2019s own heuristics, not published figures: no published benchmark of clinical-to-engineering "
        "staffing ratios exists."
    )


def _ratio_source(report: Report) -> str:
    """Where the threshold comes from, decided here alone, in the words the Methodology and its appendix both give
    (they said it two ways, each deciding for itself whether the threshold is the article's)."""
    if report.rubric.ml_ratio == ARTICLE_RATIO:
        return f"the article\u2019s \u201coutnumber\u201d ({ARTICLE})"
    return (
        "set for this audit by its rubric or configuration, not the article\u2019s \u201coutnumber\u201d, which is "
        f"{ARTICLE_RATIO:.2f} ({ARTICLE})"
    )


def _how_sure(report: Report) -> str:
    threshold = report.rubric.confidence
    unsure = sum(1 for p in report.people if p.classification.unsure(threshold))
    return (
        "Each placing carries a confidence from 0 to 1, shown beside every person in People by layer. A person "
        f"placed below {threshold:.2f} (a heuristic), or whose title matched no entry and whose layer is a guess "
        "from single words, is listed as a note to confirm, and a guess never holds a layer up on its own. In this "
        f"report, {_of(unsure, report)} to confirm. Stating a person\u2019s "
        "layer in the team file, or adding their background, settles it."
    )


def _of(count: int, report: Report, verb: tuple[str, str] = ("is", "are")) -> str:
    """'3 of the 40 people are', '1 of the 40 people is', 'none of the 40 people is'."""
    people = counted(len(report.people), "person", "people")
    return f"{f'{count:,}' if count else 'none'} of the {people} {verb[0] if count < 2 else verb[1]}"


def _checks() -> str:
    rows = "".join(
        f"<tr><td>{escape(rule.CLIENT)}</td><td>{_severity(rule.SEVERITY)}</td><td>{rule.ID} {rule.NAME}</td></tr>"
        for rule in RULES
    )
    return (
        "<h3>The checks</h3><p>An error fails the audit; a warning and a note are shown and do not.</p>"
        '<div class="table"><table><thead><tr><th>What is checked</th><th>Shown as</th><th>Rule</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _severity(severity: Severity) -> str:
    noun = _SEVERITY_WORDS[severity]
    return noun[:1].upper() + noun[1:]


def _appendix(report: Report) -> str:
    """The settings' keys, each with the value this report used and its source; each rule's documentation is
    named, not copied: it is developer text, and copied in it took a client report one or two A4 pages more."""
    settings = [
        ("rubric", f"{escape(report.rubric.name)} {escape(report.rubric.version)}", _rubric_source(report)),
        (prose("`--scope`"), report.scope.value, "the run\u2019s setting"),
        (prose("`--basis`"), report.basis.value, "the run\u2019s setting"),
        (prose("`--fail-on`"), report.fail_on.value, "the run\u2019s setting"),
        _run_result(report),
        (prose("`thresholds.ml_ratio`"), f"{threshold_figure(report.rubric.ml_ratio)}", _ratio_source(report)),
        (prose("`thresholds.confidence`"), f"{report.rubric.confidence:.2f}", "a teamaudit heuristic"),
        *_currency(report),
    ]
    rows = "".join(f"<tr><td>{key}</td><td>{value}</td><td>{source}</td></tr>" for key, value, source in settings)
    return (
        "<h3>Technical appendix</h3>"
        '<div class="table"><table><thead><tr><th>Setting</th><th>This report</th><th>Source</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
        f"<p>Each rule, the settings it reads and exactly what it fires on: docs/rules/{RULES[0].ID}.md to "
        f"docs/rules/{RULES[-1].ID}.md in teamaudit {escape(report.tool_version)}.</p>"
    )


def _run_result(report: Report) -> tuple[str, str, str]:
    """The run's PASS or FAIL, the exit code's: the cover states the audit's verdict whatever `--fail-on` gates, so a
    reader of `check --format html` in CI finds here what the job did with it."""
    failed = report.verdict == "fail"
    return (
        "the run\u2019s result",
        f'<span id="run-result">{"FAIL" if failed else "PASS"}</span>',
        prose(f"exit code {1 if failed else 0}: an unaccepted finding at or above `--fail-on` fails the run"),
    )


def _currency(report: Report) -> list[tuple[str, str, str]]:
    """The team file's `currency:` where its costs are read in the rubric's for want of one: how to name it is the
    consultant's to read here, not an instruction in the client's sentences about the totals."""
    costs = any(c.amount is not None or c.withheld for c in report.cost_totals)
    if not costs or report.cost_currency_named:
        return []
    return [
        (
            prose("`currency:`"),
            f"none: {escape(report.cost_currency)} assumed",
            prose("the team file: `currency: EUR` (or another ISO 4217 code) at its top names its costs' currency"),
        )
    ]


def _rubric_source(report: Report) -> str:
    return "packaged with teamaudit" if report.rubric.packaged else "a rubric file of the consultant\u2019s own"


def _measured(report: Report) -> str:
    """Which rubric the measured accuracy is of: a report made with a rubric of one's own (a consultant's for a
    client's unusual titles) cited the packaged rubric's measurement as if it were this one's."""
    if report.rubric.packaged:
        return f"<li>{_MEASURED}</li>"
    rubric = f"{escape(report.rubric.name)} {escape(report.rubric.version)}"
    return (
        f"<li>{_MEASURED} This report's rubric, {rubric}, is not the packaged one (it is read from a file of its own, "
        "even where it extends the packaged rubric or copies it): teamaudit has not measured how often it places "
        "people rightly.</li>"
    )


_SOURCES = (
    "<h3>Sources</h3><ul>"
    f"<li>{ARTICLE}: the three layers and the audit.</li>"
    "<li>Axe Recruiting, healthcare AI compensation benchmarks, 2026: the salary ranges.</li>"
    "<li>FDA, Health Canada, MHRA, <em>Good Machine Learning Practice for Medical Device Development: Guiding "
    "Principles</em> (2021).</li>"
)
_MEASURED = (
    "The default rubric is measured on job titles from the O*NET 29.3 Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET\u00ae is a "
    "trademark of USDOL/ETA."
)
