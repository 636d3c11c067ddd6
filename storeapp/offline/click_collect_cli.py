"""`storeapp click-collect [--group GROUP] [--search TEXT]`: the order queue as this PC sees it.

For support and for a store manager on the phone with IT: the same grouping, overdue marks and
exceptions as the Click & Collect screen, from the local cache and journal, with how fresh the
order list is. Read-only: both databases are opened without writing and nothing is sent.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from storeapp.core import click_collect as cc
from storeapp.core.text import Message, msg, translatable
from storeapp.core.wording import plural
from storeapp.offline.cache import CACHE_FILE, CacheStore
from storeapp.offline.click_collect_repo import ClickCollectRepo, ClickCollectSettings
from storeapp.offline.clock import utcnow
from storeapp.offline.db import CACHE_DURABILITY, make_engine
from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.outbox import Outbox

if TYPE_CHECKING:
    from storeapp.config import Config

Say = Callable[[str], str]  # puts a text into the reader's language (storeapp.cli passes it)

GROUP_TITLES = {
    cc.QueueGroup.EXCEPTION: translatable("Exceptions"),
    cc.QueueGroup.TO_PICK: translatable("To pick"),
    cc.QueueGroup.PICKING: translatable("Picking"),
    cc.QueueGroup.READY: translatable("Ready"),
    cc.QueueGroup.COLLECTED: translatable("Collected today"),
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


def _age(moment: datetime | None, now: datetime) -> Message:
    if moment is None:
        return msg("Order list never brought up to date from Odoo.")
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return msg("Order list brought up to date from Odoo just now.")
    if minutes < 120:
        return msg("Order list brought up to date from Odoo {minutes} min ago.", minutes=minutes)
    return msg("Order list brought up to date from Odoo {hours} h ago.", hours=minutes // 60)


def format_queue(
    entries: list[cc.QueueEntry], now: datetime, settings: ClickCollectSettings, say: Say = str
) -> list[str]:
    """The queue as plain lines, one block per group, in the reader's language (`say`); the
    order numbers, customers and pickers as Odoo and the store wrote them."""
    lines: list[str] = []
    for group in cc.GROUP_ORDER:
        rows = [e for e in entries if e.group is group]
        if not rows:
            continue
        lines.append(f"{say(GROUP_TITLES[group])} ({len(rows)})")
        for e in rows:
            f = e.facts
            promised = say(cc.format_time(f.promised_at, now, settings.tz)) or "-"
            overdue = say(msg("OVERDUE")) if e.overdue else ""
            marks = [m for m in (overdue, f.picker or "") if m]
            lines.append(
                f"  {f.name:<16} {f.customer[:24]:<24} {promised:>15}  "
                f"{say(plural(f.units, 'item')):>11}  {' · '.join(marks)}".rstrip()
            )
            if e.exception:
                lines.append(f"      {say(e.exception)} {say(e.action or '')}".rstrip())
    return lines


def run(args: argparse.Namespace, data_dir: Path, config: Config, say: Say = str) -> int:
    """The queue, or why there is none, in the reader's language (`say`)."""
    cache_path, journal_path = data_dir / CACHE_FILE, data_dir / JOURNAL_FILE
    if not cache_path.is_file() or not journal_path.is_file():
        absent = msg(
            "No local data in {folder} yet: open storeapp once and let it sync with Odoo "
            "(or set STOREAPP_DATA_DIR if the data is elsewhere).",
            folder=str(data_dir),
        )
        print(say(absent))
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
        print(say(_age(repo.freshness().pulled_at, now)))
        lines = format_queue(entries, now, settings, say)
        print("\n".join(lines) if lines else say(msg("No click-and-collect order matches.")))
    finally:
        cache.close()
        journal.close()
    return 0
