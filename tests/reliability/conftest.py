"""Fixtures of the reliability suite; the sync fixtures (sim, memory_keyring...) are reused.

N of each proof is its CI figure times STOREAPP_RELIABILITY_SCALE (see results.py); seeds are
fixed so that a CI failure replays exactly.
"""

from __future__ import annotations

import os

import pytest

from tests.reliability import results
from tests.sync.conftest import memory_keyring, odoo_version, sim  # noqa: F401 - fixtures re-exported
from tests.ui.conftest import executors, qloop, stores, until  # noqa: F401 - fixtures re-exported

_recorded: set[str] = set()


def _reporting() -> bool:
    """`make reliability` sets STOREAPP_RELIABILITY_REPORT=1: a fresh results file, whose table
    it prints after pytest (python -m tests.reliability.results)."""
    return os.environ.get("STOREAPP_RELIABILITY_REPORT") == "1"


def pytest_sessionstart(session: pytest.Session) -> None:
    if _reporting():
        results.reset()


@pytest.fixture
def record(request: pytest.FixtureRequest):
    """record(runs, failures, figure, test=<this test's name>) -> one row of the table."""

    def _record(runs: int, failures: int, figure: str, test: str | None = None) -> None:
        name = test or request.node.name
        _recorded.add(request.node.nodeid)
        results.record(name, runs, failures, figure)

    return _record


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    # A proof that crashed before recording its figure still shows in the table, as failed.
    if (
        report.when == "call"
        and report.failed
        and item.nodeid not in _recorded
        and not hasattr(report, "wasxfail")
    ):
        results.record(item.name, 1, 1, "error: see the pytest output")
    return report
