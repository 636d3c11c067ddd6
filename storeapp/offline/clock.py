"""UTC timestamps as the journal stores them.

The journal keeps times as ISO-8601 strings with a fixed shape (always microseconds, always
"+00:00"), so that plain string comparison in SQL orders them correctly — `ready()` relies on
`next_attempt_at <= now` being a text comparison.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def to_iso(moment: datetime) -> str:
    """Fixed-width ISO text of an aware datetime, converted to UTC."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: pass a timezone-aware value")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@overload
def from_iso(text: str) -> datetime: ...
@overload
def from_iso(text: None) -> None: ...
@overload
def from_iso(text: str | None) -> datetime | None: ...


def from_iso(text: str | None) -> datetime | None:
    """Parse what `to_iso` wrote (None stays None: a column that is never empty reads as a
    datetime, a nullable one as datetime | None)."""
    if text is None:
        return None
    return datetime.fromisoformat(text)


def file_stamp(moment: datetime) -> str:
    """A UTC timestamp safe in file names on every OS: 20261126T140211Z."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def boot_id() -> str | None:
    """This boot of the machine, when the OS names it (Linux does): monotonic readings of two
    processes compare only within one boot. None when unknown (then nothing is compared)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            return fh.read().strip() or None
    except OSError:
        return None
