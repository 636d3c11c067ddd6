"""Insiders: what a person with the shared OS account (who can read and write the data folder)
tried, and what stops each attempt now. One test per attack, all against odoosim over HTTP.

1. a manager approving a quantity they typed into an associate's recount;
2. editing journal.sqlite (an op's state or approver, a forged approval entry with the chain's
   hashes recomputed, a journal copied to another PC);
3. brute-forcing a PIN from a copied data folder;
4. clearing a lockout by moving the wall clock;
5. re-enrolling another manager without their PIN; an Odoo PIN of "1" for a manager;
6. the device key at DEBUG in the log and the support bundle;
7. webhooks following redirects, drip-fed replies, replayable signatures;
8. world-readable data files.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest

from storeapp import cli
from storeapp.core import identity
from storeapp.core.count_review import Employee
from storeapp.core.identity import LockoutPolicy, RoleRules
from storeapp.core.scanning import ProductRef, Tracking
from storeapp.offline import audit
from storeapp.offline.approvals_repo import ApprovalsRepo
from storeapp.offline.counts_repo import CountsRepo
from storeapp.offline.credentials_repo import CredentialsRepo
from storeapp.offline.journal import JOURNAL_FILE, JournalStore
from storeapp.offline.journal_models import OpState
from storeapp.offline.outbox import Actor, Outbox
from storeapp.ui.memory_keyring import MemoryKeyring
from storeapp.ui.signin.presenter import SignInPresenter
from tests.sync.conftest import make_engine
from tests.sync.test_counts_apply import RULES, count_and_submit, inventory_moves
from tests.ui.test_counts_offline_then_online import grant_stock_manager

ROSE = Employee(2, "Rose Vincent")
JULES = Actor(1, "Jules Dubois")
JULES_MANAGER = Employee(1, "Jules Dubois", is_manager=True)


@pytest.fixture
def store(sim, tmp_path, memory_keyring):
    grant_stock_manager(sim)
    wiring = make_engine(sim, tmp_path / "data")
    assert wiring.engine.run_once().error is None
    yield wiring
    wiring.close()


def _pending_count(sim, store) -> str:
    shelf = sim.facts["stores"][0]["bins"]["LYO/Stock/A-01"]
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    op_uuid = count_and_submit(repo, shelf, [(9, 0, None, None)])[9]
    assert store.outbox.get(op_uuid).state is OpState.PENDING_APPROVAL
    return op_uuid


def _type(repo: CountsRepo, opened, product_id: int, qty: float, who: Employee) -> None:
    location_id = opened.session.location_id
    cost, category, active = repo.product_facts(product_id)
    result = opened.session.set_quantity(
        ProductRef(product_id, f"product {product_id}", Tracking.NONE, active),
        qty,
        by=who,
        now=datetime.now(UTC),
        snapshot=lambda p, lot, _n: repo.snapshot(location_id, p, lot),
        unit_cost=cost,
        category=category,
    )
    assert not hasattr(result, "reason"), result
    repo.save(opened, who)


def test_1_manager_cannot_approve_a_quantity_typed_into_an_associates_recount(sim, store, record):
    """Rose counts, starts a recount and leaves it open; Jules opens the count on the same PC
    and types 0 into it. His entry starts an attempt of his own, and he is one of the people
    who took part, so he cannot approve the adjustment; another manager can."""
    shelf = sim.facts["stores"][0]["bins"]["LYO/Stock/A-01"]
    repo = CountsRepo(store.cache, store.journal, store.outbox, RULES)
    opened = repo.start(repo.location(shelf), ROSE)
    _type(repo, opened, 9, 5, ROSE)
    key = next(iter(opened.session.lines))
    opened.session.start_recount(key, by=ROSE, now=datetime.now(UTC))
    _type(repo, opened, 9, 6, ROSE)  # Rose's recount, left open
    again = repo.load(opened.uuid)  # the manager, later, on the same PC
    _type(repo, again, 9, 0, JULES_MANAGER)
    line = again.session.lines[key]
    assert [a.counted_by_id for a in line.attempts] == [ROSE.id, ROSE.id, JULES_MANAGER.id]
    assert line.attempts[1].counted == 6  # Rose's figure is hers, untouched
    submission = again.session.submit(now=datetime.now(UTC), product_active=repo.product_active)
    outcome = repo.submit(again, submission, JULES_MANAGER)
    [op_uuid] = outcome.for_approval
    approvals = ApprovalsRepo(store.journal, store.outbox, store.cache)
    decision = approvals.approve([op_uuid], JULES_MANAGER)
    assert decision.decided == () and "counted this line" in decision.refused[0][1], decision
    store.engine.run_once(pull=False)
    assert not inventory_moves(sim, op_uuid)
    assert store.outbox.get(op_uuid).state is OpState.PENDING_APPROVAL
    other = Employee(3, "Another Manager", is_manager=True)
    assert approvals.approve([op_uuid], other).decided == (op_uuid,)
    record(1, 0, "typing starts the manager's own attempt; his approval refused",
           test="insider 1: approve what you typed")  # fmt: skip


def _sql(path: Path, *statements: str) -> None:
    """What an insider does with any SQLite tool while storeapp is closed."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _recompute_sha_chain(path: Path) -> None:
    """Rewrite every entry's hash as a plain SHA-256 chain, as the old, unkeyed verify wanted."""
    conn = sqlite3.connect(path)
    try:
        prev = audit.GENESIS_HASH
        rows = conn.execute(
            "SELECT seq, at, actor_id, actor_name, action, subject, details FROM audit_entry "
            "ORDER BY seq"
        ).fetchall()
        for seq, at, actor_id, actor_name, action, subject, details in rows:
            digest = audit.entry_hash(
                seq=seq, at=at, actor_id=actor_id, actor_name=actor_name, action=action,
                subject=subject, details=details, prev_hash=prev,
            )  # fmt: skip
            conn.execute(
                "UPDATE audit_entry SET prev_hash = ?, hash = ?, key_id = NULL WHERE seq = ?",
                (prev, digest, seq),
            )
            prev = digest
        conn.execute(
            "UPDATE journal_meta SET value = ? WHERE key = 'audit_head'", (f"{len(rows)}:{prev}",)
        )
        conn.commit()
    finally:
        conn.close()


def _cli_verify(capsys, folder: Path, monkeypatch) -> tuple[int, str]:
    monkeypatch.setenv("STOREAPP_DATA_DIR", str(folder))
    code = cli.main(["audit", "verify"])
    return code, capsys.readouterr().out


EDITS = {
    "queued, approved by a manager": (
        "UPDATE op SET state = 'queued', approver_id = 1, approver_name = 'Jules Dubois' "
        "WHERE uuid = '{uuid}'",
        "UPDATE approval SET decision = 'approved', decided_by_id = 1 WHERE op_uuid = '{uuid}'",
    ),
    "queued, no approver": ("UPDATE op SET state = 'queued' WHERE uuid = '{uuid}'",),
    "approved, then the approver swapped": (
        "UPDATE op SET approver_id = 3, approver_name = 'Nadia Martin' WHERE uuid = '{uuid}'",
    ),
    "forged approval entry, chain recomputed": (
        "UPDATE op SET state = 'queued', approver_id = 1, approver_name = 'Jules Dubois' "
        "WHERE uuid = '{uuid}'",
        "INSERT INTO audit_entry (seq, at, actor_id, actor_name, action, subject, details, "
        "prev_hash, hash) SELECT max(seq) + 1, '2026-12-04T10:00:00.000000+00:00', 1, "
        "'Jules Dubois', 'op.approved', 'op:{uuid}', '{{}}', '', '' FROM audit_entry",
    ),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_2_journal_edited_by_sql_is_neither_pushed_nor_verified(
    sim, store, edit, capsys, monkeypatch, record
):
    op_uuid = _pending_count(sim, store)
    if edit.startswith("approved"):
        store.outbox.approve(op_uuid, JULES, "checked")
    folder = store.journal.path.parent
    store.journal.close()
    _sql(store.journal.path, *(s.format(uuid=op_uuid) for s in EDITS[edit]))
    if edit.startswith("forged"):
        _recompute_sha_chain(store.journal.path)
    code, out = _cli_verify(capsys, folder, monkeypatch)
    assert code == 1, out
    assert op_uuid in out or "keyed" in out, out
    store.journal = JournalStore.open(folder)
    store.outbox = Outbox(store.journal)
    store.engine.push.outbox = store.outbox
    store.engine.outbox = store.outbox
    store.engine.run_once(pull=False)
    op = store.outbox.get(op_uuid)
    applied = inventory_moves(sim, op_uuid)
    assert not applied, "an edited journal row reached Odoo"
    assert op.state is OpState.PARKED and "audit trail" in (op.park_reason or ""), op
    record(1, 0, f"{edit}: parked, not sent; audit verify exit 1",
           test=f"insider 2: journal edit ({edit})")  # fmt: skip


def test_2_journal_copied_to_another_pc_does_not_verify_there(
    sim, store, tmp_path, capsys, monkeypatch, record
):
    op_uuid = _pending_count(sim, store)
    store.outbox.approve(op_uuid, JULES, "checked")
    folder = store.journal.path.parent
    code, out = _cli_verify(capsys, folder, monkeypatch)
    assert code == 0, out
    copy = tmp_path / "other-pc"
    copy.mkdir()
    for part in folder.glob(f"{JOURNAL_FILE}*"):  # the file and its write-ahead log
        shutil.copy2(part, copy / part.name)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # the other PC's keyring: not this journal's key
    try:
        code, out = _cli_verify(capsys, copy, monkeypatch)
    finally:
        keyring.set_keyring(previous)
    assert code == 1 and "copied from another PC" in out, out
    record(1, 0, "verify names the copy", test="insider 2: journal copied to another PC")


def test_2_approved_count_still_pushes(sim, store, record):
    """The guard does not stop honest work: approved by another person, the count lands."""
    op_uuid = _pending_count(sim, store)
    store.outbox.approve(op_uuid, JULES, "checked")
    assert audit.prove_op(store.journal, op_uuid) is None
    store.engine.run_once(pull=False)
    assert store.outbox.get(op_uuid).state is OpState.DONE
    assert len(inventory_moves(sim, op_uuid)) == 1
    assert audit.verify(store.journal).ok


def test_1_return_exception_is_never_approved_by_its_taker(sim, tmp_path, memory_keyring, record):
    """Likewise for returns: the journal refuses an in-person approval by the person who took
    the return (whatever screen or script calls it); another manager's approval is recorded in
    the chain with the op, so the push can prove it and sends it."""
    from storeapp.offline.outbox import SelfApproval
    from tests.sync.helpers import drain
    from tests.sync.test_returns_intake import ASSOCIATE, MANAGER, _delivery, _repo, _take_back

    wiring = make_engine(sim, tmp_path / "pc")
    try:
        wiring.engine.run_once(push=False)
        repo = _repo(wiring)
        delivery = _delivery(sim, within_30_days=True)
        order = sim.execute("sale.order", "read", [delivery["sale_order_id"]], ["name"])[0]["name"]
        before = wiring.outbox.counts_by_state()
        with pytest.raises(SelfApproval, match="cannot approve it too"):
            _take_back(repo, order, [(0, 1.0, "resellable")], approver=ASSOCIATE)
        assert wiring.outbox.counts_by_state() == before  # nothing saved
        saved, _decision, _ = _take_back(repo, order, [(0, 1.0, "resellable")], approver=MANAGER)
        [op_uuid] = saved.op_uuids
        assert audit.prove_op(wiring.journal, op_uuid) is None
        drain(wiring.engine)
        assert wiring.outbox.get(op_uuid).state is OpState.DONE
    finally:
        wiring.close()
    record(1, 0, "self-approval refused by the journal; other manager's approval proven",
           test="insider 1: return approved by its taker")  # fmt: skip


# --------------------------------------------------------------------------- 3, 4, 5: sign-in

FAST = {"n": 2, "r": 1, "p": 1}  # scrypt made cheap so the test can try every PIN


def _people(journal: JournalStore, pepper_on: bool = True) -> CredentialsRepo:
    repo = CredentialsRepo(journal)
    pepper = repo.pepper() if pepper_on else None
    for emp_id, name, role, pin in [
        (1, "Jules Dubois", "manager", "482915"),
        (2, "Rose Vincent", "associate", "7305"),
        (3, "Nadia Martin", "manager", "615243"),
    ]:
        repo.enroll(
            employee_id=emp_id,
            name=name,
            role=role,
            badge_hash=None,
            pin_verifier=identity.make_pin_verifier(pin, pepper, **FAST),
            enrolled_by_id=None,
        )
    return repo


def _search(verifier: str, pepper, digits: int) -> str | None:
    """What an attacker with the journal runs: every PIN of that length against the verifier."""
    for n in range(10**digits):
        guess = f"{n:0{digits}d}"
        if identity.verify_pin(guess, verifier, pepper):
            return guess
    return None


def test_3_a_copied_data_folder_without_the_keyring_gives_no_pin(tmp_path, memory_keyring, record):
    folder = tmp_path / "store-pc"
    journal = JournalStore.open(folder)
    repo = _people(journal)
    pepper = repo.pepper()
    journal.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    for part in folder.glob(f"{JOURNAL_FILE}*"):
        shutil.copy2(part, copy / part.name)
    conn = sqlite3.connect(copy / JOURNAL_FILE)
    verifier = conn.execute(
        "SELECT pin_verifier FROM employee_credential WHERE employee_id = 2"
    ).fetchone()[0]
    conn.close()
    started = time.monotonic()
    without = _search(verifier, None, 4)  # the copy alone
    other_pc = _search(verifier, identity.new_device_pepper(), 4)  # any other pepper
    with_key = _search(verifier, pepper, 4)  # control: the search does work with the secret
    seconds = time.monotonic() - started
    assert (without, other_pc, with_key) == (None, None, "7305")
    record(1, 0, f"10,000 guesses x 3 in {seconds:.1f} s: found only with the keyring's pepper",
           test="insider 3: PIN from a copied data folder")  # fmt: skip


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE employee_credential SET role = 'manager' WHERE employee_id = 2",
        "UPDATE employee_credential SET failed_attempts = 0, locked_until = NULL "
        "WHERE employee_id = 2",
        "UPDATE employee_credential SET pin_verifier = "
        "(SELECT pin_verifier FROM employee_credential WHERE employee_id = 2) WHERE employee_id = 1",
    ],
    ids=["associate made manager", "lockout cleared", "verifier replaced"],
)
def test_3_sign_in_rows_edited_by_sql_are_refused(
    tmp_path, memory_keyring, executors, edit, record
):
    folder = tmp_path / "pc"
    journal = JournalStore.open(folder)
    repo = _people(journal)
    policy = LockoutPolicy(max_attempts=3)
    signin = SignInPresenter(repo, executors, policy, lambda: None)
    for _ in range(3):
        assert not signin.check_pin(2, "0000").ok  # Rose is locked out now
    journal.close()
    _sql(folder / JOURNAL_FILE, edit)
    journal = JournalStore.open(folder)
    try:
        repo = CredentialsRepo(journal)
        signin = SignInPresenter(repo, executors, policy, lambda: None)
        touched = 1 if "employee_id = 1" in edit.split("WHERE")[-1] else 2
        result = signin.check_pin(touched, "7305")  # Rose's PIN, which the insider knows
        assert not result.ok and "changed outside storeapp" in result.message, result
        assert touched not in {c.employee_id for c in repo.managers()}
        # Refreshing or a wrong PIN does not launder the row.
        repo.record_attempt(touched, 0, None)
        assert repo.get(touched).tampered
    finally:
        journal.close()
    record(1, 0, "row HMAC breaks: sign-in refused, no role gained",
           test=f"insider 3: sign-in row edited ({edit.split()[3]})")  # fmt: skip


def test_4_lockout_does_not_follow_the_wall_clock(tmp_path, memory_keyring, executors, record):
    journal = JournalStore.open(tmp_path / "pc")
    try:
        repo = _people(journal)
        wall = [datetime(2026, 12, 4, 9, 0, tzinfo=UTC)]
        ticks = [5000.0]
        signin = SignInPresenter(
            repo, executors, LockoutPolicy(max_attempts=3), lambda: None,
            clock=lambda: wall[0], monotonic=lambda: ticks[0],
        )  # fmt: skip
        for _ in range(3):
            assert not signin.check_pin(2, "0000").ok
        wall[0] += timedelta(minutes=61)  # someone moves the PC's clock
        assert signin.check_pin(2, "7305").locked_seconds > 0
        ticks[0] += 61  # a real minute later the first pause is over...
        assert signin.check_pin(2, "0000").attempts_left == 2
        for _ in range(2):
            result = signin.check_pin(2, "0000")
        assert result.locked_seconds == 120  # ...and the next one is twice as long
        ticks[0] += 121
        assert signin.check_pin(2, "7305").ok
    finally:
        journal.close()
    record(1, 0, "clock +61 min: still locked; pauses 60 s then 120 s",
           test="insider 4: lockout vs wall clock")  # fmt: skip


def test_5_a_manager_cannot_re_enroll_another_manager_alone(
    tmp_path, memory_keyring, executors, record
):
    from storeapp.offline.cache import CacheStore
    from storeapp.ui.enroll.presenter import Candidate, EnrollPresenter
    from storeapp.ui.session import SignedInEmployee

    journal = JournalStore.open(tmp_path / "pc")
    cache = CacheStore.open(tmp_path / "pc")
    try:
        repo = _people(journal)
        presenter = EnrollPresenter(cache, repo, executors, lambda create=False: None, RoleRules())
        jules = SignedInEmployee(1, "Jules Dubois", "manager")
        nadia = Candidate(3, "Nadia Martin", "Store Manager", "manager", True)

        def reset(**kw):
            return presenter._enroll(nadia, "", "112233", "112233", jules, "", **kw)

        assert "needs their current PIN" in reset().message
        assert "needs their current PIN" in reset(current_pin="000000").message
        assert "needs their current PIN" in reset(second_manager=(1, "482915")).message  # himself
        assert reset(current_pin="615243").ok
        signin = SignInPresenter(repo, executors, LockoutPolicy(), lambda: None)
        assert signin.check_pin(3, "112233").ok
        short = presenter._enroll(
            Candidate(2, "Rose Vincent", "Store Manager", "manager", True),
            "", "7305", "7305", jules, "",
        )  # fmt: skip
        assert not short.ok and "6 to 8 digits" in short.message
    finally:
        cache.close()
        journal.close()
    record(1, 0, "refused without the target's PIN or a second manager; 4-digit manager PIN refused",
           test="insider 5: re-enroll another manager")  # fmt: skip


def test_5_an_odoo_pin_of_1_does_not_sign_a_manager_in(
    sim, tmp_path, memory_keyring, executors, record
):
    from sqlalchemy import insert

    from storeapp.offline.cache import CacheStore
    from storeapp.offline.cache_models import Employee as CachedEmployee
    from storeapp.sync.gateway import GatewaySettings, OdooGateway
    from storeapp.ui.identity_refresh import OdooBadgeRefresh

    lyon = [e for e in sim.facts["employees"] if e["store"] == "LYO"]
    manager = next(e for e in lyon if e["is_manager"])
    sim.execute("hr.employee", "write", [manager["id"]], {"pin": "1"})
    journal = JournalStore.open(tmp_path / "pc")
    cache = CacheStore.open(tmp_path / "pc")
    gateway = OdooGateway(
        GatewaySettings(sim.url, sim.db_name, sim.device.login), secret=sim.device.api_key
    )
    try:
        with cache.write() as s:
            s.execute(insert(CachedEmployee),
                      [{"id": e["id"], "name": e["name"], "active": True} for e in lyon])  # fmt: skip
        repo = CredentialsRepo(journal)
        OdooBadgeRefresh(
            gateway, cache, repo, lambda create=False: b"d" * 32, RoleRules()
        ).refresh()
        signin = SignInPresenter(repo, executors, LockoutPolicy(), lambda: None)
        assert not signin.check_pin(manager["id"], "1").ok
        assert repo.get(manager["id"]).pin_verifier is None
        associate = next(e for e in lyon if not e["is_manager"])
        assert signin.check_pin(associate["id"], associate["pin"]).ok
    finally:
        gateway.close()
        cache.close()
        journal.close()
    record(1, 0, "manager PIN '1' from Odoo refused; 4-digit associate PIN still works",
           test="insider 5: Odoo PIN of 1")  # fmt: skip


# --------------------------------------------------------------------------- 6: secrets


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_6_device_key_stays_out_of_debug_logs_and_the_bundle(
    sim, tmp_path, memory_keyring, restore_logging, record
):
    import functools
    import zipfile

    from storeapp.diagnostics.bundle import BundleRefused, write_bundle
    from storeapp.diagnostics.logs import setup_logging
    from storeapp.sync.credentials import SERVICE, CredentialStore, account_name
    from storeapp.ui.identity_refresh import OdooBadgeRefresh
    from storeapp.ui.setup.probe import probe

    data = tmp_path / "data"
    log_file = setup_logging(data, "DEBUG")
    key = "canary" + "k" * 30
    machine = tmp_path / "storeapp.toml"
    machine.write_text(
        f'[odoo]\nurl = "{sim.url}"\ndatabase = "{sim.db_name}"\nlogin = "{sim.device.login}"\n',
        encoding="utf-8",
    )
    keyring.set_password(SERVICE, account_name(sim.url, sim.db_name, sim.device.login), key)
    env = {"STOREAPP_DATA_DIR": str(data), "STOREAPP_CONFIG": str(machine)}
    stored = CredentialStore().get(sim.url, sim.db_name, sim.device.login)
    assert stored == key
    journal = JournalStore.open(data)
    try:
        repo = CredentialsRepo(journal)
        refresh = OdooBadgeRefresh(object(), object(), repo, lambda create=False: None)
        log = logging.getLogger("qasync")
        # What qasync and asyncio log at DEBUG, and a careless f-string: every level, any form.
        log.debug("Executing %r", functools.partial(probe, sim.url, sim.db_name, "device", stored))
        log.debug("refresh object %r", refresh)
        log.info(f"connecting with {stored}")
        log.warning("login failed for key=%s", stored)
    finally:
        journal.close()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text("utf-8")
    assert "Executing functools.partial" in text and key not in text
    assert "_stamp_key" not in text and "_seen" not in text
    target = tmp_path / "bundle.zip"
    write_bundle(target, data, env)  # clean folder: written
    with zipfile.ZipFile(target) as bundle:
        assert all(key not in bundle.read(n).decode("utf-8", "replace") for n in bundle.namelist())
    # PIN material that reached a log file some other way (an older version, a tool, a
    # pasted row): no pattern recognises a bare verifier, so the bundle's own scan refuses.
    journal = JournalStore.open(data)
    try:
        repo = _people(journal)
        verifier = repo.get(1).pin_verifier
    finally:
        journal.close()
    with log_file.open("a", encoding="utf-8") as handle:
        handle.write(f"2026-12-04 09:00:00 DEBUG row (1, 'Jules Dubois', {verifier})\n")
    target.unlink()
    with pytest.raises(BundleRefused, match="contains a PIN verifier"):
        write_bundle(target, data, env)
    assert not target.exists() and not target.with_name(target.name + ".partial").exists()
    record(1, 0, "key absent from the DEBUG log and bundle; bundle refused on PIN material",
           test="insider 6: device key at DEBUG")  # fmt: skip


# --------------------------------------------------------------------------- 7: webhooks

HOOK_SECRET = "hook-secret-for-tests"


class _Hooks:
    """Receivers on loopback ports: one that redirects, one that drips, one that records."""

    def __init__(self) -> None:
        self.servers: list = []
        self.seen: list[tuple[str, str, bytes]] = []

    def serve(self, respond) -> str:  # respond(handler) writes the answer
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                owner.seen.append((self.command, self.path, body))
                respond(self)

            do_POST = do_GET = _any  # http.server's naming

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/hook"

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


@pytest.fixture
def hooks():
    h = _Hooks()
    yield h
    h.close()


def _queued_delivery(journal: JournalStore, body: bytes) -> int:
    from storeapp.offline.journal_models import WebhookDelivery

    with journal.write() as s:
        row = WebhookDelivery(
            event_uuid=str(uuid.uuid4()), event_type="pickup.ready", endpoint="hq",
            body=body.decode(), state="pending", attempts=0,
            next_attempt_at="2000-01-01T00:00:00.000000+00:00",
            created_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def _hook_dispatcher(journal, url: str, timeout: float = 5.0):
    from storeapp.core import webhooks as wh
    from storeapp.sync.webhooks import WebhookDispatcher

    endpoint = wh.parse_endpoint(f"hq url={url} secret=env:HOOK events=*")
    return WebhookDispatcher(journal, None, [endpoint], secrets=lambda ref: HOOK_SECRET,
                             timeout=timeout)  # fmt: skip


def _delivery_row(journal: JournalStore, delivery_id: int):
    from storeapp.offline.journal_models import WebhookDelivery

    with journal.read() as s:
        return s.get(WebhookDelivery, delivery_id)


def test_7_webhook_redirect_is_a_failed_delivery_not_a_lost_one(tmp_path, hooks, record):
    elsewhere = hooks.serve(lambda h: (h.send_response(200), h.end_headers()))

    def redirect(handler) -> None:
        handler.send_response(302)
        handler.send_header("Location", elsewhere.replace("/hook", "/steal"))
        handler.end_headers()

    url = hooks.serve(redirect)
    journal = JournalStore.open(tmp_path / "pc")
    try:
        delivery = _queued_delivery(journal, b'{"hello":"hq"}')
        result = _hook_dispatcher(journal, url).deliver_due()
        row = _delivery_row(journal, delivery)
    finally:
        journal.close()
    assert result.delivered == 0 and result.retried == 1
    assert row.state == "pending" and row.attempts == 1 and row.last_status == 302
    assert "redirects are not followed" in row.last_error and "/steal" in row.last_error
    assert [s[1] for s in hooks.seen] == ["/hook"]  # nothing reached the other address
    record(1, 0, "302: not followed, kept for retry, reason recorded",
           test="insider 7: webhook redirect")  # fmt: skip


def test_7_a_dripping_receiver_cannot_hold_a_round(tmp_path, hooks, record):
    def drip(handler) -> None:
        try:
            for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n":
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(0.3)
        except OSError:
            pass  # the PC hung up, as it should

    url = hooks.serve(drip)
    journal = JournalStore.open(tmp_path / "pc")
    try:
        delivery = _queued_delivery(journal, b'{"hello":"hq"}')
        started = time.monotonic()
        result = _hook_dispatcher(journal, url, timeout=1.0).deliver_due()
        took = time.monotonic() - started
        row = _delivery_row(journal, delivery)
    finally:
        journal.close()
    assert result.retried == 1 and row.state == "pending", result
    assert "within 1 s" in row.last_error
    assert took < 2.5, took  # dripping the whole answer takes over 11 s
    record(1, 0, f"round ended after {took:.1f} s (deadline 1 s; the drip takes 11 s)",
           test="insider 7: dripping webhook receiver")  # fmt: skip


def test_7_a_captured_delivery_does_not_verify_later(tmp_path, hooks, record):
    from storeapp.core import webhooks as wh

    url = hooks.serve(lambda h: (h.send_response(204), h.end_headers()))
    journal = JournalStore.open(tmp_path / "pc")
    try:
        _queued_delivery(journal, b'{"hello":"hq"}')
        dispatcher = _hook_dispatcher(journal, url)
        captured: dict[str, str] = {}
        sent = dispatcher._post

        def spy(target: str, body: bytes, headers: dict[str, str]) -> int:
            captured.update(headers)
            return sent(target, body, headers)

        dispatcher._post = spy
        assert dispatcher.deliver_due().delivered == 1
    finally:
        journal.close()
    header = captured[wh.SIGNATURE_HEADER]
    stamp = int(header.split(",")[0][2:])
    body = b'{"hello":"hq"}'
    assert wh.verify(body, HOOK_SECRET, header, now=stamp + 10)
    assert not wh.verify(body, HOOK_SECRET, header, now=stamp + 301)  # replayed 5 min later
    forged = header.replace(f"t={stamp}", f"t={stamp + 600}")  # a fresher time, same MAC
    assert not wh.verify(body, HOOK_SECRET, forged, now=stamp + 600)
    record(1, 0, "signature covers t and body; refused after 300 s or with a new t",
           test="insider 7: replayed webhook")  # fmt: skip


# --------------------------------------------------------------------------- 8: files


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; the Windows data folder is per-user")
def test_8_data_files_are_private_and_old_pdfs_go(
    tmp_path, memory_keyring, restore_logging, record
):
    import stat

    from storeapp.diagnostics.logs import setup_logging
    from storeapp.offline.cache import CacheStore
    from storeapp.offline.private_files import private_umask, purge_old_pdfs

    before = os.umask(0o022)  # what a store PC's session typically has
    data = tmp_path / "StoreApp"
    try:
        # Files left by an earlier version, world-readable.
        (data / "labels").mkdir(parents=True)
        old_label = data / "labels" / "bag-label-OUT-00041.pdf"
        old_label.write_bytes(b"%PDF customer name")
        week_old = data / "labels" / "bag-label-OUT-00042.pdf"
        week_old.write_bytes(b"%PDF another customer")
        long_ago = time.time() - 40 * 86400
        os.utime(old_label, (long_ago, long_ago))
        os.utime(week_old, (time.time() - 7 * 86400,) * 2)
        private_umask()  # what the app does first
        setup_logging(data, "INFO")
        logging.getLogger("storeapp").info("started")
        journal = JournalStore.open(data)
        cache = CacheStore.open(data)
        _people(journal)
        (data / "receipts").mkdir(exist_ok=True)
        (data / "receipts" / "return-1.pdf").write_bytes(b"%PDF")
        assert purge_old_pdfs(data, 30) == 1
        cache.close()
        journal.close()
    finally:
        os.umask(before)
    loose = []
    for path in [data, *data.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            loose.append(f"{path.relative_to(tmp_path)} {oct(mode)}")
    assert not loose, loose
    assert not old_label.exists() and week_old.exists()
    files = sum(1 for p in data.rglob("*") if p.is_file())
    record(1, 0, f"{files} files 0600, folders 0700 under umask 022; 40-day-old label deleted",
           test="insider 8: data file modes and PDF retention")  # fmt: skip
