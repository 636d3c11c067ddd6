"""Reading each part of a returns policy document into its rules, checking how the parts fit.

One function per part (`read_windows` for the [[rules.window]] tables, `read_receipt` for
[rules.receipt], ...), called by `parse_policy` in the document's order. Each reads its tables
with a `TableReader` and also checks what only the part as a whole can tell: one window must
apply to every sale, every condition needs a rule for every product, "resellable" is required.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storeapp.core.policy.model import (
    ANY,
    ConditionRule,
    Destination,
    FinalSaleRule,
    FrequencyRule,
    Level,
    OfflineRule,
    ReceiptRule,
    ReturnReason,
    Selector,
    TrackingRule,
    ValueRule,
    WindowRule,
)
from storeapp.core.policy.reader import TableReader, describe_value
from storeapp.core.text import msg


def read_windows(rules: TableReader) -> list[WindowRule]:
    out = []
    for r in rules.tables("window"):
        channel = r.text("channel", ANY) or ANY
        selector = Selector(channel, r.categories("categories"))
        days = r.positive_int("days")
        level = r.level("level", Level.DENY)
        grace = r.positive_int("grace_days", 0, zero_ok=True)
        grace_level = r.level("grace_level", Level.NEEDS_APPROVAL)
        r.finish()
        if days is not None and grace is not None:
            out.append(WindowRule(r.path, selector, days, level, grace, grace_level))
    if not out and not any(p.path.startswith("rules.window") for p in rules.problems):
        rules.problem("window", msg('at least one [[rules.window]] is needed (use channel = "*")'))
    elif out and not any(w.selector.specificity == 0 for w in out):
        rules.problem(
            "window",
            msg(
                'one [[rules.window]] must apply to every sale (channel = "*", categories = ["*"]) '
                "so no return goes unchecked"
            ),
        )
    return out


def read_conditions(rules: TableReader) -> list[ConditionRule]:
    out = []
    for r in rules.tables("condition"):
        name = r.text("condition", required=True)
        categories = r.categories("categories")
        dest_text = r.text("destination", required=True)
        level = r.level("level", Level.ALLOW)
        label = r.wording("label")
        r.finish()
        destination = None
        if dest_text is not None:
            try:
                destination = Destination(dest_text)
            except ValueError:
                r.problem(
                    "destination",
                    msg("expected stock, quarantine or scrap, got {value}", value=repr(dest_text)),
                )
        if name and destination:
            out.append(ConditionRule(r.path, name, categories, destination, level, label))
    names = {c.condition for c in out}
    if out and "resellable" not in names:
        rules.problem("condition", msg('a [[rules.condition]] for "resellable" is needed'))
    for name in names:
        if not any(c.condition == name and ANY in c.categories for c in out):
            rules.problem(
                "condition",
                msg(
                    'condition "{name}" needs one rule with categories = ["*"] so every product '
                    "has a destination",
                    name=name,
                ),
            )
    if not out and not any(p.path.startswith("rules.condition") for p in rules.problems):
        rules.problem("condition", msg('at least a [[rules.condition]] for "resellable" is needed'))
    return out


def read_reasons(top: TableReader) -> list[ReturnReason]:
    out = []
    for r in top.tables("reasons"):
        code, label = r.text("code", required=True), r.wording("label", required=True)
        r.finish()
        if code and label:
            out.append(ReturnReason(code, label))
    return out


def read_final_sale(rules: TableReader) -> list[FinalSaleRule]:
    out = []
    for r in rules.tables("final_sale"):
        out.append(
            FinalSaleRule(r.path, r.categories("categories", None), r.level("level", Level.DENY))
        )
        r.finish()
    return out


def _optional_table(rules: TableReader, key: str) -> TableReader:
    """A table that may be left out: read as empty, so its defaults apply."""
    return rules.table(key) or TableReader(rules.problems, f"rules.{key}", {})


def read_receipt(rules: TableReader) -> ReceiptRule:
    r = _optional_table(rules, "receipt")
    receipt = ReceiptRule(
        r.path,
        r.level("no_receipt_level", Level.NEEDS_APPROVAL),
        r.amount("no_receipt_max_value"),
        r.level("above_max_level", Level.DENY),
    )
    r.finish()
    return receipt


def read_tracking(rules: TableReader) -> TrackingRule:
    r = _optional_table(rules, "tracking")
    tracking = TrackingRule(
        r.path,
        r.level("mismatch_level", Level.DENY),
        r.level("unknown_level", Level.NEEDS_APPROVAL),
    )
    r.finish()
    return tracking


def read_values(rules: TableReader) -> list[ValueRule]:
    out = []
    for r in rules.tables("value"):
        scope = r.text("scope", required=True)
        if scope not in (None, "line", "total"):
            r.problem("scope", msg('expected "line" or "total", got {value}', value=repr(scope)))
        above = r.amount("above", required=True)
        level = r.level("level", required=True)
        r.finish()
        if scope in ("line", "total") and above is not None and level is not None:
            out.append(ValueRule(r.path, scope, above, level))
    return out


def read_frequency(rules: TableReader) -> FrequencyRule | None:
    r = rules.table("frequency")
    if r is None:
        return None
    returns = r.positive_int("returns")
    days = r.positive_int("days")
    level = r.level("level", required=True)
    r.finish()
    if returns and days and level:
        return FrequencyRule(r.path, returns, days, level)
    return None


def read_offline(rules: TableReader) -> OfflineRule:
    r = _optional_table(rules, "offline")
    offline = OfflineRule(
        r.path,
        r.level("no_receipt_level"),
        r.amount("line_value_above"),
        r.amount("total_value_above"),
        r.level("value_level", Level.NEEDS_APPROVAL),
        r.level("unverified_quantity_level"),
    )
    r.finish()
    return offline


def read_policy_version(top: TableReader) -> str:
    """The document's own label; a bare number (2026.11 unquoted) reads as its text."""
    version = top.get("policy_version")
    if isinstance(version, int | float) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str) or not version.strip():
        top.problem(
            "policy_version",
            msg(
                'expected a version label such as "2026.11", got {value}',
                value=describe_value(version),
            ),
        )
        return ""
    return version


def read_timezone(top: TableReader) -> str | None:
    timezone = top.text("store_timezone", required=True)
    if timezone:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            top.problem(
                "store_timezone",
                msg(
                    "{timezone} is not a known time zone (e.g. Europe/Brussels)",
                    timezone=repr(timezone),
                ),
            )
    return timezone
