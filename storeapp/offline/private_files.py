"""The data folder is private to the OS user, and printed PDFs do not pile up.

On POSIX the folder is 0700 and every file in it 0600, whatever the umask: the journal, the
cache, the logs and the PDFs (bag labels and return receipts carry customer names). The process
umask is set to 077 at start, so files made later (SQLite's -wal and -shm, log rotations, new
PDFs) are born private too. On Windows the default data folder is under the user's profile
(%LOCALAPPDATA%), which only that user (and administrators) can read; storeapp does not change
its ACLs.

Bag labels (`labels/`) and return receipts (`receipts/`) are kept for `files.pdf_retention_days`
(a store setting) so a lost paper can be printed again, and deleted at the next start after that.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
PDF_FOLDERS = ("labels", "receipts")


def private_umask() -> None:
    """New files of this process: readable and writable by its user only (POSIX)."""
    if os.name == "posix":
        os.umask(0o077)


def make_private(folder: Path) -> int:
    """Folder and everything under it to 0700 / 0600 (POSIX; symlinks left alone). Returns how
    many modes were changed. A file that cannot be changed is logged, not fatal."""
    if os.name != "posix" or not folder.is_dir():
        return 0
    changed = 0
    for path in [folder, *folder.rglob("*")]:
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                continue
            wanted = PRIVATE_FOLDER if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
            if stat.S_IMODE(info.st_mode) != wanted:
                path.chmod(wanted)
                changed += 1
        except OSError as exc:
            log.warning("cannot make %s private: %s", path, exc)
    if changed:
        log.info("made %d file(s) of the data folder private to this user", changed)
    return changed


def purge_old_pdfs(folder: Path, days: int, now: float | None = None) -> int:
    """Delete bag label and receipt PDFs older than `days` days; returns how many."""
    cutoff = (time.time() if now is None else now) - days * 86400
    removed = 0
    for name in PDF_FOLDERS:
        for path in (folder / name).glob("*.pdf") if (folder / name).is_dir() else ():
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError as exc:
                log.warning("cannot delete the old PDF %s: %s", path.name, exc)
    if removed:
        log.info("deleted %d label/receipt PDF(s) older than %d days", removed, days)
    return removed
