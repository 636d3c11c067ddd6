"""Test-wide setup. Qt must be told to run headless before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def pytest_configure(config) -> None:  # pytest's hook signature
    """No OS keyring in tests, and no accidental one either: keyring picks the highest-priority
    backend class it knows, which would otherwise be whichever test module defined one first.
    Tests that need a keyring install a memory one (tests/sync/conftest.py `memory_keyring`)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
