"""The store's time zone: the one configured (`store.timezone`), else this PC's own."""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo


def store_zone(name: str | None) -> tzinfo:
    """The zone times are shown in. A store PC may be set to another zone than its store
    (a laptop from head office, a server-built image in UTC): the configured zone wins."""
    if name:
        return ZoneInfo(name)
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone
