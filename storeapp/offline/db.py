"""SQLite engines for the two local databases, with durable settings that are checked.

Why every pragma is set and read back: Python's `sqlite3` module is built differently on each
platform (default journal mode, compile-time options), and a pragma that silently does not take
effect is how acknowledged work gets lost. So each new connection sets them explicitly and
refuses to be used if SQLite reports something else.

Why `BEGIN IMMEDIATE`: a deferred transaction that later wants to write gets SQLITE_BUSY at once,
ignoring `busy_timeout`. Write transactions therefore take the write lock at BEGIN and wait for
it politely. The pysqlite driver's own transaction handling is switched off
(`isolation_level = None`) and SQLAlchemy's `begin` event emits the BEGIN we want, as the
SQLAlchemy pysqlite documentation describes.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

# Execution option that marks a connection as a writer: its transactions start IMMEDIATE.
WRITE_OPTION = "storeapp_write"

BUSY_TIMEOUT_MS = 10_000

# File systems whose locking SQLite cannot trust (SQLite FAQ: "network file systems").
NETWORK_FS_TYPES = ("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "sshfs", "fuse.sshfs")


class StorageError(Exception):
    """A local database cannot be used. The message says what happened and what to do."""


class NetworkPathError(StorageError):
    """The data folder is on a network share, where SQLite's locking is unreliable."""


class PragmaError(StorageError):
    """SQLite did not accept a setting the app relies on for durability."""


@dataclass(frozen=True)
class Durability:
    """The pragmas one database needs. `synchronous` is FULL for the journal (a power cut must
    not lose an acknowledged commit) and NORMAL for the cache (it can be rebuilt)."""

    synchronous: str  # "FULL" | "NORMAL"
    journal_mode: str = "wal"
    foreign_keys: bool = True
    busy_timeout_ms: int = BUSY_TIMEOUT_MS


JOURNAL_DURABILITY = Durability(synchronous="FULL")
CACHE_DURABILITY = Durability(synchronous="NORMAL")

_SYNCHRONOUS_VALUES = {"OFF": 0, "NORMAL": 1, "FULL": 2, "EXTRA": 3}


# --------------------------------------------------------------------------- network paths


def _linux_mounts(mounts_file: Path) -> list[tuple[str, str]]:
    """(mount point, fs type) pairs from /proc/mounts; octal escapes such as \\040 decoded."""
    found: list[tuple[str, str]] = []
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return found
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].encode("latin-1", "replace").decode("unicode_escape")
            found.append((point, parts[2]))
    return found


def network_mount_of(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The network file system type `path` lives on (Linux), or None when it is local."""
    resolved = str(path.resolve())
    best: tuple[str, str] | None = None
    for point, fstype in _linux_mounts(mounts_file):
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    if best and best[1].lower().startswith(NETWORK_FS_TYPES):
        return best[1]
    return None


def is_unc_path(path: PurePath | str) -> bool:
    """True for Windows network paths: \\\\server\\share\\... (also //server/share)."""
    text = str(path)
    if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        return False  # long local path or device path
    return bool(PureWindowsPath(text).drive.startswith(("\\\\", "//")))


def _windows_drive_is_remote(path: Path) -> bool:
    """A mapped drive letter (Z:) pointing at a share is as unsafe as a UNC path."""
    import ctypes  # Windows only; imported here so other platforms never load it

    drive = os.path.splitdrive(str(path.resolve()))[0]
    if not drive:
        return False
    drive_remote = 4  # DRIVE_REMOTE from GetDriveTypeW
    # typeshed declares ctypes.windll for Windows only, and this module is checked on any platform.
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def ensure_local_folder(path: Path, *, mounts_file: Path = Path("/proc/mounts")) -> None:
    """Refuse a data folder on a network path, with the reason and what to do."""
    advice = (
        "SQLite cannot lock files safely on network shares, so work could be lost. "
        "Choose a folder on this computer's own disk (set STOREAPP_DATA_DIR or ask IT)."
    )
    if is_unc_path(path):
        raise NetworkPathError(f"The data folder {path} is a network path. {advice}")
    if sys.platform == "win32":
        if _windows_drive_is_remote(path):
            raise NetworkPathError(f"The data folder {path} is on a network drive. {advice}")
        return
    fstype = network_mount_of(path, mounts_file)
    if fstype:
        raise NetworkPathError(f"The data folder {path} is on a network share ({fstype}). {advice}")


def prepare_data_folder(path: Path) -> Path:
    """Check that `path` is local, then create it if needed and make it private to this user
    (POSIX 0700/0600, storeapp/offline/private_files.py); errors say what to do."""
    path = Path(path)
    ensure_local_folder(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"The data folder {path} cannot be created ({exc.strerror}). Ask IT to give this "
            "user write access there, or set STOREAPP_DATA_DIR to a folder on this computer."
        ) from exc
    from storeapp.offline.private_files import make_private  # lazy: no cycle at import

    make_private(path)
    return path


# --------------------------------------------------------------------------- engines


def apply_pragmas(dbapi_connection: sqlite3.Connection, durability: Durability) -> None:
    """Set every pragma on a fresh connection, then read each one back."""
    # Turn off the driver's implicit transactions: BEGIN is emitted by the engine's begin event.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(durability.busy_timeout_ms)}")
        mode = cursor.execute(f"PRAGMA journal_mode = {durability.journal_mode}").fetchone()[0]
        cursor.execute(f"PRAGMA synchronous = {durability.synchronous}")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if durability.foreign_keys else 'OFF'}")
        actual = read_pragmas(dbapi_connection)
    finally:
        cursor.close()
    expected = {
        "journal_mode": durability.journal_mode,
        "synchronous": _SYNCHRONOUS_VALUES[durability.synchronous.upper()],
        "foreign_keys": int(durability.foreign_keys),
        "busy_timeout": durability.busy_timeout_ms,
    }
    wrong = {k: actual[k] for k, v in expected.items() if actual[k] != v}
    if str(mode).lower() != durability.journal_mode:
        wrong["journal_mode"] = mode
    if wrong:
        raise PragmaError(
            f"SQLite refused required settings (wanted {expected}, got {wrong}). "
            "The database may be on a file system without shared-memory support or opened "
            "read-only. Move the data folder to a local disk, then start again."
        )


def read_pragmas(dbapi_connection: sqlite3.Connection) -> dict[str, Any]:
    """What SQLite says the settings of this connection are."""
    cursor = dbapi_connection.cursor()
    try:
        return {
            name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    finally:
        cursor.close()


def make_engine(path: Path, durability: Durability, *, read_only: bool = False) -> Engine:
    """An engine for one SQLite file with the given durability.

    Read-only engines (safe mode) open the file with `mode=ro` and set no pragma that writes:
    they must leave a damaged journal byte-for-byte as it was.
    """
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=NullPool,
        )

        @event.listens_for(engine, "connect")
        def _connect_ro(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
            dbapi_connection.isolation_level = None
            dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            dbapi_connection.execute("PRAGMA query_only = ON")

    else:
        engine = create_engine(f"sqlite+pysqlite:///{Path(path)}")

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
            apply_pragmas(dbapi_connection, durability)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        writing = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing and not read_only else "BEGIN")

    return engine


def checkpoint(engine: Engine) -> None:
    """Move the WAL into the main file. Done after creating a schema: some file systems lose
    a database whose only content is in the WAL when it is reopened."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def quick_check(path: Path) -> str:
    """`PRAGMA quick_check` on a file opened read-only: "ok", or what SQLite found wrong.

    Uses a plain read-only connection so that checking never changes the file (no journal
    mode switch, no recovery write)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return f"cannot open: {exc}"
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    messages = [str(r[0]) for r in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:5])
