"""Full collections held back during a first sync, and the collector as it was afterwards."""

from __future__ import annotations

import gc
import threading

import pytest

from storeapp.sync import bulk_gc
from storeapp.sync.bulk_gc import HELD_BACK, fewer_full_collections


@pytest.fixture(autouse=True)
def known_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_full_collections_wait_while_the_block_runs_and_come_back_after():
    with fewer_full_collections():
        assert gc.get_threshold() == (700, 10, HELD_BACK)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_last_of_overlapping_uses_puts_the_thresholds_back():
    """The two lanes of a first sync: whichever ends first must not give the other full
    collections again, and the last out restores what the first in found."""
    first_in = threading.Event()
    second_done = threading.Event()
    seen: list[tuple[int, int, int]] = []

    def lane() -> None:
        with fewer_full_collections():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.get_threshold())

    other = threading.Thread(target=lane)
    other.start()
    assert first_in.wait(5)
    with fewer_full_collections():
        pass
    seen.append(gc.get_threshold())  # the other lane still runs
    second_done.set()
    other.join(5)
    assert seen == [(700, 10, HELD_BACK), (700, 10, HELD_BACK)]
    assert gc.get_threshold() == (700, 10, 10)
    assert bulk_gc._holders == 0


def test_a_failing_first_sync_gives_the_collector_back():
    with pytest.raises(RuntimeError), fewer_full_collections():
        raise RuntimeError("Odoo went away")
    assert gc.get_threshold() == (700, 10, 10)
