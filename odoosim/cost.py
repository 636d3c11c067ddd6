"""What a real Odoo 17 costs per request: an optional cost model for benchmarks.

odoosim answers from Python dicts, 10-20x faster than Odoo's ORM on PostgreSQL, so a benchmark
against the bare emulator hides where a real server spends its time. With a :class:`CostModel`
set on the server (``OdooSim(cost=CostModel())``, or the ``cost`` control action), every call
is charged the server time a real Odoo 17 on a 2-core machine was measured to take for the same
work (docs/performance.md, "Calibration"), and the HTTP answer is held back until that time has
passed:

- a fixed cost per request (routing, session, registry check, the transaction);
- per row read: ``id`` and ``write_date`` (the floor), each other field, each many2one id,
  and the display name Odoo computes for every referenced record unless ``load`` is
  ``'_classic_write'``; company-dependent fields (``standard_price``) cost several times more;
- per row of every table a ``write_date`` condition makes PostgreSQL read: Odoo declares no
  index on ``write_date``, so each such condition is a sequential scan of the table holding it,
  and a dotted path (``picking_id.partner_id.write_date``) scans every table along it (Odoo
  turns each hop into a sub-select over the comodel);
- the API-key check (pbkdf2, ~0.33 s) on a uid/secret pair the server has not verified yet;
- a new TCP connection per request, as Odoo's threaded server behind most proxies answers.

Only ``workers`` requests are served at once (Odoo's ``--workers``); more wait for a worker.
The model keeps totals (requests, server seconds, bytes) so a fleet benchmark can report what
Odoo spent. ``sleep_scale`` is the share of the modelled seconds really waited: 1 (the default)
holds every answer as long as Odoo would; 0 only accounts them, so a benchmark running an hour
of a fleet in simulated time (bench/fleet.py) gets Odoo's bill without waiting for it. Off by
default: tests run at emulator speed.

Hooks: :meth:`charge` from ``OdooServer.call`` (every transport passes there), and
:meth:`settle` from the HTTP layer just before an answer is sent.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from odoosim.orm.env import REGISTRY

READ_METHODS = frozenset({"read", "search_read"})
SEARCH_METHODS = frozenset({"search", "search_read", "search_count"})
CLASSIC_WRITE = "_classic_write"


@dataclass(frozen=True)
class Calibration:
    """Seconds a real Odoo 17 spends, fitted on one product page of 2,000 rows (13 fields:
    1.6-2.4 s; without standard_price 1.2 s; without the three many2ones as well 0.7-0.9 s; id
    and write_date only 0.12-0.14 s) and one quant page of ~1,900 rows (with its six many2ones
    0.8-1.0 s, without them 0.2 s). The derivation is in docs/performance.md."""

    request: float = 0.030  # routing, session, access rules, the transaction
    row: float = 0.050e-3  # id + write_date
    field: float = 0.0105e-3  # a stored column
    related_field: float = 0.076e-3  # related or computed: read through another record
    many2one_id: float = 0.010e-3
    display_name: float = 0.055e-3  # per many2one per row unless load='_classic_write'
    company_dependent: float = 0.40e-3
    # search/search_count: PostgreSQL counts and pages by index (SQL was ~3 % of a page).
    searched_row: float = 0.0005e-3
    # A row read by a sequential scan for a write_date condition (no index on write_date).
    # Not measured on its own: the CLI's idle cycle (29 requests, 1.16 s, whose searches scan
    # the 100,000 products and 30,000 quants) leaves room for ~0.2 µs a row at most;
    # PostgreSQL filters a cached table at about 0.1 µs a row.
    scanned_row: float = 0.0001e-3
    auth: float = 0.33
    workers: int = 2
    new_connection: bool = True


# Fields Odoo 17 declares company_dependent (stored per company in ir.property).
COMPANY_DEPENDENT = {
    "product.product": frozenset({"standard_price"}),
    "product.template": frozenset({"standard_price"}),
    "res.partner": frozenset({"property_account_receivable_id", "property_account_payable_id"}),
}

# Columns a real Odoo stores that odoosim computes: its database keeps 17's shape, and 18 and
# 19's fields are worked out from it at the wire. Odoo 18's stock/models/product.py declares
# the template's `is_storable` with `store=True`; reading it costs a column, not a computation.
STORED_IN_ODOO = {
    "product.template": frozenset({"is_storable"}),
}


@dataclass
class Totals:
    """What the server spent since the model was installed (or last reset)."""

    requests: int = 0
    connections: int = 0
    server_seconds: float = 0.0
    bytes_sent: int = 0
    rows_read: int = 0
    # What reading those many2ones with their display names would have added (benchmarks
    # show the default-load scheme beside the bare-id one without a second, slow run).
    names_saved_seconds: float = 0.0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class CostModel:
    """Charges calls and delays answers as a calibrated Odoo 17 would."""

    calibration: Calibration = field(default_factory=Calibration)
    # The share of the modelled seconds an answer is really held back (0: accounted only).
    sleep_scale: float = 1.0

    def __post_init__(self) -> None:
        self.totals = Totals()
        self._lock = threading.Lock()
        self._local = threading.local()
        self._workers = threading.BoundedSemaphore(max(1, self.calibration.workers))

    # -- pricing -----------------------------------------------------------------------------------
    def read_cost(self, model: str, fields: list[str], rows: int, load: str) -> float:
        """Seconds Odoo takes to read ``fields`` of ``rows`` records of ``model``."""
        c = self.calibration
        cls = REGISTRY.get(model)
        declared = cls._fields if cls is not None else {}
        company = COMPANY_DEPENDENT.get(model, frozenset())
        stored = STORED_IN_ODOO.get(model, frozenset())
        per_row = c.row
        for name in fields:
            if name in ("id", "write_date"):
                continue
            spec = declared.get(name)
            if name in company:
                per_row += c.company_dependent
            elif getattr(spec, "type", "") == "many2one":
                per_row += c.many2one_id + (0.0 if load == CLASSIC_WRITE else c.display_name)
            elif spec is not None and not spec.store and name not in stored:
                per_row += c.related_field
            else:
                per_row += c.field
        return per_row * rows

    @staticmethod
    def scanned_tables(model: str, domain) -> list[str]:
        """The tables PostgreSQL scans whole for the ``write_date`` conditions of ``domain``:
        the model's own for a plain ``write_date`` leaf (once), and every comodel along a
        dotted path, once per path (each hop is its own sub-select)."""
        tables: list[str] = []
        own = False
        for leaf in domain or ():
            if not (isinstance(leaf, list | tuple) and len(leaf) == 3):
                continue
            if not isinstance(leaf[0], str) or not leaf[0].endswith("write_date"):
                continue
            path = leaf[0].split(".")
            if path[-1] != "write_date":
                continue
            if len(path) == 1:
                own = True
                continue
            current = model
            for hop in path[:-1]:
                cls = REGISTRY.get(current)
                spec = cls._fields.get(hop) if cls is not None else None
                current = getattr(spec, "comodel", None)
                if not current:
                    break
                tables.append(current)
        return [model, *tables] if own else tables

    def price(
        self,
        model: str,
        method: str,
        args: list,
        kwargs: dict,
        result,
        rows_of: Callable[[str], int] | None = None,
    ) -> float:
        """Server seconds of one call beyond the request's fixed cost, from what it asked and
        what it answered. `rows_of` tells a table's size (for the write_date scans)."""
        c = self.calibration
        seconds = 0.0
        if method in SEARCH_METHODS and rows_of is not None:
            domain = args[0] if args else kwargs.get("domain")
            scanned = sum(rows_of(t) for t in self.scanned_tables(model, domain))
            seconds += c.scanned_row * scanned
        if method in READ_METHODS and isinstance(result, list) and result:
            load = kwargs.get("load") or (args[2] if method == "read" and len(args) > 2 else None)
            fields = list(result[0])
            seconds += self.read_cost(model, fields, len(result), load or "_classic_read")
        elif method == "search_count" and isinstance(result, int):
            seconds += c.searched_row * result
        elif method == "search" and isinstance(result, list):
            seconds += c.searched_row * len(result)
        return seconds

    # -- hooks -------------------------------------------------------------------------------------
    def charge(
        self,
        model: str,
        method: str,
        args: list,
        kwargs: dict,
        result,
        rows_of: Callable[[str], int] | None = None,
    ) -> None:
        """Add one call's price to what this request owes (``OdooServer.call``)."""
        seconds = self.price(model, method, args, kwargs, result, rows_of)
        self.charge_seconds(seconds)
        if method in READ_METHODS and isinstance(result, list):
            named = {k: v for k, v in kwargs.items() if k != "load"}
            saved = self.price(model, method, args[:2], named, result, rows_of) - seconds
            with self._lock:
                self.totals.rows_read += len(result)
                self.totals.names_saved_seconds += saved

    def charge_seconds(self, seconds: float) -> None:
        self._local.owed = getattr(self._local, "owed", 0.0) + seconds

    def settle(self, body_bytes: int) -> bool:
        """Hold the answer for what the request cost, inside one of the workers; returns
        True when the connection must close after the answer (a new one per request)."""
        owed = getattr(self._local, "owed", 0.0) + self.calibration.request
        self._local.owed = 0.0
        if self.sleep_scale > 0:
            with self._workers:
                time.sleep(owed * self.sleep_scale)
        with self._lock:
            self.totals.requests += 1
            self.totals.server_seconds += owed
            self.totals.bytes_sent += body_bytes
            if self.calibration.new_connection:
                self.totals.connections += 1
        return self.calibration.new_connection

    def snapshot(self) -> dict:
        with self._lock:
            return self.totals.as_dict()

    def reset(self) -> None:
        with self._lock:
            self.totals = Totals()
