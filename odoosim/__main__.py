"""Run the emulator standalone: ``python -m odoosim --port 8069 --seed demo``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from odoosim import OdooSim
from odoosim.personality import PERSONALITIES


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m odoosim",
        description="Serve an emulated Odoo database for storeapp's demo mode and tests.",
    )
    parser.add_argument(
        "--odoo-version",
        default="17.0",
        choices=sorted(PERSONALITIES),
        help="which Odoo to behave like (default 17.0; 19.0 also serves the JSON-2 API)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8069, help="port (default 8069; 0 picks a free one)"
    )
    parser.add_argument(
        "--seed",
        default="demo",
        help='data preset: "demo" (default), "scale", or any other text for a demo seeded from it',
    )
    parser.add_argument("--state", metavar="FILE", help="keep the database in FILE between runs")
    parser.add_argument(
        "--test-mode",
        action="store_true",
        help="serve POST /odoosim/control for fault injection from other processes",
    )
    parser.add_argument("--products", type=int, help="number of products (scale: and of quants)")
    parser.add_argument(
        "--keep-alive",
        action="store_true",
        help="HTTP/1.1 persistent connections, like Odoo's threaded server",
    )
    parser.add_argument(
        "--auth-cost",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="delay of each new credential check (a real Odoo takes about 0.33)",
    )
    parser.add_argument(
        "--device-stock-manager",
        action="store_true",
        help="make the device an Inventory / Administrator (needed to apply counts)",
    )
    return parser.parse_args(argv)


def describe(sim: OdooSim) -> str:
    lines = [
        f"odoosim (Odoo {sim.version} emulator) serving {sim.url}",
        f"  database:      {sim.db_name}",
        f"  device login:  {sim.device.login}",
        f"  API key:       {sim.device.api_key}",
        f"  password:      {sim.device.password}",
        "  admin:         admin / admin",
    ]
    if sim.test_mode:
        lines.append(f"  control:       POST {sim.url}/odoosim/control")
    employees = sim.facts.get("employees") or []
    if employees:
        lines.append("  employees (store, name, badge, PIN):")
        for emp in employees:
            role = "  manager" if emp["is_manager"] else ""
            lines.append(
                f"    {emp['store']}  {emp['name']:<24} {emp['badge']}  {emp['pin']}{role}"
            )
    lines.append("Press Ctrl+C to stop.")
    return "\n".join(lines)


def main(argv=None) -> int:
    args = parse_args(argv)
    params = {}
    if args.products:
        params["products"] = args.products
        if args.seed == "scale":
            params["quants"] = args.products
    try:
        sim = OdooSim(
            seed=args.seed,
            test_mode=args.test_mode,
            state_file=args.state,
            keep_alive=args.keep_alive,
            auth_cost=args.auth_cost,
            device_stock_manager=args.device_stock_manager,
            version=args.odoo_version,
            **params,
        )
        sim.start(host=args.host, port=args.port)
    except OSError as exc:
        print(
            f"Cannot listen on {args.host}:{args.port}: {exc.strerror}. Pick another --port "
            "(0 chooses a free one).",
            file=sys.stderr,
        )
        return 2
    print(describe(sim), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
