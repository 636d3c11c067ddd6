"""Diagnostics: log files, uncaught exceptions, crash files and redaction.

The app starts it once, early (docs/architecture.md: environment -> faulthandler -> logging -> config):

    diag = diagnostics.start(data_dir, level=cfg.logging.level,
                             retention_files=cfg.logging.retention_files)
    for crash in diag.previous_crashes: show(crash.summary)
    loop.set_exception_handler(diagnostics.asyncio_exception_handler)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storeapp.diagnostics.crashes import (
    CrashReport,
    collect_previous_crashes,
    disable_crash_file,
    enable_crash_file,
)
from storeapp.diagnostics.logs import (
    RedactingFilter,
    add_error_listener,
    asyncio_exception_handler,
    format_exception,
    install_exception_hooks,
    remove_error_listener,
    report_exception,
    setup_logging,
)
from storeapp.diagnostics.redact import REDACTED, redact

__all__ = [
    "REDACTED",
    "CrashReport",
    "Diagnostics",
    "RedactingFilter",
    "add_error_listener",
    "asyncio_exception_handler",
    "collect_previous_crashes",
    "disable_crash_file",
    "enable_crash_file",
    "format_exception",
    "install_exception_hooks",
    "redact",
    "remove_error_listener",
    "report_exception",
    "setup_logging",
    "start",
]


@dataclass(frozen=True)
class Diagnostics:
    log_file: Path
    crash_file: Path | None
    previous_crashes: list[CrashReport]


def start(
    data_dir: Path,
    *,
    level: str = "INFO",
    retention_files: int = 10,
    console: bool = False,
    crash_file: bool = True,
) -> Diagnostics:
    """Logging, exception hooks and (for the long-running app) the crash file; reports what
    a previous run left behind. Short commands pass `crash_file=False`."""
    log_file = setup_logging(data_dir, level, retention_files, console=console)
    install_exception_hooks()
    logs_dir = log_file.parent
    previous = collect_previous_crashes(logs_dir)
    crash = enable_crash_file(logs_dir) if crash_file else None
    return Diagnostics(log_file, crash, previous)
