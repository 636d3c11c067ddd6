"""State and service calls of the click-and-collect screens, with no widgets.

`QueuePresenter` holds the order list (grouped, searchable) and starts picks and handovers;
`PickPresenter` holds one pick in progress and turns scans, typed quantities and short marks
into line updates. Blocking work (SQLite) runs on the `db` executor; the pick rules themselves
are pure and run on the Qt thread, which keeps the time from the scanner's Enter to the updated
line short. The pick is saved after every change on the db executor, in order; a failed save is
reported at once and the next change tries again with the whole session.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from storeapp.core import click_collect as cc
from storeapp.core.pick_lines import LineUpdated, Refused
from storeapp.core.picking import PickSession
from storeapp.core.scanning import (
    ProductRef,
    ScanRefusal,
    ScanResolution,
    resolve_lot_number,
    resolve_scan,
)
from storeapp.core.text import echo
from storeapp.offline.click_collect_repo import (
    ClaimedByOther,
    ClickCollectRepo,
    Freshness,
    OrderIndex,
    OrderUnavailable,
)
from storeapp.offline.clock import utcnow
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor, AlreadySent, NotYours, OpRecord
from storeapp.offline.products_repo import ProductHit
from storeapp.ui.background import Work
from storeapp.ui.executors import Executors
from storeapp.ui.outcome import Outcome

log = logging.getLogger(__name__)

__all__ = [
    "ClaimedByOther",
    "OrderUnavailable",
    "PickPresenter",
    "QueuePresenter",
    "scan_outcome",
]


def scan_outcome(result: LineUpdated | Refused | ScanRefusal) -> Outcome:
    """A pick rule's answer as the screen says it (the line it is about, to select)."""
    if isinstance(result, LineUpdated):
        return Outcome("ok", result.message, subject=result.move_id)
    return Outcome("error", result.message, result.action, getattr(result, "move_id", None))


def _handover_too_late(name: str, state: OpState | None) -> str:
    """Why a handover cannot be undone from the screen, and what to do instead."""
    if state in (OpState.CANCELLED, OpState.REJECTED):
        return f"The handover of {name} was already undone."
    if state is OpState.DONE:
        return (
            f"Odoo already has {name} as collected, so it cannot be undone here. If the "
            "customer did not take it, a manager books a return of the order in Odoo."
        )
    if state is OpState.PARKED:
        return f"The handover of {name} waits for a manager in Sync & outbox: they can cancel it."
    return (
        f"The handover of {name} may already have reached Odoo (a send got no answer). Wait "
        "for the next sync, then look at it in Sync & outbox."
    )


class QueuePresenter:
    """The order list of the store and the ways into a pick or a handover."""

    def __init__(
        self,
        repo: ClickCollectRepo,
        executors: Executors,
        actor: Callable[[], Actor | None],
        *,
        online: Callable[[], bool] = lambda: True,
        clock: Callable[[], datetime] = utcnow,
        manager: Callable[[], bool] = lambda: False,
        advise_unknown: Callable[[ScanRefusal], ScanRefusal] | None = None,
    ) -> None:
        self.repo = repo
        self.executors = executors
        self.work = Work(executors)
        self.actor = actor
        self.manager = manager  # whether the signed-in person is a manager (undo of others)
        # An unknown barcode asks the sync for the products (storeapp/sync/unknown_barcodes.py).
        self.advise_unknown = advise_unknown
        self.online = online
        self.clock = clock
        self.entries: list[cc.QueueEntry] = []
        self.freshness = Freshness(None)
        self.query = ""
        self.group: cc.QueueGroup | None = None  # None: every group
        self.loaded_at: datetime | None = None

    def _who(self) -> Actor:
        actor = self.actor()
        if actor is None:
            raise PermissionError("Nobody is signed in. Sign in with your badge or PIN first.")
        return actor

    async def refresh(self) -> list[cc.QueueEntry]:
        def load() -> tuple[list[cc.QueueEntry], Freshness]:
            return self.repo.queue(self.clock()), self.repo.freshness()

        self.entries, self.freshness = await self.work.db(load)
        self.loaded_at = self.clock()
        return self.entries

    # -- what the list shows ---------------------------------------------------------------

    def counts(self) -> dict[cc.QueueGroup, int]:
        return cc.group_counts(e for e in self.entries if cc.matches(e.facts, self.query))

    def visible(self) -> list[cc.QueueEntry]:
        return [
            e
            for e in self.entries
            if (self.group is None or e.group is self.group) and cc.matches(e.facts, self.query)
        ]

    def entry(self, picking_id: int) -> cc.QueueEntry | None:
        return next((e for e in self.entries if e.picking_id == picking_id), None)

    def find(self, code: str) -> cc.QueueEntry | None:
        """The order a scanned pickup code / order number stands for."""
        return cc.find_for_handover(self.entries, code)

    # -- actions ---------------------------------------------------------------------------

    async def start_pick(self, picking_id: int, *, take_over: bool = False) -> PickPresenter:
        """Load the order's pick and claim it. Raises ClaimedByOther (show the warning, then
        call again with take_over=True) or OrderUnavailable."""
        actor = self._who()
        online = self.online()

        def open_and_claim() -> tuple[PickSession, OrderIndex]:
            session = self.repo.load_pick(picking_id)
            session = self.repo.claim(session, actor, online=online, take_over=take_over)
            return session, self.repo.order_index(session)

        session, index = await self.work.db(open_and_claim)
        return PickPresenter(
            self.repo,
            self.executors,
            session,
            actor,
            clock=self.clock,
            order_index=index,
            advise_unknown=self.advise_unknown,
        )

    async def hand_over(self, picking_id: int, checks: list[str], note: str = "") -> OpRecord:
        actor = self._who()
        return await self.work.db(self.repo.handover, picking_id, actor, checks, note=note)

    async def undo_handover(self, op: OpRecord) -> Outcome:
        """Take back a handover (the person who recorded it, or a manager) while Odoo does
        not have it: the order is ready for pickup again. Raises `OrderUnavailable` saying
        what to do instead when it is too late."""
        actor = self._who()
        name = op.payload.get("picking_name") or f"#{op.payload.get('picking_id')}"
        try:
            await self.work.db(self.repo.undo_handover, op.uuid, actor, manager=self.manager())
        except NotYours as error:
            raise OrderUnavailable(str(error)) from error
        except AlreadySent as error:
            now = await self.work.db(self.repo.outbox.get, op.uuid)
            raise OrderUnavailable(_handover_too_late(name, now.state if now else None)) from error
        return Outcome(
            "warn",
            f"Handover of {name} undone: nothing was sent to Odoo. The order is ready for "
            "pickup again; keep the bag on the pickup shelf.",
        )

    async def put_back(self, picking_id: int) -> int:
        actor = self._who()
        return await self.work.db(self.repo.put_back, picking_id, actor)


class PickPresenter:
    """One pick in progress. Every public action returns an Outcome."""

    def __init__(
        self,
        repo: ClickCollectRepo,
        executors: Executors,
        session: PickSession,
        actor: Actor,
        *,
        clock: Callable[[], datetime] = utcnow,
        order_index: OrderIndex | None = None,
        advise_unknown: Callable[[ScanRefusal], ScanRefusal] | None = None,
    ) -> None:
        self.repo = repo
        self.executors = executors
        self.work = Work(executors)
        self.order_index = order_index
        self.advise_unknown = advise_unknown
        self.session = session
        self.actor = actor
        self.clock = clock
        self.last: Outcome | None = None
        self.save_error: BaseException | None = None
        self.on_save_error: Callable[[BaseException], None] | None = None
        self._saving: asyncio.Future[Any] | None = None
        self._dirty = False
        self.ready_ops: list[OpRecord] = []

    @property
    def picking_id(self) -> int:
        return self.session.picking_id

    # -- saving ----------------------------------------------------------------------------

    def _changed(self) -> None:
        """Save soon, in the background: the screen is already updated. Saves never overlap;
        changes made while one runs are covered by the next (it writes the whole session)."""
        self._dirty = True
        if self._saving is None or self._saving.done():
            self._saving = asyncio.ensure_future(self._save_loop())

    async def _save_loop(self) -> None:
        while self._dirty:
            self._dirty = False
            snapshot = self.session.to_dict()  # plain data: safe to hand to the db thread
            try:
                await self.work.db(self.repo.save, snapshot, self.actor)
                self.save_error = None
            except Exception as exc:  # shown to the person, retried next change
                log.warning("pick %s not saved: %s", self.session.picking_name, exc)
                self.save_error = exc
                if self.on_save_error is not None:
                    self.on_save_error(exc)
                return

    async def flush(self) -> None:
        """Wait until what is on screen is on disk (raises the save error if any)."""
        while self._saving is not None and not self._saving.done():
            await self._saving
        if self._dirty:
            self._saving = asyncio.ensure_future(self._save_loop())
            await self._saving
        if self.save_error is not None:
            raise self.save_error

    def _feedback(self, outcome: LineUpdated | Refused | ScanRefusal) -> Outcome:
        feedback = scan_outcome(outcome)
        self.last = feedback
        if isinstance(outcome, LineUpdated):
            self._changed()
        return feedback

    # -- actions ---------------------------------------------------------------------------

    async def scan(self, code: str, *, typed: bool = False) -> Outcome:
        """A barcode from the scanner (or typed into the scan field: recorded as manual)."""
        resolved = await self._resolve(code)
        if isinstance(resolved, ScanRefusal):
            # A serial or lot label carries only its number: the line that asks for it takes it.
            resolved = self._lot_number(code) or resolved
        if isinstance(resolved, ScanRefusal):
            if self.advise_unknown is not None:
                resolved = self.advise_unknown(resolved)
            return self._feedback(resolved)
        if typed:
            resolved = ScanResolution(**{**resolved.__dict__, "manual": True})
        elsewhere = None
        if not any(line.product_id == resolved.product_id for line in self.session.lines):
            elsewhere = await self.work.read(
                self.repo.other_order(self.picking_id), resolved.product_id
            )
        not_here = None
        if resolved.lot_id is not None:
            not_here = await self.work.read(
                self.repo.lot_not_here(self.picking_id),
                resolved.product_id,
                resolved.lot_id,
            )
        outcome = self.session.apply_scan(
            resolved,
            now=self.clock(),
            other_order=lambda _pid: elsewhere,
            lot_not_here=lambda _pid, _lot: not_here,
        )
        return self._feedback(outcome)

    async def search_products(self, text: str) -> list[ProductHit]:
        """Products for the search box: by name, internal reference or barcode."""
        return await self.work.read(self.repo.search_products, text)

    async def choose_product(self, product_id: int) -> Outcome:
        """A product chosen in the search box picks one of it, as a typed scan (manual)."""
        product = next(
            (
                ProductRef(
                    line.product_id,
                    line.product_name,
                    line.tracking,
                    uom_name=line.uom_name,
                    uom_rounding=line.uom_rounding,
                )
                for line in self.session.lines
                if line.product_id == product_id
            ),
            None,
        ) or await self.work.read(self.repo.index.product_by_id, product_id)
        if product is None:
            return Outcome(
                "error",
                "That product is no longer in this store's data.",
                "Search again, or scan the item.",
            )
        elsewhere = None
        if not any(line.product_id == product_id for line in self.session.lines):
            elsewhere = await self.work.read(self.repo.other_order(self.picking_id), product_id)
        outcome = self.session.apply_scan(
            ScanResolution.typed(product, 1.0), now=self.clock(), other_order=lambda _p: elsewhere
        )
        return self._feedback(outcome)

    def _lot_number(self, code: str) -> ScanResolution | None:
        """`code` as a lot/serial number of a tracked product of this order (lines still
        wanting one first), from the order's in-memory index of the lots the store knows."""
        if self.order_index is None:
            return None
        lines = sorted(self.session.lines, key=lambda line: line.complete)
        products = [
            ProductRef(
                line.product_id,
                line.product_name,
                line.tracking,
                uom_name=line.uom_name,
                uom_rounding=line.uom_rounding,
            )
            for line in lines
        ]
        return resolve_lot_number(code, products, self.order_index)

    async def _resolve(self, code: str) -> ScanResolution | ScanRefusal:
        """`code` as a product, packaging or GS1 barcode. The order's own products are resolved
        from memory, on this thread, in microseconds: that is nearly every scan. Anything else
        is looked up in cache.sqlite on a reader thread of its own, so it never queues behind
        the journal write of the last scan."""
        if self.order_index is not None:
            resolved = resolve_scan(code, self.order_index)
            if isinstance(resolved, ScanResolution):
                return resolved
        return await self.work.read(resolve_scan, code, self.repo.index)

    async def _as_product(self, code: str) -> ScanResolution | None:
        """`code` read as a product or packaging barcode (or a GS1 label), None otherwise."""
        resolved = await self._resolve(code)
        return resolved if isinstance(resolved, ScanResolution) else None

    async def lot_field_scan(self, code: str) -> Outcome | None:
        """Enter in the lot/serial field: a product barcode there went to the wrong field (the
        scanner types where the cursor is), so it is a product scan; anything else stays in the
        field for "Set quantity" (None)."""
        code = code.strip()
        if not code or await self._as_product(code) is None:
            return None
        return await self.scan(code)

    async def type_quantity(
        self, move_id: int, quantity: float, lot_name: str | None = None
    ) -> Outcome:
        """A quantity typed by hand (absolute), optionally for one lot/serial."""
        lot_id = None
        line = self.session.line(move_id)
        product = await self._as_product(lot_name) if lot_name else None
        if product is not None and product.lot_name is None:
            return Outcome(
                "error",
                f"{echo(lot_name or '')} is the barcode of {product.product_name}, "
                "not a lot or serial number.",
                "Type the number printed on the item's lot or serial label, "
                "or scan the product in the scan field.",
                move_id,
            )
        if lot_name and line is not None:
            lot = await self.work.db(self.repo.index.lot_by_name, line.product_id, lot_name)
            lot_id = lot.id if lot else None
        outcome = self.session.set_quantity(
            move_id, quantity, lot_name=lot_name or None, lot_id=lot_id, now=self.clock()
        )
        return self._feedback(outcome)

    def mark_short(self, move_id: int, reason_code: str, note: str = "") -> Outcome:
        outcome = self.session.mark_short(
            move_id,
            reason_code,
            note=note,
            by_id=self.actor.id,
            by_name=self.actor.name,
            now=self.clock(),
        )
        return self._feedback(outcome)

    def clear_short(self, move_id: int) -> Outcome:
        return self._feedback(self.session.clear_short(move_id, now=self.clock()))

    def undo(self) -> Outcome:
        return self._feedback(self.session.undo_last(now=self.clock()))

    @property
    def can_finish(self) -> bool:
        return all(line.resolved for line in self.session.lines)

    async def mark_ready(self) -> list[OpRecord]:
        """Save the pick as ready and queue the picked quantities with the customer note."""
        await self.flush()
        self.ready_ops = await self.work.db(self.repo.mark_ready, self.session, self.actor)
        return self.ready_ops

    async def leave(self) -> None:
        """Back to the list, keeping the claim: the pick can be resumed."""
        await self.flush()

    async def release(self) -> None:
        """Back to the list and let someone else take the order."""
        await self.flush()
        await self.work.db(self.repo.release, self.session, self.actor)

    async def bag_label(self, store: str = "") -> cc.BagLabel:
        return await self.work.db(self.repo.bag_label, self.session, self.actor.name, store)


def label_path(folder: Path, picking_name: str) -> Path:
    """Where a bag label PDF is written: one per order, replaced when printed again."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in picking_name)
    return folder / f"bag-label-{safe}.pdf"
