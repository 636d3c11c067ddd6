"""Hard crashes (segfaults in Qt or SQLite, aborts): Python's faulthandler writes the stack of
every thread into `<data>/logs/crash-<pid>.txt`. A clean exit removes the file; at the next
start a leftover file means the previous run ended abnormally, and it is reported."""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from storeapp.diagnostics.redact import redact

log = logging.getLogger(__name__)

REPORTED_KEPT = 5

_crash_file: IO[str] | None = None
_crash_path: Path | None = None


@dataclass(frozen=True)
class CrashReport:
    """A previous run that did not exit cleanly. `text` is what faulthandler wrote (empty
    when the process was killed or the power went off)."""

    pid: int
    when: datetime
    text: str
    kept_at: Path | None

    @property
    def summary(self) -> str:
        local = self.when.astimezone().strftime("%Y-%m-%d %H:%M")
        how = "crashed" if self.text.strip() else "was closed unexpectedly"
        return f"storeapp {how} last time (around {local}). Nothing saved was lost."


def enable_crash_file(logs_dir: Path) -> Path:
    """Send faulthandler's output to `crash-<pid>.txt`; removed again at a clean exit."""
    global _crash_file, _crash_path
    if _crash_file is not None and _crash_path is not None:
        return _crash_path  # already on for this process
    logs_dir.mkdir(parents=True, exist_ok=True)
    _crash_path = logs_dir / f"crash-{os.getpid()}.txt"
    _crash_file = _crash_path.open("w", encoding="utf-8")
    faulthandler.enable(_crash_file, all_threads=True)
    atexit.register(disable_crash_file)
    return _crash_path


def disable_crash_file() -> None:
    """Clean exit: stop faulthandler and remove this run's (empty) crash file."""
    global _crash_file, _crash_path
    if _crash_file is None:
        return
    faulthandler.disable()
    _crash_file.close()
    if _crash_path is not None:
        _crash_path.unlink(missing_ok=True)
    _crash_file = _crash_path = None
    # Keep faulthandler on stderr for what remains of the process.
    if sys.stderr is not None:
        faulthandler.enable()


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes  # Windows only

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def collect_previous_crashes(logs_dir: Path) -> list[CrashReport]:
    """Find crash files left by runs that are no longer alive, log them (redacted), and keep
    the last few with traceback as `reported-crash-*.txt` for support."""
    reports = []
    for path in sorted(logs_dir.glob("crash-*.txt")):
        try:
            pid = int(path.stem.split("-", 1)[1])
        except ValueError:
            continue
        if _pid_alive(pid):
            continue  # another storeapp process is running right now
        try:
            text = redact(path.read_text(encoding="utf-8", errors="replace"))
            when = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            continue
        kept = None
        if text.strip():
            kept = logs_dir / f"reported-crash-{when.strftime('%Y%m%dT%H%M%SZ')}-{pid}.txt"
            kept.write_text(text, encoding="utf-8")
            log.error("previous run (pid %s) crashed:\n%s", pid, text)
        else:
            log.warning("previous run (pid %s) ended without a clean exit", pid)
        path.unlink(missing_ok=True)
        reports.append(CrashReport(pid, when, text, kept))
    for old in sorted(logs_dir.glob("reported-crash-*.txt"))[:-REPORTED_KEPT]:
        old.unlink(missing_ok=True)
    return reports
