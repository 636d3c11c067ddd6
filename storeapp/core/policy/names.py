"""Names a returns policy uses that Odoo does not have.

A rule about "All / Clearance" in a store whose category is "All / Final Sale" is valid TOML and
a valid policy, and never matches anything: final-sale items become returnable without a word.
So the categories every rule names (and the locations the store maps its destinations to) are
compared with what Odoo has, and each one missing is reported with the closest existing names.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storeapp.core.policy.model import ANY, Policy, category_matches
from storeapp.core.text import Message, translatable
from storeapp.core.wording import fold


@dataclass(frozen=True)
class UnknownName:
    """A name the policy (or the store's settings for it) uses that Odoo does not have."""

    kind: str  # "category" | "location"
    name: str
    where: tuple[str, ...]  # rule paths, e.g. "rules.final_sale[0]", or the config option
    closest: tuple[str, ...]

    def describe(self) -> Message:
        """What is missing, where the policy names it and what Odoo has instead (one sentence
        per kind, so each language can agree its words with "category" or "location")."""
        where = ", ".join(self.where)
        if self.closest:
            closest = ", ".join(f'"{c}"' for c in self.closest)
            return Message(_CLOSEST[self.kind], name=self.name, where=where, closest=closest)
        return Message(_NOTHING_CLOSE[self.kind], name=self.name, where=where)


_CLOSEST = translatable(
    {
        "category": 'category "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}',
        "location": 'location "{name}" ({where}) is not in Odoo; closest in Odoo: {closest}',
    }
)
_NOTHING_CLOSE = translatable(
    {
        "category": 'category "{name}" ({where}) is not in Odoo; Odoo has no category with a '
        "similar name",
        "location": 'location "{name}" ({where}) is not in Odoo; Odoo has no location with a '
        "similar name",
    }
)


def named_categories(policy: Policy) -> dict[str, list[str]]:
    """Every category path the policy names (not "*"), with the rules that name it."""
    named: dict[str, list[str]] = {}
    rules: list[tuple[str, Iterable[str]]] = []
    rules += [(w.path, w.selector.categories) for w in policy.windows]
    rules += [(f.path, f.categories) for f in policy.final_sale]
    rules += [(c.path, c.categories) for c in policy.conditions]
    for path, categories in rules:
        for category in categories:
            if category != ANY:
                named.setdefault(category, []).append(path)
    return named


def closest(name: str, existing: Sequence[str], n: int = 3) -> tuple[str, ...]:
    """The existing names most like `name`: whole paths first, then by their last part
    ("All / Clearance" finds "All / Sale / Clearance")."""
    by_fold = {fold(e): e for e in existing}
    found = difflib.get_close_matches(fold(name), list(by_fold), n=n, cutoff=0.75)
    last = fold(name.split("/")[-1])
    tails = {fold(e.split("/")[-1]): e for e in existing}
    for tail in difflib.get_close_matches(last, list(tails), n=n, cutoff=0.75):
        key = fold(tails[tail])
        if key not in found:
            found.append(key)
    return tuple(by_fold[key] for key in found[:n])


def unknown_categories(policy: Policy, categories: Sequence[str]) -> list[UnknownName]:
    """Categories the policy names that match no category of Odoo's (`categories`: complete
    names such as "All / Electronics / Phones"), compared as rules compare them."""
    out = []
    for name, where in named_categories(policy).items():
        if any(category_matches(name, existing) for existing in categories):
            continue
        out.append(UnknownName("category", name, tuple(where), closest(name, categories)))
    return out


def unknown_location(
    name: str, where: str, locations: Sequence[tuple[str, str, str | None]]
) -> UnknownName | None:
    """The location the store sends a destination to (`name`: a name, full name or barcode,
    matched exactly as the returns screen matches it) when none of `locations` (name,
    complete name, barcode) is it; None when it exists."""
    wanted = name.strip()
    for short, full, barcode in locations:
        if wanted in (short, full, barcode):
            return None
    names = sorted({full for _short, full, _barcode in locations})
    return UnknownName("location", name, (where,), closest(name, names))
