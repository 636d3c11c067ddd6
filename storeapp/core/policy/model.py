"""The model of a parsed returns policy: the `Policy` and the rules it is made of.

These are the types the rest of the app works with — the engine decides with them, the
describer reads them back to people — so they hold no parsing or validation code: a `Policy`
only comes out of `load_policy` / `parse_policy` (storeapp/core/policy/document.py) once the
whole document has been checked. See docs/policy.md for the format the rules are read from.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from storeapp.core.text import Wording, translatable

SCHEMA_VERSION = 1
ANY = "*"
# Conditions the sample policy names, shown in the person's language when the file gives no
# label of its own.
CONDITION_LABELS = translatable(
    {"resellable": "Resellable", "opened": "Opened", "damaged": "Damaged", "defective": "Defective"}
)


class Level(StrEnum):
    """How a rule's finding weighs on the decision. Strictest wins."""

    ALLOW = "allow"
    WARN = "warn"
    NEEDS_APPROVAL = "needs_approval"
    DENY = "deny"

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self]

    @classmethod
    def strictest(cls, levels: Any) -> Level:
        return max(levels, key=lambda level: level.rank, default=cls.ALLOW)


_LEVEL_RANK = {Level.ALLOW: 0, Level.WARN: 1, Level.NEEDS_APPROVAL: 2, Level.DENY: 3}


class Destination(StrEnum):
    """Where a returned item goes; the store's configuration maps each to a location."""

    STOCK = "stock"
    QUARANTINE = "quarantine"
    SCRAP = "scrap"


@dataclass(frozen=True)
class Selector:
    """Which sales a rule is about: a sales channel and product categories.

    Categories match by path: "All / Electronics" covers "All / Electronics / Phones"."""

    channel: str = ANY
    categories: tuple[str, ...] = (ANY,)

    def matches(self, channel: str | None, category: str | None) -> bool:
        if self.channel != ANY and (channel or "").casefold() != self.channel.casefold():
            return False
        return any(category_matches(pattern, category) for pattern in self.categories)

    @property
    def specificity(self) -> int:
        """Higher is more specific: a category beats a channel beats the catch-all."""
        score = 0
        if self.channel != ANY:
            score += 1
        if ANY not in self.categories:
            score += 2
        return score


def category_matches(pattern: str, category: str | None) -> bool:
    if pattern == ANY:
        return True
    if not category:
        return False
    pattern_parts = [p.strip().casefold() for p in pattern.split("/")]
    parts = [p.strip().casefold() for p in category.split("/")]
    return parts[: len(pattern_parts)] == pattern_parts


@dataclass(frozen=True)
class WindowRule:
    path: str
    selector: Selector
    days: int
    level: Level  # beyond days (+ grace)
    grace_days: int = 0
    grace_level: Level = Level.NEEDS_APPROVAL


@dataclass(frozen=True)
class FinalSaleRule:
    path: str
    categories: tuple[str, ...]
    level: Level


@dataclass(frozen=True)
class ReceiptRule:
    path: str
    no_receipt_level: Level
    no_receipt_max_value: Decimal | None
    above_max_level: Level


@dataclass(frozen=True)
class TrackingRule:
    path: str
    mismatch_level: Level  # serial/lot scanned is not one that was sold
    unknown_level: Level  # the cache does not know which serials were sold


@dataclass(frozen=True)
class ValueRule:
    path: str
    scope: str  # "line" | "total"
    above: Decimal
    level: Level


@dataclass(frozen=True)
class FrequencyRule:
    path: str
    returns: int
    days: int
    level: Level


@dataclass(frozen=True)
class ConditionRule:
    path: str
    condition: str
    categories: tuple[str, ...]
    destination: Destination
    level: Level
    label: Wording | None = None  # the name shown for the condition, per language


@dataclass(frozen=True)
class OfflineRule:
    path: str
    no_receipt_level: Level | None
    line_value_above: Decimal | None
    total_value_above: Decimal | None
    value_level: Level
    unverified_quantity_level: Level | None  # returned-elsewhere data may be stale offline


@dataclass(frozen=True)
class ReturnReason:
    code: str
    label: str  # a Wording when the file gives the label in several languages


@dataclass(frozen=True)
class Policy:
    """A validated returns policy. Build it with `load_policy` / `parse_policy`."""

    schema_version: int
    policy_version: str
    timezone: str
    currency: str | None
    windows: tuple[WindowRule, ...]
    final_sale: tuple[FinalSaleRule, ...]
    receipt: ReceiptRule
    tracking: TrackingRule
    values: tuple[ValueRule, ...]
    frequency: FrequencyRule | None
    conditions: tuple[ConditionRule, ...]
    offline: OfflineRule
    reasons: tuple[ReturnReason, ...] = ()
    description: str = ""
    source: str = ""

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def condition_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rule.condition for rule in self.conditions))

    def condition_label(self, condition: str) -> str:
        """What the screen and the receipt call a condition: the `label` a rule of the file
        gives it (a Wording, per language), else the built-in name ("Opened"), else the name
        as written."""
        for rule in self.conditions:
            if rule.condition == condition and rule.label is not None:
                return rule.label
        return CONDITION_LABELS.get(condition, condition.capitalize())
