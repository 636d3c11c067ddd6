"""The cache is disposable: damaged or outdated means set aside (or dropped) and rebuilt."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from storeapp.offline import cache as cache_module
from storeapp.offline.cache import CACHE_FILE, CacheStore
from storeapp.offline.cache_models import CACHE_SCHEMA_VERSION, CacheMeta, Product
from tests.offline.helpers import corrupt_middle


def _fill(data_dir: Path, count: int = 3000) -> None:
    with CacheStore.open(data_dir) as cache:
        with cache.write() as session:
            session.add_all(
                Product(id=i, name=f"Product {i} " + "x" * 80, barcode=f"{4000000000000 + i}")
                for i in range(1, count + 1)
            )


def _products(cache: CacheStore) -> int:
    with cache.read() as session:
        return session.scalar(select(func.count()).select_from(Product))


def test_new_cache_records_its_schema_version(tmp_path: Path):
    with CacheStore.open(tmp_path) as cache:
        assert cache.rebuilt_reason == "no cache yet"
        with cache.read() as session:
            assert session.get(CacheMeta, "schema_version").value == str(CACHE_SCHEMA_VERSION)
    _fill(tmp_path, 10)
    with CacheStore.open(tmp_path) as cache:
        assert cache.rebuilt_reason is None
        assert _products(cache) == 10


def test_corrupt_cache_is_set_aside_and_rebuilt_empty(tmp_path: Path):
    _fill(tmp_path)
    corrupt_middle(tmp_path / CACHE_FILE)
    with CacheStore.open(tmp_path) as cache:
        assert "damaged" in cache.rebuilt_reason
        assert cache.quick_check() == "ok"
        assert _products(cache) == 0
        # ... and usable at once by the sync engine.
        with cache.write() as session:
            session.add(Product(id=1, name="Refilled"))
        assert _products(cache) == 1
    aside = sorted(p.name for p in tmp_path.glob(f"{CACHE_FILE}.corrupt-*Z"))
    assert len(aside) == 1


def test_only_the_last_two_damaged_caches_are_kept(tmp_path: Path):
    for day in range(1, 5):
        _fill(tmp_path, 1500)
        corrupt_middle(tmp_path / CACHE_FILE)
        moment = datetime(2026, 3, day, tzinfo=UTC)
        CacheStore.open(tmp_path, clock=lambda m=moment: m).close()
    aside = sorted(p.name for p in tmp_path.glob(f"{CACHE_FILE}.corrupt-*Z"))
    assert [name[len(CACHE_FILE) + 9 : len(CACHE_FILE) + 17] for name in aside] == [
        "20260303",
        "20260304",
    ]


def test_cache_of_another_schema_version_is_rebuilt(tmp_path: Path):
    _fill(tmp_path, 10)
    with CacheStore.open(tmp_path) as cache:
        with cache.write() as session:
            session.execute(
                text("UPDATE cache_meta SET value = :v WHERE key = 'schema_version'"),
                {"v": str(CACHE_SCHEMA_VERSION - 1)},
            )
    with CacheStore.open(tmp_path) as cache:
        assert "schema" in cache.rebuilt_reason
        assert _products(cache) == 0
    assert not list(tmp_path.glob(f"{CACHE_FILE}.*-*"))


def test_rebuild_on_request(tmp_path: Path):
    _fill(tmp_path, 10)
    with CacheStore.open(tmp_path) as cache:
        cache.rebuild("the store changed")
        assert cache.rebuilt_reason == "the store changed"
        assert _products(cache) == 0


def test_set_aside_keeps_wal_companions_together(tmp_path: Path):
    path = tmp_path / CACHE_FILE
    for suffix in ("", "-wal", "-shm"):
        path.with_name(CACHE_FILE + suffix).write_bytes(b"x")
    target = cache_module.set_aside(path, datetime(2026, 1, 1, tzinfo=UTC), "corrupt")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, target.name + "-wal", target.name + "-shm"]
    )
