"""The Counts screen closed while it is still reading its tasks (the app stopping right after
someone signed out): the late answer is dropped, not written into deleted widgets."""

from __future__ import annotations

import asyncio

import shiboken6

from storeapp.core.count_review import CountRules
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.outbox import Outbox
from storeapp.ui.counts.presenter import CountsPresenter
from storeapp.ui.counts.view import CountsView
from storeapp.ui.errors import ErrorPresenter
from tests.unit.test_counts_presenter import ROSE, seed_cache


def test_a_refresh_answered_after_the_screen_closed_is_dropped(stores, executors, qloop):
    cache, journal = stores
    seed_cache(cache)
    presenter = CountsPresenter(
        CountsRepo(cache, journal, Outbox(journal), CountRules()), executors, lambda: ROSE
    )
    view = CountsView(presenter, ErrorPresenter(interactive=False))
    reading, release = asyncio.Event(), asyncio.Event()
    real = presenter.load_tasks

    async def slow_tasks():
        reading.set()
        await release.wait()
        return await real()

    presenter.load_tasks = slow_tasks
    failures: list[dict] = []
    qloop.set_exception_handler(lambda _loop, context: failures.append(context))
    refresh = view.refresh()  # the slot's task
    qloop.run_until_complete(asyncio.wait_for(reading.wait(), timeout=10))
    shiboken6.delete(view)  # the window is gone while the read is still running
    release.set()
    qloop.run_until_complete(asyncio.wait([refresh], timeout=10))
    assert refresh.done() and refresh.exception() is None
    assert failures == []
