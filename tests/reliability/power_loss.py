"""A power-loss harness: record every write and fsync SQLite makes, then rebuild the files as
a power cut at any moment could have left them.

`RecordingVFS` is an APSW VFS over the default one: writes reach the real file (so SQLite reads
back what it wrote, as from the OS page cache) and each write, truncate and xSync is logged
with the file it touched. `rebuild()` replays that log up to a cut point: everything made
durable by an xSync of its file is kept; each write issued since that file's last xSync
survives or not at random (the disk may have written some of the cache, in any order).

APSW's VFS files do not offer SQLite's shared-memory methods, so connections through the shim
use WAL with `locking_mode=EXCLUSIVE` (the WAL index lives on the heap); the write and sync
pattern of a commit is the same as with shared memory.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

import apsw

WRITE, SYNC, TRUNCATE, ACK = "write", "sync", "truncate", "ack"


@dataclass
class Event:
    kind: str
    file: str = ""
    offset: int = 0
    data: bytes = b""
    ack: str = ""  # for ACK: the op uuid whose commit returned


@dataclass
class Log:
    """What happened, in order; `base` holds each file's bytes before the first event."""

    base: dict[str, bytes] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)

    def ack(self, op_uuid: str) -> None:
        self.events.append(Event(ACK, ack=op_uuid))


class _File(apsw.VFSFile):
    def __init__(self, vfs: RecordingVFS, name, flags) -> None:  # APSW types
        super().__init__("", name, flags)
        self._log = vfs.log
        self._name = Path(name.filename() if hasattr(name, "filename") else name).name
        path = Path(name.filename() if hasattr(name, "filename") else name)
        if self._name not in self._log.base:
            self._log.base[self._name] = path.read_bytes() if path.exists() else b""

    def xWrite(self, data, offset):  # APSW API
        self._log.events.append(Event(WRITE, self._name, offset, bytes(data)))
        return super().xWrite(data, offset)

    def xTruncate(self, newsize):
        self._log.events.append(Event(TRUNCATE, self._name, newsize))
        return super().xTruncate(newsize)

    def xSync(self, flags):
        self._log.events.append(Event(SYNC, self._name))
        return super().xSync(flags)


class RecordingVFS(apsw.VFS):
    """The default VFS, with every write/truncate/sync logged into `log`."""

    def __init__(self, name: str, log: Log) -> None:
        self.log = log
        super().__init__(name, "")

    def xOpen(self, name, flags):
        return _File(self, name, flags)


def _apply(image: bytearray, event: Event) -> bytearray:
    if event.kind == WRITE:
        end = event.offset + len(event.data)
        if len(image) < end:
            image.extend(b"\0" * (end - len(image)))
        image[event.offset : end] = event.data
    elif event.kind == TRUNCATE:
        del image[event.offset :]
    return image


def rebuild(log: Log, cut: int, rng: random.Random, folder: Path) -> set[str]:
    """Write into `folder` the files as a power cut after `cut` events left them; return the
    uuids whose commit had been acknowledged by then."""
    durable = {name: bytearray(data) for name, data in log.base.items()}
    pending: dict[str, list[Event]] = {name: [] for name in log.base}
    acked: set[str] = set()
    for event in log.events[:cut]:
        if event.kind == ACK:
            acked.add(event.ack)
        elif event.kind == SYNC:
            for e in pending[event.file]:
                _apply(durable[event.file], e)
            pending[event.file] = []
        else:
            pending[event.file].append(event)
    folder.mkdir(parents=True, exist_ok=True)
    for name, image in durable.items():
        for e in pending[name]:
            if rng.random() < 0.5:  # this write reached the platter before the cut, or not
                _apply(image, e)
        (folder / name).write_bytes(bytes(image))
    return acked
