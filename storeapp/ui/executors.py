"""Named one-worker executors for blocking work, so nothing blocks the Qt thread.

`erp` serialises everything that speaks to Odoo (odoorpc is not thread-safe and shares one
cookie jar), `db` serialises SQLite writes (one writer at a time is what SQLite wants anyway),
`read` runs the reads a person waits for while a write may be under way (a scan's lookup in the
cache, the dashboard's figures): WAL lets them run beside the writer instead of queueing
behind the journal write of the last scan. Code running on an executor never touches widgets
or presenter state: it returns a value and the awaiting coroutine, back on the Qt thread,
applies it. Presenters reach them through `storeapp.ui.background.Work`.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class InlineExecutor(Executor):
    """Runs each call at once on the calling thread: for tests where timing does not matter
    and a thread would only make a failure harder to read."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the awaiting coroutine, as a thread would
            future.set_exception(exc)
        return future


class Executors:
    """The app's worker threads, created once by the composition root."""

    def __init__(
        self,
        erp: Executor | None = None,
        db: Executor | None = None,
        read: Executor | None = None,
    ) -> None:
        self.erp = erp or ThreadPoolExecutor(max_workers=1, thread_name_prefix="erp")
        self.db = db or ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self.read = read or ThreadPoolExecutor(max_workers=1, thread_name_prefix="read")

    @classmethod
    def inline(cls) -> Executors:
        """Every call runs on the calling thread (tests)."""
        return cls(InlineExecutor(), InlineExecutor(), InlineExecutor())

    # The composition root's own start-up steps await these; screens use `background.Work`.

    async def run_db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn` on the db worker and await its result from the Qt thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.db, functools.partial(fn, *args, **kwargs))

    async def run_erp(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `fn` on the erp worker (only for code that talks to Odoo)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.erp, functools.partial(fn, *args, **kwargs))

    def shutdown(self) -> None:
        # wait=False: a hung RPC must not keep the window from closing; odoorpc's own timeout
        # ends the thread later and the journal never depends on it finishing.
        self.erp.shutdown(wait=False, cancel_futures=True)
        self.read.shutdown(wait=False, cancel_futures=True)
        self.db.shutdown(wait=True, cancel_futures=False)
