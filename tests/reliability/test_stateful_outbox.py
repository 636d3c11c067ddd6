"""Stateful property test of the outbox against odoosim over real HTTP.

Hypothesis drives a store through random sequences of: save an op (some needing a manager's
approval), approve, go offline, come online, arm a network fault, crash in the middle of a push
(op left in `sending`), restart (close the journal, reopen it with a new engine) and push.
After every step: no saved op is missing from the journal and no op has more than one effect in
Odoo's ledger. At the end (everything online, faults cleared, the outbox drained): every op is
done, each applied exactly once, each aggregate's ops applied in the order they were saved, and
none left in `sending`.

Deterministic (derandomize=True): a CI failure replays the same sequence.
"""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from odoosim import OdooSim
from storeapp.core import ops
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor
from tests.reliability.results import scaled
from tests.sync.conftest import make_engine
from tests.sync.helpers import ASSOCIATE, drain, effects, enqueue, message_payload

MANAGER = Actor(5, "Nathan Blanc")
FAULTS = ["drop_before", "drop_after_commit", "http_502", "http_503", "reset_mid_body"]
SHORT = {"timeout_read": 3.0, "timeout_write": 3.0, "timeout_action": 3.0}
EXAMPLES = 20  # CI; times STOREAPP_RELIABILITY_SCALE
STEPS = 20

_folders = itertools.count()


class OutboxMachine(RuleBasedStateMachine):
    """A store's outbox pushing to odoosim, with crashes, restarts and network trouble."""

    sim: OdooSim
    root: Path
    stats: dict[str, int]

    def __init__(self) -> None:
        super().__init__()
        self.folder = self.root / f"store{next(_folders)}"
        self.wiring = make_engine(
            self.sim, self.folder, gateway_kw=SHORT, after_timeout_wait=0.3, seed=7
        )
        self.saved: list[str] = []  # uuids in save order
        self.waiting: list[str] = []  # pending approval
        self.offline = False
        self.pickings = [o["picking_id"] for o in self.sim.facts["click_collect_orders"]["ready"]]

    @initialize()
    def clean_server(self) -> None:
        self.sim.up()
        self.sim.faults.clear()

    # ------------------------------------------------------------------ rules

    @rule(pickings=st.lists(st.integers(0, 3), min_size=1, max_size=4), approval=st.booleans())
    def save_ops(self, pickings: list[int], approval: bool) -> None:
        for picking in pickings:
            self._save(picking, approval)

    def _save(self, picking: int, approval: bool) -> None:
        op_uuid = str(uuid.uuid4())
        payload = message_payload(self.pickings[picking], f"note [op:{op_uuid}]")
        if approval:
            clean = ops.validate_payload(ops.MESSAGE_POST, payload)
            self.wiring.outbox.enqueue(
                ops.MESSAGE_POST,
                clean,
                ops.aggregate_for(ops.MESSAGE_POST, clean),
                ASSOCIATE,
                uuid=op_uuid,
                needs_approval=True,
            )
            self.waiting.append(op_uuid)
        else:
            enqueue(self.wiring.outbox, ops.MESSAGE_POST, payload, op_uuid)
        self.saved.append(op_uuid)
        self.stats["ops"] += 1

    @precondition(lambda self: self.waiting)
    @rule(data=st.data())
    def approve(self, data: st.DataObject) -> None:
        op_uuid = data.draw(st.sampled_from(self.waiting))
        self.wiring.outbox.approve(op_uuid, MANAGER)
        self.waiting.remove(op_uuid)

    @precondition(lambda self: not self.offline)
    @rule()
    def go_offline(self) -> None:
        self.sim.down()
        self.offline = True

    @precondition(lambda self: self.offline)
    @rule()
    def come_online(self) -> None:
        self.sim.up()
        self.offline = False

    @rule(kind=st.sampled_from(FAULTS), skip=st.integers(0, 3))
    def inject_fault(self, kind: str, skip: int) -> None:
        self.sim.faults.inject(kind, skip=skip)
        self.stats["faults"] += 1

    @rule()
    def push(self) -> None:
        self.wiring.engine.connectivity.reset_backoff()
        self.wiring.engine.run_once(pull=False)

    @rule()
    def restart(self) -> None:
        self.wiring.close()
        self.wiring = make_engine(
            self.sim, self.folder, gateway_kw=SHORT, after_timeout_wait=0.3, seed=7
        )
        self.stats["restarts"] += 1

    @precondition(lambda self: self.saved)
    @rule()
    def crash_mid_push(self) -> None:
        """The app died after marking an op `sending`, before it knew what Odoo did."""
        ready = self.wiring.outbox.ready(self.wiring.engine.clock())
        if ready:
            self.wiring.outbox.mark_sending(ready[0].uuid)
            self.stats["crashes"] += 1
        self.restart()

    # ------------------------------------------------------------------ invariants

    @invariant()
    def nothing_lost_nothing_twice(self) -> None:
        outbox = self.wiring.outbox
        missing = [u for u in self.saved if outbox.get(u) is None]
        assert not missing, f"saved ops missing from the journal: {missing}"
        twice = {u: n for u, n in effects(self.sim).messages.items() if n > 1}
        assert not twice, f"ops applied more than once: {twice}"

    def teardown(self) -> None:
        try:
            self.sim.faults.clear()
            self.sim.up()
            for op_uuid in list(self.waiting):
                self.wiring.outbox.approve(op_uuid, MANAGER)
            drain(self.wiring.engine, seconds=60)
            self._check_final()
        finally:
            self.wiring.close()

    def _check_final(self) -> None:
        outbox = self.wiring.outbox
        states = {u: outbox.get(u).state for u in self.saved}
        assert all(s == OpState.DONE for s in states.values()), states
        assert not outbox.list([OpState.SENDING]), "ops left in sending after recovery"
        found = effects(self.sim).messages
        mine = {u: found.get(u, 0) for u in self.saved}
        assert mine == dict.fromkeys(self.saved, 1), mine
        # Per aggregate, Odoo saw the notes in the order the store saved them.
        order = [
            e.data["body"].split("[op:", 1)[1].split("]", 1)[0]
            for e in self.sim.ledger.entries(kind="message.posted")
            if "[op:" in (e.data.get("body") or "")
        ]
        by_aggregate: dict[str, list[str]] = {}
        for u in self.saved:
            by_aggregate.setdefault(outbox.get(u).aggregate, []).append(u)
        for aggregate, saved in by_aggregate.items():
            applied = [u for u in order if u in set(saved)]
            seqs = sorted(saved, key=lambda u: outbox.get(u).seq)
            assert applied == seqs, f"{aggregate}: applied {applied}, saved {seqs}"
        self.stats["examples"] += 1


def test_outbox_state_machine(sim, tmp_path, memory_keyring, record):
    stats = dict.fromkeys(["examples", "ops", "faults", "restarts", "crashes"], 0)
    OutboxMachine.sim = sim
    OutboxMachine.root = tmp_path
    OutboxMachine.stats = stats
    n = scaled(EXAMPLES)
    failures = 0
    try:
        run_state_machine_as_test(
            OutboxMachine,
            settings=settings(
                max_examples=n,
                stateful_step_count=STEPS,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=list(HealthCheck),
            ),
        )
    except BaseException:
        failures = 1
        raise
    finally:
        record(
            stats["examples"],
            failures,
            f"{stats['ops']} ops, {stats['faults']} faults, {stats['restarts']} restarts "
            f"({stats['crashes']} mid-push): 0 lost, 0 twice, order kept",
            test="stateful outbox (Hypothesis)",
        )
