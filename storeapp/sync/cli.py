"""`storeapp sync --once`: one sync cycle from the command line, with a summary table.

For IT and support: see what a cycle pushes and pulls, and why anything is parked, using the
same configuration, keyring and data folder as the app (`storeapp outbox` lists the queue).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO


def configure(parser: argparse.ArgumentParser) -> None:
    """Options of `storeapp sync`."""
    parser.add_argument(
        "--once", action="store_true", required=True, help="one cycle: push the outbox, then pull"
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="also look for records deleted in Odoo and re-read the stock of every location",
    )
    parser.add_argument("--no-push", action="store_true", help="only pull")
    parser.add_argument("--no-pull", action="store_true", help="only push")


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    seconds = int(seconds)
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    if seconds < 172800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


def print_table(rows: list[tuple[Any, ...]], headers: tuple[str, ...], out: TextIO) -> None:
    cells = [tuple(str(c) for c in headers)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        out.write(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
            + "\n"
        )
        if n == 0:
            out.write("  ".join("-" * w for w in widths) + "\n")


def build_engine(cfg: Any):  # noqa: ANN201 - returns (engine, closers)
    """The engine as the app builds it: config, keyring credential, local databases."""
    from storeapp.offline.cache import CacheStore
    from storeapp.offline.journal import JournalStore
    from storeapp.offline.outbox import Outbox
    from storeapp.sync.credentials import CredentialStore
    from storeapp.sync.engine import SyncEngine
    from storeapp.sync.gateway import GatewaySettings, OdooGateway
    from storeapp.sync.settings import SyncSettings

    # The gateway first: an address that cannot work is refused before any file is opened.
    gateway = OdooGateway(GatewaySettings.from_config(cfg), CredentialStore())
    journal = JournalStore.open(cfg.data_dir)
    cache = CacheStore.open(cfg.data_dir)
    engine = SyncEngine(gateway, cache, Outbox(journal), SyncSettings.from_config(cfg))
    return engine, [engine.close, gateway.close, cache.close, journal.close]


def run(args: argparse.Namespace, out: TextIO = sys.stdout, cfg: Any = None) -> int:
    """`storeapp sync --once`: one cycle with the configuration of this PC."""
    from storeapp.config import load_config

    cfg = cfg or load_config()
    if not cfg.odoo.url or not cfg.store.warehouse_code:
        out.write(
            "This PC is not set up yet: odoo.url and store.warehouse_code are empty. Run storeapp "
            "and use Device setup, or ask IT for the machine configuration file.\n"
        )
        return 2
    from storeapp.sync.errors import ConfigurationError

    try:
        engine, closers = build_engine(cfg)
    except ConfigurationError as exc:
        out.write(f"This PC's configuration cannot work: {exc}\n")
        return 2
    try:
        return report_cycle(
            engine.run_once(
                pull=not args.no_pull,
                push=not args.no_push,
                check_deletions=args.full,
                recheck_quants=args.full,
            ),
            engine,
            out,
        )
    finally:
        for close in closers:
            close()


def report_cycle(cycle: Any, engine: Any, out: TextIO) -> int:
    """Print what one cycle did; exit code 0 when it completed, 2 when this PC's configuration
    stopped it (retrying cannot help), 1 otherwise."""
    out.write(f"Connection: {cycle.state}\n")
    if cycle.error:
        out.write(f"Stopped: {cycle.error}\n")
    if cycle.push is not None:
        p = cycle.push
        out.write(
            f"\nPushed to Odoo: {p.done} done, {p.parked} parked, {p.failed} to retry "
            f"({p.rpcs} requests, {p.seconds:.1f} s)\n"
        )
        for reason in p.parked_reasons:
            out.write(f"  parked: {reason}\n")
    if cycle.pull is not None:
        rows = [
            (m.model, "first" if m.initial else "update", m.fetched, m.changed, f"{m.seconds:.2f}")
            for m in cycle.pull.models
        ]
        rows.append(
            ("total", "", cycle.pull.fetched, cycle.pull.changed, f"{cycle.pull.seconds:.2f}")
        )
        out.write("\n")
        print_table(rows, ("model", "pass", "received", "changed", "seconds"), out)
    if cycle.deletions:
        gone = {m: n for m, n in cycle.deletions.items() if n}
        out.write(f"\nDeleted in Odoo: {gone or 'nothing'}\n")
    status = engine.status()
    out.write(
        f"\nOutbox: {status.queue_depth} waiting, {status.parked} parked, "
        f"oldest {_age(status.oldest_pending_age)}\n"
    )
    if cycle.error is None:
        return 0
    return 2 if cycle.configuration_error else 1
