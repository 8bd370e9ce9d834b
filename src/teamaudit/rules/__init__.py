"""The registry of audit rules, in id order. A rule is a module holding all it knows: see base.Rule."""

from __future__ import annotations

from teamaudit.rules import (
    ta001_ml_over_index,
    ta002_missing_layer,
    ta003_thin_layer,
    ta004_unproven_layer,
    ta005_unclear_classification,
    ta006_invalid_suppression,
    ta007_declared_layer_contradicts_evidence,
)
from teamaudit.rules.base import Rule, Wording

RULES: tuple[Rule, ...] = (
    ta001_ml_over_index,
    ta002_missing_layer,
    ta003_thin_layer,
    ta004_unproven_layer,
    ta005_unclear_classification,
    ta006_invalid_suppression,
    ta007_declared_layer_contradicts_evidence,
)

BY_ID: dict[str, Rule] = {rule.ID: rule for rule in RULES}
BY_NAME: dict[str, Rule] = {rule.NAME: rule for rule in RULES}
# Every recommendation template a rubric may word, by key, in rule order.
WORDING: dict[str, Wording] = {key: wording for rule in RULES for key, wording in rule.WORDING.items()}


def doc(rule: Rule) -> str:
    """The rule's documentation: its module docstring."""
    return (rule.__doc__ or "").strip()
