"""Named one-worker executors for blocking work, so nothing blocks the Qt thread.

`erp` serialises everything that speaks to Odoo (odoorpc is not thread-safe and shares one
cookie jar), `db` serialises SQLite writes (one writer at a time is what SQLite wants anyway).
Code running on an executor never touches widgets: it returns a value and the awaiting coroutine,
back on the Qt thread, updates the screen.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


class Executors:
    """The app's two worker threads, created once by the composition root."""

    def __init__(self) -> None:
        self.erp = ThreadPoolExecutor(max_workers=1, thread_name_prefix="erp")
        self.db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")

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
        self.db.shutdown(wait=True, cancel_futures=False)
