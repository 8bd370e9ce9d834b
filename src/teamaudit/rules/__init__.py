"""The registry of audit rules, in id order. A rule is a module with ID, NAME, SEVERITY and check()."""

from __future__ import annotations

from types import ModuleType

from teamaudit.rules import (
    ta001_ml_over_index,
    ta002_missing_layer,
    ta003_thin_layer,
    ta004_unproven_layer,
    ta005_unclear_classification,
    ta006_invalid_suppression,
)

RULES: tuple[ModuleType, ...] = (
    ta001_ml_over_index,
    ta002_missing_layer,
    ta003_thin_layer,
    ta004_unproven_layer,
    ta005_unclear_classification,
    ta006_invalid_suppression,
)

BY_ID: dict[str, ModuleType] = {rule.ID: rule for rule in RULES}
BY_NAME: dict[str, ModuleType] = {rule.NAME: rule for rule in RULES}


def doc(rule: ModuleType) -> str:
    """The rule's documentation: its module docstring."""
    return (rule.__doc__ or "").strip()
