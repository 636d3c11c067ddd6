"""Poisoned rows: records in Odoo whose values do not have their field's shape (a custom
module, a bad import). Each must be set aside with its model, id and reason — visible in
doctor and the support bundle — while the rest of the page and the cycle go on. Text is capped,
many2ones are checked, and one malformed op never hides the others from the approvals inbox.

The emulator's storage is edited directly (under its lock) to return what a broken database
would: odoosim's ORM, like Odoo's, would refuse these values through the API.
"""

from __future__ import annotations

import io
import json
import zipfile

from sqlalchemy import select

from storeapp.core import ops
from storeapp.diagnostics.bundle import write_bundle
from storeapp.diagnostics.doctor import DoctorContext, Status, check_rows_set_aside
from storeapp.offline.approvals_repo import ApprovalsRepo
from storeapp.offline.cache import CACHE_FILE
from storeapp.offline.cache_models import Product
from storeapp.offline.outbox import Actor
from storeapp.offline.rows_set_aside import read_set_aside
from storeapp.sync.mirror_rows import TEXT_CAP
from tests.reliability.results import scaled
from tests.sync.conftest import make_engine
from tests.sync.helpers import count_payload, stocked_products

BIG_NAME = "Z" * (8 * 1024 * 1024)


def _poison(sim, model: str, rid: int, bump: dict, raw: dict, undo: list, raw_at=None) -> None:
    """A legitimate write (so the next incremental pull fetches the record), then raw values
    stored as they are, past the ORM's type checks (at `raw_at` = (model, id) when the field
    lives there, e.g. a product's category on its template). `undo` collects the old values."""
    sim.execute(model, "write", [rid], bump)
    where = raw_at or (model, rid)
    with sim.server.lock:
        row = sim.server.db.table(where[0]).rows[where[1]]
        undo.append((*where, {k: row.get(k) for k in raw}))
        sim.server.db.update(*where, raw)


def _one_round(sim, folder, n: int) -> list[str]:
    wiring = make_engine(sim, folder)
    problems: list[str] = []
    undo: list = []
    try:
        assert wiring.engine.run_once().error is None  # a first sync of healthy data
        products = sim.execute(
            "product.product", "search_read", [], ["id"], order="id asc", limit=6, offset=6 * n
        )
        bad_price, big_name, renamed, bad_category = (p["id"] for p in products[:4])
        quant = stocked_products(sim)[n]
        price_template = sim.execute("product.product", "read", [bad_price], ["product_tmpl_id"])
        _poison(
            sim,
            "product.product",
            bad_price,
            {"default_code": f"P{n}"},
            {"list_price": "twelve"},
            undo,
            ("product.template", price_template[0]["product_tmpl_id"][0]),
        )
        sim.execute("product.product", "write", [big_name], {"name": BIG_NAME})
        sim.execute("product.product", "write", [renamed], {"name": f"Renamed {n}"})
        template = sim.execute("product.product", "read", [bad_category], ["product_tmpl_id"])
        template_id = template[0]["product_tmpl_id"][0]
        _poison(
            sim,
            "product.product",
            bad_category,
            {"default_code": f"C{n}"},
            {"categ_id": "All"},
            undo,
            ("product.template", template_id),
        )
        cycle = wiring.engine.run_once()
        if cycle.error:
            problems.append(f"the cycle failed: {cycle.error}")
        with wiring.cache.read() as s:
            names = dict(s.execute(select(Product.id, Product.name)).all())
            category = s.get(Product, bad_category).categ_id
        if names.get(renamed) != f"Renamed {n}":
            problems.append("a healthy row of the same page was not stored")
        if len(names.get(big_name) or "") > TEXT_CAP:
            problems.append(f"a name of {len(names[big_name])} characters was cached")
        if category in (0, None):
            problems.append("a many2one sent as text was stored as no category")
        aside = {(e["model"], e["id"]) for e in read_set_aside(folder / CACHE_FILE)}
        for key in (("product.product", bad_price), ("product.product", bad_category)):
            if key not in aside:
                problems.append(f"{key} was not set aside: {sorted(aside)}")
        findings = list(check_rows_set_aside(DoctorContext(env={}, data_dir=folder)))
        if not findings or findings[0].status is not Status.WARN:
            problems.append(f"doctor did not warn: {findings}")
        # A malformed op (an empty counted_at and no counted) among good ones in the inbox.
        good = count_payload(quant | {"quantity": 5.0}, 4.0)
        for payload in (good, {**good, "counted_at": ""}, {**good, "counted_at": "yesterday"}):
            wiring.outbox.enqueue(
                ops.COUNT_APPLY,
                payload,
                ops.aggregate_for(ops.COUNT_APPLY, ops.validate_payload(ops.COUNT_APPLY, good)),
                Actor(2, "Camille Garcia"),
                needs_approval=True,
            )
        broken = wiring.outbox.enqueue(
            ops.COUNT_APPLY, {"product_id": "x"}, "location:0", Actor(2, "C"), needs_approval=True
        )
        items = ApprovalsRepo(wiring.journal, wiring.outbox, cache=wiring.cache).pending()
        if len(items) != 4 or broken.uuid not in {i.op_uuid for i in items}:
            problems.append(f"the approvals inbox showed {len(items)} of 4 ops")
    finally:
        wiring.close()
    # Undo the poison so that the next round (and other tests) start from healthy data.
    with sim.server.lock:
        for model, rid, values in undo:
            sim.server.db.update(model, rid, values)
    return problems


def test_poisoned_rows_are_set_aside(sim, tmp_path, memory_keyring, record):
    rounds = scaled(1)
    failures: list[str] = []
    for n in range(rounds):
        failures += [f"round {n}: {p}" for p in _one_round(sim, tmp_path / f"pc-{n}", n)]
    bundle = tmp_path / "bundle.zip"
    write_bundle(bundle, tmp_path / "pc-0", {})
    with zipfile.ZipFile(bundle) as z:
        listed = json.load(io.TextIOWrapper(z.open("rows_set_aside.json"), "utf-8"))
    if not listed:
        failures.append("the support bundle does not list the rows set aside")
    record(
        rounds,
        len(failures),
        "a number field holding text, a many2one sent as text, an 8 MiB name, malformed ops in "
        f"the approvals inbox: {len(failures)} problems",
        test="poisoned rows from Odoo",
    )
    assert not failures, failures
