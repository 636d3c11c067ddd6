"""Rotating log files in the data folder, every handler behind the redaction filter, and one
place where uncaught exceptions from the main thread, other threads and asyncio end up."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from storeapp.diagnostics.redact import redact

LOG_FILE = "storeapp.log"
LOG_FILE_BYTES = 5 * 1024 * 1024
FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

log = logging.getLogger("storeapp.crash")

# Called with (summary, exception) for every uncaught exception, e.g. by the UI's error
# presenter. It may be called from any thread: the listener must hand over to its own thread.
ErrorListener = Callable[[str, BaseException | None], None]
_listeners: list[ErrorListener] = []


class RedactingFilter(logging.Filter):
    """Rewrites each record so that no handler can write a secret, an e-mail address or a
    phone number: the message (with its arguments merged in) and any traceback are redacted
    before formatting."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_storeapp_redacted", False):
            return True  # several handlers share a record: redact once
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._storeapp_redacted = True
        return True


class _StoreappHandler:
    """Marker so that setup_logging can replace its own handlers when called again."""


class _RotatingFile(_StoreappHandler, logging.handlers.RotatingFileHandler):
    pass


class _Stream(_StoreappHandler, logging.StreamHandler[TextIO]):
    pass


def setup_logging(
    data_dir: Path, level: str = "INFO", retention_files: int = 10, *, console: bool = False
) -> Path:
    """Log to `<data_dir>/logs/storeapp.log` (rotated at 5 MB, `retention_files` kept), and to
    stderr when `console` is set. Returns the log file path."""
    folder = Path(data_dir) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _StoreappHandler)]:
        root.removeHandler(old)
        old.close()
    handlers: list[logging.Handler] = [
        _RotatingFile(path, maxBytes=LOG_FILE_BYTES, backupCount=retention_files, encoding="utf-8")
    ]
    if console:
        handlers.append(_Stream(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(level)
    # Alembic announces every plugin it loads at INFO: only its warnings are news.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    # odoorpc logs every JSON-RPC body at DEBUG, and each body carries the device's password or
    # API key as a bare positional argument no filter can tell from data: never let it log that.
    logging.getLogger("odoorpc").setLevel(max(logging.INFO, root.level))
    return path


def add_error_listener(listener: ErrorListener) -> None:
    _listeners.append(listener)


def remove_error_listener(listener: ErrorListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def report_exception(
    summary: str, exc: BaseException | None, tb: TracebackType | None = None
) -> None:
    """Log an uncaught exception with its traceback and tell the listeners."""
    exc_info = (type(exc), exc, tb or exc.__traceback__) if exc is not None else None
    log.critical("%s", summary, exc_info=exc_info)
    for listener in list(_listeners):
        try:
            listener(summary, exc)
        except Exception:  # a failing listener must not hide the original error
            log.exception("error listener %r failed", listener)


def _main_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    report_exception(
        f"Unexpected error: {exc!s}" if str(exc) else f"Unexpected {kind.__name__}", exc, tb
    )


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread else "a worker thread"
    report_exception(
        f"Unexpected error in {name}: {args.exc_value!s}", args.exc_value, args.exc_traceback
    )


def asyncio_exception_handler(loop: Any, context: dict[str, Any]) -> None:
    """For `loop.set_exception_handler(...)`: errors of tasks nobody awaited end up here."""
    exc = context.get("exception")
    message = context.get("message") or "error in the event loop"
    if exc is None:
        log.error("asyncio: %s (%s)", message, {k: v for k, v in context.items() if k != "message"})
        return
    report_exception(f"Unexpected error in background work: {exc!s} ({message})", exc)


def install_exception_hooks() -> None:
    """One hook for the main thread, all other threads (and asyncio, through
    `asyncio_exception_handler`, which the app installs on its loop)."""
    sys.excepthook = _main_hook
    threading.excepthook = _thread_hook


def format_exception(exc: BaseException) -> str:
    """The redacted traceback text, for a "copy details" button."""
    return redact("".join(traceback.format_exception(exc)))
