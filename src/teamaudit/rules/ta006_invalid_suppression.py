"""TA006 invalid-suppression: a suppression in the config has no reason or has expired.

Accepting a finding is a decision someone must be able to read and revisit: every `ignore:` entry needs a
`reason`, and one whose `until` date has passed no longer applies. The finding it covered is reported again.
It is about the config, not the team, so it is in every view: each view's verdict counts it whatever `--scope`
says, and the plan never fixes it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from teamaudit.model import ClassifiedPerson, Finding, Recommendation, Severity
from teamaudit.rules.base import AuditView, Wording

ID = "TA006"
NAME = "invalid-suppression"
SEVERITY = Severity.WARNING
PER_PERSON = False
CLOSES_GAP = False
SAID_AS: Final = "rule"
CLIENT = "A finding was accepted without a written reason, or the acceptance has expired."
WORDING: dict[str, Wording] = {}


def check(view: AuditView) -> Iterator[Finding]:
    for suppression in view.suppressions:
        problem = suppression.problem(view.today)
        if problem:
            yield Finding(
                rule=ID,
                name=NAME,
                severity=SEVERITY,
                message=f"the suppression of {suppression.rule} at {suppression.where} {problem}; it does not apply",
                view=view.view,
                file=suppression.file or None,
                line=suppression.line,
                subject=":".join(
                    str(part or "")
                    for part in (suppression.rule, suppression.layer, suppression.person, suppression.view)
                ),
            )


def advise(finding: Finding, view: AuditView, named: Mapping[str, ClassifiedPerson]) -> list[Recommendation]:
    return []  # the finding says what to fix in the config
