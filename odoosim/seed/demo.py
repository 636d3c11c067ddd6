"""The ``demo`` preset: a two-store retailer with orders in every state, returns and counts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from odoosim.seed.base import create, seed_structure
from odoosim.seed.catalog import CATEGORIES, VARIANTS, barcode_from, person, phone

MANAGER_TAG = "Store Manager"


def _at(now: datetime, **delta) -> str:
    return (now + timedelta(**delta)).strftime("%Y-%m-%d %H:%M:%S.%f")


class _DemoSeed:
    """What every section of the demo preset shares: the server, its superuser environment,
    the structure's facts, the one random stream and the moment it is seeded at.

    The sections run in a fixed order and draw from `rng` in that order: reordering them (or
    the draws inside one) changes every record after, and tests pin records by the seed."""

    def __init__(self, server, seed: str) -> None:
        self.server = server
        self.rng = random.Random(f"demo:{seed}")
        self.facts = seed_structure(server, seed)
        self.env = server.env(uid=1, su=True, context={"skip_sms": True})
        self.now = datetime.utcnow()
        self.used_barcodes: set[str] = set()
        self.unit = self.facts["uom_unit_id"]

    # -- catalogue --------------------------------------------------------------------------------

    def catalogue(self, products: int) -> list[tuple[int, str, str]]:
        """`products` products over the catalogue's categories; (id, type, tracking) each."""
        env, rng = self.env, self.rng
        categ_ids = {}
        for name in CATEGORIES:
            categ_ids[name] = create(
                env, "product.category", {"name": name, "parent_id": self.facts["category_all_id"]}
            ).id
        catalogue = [(c, base, size) for c, items in CATEGORIES.items() for base, size in items]
        product_rows = []
        for index in range(products):
            categ, base, size = catalogue[index % len(catalogue)]
            variant = VARIANTS[(index // len(catalogue)) % len(VARIANTS)]
            tracking = "none"
            if categ == "Electronics" and index % 3 == 0:
                tracking = "serial"
            elif categ in ("Garden", "Kitchen") and index % 11 == 0:
                tracking = "lot"
            kind = "consu" if index % 37 == 5 else "product"
            if tracking != "none":
                kind = "product"
            price = (
                round(rng.uniform(3, 180), 2)
                if categ != "Electronics"
                else round(rng.uniform(15, 250), 2)
            )
            template = create(
                env,
                "product.template",
                {
                    "name": f"{base} {variant} {size}",
                    "categ_id": categ_ids[categ],
                    "uom_id": self.unit,
                    "uom_po_id": self.unit,
                    "detailed_type": kind,
                    "type": kind,
                    "tracking": tracking,
                    "list_price": price,
                    "company_id": False,
                    "default_code": f"{categ[:3].upper()}-{index + 1:05d}",
                    "barcode": barcode_from(rng, self.used_barcodes),
                },
            )
            product = env["product.product"].browse(
                sorted(
                    self.server.db.table("product.product").ids_where(
                        "product_tmpl_id", template.id
                    )
                )
            )
            product._write({"standard_price": round(price * rng.uniform(0.35, 0.6), 2)})
            if index % 3 == 0 and kind == "product" and tracking == "none":
                self._packagings(product.id)
            product_rows.append((product.id, kind, tracking))
        return product_rows

    def _packagings(self, product_id: int) -> None:
        for sequence, (name, qty) in enumerate((("6-pack", 6), ("Carton of 24", 24)), 1):
            create(
                self.env,
                "product.packaging",
                {
                    "name": name,
                    "product_id": product_id,
                    "qty": qty,
                    "barcode": barcode_from(self.rng, self.used_barcodes, "377"),
                    "sequence": sequence,
                },
            )

    # -- stock ------------------------------------------------------------------------------------

    def stock(
        self, product_rows: list[tuple[int, str, str]]
    ) -> tuple[dict[tuple[int, int], list[int]], dict[int, list[int]]]:
        """Quants in every store; returns the serials per (product, stock location) and the
        lots per lot-tracked product."""
        env, rng, facts = self.env, self.rng, self.facts
        quants = env["stock.quant"]
        serials: dict[tuple[int, int], list[int]] = {}
        lots: dict[int, list[int]] = {}
        lot_seq = 0
        for pid, kind, tracking in product_rows:
            if kind != "product":
                continue
            if tracking == "lot":
                lots[pid] = []
                for _ in range(2):
                    lot_seq += 1
                    lots[pid].append(self._lot(f"LOT-{self.now.year}-{lot_seq:04d}", pid).id)
            for store in facts["stores"]:
                stock = store["stock_location_id"]
                # Lots and serials sit in the store's bins, as in a real store: a serial's
                # quant is at its bin, never at the parent stock location (two serials per bin
                # in turn, so a bin holds more than the one Odoo reserves; no rng draw).
                bins = store["bin_location_ids"] or [stock]
                if tracking == "serial":
                    ids = []
                    for n in range(rng.randint(4, 8)):
                        lot_seq += 1
                        lot = self._lot(f"SN{store['code']}{lot_seq:06d}", pid)
                        quants._update_available_quantity(
                            pid, bins[n // 2 % len(bins)], 1.0, lot.id
                        )
                        ids.append(lot.id)
                    serials[(pid, stock)] = ids
                elif tracking == "lot":
                    for n, lot_id in enumerate(lots[pid]):
                        quantity = float(rng.randint(5, 30))
                        quants._update_available_quantity(
                            pid, bins[n % len(bins)], quantity, lot_id
                        )
                else:
                    where = rng.choice([stock, *store["bin_location_ids"]])
                    quants._update_available_quantity(pid, where, float(rng.randint(8, 60)))
                    if rng.random() < 0.3:
                        quants._update_available_quantity(pid, stock, float(rng.randint(1, 12)))
        return serials, lots

    def _lot(self, name: str, product_id: int):
        return create(
            self.env,
            "stock.lot",
            {"name": name, "product_id": product_id, "company_id": self.facts["company_id"]},
        )

    # -- customers --------------------------------------------------------------------------------

    def customers(self) -> tuple[list[int], int]:
        """40 customers, and the one who returns often."""
        customers = []
        for _ in range(40):
            name = person(self.rng)
            customers.append(
                create(
                    self.env,
                    "res.partner",
                    {
                        "name": name,
                        "phone": phone(self.rng),
                        "customer_rank": 1,
                        "email": name.lower().replace(" ", ".") + "@example.com",
                        "company_id": False,
                    },
                ).id
            )
        frequent = create(
            self.env,
            "res.partner",
            {
                "name": "Camille Laurent-Roux",
                "phone": "+33 6 11 22 33 44",
                "customer_rank": 1,
                "email": "camille.lr@example.com",
            },
        ).id
        return customers, frequent

    # -- sale orders --------------------------------------------------------------------------------

    def order(self, store, partner, lines, carrier=True, date_order=None):
        """A confirmed sale order with its (draft) delivery, as sale_stock makes them."""
        env = self.env
        so = create(
            env,
            "sale.order",
            {
                "name": f"S{self.server.db.next_sequence('sale.order'):05d}",
                "partner_id": partner,
                "state": "sale",
                "company_id": self.facts["company_id"],
                "warehouse_id": store["warehouse_id"],
                "carrier_id": store["carrier_id"] if carrier else False,
                "team_id": self.facts["sales_team_id"],
                "date_order": date_order or env.now,
            },
        )
        total = 0.0
        moves = []
        for pid, qty in lines:
            product = env["product.product"].browse([pid])
            price = product.list_price
            line = create(
                env,
                "sale.order.line",
                {
                    "order_id": so.id,
                    "product_id": pid,
                    "name": product.display_name,
                    "product_uom_qty": qty,
                    "product_uom": self.unit,
                    "price_unit": price,
                    "price_subtotal": price * qty,
                    "price_total": price * qty * 1.2,
                },
            )
            total += price * qty
            move = {
                "product_id": pid,
                "product_uom_qty": qty,
                "product_uom": self.unit,
                "sale_line_id": line.id,
                "name": product.display_name,
            }
            moves.append((0, 0, move))
        so._write({"amount_untaxed": total, "amount_total": round(total * 1.2, 2)})
        picking = env["stock.picking"]._create(
            [
                {
                    "picking_type_id": store["out_type_id"],
                    "partner_id": partner,
                    "origin": so._row()["name"],
                    "sale_id": so.id,
                    "carrier_id": store["carrier_id"] if carrier else False,
                    "move_ids": moves,
                    "scheduled_date": _at(self.now, hours=self.rng.randint(2, 48)),
                }
            ]
        )
        return so, picking

    @staticmethod
    def validate(picking) -> None:
        result = picking.with_context(skip_sms=True, skip_backorder=True).button_validate()
        assert result is True, result

    # -- click & collect orders across states -------------------------------------------------------

    def click_collect_orders(self, customers, plain, scarce, serial_products) -> dict:
        """Per store, orders to pick, partly available, ready, collected, cancelled and
        overdue. `scarce` products are used up here (one per partly available order)."""
        env, rng, now = self.env, self.rng, self.now
        orders: dict[str, list[dict]] = {
            "to_pick": [],
            "partial": [],
            "ready": [],
            "collected": [],
            "cancelled": [],
            "overdue": [],
        }
        states = (
            ["to_pick"] * 4
            + ["partial"] * 2
            + ["ready"] * 2
            + ["collected"] * 2
            + ["cancelled"]
            + ["overdue"] * 2
        )
        for store in self.facts["stores"]:
            for n, state in enumerate(states):
                partner = rng.choice(customers)
                picks = rng.sample(plain, rng.randint(1, 3))
                lines = [(p, float(rng.randint(1, 3))) for p in picks]
                if state == "to_pick" and n == 0 and serial_products:
                    lines.append((serial_products[0], 1.0))
                if state == "partial":
                    pid = scarce.pop()
                    picks[0] = pid
                    on_hand = (
                        env["product.product"]
                        .with_context(location=store["stock_location_id"])
                        .browse([pid])
                        .free_qty
                    )
                    lines[0] = (pid, on_hand + 3.0)
                so, picking = self.order(store, partner, lines)
                picking.action_confirm()
                if state == "ready":
                    picking.move_ids._set_picked(True)
                elif state == "collected":
                    self.validate(picking)
                    picking._write({"date_done": _at(now, days=-rng.randint(1, 5))})
                elif state == "cancelled":
                    picking.action_cancel()
                    so._write({"state": "cancel"})
                elif state == "overdue":
                    picking._write({"scheduled_date": _at(now, days=-rng.randint(2, 6))})
                orders[state].append(
                    {
                        "sale_order_id": so.id,
                        "picking_id": picking.id,
                        "name": picking._row()["name"],
                        "store": store["code"],
                    }
                )
        return orders

    # -- past deliveries for returns ------------------------------------------------------------------

    def past_deliveries(
        self, customers, frequent, plain, serial_products, serials
    ) -> tuple[list[dict], list[int]]:
        """60 delivered sales over the past three months, some partly returned already
        (every one of the frequent returner's); returns them and that customer's returns."""
        rng, now = self.rng, self.now
        deliveries = []
        frequent_returns = []
        for n in range(60):
            store = self.facts["stores"][n % 2]
            partner = frequent if n % 7 == 0 else rng.choice(customers)
            days_ago = 3 + (n * 89) // 60
            lines = [(p, float(rng.randint(1, 2))) for p in rng.sample(plain, rng.randint(1, 3))]
            serial_pid = None
            if n % 6 == 1 and serial_products:
                serial_pid = serial_products[(n // 6) % len(serial_products)]
                stock_serials = serials.get((serial_pid, store["stock_location_id"])) or []
                if len(stock_serials) > 1:
                    lines.append((serial_pid, 1.0))
            so, picking = self.order(
                store,
                partner,
                lines,
                carrier=n % 3 == 0,
                date_order=_at(now, days=-days_ago, hours=-2),
            )
            picking.action_confirm()
            self.validate(picking)
            when = _at(now, days=-days_ago)
            picking._write({"date_done": when, "scheduled_date": when, "date": when})
            for move in picking.move_ids:
                move._write({"date": when})
            deliveries.append(
                {
                    "picking_id": picking.id,
                    "name": picking._row()["name"],
                    "sale_order_id": so.id,
                    "partner_id": partner,
                    "days_ago": days_ago,
                    "store": store["code"],
                    "within_30_days": days_ago <= 30,
                    "has_serials": serial_pid is not None,
                }
            )
            if partner == frequent or n % 10 == 4:
                returned = self._return_one(picking, days_ago)
                deliveries[-1]["partly_returned"] = True
                if partner == frequent:
                    frequent_returns.append(returned.id)
        return deliveries, frequent_returns

    def _return_one(self, picking, days_ago: int):
        """Return one unit of the delivery's first line through Odoo's wizard, done."""
        env = self.env
        wizard = env["stock.return.picking"].create({"picking_id": picking.id})
        line = wizard.product_return_moves.browse(wizard.product_return_moves.ids[:1])
        line._write({"quantity": 1.0})
        for other in wizard.product_return_moves.ids[1:]:
            env["stock.return.picking.line"].browse([other])._write({"quantity": 0.0})
        returned = wizard._create_returns()
        self.validate(returned)
        back = _at(self.now, days=-max(days_ago - 2, 1))
        returned._write({"date_done": back, "scheduled_date": back})
        return returned

    # -- count requests ---------------------------------------------------------------------------------

    def count_requests(self) -> list[int]:
        """Up to 8 untracked quants per store with a count date around today."""
        env, rng = self.env, self.rng
        count_quants = []
        quant_table = self.server.db.table("stock.quant")
        for store in self.facts["stores"]:
            internal = set(
                env["stock.location"]._search_ids(
                    [("id", "child_of", store["view_location_id"]), ("usage", "=", "internal")]
                )
            )
            candidates = sorted(
                q
                for q, row in quant_table.rows.items()
                if row["location_id"] in internal and not row.get("lot_id")
            )
            for qid in rng.sample(candidates, min(8, len(candidates))):
                when = self.now + timedelta(days=rng.randint(-3, 2))
                env["stock.quant"].browse([qid])._write(
                    {"inventory_date": when.strftime("%Y-%m-%d")}
                )
                count_quants.append(qid)
        return count_quants


def seed_demo(server, seed: str, products: int = 300) -> dict:
    """The demo store: catalogue, stock, customers, click-and-collect orders in every state,
    past deliveries (some returned), employees, count requests and the policy's categories.
    Returns the facts tests and the demo read (ids, names, which order is in which state)."""
    demo = _DemoSeed(server, seed)
    product_rows = demo.catalogue(products)
    serials, lots = demo.stock(product_rows)
    customers, frequent = demo.customers()
    plain = [p for p, kind, tracking in product_rows if kind == "product" and tracking == "none"]
    serial_products = [p for p, kind, tracking in product_rows if tracking == "serial"]
    # Products kept out of every other order, so "partially available" stays exactly that.
    scarce, plain = plain[-8:], plain[:-8]
    orders = demo.click_collect_orders(customers, plain, scarce, serial_products)
    deliveries, frequent_returns = demo.past_deliveries(
        customers, frequent, plain, serial_products, serials
    )
    facts = demo.facts
    employees, tag = seed_employees(demo.env, facts, demo.rng)
    count_quants = demo.count_requests()

    # The categories the sample returns policy names (final sale, hygiene): seeded last, from a
    # random stream of their own, so nothing above changes.
    policy_products = seed_policy_categories(
        demo.env, facts, demo.unit, random.Random(f"demo-policy:{seed}"), demo.used_barcodes
    )
    product_rows += [(pid, "product", "none") for pid in policy_products]

    facts.update(
        {
            "employees": employees,
            "manager_tag": MANAGER_TAG,
            "manager_tag_id": tag.id,
            "count_request_quant_ids": sorted(count_quants),
            "customers": customers,
            "frequent_returner": {
                "partner_id": frequent,
                "name": "Camille Laurent-Roux",
                "return_picking_ids": frequent_returns,
            },
            "click_collect_orders": orders,
            "past_deliveries": deliveries,
            "serial_product_ids": serial_products,
            "lot_product_ids": sorted(lots),
            "product_count": len(product_rows),
        }
    )
    return facts


# Categories named by resources/policy/sample-policy.toml, with what a store sells there.
POLICY_CATEGORIES = {
    ("Clearance",): [("Summer Jacket", "last season"), ("Canvas Tote", "end of line")],
    ("Health & Beauty", "Cosmetics"): [("Hand Cream", "75 ml"), ("Lip Balm", "4 g")],
}


def seed_policy_categories(env, facts, unit, rng, used_barcodes) -> list[int]:
    """ "All / Clearance" and "All / Health & Beauty / Cosmetics", two products each: the
    sample returns policy must name categories the demo store has."""
    made = []
    for path, items in POLICY_CATEGORIES.items():
        parent = facts["category_all_id"]
        for name in path:
            parent = create(env, "product.category", {"name": name, "parent_id": parent}).id
        for base, size in items:
            price = round(rng.uniform(4, 60), 2)
            template = create(
                env,
                "product.template",
                {
                    "name": f"{base} {size}",
                    "categ_id": parent,
                    "uom_id": unit,
                    "uom_po_id": unit,
                    "detailed_type": "product",
                    "type": "product",
                    "tracking": "none",
                    "list_price": price,
                    "company_id": False,
                    "default_code": f"{path[-1][:3].upper()}-{len(made) + 1:05d}",
                    "barcode": barcode_from(rng, used_barcodes),
                },
            )
            product = env["product.template"].browse([template.id]).product_variant_ids
            product._write({"standard_price": round(price * 0.5, 2)})
            for store in facts["stores"]:
                env["stock.quant"]._update_available_quantity(
                    product.ids[0], store["stock_location_id"], float(rng.randint(6, 24))
                )
            made.append(product.ids[0])
    return made


def seed_employees(env, facts, rng):
    """Five employees per store (the first one a manager), with badges and PINs: 4 digits for
    associates, 6 for managers (storeapp refuses shorter manager PINs, from Odoo too)."""
    tag = create(env, "hr.employee.category", {"name": MANAGER_TAG})
    employees = []
    for store_index, store in enumerate(facts["stores"]):
        department = create(
            env, "hr.department", {"name": store["name"], "company_id": facts["company_id"]}
        )
        for n in range(5):
            name = person(rng)
            is_manager = n == 0
            badge = f"04{store_index + 1}{n + 1:04d}{rng.randrange(10)}"
            pin = f"{rng.randrange(10000):04d}"
            if is_manager:  # no extra draw: the rest of the seed stays as it was
                pin += f"{store_index + 1:02d}"
            emp = create(
                env,
                "hr.employee",
                {
                    "name": name,
                    "barcode": badge,
                    "pin": pin,
                    "company_id": facts["company_id"],
                    "department_id": department.id,
                    "job_title": "Store Manager" if is_manager else "Sales Associate",
                    "category_ids": [(6, 0, [tag.id] if is_manager else [])],
                },
            )
            employees.append(
                {
                    "id": emp.id,
                    "name": name,
                    "badge": badge,
                    "pin": pin,
                    "is_manager": is_manager,
                    "store": store["code"],
                    "warehouse_id": store["warehouse_id"],
                }
            )
    return employees, tag
