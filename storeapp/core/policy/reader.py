"""Reading one table of a policy document: typed values out, a `Problem` for each bad one.

A `TableReader` checks each key as it reads it (a level, an amount, a category list, a text
per language, ...) and records what is wrong instead of stopping at the first problem, so one
error lists everything to fix. It also remembers which keys it read: `finish` names every other
key as unknown, so a typo such as `dayz = 30` is an error rather than a silent default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from storeapp.core.policy.model import ANY, Level
from storeapp.core.policy.problems import Problem
from storeapp.core.text import Message, Wording, msg, translatable

# The languages a store may write its own texts in (a reason's label, a condition's name).
WORDING_LANGUAGES = ("en", "fr", "nl", "de")


def not_an_amount(value: Any) -> Message:
    """The problem of a value that is no amount, worded the same for every amount key."""
    return msg("expected an amount such as 150.00, got {value}", value=describe_value(value))


def describe_value(value: Any) -> str:
    """A wrong value as a problem names it: the text quoted, true/false as TOML writes them, a
    table or a list by its kind (the whole of one would not read as a message)."""
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
class TableReader:
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
            self.problem(key, msg("expected text, got {value}", value=describe_value(value)))
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
                    f"{key}.{code}", msg("expected text, got {value}", value=describe_value(text))
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
                msg(
                    "expected a whole number of 0 or more, got {value}", value=describe_value(value)
                )
                if zero_ok
                else msg("expected a positive integer, got {value}", value=describe_value(value))
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
            self.problem(key, not_an_amount(value))
            return None
        try:
            amount = Decimal(repr(value) if isinstance(value, float) else str(value))
        except InvalidOperation:
            self.problem(key, not_an_amount(value))
            return None
        if not amount.is_finite() or amount < 0:
            self.problem(
                key,
                msg("expected an amount of 0 or more, got {value}", value=describe_value(value)),
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
                    value=describe_value(value),
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
                key,
                msg("expected a list of category paths, got {value}", value=describe_value(value)),
            )
            return default
        return tuple(v.strip() for v in value)

    def table(self, key: str) -> TableReader | None:
        value = self.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(key, msg("expected a table, got {value}", value=describe_value(value)))
            return None
        return TableReader(self.problems, self._at(key), value)

    def tables(self, key: str) -> list[TableReader]:
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
                    value=describe_value(value),
                ),
            )
            return []
        return [
            TableReader(self.problems, f"{self._at(key)}[{i}]", v) for i, v in enumerate(value, 1)
        ]

    def finish(self) -> None:
        """Every key must have been read: anything else is a typo or an unsupported option."""
        for key in self.data:
            if key not in self.used:
                known = ", ".join(sorted(self.used))
                self.problem(key, msg("unknown key (known here: {known})", known=known))
