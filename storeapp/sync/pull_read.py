"""Reading a page of a mirrored model: the rows, their linked records' fields and names.

Runs on a gateway's erp thread (`_fetch` submits `_read_page` there), so the pass can write
the previous page on the db thread meanwhile. Mixed into `MirrorPull` (storeapp.sync.pull),
whose settings and unit-name memory it uses.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from storeapp.sync.gateway import OdooGateway, OdooVersion
from storeapp.sync.many2one import m2o_id_or_none
from storeapp.sync.mirror import MirrorSpec
from storeapp.sync.settings import SyncSettings


class PageReader:
    """Page reads; expects MirrorPull's attributes (gateway, settings, and the display names
    of the specs' `names`, with their lock)."""

    gateway: OdooGateway
    settings: SyncSettings
    _names: dict[str, dict[int, str]]
    _names_lock: threading.Lock

    def _name_rows(self, gw: OdooGateway, spec: MirrorSpec, rows: list[dict[str, Any]]) -> None:
        """Turn the bare ids of `spec.names` into `[id, name]`, as a named read would send
        them. The names come from one small read of the ids not known yet (a product page
        refers to a handful of units), instead of Odoo computing one per row."""
        for fname, comodel in spec.names:
            with self._names_lock:
                known = self._names.setdefault(comodel, {})
                ids = {value for r in rows if type(value := r.get(fname)) is int}
                missing = sorted(ids - known.keys())
            if missing:
                found = gw.read(comodel, missing, ["display_name"])
                with self._names_lock:
                    for rec in found:
                        known[rec["id"]] = rec.get("display_name") or ""
            for r in rows:
                value = r.get(fname)
                if type(value) is int:
                    r[fname] = [value, known.get(value, "")]

    def _join_through(
        self, gw: OdooGateway, spec: MirrorSpec, rows: list[dict[str, Any]], version: OdooVersion
    ) -> None:
        """Give each row the fields of `spec.through` from its linked record (a variant its
        template's name, price, category...): one `read` of the page's distinct links."""
        through = spec.through
        if through is None or not rows:
            return
        fields = through.odoo_fields(version)
        if all(name in rows[0] for name in fields):
            return  # read through the related fields already (an incremental pass)
        # A link of a shape the mirror refuses joins nothing here: the row's own mapping
        # sets it aside with its reason (an exception here would stop the whole page).
        links = [m2o_id_or_none(r.get(through.link)) for r in rows]
        ids = sorted({link for link in links if link is not None})
        linked: dict[int | None, dict[str, Any]] = {}
        for rec in gw._rows(
            gw.execute(through.model, "read", ids, fields, load="_classic_write"), through.model
        ):
            linked[rec.pop("id")] = rec  # what stays is the fields asked for
        # One C-level update per row: a first sync joins 100,000 variants to their templates.
        for r, values in zip(rows, map(linked.get, links), strict=True):
            if values is not None:
                r.update(values)

    def _fetch(
        self,
        spec: MirrorSpec,
        domain: list[Any],
        fields: list[str],
        context: dict[str, Any],
        after_id: int,
        gateway: OdooGateway | None = None,
        *,
        complete: bool = True,
    ) -> Future[list[dict[str, Any]]]:
        """The page after `after_id`, read on the gateway's erp thread (with its linked
        records and names unless not `complete`), so the caller can write the previous one
        meanwhile."""
        gw = gateway or self.gateway
        return gw.submit(self._read_page, gw, spec, domain, fields, context, after_id, complete)

    def _read_page(
        self,
        gw: OdooGateway,
        spec: MirrorSpec,
        domain: list[Any],
        fields: list[str],
        context: dict[str, Any],
        after_id: int,
        complete: bool = True,
    ) -> list[dict[str, Any]]:
        kwargs: dict[str, Any] = {
            "fields": fields,
            "limit": self.settings.page_size,
            "order": "id asc",
        }
        if context:
            kwargs["context"] = context
        kwargs.update(spec.read_kwargs())
        page_domain = [*domain, ("id", ">", after_id)] if after_id else list(domain)
        rows = gw._rows(gw.execute(spec.model, "search_read", page_domain, **kwargs), spec.model)
        return self.complete_rows(gw, spec, rows) if complete else rows

    def complete_rows(
        self, gw: OdooGateway, spec: MirrorSpec, rows: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Rows as read from `spec.model`, given their linked records' fields and names."""
        self._join_through(gw, spec, rows, gw.version)
        self._name_rows(gw, spec, rows)
        return rows
