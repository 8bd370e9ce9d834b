"""The annual cost of each view from the team file's `cost:` fields, shown only where it cannot reveal anyone's
pay, with or without --redact: a total over fewer than three people is withheld, and so is the plan's when the
people it adds to current staff are one or two (plan minus current would be their pay). Per-person pay is never
shown."""

from __future__ import annotations

from teamaudit.counts import counted
from teamaudit.model import CostTotal, Roster, Scope, Status

# Fewer people than this in a pay total could reveal one person's pay.
MIN_PAY_GROUP = 3


def pay_totals(roster: Roster) -> tuple[CostTotal, ...]:
    current = [p.cost for p in roster.people if p.cost and p.status is Status.CURRENT]
    added = [p.cost for p in roster.people if p.cost and p.status is not Status.CURRENT]
    plan = current + added
    uncosted = [p.status for p in roster.people if not p.cost]
    return (
        CostTotal(Scope.CURRENT, *_shown(current, _too_few(current)), roster.currency, uncosted.count(Status.CURRENT)),
        CostTotal(Scope.PLAN, *_shown(plan, _too_few(plan) or _too_few_added(added)), roster.currency, len(uncosted)),
    )


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
