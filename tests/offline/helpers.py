"""Helpers shared by the offline tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from storeapp.offline.outbox import Actor


class FakeClock:
    """A clock that only moves when told to (each reading advances one microsecond so that
    timestamps stay distinct and ordered)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(microseconds=1)
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


ANN = Actor(11, "Ann Associate")
MAX = Actor(21, "Max Manager")
MIA = Actor(22, "Mia Manager")


def corrupt_middle(path: Path, page_size: int = 4096) -> None:
    """Overwrite one whole page in the middle of a database file with garbage, the way a
    failing disk or a stray write would."""
    size = path.stat().st_size
    pages = size // page_size
    assert pages >= 4, f"{path} is too small ({size} bytes) to corrupt its middle"
    middle = (pages // 2) * page_size
    with path.open("r+b") as handle:
        handle.seek(middle)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))
