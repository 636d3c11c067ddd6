"""A policy in a few plain lines, for `storeapp policy check FILE` and the about box.

Each line is a message (`storeapp.core.text.msg`): English for logs, and shown in the reader's
language by the command line. The file's own words (levels, categories, channels, reason
codes and labels) stay as the file wrote them: they are what the store edits."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from storeapp.core.policy.model import ANY, Policy
from storeapp.core.quantities import format_money
from storeapp.core.text import Listing, Message, msg


def _where(channel: str, categories: tuple[str, ...], everything: Message) -> Message | Listing:
    parts: list[str] = []
    if channel != ANY:
        parts.append(msg("channel {channel}", channel=channel))
    if ANY not in categories:
        parts.append(", ".join(categories))
    return Listing(parts, " / ") if parts else everything


def describe_policy(policy: Policy) -> list[str]:
    """One line per rule, in the order they appear in the document."""

    def money(amount: Decimal) -> str:
        return format_money(amount, policy.currency)

    out: list[str] = [
        msg(
            "Returns policy {version} (schema {schema}), days counted in {timezone}.",
            version=policy.policy_version,
            schema=policy.schema_version,
            timezone=policy.timezone,
        )
    ]
    if policy.description:
        out.append(policy.description)
    for w in policy.windows:
        where = _where(w.selector.channel, w.selector.categories, msg("all sales"))
        if w.grace_days:
            out.append(
                msg(
                    "window: {where}: {days} days, then {grace} more at {grace_level}, "
                    "then {level}",
                    where=where,
                    days=w.days,
                    grace=w.grace_days,
                    grace_level=str(w.grace_level),
                    level=str(w.level),
                )
            )
        else:
            out.append(
                msg(
                    "window: {where}: {days} days, then {level}",
                    where=where,
                    days=w.days,
                    level=str(w.level),
                )
            )
    for f in policy.final_sale:
        out.append(
            msg(
                "final sale: {categories}: {level}",
                categories=", ".join(f.categories),
                level=str(f.level),
            )
        )
    r = policy.receipt
    if r.no_receipt_max_value is not None:
        out.append(
            msg(
                "no receipt: {level}; above {amount}: {above_level}",
                level=str(r.no_receipt_level),
                amount=money(r.no_receipt_max_value),
                above_level=str(r.above_max_level),
            )
        )
    else:
        out.append(msg("no receipt: {level}", level=str(r.no_receipt_level)))
    t = policy.tracking
    out.append(
        msg(
            "serial/lot not sold: {mismatch}; not verifiable: {unknown}",
            mismatch=str(t.mismatch_level),
            unknown=str(t.unknown_level),
        )
    )
    for v in policy.values:
        scope = msg("line value") if v.scope == "line" else msg("total value")
        out.append(
            msg(
                "{scope} above {amount}: {level}",
                scope=scope,
                amount=money(v.above),
                level=str(v.level),
            )
        )
    if policy.frequency:
        fr = policy.frequency
        out.append(
            msg(
                "{returns} or more returns in {days} days: {level}",
                returns=fr.returns,
                days=fr.days,
                level=str(fr.level),
            )
        )
    for c in policy.conditions:
        out.append(
            msg(
                "condition {condition} ({where}): to {destination}, {level}",
                condition=c.condition,
                where=_where(ANY, c.categories, msg("all products")),
                destination=str(c.destination),
                level=str(c.level),
            )
        )
    offline = _offline(policy, money)
    if offline:
        out.append(msg("offline: {rules}", rules=Listing(offline)))
    if policy.reasons:
        reasons = ", ".join(f"{r.code} ({_worded(r.label)})" for r in policy.reasons)
        out.append(msg("reasons: {reasons}", reasons=reasons))
    return out


def _offline(policy: Policy, money: Callable[[Decimal], str]) -> list[str]:
    """The offline rule's parts that the file sets."""
    o = policy.offline
    parts: list[str] = []
    if o.no_receipt_level:
        parts.append(msg("no receipt: {level}", level=str(o.no_receipt_level)))
    if o.line_value_above is not None:
        parts.append(
            msg(
                "line above {amount}: {level}",
                amount=money(o.line_value_above),
                level=str(o.value_level),
            )
        )
    if o.total_value_above is not None:
        parts.append(
            msg(
                "total above {amount}: {level}",
                amount=money(o.total_value_above),
                level=str(o.value_level),
            )
        )
    if o.unverified_quantity_level:
        parts.append(
            msg("returns elsewhere unknown: {level}", level=str(o.unverified_quantity_level))
        )
    return parts


def _worded(text: str) -> str:
    """A label as the file wrote it: "Defective" or "Defective; fr: Défectueux; nl: Defect"."""
    variants = getattr(text, "variants", {})
    others = [f"{code}: {v}" for code, v in variants.items() if v != str(text)]
    return "; ".join([str(text), *others])
