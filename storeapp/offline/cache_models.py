"""Tables of `cache.sqlite`: a disposable mirror of what the store needs from Odoo.

Primary keys are Odoo ids, so a pull is a plain upsert by id. Many2one columns hold bare ids
(no foreign keys: records arrive in any order and Odoo may delete them). `write_date` is kept as
Odoo serves it (UTC, "YYYY-MM-DD HH:MM:SS") because it feeds the pull cursors.

Customer data is kept to what the screens need: a name and the last four digits of a phone
number (for search at handover), never full contact details.

Bump CACHE_SCHEMA_VERSION whenever a table changes: the cache is then rebuilt from Odoo instead
of migrated.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

CACHE_SCHEMA_VERSION = 4

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class CacheBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class OdooRecord:
    """Columns every mirrored record has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    write_date: Mapped[str | None] = mapped_column(String(19))


class CacheMeta(CacheBase):
    """Key/value facts about the cache itself: schema version, store, server."""

    __tablename__ = "cache_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncCursor(CacheBase):
    """Where the incremental pull of one Odoo model stands."""

    __tablename__ = "sync_cursor"
    model: Mapped[str] = mapped_column(String(64), primary_key=True)
    write_date: Mapped[str | None] = mapped_column(String(19))
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    # A first sync that was cancelled resumes from here (ids above this one are still to fetch).
    initial_done: Mapped[bool] = mapped_column(Boolean, default=False)
    records: Mapped[int] = mapped_column(Integer, default=0)
    last_success_at: Mapped[str | None] = mapped_column(String(32))
    last_full_check_at: Mapped[str | None] = mapped_column(String(32))
    # When the current first sync began (ISO UTC). Records changed after that may have been
    # passed already, so the incremental cursor starts no later than this moment.
    initial_started_at: Mapped[str | None] = mapped_column(String(32))


class Company(OdooRecord, CacheBase):
    __tablename__ = "company"
    name: Mapped[str] = mapped_column(String(256))
    currency: Mapped[str | None] = mapped_column(String(8))


class Warehouse(OdooRecord, CacheBase):
    __tablename__ = "warehouse"
    name: Mapped[str] = mapped_column(String(256))
    code: Mapped[str] = mapped_column(String(16))
    company_id: Mapped[int | None] = mapped_column(Integer)
    lot_stock_id: Mapped[int | None] = mapped_column(Integer)
    view_location_id: Mapped[int | None] = mapped_column(Integer)
    in_type_id: Mapped[int | None] = mapped_column(Integer)
    out_type_id: Mapped[int | None] = mapped_column(Integer)


class PickingType(OdooRecord, CacheBase):
    __tablename__ = "picking_type"
    name: Mapped[str] = mapped_column(String(256))
    code: Mapped[str] = mapped_column(String(16))
    warehouse_id: Mapped[int | None] = mapped_column(Integer)
    return_picking_type_id: Mapped[int | None] = mapped_column(Integer)
    default_location_src_id: Mapped[int | None] = mapped_column(Integer)
    default_location_dest_id: Mapped[int | None] = mapped_column(Integer)
    create_backorder: Mapped[str | None] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Location(OdooRecord, CacheBase):
    __tablename__ = "location"
    name: Mapped[str] = mapped_column(String(256))
    complete_name: Mapped[str | None] = mapped_column(String(512))
    usage: Mapped[str] = mapped_column(String(16))
    barcode: Mapped[str | None] = mapped_column(String(128), index=True)
    parent_id: Mapped[int | None] = mapped_column(Integer)
    warehouse_id: Mapped[int | None] = mapped_column(Integer)
    scrap_location: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProductCategory(OdooRecord, CacheBase):
    __tablename__ = "product_category"
    name: Mapped[str] = mapped_column(String(256))
    complete_name: Mapped[str | None] = mapped_column(String(512))
    parent_id: Mapped[int | None] = mapped_column(Integer)


class UnitOfMeasureRow(OdooRecord, CacheBase):
    """A `uom.uom`: quantities of its products are whole multiples of `rounding` (1.0: Units)."""

    __tablename__ = "uom"
    name: Mapped[str] = mapped_column(String(64))
    rounding: Mapped[float] = mapped_column(Float, default=0.01)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Product(OdooRecord, CacheBase):
    """A `product.product` variant with the template fields the store needs."""

    __tablename__ = "product"
    product_tmpl_id: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(512))
    default_code: Mapped[str | None] = mapped_column(String(128), index=True)
    barcode: Mapped[str | None] = mapped_column(String(128), index=True)
    categ_id: Mapped[int | None] = mapped_column(Integer)
    uom_name: Mapped[str | None] = mapped_column(String(64))
    uom_id: Mapped[int | None] = mapped_column(Integer)
    tracking: Mapped[str] = mapped_column(String(8), default="none")  # none | lot | serial
    is_storable: Mapped[bool] = mapped_column(Boolean, default=True)
    list_price: Mapped[float] = mapped_column(Float, default=0.0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProductCost(CacheBase):
    """A product's unit cost (Odoo's `standard_price`), for the products this PC counts only.

    The cost is company-dependent in Odoo, the most expensive field a product read can ask for
    (about 40 s of server time per 100,000 products), and only the count screens value with
    it. A count asks for the costs of what it counts (`standard_price` None, `read_at` None);
    the pull reads those in one small request, and refreshes the known ones on the slow
    cadence. `read_at` (ISO, this PC's clock) says how old a cost is."""

    __tablename__ = "product_cost"
    product_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    standard_price: Mapped[float | None] = mapped_column(Float)
    read_at: Mapped[str | None] = mapped_column(String(32))
    wanted_at: Mapped[str | None] = mapped_column(String(32))


class Packaging(OdooRecord, CacheBase):
    __tablename__ = "packaging"
    product_id: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(256))
    qty: Mapped[float] = mapped_column(Float)
    barcode: Mapped[str | None] = mapped_column(String(128), index=True)


class Lot(OdooRecord, CacheBase):
    __tablename__ = "lot"
    name: Mapped[str] = mapped_column(String(256))
    product_id: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_lot_product_name", "product_id", "name"),)


class Quant(OdooRecord, CacheBase):
    """Stock on hand. Odoo merges and deletes quants without a write_date change, so the
    natural key (product, location, lot) matters more than the id."""

    __tablename__ = "quant"
    product_id: Mapped[int] = mapped_column(Integer)
    location_id: Mapped[int] = mapped_column(Integer)
    lot_id: Mapped[int | None] = mapped_column(Integer)
    package_id: Mapped[int | None] = mapped_column(Integer)
    owner_id: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    reserved_quantity: Mapped[float] = mapped_column(Float, default=0.0)
    inventory_date: Mapped[str | None] = mapped_column(String(10))
    inventory_quantity_set: Mapped[bool] = mapped_column(Boolean, default=False)
    user_id: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        Index("ix_quant_product_location", "product_id", "location_id", "lot_id"),
        Index("ix_quant_location", "location_id"),
    )


class Partner(OdooRecord, CacheBase):
    __tablename__ = "partner"
    name: Mapped[str] = mapped_column(String(256))
    phone_last4: Mapped[str | None] = mapped_column(String(4), index=True)


class Carrier(OdooRecord, CacheBase):
    __tablename__ = "carrier"
    name: Mapped[str] = mapped_column(String(256))
    delivery_type: Mapped[str | None] = mapped_column(String(32))
    warehouse_id: Mapped[int | None] = mapped_column(Integer)


class SaleOrder(OdooRecord, CacheBase):
    __tablename__ = "sale_order"
    name: Mapped[str] = mapped_column(String(64), index=True)
    partner_id: Mapped[int | None] = mapped_column(Integer, index=True)
    date_order: Mapped[str | None] = mapped_column(String(19))
    state: Mapped[str] = mapped_column(String(16))
    carrier_id: Mapped[int | None] = mapped_column(Integer)
    warehouse_id: Mapped[int | None] = mapped_column(Integer)
    amount_total: Mapped[float] = mapped_column(Float, default=0.0)
    client_order_ref: Mapped[str | None] = mapped_column(String(128))
    team_name: Mapped[str | None] = mapped_column(String(128))  # sales channel, for return windows


class SaleOrderLine(OdooRecord, CacheBase):
    __tablename__ = "sale_order_line"
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    product_id: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(Text)
    product_uom_qty: Mapped[float] = mapped_column(Float, default=0.0)
    qty_delivered: Mapped[float] = mapped_column(Float, default=0.0)
    price_unit: Mapped[float] = mapped_column(Float, default=0.0)
    discount: Mapped[float] = mapped_column(Float, default=0.0)
    price_total: Mapped[float] = mapped_column(Float, default=0.0)


class Picking(OdooRecord, CacheBase):
    __tablename__ = "picking"
    name: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(16))
    picking_type_id: Mapped[int | None] = mapped_column(Integer)
    picking_type_code: Mapped[str | None] = mapped_column(String(16))
    partner_id: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str | None] = mapped_column(String(256))
    scheduled_date: Mapped[str | None] = mapped_column(String(19))
    date_deadline: Mapped[str | None] = mapped_column(String(19))
    date_done: Mapped[str | None] = mapped_column(String(19))
    sale_id: Mapped[int | None] = mapped_column(Integer, index=True)
    carrier_id: Mapped[int | None] = mapped_column(Integer)
    location_id: Mapped[int | None] = mapped_column(Integer)
    location_dest_id: Mapped[int | None] = mapped_column(Integer)
    return_id: Mapped[int | None] = mapped_column(Integer, index=True)
    backorder_id: Mapped[int | None] = mapped_column(Integer)


class Move(OdooRecord, CacheBase):
    __tablename__ = "move"
    picking_id: Mapped[int | None] = mapped_column(Integer, index=True)
    product_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(String(512))
    product_uom_qty: Mapped[float] = mapped_column(Float, default=0.0)
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    picked: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(24))
    location_id: Mapped[int | None] = mapped_column(Integer)
    location_dest_id: Mapped[int | None] = mapped_column(Integer)
    sale_line_id: Mapped[int | None] = mapped_column(Integer, index=True)
    origin_returned_move_id: Mapped[int | None] = mapped_column(Integer, index=True)
    to_refund: Mapped[bool] = mapped_column(Boolean, default=False)
    date: Mapped[str | None] = mapped_column(String(19))


class MoveLine(OdooRecord, CacheBase):
    __tablename__ = "move_line"
    move_id: Mapped[int | None] = mapped_column(Integer, index=True)
    picking_id: Mapped[int | None] = mapped_column(Integer, index=True)
    product_id: Mapped[int] = mapped_column(Integer)
    lot_id: Mapped[int | None] = mapped_column(Integer)
    lot_name: Mapped[str | None] = mapped_column(String(256))
    quantity: Mapped[float] = mapped_column(Float, default=0.0)
    picked: Mapped[bool] = mapped_column(Boolean, default=False)
    location_id: Mapped[int | None] = mapped_column(Integer)
    location_dest_id: Mapped[int | None] = mapped_column(Integer)


class Employee(OdooRecord, CacheBase):
    """Store employees as the app may show them (no badge or PIN: those live in the journal
    as verifiers only)."""

    __tablename__ = "employee"
    name: Mapped[str] = mapped_column(String(256))
    job_title: Mapped[str | None] = mapped_column(String(256))
    department: Mapped[str | None] = mapped_column(String(256))
    work_location: Mapped[str | None] = mapped_column(String(256))
    user_id: Mapped[int | None] = mapped_column(Integer)
    tags: Mapped[str | None] = mapped_column(Text)  # JSON list of tag names
    is_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
