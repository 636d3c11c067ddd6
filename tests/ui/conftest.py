"""Fixtures for the app shell's tests: a qasync loop per test, real stores in tmp_path,
an in-memory keyring, and a helper to run the loop until something is true."""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
import qasync

from storeapp.offline.cache import CacheStore
from storeapp.offline.journal import JournalStore
from storeapp.ui.executors import Executors
from storeapp.ui.memory_keyring import MemoryKeyring


@pytest.fixture
def qloop(qapp) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    # Let cancelled or finishing tasks settle, then close without touching other tests.
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)


def run_until(loop: asyncio.AbstractEventLoop, predicate: Callable[[], bool], timeout: float = 5.0):
    """Run the Qt/asyncio loop until `predicate()` holds; fail the test after `timeout`."""
    deadline = time.monotonic() + timeout

    async def wait() -> None:
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError("condition not reached in time")
            await asyncio.sleep(0.01)

    loop.run_until_complete(wait())


@pytest.fixture
def until(qloop):
    return lambda predicate, timeout=5.0: run_until(qloop, predicate, timeout)


@pytest.fixture
def stores(tmp_path) -> Iterator[tuple[CacheStore, JournalStore]]:
    cache = CacheStore.open(tmp_path)
    journal = JournalStore.open(tmp_path)
    yield cache, journal
    cache.close()
    journal.close()


@pytest.fixture
def executors() -> Iterator[Executors]:
    ex = Executors()
    yield ex
    ex.shutdown()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def styled(qapp):
    """The app's style sheet at a font scale, as storeapp loads it; put back afterwards."""
    from storeapp.ui.shell import load_style

    sheet, font = qapp.styleSheet(), qapp.font()
    yield lambda scale: load_style(qapp, scale)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture(scope="session")
def shipped_catalogues(tmp_path_factory) -> Path:
    """The catalogues the app ships (fr, nl, de), compiled once, with their .ts sources beside
    them as the app has them (switching language reads the previous one's .ts)."""
    from storeapp.devtools import translations

    folder = tmp_path_factory.mktemp("shipped-translations")
    translations.release(folder, regenerate_pseudo=False)
    for ts in translations.TRANSLATIONS.glob("storeapp_*.ts"):
        shutil.copyfile(ts, folder / ts.name)
    return folder


@pytest.fixture
def shipped(shipped_catalogues, qapp):
    """The app's own languages, to `apply("fr")` in a test; English again afterwards."""
    from PySide6.QtCore import QLocale

    from storeapp.ui.language import Languages, PersonLanguages

    languages = Languages(shipped_catalogues, "en", PersonLanguages(None))
    yield languages
    languages.apply("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
