"""One process at a time through a data folder's check-and-create step.

Two programs can open the same data folder at once (the app and `storeapp sync`, a
scheduled job and doctor). Creating the cache is not one SQLite transaction: the first sees
no file and starts creating tables while the second already sees the half-made file, finds
no schema version in it and deletes it, or its own CREATE TABLE meets the first one's
write lock inside a transaction that SQLite will not wait in ("database is locked"). The
opening steps therefore run under an exclusive OS lock on a small file next to the
databases; the second opener waits until the first has finished and then finds a complete
cache. The lock is the operating system's (flock on POSIX, msvcrt on Windows): a process
that dies releases it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from storeapp.offline.db import StorageError

LOCK_FILE = "open.lock"
WAIT_SECONDS = 60.0  # opening a journal includes its backup and migration


@contextmanager
def opening(data_dir: Path, *, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the data folder's opening lock for the block; wait up to `wait` seconds for
    another process to finish its own opening."""
    path = Path(data_dir) / LOCK_FILE
    # Born private like every file of the data folder (0600 whatever the umask).
    with os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+b") as handle:
        _acquire(handle, path, wait)
        try:
            yield
        finally:
            _release(handle)


def _acquire(handle: IO[bytes], path: Path, wait: float) -> None:
    deadline = time.monotonic() + wait
    while not _try_lock(handle):
        if time.monotonic() > deadline:
            raise StorageError(
                f"Another storeapp program has been opening the data folder {path.parent} for "
                f"over {int(wait)} seconds. Close the other storeapp windows and commands, "
                "then try again; nothing was changed."
            )
        time.sleep(0.05)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
