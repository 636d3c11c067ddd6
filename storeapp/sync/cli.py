"""`storeapp sync`: exchange data with Odoo from the command line.

`--once`: one cycle with a summary table. For IT and support: see what a cycle pushes and pulls,
and why anything is parked, using the same configuration, keyring and data folder as the app
(`storeapp outbox` lists the queue). Without `--once` it runs a cycle every
`sync.interval_seconds`, one line each, until stopped (Ctrl+C, SIGTERM, a console closed): the
cycle in progress stops at a safe point and the outbox and journal are closed cleanly.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from storeapp.config import Config
    from storeapp.sync.engine import CycleResult, SyncEngine

from storeapp.core.text import msg
from storeapp.core.wording import plural


def configure(parser: argparse.ArgumentParser) -> None:
    """Options of `storeapp sync`."""
    parser.add_argument(
        "--once",
        action="store_true",
        help="one cycle: push the outbox, then pull (without it: a cycle every "
        "sync.interval_seconds until stopped)",
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
        return msg("{seconds} s", seconds=seconds)
    if seconds < 7200:
        return msg("{minutes} min", minutes=seconds // 60)
    if seconds < 172800:
        return msg("{hours} h", hours=seconds // 3600)
    return plural(seconds // 86400, "day")


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


def build_engine(cfg: Config) -> tuple[SyncEngine, list[Callable[[], None]]]:
    """The engine as the app builds it: config, keyring credential, local databases; with
    what closes them, in order."""
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


def run(
    args: argparse.Namespace,
    out: TextIO = sys.stdout,
    cfg: Config | None = None,
    say: Callable[[str], str] = str,
) -> int:
    """`storeapp sync --once`: one cycle with the configuration of this PC. `say` puts a
    text into the reader's language (storeapp.cli passes the system locale's); the lines of
    the service loop stay English, for its log."""
    from storeapp.config import load_config

    cfg = cfg or load_config()
    if not cfg.odoo.url or not cfg.store.warehouse_code:
        not_set_up = msg(
            "This PC is not set up yet: odoo.url and store.warehouse_code are empty. Run "
            "storeapp and use Device setup, or ask IT for the machine configuration file."
        )
        out.write(say(not_set_up) + "\n")
        return 2
    from storeapp.sync.errors import ConfigurationError

    try:
        engine, closers = build_engine(cfg)
    except ConfigurationError as exc:
        out.write(say(msg("This PC's configuration cannot work: {problem}", problem=exc)) + "\n")
        return 2
    if not args.once:
        return _run_until_stopped(engine, closers, args, out, float(cfg.sync.interval_seconds))
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
            say,
        )
    finally:
        for close in closers:
            close()


def stop_signals() -> list[signal.Signals]:
    """Ctrl+C, a service stop, and on Windows Ctrl+Break / a console window closed."""
    names = ("SIGINT", "SIGTERM", "SIGBREAK", "SIGHUP")
    return [getattr(signal, n) for n in names if hasattr(signal, n)]


@contextmanager
def stop_on_signals(*events: threading.Event) -> Iterator[list[str]]:
    """While inside, the stop signals set `events` instead of killing the process; the list
    yielded holds the names of the signals received. The previous handlers come back after."""
    caught: list[str] = []

    def handler(signum: int, _frame: Any) -> None:
        caught.append(signal.Signals(signum).name)
        for event in events:
            event.set()

    previous = {s: signal.signal(s, handler) for s in stop_signals()}
    try:
        yield caught
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


def _run_until_stopped(
    engine: SyncEngine,
    closers: list[Callable[[], None]],
    args: argparse.Namespace,
    out: TextIO,
    interval: float,
) -> int:
    stop = threading.Event()
    code = 0
    try:
        with stop_on_signals(stop, engine.cancel_event) as caught:
            cycle_no = 0
            while not stop.is_set():
                cycle_no += 1
                first = cycle_no == 1
                cycle = engine.run_once(
                    pull=not args.no_pull,
                    push=not args.no_push,
                    check_deletions=args.full and first,
                    recheck_quants=args.full and first,
                )
                out.write(f"cycle {cycle_no}: {cycle_line(cycle, engine)}\n")
                out.flush()
                if cycle.configuration_error:
                    out.write("Stopped: this PC's configuration must be corrected first.\n")
                    code = 2
                    break
                stop.wait(interval)
    finally:
        for close in closers:
            close()
    why = f"Stopped ({', '.join(caught)})" if caught else "Stopped"
    out.write(f"{why}; outbox and journal closed.\n")
    return code


def cycle_line(cycle: CycleResult, engine: SyncEngine) -> str:
    """One cycle in one line, for the log of a service or an MDM job."""
    parts = [cycle.state]
    if cycle.push is not None:
        parts.append(f"pushed {cycle.push.done} done, {cycle.push.parked} parked")
    if cycle.pull is not None:
        parts.append(f"pulled {cycle.pull.changed} changed")
    if cycle.error:
        parts.append(f"stopped: {cycle.error}")
    status = engine.status()
    parts.append(f"outbox {status.queue_depth} waiting, {status.parked} parked")
    return "; ".join(parts)


def report_cycle(
    cycle: CycleResult, engine: SyncEngine, out: TextIO, say: Callable[[str], str] = str
) -> int:
    """Print what one cycle did; exit code 0 when it completed, 2 when this PC's configuration
    stopped it (retrying cannot help), 1 otherwise. Sentences go through `say` (the reader's
    language); the connection state and the pull table keep the words scripts look for."""
    out.write(say(msg("Connection: {state}", state=cycle.state)) + "\n")
    if cycle.error:
        out.write(say(msg("Stopped: {error}", error=cycle.error)) + "\n")
    if cycle.push is not None and cycle.push.busy:
        out.write("\n" + say(msg("Nothing sent: {why}.", why=cycle.push.busy)) + "\n")
    elif cycle.push is not None:
        p = cycle.push
        pushed = msg(
            "Pushed to Odoo: {done} done, {parked} parked, {failed} to retry ({rpcs} requests, "
            "{seconds} s)",
            done=p.done,
            parked=p.parked,
            failed=p.failed,
            rpcs=p.rpcs,
            seconds=round(p.seconds, 1),
        )
        out.write("\n" + say(pushed) + "\n")
        for reason in p.parked_reasons:
            out.write(say(msg("  parked: {reason}", reason=reason)) + "\n")
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
        deleted = msg("Deleted in Odoo: {records}", records=str(gone) if gone else msg("nothing"))
        out.write("\n" + say(deleted) + "\n")
    status = engine.status()
    outbox = msg(
        "Outbox: {waiting} waiting, {parked} parked, oldest {age}",
        waiting=status.queue_depth,
        parked=status.parked,
        age=_age(status.oldest_pending_age),
    )
    out.write("\n" + say(outbox) + "\n")
    if cycle.error is None:
        return 0
    return 2 if cycle.configuration_error else 1
