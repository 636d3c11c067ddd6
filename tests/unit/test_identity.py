"""PIN verifiers, badge hashes, lockout escalation and role resolution."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storeapp.core import identity
from storeapp.core.identity import (
    DeviceRights,
    IdentityMode,
    LockoutPolicy,
    LockoutState,
    Role,
    RoleRules,
)

# Cheap scrypt parameters keep the property tests fast; the format and code path are the same.
FAST = {"n": 2**4, "r": 1, "p": 1}
NOW = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)


def test_verifier_has_the_documented_format_and_checks_the_pin():
    verifier = identity.make_pin_verifier("4821")
    scheme, n, r, p, salt, digest = verifier.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
    assert salt and digest and "4821" not in verifier
    assert identity.verify_pin("4821", verifier)
    assert not identity.verify_pin("4822", verifier)


def test_same_pin_gets_a_different_salt_each_time():
    assert identity.make_pin_verifier("1357", **FAST) != identity.make_pin_verifier("1357", **FAST)


@settings(max_examples=40, deadline=None)
@given(pin=st.text(alphabet="0123456789", min_size=4, max_size=8), other=st.text(max_size=9))
def test_only_the_right_pin_verifies(pin: str, other: str):
    verifier = identity.make_pin_verifier(pin, **FAST)
    assert identity.verify_pin(pin, verifier)
    assert identity.verify_pin(other, verifier) == (other == pin)


@pytest.mark.parametrize(
    "verifier",
    [
        None,
        "",
        "plain",
        "scrypt$16$1$1$abc",
        "bcrypt$16$1$1$aa$bb",
        "scrypt$x$1$1$aa$bb",
        "scrypt$15$1$1$aaaa$bbbb",
        "scrypt$4194304$8$1$aaaa$bbbb",
        "scrypt$16$1$1$!!$@@",
    ],
)
def test_malformed_or_hostile_verifiers_never_match(verifier):
    assert not identity.verify_pin("1234", verifier)


@pytest.mark.parametrize(
    ("pin", "ok"),
    [
        ("4821", True),
        ("12345678", True),
        ("123", False),
        ("123456789", False),
        ("12a4", False),
        ("1111", False),
        ("١٢٣٤", False),
        ("", False),
    ],
)
def test_pin_rules(pin: str, ok: bool):
    assert (identity.pin_problem(pin) is None) == ok


def test_badge_hash_is_keyed_and_ignores_scanner_noise():
    secret = identity.new_device_secret()
    other = identity.new_device_secret()
    h = identity.badge_hash("emp-0042", secret)
    assert len(h) == 64 and "0042" not in h
    assert identity.badge_hash(" EMP-0042\n", secret) == h
    assert identity.badge_hash("EMP-0042", other) != h
    assert identity.badge_hash("EMP-0043", secret) != h
    with pytest.raises(ValueError):
        identity.badge_hash("   ", secret)
    with pytest.raises(ValueError):
        identity.badge_hash("EMP-1", b"short")


def test_lockout_escalates_and_resets():
    policy = LockoutPolicy(max_attempts=3, first_lock_minutes=1, longest_lock_minutes=5)
    state = LockoutState(0, None)
    for _ in range(2):
        state = policy.after_failure(state, NOW)
        assert not state.locked_at(NOW)
    assert policy.attempts_left(state) == 1
    state = policy.after_failure(state, NOW)
    assert state.locked_at(NOW) and state.locked_until == NOW + timedelta(minutes=1)
    assert state.seconds_left(NOW) == 60
    assert not state.locked_at(NOW + timedelta(minutes=1))
    # Second round: two minutes, third: four, then capped at five.
    minutes = []
    for _ in range(3):
        for _ in range(3):
            state = policy.after_failure(state, NOW)
        minutes.append(int((state.locked_until - NOW).total_seconds() // 60))
    assert minutes == [2, 4, 5]
    assert policy.after_success() == LockoutState(0, None)


def test_lockout_policy_refuses_nonsense():
    with pytest.raises(ValueError):
        LockoutPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        LockoutPolicy(first_lock_minutes=10, longest_lock_minutes=5)


def test_role_from_tag_job_title_or_stock_manager_user():
    rules = RoleRules(
        manager_tags=("Store Manager",),
        manager_job_titles=("Shift Lead",),
        stock_manager_user_ids=frozenset({7}),
    )
    assert identity.resolve_role(rules, tags=[" store manager "]) is Role.MANAGER
    assert identity.resolve_role(rules, job_title="SHIFT LEAD") is Role.MANAGER
    assert identity.resolve_role(rules, user_id=7) is Role.MANAGER
    assert identity.resolve_role(rules, tags=["Cashier"], job_title="Sales", user_id=8) is (
        Role.ASSOCIATE
    )


def test_identity_modes_follow_device_rights():
    full = DeviceRights(stock_user=True, stock_manager=True, hr_officer=True)
    least = DeviceRights(stock_user=True, stock_manager=False, hr_officer=False)
    no_hr = DeviceRights(
        stock_user=True, stock_manager=False, hr_officer=True, has_employees_app=False
    )
    assert identity.available_identity_modes(full) == [
        IdentityMode.ODOO_BADGES,
        IdentityMode.LOCAL_ENROLLMENT,
    ]
    assert identity.available_identity_modes(least) == [IdentityMode.LOCAL_ENROLLMENT]
    assert identity.available_identity_modes(no_hr) == []
