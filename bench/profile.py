"""Where an initial sync spends the client's time: cProfile of one full pull.

    .venv/bin/python -m bench.profile [--products 100000] [--top 25] [--save sync.prof]

Seeds odoosim's `scale` preset in a child process (as bench/sync.py does), runs the first pull
under cProfile in this process, and prints the functions with the most time of their own and
the split between the client's CPU and waiting for the server. Open a saved profile with
`python -m pstats sync.prof` or snakeviz.

`--keyset-server` is an experiment on the emulator's side, not a change to it: a first sync
pages by `id > last id ORDER BY id LIMIT n`, which a real Odoo answers from PostgreSQL's
primary key, while odoosim evaluates the whole domain over every record for each page (the new
bound makes each page a new search). With the flag, the child process answers such searches by
walking the ids in order from the bound, as the database would; comparing both runs shows how
much of the initial sync figure is the emulator's paging rather than the client.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import multiprocessing
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench import sync as sync_bench


def keyset_paging() -> None:
    """Patch odoosim (in this process only) to answer `id > n` pages ordered by id from the
    ordered ids, stopping at the page's limit."""
    import bisect

    from odoosim.orm.domain import DomainCompiler, normalize
    from odoosim.orm.search import SearchMixin

    original = SearchMixin._search_ids

    def search_ids(self, domain=None, offset=0, limit=None, order=None):
        if not limit or offset or self._parse_order(order) != [("id", False)]:
            return original(self, domain, offset, limit, order)
        full = self._active_domain(normalize(domain or []))
        if any(item in ("|", "!", "&") for item in full):
            return original(self, domain, offset, limit, order)
        bound, rest = None, []
        for item in full:
            if (
                isinstance(item, tuple | list)
                and item[0] == "id"
                and item[1] == ">"
                and isinstance(item[2], int)
            ):
                bound = item[2] if bound is None else max(bound, item[2])
            else:
                rest.append(item)
        if bound is None:
            return original(self, domain, offset, limit, order)
        table = self._table
        cache = self.env.server.search_cache
        key = (self._name, "ids in order", self.env.db.version)
        ordered = cache.get(key)
        if ordered is None:
            ordered = sorted(table.rows)
            cache.put(key, ordered)
        compiled = DomainCompiler(self).compile(rest) if rest else None
        rows, found = table.rows, []
        for pos in range(bisect.bisect_right(ordered, bound), len(ordered)):
            rid = ordered[pos]
            if compiled is None or compiled(rid, rows[rid]):
                found.append(rid)
                if len(found) >= int(limit):
                    break
        return found

    SearchMixin._search_ids = search_ids


def serve_keyset(conn, params: dict) -> None:
    keyset_paging()
    sync_bench.serve(conn, params)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--save", type=Path, help="also write the raw profile here")
    parser.add_argument(
        "--keyset-server",
        action="store_true",
        help="experiment: the emulator answers id-ordered pages from the ordered ids",
    )
    args = parser.parse_args(argv)
    params = {
        "products": args.products,
        "quants": args.products,
        "open_pickings": max(10, args.products // 50),
        "order_lines": max(50, args.products // 2),
    }
    parent, child = multiprocessing.Pipe()
    target = serve_keyset if args.keyset_server else sync_bench.serve
    server = multiprocessing.Process(target=target, args=(child, params), daemon=True)
    server.start()
    info = parent.recv()
    settings = sync_bench.SyncSettings(warehouse_code=info["store"])
    try:
        with tempfile.TemporaryDirectory(prefix="storeapp-profile-") as tmp:
            gw = sync_bench.gateway_for(info)
            cache = sync_bench.CacheStore.open(Path(tmp))
            pull = sync_bench.MirrorPull(gw, cache, settings)
            gw.connect()
            profiler = cProfile.Profile()
            cpu0, started = cpu_seconds(), time.perf_counter()
            profiler.enable()
            result = pull.pull()
            profiler.disable()
            wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu0
            pull.close()
            cache.close()
            gw.close()
    finally:
        parent.send("stop")
        server.join(10)
        if server.is_alive():
            server.terminate()
    print(
        f"initial sync of {result.fetched:,} rows: {wall:.1f} s wall, {cpu:.1f} s client CPU "
        f"(the rest is waiting for the server; cProfile itself slows the client)"
    )
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("tottime").print_stats(args.top)
    print(stream.getvalue())
    if args.save:
        stats.dump_stats(args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
