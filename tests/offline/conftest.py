"""Fixtures for the local databases: real SQLite files in tmp_path, a clock tests can move."""

from __future__ import annotations

from pathlib import Path

import pytest

from storeapp.offline.journal import JournalStore
from storeapp.offline.outbox import Outbox
from tests.offline.helpers import FakeClock
from tests.sync.conftest import memory_keyring  # noqa: F401 - fixture re-exported


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(tmp_path: Path, clock: FakeClock):
    store = JournalStore.open(tmp_path / "data", clock=clock)
    yield store
    store.close()


@pytest.fixture
def outbox(journal: JournalStore, clock: FakeClock) -> Outbox:
    return Outbox(journal, clock=clock)
