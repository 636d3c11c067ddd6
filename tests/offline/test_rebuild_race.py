"""A cache rebuilt at run time (the store or server changed) while another program opens the
same data folder: the opener waits for the rebuild, and the rebuilt cache stays whole."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from storeapp.offline.cache import CacheStore, recorded_schema_version
from storeapp.offline.cache_models import CACHE_SCHEMA_VERSION

ROUNDS = 20


def _keep_opening(folder: str, started, stop, results) -> None:
    problems = []
    started.set()
    while not stop.is_set():
        try:
            store = CacheStore.open(Path(folder))
            if store.rebuilt_reason:
                problems.append(store.rebuilt_reason)
            store.close()
        except Exception as exc:
            problems.append(f"{type(exc).__name__}: {exc}"[:200])
    results.put(problems)


def test_a_rebuild_at_run_time_is_not_undone_by_another_program_opening(tmp_path):
    cache = CacheStore.open(tmp_path)
    ctx = multiprocessing.get_context("spawn")
    started, stop, results = ctx.Event(), ctx.Event(), ctx.Queue()
    child = ctx.Process(target=_keep_opening, args=(str(tmp_path), started, stop, results))
    child.start()
    try:
        assert started.wait(60)
        broken = []
        for n in range(ROUNDS):
            cache.rebuild(f"round {n}")
            if recorded_schema_version(tmp_path / "cache.sqlite") != CACHE_SCHEMA_VERSION:
                broken.append(n)
            with cache.read() as s:
                s.connection().exec_driver_sql("SELECT COUNT(*) FROM product").scalar()
            time.sleep(0.01)
    finally:
        stop.set()
        problems = results.get(timeout=60)
        child.join(30)
        cache.close()
    assert broken == [] and problems == []
