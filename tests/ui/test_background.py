"""Screens' background work (storeapp/ui/background.py): plain functions on the executors,
results applied on the Qt thread, superseded or cancelled without dropping a write; and the
two screens that used to do it their own way (Click & Collect's lookup pool, Counts changing
its state on the db thread)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from odoosim import OdooSim
from storeapp.core.count_review import CountRules
from storeapp.offline.click_collect_repo import ClickCollectRepo, ClickCollectSettings
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.outbox import Actor, Outbox
from storeapp.ui.background import Work
from storeapp.ui.click_collect.presenter import QueuePresenter
from storeapp.ui.counts.presenter import CountsPresenter
from storeapp.ui.executors import Executors
from tests.sync.conftest import make_engine, start_sim
from tests.unit.test_counts_presenter import ROSE, seed_cache


def test_a_newer_request_supersedes_the_older_one(qloop, executors):
    work = Work(executors)
    release = threading.Event()
    applied: list[str] = []

    def slow(text: str) -> str:
        release.wait(5)
        return text

    async def search(text: str) -> str:
        return await work.read(slow, text)

    first = work.start(search("mu"), key="search", done=applied.append)
    second = work.start(search("mug"), key="search", done=applied.append)
    release.set()
    qloop.run_until_complete(asyncio.gather(first, second, return_exceptions=True))
    assert first.cancelled()
    assert applied == ["mug"]
    assert not work.running()


def test_errors_come_back_on_the_qt_thread(qloop, executors):
    work = Work(executors)
    seen: list[tuple[str, str]] = []

    def broken() -> None:
        raise OSError("disk full")

    task = work.start(
        work.db(broken), failed=lambda e: seen.append((str(e), threading.current_thread().name))
    )
    qloop.run_until_complete(asyncio.gather(task, return_exceptions=True))
    assert seen == [("disk full", threading.current_thread().name)]


def test_closing_the_screen_drops_results_but_never_a_write_handed_over(qloop, executors):
    work = Work(executors)
    started, release = threading.Event(), threading.Event()
    written: list[int] = []
    applied: list[int] = []

    def write(n: int) -> int:
        started.set()
        release.wait(5)
        written.append(n)
        return n

    task = work.start(work.db(write, 1), done=applied.append)
    second = work.start(work.db(write, 2), done=applied.append)

    async def close_when_started() -> None:
        while not started.is_set():
            await asyncio.sleep(0.005)
        work.close()
        release.set()

    qloop.run_until_complete(close_when_started())
    qloop.run_until_complete(asyncio.gather(task, second, return_exceptions=True))
    executors.db.submit(lambda: None).result(5)  # the db worker has finished what it was given
    assert task.cancelled() and second.cancelled()
    assert applied == []
    assert written == [1, 2]


def test_inline_executors_run_on_the_calling_thread(qloop):
    work = Work(Executors.inline())
    name = qloop.run_until_complete(work.db(lambda: threading.current_thread().name))
    assert name == threading.current_thread().name


# ---------------------------------------------------------------------------- Click & Collect


@pytest.fixture
def sim() -> Iterator[OdooSim]:
    server = start_sim()
    yield server
    server.stop()


def test_click_and_collect_lookups_stop_with_the_app(
    sim: OdooSim, tmp_path: Path, qloop, memory_keyring
):
    """Scan lookups run on the app's executors, so shutting them down leaves no thread behind
    (a module-level pool of its own was never shut down)."""
    before = set(threading.enumerate())
    wiring = make_engine(sim, tmp_path / "data")
    executors = Executors()
    try:
        wiring.engine.run_once(pull=True)
        repo = ClickCollectRepo(
            wiring.cache, wiring.journal, wiring.outbox, ClickCollectSettings(warehouse_code="LYO")
        )
        queue = QueuePresenter(repo, executors, lambda: Actor(2, "Rose Vincent"))
        order = sim.facts.click_collect_orders["to_pick"][0]["picking_id"]
        pick = qloop.run_until_complete(queue.start_pick(order))
        qloop.run_until_complete(pick.scan("0000000000000"))  # not of this order: a lookup
        qloop.run_until_complete(pick.search_products("mug"))
    finally:
        executors.shutdown()
        wiring.close()
    for thread in set(threading.enumerate()) - before:
        thread.join(5)
    left = [t.name for t in set(threading.enumerate()) - before if t.is_alive()]
    assert left == []


# ---------------------------------------------------------------------------- Counts

STATE = {"current", "awaiting_lot", "reviews", "review_shown", "tasks", "last_outcome"}


class Watched(CountsPresenter):
    """Records the thread of every read or write of the presenter's state."""

    def __init__(self, *args, **kwargs) -> None:
        object.__setattr__(self, "threads", set())
        super().__init__(*args, **kwargs)

    def __getattribute__(self, name: str):
        if name in STATE:
            object.__getattribute__(self, "threads").add(threading.current_thread().name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value) -> None:
        if name in STATE:
            object.__getattribute__(self, "threads").add(threading.current_thread().name)
        object.__setattr__(self, name, value)


def test_counts_touch_their_state_only_on_the_qt_thread(stores, executors, qloop):
    cache, journal = stores
    seed_cache(cache)
    repo = CountsRepo(cache, journal, Outbox(journal), CountRules())
    counts = Watched(repo, executors, lambda: ROSE)
    run = qloop.run_until_complete
    run(counts.load_tasks())
    assert run(counts.scan("LYO-A01")).level == "ok"
    assert run(counts.scan("3760000000017")).level == "ok"  # a mug
    assert run(counts.scan("3760000000031")).level == "warn"  # yogurt: its lot is asked for
    assert run(counts.scan("L-0001")).level in ("ok", "warn")
    key = counts.rows()[0].key
    assert run(counts.set_quantity(key, "3")).level == "ok"
    assert run(counts.undo()).level == "ok"
    assert run(counts.recount(key)).level in ("ok", "warn")
    run(counts.choose_product(1))
    run(counts.submit())
    assert counts.threads == {threading.current_thread().name}
