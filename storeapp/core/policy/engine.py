"""The returns policy engine: one pure function, the same online and offline.

`evaluate(policy, request, sale, history, now, online)` checks every line against every rule
and returns a `Decision`. Each rule that applies leaves a `Finding` in plain words, passing
ones included ("bought 12 days ago; window is 30 days"), so the associate and later an auditor
see why, not only what. The strictest level wins, per line and overall.

Days are counted between calendar dates in the store's time zone: a sale at 23:30 on the 1st
is a sale on the 1st even though it is already the 2nd in UTC. The window end is inclusive:
with a 30-day window, day 30 is still in and day 31 is out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from storeapp.core.policy.facts import (
    Decision,
    Finding,
    LineDecision,
    PastReturn,
    ReturnLine,
    ReturnRequest,
    SaleFacts,
    SaleLineFacts,
)
from storeapp.core.policy.model import (
    ANY,
    ConditionRule,
    Level,
    Policy,
    WindowRule,
    category_matches,
)
from storeapp.core.quantities import format_money, format_qty, money, qty_compare, round_qty
from storeapp.core.text import msg, translatable
from storeapp.core.wording import plural

# Where a returned item goes, in words (the policy file says stock, quarantine or scrap).
DESTINATION_NAMES = translatable({"stock": "stock", "quarantine": "quarantine", "scrap": "scrap"})


def _days(policy: Policy, earlier: datetime, later: datetime) -> int:
    if earlier.tzinfo is None or later.tzinfo is None:
        raise ValueError("the returns engine needs time-zone aware datetimes")
    tz = policy.tz
    return (later.astimezone(tz).date() - earlier.astimezone(tz).date()).days


def _window_for(policy: Policy, channel: str | None, category: str | None) -> WindowRule:
    matching = [w for w in policy.windows if w.selector.matches(channel, category)]
    # Most specific first; among equals, the first in the file.
    return max(matching, key=lambda w: w.selector.specificity) if matching else policy.windows[0]


def _condition_for(policy: Policy, condition: str, category: str | None) -> ConditionRule | None:
    matching = [
        c
        for c in policy.conditions
        if c.condition == condition and any(_cat(p, category) for p in c.categories)
    ]
    return max(matching, key=lambda c: 0 if ANY in c.categories else 1) if matching else None


def _cat(pattern: str, category: str | None) -> bool:
    return category_matches(pattern, category)


class _Evaluation:
    """Collects findings for one request; one instance per `evaluate` call."""

    def __init__(self, policy: Policy, now: datetime, online: bool) -> None:
        self.policy = policy
        self.now = now
        self.online = online
        self.order: list[Finding] = []
        self.by_line: dict[int, list[Finding]] = defaultdict(list)

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.policy.currency)

    def add(
        self, rule: str, level: Level, message: str, path: str = "", line: int | None = None
    ) -> None:
        finding = Finding(rule, level, message, path, line)
        if line is None:
            self.order.append(finding)
        else:
            self.by_line[line].append(finding)

    # -- line rules ----------------------------------------------------------------------------

    def window(self, i: int, sale: SaleFacts, category: str | None) -> None:
        rule = _window_for(self.policy, sale.channel, category)
        age = max(0, _days(self.policy, sale.sold_at, self.now))
        bought = (
            translatable("bought today")
            if age == 0
            else msg("bought {days} ago", days=plural(age, "day"))
        )
        window = msg("window is {days}", days=plural(rule.days, "day"))
        if age <= rule.days:
            self.add(
                "window",
                Level.ALLOW,
                msg("{bought}; {window}", bought=bought, window=window),
                rule.path,
                i,
            )
        elif age <= rule.days + rule.grace_days:
            self.add(
                "window",
                rule.grace_level,
                msg(
                    "{bought}; {window}, plus {grace_days} of grace",
                    bought=bought,
                    window=window,
                    grace_days=plural(rule.grace_days, "day"),
                ),
                rule.path,
                i,
            )
        else:
            self.add(
                "window",
                rule.level,
                msg("{bought}; {window}", bought=bought, window=window),
                rule.path,
                i,
            )

    def quantity(
        self, i: int, line: ReturnLine, facts: SaleLineFacts, asked: float, order_name: str
    ) -> float:
        returnable = facts.returnable
        sold = format_qty(facts.sold)
        detail = msg("sold {sold}", sold=sold)
        if facts.delivered is not None and qty_compare(facts.delivered, facts.sold) < 0:
            detail = msg(
                "sold {sold}, handed over {delivered}",
                sold=sold,
                delivered=format_qty(facts.delivered),
            )
        if facts.returned > 0:
            detail = msg(
                "{detail}, already returned {returned}",
                detail=detail,
                returned=format_qty(facts.returned),
            )
        if qty_compare(asked, returnable) > 0:
            together = (
                ""
                if qty_compare(asked, line.quantity) == 0
                else translatable(" (all lines together)")
            )
            self.add(
                "quantity",
                Level.DENY,
                msg(
                    "returning {asked}{together} but only {returnable} can still be returned on {order_name} ({detail})",
                    asked=format_qty(asked),
                    together=together,
                    returnable=format_qty(returnable),
                    order_name=order_name,
                    detail=detail,
                ),
                "returnable quantity",
                i,
            )
        else:
            self.add(
                "quantity",
                Level.ALLOW,
                msg(
                    "{returnable} can still be returned ({detail})",
                    returnable=format_qty(returnable),
                    detail=detail,
                ),
                "returnable quantity",
                i,
            )
        return returnable

    def tracking(self, i: int, line: ReturnLine, facts: SaleLineFacts, order_name: str) -> None:
        rule = self.policy.tracking
        tracking = facts.tracking if facts.tracking != "none" else line.tracking
        if tracking == "none":
            return
        word = translatable("serial" if tracking == "serial" else "lot")
        scanned = [s.strip() for s in line.serials if s and s.strip()]
        if tracking == "serial":
            if len(set(scanned)) != len(scanned):
                self.add(
                    "tracking",
                    Level.DENY,
                    translatable("the same serial was scanned twice"),
                    rule.path,
                    i,
                )
                return
            if qty_compare(len(scanned), line.quantity) != 0:
                self.add(
                    "tracking",
                    Level.DENY,
                    msg(
                        "{quantity} serial-tracked items need {quantity} serial numbers, {scanned} scanned",
                        quantity=format_qty(line.quantity),
                        scanned=len(scanned),
                    ),
                    rule.path,
                    i,
                )
                return
        elif not scanned:
            self.add(
                "tracking",
                rule.unknown_level,
                translatable("the lot was not scanned"),
                rule.path,
                i,
            )
            return
        if not facts.sold_serials:
            self.add(
                "tracking",
                rule.unknown_level,
                msg(
                    "the {word}s sold on {order_name} are not known here, so {join} cannot be checked",
                    word=word,
                    order_name=order_name,
                    join=", ".join(scanned),
                ),
                rule.path,
                i,
            )
            return
        foreign = [s for s in scanned if s not in facts.sold_serials]
        if foreign:
            self.add(
                "tracking",
                rule.mismatch_level,
                msg(
                    "{word} {join} was not sold on {order_name}",
                    word=word,
                    join=", ".join(foreign),
                    order_name=order_name,
                ),
                rule.path,
                i,
            )
        else:
            self.add(
                "tracking",
                Level.ALLOW,
                msg("{word} {join} matches the sale", word=word, join=", ".join(scanned)),
                rule.path,
                i,
            )

    def final_sale(self, i: int, category: str | None) -> None:
        for rule in self.policy.final_sale:
            if any(_cat(p, category) for p in rule.categories):
                self.add(
                    "final_sale",
                    rule.level,
                    msg("{category} is a final-sale category", category=category),
                    rule.path,
                    i,
                )

    def reason(self, i: int, line: ReturnLine) -> None:
        codes = [r.code for r in self.policy.reasons]
        if line.reason_code and codes and line.reason_code not in codes:
            self.add(
                "reason",
                Level.DENY,
                msg(
                    "reason {reason_code} is not one of the policy's reasons ({join})",
                    reason_code=repr(line.reason_code),
                    join=", ".join(codes),
                ),
                "reasons",
                i,
            )

    def condition(self, i: int, line: ReturnLine, category: str | None) -> ConditionRule | None:
        rule = _condition_for(self.policy, line.condition, category)
        if rule is None:
            known = ", ".join(self.policy.condition_names)
            self.add(
                "condition",
                Level.DENY,
                msg(
                    "condition {condition} is not in the policy (known: {known})",
                    condition=repr(line.condition),
                    known=known,
                ),
                "rules.condition",
                i,
            )
            return None
        self.add(
            "condition",
            rule.level,
            msg(
                "{condition}: goes to {destination}",
                condition=self.policy.condition_label(line.condition),
                destination=DESTINATION_NAMES.get(rule.destination, rule.destination),
            ),
            rule.path,
            i,
        )
        return rule

    def line_value(self, i: int, value: Decimal) -> None:
        for rule in self.policy.values:
            if rule.scope == "line" and value > rule.above:
                self.add(
                    "value.line",
                    rule.level,
                    msg(
                        "line value {value} is above {above}",
                        value=self.money(value),
                        above=self.money(rule.above),
                    ),
                    rule.path,
                    i,
                )
        off = self.policy.offline
        if not self.online and off.line_value_above is not None and value > off.line_value_above:
            self.add(
                "offline",
                off.value_level,
                msg(
                    "offline: line value {value} is above the offline limit of {line_value_above}",
                    value=self.money(value),
                    line_value_above=self.money(off.line_value_above),
                ),
                off.path,
                i,
            )

    # -- order rules ---------------------------------------------------------------------------

    def totals(self, total: Decimal) -> None:
        for rule in self.policy.values:
            if rule.scope == "total" and total > rule.above:
                self.add(
                    "value.total",
                    rule.level,
                    msg(
                        "return total {total} is above {above}",
                        total=self.money(total),
                        above=self.money(rule.above),
                    ),
                    rule.path,
                )
        off = self.policy.offline
        if not self.online and off.total_value_above is not None and total > off.total_value_above:
            self.add(
                "offline",
                off.value_level,
                msg(
                    "offline: return total {total} is above the offline limit of {total_value_above}",
                    total=self.money(total),
                    total_value_above=self.money(off.total_value_above),
                ),
                off.path,
            )

    def no_receipt(self, total: Decimal) -> None:
        rule = self.policy.receipt
        self.add(
            "receipt",
            rule.no_receipt_level,
            translatable("no receipt: the purchase date, price and quantity cannot be checked"),
            rule.path,
        )
        if rule.no_receipt_max_value is not None and total > rule.no_receipt_max_value:
            self.add(
                "receipt",
                rule.above_max_level,
                msg(
                    "no receipt: total {total} is above the no-receipt limit of {no_receipt_max_value}",
                    total=self.money(total),
                    no_receipt_max_value=self.money(rule.no_receipt_max_value),
                ),
                rule.path,
            )
        off = self.policy.offline
        if not self.online and off.no_receipt_level is not None:
            self.add(
                "offline",
                off.no_receipt_level,
                translatable(
                    "offline: returns without a receipt are restricted until the connection is back"
                ),
                off.path,
            )

    def frequency(self, customer_id: int | None, history: Sequence[PastReturn]) -> None:
        rule = self.policy.frequency
        if rule is None or customer_id is None:
            return
        recent = [h for h in history if 0 <= _days(self.policy, h.at, self.now) < rule.days]
        count = len(recent)
        if count >= rule.returns:
            self.add(
                "frequency",
                rule.level,
                msg(
                    "this customer made {count} in the last {days} (limit {returns})",
                    count=plural(count, "return"),
                    days=plural(rule.days, "day"),
                    returns=rule.returns,
                ),
                rule.path,
            )
        else:
            self.add(
                "frequency",
                Level.ALLOW,
                msg(
                    "{count} by this customer in the last {days}",
                    count=plural(count, "earlier return"),
                    days=plural(rule.days, "day"),
                ),
                rule.path,
            )

    def offline_quantities(self) -> None:
        off = self.policy.offline
        if not self.online and off.unverified_quantity_level is not None:
            self.add(
                "offline",
                off.unverified_quantity_level,
                translatable(
                    "offline: returns of this sale made at other stores since the last update "
                    "are not known here"
                ),
                off.path,
            )


def evaluate(
    policy: Policy,
    request: ReturnRequest,
    sale: SaleFacts | None,
    history: Sequence[PastReturn],
    now: datetime,
    online: bool,
) -> Decision:
    """Decide on a return. `sale` is None on the no-receipt path."""
    ev = _Evaluation(policy, now, online)
    with_receipt = sale is not None
    # The same sale line may appear on several request lines (two serials, two conditions):
    # the returnable check is on their sum.
    asked_by_sale_line: dict[int, float] = defaultdict(float)
    for line in request.lines:
        if line.sale_line_id is not None:
            asked_by_sale_line[line.sale_line_id] = round_qty(
                asked_by_sale_line[line.sale_line_id] + line.quantity
            )

    line_decisions: list[LineDecision] = []
    total = Decimal("0.00")
    for i, line in enumerate(request.lines):
        value = money(Decimal(str(line.quantity)) * line.unit_price)
        total += value
        facts = sale.line(line.sale_line_id) if (sale and line.sale_line_id is not None) else None
        category = line.category or (facts.category if facts else None)
        returnable: float | None = None
        if qty_compare(line.quantity, 0) <= 0:
            ev.add("quantity", Level.DENY, translatable("the quantity must be more than 0"), "", i)
        elif with_receipt:
            assert sale is not None
            if facts is None:
                ev.add(
                    "quantity",
                    Level.DENY,
                    msg("this item is not on {order_name}", order_name=sale.order_name),
                    "",
                    i,
                )
            elif facts.product_id != line.product_id:
                ev.add(
                    "quantity",
                    Level.DENY,
                    msg(
                        "the scanned product is not the one sold on that line of {order_name}",
                        order_name=sale.order_name,
                    ),
                    "",
                    i,
                )
            else:
                asked = asked_by_sale_line[facts.sale_line_id]
                returnable = ev.quantity(i, line, facts, asked, sale.order_name)
                ev.tracking(i, line, facts, sale.order_name)
            ev.window(i, sale, category)
        ev.final_sale(i, category)
        ev.reason(i, line)
        rule = ev.condition(i, line, category)
        ev.line_value(i, value)
        findings = tuple(ev.by_line[i])
        line_decisions.append(
            LineDecision(
                index=i,
                product_id=line.product_id,
                level=Level.strictest(f.level for f in findings),
                findings=findings,
                destination=rule.destination if rule else None,
                returnable=returnable,
                value=value,
            )
        )

    if not request.lines:
        ev.add("quantity", Level.DENY, translatable("nothing to return: add at least one line"))
    if not with_receipt:
        ev.no_receipt(total)
    else:
        ev.offline_quantities()
    ev.totals(total)
    customer = request.customer_id or (sale.customer_id if sale else None)
    ev.frequency(customer, history)

    order_findings = tuple(ev.order)
    level = Level.strictest([f.level for f in order_findings] + [d.level for d in line_decisions])
    return Decision(
        level=level,
        lines=tuple(line_decisions),
        findings=order_findings,
        policy_version=policy.policy_version,
        evaluated_at=now,
        online=online,
        total_value=money(total),
    )
