"""The annual cost of each view from the team file's `cost:` fields, shown only where it cannot reveal anyone's
pay, with or without --redact: a total over fewer than three people is withheld, and so is the plan's when the
people it adds to current staff are one or two (plan minus current would be their pay). Per-person pay is never
shown. With --redact, a total is also withheld where most of its people cost the same: a reader who knows that one
figure (their own pay, a flat band) learns from the total the pay of those who do not share it (docs/redaction.md)."""

from __future__ import annotations

from teamaudit.counts import counted
from teamaudit.model import CostTotal, Roster, Scope, Status

# Fewer people than this in a pay total could reveal one person's pay.
MIN_PAY_GROUP = 3
# Costs this close to one another count as the same under --redact: the total over the head count gives each to 5%.
ALIKE = 0.05


def pay_totals(roster: Roster, *, redact: bool = False) -> tuple[CostTotal, ...]:
    current = [p.cost for p in roster.people if p.cost and p.status is Status.CURRENT]
    added = [p.cost for p in roster.people if p.cost and p.status is not Status.CURRENT]
    plan = current + added
    uncosted = [p.status for p in roster.people if not p.cost]
    alike = _too_alike(added, "the", "people it adds to current staff") if redact else None
    plan_withheld = _withheld(plan, redact) or _too_few_added(added) or alike
    return (
        CostTotal(
            Scope.CURRENT, *_shown(current, _withheld(current, redact)), roster.currency, uncosted.count(Status.CURRENT)
        ),
        CostTotal(Scope.PLAN, *_shown(plan, plan_withheld), roster.currency, len(uncosted)),
    )


def _withheld(costs: list[float], redact: bool) -> str | None:
    return _too_few(costs) or (_too_alike(costs, "its", "people") if redact else None)


def _shown(costs: list[float], withheld: str | None) -> tuple[float | None, str | None]:
    if withheld:
        return None, withheld
    return (round(sum(costs), 2) if costs else None), None


def _too_few(costs: list[float]) -> str | None:
    if not 0 < len(costs) < MIN_PAY_GROUP:
        return None
    who = f"{counted(len(costs), 'person', 'people')} {'has' if len(costs) == 1 else 'have'}"
    return f"only {who} a cost, and a total over fewer than {MIN_PAY_GROUP} people would reveal one person's pay"


def _too_few_added(added: list[float]) -> str | None:
    if not 0 < len(added) < MIN_PAY_GROUP:
        return None
    whose = counted(len(added), "person's cost", "people's costs")
    return f"it adds {whose} to current staff's, and plan minus current would reveal their pay"


def _too_alike(costs: list[float], whose: str, people: str) -> str | None:
    """Why a total over people most of whom cost about the same is withheld under --redact: 12 people at $150,000 made
    '$1,800,000', the total over the head count, each one's pay; with 11 of them at $150,000, a reader who knows that
    figure (their own) learns the twelfth's; and $150,000 and $150,001 give it to the dollar. A total is shown only
    when MIN_PAY_GROUP or more of its people cost otherwise than the largest group within ALIKE of each other (where
    no two costs are that close, _too_few's rule holds alone)."""
    shared = _most_alike(sorted(costs))
    if shared < 2 or len(costs) - shared >= MIN_PAY_GROUP:
        return None
    return (
        f"{shared} of {whose} {len(costs)} {people} cost within {ALIKE:.0%} of each other, and a redacted total "
        f"needs {MIN_PAY_GROUP} who cost otherwise, or it would reveal one person's pay"
    )


def _most_alike(costs: list[float]) -> int:
    """The most of the sorted costs that lie within ALIKE above one of them."""
    most, low = 0, 0
    for high, cost in enumerate(costs):
        while cost > costs[low] * (1 + ALIKE):
            low += 1
        most = max(most, high - low + 1)
    return most
