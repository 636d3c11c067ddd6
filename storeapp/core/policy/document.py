"""The returns policy document: TOML in, a validated `Policy` out, or every problem named.

The document is data, not code: IT or head office edits it, the app checks it, and the same
`Policy` drives decisions online and offline. Validation is strict on purpose: an unknown key is
an error (a typo such as `dayz = 30` must not silently fall back to a default), and every
problem names its place in the file, e.g. "rules.window[2].days: expected a positive integer,
got -3". Arrays of tables are counted from 1, in file order, so "[2]" is the second
`[[rules.window]]` block. See docs/policy.md for the format.

This module reads the document as a whole (`load_policy`, `parse_policy`) and keeps the one in
force (`PolicyHolder`). Each part is read by parts.py, table by table with the checking reader
of reader.py, into the types of model.py; what is wrong is a `Problem` of problems.py.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storeapp.core.policy.model import (
    ANY,
    CONDITION_LABELS,
    SCHEMA_VERSION,
    ConditionRule,
    Destination,
    Level,
    Policy,
    WindowRule,
    category_matches,
)
from storeapp.core.policy.parts import (
    read_conditions,
    read_final_sale,
    read_frequency,
    read_offline,
    read_policy_version,
    read_reasons,
    read_receipt,
    read_timezone,
    read_tracking,
    read_values,
    read_windows,
)
from storeapp.core.policy.problems import PolicyError, Problem
from storeapp.core.policy.reader import TableReader, describe_value
from storeapp.core.text import Message, msg, translatable
from storeapp.core.textfiles import without_bom

# Importable from here as before the model, the parts and the problems had modules of their own.
__all__ = [
    "ANY",
    "CONDITION_LABELS",
    "SCHEMA_VERSION",
    "ConditionRule",
    "Destination",
    "Level",
    "Policy",
    "PolicyError",
    "PolicyHolder",
    "PolicyUpdate",
    "Problem",
    "WindowRule",
    "category_matches",
    "load_policy",
    "parse_policy",
]


def parse_policy(data: Mapping[str, Any], *, source: str = "") -> Policy:
    """Validate an already-parsed document. Raises `PolicyError` listing every problem.

    Each part is read by its own function in the document's order, and each records its
    problems instead of stopping, so one error message lists everything to fix. Only a wrong
    schema version or a missing [rules] table stop at once: nothing after them can be read."""
    problems: list[Problem] = []
    top = TableReader(problems, "", data)
    schema = top.get("schema_version")
    if schema != SCHEMA_VERSION:
        problems.append(
            Problem(
                "schema_version",
                msg(
                    "this app reads schema version {version}, the document says {value}",
                    version=SCHEMA_VERSION,
                    value=describe_value(schema) if schema is not None else translatable("nothing"),
                ),
            )
        )
        raise PolicyError(source, problems)
    version = read_policy_version(top)
    timezone = read_timezone(top)
    currency = top.text("currency")
    description = top.text("description", "") or ""
    reasons = read_reasons(top)
    rules = top.table("rules")
    if rules is None:
        top.problem("rules", msg("is missing"))
        raise PolicyError(source, problems)
    windows = read_windows(rules)
    final_sale = read_final_sale(rules)
    receipt = read_receipt(rules)
    tracking = read_tracking(rules)
    values = read_values(rules)
    frequency = read_frequency(rules)
    conditions = read_conditions(rules)
    offline = read_offline(rules)
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
