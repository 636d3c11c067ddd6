"""What the store mirrors from Odoo: one `MirrorSpec` per model.

Each spec names the Odoo model and cache table, the exact fields read (never "all fields"), the
domain that scopes it to this store, and how an Odoo row becomes a cache row. The pull engine
(pull.py) runs them in `SPECS` order, which matters: a spec whose `references` reads ids from
the cache (sale orders of mirrored pickings, partners of those) comes after its source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from storeapp.sync.gateway import OdooVersion
from storeapp.sync.mirror_rows import (
    _carrier_row,
    _category_row,
    _company_row,
    _employee_row,
    _location_row,
    _lot_row,
    _move_line_row,
    _move_row,
    _packaging_row,
    _partner_row,
    _picking_row,
    _picking_type_row,
    _product_row,
    _sale_line_row,
    _sale_row,
    _uom_row,
    _warehouse_row,
    quant_row,
)
from storeapp.sync.settings import CC_ALL_OUTGOING, CC_CARRIER, SyncSettings

Domain = list[Any]


@dataclass(frozen=True)
class StoreScope:
    """The store as Odoo knows it, resolved from the warehouse code at the start of a pull."""

    warehouse_id: int
    warehouse_code: str
    warehouse_name: str
    company_id: int
    view_location_id: int
    lot_stock_id: int | None
    out_type_id: int | None
    picking_type_ids: tuple[int, ...]
    version: OdooVersion
    settings: SyncSettings
    history_cutoff: str  # UTC "YYYY-MM-DD HH:MM:SS": done deliveries since then are mirrored
    # Employees of the store: those of the department named like the store (name or code) when
    # Odoo has one, otherwise everyone of the company.
    employees_by_department: bool = True
    # Click-and-collect carriers (mode "carrier"), chosen by type or name or named by IT.
    cc_carrier_ids: tuple[int, ...] = ()


def prefix_domain(domain: Domain, path: str) -> Domain:
    """The same conditions seen from a related model: ("state", "=", x) becomes
    ("picking_id.state", "=", x). Odoo resolves dotted paths server-side in one query."""
    out: Domain = []
    for item in domain:
        if isinstance(item, list | tuple) and len(item) == 3 and isinstance(item[0], str):
            out.append((f"{path}.{item[0]}", item[1], item[2]))
        else:
            out.append(item)
    return out


# A spec's `references`: (Odoo field, ids the mirror must cover), read from the cache.
References = Callable[[Connection], tuple[str, list[int]]]


@dataclass(frozen=True)
class Through:
    """Fields a row takes from the record its `link` many2one points to, read there.

    A variant's name, price, category, unit, tracking and type are related fields of its
    template: Odoo computes each through the template for every variant read (about 0.08 ms
    per field and row on a real Odoo 17), where the template stores them as plain columns.
    One `read` of a page's distinct templates gives the same values for a fraction of that.
    """

    link: str
    model: str
    fields: tuple[str, ...]
    version_fields: Callable[[OdooVersion], tuple[str, ...]] | None = None

    def odoo_fields(self, version: OdooVersion) -> list[str]:
        extra = self.version_fields(version) if self.version_fields is not None else ()
        return list(dict.fromkeys([*self.fields, *extra]))


@dataclass(frozen=True)
class MirrorSpec:
    """How one Odoo model is mirrored: fields read, store scope, row mapping, and how its
    deletions and newly referenced records are found."""

    model: str
    table: str
    fields: tuple[str, ...]
    domain: Callable[[StoreScope], Domain]
    to_row: Callable[[dict[str, Any], StoreScope], dict[str, Any]]
    # Archivable models: read archived records too, so archiving shows up as active=False.
    archivable: bool = False
    check_deletions: bool = True
    # Records reachable only through others (sale orders of mirrored pickings): a record newly
    # referenced may be old (its write_date before the cursor), so it is fetched by id.
    references: References | None = None
    # Fields that exist only with some modules (read only when fields_get lists them).
    optional_fields: tuple[str, ...] = ()
    version_fields: Callable[[OdooVersion], tuple[str, ...]] | None = None
    # Many2ones are read as bare ids (`load='_classic_write'`): Odoo then computes no display
    # name per row, which is most of what a many2one costs it. A row that keeps a name gets it
    # from `names` — (field, comodel) pairs whose names the pull reads once per pass — or, for
    # small models whose names come from models the device may not read, with `display_names`
    # (the page is read with names, as Odoo's default load sends them).
    names: tuple[tuple[str, str], ...] = ()
    display_names: bool = False
    # Models some versions do not have (19: product.packaging): nothing to mirror there.
    exists_on: Callable[[OdooVersion], bool] | None = None
    # Fields read from a linked record (the product's template) instead of through related
    # fields of this model.
    through: Through | None = None

    def exists(self, version: OdooVersion) -> bool:
        return self.exists_on is None or self.exists_on(version)

    def odoo_fields(self, version: OdooVersion, available: set[str] | None) -> list[str]:
        names = ["id", "write_date", *self.fields]
        if self.version_fields is not None:
            names += list(self.version_fields(version))
        for name in self.optional_fields:
            if available is None or name in available:
                names.append(name)
        return list(dict.fromkeys(names))

    def context(self) -> dict[str, Any]:
        return {"active_test": False} if self.archivable else {}

    def read_kwargs(self) -> dict[str, Any]:
        """Extra `search_read` arguments: bare many2one ids unless the rows need names."""
        return {} if self.display_names else {"load": "_classic_write"}


# --------------------------------------------------------------------------- domains


def picking_domain(scope: StoreScope) -> Domain:
    """The store's pickings: open click-and-collect orders (and the ones that ended recently),
    done deliveries of the returns history window, and the returns made of those."""
    s = scope.settings
    cutoff = scope.history_cutoff
    if s.click_collect_mode == CC_CARRIER:
        cc: Domain = [("carrier_id", "in", list(scope.cc_carrier_ids))]
    elif s.click_collect_mode == CC_ALL_OUTGOING:
        cc = [("picking_type_id.code", "=", "outgoing")]
    else:
        cc = [
            ("picking_type_id.code", "=", "outgoing"),
            ("picking_type_id", "!=", scope.out_type_id or 0),
        ]
    open_cc = [
        "&",
        *cc,
        "|",
        ("state", "in", ["confirmed", "waiting", "assigned"]),
        ("write_date", ">=", cutoff),
    ]
    done_delivery = [
        "&",
        "&",
        ("picking_type_id.code", "=", "outgoing"),
        ("state", "=", "done"),
        ("date_done", ">=", cutoff),
    ]
    returns = [
        "&",
        "&",
        ("return_id", "!=", False),
        ("return_id.picking_type_id.warehouse_id", "=", scope.warehouse_id),
        ("return_id.date_done", ">=", cutoff),
    ]
    return [
        "&",
        ("picking_type_id.warehouse_id", "=", scope.warehouse_id),
        "|",
        "|",
        *open_cc,
        *done_delivery,
        *returns,
    ]


def _ids(conn: Connection, sql: str) -> list[int]:
    return sorted({int(r[0]) for r in conn.execute(text(sql)) if r[0]})


def _sale_refs(conn: Connection) -> tuple[str, list[int]]:
    return "id", _ids(conn, "SELECT sale_id FROM picking WHERE sale_id IS NOT NULL")


def _sale_line_refs(conn: Connection) -> tuple[str, list[int]]:
    return "order_id", _ids(conn, "SELECT id FROM sale_order")


def _partner_refs(conn: Connection) -> tuple[str, list[int]]:
    return "id", _ids(
        conn,
        "SELECT partner_id FROM picking WHERE partner_id IS NOT NULL "
        "UNION SELECT partner_id FROM sale_order WHERE partner_id IS NOT NULL",
    )


# --------------------------------------------------------------------------- the specs


SPECS: tuple[MirrorSpec, ...] = (
    MirrorSpec(
        "res.company",
        "company",
        ("name", "currency_id"),
        lambda s: [("id", "=", s.company_id)],
        _company_row,
        display_names=True,
    ),
    MirrorSpec(
        "stock.warehouse",
        "warehouse",
        (
            "name",
            "code",
            "company_id",
            "lot_stock_id",
            "view_location_id",
            "in_type_id",
            "out_type_id",
        ),
        lambda s: [("id", "=", s.warehouse_id)],
        _warehouse_row,
        archivable=True,
    ),
    MirrorSpec(
        "stock.picking.type",
        "picking_type",
        (
            "name",
            "code",
            "warehouse_id",
            "return_picking_type_id",
            "default_location_src_id",
            "default_location_dest_id",
            "create_backorder",
            "active",
        ),
        lambda s: [("warehouse_id", "=", s.warehouse_id)],
        _picking_type_row,
        archivable=True,
    ),
    MirrorSpec(
        "stock.location",
        "location",
        (
            "name",
            "complete_name",
            "usage",
            "barcode",
            "location_id",
            "warehouse_id",
            "active",
        ),
        lambda s: [("id", "child_of", s.view_location_id)],
        _location_row,
        archivable=True,
        version_fields=lambda v: v.location_fields,
    ),
    MirrorSpec(
        "uom.uom",
        "uom",
        ("name", "rounding", "active"),
        lambda s: [],
        _uom_row,
        archivable=True,
    ),
    MirrorSpec(
        "product.category",
        "product_category",
        ("name", "complete_name", "parent_id"),
        lambda s: [],
        _category_row,
    ),
    MirrorSpec(
        "product.product",
        "product",
        ("product_tmpl_id", "default_code", "barcode", "active"),
        # Every product the company sells, services included (they appear on receipts being
        # returned); `is_storable` tells goods apart. Odoo's multi-company record rules keep
        # other companies' products out, so no company condition is repeated here.
        lambda s: [],
        _product_row,
        archivable=True,
        names=(("uom_id", "uom.uom"),),
        # The template's own columns, not the variant's related fields (see `Through`).
        through=Through(
            "product_tmpl_id",
            "product.template",
            ("name", "categ_id", "uom_id", "tracking", "list_price"),
            version_fields=lambda v: tuple(v.product_type_fields),
        ),
    ),
    MirrorSpec(
        "product.packaging",
        "packaging",
        ("product_id", "name", "qty", "barcode"),
        lambda s: [("product_id", "!=", False)],
        _packaging_row,
        exists_on=lambda v: v.has_product_packaging,
    ),
    MirrorSpec(
        "stock.lot",
        "lot",
        ("name", "product_id"),
        lambda s: [],
        _lot_row,
    ),
    MirrorSpec(
        "stock.quant",
        "quant",
        (
            "product_id",
            "location_id",
            "lot_id",
            "quantity",
            "reserved_quantity",
            "inventory_date",
            "inventory_quantity_set",
            "user_id",
        ),
        lambda s: [
            ("location_id", "child_of", s.view_location_id),
            ("location_id.usage", "=", "internal"),
        ],
        quant_row,
        optional_fields=("package_id", "owner_id"),
    ),
    MirrorSpec(
        "stock.picking",
        "picking",
        (
            "name",
            "state",
            "picking_type_id",
            "picking_type_code",
            "partner_id",
            "origin",
            "scheduled_date",
            "date_deadline",
            "date_done",
            "sale_id",
            "carrier_id",
            "location_id",
            "location_dest_id",
            "return_id",
            "backorder_id",
        ),
        picking_domain,
        _picking_row,
    ),
    MirrorSpec(
        "stock.move",
        "move",
        (
            "picking_id",
            "product_id",
            "product_uom_qty",
            "quantity",
            "picked",
            "state",
            "location_id",
            "location_dest_id",
            "sale_line_id",
            "origin_returned_move_id",
            "to_refund",
            "date",
        ),
        lambda s: prefix_domain(picking_domain(s), "picking_id"),
        _move_row,
        version_fields=lambda v: v.move_fields,
    ),
    MirrorSpec(
        "stock.move.line",
        "move_line",
        (
            "move_id",
            "picking_id",
            "product_id",
            "lot_id",
            "lot_name",
            "quantity",
            "picked",
            "location_id",
            "location_dest_id",
        ),
        lambda s: prefix_domain(picking_domain(s), "picking_id"),
        _move_line_row,
    ),
    MirrorSpec(
        "sale.order",
        "sale_order",
        (
            "name",
            "partner_id",
            "date_order",
            "state",
            "warehouse_id",
            "amount_total",
            "client_order_ref",
        ),
        lambda s: [],
        _sale_row,
        display_names=True,
        references=_sale_refs,
        optional_fields=("carrier_id", "team_id"),
    ),
    MirrorSpec(
        "sale.order.line",
        "sale_order_line",
        (
            "order_id",
            "product_id",
            "name",
            "product_uom_qty",
            "qty_delivered",
            "price_unit",
            "discount",
            "price_total",
        ),
        lambda s: [],
        _sale_line_row,
        references=_sale_line_refs,
    ),
    MirrorSpec(
        "res.partner",
        "partner",
        ("name", "phone", "mobile"),
        lambda s: [],
        _partner_row,
        archivable=True,
        references=_partner_refs,
    ),
    MirrorSpec(
        "delivery.carrier",
        "carrier",
        ("name", "delivery_type"),
        lambda s: [],
        _carrier_row,
        archivable=True,
        optional_fields=("warehouse_id", "warehouse_ids"),
    ),
)


def employee_domain(scope: StoreScope) -> Domain:
    domain: Domain = [("company_id", "=", scope.company_id)]
    if scope.employees_by_department:
        names = sorted({scope.warehouse_name, scope.warehouse_code})
        domain.append(("department_id.name", "in", names))
    return domain


def employee_spec(settings: SyncSettings) -> MirrorSpec:
    """Employees of the store's company, from the model the identity mode allows reading."""
    model = settings.employee_model
    fields = ("name", "job_title", "department_id", "user_id", "active")
    return MirrorSpec(
        model,
        "employee",
        fields,
        employee_domain,
        _employee_row,
        archivable=True,
        display_names=True,
        optional_fields=("work_location_id", "category_ids")
        if model == "hr.employee"
        else ("work_location_id",),
    )


def all_specs(settings: SyncSettings) -> tuple[MirrorSpec, ...]:
    return (*SPECS, employee_spec(settings))


SPEC_BY_MODEL = {spec.model: spec for spec in SPECS}
