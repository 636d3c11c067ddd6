"""Who did something is named one way (storeapp/core/actor.py): the signed-in person becomes
one `Actor` at the UI and every layer below takes that same type."""

from __future__ import annotations

import pytest

from storeapp.core import count_review
from storeapp.core.actor import Actor
from storeapp.core.counting import _counter_id
from storeapp.offline import outbox
from storeapp.ui.session import SignedInEmployee


def test_one_type_from_the_session_down():
    assert outbox.Actor is Actor and count_review.Employee is Actor
    jules = SignedInEmployee(1, "Jules Dubois", "manager").actor
    assert jules == Actor(1, "Jules Dubois", True)
    assert jules.same_person(Actor(1, "J. Dubois"))
    assert not SignedInEmployee(2, "Rose Vincent", "associate").actor.is_manager


def test_a_count_is_never_counted_by_the_app():
    with pytest.raises(ValueError, match="employee"):
        _counter_id(outbox.SYSTEM)
