"""Background work for screens: plain functions on the app's executors, results applied on the
Qt thread.

A presenter owns one `Work`. It hands blocking calls to `db` (SQLite writes and the reads that
go with them), `read` (lookups a person waits for) or `erp` (Odoo) as plain functions that take
values and return values; the coroutine awaiting them runs on the Qt thread and is the only code
that changes the presenter's state or a widget (Anki's CollectionOp/QueryOp and Orange3's
ConcurrentWidgetMixin follow the same idea).

Two promises hold whatever happens to the screen:

- A call handed to an executor runs to its end: closing the screen or a newer request only stops
  its result being applied, so a write is never dropped half way (the journal decides, not the
  screen).
- `start(..., key=...)` runs a presenter coroutine as a task of the screen; a newer start with
  the same key cancels the older one (a search typed further supersedes the last), and `close()`
  cancels every task still running when the screen goes away.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from typing import Any, TypeVar

from storeapp.ui.executors import Executors

log = logging.getLogger(__name__)

T = TypeVar("T")


def _loop() -> asyncio.AbstractEventLoop:
    """The loop stepping the current task. qasync may step a task in the instant between two
    runs of its loop (tests run it in short bursts), where no loop is "running": the Qt
    thread's own loop is the one stepping it then."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()


class ScreenTasks:
    """A screen's running coroutines: superseded by key, cancelled together on close."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._latest: dict[str, asyncio.Task[Any]] = {}

    def start(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        key: str | None = None,
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T]:
        """Run `coro` as a task of this screen. `done(result)` or `failed(error)` are called
        on the Qt thread; a cancelled task calls neither. With `key`, the task supersedes the
        one started before with the same key (cancelled, its result never applied)."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        if key is not None:
            older = self._latest.get(key)
            if older is not None and not older.done():
                older.cancel()
            self._latest[key] = task
        task.add_done_callback(functools.partial(self._finished, key, done, failed))
        return task

    def _finished(
        self,
        key: str | None,
        done: Callable[[Any], None] | None,
        failed: Callable[[BaseException], None] | None,
        task: asyncio.Task[Any],
    ) -> None:
        self._tasks.discard(task)
        if key is not None and self._latest.get(key) is task:
            del self._latest[key]
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            if done is not None:
                done(task.result())
        elif failed is not None:
            failed(error)
        else:
            log.error("background work failed", exc_info=error)

    def running(self, key: str | None = None) -> bool:
        """Whether a task (with `key`: that key's task) of this screen is still running."""
        if key is not None:
            return key in self._latest
        return bool(self._tasks)

    def close(self) -> None:
        """The screen goes away: cancel its tasks (calls already handed to a worker finish
        there; only their results are dropped)."""
        for task in list(self._tasks):
            task.cancel()
        self._latest.clear()


class Work(ScreenTasks):
    """One screen's background work on the app's executors."""

    def __init__(self, executors: Executors) -> None:
        super().__init__()
        self.executors = executors

    # ------------------------------------------------------------------ plain functions

    async def db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` on the db worker (SQLite writes, in order)."""
        return await self._on(self.executors.db, fn, *args, **kwargs)

    async def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` on the reader: lookups that must not wait for a write."""
        return await self._on(self.executors.read, fn, *args, **kwargs)

    async def erp(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`fn(*args, **kwargs)` on the erp worker (only code that talks to Odoo)."""
        return await self._on(self.executors.erp, fn, *args, **kwargs)

    @staticmethod
    async def _on(executor: Executor, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        future = _loop().run_in_executor(executor, functools.partial(fn, *args, **kwargs))
        # Shielded: cancelling the awaiting task must not take back a call already handed over.
        return await asyncio.shield(future)
