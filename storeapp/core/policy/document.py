"""The returns policy document: TOML in, a validated `Policy` out, or every problem named.

The document is data, not code: IT or head office edits it, the app checks it, and the same
`Policy` drives decisions online and offline. Validation is strict on purpose: an unknown key is
an error (a typo such as `dayz = 30` must not silently fall back to a default), and every
problem names its place in the file, e.g. "rules.window[2].days: expected a positive integer,
got -3". Arrays of tables are counted from 1, in file order, so "[2]" is the second
`[[rules.window]]` block. See docs/policy.md for the format.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storeapp.core.text import Listing, Message, Wording, msg, translatable
from storeapp.core.textfiles import without_bom

SCHEMA_VERSION = 1
ANY = "*"
# The languages a store may write its own texts in (a reason's label, a condition's name).
WORDING_LANGUAGES = ("en", "fr", "nl", "de")
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


@dataclass(frozen=True)
class Problem:
    path: str
    message: str  # a `Message`: shown in the reader's language

    def __str__(self) -> str:
        return str(self.said())

    def said(self) -> str:
        """The problem with its place in the document, as a message to translate."""
        return (
            msg("{path}: {problem}", path=self.path, problem=self.message)
            if self.path
            else self.message
        )


class PolicyError(ValueError):
    """The document is not a valid policy. `problems` lists every one found."""

    SHOWN = 10  # problems named; the rest are counted

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(str(self.said()))

    def said(self) -> Message:
        """Every problem (the first ten) as one message: the screen shows it in the reader's
        language, logs and the CLI read its English."""
        shown = Listing(p.said() for p in self.problems[: self.SHOWN])
        extra = len(self.problems) - self.SHOWN
        more = msg(" (and {n} more)", n=extra) if extra > 0 else ""
        if self.source:
            return msg(
                "the returns policy {source} is not valid: {problems}{more}",
                source=self.source,
                problems=shown,
                more=more,
            )
        return msg("invalid returns policy: {problems}{more}", problems=shown, more=more)


# ---------------------------------------------------------------------------------------------


def _not_an_amount(value: Any) -> Message:
    return msg("expected an amount such as 150.00, got {value}", value=_describe(value))


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return translatable("a table")
    if isinstance(value, list):
        return translatable("a list")
    return str(value)


@dataclass
class _Reader:
    """Reads one table of the document, recording problems instead of stopping at the first."""

    problems: list[Problem]
    path: str
    data: Mapping[str, Any]
    used: set[str] = field(default_factory=set)

    def _at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def problem(self, key: str | None, message: Message) -> None:
        self.problems.append(Problem(self._at(key) if key else self.path, message))

    def get(self, key: str, default: Any = None) -> Any:
        self.used.add(key)
        return self.data.get(key, default)

    def has(self, key: str) -> bool:
        return key in self.data

    def text(self, key: str, default: str | None = None, *, required: bool = False) -> str | None:
        value = self.get(key)
        if value is None:
            if required:
                self.problem(key, msg("is missing"))
            return default
        if not isinstance(value, str) or not value.strip():
            self.problem(key, msg("expected text, got {value}", value=_describe(value)))
            return default
        return value.strip()

    def wording(self, key: str, *, required: bool = False) -> Wording | None:
        """A text the store writes for people: plain (`label = "Opened"`) or per language
        (`label = { en = "Opened", fr = "Ouvert", nl = "Geopend" }`); the default is the `en`
        text, else the first one written."""
        value = self.get(key)
        if not isinstance(value, dict):
            text = self.text(key, required=required)
            return Wording(text) if text is not None else None
        variants: dict[str, str] = {}
        for code, text in value.items():
            if code not in WORDING_LANGUAGES:
                known = ", ".join(WORDING_LANGUAGES)
                self.problem(
                    key,
                    msg("unknown language {code} (known: {known})", code=repr(code), known=known),
                )
            elif not isinstance(text, str) or not text.strip():
                self.problem(
                    f"{key}.{code}", msg("expected text, got {value}", value=_describe(text))
                )
            else:
                variants[code] = text.strip()
        if not variants:
            if not value:
                self.problem(
                    key, msg("expected text, or one text per language, got an empty table")
                )
            return None
        return Wording(variants.get("en", next(iter(variants.values()))), variants)

    def positive_int(self, key: str, default: int | None = None, *, zero_ok: bool = False) -> Any:
        value = self.get(key, default)
        if value is None:
            self.problem(key, msg("is missing"))
            return None
        ok = (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (value > 0 or (zero_ok and value == 0))
        )
        if not ok:
            wanted = (
                msg("expected a whole number of 0 or more, got {value}", value=_describe(value))
                if zero_ok
                else msg("expected a positive integer, got {value}", value=_describe(value))
            )
            self.problem(key, wanted)
            return None
        return value

    def amount(self, key: str, *, required: bool = False) -> Decimal | None:
        value = self.get(key)
        if value is None:
            if required:
                self.problem(key, msg("is missing"))
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.problem(key, _not_an_amount(value))
            return None
        try:
            amount = Decimal(repr(value) if isinstance(value, float) else str(value))
        except InvalidOperation:
            self.problem(key, _not_an_amount(value))
            return None
        if not amount.is_finite() or amount < 0:
            self.problem(
                key, msg("expected an amount of 0 or more, got {value}", value=_describe(value))
            )
            return None
        return amount

    def level(self, key: str, default: Level | None = None, *, required: bool = False) -> Any:
        value = self.get(key)
        if value is None:
            if required:
                self.problem(key, msg("is missing (one of allow, warn, needs_approval, deny)"))
            return default
        try:
            return Level(value)
        except ValueError:
            self.problem(
                key,
                msg(
                    "expected one of allow, warn, needs_approval, deny, got {value}",
                    value=_describe(value),
                ),
            )
            return default

    def categories(self, key: str, default: tuple[str, ...] | None = (ANY,)) -> Any:
        value = self.get(key)
        if value is None:
            if default is None:
                self.problem(key, msg("is missing (a list of category paths)"))
            return default
        if isinstance(value, str):
            value = [value]
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            self.problem(
                key, msg("expected a list of category paths, got {value}", value=_describe(value))
            )
            return default
        return tuple(v.strip() for v in value)

    def table(self, key: str) -> _Reader | None:
        value = self.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(key, msg("expected a table, got {value}", value=_describe(value)))
            return None
        return _Reader(self.problems, self._at(key), value)

    def tables(self, key: str) -> list[_Reader]:
        value = self.get(key)
        if value is None:
            return []
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(
                key,
                msg(
                    "expected [[{table}]] tables, got {value}",
                    table=self._at(key),
                    value=_describe(value),
                ),
            )
            return []
        return [_Reader(self.problems, f"{self._at(key)}[{i}]", v) for i, v in enumerate(value, 1)]

    def finish(self) -> None:
        """Every key must have been read: anything else is a typo or an unsupported option."""
        for key in self.data:
            if key not in self.used:
                known = ", ".join(sorted(self.used))
                self.problem(key, msg("unknown key (known here: {known})", known=known))


def _windows(rules: _Reader) -> list[WindowRule]:
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


def _conditions(rules: _Reader) -> list[ConditionRule]:
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


def _reasons(top: _Reader) -> list[ReturnReason]:
    out = []
    for r in top.tables("reasons"):
        code, label = r.text("code", required=True), r.wording("label", required=True)
        r.finish()
        if code and label:
            out.append(ReturnReason(code, label))
    return out


def _final_sale(rules: _Reader) -> list[FinalSaleRule]:
    out = []
    for r in rules.tables("final_sale"):
        out.append(
            FinalSaleRule(r.path, r.categories("categories", None), r.level("level", Level.DENY))
        )
        r.finish()
    return out


def _optional_table(rules: _Reader, key: str) -> _Reader:
    """A table that may be left out: read as empty, so its defaults apply."""
    return rules.table(key) or _Reader(rules.problems, f"rules.{key}", {})


def _receipt(rules: _Reader) -> ReceiptRule:
    r = _optional_table(rules, "receipt")
    receipt = ReceiptRule(
        r.path,
        r.level("no_receipt_level", Level.NEEDS_APPROVAL),
        r.amount("no_receipt_max_value"),
        r.level("above_max_level", Level.DENY),
    )
    r.finish()
    return receipt


def _tracking(rules: _Reader) -> TrackingRule:
    r = _optional_table(rules, "tracking")
    tracking = TrackingRule(
        r.path,
        r.level("mismatch_level", Level.DENY),
        r.level("unknown_level", Level.NEEDS_APPROVAL),
    )
    r.finish()
    return tracking


def _values(rules: _Reader) -> list[ValueRule]:
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


def _frequency(rules: _Reader) -> FrequencyRule | None:
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


def _offline(rules: _Reader) -> OfflineRule:
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


def _policy_version(top: _Reader) -> str:
    """The document's own label; a bare number (2026.11 unquoted) reads as its text."""
    version = top.get("policy_version")
    if isinstance(version, int | float) and not isinstance(version, bool):
        version = str(version)
    if not isinstance(version, str) or not version.strip():
        top.problem(
            "policy_version",
            msg(
                'expected a version label such as "2026.11", got {value}', value=_describe(version)
            ),
        )
        return ""
    return version


def _timezone(top: _Reader) -> str | None:
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


def parse_policy(data: Mapping[str, Any], *, source: str = "") -> Policy:
    """Validate an already-parsed document. Raises `PolicyError` listing every problem.

    Each part is read by its own function in the document's order, and each records its
    problems instead of stopping, so one error message lists everything to fix. Only a wrong
    schema version or a missing [rules] table stop at once: nothing after them can be read."""
    problems: list[Problem] = []
    top = _Reader(problems, "", data)
    schema = top.get("schema_version")
    if schema != SCHEMA_VERSION:
        problems.append(
            Problem(
                "schema_version",
                msg(
                    "this app reads schema version {version}, the document says {value}",
                    version=SCHEMA_VERSION,
                    value=_describe(schema) if schema is not None else translatable("nothing"),
                ),
            )
        )
        raise PolicyError(source, problems)
    version = _policy_version(top)
    timezone = _timezone(top)
    currency = top.text("currency")
    description = top.text("description", "") or ""
    reasons = _reasons(top)
    rules = top.table("rules")
    if rules is None:
        top.problem("rules", msg("is missing"))
        raise PolicyError(source, problems)
    windows = _windows(rules)
    final_sale = _final_sale(rules)
    receipt = _receipt(rules)
    tracking = _tracking(rules)
    values = _values(rules)
    frequency = _frequency(rules)
    conditions = _conditions(rules)
    offline = _offline(rules)
    rules.finish()
    top.finish()

    if problems:
        raise PolicyError(source, problems)
    return Policy(
        schema_version=SCHEMA_VERSION,
        policy_version=version,
        timezone=timezone or "UTC",
        currency=currency,
        windows=tuple(windows),
        final_sale=tuple(final_sale),
        receipt=receipt,
        tracking=tracking,
        values=tuple(values),
        frequency=frequency,
        conditions=tuple(conditions),
        offline=offline,
        reasons=tuple(reasons),
        description=description,
        source=source,
    )


def load_policy(text: str, *, source: str = "") -> Policy:
    """Parse TOML text into a `Policy`. A TOML syntax error is a `PolicyError` too."""
    try:
        data = tomllib.loads(without_bom(text))
    except tomllib.TOMLDecodeError as error:
        raise PolicyError(
            source, [Problem("", msg("not valid TOML: {error}", error=str(error)))]
        ) from error
    return parse_policy(data, source=source)


@dataclass(frozen=True)
class PolicyUpdate:
    """Outcome of offering a new document to a `PolicyHolder`."""

    accepted: bool
    policy: Policy | None  # the policy in force after the update
    error: PolicyError | None = None

    @property
    def message(self) -> Message:
        """What became of the document, as a message: shown in the reader's language."""
        if self.accepted and self.policy:
            return msg(
                "Returns policy {version} is now in force.", version=self.policy.policy_version
            )
        kept = (
            msg("policy {version} stays in force", version=self.policy.policy_version)
            if self.policy
            else msg("no returns policy is in force, so returns cannot be checked")
        )
        return msg(
            "{error}. The new document was refused and {kept}. Fix the file and load it again.",
            error=self.error.said() if self.error else "",
            kept=kept,
        )


class PolicyHolder:
    """Keeps the policy in force. An invalid document never replaces a valid one."""

    def __init__(self, policy: Policy | None = None) -> None:
        self._policy = policy

    @property
    def policy(self) -> Policy | None:
        return self._policy

    def offer(self, text: str, *, source: str = "") -> PolicyUpdate:
        try:
            policy = load_policy(text, source=source)
        except PolicyError as error:
            return PolicyUpdate(False, self._policy, error)
        self._policy = policy
        return PolicyUpdate(True, policy)
