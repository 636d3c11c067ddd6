"""Push: drain the outbox into Odoo, exactly once.

One pusher per journal: `drain` holds the journal's push lease (offline/push_lease.py); a
second process (the window and `storeapp sync --once`, say) finds it held and does nothing.

Per op: `mark_sending` (a compare-and-set against the copy this pusher read, recorded before
any request), reconcile, apply if not applied, `mark_done(result)`. Reconcile runs before every
apply, the first included — a journal restored from a backup says "never sent" about ops that
reached Odoo — and the marker searches are batched: one per op kind per page of ops. An op whose
earlier request may still be running in Odoo (a crash or a timeout mid-request) is reconciled
only once `after_timeout_wait` has passed on the monotonic clock (`in_flight_wait`).

- Transient errors (Offline, Timeout, 5xx, garbage answers): `mark_failed` with exponential
  backoff and jitter, and the drain stops — the link is bad, hammering it helps nobody.
- Authentication refused: the op is marked failed but due at once, and the drain stops; the
  engine resumes when the key is replaced. Nothing is lost or parked for this.
- Permanent refusals (UserError, AccessError, MissingError, ValidationError, a handler's
  `Park`): reconcile once more (a concurrent success looks like a refusal), then park with a
  plain reason and action. `Outbox.ready()` keeps the rest of that aggregate waiting; other
  aggregates go on.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from storeapp.core.ops import PayloadError, validate_payload
from storeapp.core.text import msg
from storeapp.offline import audit
from storeapp.offline.clock import boot_id, utcnow
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import OpChanged, OpRecord, Outbox
from storeapp.offline.push_lease import PushLease
from storeapp.sync.connectivity import Connectivity
from storeapp.sync.errors import AuthFailed, ConfigurationError, GatewayError
from storeapp.sync.events import OP_DONE, OP_FAILED, OP_PARKED, EventBus, OpEvent
from storeapp.sync.gateway import OdooGateway
from storeapp.sync.handlers import HANDLERS, Attempt, Handler, Park, PushContext
from storeapp.sync.settings import SyncSettings

log = logging.getLogger(__name__)


@dataclass
class PushResult:
    """What one drain of the outbox did."""

    done: int = 0
    parked: int = 0
    failed: int = 0
    stopped: str | None = None  # why the drain stopped early (link down, key refused)
    seconds: float = 0.0
    rpcs: int = 0
    parked_reasons: list[str] = field(default_factory=list)
    busy: str | None = None  # why nothing was sent: another pusher holds the journal's lease


class OutboxPush:
    """Pushes ready ops through their handlers."""

    def __init__(
        self,
        gateway: OdooGateway,
        outbox: Outbox,
        settings: SyncSettings,
        events: EventBus | None = None,
        connectivity: Connectivity | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        handlers: dict[str, Handler] | None = None,
    ) -> None:
        self.gateway = gateway
        self.outbox = outbox
        self.settings = settings
        self.events = events or EventBus()
        self.connectivity = connectivity
        self.clock = clock
        self.rng = rng or random.Random()
        self.handlers = handlers or HANDLERS
        self.context = PushContext(gateway, settings)
        self.lease = PushLease(outbox.journal)

    def drain(
        self, *, max_ops: int | None = None, stop: threading.Event | None = None
    ) -> PushResult:
        """Push ready ops until none is left, the link fails, or `max_ops` were handled.
        Only the holder of the journal's push lease sends: another process finds it held and
        returns at once with `stopped="busy"`."""
        started = time.monotonic()
        rpcs_before = sum(self.gateway.calls.values())
        result = PushResult()
        now = self.clock()
        if not self.outbox.ready(now, limit=1, latest=now + self._longest_delay()):
            return result  # nothing to send: no need to write the lease (an idle cycle reads)
        holder = self.lease.acquire()
        if holder is not None:
            result.stopped = "busy"
            result.busy = f"another storeapp is sending ({holder.describe()}); nothing to do"
            return result
        try:
            self._drain_pages(result, max_ops, stop)
        finally:
            self.context.prefetched.clear()
            self.lease.release()
        result.seconds = time.monotonic() - started
        result.rpcs = sum(self.gateway.calls.values()) - rpcs_before
        return result

    def _drain_pages(
        self, result: PushResult, max_ops: int | None, stop: threading.Event | None
    ) -> None:
        handled = 0
        seen: set[str] = set()
        while True:
            now = self.clock()
            ops = [
                op
                for op in self.outbox.ready(
                    now, limit=self.settings.push_batch, latest=now + self._longest_delay()
                )
                if op.uuid not in seen
            ]
            if not ops:
                return
            seen.update(op.uuid for op in ops)
            self._prefetch(ops)
            for op in ops:
                if stop is not None and stop.is_set():
                    result.stopped = "stopped"
                    return
                if not self.lease.renew():
                    result.stopped = "busy"
                    result.busy = "another storeapp took over sending; this one stopped"
                    return
                outcome = self.process(op)
                handled += 1
                if outcome == "done":
                    result.done += 1
                elif outcome in ("waiting", "skipped"):
                    continue
                elif outcome == "parked":
                    result.parked += 1
                    parked = self.outbox.get(op.uuid)
                    if parked and parked.park_reason:
                        result.parked_reasons.append(parked.park_reason)
                else:
                    result.failed += 1
                    result.stopped = outcome
                    return
                if max_ops is not None and handled >= max_ops:
                    result.stopped = "limit"
                    return

    def _longest_delay(self) -> timedelta:
        """More than any retry delay this pusher sets: a due time further ahead was set before
        the clock went back."""
        backoff = self.settings.backoff
        longest = backoff.cap * (1 + backoff.jitter) + self.settings.after_timeout_wait
        return timedelta(seconds=longest + 60)

    def _prefetch(self, ops: list[OpRecord]) -> None:
        """One marker search per op kind for the page and the queued ops behind it (notes
        on one order wait behind each other), instead of one per op. Only for ops with no
        request of theirs possibly still running in Odoo (never sent, or whose last request
        surely did not arrive): while this pusher holds the lease nothing else sends them, so
        a look taken now is as good as one taken just before the apply (and a stolen lease
        still cannot apply one twice: claims are compare-and-set). Each result is used once.
        A failed batch search is no error: each op then looks alone."""
        upcoming = self.outbox.list([OpState.QUEUED], limit=self.settings.push_batch)
        groups: dict[str, list[Attempt]] = {}
        for op in {o.uuid: o for o in (*ops, *upcoming)}.values():
            handler = self.handlers.get(op.kind)
            if op.uuid in self.context.prefetched:
                continue
            if op.sent_clock is not None or op.state == OpState.SENDING:
                continue
            if not hasattr(handler, "find_marked"):
                continue
            try:
                groups.setdefault(op.kind, []).append(
                    Attempt(op, validate_payload(op.kind, op.payload))
                )
            except PayloadError:
                continue
        for kind, attempts in groups.items():
            try:
                self.context.prefetch(self.handlers[kind], attempts)  # type: ignore[arg-type]
            except GatewayError as error:
                log.info("batched reconcile of %d %s ops failed: %s", len(attempts), kind, error)

    def in_flight_wait(self, op: OpRecord) -> float:
        """Seconds to wait before reconciling `op`, because a request of an earlier attempt
        may still be running in Odoo (0 when none can be).

        Measured on the monotonic clock recorded at the send, never on the wall clock, which a
        person or NTP may move by minutes either way. Within one boot the difference of two
        readings is the time elapsed, whatever process took them; across a reboot (another
        boot id, or a reading above the current one) the time since boot is a lower bound of
        the time elapsed. Both can only under-estimate, so the wait is never cut short.
        """
        sent = op.sent_clock
        if not sent:
            if op.state == OpState.SENDING and op.sent_at is not None:
                # Sent by a version that did not record sent_clock: the wall clock is all
                # there is for this one op.
                due = op.sent_at + timedelta(seconds=self.settings.after_timeout_wait)
                return max(0.0, (due - self.clock()).total_seconds())
            return 0.0
        now = time.monotonic()
        mono = sent.get("mono")
        boot = sent.get("boot")
        same_boot = boot is None or boot == boot_id()
        if isinstance(mono, int | float) and same_boot and mono <= now:
            elapsed = now - mono
        else:
            elapsed = now  # time since this boot: less than the time since the send
        return max(0.0, self.settings.after_timeout_wait - elapsed)

    def process(self, op: OpRecord) -> str:
        """Push one op. Returns "done", "parked", "waiting", "skipped" (another pusher has
        it), or the reason the drain must stop."""
        try:
            return self._process(op)
        except OpChanged as exc:
            log.info("op %s left alone: %s", op.uuid, exc)
            return "skipped"

    def _process(self, op: OpRecord) -> str:
        handler = self.handlers.get(op.kind)
        if handler is None:
            return self._park(
                op,
                msg(
                    "This version of storeapp does not know how to send '{kind}' changes.",
                    kind=op.kind,
                ),
                msg("Update storeapp on this PC, then retry this change."),
            )
        try:
            payload = validate_payload(op.kind, op.payload)
        except PayloadError as exc:
            return self._park(
                op,
                msg("This saved change cannot be sent as it is: {problem}.", problem=str(exc)),
                msg("Cancel it and do the work again; tell IT if it happens again."),
            )
        unproven = self._unproven(op)
        if unproven is not None:
            return unproven
        if op.approver_id is not None and op.approver_id == op.actor_id:
            # Approve() refuses this; a journal that says so anyway was edited or restored.
            return self._park(
                op,
                msg(
                    "This change says it was approved by {approver} who made it; a change must "
                    "be approved by another manager.",
                    approver=op.approver_name or msg("the person"),
                ),
                msg("Cancel it and have the work approved by a different manager."),
            )
        wait = self.in_flight_wait(op)
        if wait > 0:
            # storeapp stopped (or timed out) mid-request: Odoo may still be running it, and
            # checking before it ends could miss an effect about to commit.
            self.outbox.mark_failed(
                op.uuid,
                msg(
                    "storeapp stopped while sending this change; waiting for Odoo to finish "
                    "before checking whether it arrived"
                ),
                self.clock() + timedelta(seconds=wait),
                expect_attempts=op.attempts,
            )
            return "waiting"
        current = self.outbox.mark_sending(op.uuid, seen=op)
        attempt = Attempt(current, payload, remember=self._remember(current))
        started = time.monotonic()
        try:
            result = handler.reconcile(self.context, attempt)
            if result is None:
                result = handler.apply(self.context, attempt)
        except OpChanged:
            raise
        except Park as park:
            self._report_ok(started)
            return self._park(current, park.reason, park.action)
        except GatewayError as error:
            return self._on_error(handler, attempt, error, started)
        except Exception as exc:  # a bug must not lose the op: park it for a person
            log.exception("push of op %s (%s) failed unexpectedly", op.uuid, op.kind)
            return self._park(
                current,
                msg(
                    "storeapp hit an unexpected problem sending this change ({error}).",
                    error=f"{type(exc).__name__}: {exc}",
                ),
                msg("Retry it; if it fails again, export a support bundle and tell IT."),
            )
        self._report_ok(started)
        self.outbox.mark_done(op.uuid, result, expect_attempts=current.attempts)
        self.events.emit(OP_DONE, OpEvent(op.uuid, op.kind, op.aggregate))
        return "done"

    def _unproven(self, op: OpRecord) -> str | None:
        """Park an op the audit chain does not prove as it stands (its row, or its approval,
        was written outside storeapp). Parking does not launder it: a retry is checked again,
        and an approval only counts when an approval entry records it."""
        problem = audit.prove_op(self.outbox.journal, op.uuid)
        if problem is None:
            return None
        log.error("op %s not sent: %s", op.uuid, problem)
        return self._park(
            op,
            msg(
                "This change is not sent: the journal's audit trail does not prove it as it is "
                "now ({problem}).",
                problem=problem,
            ),
            msg(
                "Do not retry it. Cancel it, redo the work if it is needed, and ask IT to run "
                "`storeapp audit verify` on this PC."
            ),
        )

    def _remember(self, op: OpRecord) -> Callable[[dict[str, Any]], None]:
        def remember(facts: dict[str, Any]) -> None:
            self.outbox.record_progress(op.uuid, op.attempts, facts)

        return remember

    def _report_ok(self, started: float) -> None:
        if self.connectivity is not None:
            self.connectivity.report_success(time.monotonic() - started)

    def _on_error(
        self, handler: Handler, attempt: Attempt, error: GatewayError, started: float
    ) -> str:
        op = attempt.op
        if isinstance(error, AuthFailed | ConfigurationError):
            # Not this op's fault: keep it due, stop, and wait for a valid key or setup.
            self.outbox.mark_failed(
                op.uuid, error.message, self.clock(), op.attempts, reached_odoo=False
            )
            if self.connectivity is not None:
                self.connectivity.report_failure(error)
            self.events.emit(OP_FAILED, OpEvent(op.uuid, op.kind, op.aggregate, str(error)))
            return "auth_failed"
        if error.transient:
            delay = self.settings.backoff.delay(max(op.attempts, 1), self.rng)
            if error.in_flight:
                # Odoo may still be running the request: reconciling before it ends could miss
                # an effect about to commit and make it twice.
                delay = max(delay, self.settings.after_timeout_wait)
            # The outbox shows people words; the technical detail (an exception's repr) is for
            # the log only.
            log.info("op %s will be retried in %.0f s: %s", op.uuid, delay, error.detail)
            self.outbox.mark_failed(
                op.uuid,
                error.message,
                self.clock() + timedelta(seconds=delay),
                op.attempts,
                reached_odoo=error.in_flight,
            )
            if self.connectivity is not None:
                self.connectivity.report_failure(error)
            self.events.emit(OP_FAILED, OpEvent(op.uuid, op.kind, op.aggregate, str(error)))
            return "transient"
        self._report_ok(started)
        # A refusal may hide a success (someone else validated the order meanwhile): look again.
        try:
            result = handler.reconcile(self.context, Attempt(op, attempt.payload))
        except Park as park:
            return self._park(op, park.reason, park.action)
        except GatewayError as again:
            if again.transient or isinstance(again, AuthFailed):
                return self._on_error(handler, attempt, again, started)
            result = None
        if result is not None:
            self.outbox.mark_done(op.uuid, result, expect_attempts=op.attempts)
            self.events.emit(OP_DONE, OpEvent(op.uuid, op.kind, op.aggregate))
            return "done"
        reason, action = handler.explain(attempt, error)
        log.warning("op %s (%s) parked: %s [%s]", op.uuid, op.kind, reason, error.detail)
        return self._park(op, reason, action)

    def _park(self, op: OpRecord, reason: str, action: str) -> str:
        self.outbox.park(op.uuid, reason, action, expect_attempts=op.attempts)
        self.events.emit(OP_PARKED, OpEvent(op.uuid, op.kind, op.aggregate, reason, action))
        return "parked"
