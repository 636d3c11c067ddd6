"""Hypothesis over every text and number input of the presenters: pick, count, returns,
sign-in, enrollment and search. Whatever a hurried hand or a runaway scanner sends, no exception
escapes, nothing wrong is saved and nothing saved is lost.

Bounded and deadline-free: the point is the shape of the inputs (non-finite numbers, huge and
negative values, fractions of Units, control characters, emoji, 5,000-character scans), not
the number of examples, so `make test` stays quick and steady on a loaded machine.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from storeapp.core import identity
from storeapp.core.identity import LockoutPolicy, RoleRules
from storeapp.core.pick_lines import LineUpdated, PickLine, Refused
from storeapp.core.picking import PickSession
from storeapp.core.quantities import QTY_HARD_LIMIT, UNITS, check_quantity
from storeapp.core.scanning import ScanRefusal, Tracking, resolve_lot_number, resolve_scan
from storeapp.offline.cache_models import Employee, Product
from storeapp.offline.credentials_repo import CredentialsRepo, OdooCredential
from storeapp.offline.journal_models import Op
from storeapp.offline.outbox import Outbox
from storeapp.offline.products_repo import ProductsRepo
from storeapp.offline.returns_repo import ReturnsRepo
from storeapp.ui.enroll.presenter import EnrollPresenter
from storeapp.ui.returns.presenter import DraftLine, IntakeError, ReturnsPresenter
from storeapp.ui.session import SignedInEmployee
from storeapp.ui.signin.presenter import SignInPresenter
from tests.unit.test_click_collect import INDEX, NOW, session
from tests.unit.test_counts_presenter import MUG, World

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# What people and scanners type: any text (runaway scans included), or a number of any kind.
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["inf", "-inf", "nan", "1e400", "-1", "0.5", "2,5", "١٢", "%", "_", "\\"]),
    st.text(alphabet="0123456789", min_size=300, max_size=5000),
)
NUMBER = st.one_of(
    st.floats(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0.5, 2.5, 1e9, -0.0, 1e-9]),
)
ANY = st.one_of(TEXT, NUMBER)


def _plain_json(text: str) -> None:
    """Saved JSON must be readable by Odoo's side: no NaN or Infinity."""
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} saved"))


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    w.run(w.counts.scan("LYO-A01"))
    w.run(w.counts.scan("3760000000017"))
    yield w
    w.close()


@FUZZ
@given(raw=ANY, confirmed=st.booleans())
def test_count_quantities(world, raw, confirmed):
    before = world.counts.session.lines[str(MUG)].counted
    feedback = world.run(world.counts.set_quantity(str(MUG), raw, confirmed=confirmed))
    after = world.counts.session.lines[str(MUG)].counted
    assert feedback.level in ("ok", "error", "confirm") and feedback.message
    assert math.isfinite(after) and 0 <= after < QTY_HARD_LIMIT and after == int(after)
    if feedback.level == "ok":
        assert after == check_quantity(raw, UNITS, confirmed=True).value
    else:
        assert after == before, "a refused or unconfirmed quantity changes nothing"
    with world.journal.read() as s:
        for op in s.scalars(select(Op)):
            _plain_json(op.payload)


@FUZZ
@given(code=TEXT)
def test_count_scans(world, code):
    lines = dict(world.counts.session.lines)
    feedback = world.run(world.counts.scan(code))
    assert feedback.level in ("ok", "warn", "error") and len(feedback.message) < 300
    assert set(lines) <= set(world.counts.session.lines), "nothing counted is lost"


@FUZZ
@given(raw=NUMBER, code=TEXT)
def test_pick_quantities_and_scans(raw, code):
    pick = PickSession(
        12,
        "WH/OUT/00012",
        [PickLine(1, 1, "Blue mug", 2), PickLine(2, 31, "Earbuds", 2, Tracking.SERIAL)],
    )
    outcome = pick.set_quantity(1, raw, now=NOW)
    line = pick.line(1)
    assert isinstance(outcome, LineUpdated | Refused)
    assert math.isfinite(line.picked) and 0 <= line.picked <= 2 and line.picked == int(line.picked)
    resolved = resolve_scan(code, INDEX)
    if isinstance(resolved, ScanRefusal):
        assert resolved.action and len(resolved.message) < 300
        resolved = resolve_lot_number(code, [], INDEX)
    if resolved is not None:
        assert isinstance(pick.apply_scan(resolved, now=NOW), LineUpdated | Refused)
    assert all(0 <= ln.picked <= ln.demand for ln in pick.lines)
    assert session().lines  # the shared example order still builds


@pytest.fixture
def returns(stores, executors):
    cache, journal = stores
    repo = ReturnsRepo(cache, journal, Outbox(journal))
    presenter = ReturnsPresenter(repo, lambda: None, executors)
    presenter.lines.append(DraftLine(1, "Linen Scarf", None, "none", Decimal("29.90")))
    return presenter, repo


@FUZZ
@given(raw=ANY, search=TEXT)
def test_returns_quantities_and_search(returns, raw, search):
    presenter, repo = returns
    before = presenter.lines[0].quantity
    try:
        presenter.set_quantity(0, raw)
    except IntakeError as refused:
        assert str(refused) and presenter.lines[0].quantity == before
    else:
        assert presenter.lines[0].quantity == check_quantity(raw, UNITS, confirmed=True).value
    assert repo.find_sales(search) == []  # nothing in this store: wildcards match nothing


@pytest.fixture
def signin(stores, executors):
    _cache, journal = stores
    repo = CredentialsRepo(journal)
    verifier = identity.make_pin_verifier("2468", n=2**4, r=1, p=1)
    repo.replace_from_odoo([OdooCredential(1, "Ana", "associate", None, verifier)])
    policy = LockoutPolicy(max_attempts=1000, first_lock_minutes=1, longest_lock_minutes=10)
    return SignInPresenter(repo, executors, policy, lambda: b"k" * 32), repo


@FUZZ
@given(pin=TEXT)
def test_sign_in_pins(signin, qloop, pin):
    presenter, repo = signin
    before = repo.get(1).failed_attempts
    result = qloop.run_until_complete(presenter.submit_pin(1, pin))
    assert result.message and not (result.ok and pin != "2468")
    digits = pin.isascii() and pin.isdigit()
    assert repo.get(1).failed_attempts == (before + (0 if result.ok or not digits else 1))


@pytest.fixture
def enroll(stores, executors):
    cache, journal = stores
    with cache.write() as s:
        s.add(Employee(id=22, name="Tom Till", job_title="Sales Associate", active=True))
    repo = CredentialsRepo(journal)
    presenter = EnrollPresenter(
        cache, repo, executors, lambda create=False: b"b" * 32, RoleRules(), lambda: "key"
    )
    return presenter, repo


@settings(FUZZ, max_examples=25)
@given(pin=TEXT, again=TEXT, badge=TEXT)
def test_enrollment_inputs(enroll, qloop, pin, again, badge):
    presenter, repo = enroll
    who = qloop.run_until_complete(presenter.candidates())[0]
    manager = SignedInEmployee(21, "Lea Lead", "manager")
    before = repo.get(22)
    result = qloop.run_until_complete(
        presenter.enroll(who, badge=badge, pin=pin, pin_again=again, manager=manager)
    )
    assert result.message
    if not result.ok:
        assert repo.get(22) == before, "a refused enrollment saves nothing"
    else:
        assert identity.pin_problem(pin) is None and pin == again


@pytest.fixture
def products(stores):
    cache, _journal = stores
    with cache.write() as s:
        for i in range(1, 40):
            s.add(Product(id=i, name=f"Linen Scarf {i} 100% wool_", barcode=f"376000000{i:04d}"))
    return ProductsRepo(cache)


@FUZZ
@given(text=TEXT, limit=st.integers(min_value=-5, max_value=60))
def test_product_search(products, text, limit):
    hits = products.search(text, limit)
    assert len(hits) <= max(limit, 0)
    assert all(h.id > 0 for h in hits)
