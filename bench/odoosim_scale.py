"""Measure the ``scale`` preset: seeding time, one 2,000-row page, and a full initial pull.

Run: ``python bench/odoosim_scale.py [products]``. Prints the figures quoted in docs/odoosim.md.
"""

from __future__ import annotations

import sys
import time

import odoorpc

from odoosim import OdooSim

PRODUCT_FIELDS = [
    "id",
    "write_date",
    "name",
    "default_code",
    "barcode",
    "categ_id",
    "uom_id",
    "list_price",
    "tracking",
    "detailed_type",
    "active",
]
QUANT_FIELDS = [
    "id",
    "write_date",
    "product_id",
    "location_id",
    "lot_id",
    "quantity",
    "reserved_quantity",
    "inventory_date",
]


def pull(model, fields, page=2000):
    """The sync engine's pattern: write_date >= watermark, ordered, paged by offset."""
    rows = 0
    offset = 0
    watermark = "1970-01-01 00:00:00"
    while True:
        batch = model.search_read(
            [("write_date", ">=", watermark)],
            fields,
            offset=offset,
            limit=page,
            order="write_date asc, id asc",
        )
        rows += len(batch)
        if len(batch) < page:
            return rows
        offset += page


def main() -> None:
    products = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    started = time.perf_counter()
    sim = OdooSim(seed="scale", products=products, quants=products)
    seeded = time.perf_counter() - started
    sim.start()
    client = odoorpc.ODOO("127.0.0.1", port=sim.port, timeout=300)
    client.login(sim.db_name, sim.device.login, sim.device.api_key)
    model = client.env["product.product"]
    page_times = []
    for offset in (0, products // 2, products - 2000):
        t = time.perf_counter()
        rows = model.search_read(
            [("write_date", ">=", "1970-01-01 00:00:00")],
            PRODUCT_FIELDS,
            offset=offset,
            limit=2000,
            order="write_date asc, id asc",
        )
        page_times.append(time.perf_counter() - t)
        assert len(rows) == 2000
    t = time.perf_counter()
    n_products = pull(model, PRODUCT_FIELDS)
    product_pull = time.perf_counter() - t
    t = time.perf_counter()
    n_quants = pull(client.env["stock.quant"], QUANT_FIELDS)
    quant_pull = time.perf_counter() - t
    sim.stop()
    print(
        f"seed ({products} products, {products} quants, 2000 pickings, 50000 lines): {seeded:.1f} s"
    )
    print("2,000-row product page: " + ", ".join(f"{s * 1000:.0f} ms" for s in page_times))
    print(f"full product pull ({n_products} rows): {product_pull:.1f} s")
    print(f"full quant pull ({n_quants} rows): {quant_pull:.1f} s")


if __name__ == "__main__":
    main()
