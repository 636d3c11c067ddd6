"""Stopping the app: the stop requests it listens for, and the orderly shutdown.

Mixed into `StoreApp` (storeapp.app). Every way of asking the app to stop (closing the main
window or the safe-mode screen, Ctrl+C, SIGTERM, a closed console, the desktop session ending)
ends in `_close_requested`, which sets `closed`; `run` then awaits `stop`, which closes the
pieces in the reverse order of their opening so no op or journal write is cut off.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

log = logging.getLogger("storeapp.app")


class AppShutdown:
    """The stop side of `StoreApp`: the attributes below are set by `StoreApp.__init__` and
    its start steps."""

    closed: asyncio.Event | None
    engine: Any
    webhooks: Any
    shell: Any
    gateway: Any
    demo_store: Any
    executors: Any
    cache: Any
    journal: Any
    guard: Any
    _tasks: list[asyncio.Task[Any]]

    def listen_for_stop_requests(self) -> Any:
        """Ctrl+C in the terminal, SIGTERM (a service manager, a logout), Ctrl+Break or a closed
        console window (SIGBREAK/SIGHUP where the OS has them) and the desktop session ending
        all stop the app the way closing its window does, instead of a KeyboardInterrupt in
        whatever Qt callback was running or a kill that leaves a crash file. Returns the
        function that puts the previous handlers back."""
        import signal

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from storeapp.sync.cli import stop_signals

        loop = asyncio.get_event_loop()

        def handler(signum: int, _frame: Any) -> None:
            log.info("stop requested (%s)", signal.Signals(signum).name)
            loop.call_soon_threadsafe(self._close_requested)

        previous = {signum: signal.signal(signum, handler) for signum in stop_signals()}
        # Python runs signal handlers only between bytecodes, and Qt waits for events in C++:
        # a short timer lets the handler run within a fraction of a second.
        self._signal_timer = QTimer()
        self._signal_timer.timeout.connect(lambda: None)
        self._signal_timer.start(200)
        app = QApplication.instance()

        def session_ends(*_args: Any) -> None:
            log.info("stop requested (the desktop session is ending)")
            self._close_requested()

        app.commitDataRequest.connect(session_ends)

        def restore() -> None:
            self._signal_timer.stop()
            app.commitDataRequest.disconnect(session_ends)
            for signum, old in previous.items():
                signal.signal(signum, old)

        return restore

    def _close_requested(self) -> None:
        dialog = getattr(self, "_setup_dialog", None)
        if dialog is not None:
            # Stopped while the setup dialog waits (Ctrl+C, logout): as if Cancel was pressed.
            dialog.reject()
        if self.engine is not None:
            # Closing during the first sync stops it after the current page (kept, resumed).
            self.engine.cancel_event.set()
        if self.closed is not None:
            self.closed.set()

    async def stop(self) -> None:
        """Orderly shutdown: stop syncing, close Odoo, flush and close the databases."""
        if self.engine is not None:
            self.engine.stop()
        if getattr(self, "webhooks", None) is not None:
            await asyncio.to_thread(self.webhooks.stop)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            # Bounded: a task stuck in a worker thread must not keep the app from closing.
            await asyncio.wait(list(self._tasks), timeout=5)
        if self.shell is not None:
            self.shell.stop()
        if self.engine is not None:
            await asyncio.to_thread(self.engine.close)
        if self.gateway is not None:
            await asyncio.to_thread(self.gateway.close)
        if self.demo_store is not None:
            await asyncio.to_thread(self.demo_store.stop)
        self.executors.shutdown()
        for store in (self.cache, self.journal):
            if store is not None:
                store.close()
        if self.guard is not None:
            self.guard.release()
        listener = getattr(self, "_error_listener", None)
        if listener is not None:
            from storeapp import diagnostics

            diagnostics.remove_error_listener(listener)
        log.info("storeapp stopped cleanly: outbox and journal closed")
