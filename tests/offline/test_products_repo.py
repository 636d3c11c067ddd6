"""Product search over the cache: barcode, reference prefix, words of the name, archived left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert

from storeapp.offline.cache import CacheStore
from storeapp.offline.cache_models import Product
from storeapp.offline.products_repo import ProductsRepo

ROWS = [
    (1, "Nordic navy cotton shirt, size M", "SKU00001", "2000000000015", True),
    (2, "Nordic navy cotton shirt, size L", "SKU00002", "2000000000022", True),
    (3, "Urban black leather belt, size 40", "BLT-40", "2000000000039", True),
    (4, "Harbor olive wool scarf", "sku00004", "4006381333931", True),
    (5, "Old navy cotton shirt (archived)", "SKU00005", "2000000000053", False),
    (6, "100% linen tea towel_large", "TT-100", None, True),
    (7, "Shirt box for cotton shirts", None, None, True),
]


@pytest.fixture
def repo(tmp_path: Path):
    cache = CacheStore.open(tmp_path / "data")
    with cache.write() as s:
        s.execute(
            insert(Product),
            [
                {
                    "id": i,
                    "write_date": "2026-11-26 08:00:00",
                    "name": name,
                    "default_code": code,
                    "barcode": barcode,
                    "uom_name": "Units",
                    "active": active,
                }
                for i, name, code, barcode, active in ROWS
            ],
        )
    yield ProductsRepo(cache)
    cache.close()


def ids(hits) -> list[int]:
    return [h.id for h in hits]


def test_full_barcode_finds_the_product_first(repo: ProductsRepo) -> None:
    hits = repo.search("2000000000039")
    assert ids(hits) == [3]
    assert hits[0].name == "Urban black leather belt, size 40"
    assert hits[0].uom_name == "Units"


def test_start_of_a_barcode_typed_by_hand(repo: ProductsRepo) -> None:
    assert ids(repo.search("200000000")) == [1, 2, 3]


def test_reference_prefix_as_typed_and_in_capitals(repo: ProductsRepo) -> None:
    assert ids(repo.search("blt")) == [3]
    # As typed first ("sku00004" is kept as Odoo has it), then in capitals.
    assert ids(repo.search("sku0000")) == [4, 1, 2]
    assert ids(repo.search("SKU0000")) == [1, 2]


def test_words_of_the_name_in_any_order_without_case(repo: ProductsRepo) -> None:
    assert ids(repo.search("SHIRT navy")) == [1, 2]
    assert ids(repo.search("  cotton   shirt ")) == [1, 2, 7]
    assert ids(repo.search("wool harbor")) == [4]
    assert repo.search("navy wool") == []


def test_archived_products_are_left_out(repo: ProductsRepo) -> None:
    assert 5 not in ids(repo.search("old navy"))
    assert repo.search("2000000000053") == []
    assert repo.search("SKU00005") == []


def test_like_wildcards_in_the_text_are_literal(repo: ProductsRepo) -> None:
    assert ids(repo.search("100%")) == [6]
    assert ids(repo.search("towel_l")) == [6]
    # Only the product whose name has a real "%" or "_", not every product.
    assert ids(repo.search("%")) == [6]
    assert ids(repo.search("_")) == [6]
    assert repo.search("linen%towel") == []


def test_exact_hits_come_before_name_hits_without_duplicates(repo: ProductsRepo) -> None:
    # "TT-100" starts a reference; "100" also appears in its name: listed once, first.
    assert ids(repo.search("TT-100")) == [6]
    # Short digits: the start of a barcode first, then names with them (a size).
    assert ids(repo.search("40")) == [4, 3]
    # From four digits on it is a barcode being typed: names are not read.
    assert ids(repo.search("4006")) == [4]


def test_blank_text_and_limit(repo: ProductsRepo) -> None:
    assert repo.search("") == []
    assert repo.search("   ") == []
    assert ids(repo.search("shirt", limit=2)) == [1, 2]
    assert repo.search("shirt", limit=0) == []
