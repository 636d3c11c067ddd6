"""Product look-up in the local cache, fast enough to run on every keystroke.

A store keeps 100,000 products or more. The search answers from three places, cheapest first,
and stops as soon as it has `limit` hits:

1. a barcode scanned in full, or the start of one typed by hand (a range on the barcode index;
   digits only are taken as a barcode and never read the names);
2. internal references that start with the text (a range on the `default_code` index, as typed
   and in capitals, since references are usually written in capitals);
3. names that contain every word typed, in any order, without regard to case (SQLite's LIKE,
   which runs in C over the table; with a row limit it stops at the first screenful).

Archived products are left out. No ranking beyond that order: a person typing sees the exact
hit first and the rest in a stable order (by id), which keeps each answer cheap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, and_, select

from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import Product

DEFAULT_LIMIT = 50
# What a search box under a scan field shows: a screenful to choose from with the arrow keys.
SEARCH_LIMIT = 20
# From this many digits the text is a barcode being typed, not part of a name ("40" may be a
# size in a name; "200004" is not).
MIN_BARCODE_DIGITS = 4
# Beyond the last character a reference can hold: `code >= text AND code < text + HIGH` is the
# prefix range that SQLite can answer from the index (LIKE 'x%' could not: it is case-blind).
_HIGH = "\U0010ffff"


@dataclass(frozen=True)
class ProductHit:
    """One product in a search answer."""

    id: int
    name: str
    default_code: str | None
    barcode: str | None
    uom_name: str | None


def like_contains(word: str) -> str:
    """`%word%` with LIKE's wildcards in the word taken literally (escape character '\\')."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class ProductsRepo:
    """Read-only product queries over the cache (safe from any thread: each call opens its
    own read session)."""

    def __init__(self, cache: CacheStore) -> None:
        self.cache = cache

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[ProductHit]:
        """Products matching `text` (barcode, start of reference, or words of the name), best
        matches first, at most `limit`. Empty or blank text finds nothing."""
        text = " ".join(text.split())
        if not text or limit <= 0:
            return []
        columns = (
            Product.id,
            Product.name,
            Product.default_code,
            Product.barcode,
            Product.uom_name,
        )
        hits: dict[int, ProductHit] = {}

        def add(rows: Iterable[Row[Any]]) -> None:  # rows of `columns`, any number of them
            for row in rows:
                if row.id not in hits and len(hits) < limit:
                    hits[row.id] = ProductHit(
                        row.id, row.name, row.default_code, row.barcode, row.uom_name
                    )

        active = Product.active.is_(True)
        with self.cache.read() as s:
            if text.isdigit():
                add(s.execute(select(*columns).where(Product.barcode == text, active).limit(limit)))
                add(
                    s.execute(
                        select(*columns)
                        .where(Product.barcode > text, Product.barcode < text + _HIGH, active)
                        .order_by(Product.barcode)
                        .limit(limit)
                    )
                )
            if " " not in text:
                for prefix in dict.fromkeys((text, text.upper())):
                    if len(hits) >= limit:
                        break
                    add(
                        s.execute(
                            select(*columns)
                            .where(
                                Product.default_code >= prefix,
                                Product.default_code < prefix + _HIGH,
                                active,
                            )
                            .order_by(Product.default_code)
                            .limit(limit)
                        )
                    )
            if len(hits) < limit and not (text.isdigit() and len(text) >= MIN_BARCODE_DIGITS):
                # The longest word first: it fails soonest on the rows that do not match.
                ordered = sorted(text.split(" "), key=len, reverse=True)
                words = [Product.name.like(like_contains(word), escape="\\") for word in ordered]
                add(
                    s.execute(
                        select(*columns)
                        .where(and_(*words), active)
                        .order_by(Product.id)
                        .limit(limit + len(hits))
                    )
                )
        return list(hits.values())
