"""`asyncSlot` for screens: qasync's, except that a screen deleted while its slot was awaiting
ends the slot quietly.

A screen's async slot awaits its presenter (a read on the db thread, a call to Odoo) and then
writes to its widgets. When the window closes meanwhile (the app stopping, a dialog closed),
Qt deletes those widgets, and the first `setText` after the await raises "Internal C++ object
already deleted". qasync hands any exception of a slot to `sys.excepthook`, which in the app
logs it as an unexpected error and tells the error listeners (storeapp/diagnostics/logs.py):
closing the app while a screen was refreshing could leave a critical error in the log.
Here such an error ends the slot silently when the screen itself is gone; any other error, or
the same error on a screen still alive, goes on to the excepthook as before.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

import qasync
import shiboken6

log = logging.getLogger(__name__)


def asyncSlot(*types: Any, **options: Any) -> Callable[[Callable[..., Coroutine]], Any]:
    """Decorate a screen method (`self` a QObject) as qasync's `asyncSlot(*types)` does."""

    def decorate(fn: Callable[..., Coroutine]) -> Any:
        @functools.wraps(fn)  # qasync binds the signal's arguments against `fn`'s signature
        async def guarded(owner: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return await fn(owner, *args, **kwargs)
            except RuntimeError:
                if shiboken6.isValid(owner):
                    raise
                log.debug("%s ended after its screen was deleted", fn.__qualname__)
                return None

        return qasync.asyncSlot(*types, **options)(guarded)

    return decorate
