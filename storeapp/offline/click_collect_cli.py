"""`storeapp click-collect [--group GROUP] [--search TEXT]`: the order queue as this PC sees it.

For support and for a store manager on the phone with IT: the same grouping, overdue marks and
exceptions as the Click & Collect screen, from the local cache and journal, with how fresh the
order list is. Read-only: both databases are opened without writing and nothing is sent.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from storeapp.core import click_collect as cc
from storeapp.core.wording import plural_qty
from storeapp.offline.cache import CACHE_FILE, CacheStore
from storeapp.offline.click_collect_repo import ClickCollectRepo, ClickCollectSettings
from storeapp.offline.clock import utcnow
from storeapp.offline.db import CACHE_DURABILITY, make_engine
from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.outbox import Outbox

if TYPE_CHECKING:
    from storeapp.config import Config

GROUP_TITLES = {
    cc.QueueGroup.EXCEPTION: "Exceptions",
    cc.QueueGroup.TO_PICK: "To pick",
    cc.QueueGroup.PICKING: "Picking",
    cc.QueueGroup.READY: "Ready",
    cc.QueueGroup.COLLECTED: "Collected today",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--group",
        choices=[g.value for g in cc.GROUP_ORDER],
        help="only this group (to_pick, picking, ready, collected, exception)",
    )
    parser.add_argument(
        "--search", default="", help="order number, customer name or last digits of a phone"
    )


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return "just now"
    if minutes < 120:
        return f"{minutes} min ago"
    return f"{minutes // 60} h ago"


def format_queue(
    entries: list[cc.QueueEntry], now: datetime, settings: ClickCollectSettings
) -> list[str]:
    """The queue as plain lines, one block per group."""
    lines: list[str] = []
    for group in cc.GROUP_ORDER:
        rows = [e for e in entries if e.group is group]
        if not rows:
            continue
        lines.append(f"{GROUP_TITLES[group]} ({len(rows)})")
        for e in rows:
            f = e.facts
            promised = cc.format_time(f.promised_at, now, settings.tz) or "-"
            marks = [m for m in ("OVERDUE" if e.overdue else "", f.picker or "") if m]
            lines.append(
                f"  {f.name:<16} {f.customer[:24]:<24} {promised:>15}  "
                f"{plural_qty(f.units, 'item'):>11}  {' · '.join(marks)}".rstrip()
            )
            if e.exception:
                lines.append(f"      {e.exception} {e.action or ''}".rstrip())
    return lines


def run(args: argparse.Namespace, data_dir: Path, config: Config) -> int:
    cache_path, journal_path = data_dir / CACHE_FILE, data_dir / JOURNAL_FILE
    if not cache_path.is_file() or not journal_path.is_file():
        print(
            f"No local data in {data_dir} yet: open storeapp once and let it sync with Odoo "
            "(or set STOREAPP_DATA_DIR if the data is elsewhere)."
        )
        return 1
    settings = ClickCollectSettings.from_config(config)
    cache = CacheStore(cache_path, make_engine(cache_path, CACHE_DURABILITY, read_only=True))
    journal = JournalStore.open_read_only(data_dir)
    try:
        repo = ClickCollectRepo(cache, journal, Outbox(journal), settings)
        now = utcnow()
        entries = [e for e in repo.queue(now) if cc.matches(e.facts, args.search)]
        if args.group:
            entries = [e for e in entries if e.group.value == args.group]
        print(f"Order list brought up to date from Odoo {_age(repo.freshness().pulled_at, now)}.")
        lines = format_queue(entries, now, settings)
        print("\n".join(lines) if lines else "No click-and-collect order matches.")
    finally:
        cache.close()
        journal.close()
    return 0
