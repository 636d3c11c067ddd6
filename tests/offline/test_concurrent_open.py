"""Two programs opening a fresh data folder at once (the app and `storeapp sync`, a scheduled
job and doctor) both get a complete cache: creating it failed with "database is locked", a
disk I/O error, or one process deleting the half-made file of the other."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from storeapp.offline.cache import CacheStore, recorded_schema_version
from storeapp.offline.cache_models import CACHE_SCHEMA_VERSION
from storeapp.offline.db import StorageError
from storeapp.offline.folder_lock import opening

PROCESSES = 3
TRIALS = 3


def _open_cache(folder: str, barrier, results) -> None:
    try:
        barrier.wait(30)
        CacheStore.open(Path(folder)).close()
        results.put("ok")
    except Exception as exc:  # reported to the test, which names it
        results.put(f"{type(exc).__name__}: {exc}"[:300])


@pytest.mark.parametrize("trial", range(TRIALS))
def test_processes_opening_a_fresh_folder_at_once_all_get_the_cache(tmp_path, trial):
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    children = [
        ctx.Process(target=_open_cache, args=(str(tmp_path), barrier, results))
        for _ in range(PROCESSES)
    ]
    for child in children:
        child.start()
    outcomes = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(30)
    assert outcomes == ["ok"] * PROCESSES
    assert recorded_schema_version(tmp_path / "cache.sqlite") == CACHE_SCHEMA_VERSION


def test_an_opening_that_never_ends_is_said_in_words(tmp_path):
    with opening(tmp_path):
        with pytest.raises(StorageError, match="Another storeapp program has been opening"):
            with opening(tmp_path, wait=0.2):
                pass
    with opening(tmp_path, wait=0.2):  # released: the next opener goes through
        pass
