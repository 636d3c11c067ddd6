"""A policy in a few plain lines, for `storeapp policy check FILE` and the about box."""

from __future__ import annotations

from decimal import Decimal

from storeapp.core.policy.document import ANY, Policy
from storeapp.core.quantities import format_money


def _where(channel: str, categories: tuple[str, ...], everything: str) -> str:
    parts = []
    if channel != ANY:
        parts.append(f"channel {channel}")
    if ANY not in categories:
        parts.append(", ".join(categories))
    return " / ".join(parts) if parts else everything


def describe_policy(policy: Policy) -> list[str]:
    """One line per rule, in the order they appear in the document."""

    def money(amount: Decimal) -> str:
        return format_money(amount, policy.currency)

    out = [
        f"Returns policy {policy.policy_version} (schema {policy.schema_version}), "
        f"days counted in {policy.timezone}.",
    ]
    if policy.description:
        out.append(policy.description)
    for w in policy.windows:
        where = _where(w.selector.channel, w.selector.categories, "all sales")
        text = f"window: {where}: {w.days} days"
        if w.grace_days:
            text += f", then {w.grace_days} more at {w.grace_level}"
        out.append(f"{text}, then {w.level}")
    for f in policy.final_sale:
        out.append(f"final sale: {', '.join(f.categories)}: {f.level}")
    r = policy.receipt
    text = f"no receipt: {r.no_receipt_level}"
    if r.no_receipt_max_value is not None:
        text += f"; above {money(r.no_receipt_max_value)}: {r.above_max_level}"
    out.append(text)
    t = policy.tracking
    out.append(f"serial/lot not sold: {t.mismatch_level}; not verifiable: {t.unknown_level}")
    for v in policy.values:
        out.append(f"{v.scope} value above {money(v.above)}: {v.level}")
    if policy.frequency:
        fr = policy.frequency
        out.append(f"{fr.returns} or more returns in {fr.days} days: {fr.level}")
    for c in policy.conditions:
        out.append(
            f"condition {c.condition} ({_where(ANY, c.categories, 'all products')}): "
            f"to {c.destination}, {c.level}"
        )
    o = policy.offline
    offline = []
    if o.no_receipt_level:
        offline.append(f"no receipt: {o.no_receipt_level}")
    if o.line_value_above is not None:
        offline.append(f"line above {money(o.line_value_above)}: {o.value_level}")
    if o.total_value_above is not None:
        offline.append(f"total above {money(o.total_value_above)}: {o.value_level}")
    if o.unverified_quantity_level:
        offline.append(f"returns elsewhere unknown: {o.unverified_quantity_level}")
    if offline:
        out.append("offline: " + "; ".join(offline))
    if policy.reasons:
        out.append(
            "reasons: " + ", ".join(f"{r.code} ({_worded(r.label)})" for r in policy.reasons)
        )
    return out


def _worded(text: str) -> str:
    """A label as the file wrote it: "Defective" or "Defective; fr: Défectueux; nl: Defect"."""
    variants = getattr(text, "variants", {})
    others = [f"{code}: {v}" for code, v in variants.items() if v != str(text)]
    return "; ".join([str(text), *others])
