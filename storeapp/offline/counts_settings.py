"""A store's count rules from the `[counts]` section of the configuration.

Tolerances and auto-approve limits are lists of lines, one rule each: a category path (or "*"
for every product) followed by its limits, e.g. "All / Electronics qty=0 value=0". The most
specific category wins (see storeapp.core.count_review).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from storeapp.core.count_review import AutoApproveRule, CountRules, ToleranceRule

if TYPE_CHECKING:
    from storeapp.config import Config


class CountSettingsError(ValueError):
    """The count settings in the configuration cannot be used; the message names each line."""


_TOLERANCE_KEYS = {"qty": "max_qty", "percent": "max_percent", "value": "max_value"}
_AUTO_KEYS = {"qty": "max_qty", "value": "max_value"}


def _rule_line(
    line: str, keys: dict[str, str], where: str
) -> tuple[tuple[str, ...], dict[str, Any]]:
    """'<category path or *> key=value ...' -> (categories, keyword arguments)."""
    words = line.split()
    limits = [w for w in words if "=" in w]
    category = " ".join(w for w in words if "=" not in w).strip() or "*"
    values: dict[str, Any] = {}
    for item in limits:
        key, _, raw = item.partition("=")
        if key not in keys:
            raise CountSettingsError(
                f"{where} '{line}': unknown limit '{key}' (use {', '.join(keys)})"
            )
        try:
            number = Decimal(raw)
        except ArithmeticError:
            number = None
        if number is None or not number.is_finite() or number < 0:
            raise CountSettingsError(f"{where} '{line}': {key} must be a number ≥ 0, not '{raw}'")
        values[keys[key]] = number if key == "value" else float(number)
    if not values:
        raise CountSettingsError(f"{where} '{line}': give at least one limit, e.g. qty=2")
    return (category,), values


def rules_from_config(config: Config) -> CountRules:
    """The store's count rules from the `[counts]` section of the configuration. Raises
    `CountSettingsError` naming every line that cannot be read."""
    section = getattr(config, "counts", None)
    if section is None:
        return CountRules()
    problems: list[str] = []
    tolerances, auto = [], []
    for line in getattr(section, "tolerances", None) or []:
        try:
            categories, values = _rule_line(str(line), _TOLERANCE_KEYS, "counts.tolerances")
            tolerances.append(ToleranceRule(categories, **values))
        except CountSettingsError as exc:
            problems.append(str(exc))
    for line in getattr(section, "auto_approve", None) or []:
        try:
            categories, values = _rule_line(str(line), _AUTO_KEYS, "counts.auto_approve")
            auto.append(AutoApproveRule(categories, **values))
        except CountSettingsError as exc:
            problems.append(str(exc))
    if problems:
        raise CountSettingsError("; ".join(problems))
    defaults = CountRules()
    return CountRules(
        tolerances=tuple(tolerances),
        auto_approve=tuple(auto),
        max_recounts=int(getattr(section, "max_recounts", defaults.max_recounts)),
        blind=bool(getattr(section, "blind", True)),
    )
